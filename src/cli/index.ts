#!/usr/bin/env node
import { resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { messageOf, SystemdUnitsError, SystemdUnitsErrors } from '../shared/errors.js'
import { makeBoundary, type Boundary } from '../shared/boundary.js'
import { excerpt } from '../shared/text.js'
import { runGenerate } from '../jobs/generate.js'
import { initTemplates } from '../jobs/init.js'
import type { Reporter } from '../jobs/reporter.js'
import {
  choiceField,
  FIELDS,
  flagName,
  publishRequest,
  REQUEST_FIELDS,
  type Field,
  type GenerateRequest,
  type InputName,
} from '../jobs/request.js'
import type { JobRequest } from '../config/load.js'
import { parseMaxExposure } from '../validate/exposure/gate.js'
import { VERIFY_MODES } from '../validate/verify-step.js'

/** The fields the CLI has a flag for, in the table's order. */
const FLAGS = Object.entries(FIELDS as Record<InputName, Field>).flatMap(([input, field]) =>
  field.cli ? [{ input: input as InputName, ...field.cli }] : [],
)

const flagOf = (input: InputName): string => (FIELDS as Record<InputName, Field>)[input].cli?.flag ?? input

function optionsHelp(): string {
  const rows = [
    ...FLAGS.map((flag) => ({ name: `--${flag.flag}${flag.arg ? ` ${flag.arg}` : ''}`, help: flag.help })),
    { name: '-h, --help', help: ['show this help'] },
  ]
  return rows
    .map(({ name, help }) => {
      const [first, ...rest] = help
      const head = name.length < 21 ? `  ${name.padEnd(21)}${first}` : `  ${name} ${first}`
      return [head, ...rest.map((line) => `${' '.repeat(23)}${line}`)].join('\n')
    })
    .join('\n')
}

const USAGE = `Usage: systemd-units <generate|init|check> [options]

  generate   write the unit files for the project
  init       copy the default templates into template_dir for editing
  check      compare the unit files at output-dir with what the config generates;
             exit 1 with a diff when they differ (writes nothing)

Options (each mirrors the action input of the same name):
${optionsHelp()}
`

const OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  ...Object.fromEntries(
    FLAGS.map((flag) => [
      flag.flag,
      flag.arg === undefined
        ? { type: 'boolean', default: false }
        : { type: 'string', ...(flag.default === undefined ? {} : { default: flag.default }) },
    ]),
  ),
  help: { type: 'boolean', short: 'h', default: false },
}

/**
 * `--verify` alone (or before another flag) means `--verify=true`, as it did when it was a
 * boolean flag; `--verify MODE` and `--verify=MODE` take auto, true or false.
 */
function bareVerifyAsTrue(argv: readonly string[]): string[] {
  const flag = `--${flagOf('verify')}`
  return argv.flatMap((arg, index) => {
    if (arg !== flag) return [arg]
    const next = argv[index + 1]
    return next !== undefined && (VERIFY_MODES as readonly string[]).includes(next) ? [arg] : [`${flag}=true`]
  })
}

const cliReporter: Reporter = {
  info: (message) => process.stdout.write(`${message}\n`),
  annotate: (kind, message) => process.stderr.write(`${kind}: ${message}\n`),
  output: () => {},
  summary: () => {},
}

/**
 * SECURITY.md, "The boundary": the CLI's workspace is the current directory, or --dir when that
 * lies outside it. Flags may name any path: the person running the CLI chose them, and could
 * write there anyway; only what the repository's files name is confined.
 */
function cliBoundary(dir: string): Boundary {
  const cwd = process.cwd()
  const workspace = dir === cwd || dir.startsWith(`${cwd}/`) ? cwd : dir
  return makeBoundary(workspace, ['/'])
}

/**
 * A reader that went away (`systemd-units generate | head -1`) is no failure of the run: what
 * it would have printed is dropped (EPIPE) and the run goes on to its end, so a write is never
 * cut short. Anything else wrong with the streams is reported as it would be.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
  })
}

/** Run the CLI with `argv` (without node and script); returns the exit code. */
async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: bareVerifyAsTrue(argv), options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    process.stderr.write(`systemd-units: ${messageOf(error)}\n\n${USAGE}`)
    return 1
  }
  const { values, positionals } = parsed
  const string = (input: InputName): string | undefined => {
    const value = values[flagOf(input)]
    return typeof value === 'string' ? value : undefined
  }
  const flag = (input: InputName): boolean => values[flagOf(input)] === true
  if (values['help']) {
    process.stdout.write(USAGE)
    return 0
  }
  const [command, ...extra] = positionals
  if ((command !== 'generate' && command !== 'init' && command !== 'check') || extra.length > 0) {
    process.stderr.write(`systemd-units: expected one command, generate, init or check\n\n${USAGE}`)
    return 1
  }
  const wantsArchive = flag('archive') || string('append-to') !== undefined
  if (wantsArchive && command !== 'generate') {
    process.stderr.write(
      `systemd-units: --${flagOf('archive')} and --${flagOf('append-to')} go with generate\n\n${USAGE}`,
    )
    return 1
  }
  const dir = string('working-directory') ?? '.'
  const request: JobRequest = {
    workingDirectory: resolve(dir),
    boundary: cliBoundary(resolve(dir)),
    ...Object.fromEntries(REQUEST_FIELDS.map((field) => [field.request, string(field.input)])),
  }
  try {
    if (command === 'init') {
      const result = await initTemplates(request, flag('force'))
      for (const file of result.written) process.stdout.write(`wrote ${file}\n`)
      for (const file of result.kept) process.stdout.write(`kept ${file} (exists; --force overwrites)\n`)
    } else if (command === 'check') {
      const [{ checkUnits }, { checkText, regenerateCommand }] = await Promise.all([
        import('../jobs/check.js'),
        import('../jobs/check-report.js'),
      ])
      const result = await checkUnits(request, dir)
      process.stdout.write(checkText(result, regenerateCommand(request, dir)))
      return result.comparison.differences.length === 0 ? 0 : 1
    } else {
      const generateRequest: GenerateRequest = {
        job: request,
        verify: choiceField('verify', string('verify') ?? FIELDS.verify.default, VERIFY_MODES),
        maxExposure: parseMaxExposure(string('max-exposure') ?? ''),
        publish: publishRequest({
          archive: flag('archive'),
          appendTo: string('append-to') ?? '',
          archivePrefix: string('archive-prefix') ?? FIELDS['archive-prefix'].default,
        }),
        force: flag('force'),
        env: process.env,
      }
      const outcome = await runGenerate(generateRequest, cliReporter)
      if (outcome.status === 'verify-failed') {
        process.stderr.write(`error: ${messageOf(outcome.error, flagName)}\n`)
        return 1
      }
      const archive = outcome.published?.archive
      if (archive?.archive) process.stdout.write(`wrote ${archive.archive}\n`)
      for (const path of archive?.appended?.added ?? [])
        process.stdout.write(`added ${path} to ${archive!.appended!.tarball}\n`)
    }
    return 0
  } catch (error) {
    // Every error found in one pass is its own `error:` line.
    for (const each of error instanceof SystemdUnitsErrors ? error.errors : [error]) {
      const message = each instanceof SystemdUnitsError ? messageOf(each, flagName) : excerpt(messageOf(each))
      process.stderr.write(`error: ${message}\n`)
    }
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
