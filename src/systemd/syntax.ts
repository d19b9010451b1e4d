/**
 * The one place that knows systemd's value syntax: a check per kind of value and an escape per
 * kind of setting. A unit file is a security boundary, so no value may smuggle in a line break,
 * a `[Section]` or another directive, and `%`, `$`, quotes and backslashes must reach systemd
 * meaning what the user wrote.
 *
 * Checks return undefined for a valid value, else a short reason without a location (callers
 * add file, line and key). Escapes return the text to put after `Key=`; they refuse, with a
 * SystemdUnitsError, a value that their setting cannot carry, so an unchecked value can never
 * break the file.
 */
import { SystemdUnitsError } from '../shared/errors.js'
import { isUnitType, UNIT_NAME_INVALID, UNIT_TYPES } from './unit-names.js'

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

export function checkSingleLine(value: string): string | undefined {
  // systemd.syntax(7): a setting is one line; CR and NUL end a line too, and other C0 controls
  // (tab aside) have no place in a unit file.
  const control = /[\u0000-\u0008\u000a-\u001f]/.exec(value)
  if (control) return `contains the control character ${JSON.stringify(control[0])}`
  const surrogate = checkNoLoneSurrogate(value)
  if (surrogate) return surrogate
  // systemd.syntax(7): "Lines ending in a backslash are concatenated with the following line";
  // a doubled backslash is an escaped one (conf-parser.c), so only an unpaired one joins.
  if (/(?<!\\)(?:\\\\)*\\$/.test(value))
    return 'ends with an unpaired backslash, which systemd reads as joining the next line'
  return undefined
}

export function checkAbsolutePath(value: string): string | undefined {
  const notOneLine = checkSingleLine(value)
  if (notOneLine) return notOneLine
  // systemd.exec(5) "Paths": paths must be absolute.
  if (!value.startsWith('/')) return 'must be an absolute path, starting with "/"'
  // systemd.syntax(7): no trailing backslash at all, so a path never comes near a line continuation.
  if (value.endsWith('\\')) return 'ends with a backslash'
  if (value === '/') return undefined
  return checkNormalised(value, value.slice(1))
}

export function checkRelativeDirectoryName(value: string): string | undefined {
  const notOneLine = checkSingleLine(value)
  if (notOneLine) return notOneLine
  if (value === '') return 'is empty'
  // systemd.exec(5) RuntimeDirectory=: "The specified directory names must be relative".
  if (value.startsWith('/')) return 'must be relative, not start with "/"'
  // systemd.exec(5) RuntimeDirectory=: ":" separates a directory from a symlink to create for it.
  if (value.includes(':')) return 'contains ":", which systemd reads as "directory:symlink"'
  return checkNormalised(value, value)
}

/** NAME_MAX: the most bytes a path component may hold (path-util.c path_is_valid_full). */
export const MAX_PATH_COMPONENT_BYTES = 255
/** PATH_MAX less the terminating NUL: the most bytes a whole path may hold (path_is_valid_full). */
export const MAX_PATH_BYTES = 4095

/**
 * systemd refuses a path with a component over NAME_MAX or a total of PATH_MAX bytes or more
 * (path-util.c path_is_valid_full), so such a path is refused here, before a unit is written.
 */
export function checkPathLength(path: string): string | undefined {
  const bytes = Buffer.byteLength(path)
  if (bytes > MAX_PATH_BYTES) return `is ${bytes} bytes long; systemd allows at most ${MAX_PATH_BYTES} (PATH_MAX)`
  const long = path.split('/').find((component) => Buffer.byteLength(component) > MAX_PATH_COMPONENT_BYTES)
  if (long !== undefined)
    return `has a component of ${Buffer.byteLength(long)} bytes; systemd allows at most ${MAX_PATH_COMPONENT_BYTES} (NAME_MAX)`
  return undefined
}

/** `relative` is `path` without its leading "/", if any. */
function checkNormalised(path: string, relative: string): string | undefined {
  const tooLong = checkPathLength(path)
  if (tooLong) return tooLong
  // systemd.syntax(7): whitespace around a value is stripped, so it would not reach the path.
  if (/^[ \t]|[ \t]$/.test(path)) return 'starts or ends with whitespace'
  const components = relative.split('/')
  // systemd.exec(5) "Paths" / path_is_normalized(): no empty, "." or ".." components.
  if (components.at(-1) === '') return 'ends with "/"'
  if (components.includes('')) return 'contains "//"'
  if (components.some((c) => c === '.' || c === '..')) return 'contains a "." or ".." component'
  return undefined
}

