/**
 * Finds the executables a unit's Exec*= lines would run, so the verify root can
 * hold a stub at each one: systemd-analyze verify fails on a missing executable,
 * and the build machine does not have the target's binaries.
 */

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
    for (const command of commands(match[2]!)) {
      const path = executablePath(command)
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

/** First words of the commands in one Exec*= value; a bare `;` word separates commands. */
function commands(value: string): string[] {
  const firstWords: string[] = []
  let atCommandStart = true
  for (const word of words(value)) {
    if (word.raw === ';') atCommandStart = true
    else if (atCommandStart) {
      firstWords.push(word.text)
      atCommandStart = false
    }
  }
  return firstWords
}

function executablePath(firstWord: string): string | undefined {
  // `@`, `-`, `:`, `+`, `!`, `!!` in any mix only change how systemd runs the command.
  const path = withoutSpecifierEscapes(firstWord.replace(/^[-@:+!]+/, ''))
  if (!path) return undefined
  if (path.startsWith('/')) return path
  return path.includes('/') ? undefined : `${BARE_NAME_DIR}/${path}`
}

/** `%%` becomes `%`; any other specifier leaves the word to systemd (undefined). */
function withoutSpecifierEscapes(word: string): string | undefined {
  if (word.replaceAll('%%', '').includes('%')) return undefined
  return word.replaceAll('%%', '%')
}

interface Word {
  /** The word with quotes and backslash escapes undone. */
  text: string
  /** The word as written. */
  raw: string
}

/** Splits like systemd's extract_first_word with UNQUOTE|CUNESCAPE: quotes may open anywhere in a word. */
function words(value: string): Word[] {
  const result: Word[] = []
  let i = 0
  while (i < value.length) {
    while (i < value.length && /\s/.test(value[i]!)) i++
    if (i >= value.length) break
    const start = i
    let text = ''
    let quote: string | undefined
    while (i < value.length && (quote || !/\s/.test(value[i]!))) {
      const char = value[i]!
      if (char === '\\') {
        const escape = unescapeAt(value, i + 1)
        text += escape.text
        i = escape.end
      } else if (quote ? char === quote : char === '"' || char === "'") {
        quote = quote ? undefined : char
        i++
      } else {
        text += char
        i++
      }
    }
    result.push({ text, raw: value.slice(start, i) })
  }
  return result
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  s: ' ',
  '\\': '\\',
  '"': '"',
  "'": "'",
}

/** `\xHH`, `\uHHHH`, `\UHHHHHHHH`. */
const HEX_ESCAPE_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 }

/** The C escape whose letter is at `start` (just after the backslash), as systemd's cunescape reads it. */
function unescapeAt(value: string, start: number): { text: string; end: number } {
  const letter = value[start]
  if (letter === undefined) return { text: '', end: start }
  const simple = SIMPLE_ESCAPES[letter]
  if (simple !== undefined) return { text: simple, end: start + 1 }
  const digits = HEX_ESCAPE_DIGITS[letter]
  if (digits) {
    const hex = value.slice(start + 1, start + 1 + digits)
    const codePoint = hex.length === digits && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN
    if (codePoint <= 0x10ffff) return { text: String.fromCodePoint(codePoint), end: start + 1 + digits }
  }
  const octal = value.slice(start, start + 3)
  if (/^[0-7]{3}$/.test(octal)) return { text: String.fromCodePoint(parseInt(octal, 8)), end: start + 3 }
  // systemd rejects other escapes with a warning of its own; keep the letter.
  return { text: letter, end: start + 1 }
}
