import { posix } from 'node:path'
import type { Manifest } from '../manifest/types.js'
import type { ManifestReport, OptionName } from './settings.js'

/**
 * Programs that, started with no arguments and standard input on /dev/null (systemd.exec(5)
 * StandardInput=null), read a script or a REPL from it, meet its end and exit at once: a
 * service that runs one bare is restarted in a loop by Restart=always.
 */
const INTERPRETERS = new Set([
  'bash',
  'boa',
  'bun',
  'deno',
  'elixir',
  'erl',
  'fish',
  'iex',
  'lua',
  'luajit',
  'node',
  'nodejs',
  'nu',
  'perl',
  'php',
  'pypy',
  'pypy3',
  'python',
  'python3',
  'qjs',
  'ruby',
  'rustpython',
  'sh',
  'yaegi',
  'zsh',
])

/** Restart= policies that restart a service that exited cleanly (systemd.service(5) Restart=). */
const RESTARTS_CLEAN_EXIT = new Set(['always', 'on-success'])

/**
 * The manifest's part of the run report. `value` gives resolved settings, `userSet` whether the
 * user (not the defaults) set one. Pure.
 */
export function manifestReport(
  manifest: Manifest,
  value: (key: OptionName) => unknown,
  userSet: (key: OptionName) => boolean,
): ManifestReport {
  const notices = [...(manifest.notices ?? [])]
  const warnings = [...(manifest.warnings ?? [])]
  const appName = String(value('app_name'))
  const extName = String(value('ext_name'))
  // mix_systemd's own "_" → "-" is expected; anything more is worth saying.
  if (!userSet('ext_name') && extName !== appName.replace(/_/g, '-')) {
    notices.push(
      `ext_name is "${extName}", app_name "${appName}" made valid for unit, user, group and directory names ` +
        '(lowercase letters, digits and "-", starting with a letter, at most 31 characters); set ext_name to choose another',
    )
  }
  if (userSet('exec_start')) return { file: manifest.file, notices, warnings }
  const execStart = programSource(manifest)
  if (execStart === undefined) {
    const candidates = manifest.candidates?.length
      ? `candidates found: ${manifest.candidates.join(', ')}`
      : 'none found'
    const [program] = value('exec_start') as string[]
    warnings.push(
      `ExecStart= is a guess: ${manifest.file} names no program to run, so it runs ${program ?? ''} ` +
        `(${candidates}); set exec_start to the program and its arguments`,
    )
  }
  const bare = bareInterpreter(value('exec_start'))
  if (bare !== undefined && RESTARTS_CLEAN_EXIT.has(String(value('restart')))) {
    warnings.push(
      `ExecStart= runs ${bare} with no arguments: an interpreter reads its program from standard input, ` +
        `which is /dev/null, and exits at once, so Restart=${String(value('restart'))} restarts it in a loop; ` +
        'set exec_start to the program and its arguments',
    )
  }
  return { file: manifest.file, notices, warnings, ...(execStart !== undefined && { execStart }) }
}

/** Where the program comes from, as the summary says it; undefined when the manifest names none. */
function programSource(manifest: Manifest): string | undefined {
  if (manifest.ecosystem === 'mix')
    return `the release script bin/<release_name> from ${manifest.file}, as mix_systemd runs it`
  const entry = manifest.entryPoint
  return entry && `${entry.path} from ${manifest.file}: ${entry.reason}`
}

/** The program's file name when the command is an interpreter alone, without a script or arguments. */
function bareInterpreter(command: unknown): string | undefined {
  const words = Array.isArray(command) ? (command as string[]) : undefined
  if (words?.length !== 1) return undefined
  const program = posix.basename(words[0]!)
  return INTERPRETERS.has(program) ? program : undefined
}