export function checkUnitName(name: string): string | undefined {
  if (name === '') return 'is empty'
  // systemd.unit(5) DESCRIPTION: names are at most 255 characters (UNIT_NAME_MAX 256 with the NUL).
  if (name.length > 255) return 'is longer than 255 characters'
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return 'needs a name and a unit type suffix such as ".service"'
  const type = name.slice(dot + 1)
  if (!isUnitType(type)) return `ends in ".${type}", which is not a unit type (${UNIT_TYPES.join(', ')})`
  const stem = name.slice(0, dot)
  // systemd.unit(5) DESCRIPTION: ASCII letters, digits, ":", "-", "_", ".", "\" and the "@" of templates.
  const invalid = UNIT_NAME_INVALID.exec(stem)
  if (invalid) return `contains ${JSON.stringify(invalid[0])}, which systemd does not allow in unit names`
  // systemd.unit(5) DESCRIPTION: "foo@.service" is a template, "foo@bar.service" an instance of it.
  if (stem.startsWith('@')) return 'needs a name before the "@"'
  // systemd-escape(1): the only escape in a unit name is "\xNN".
  if (/\\(?!x[0-9a-fA-F]{2})/.test(stem)) return 'contains a "\\" that does not start a "\\xNN" escape'
  return undefined
}

/** systemd.exec(5) User=: at most 31 characters, so a name fits utmp. */
export const USER_NAME_MAX = 31

/**
 * A name made valid for a service, a user (systemd.exec(5) User=, and adduser(8)'s default
 * NAME_REGEX `^[a-z][-a-z0-9_]*$`), a group and directories: lowercase, with "_" (as
 * mix_systemd's ext_name) and every character those do not allow as "-", no leading, trailing or
 * repeated "-", starting with a letter ("app-" is put before a leading digit) and at most 31
 * characters long.
 */
export function toSystemName(raw: string): string {
  const name = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  const lettered = /^[a-z]/.test(name) ? name : name === '' ? 'app' : `app-${name}`
  return lettered.slice(0, USER_NAME_MAX).replace(/-+$/, '')
}

export function checkEnvironmentName(name: string): string | undefined {
  // systemd.exec(5) Environment=: "ASCII letters, digits, and the underscore character.
  // Variable names cannot be empty or start with a digit."
  if (name === '') return 'is empty'
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return 'must be ASCII letters, digits and "_", not starting with a digit'
  return undefined
}

export function checkUserName(name: string): string | undefined {
  if (/^[0-9]+$/.test(name)) {
    // systemd.exec(5) User=: "or a numeric ID"; user-util.c uid_is_valid: 65535 and 4294967295
    // are reserved as "invalid", and parse_uid refuses leading zeros.
    if (/^0./.test(name)) return 'is a numeric id with a leading zero'
    const id = Number(name)
    if (id > 4294967294 || id === 65535) return 'is not a valid numeric id (65535 and 4294967295 are reserved)'
    return undefined
  }
  // systemd.exec(5) User=: a-z, A-Z, 0-9, "_" and "-", not starting with a digit or "-".
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    return 'must be ASCII letters, digits, "_" and "-", starting with a letter or "_"'
  }
  // systemd.exec(5) User=: "at most 31" characters.
  if (name.length > USER_NAME_MAX) return `is longer than ${USER_NAME_MAX} characters`
  return undefined
}

