/**
 * systemd command lines (ExecStart=, ExecStartPre=, ExecReload=, ExecStop= ...): validated and
 * split the way systemd reads them, per systemd.service(5) "Command lines" and the quoting of
 * systemd.syntax(7). One parser, two modes:
 * - strict (parseCommandLine, for what we write): where systemd is lenient and only warns (unknown
 *   escapes, quotes inside a word) this refuses, so a line that passes means exactly one thing;
 * - lenient (readCommandLines, for units as systemd-analyze will read them): it accepts what
 *   systemd accepts and reads it as systemd's extract_first_word does, never throwing.
 */
import { SystemdUnitsError } from '../shared/errors.js'
import { checkExecutablePath, checkSingleLine } from './syntax.js'

export interface CommandLine {
  /** The special-executable prefixes as written, e.g. '!' or '-@' (systemd.service(5) table: @ - : + ! !!). */
  prefixes: string
  /** The command line after the prefixes, exactly as written (without surrounding whitespace, which systemd strips). */
  command: string
  /** The executable as systemd will look for it (quotes removed, '%%' → '%'); specifiers other than %% left as written. */
  executable: string
  /**
   * Every word as the program receives it: quotes removed, escapes decoded, '%%' → '%' and
   * '$$' → '$' (unless the ':' prefix turns variable expansion off); other specifiers and
   * variables are left as written. words[0] is the executable; with '@', words[1] is argv[0].
   */
  words: string[]
}

/** systemd.service(5) "Command lines", table 1: the special-executable prefixes "@", "-", ":", "+", "!" and "!!". */
export const EXEC_PREFIXES = /^[@\-:+!]*/

export function checkCommandLine(line: string): string | undefined {
  try {
    parseCommandLine(line)
    return undefined
  } catch (error) {
    if (error instanceof SystemdUnitsError) return error.reason
    throw error
  }
}

export function parseCommandLine(line: string): CommandLine {
  failIf(checkSingleLine(line))
  // systemd.syntax(7): whitespace around a value is ignored.
  const text = line.replace(/^[ \t]+|[ \t]+$/g, '')
  if (text === '') fail('is empty')
  const prefixes = EXEC_PREFIXES.exec(text)?.[0] ?? ''
  failIf(checkPrefixes(prefixes))
  const command = text.slice(prefixes.length)
  // systemd.service(5) ExecStart=: the prefixes are part of the executable's word.
  if (command === '' || /^[ \t]/.test(command)) fail('has no executable after its prefixes')

  const [written = []] = splitCommands(command, 'strict')
  const resolved = written.map(resolvePercent)
  const executable = resolved[0] ?? ''
  failIf(checkExecutable(written[0] ?? '', executable))
  // systemd.service(5) table 1: with "@", "the second specified token will be passed as argv[0]".
  if (prefixes.includes('@') && written.length < 2) fail('uses the "@" prefix without an argv[0] after the executable')
  // systemd.service(5) "Command lines": "To pass a literal dollar sign, use '$$'"; the ":"
  // prefix turns that expansion off (table 1).
  const words = prefixes.includes(':') ? resolved : resolved.map((word) => word.replaceAll('$$', () => '$'))
  return { prefixes, command, executable, words }
}

function fail(reason: string): never {
  throw new SystemdUnitsError(reason)
}

function failIf(reason: string | undefined): void {
  if (reason) fail(reason)
}

function checkPrefixes(prefixes: string): string | undefined {
  // systemd.service(5) table 1: '"@", "-", ":", and one of "+"/"!"/"!!" may be used together'.
  for (const once of ['@', '-', ':']) {
    if (prefixes.split(once).length > 2) return `repeats the "${once}" prefix`
  }
  // systemd.service(5) table 1: 'only one of "+", "!", "!!" may be used at a time'.
  const privilege = prefixes.replace(/[@:-]/g, '')
  if (!['', '+', '!', '!!'].includes(privilege))
    return `combines the prefixes "${privilege}"; use one of "+", "!" and "!!"`
  return undefined
}

/**
 * Lenient mode: the commands of one Exec*= value as systemd reads them, each as its words with
 * quotes removed and escapes decoded, the prefixes still on the first word and specifiers as
 * written. Empty commands are left out.
 */
export function readCommandLines(value: string): string[][] {
  return splitCommands(value, 'lenient').filter((words) => words.length > 0)
}

type Mode = 'strict' | 'lenient'

const isSeparator = (char: string | undefined): boolean => char === ' ' || char === '\t'

/** Splits into commands of words with quotes removed and escapes decoded; specifiers are left for resolvePercent. */
function splitCommands(command: string, mode: Mode): string[][] {
  const commands: string[][] = [[]]
  let words = commands[0]!
  let at = 0
  for (;;) {
    while (isSeparator(command[at])) at++
    if (at >= command.length) return commands
    const endOfWord = (offset: number) => at + offset >= command.length || isSeparator(command[at + offset])
    // systemd.service(5) "Command lines": a lone ";" separates command lines; one line per setting
    // in what we write.
    if (command[at] === ';' && endOfWord(1)) {
      if (mode === 'strict') fail('contains a lone ";", which starts another command; write "\\;" for a literal ";"')
      words = []
      commands.push(words)
      at++
      continue
    }
    // systemd.service(5) "Command lines": "Lone semicolons may be escaped as '\;'".
    if (command[at] === '\\' && command[at + 1] === ';' && endOfWord(2)) {
      words.push(';')
      at += 2
      continue
    }
    const word = readWord(command, at, mode)
    words.push(word.text)
    at = word.end
  }
}

