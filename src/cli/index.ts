#!/usr/bin/env node
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkText, regenerateCommand } from '../jobs/check-report.js'
import { checkUnits } from '../jobs/check.js'
import { messageOf } from '../shared/errors.js'
import { generateUnits, writeUnits } from '../jobs/generate.js'
import { initTemplates } from '../jobs/init.js'
import type { JobRequest } from '../config/load.js'
import { verifyGenerated } from '../validate/verify-step.js'
import type { UnitFile } from '../units/unit-file.js'

const USAGE = `Usage: systemd-units <generate|init|check> [options]

  generate   write the unit files for the project
  init       copy the default templates into template_dir for editing
  check      compare the unit files at output-dir with what the config generates;
             exit 1 with a diff when they differ (writes nothing)

Options (each mirrors the action input of the same name):
  --config FILE        config file, relative to --dir (default .systemd.yml, optional)
  --settings YAML      a YAML mapping merged over the config file
  --dir DIR            the project root (working-directory; default .)
  --output-dir DIR     where units are written, relative to --dir
  --app-name NAME      override the manifest's app name
  --version VERSION    override the manifest's version
  --target NAMES       distributions the units are for, e.g. debian-12 or
                       "rhel-8, ubuntu-24.04" (sets systemd_version)
  --verify             generate: prove the units with systemd-analyze verify
                       before writing them; any warning fails (needs systemd)
  --force              init: overwrite existing templates; --append-to: replace
                       units the tarball already holds
  --archive            generate: also write <service>-systemd-<version>.tar.gz
  --append-to FILE     generate: add the units to this existing .tar.gz
  --archive-prefix DIR directory of the units inside archives
                       (default lib/systemd/system/)
  -h, --help           show this help
`

const OPTIONS = {
  config: { type: 'string' },
  settings: { type: 'string' },
  dir: { type: 'string', default: '.' },
  'output-dir': { type: 'string' },
  'app-name': { type: 'string' },
  version: { type: 'string' },
  target: { type: 'string' },
  verify: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  archive: { type: 'boolean', default: false },
  'append-to': { type: 'string' },
  'archive-prefix': { type: 'string', default: 'lib/systemd/system/' },
  help: { type: 'boolean', short: 'h', default: false },
} as const

/** Run the CLI with `argv` (without node and script); returns the exit code. */
async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    process.stderr.write(`systemd-units: ${messageOf(error)}\n\n${USAGE}`)
    return 1
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(USAGE)
    return 0
  }
  const [command, ...extra] = positionals
  if ((command !== 'generate' && command !== 'init' && command !== 'check') || extra.length > 0) {
    process.stderr.write(`systemd-units: expected one command, generate, init or check\n\n${USAGE}`)
    return 1
  }
  const wantsArchive = values.archive || values['append-to'] !== undefined
  if (wantsArchive && command !== 'generate') {
    process.stderr.write(`systemd-units: --archive and --append-to go with generate\n\n${USAGE}`)
    return 1
  }
  const request: JobRequest = {
    workingDirectory: resolve(values.dir),
    config: values.config,
    settings: values.settings,
    appName: values['app-name'],
    version: values.version,
    outputDir: values['output-dir'],
    target: values.target,
  }
  try {
    if (command === 'init') {
      const result = await initTemplates(request, values.force)
      for (const file of result.written) process.stdout.write(`wrote ${file}\n`)
      for (const file of result.kept) process.stdout.write(`kept ${file} (exists; --force overwrites)\n`)
    } else if (command === 'check') {
      const result = await checkUnits(request, values.dir)
      process.stdout.write(checkText(result, regenerateCommand(request, values.dir)))
      return result.comparison.differences.length === 0 ? 0 : 1
    } else {
      const generated = await generateUnits(request)
      for (const notice of generated.notices) process.stderr.write(`warning: ${notice}\n`)
      if (values.verify && !(await verifiedForCli(generated.units))) return 1
      for (const file of writeUnits(request.workingDirectory, generated)) process.stdout.write(`wrote ${file}\n`)
      if (wantsArchive) {
        // Loaded only when asked: archives need zlib, crypto and git for their timestamp.
        const { archiveUnits } = await import('../publish/archive/archive-units.js')
        const archiveRequest = {
          archive: values.archive,
          appendTo: values['append-to'] ?? '',
          prefix: values['archive-prefix'],
          force: values.force,
        }
        const result = await archiveUnits(request.workingDirectory, generated, archiveRequest, process.env)
        if (result.archive) process.stdout.write(`wrote ${result.archive}\n`)
        const appended = result.appended
        for (const path of appended?.added ?? []) process.stdout.write(`added ${path} to ${appended!.tarball}\n`)
      }
    }
    return 0
  } catch (error) {
    process.stderr.write(`error: ${messageOf(error)}\n`)
    return 1
  }
}

/** --verify: systemd-analyze's messages on stderr, one per line; false when there is any. */
async function verifiedForCli(units: readonly UnitFile[]): Promise<boolean> {
  const report = await verifyGenerated(units, 'true')
  const messages = [...report.units.flatMap((unit) => unit.messages), ...report.general]
  for (const message of messages) process.stderr.write(`error: ${message.text}\n`)
  if (messages.length > 0)
    process.stderr.write('error: systemd-analyze verify found problems in the generated units; nothing was written\n')
  return messages.length === 0
}

process.exitCode = await main(process.argv.slice(2))
