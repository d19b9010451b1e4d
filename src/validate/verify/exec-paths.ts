/**
 * Finds the executables a unit's Exec*= lines would run, so the verify root can
 * hold a stub at each one: systemd-analyze verify fails on a missing executable,
 * and the build machine does not have the target's binaries.
 */
import { EXEC_PREFIXES, readCommandLines } from '../../systemd/command-line.js'

/** Every key whose commands systemd-analyze checks for an executable (services and sockets). */
const EXEC_KEYS = new Set([
  'ExecCondition',
  'ExecStartPre',
  'ExecStart',
  'ExecStartPost',
  'ExecReload',
  'ExecStopPre', // sockets only; verify checks socket commands too
  'ExecStop',
  'ExecStopPost',
])

/**
 * systemd looks a bare command name up on its fixed search path, /usr/bin included.
 * As with absolute paths, whether it exists on the target is not checked here.
 */
const BARE_NAME_DIR = '/usr/bin'

/**
 * Absolute paths of the executables named in `content`'s Exec*= lines.
 * Leaves out words systemd would have to resolve itself (specifiers such as
 * `%h`, relative paths), so it reports them as it sees them.
 */
export function executablePaths(content: string): string[] {
  const paths = new Set<string>()
  for (const line of logicalLines(content)) {
    const match = /^([A-Za-z]+)\s*=\s*(.*)$/.exec(line)
    if (!match || !EXEC_KEYS.has(match[1]!)) continue
    // The lenient mode of the one command-line parser: the unit is read as systemd reads it.
    for (const [firstWord = ''] of readCommandLines(match[2]!)) {
      const path = executablePath(firstWord)
      if (path) paths.add(path)
    }
  }
  return [...paths]
}

/** The unit's lines with `\`-continuations joined, as systemd reads them. */
function logicalLines(content: string): string[] {
  const lines: string[] = []
  let pending: string | undefined
  for (const physical of content.split(/\r?\n/)) {
    const line = physical.trim()
    // systemd drops comment lines that sit inside a continued line.
    if (pending !== undefined && /^[#;]/.test(line)) continue
    const joined = pending === undefined ? line : pending + line
    if (joined.endsWith('\\')) {
      pending = `${joined.slice(0, -1)} `
      continue
    }
    lines.push(joined)
    pending = undefined
  }
  if (pending !== undefined) lines.push(pending)
  return lines
}

function executablePath(firstWord: string): string | undefined {
  // `@`, `-`, `:`, `+`, `!`, `!!` in any mix only change how systemd runs the command.
  const path = withoutSpecifierEscapes(firstWord.replace(EXEC_PREFIXES, ''))
  if (!path) return undefined
  if (path.startsWith('/')) return path
  return path.includes('/') ? undefined : `${BARE_NAME_DIR}/${path}`
}

/** `%%` becomes `%`; any other specifier leaves the word to systemd (undefined). */
function withoutSpecifierEscapes(word: string): string | undefined {
  if (word.replaceAll('%%', '').includes('%')) return undefined
  return word.replaceAll('%%', '%')
}