function readWord(command: string, start: number, mode: Mode): { text: string; end: number } {
  let quote: string | undefined
  let text = ''
  let at = start
  for (;;) {
    const char = command[at]
    if (char === undefined) {
      // extract_first_word (extract-word.c) takes an unterminated quote to the end of the line.
      if (quote && mode === 'strict') fail(`has an unbalanced ${quote}`)
      return { text, end: at }
    }
    if (char === quote) {
      at++
      // systemd.syntax(7) "Quoting": "the closing quote must be followed by whitespace or the end of line";
      // systemd only warns, and extract_first_word goes on with the same word.
      if (mode === 'lenient') quote = undefined
      else if (at < command.length && !isSeparator(command[at])) fail('has a closing quote that does not end its word')
      else return { text, end: at }
      continue
    }
    if (!quote && isSeparator(char)) return { text, end: at }
    if (!quote && (char === '"' || char === "'")) {
      // systemd.syntax(7) "Quoting": "the opening quote may appear only at the beginning or after whitespace";
      // extract_first_word opens one anywhere.
      if (at !== start && mode === 'strict') fail('has a quote inside a word; quote the whole word')
      quote = char
      at++
      continue
    }
    if (char === '\\') {
      const escape = decodeEscape(command, at, mode)
      text += escape.char
      at += escape.length
    } else {
      text += char
      at++
    }
  }
}

/** systemd.syntax(7) "Quoting", table 1, for the escapes that stand for one character. */
const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\u0007',
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

/** systemd.syntax(7) "Quoting", table 1: \xxx hexadecimal, \nnn octal, \unnnn and \Unnnnnnnn code points. */
const NUMERIC_ESCAPES = /^(?:x([0-9a-fA-F]{2})|([0-7]{3})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/

function decodeEscape(command: string, backslash: number, mode: Mode): { char: string; length: number } {
  const rest = command.slice(backslash + 1)
  const next = /^./su.exec(rest)?.[0] ?? ''
  const simple = SIMPLE_ESCAPES[next]
  if (simple !== undefined) return { char: simple, length: 2 }
  const numeric = NUMERIC_ESCAPES.exec(rest)
  const [sequence = '', hex, octal, short, long] = numeric ?? []
  const code = octal ? parseInt(octal, 8) : parseInt(hex ?? short ?? long ?? '', 16)
  // systemd warns about an escape it cannot decode and keeps the character after the backslash.
  if (mode === 'lenient')
    return code <= 0x10ffff
      ? { char: String.fromCodePoint(code), length: 1 + sequence.length }
      : { char: next, length: 1 + next.length }
  if (!numeric) fail(`has the unknown escape "\\${next}"; write "\\\\" for a backslash`)
  // escape.c cunescape_one: NUL is refused in every form.
  if (code === 0) fail(`has the escape "\\${sequence}", a NUL, which systemd refuses`)
  // escape.c cunescape_one: \x and octal escapes write one raw byte, which above 0x7f is not a character.
  if ((hex || octal) && code > 0x7f) fail(`has the escape "\\${sequence}", a raw byte; write the character itself`)
  // escape.c / utf8.c unichar_is_valid: no surrogates, nothing past U+10FFFF, no noncharacters.
  if (
    code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xfdd0 && code <= 0xfdef) ||
    (code & 0xfffe) === 0xfffe
  ) {
    fail(`has the escape "\\${sequence}", which is not a Unicode character`)
  }
  return { char: String.fromCodePoint(code), length: 1 + sequence.length }
}

/** systemd.unit(5) "Specifiers", table 4. */
const SPECIFIERS = 'aAbBCdEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY'
/** systemd.unit(5) "Specifiers": those that expand to an absolute path, so may start an executable. */
const PATH_SPECIFIERS = 'CdEfhLStTVyY'

/**
 * systemd.unit(5) "Specifiers": "Specifiers must be known and resolvable for the setting to be
 * valid". systemd expands them after unquoting (load-fragment.c), so this runs on decoded words.
 */
function resolvePercent(word: string): string {
  return word.replace(/%(.?)/gsu, (specifier, letter: string) => {
    const problem = specifierProblem(letter, 'a word')
    return problem ? fail(problem) : letter === '%' ? '%' : specifier
  })
}

/** Why `%letter` is no specifier systemd knows, if it is not; `%%` is a literal "%". */
function specifierProblem(letter: string, what: string): string | undefined {
  if (letter === '%' || (letter !== '' && SPECIFIERS.includes(letter))) return undefined
  return letter === ''
    ? `ends ${what} with a lone "%"; write "%%" for a literal "%"`
    : `uses the unknown specifier "%${letter}"; write "%%" for a literal "%"`
}

/** A value written as the user gave it (the `directives` passthrough): every `%` must start a known specifier. */
export function checkSpecifiers(value: string): string | undefined {
  for (const [, letter = ''] of value.matchAll(/%(.?)/gsu)) {
    const problem = specifierProblem(letter, 'the value')
    if (problem) return problem
  }
  return undefined
}

/** `written` is the decoded first word before specifiers resolve, `executable` after. */
function checkExecutable(written: string, executable: string): string | undefined {
  const specifier = /^%([^%])/u.exec(written)?.[1]
  if (specifier !== undefined && !PATH_SPECIFIERS.includes(specifier)) {
    return `the executable starts with "%${specifier}", which is not an absolute path`
  }
  // systemd.service(5) ExecStart=: an absolute path; the compile-time search path for bare names is not relied on.
  const path = specifier === undefined ? executable : executable.slice(2)
  const reason = checkExecutablePath(path)
  return reason && `the executable ${reason}`
}
