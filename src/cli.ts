#!/usr/bin/env node
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { messageOf } from './errors.js'
import { generateUnits, writeUnits } from './generate-units.js'
import { initTemplates } from './init-templates.js'
import type { JobRequest } from './load-settings.js'

const USAGE = `Usage: systemd-units <generate|init> [options]

  generate   write the unit files for the project
  init       copy the default templates into template_dir for editing

Options (each mirrors the action input of the same name):
  --config FILE        config file, relative to --dir (default .systemd.yml, optional)
  --settings YAML      a YAML mapping merged over the config file
  --dir DIR            the project root (working-directory; default .)
  --output-dir DIR     where units are written, relative to --dir
  --app-name NAME      override the manifest's app name
  --version VERSION    override the manifest's version
  --force              init: overwrite existing templates
  -h, --help           show this help
`

const OPTIONS = {
  config: { type: 'string' },
  settings: { type: 'string' },
  dir: { type: 'string', default: '.' },
  'output-dir': { type: 'string' },
  'app-name': { type: 'string' },
  version: { type: 'string' },
  force: { type: 'boolean', default: false },
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
  if ((command !== 'generate' && command !== 'init') || extra.length > 0) {
    process.stderr.write(`systemd-units: expected one command, generate or init\n\n${USAGE}`)
    return 1
  }
  const request: JobRequest = {
    workingDirectory: resolve(values.dir),
    config: values.config,
    settings: values.settings,
    appName: values['app-name'],
    version: values.version,
    outputDir: values['output-dir'],
  }
  try {
    if (command === 'init') {
      const result = await initTemplates(request, values.force)
      for (const file of result.written) process.stdout.write(`wrote ${file}\n`)
      for (const file of result.kept) process.stdout.write(`kept ${file} (exists; --force overwrites)\n`)
    } else {
      const generated = await generateUnits(request)
      for (const notice of generated.notices) process.stderr.write(`warning: ${notice}\n`)
      for (const file of await writeUnits(request.workingDirectory, generated)) process.stdout.write(`wrote ${file}\n`)
    }
    return 0
  } catch (error) {
    process.stderr.write(`error: ${messageOf(error)}\n`)
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