/** systemd.time(7) "Parsing Time Spans": each unit and its length in microseconds. */
const TIME_UNITS: Record<string, number> = {
  us: 1,
  usec: 1,
  µs: 1,
  μs: 1,
  ms: 1e3,
  msec: 1e3,
  s: 1e6,
  sec: 1e6,
  second: 1e6,
  seconds: 1e6,
  m: 60e6,
  min: 60e6,
  minute: 60e6,
  minutes: 60e6,
  h: 3600e6,
  hr: 3600e6,
  hour: 3600e6,
  hours: 3600e6,
  d: 86400e6,
  day: 86400e6,
  days: 86400e6,
  w: 604800e6,
  week: 604800e6,
  weeks: 604800e6,
  M: 2629800e6,
  month: 2629800e6,
  months: 2629800e6,
  y: 31557600e6,
  year: 31557600e6,
  years: 31557600e6,
}
// Longest unit first, so "ms" is not read as "m" followed by garbage.
const TIME_UNIT_PATTERN = Object.keys(TIME_UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|')
// systemd.time(7): a number (fractions allowed), optionally a unit; a bare number means seconds
// and must stand alone (followed by whitespace or the end).
const TIME_COMPONENT = new RegExp(
  `(\\d+(?:\\.\\d+)?|\\.\\d+)[ \\t]*(?:(${TIME_UNIT_PATTERN})|(?=[ \\t]|$))[ \\t]*`,
  'gy',
)
/** time-util.c: spans are 64-bit microsecond counts, the largest one meaning infinity. */
const MAX_MICROSECONDS = 2 ** 64 - 1

export function checkTimespan(value: string | number): string | undefined {
  const text = String(value)
  // systemd.time(7): "infinity" is a valid span on its own.
  if (/^[ \t]*infinity[ \t]*$/.test(text)) return undefined
  const invalid = `is not a time span such as "90", "1min 30s" or "infinity" (systemd.time(7))`
  const body = text.replace(/^[ \t]+/, '')
  if (body === '') return invalid
  TIME_COMPONENT.lastIndex = 0
  let total = 0
  let end = 0
  for (let match = TIME_COMPONENT.exec(body); match; match = TIME_COMPONENT.exec(body)) {
    total += Number(match[1]) * (match[2] ? (TIME_UNITS[match[2]] ?? 0) : 1e6)
    end = TIME_COMPONENT.lastIndex
  }
  if (end !== body.length) return invalid
  if (total >= MAX_MICROSECONDS) return 'is too long a time span; use "infinity"'
  return undefined
}

export function checkOctalMode(value: string): string | undefined {
  // systemd.exec(5) UMask=, RuntimeDirectoryMode=: "an access mode in octal notation".
  if (!/^[0-7]{3,4}$/.test(value)) return 'must be 3 or 4 octal digits, such as "750" or "0027"'
  return undefined
}

/** setrlimit(2): RLIM_INFINITY is all ones; systemd spells it "infinity". */
const RLIMIT_INFINITY = 2n ** 64n - 1n
/** systemd.exec(5) LimitCPU=: "multiplicative suffixes K, M, G, T, P and E (to the base 1024)". */
const BYTE_SUFFIXES = ['K', 'M', 'G', 'T', 'P', 'E']

/**
 * `resource` says whether the limit counts things (LimitNOFILE=, LimitNPROC=) or bytes
 * (LimitCORE=, LimitAS=, ...); only byte limits take K/M/G/T/P/E suffixes.
 */
export function checkResourceLimit(value: string | number, resource: 'count' | 'bytes' = 'count'): string | undefined {
  const form = resource === 'bytes' ? 'a number with an optional K/M/G/T/P/E suffix' : 'a whole number'
  const invalid = `must be ${form}, "infinity", or "soft:hard" of those (systemd.exec(5) LimitCPU=)`
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? undefined : invalid
  // systemd.exec(5) LimitCPU=: "either as single value ... or as colon-separated pair soft:hard".
  const parts = value.split(':')
  if (parts.length > 2) return invalid
  const limits: bigint[] = []
  for (const part of parts) {
    const limit = parseLimit(part, resource)
    if (limit === undefined) return invalid
    if (limit > RLIMIT_INFINITY) return 'is too large; use "infinity"'
    limits.push(limit)
  }
  const [soft = 0n, hard = soft] = limits
  // setrlimit(2): the soft limit may not exceed the hard limit.
  if (soft > hard) return 'has a soft limit above its hard limit'
  return undefined
}

function parseLimit(text: string, resource: 'count' | 'bytes'): bigint | undefined {
  if (text === 'infinity') return RLIMIT_INFINITY
  const match = /^([0-9]+)([A-Z]?)$/.exec(text)
  if (!match) return undefined
  const [, digits = '', suffix = ''] = match
  if (suffix === '') return BigInt(digits)
  const power = BYTE_SUFFIXES.indexOf(suffix) + 1
  if (resource !== 'bytes' || power === 0) return undefined
  return BigInt(digits) * 1024n ** BigInt(power)
}

/**
 * The executable of an Exec line written literally (as escapeExecArgv writes argv[0]): an
 * absolute, normalised path systemd will run as is.
 */
export function checkExecutablePath(path: string): string | undefined {
  const notAbsolute = checkAbsolutePath(path)
  if (notAbsolute) return notAbsolute
  // load-fragment.c config_parse_exec (string_is_safe): systemd refuses quotes, backslashes and DEL in the executable.
  if (/["'\\\u007f]/.test(path))
    return 'contains a quote, backslash or DEL, which systemd refuses in an executable path'
  // systemd.service(5) "Command lines": the program to execute may not be a variable; "$" is
  // expanded in its argv[0] but not in the path, so it could not mean one thing in both.
  if (path.includes('$')) return 'contains "$", which systemd does not expand in an executable path'
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Escapes
// ---------------------------------------------------------------------------------------------

function refuse(reason: string | undefined): void {
  if (reason) throw new SystemdUnitsError(reason)
}

/** systemd.unit(5) "Specifiers": "%%" is a single "%". */
function escapeSpecifiers(value: string): string {
  return value.replaceAll('%', '%%')
}

/** Free text in settings that expand specifiers (Description=, User=, Group=, SyslogIdentifier=). */
export function escapeText(value: string): string {
  refuse(checkSingleLine(value))
  // These settings take the rest of the line verbatim: quotes, backslashes and "$" are literal
  // (systemd.unit(5) Description=), only specifiers expand.
  return escapeSpecifiers(value)
}

/** One absolute path taking the rest of the line (WorkingDirectory=, PIDFile=, RootDirectory=, EnvironmentFile=, PathModified=). */
export function escapePath(value: string): string {
  refuse(checkAbsolutePath(value))
  // systemd.exec(5) WorkingDirectory= etc. read the path verbatim after specifier expansion.
  return escapeSpecifiers(value)
}

/**
 * Space-separated lists (ReadWritePaths=, ReadOnlyPaths=, InaccessiblePaths=, RuntimeDirectory= ...).
 * These settings unquote words in different ways: ReadWritePaths= takes "\" + any character as
 * that character, RuntimeDirectory= keeps backslashes while unquoting and C-unescapes afterwards.
 * What means the same to both: "\\" for a backslash, and a word wrapped in the quote it does not
 * contain (systemd.syntax(7) "Quoting").
 */
export function escapeWordList(values: readonly string[]): string {
  return values.map(escapeListWord).join(' ')
}

function escapeListWord(value: string): string {
  refuse(checkSingleLine(value))
  const body = escapeSpecifiers(value).replaceAll('\\', '\\\\')
  if (value !== '' && !/[ \t"']/.test(value)) return body
  if (value.includes('"') && value.includes("'")) {
    throw new SystemdUnitsError('contains both \' and ", which no quoting in a systemd list can carry')
  }
  const quote = value.includes('"') ? "'" : '"'
  return `${quote}${body}${quote}`
}

/**
 * One Environment= assignment. systemd.exec(5) Environment=: words are unquoted and C-unescaped
 * (systemd.syntax(7) "Quoting"), specifiers expand, and "$" has no special meaning.
 */
export function escapeEnvironment(name: string, value: string): string {
  refuse(checkEnvironmentName(name))
  refuse(checkEscapable(value))
  const assignment = `${name}=${value}`
  const body = cEscape(escapeSpecifiers(assignment))
  return value === '' || /[\s"'\\]/.test(value) ? `"${body}"` : body
}

/**
 * The argv form of an Exec line: every element reaches the program as written. For a line
 * without the ":" prefix (which turns off "$" expansion). systemd.service(5) "Command lines":
 * words are unquoted and C-unescaped, specifiers expand, then "$$" becomes "$" at exec time.
 */
export function escapeExecArgv(argv: readonly string[]): string {
  const [executable, ...args] = argv
  if (executable === undefined) throw new SystemdUnitsError('a command needs at least an executable')
  refuse(checkExecutablePath(executable))
  return [executable, ...args].map(escapeExecArgument).join(' ')
}

/** One argument of an Exec line (any word but the executable), escaped as escapeExecArgv escapes each. */
export function escapeExecArgument(value: string): string {
  refuse(checkEscapable(value))
  // systemd.service(5) "Command lines": "Lone semicolons may be escaped as '\;'".
  if (value === ';') return '\\;'
  const body = cEscape(escapeSpecifiers(value).replaceAll('$', '$$$$'))
  return value === '' || /[\s"']/.test(value) ? `"${body}"` : body
}

/**
 * A value spliced into the middle of an Exec word the user wrote (a {{reference}}). Quotes in
 * mid-word are not systemd.service(5) syntax, so everything is escaped with backslashes
 * (systemd.syntax(7) "Quoting", table 1: \x20 for a space, \' for a single quote).
 */
export function escapeExecWordFragment(value: string): string {
  refuse(checkEscapable(value))
  return cEscape(escapeSpecifiers(value).replaceAll('$', '$$$$')).replace(/[ ']/g, (c) => (c === ' ' ? '\\x20' : "\\'"))
}

/** What no C-escaped setting can carry: systemd.syntax(7) refuses "\x00", and lone surrogates are not text. */
/**
 * A value written quoted and C-escaped (Environment=, Exec arguments): a newline, a tab or a
 * trailing backslash ("\\" before the closing quote, not a line continuation) reaches the
 * process as written, so only what no escape can carry is refused.
 */
export function checkEscapable(value: string): string | undefined {
  if (value.includes('\u0000')) return 'contains a NUL character'
  return checkNoLoneSurrogate(value)
}

/** systemd.syntax(7): files are UTF-8; a lone surrogate has no UTF-8 form and would be written as U+FFFD. */
function checkNoLoneSurrogate(value: string): string | undefined {
  return /\p{Cs}/u.test(value) ? 'contains a lone UTF-16 surrogate, which is not text' : undefined
}

/** systemd.syntax(7) "Quoting", table 1: escapes for backslash, double quote and control characters. */
const C_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
}

function cEscape(value: string): string {
  return value.replace(
    /[\\"\u0000-\u001f]/g,
    (c) => C_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  )
}
