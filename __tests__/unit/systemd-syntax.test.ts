import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCommandLine } from '../../src/systemd/command-line.js'
import { SystemdUnitsError } from '../../src/shared/errors.js'
import {
  checkAbsolutePath,
  checkEnvironmentName,
  checkExecutablePath,
  checkOctalMode,
  checkRelativeDirectoryName,
  checkResourceLimit,
  checkSingleLine,
  checkTimespan,
  checkUnitName,
  checkUserName,
  escapeEnvironment,
  escapeExecArgument,
  escapeExecArgv,
  escapePath,
  escapeText,
  escapeWordList,
  toSystemName,
} from '../../src/systemd/syntax.js'

// ---------------------------------------------------------------------------------------------
// Hostile input shared by the rule tests and the proofs against systemd
// ---------------------------------------------------------------------------------------------

/** Every value an escape must carry unchanged: quoting, escapes, specifiers, variables, directives, unicode. */
const HOSTILE_ARGUMENTS = [
  '',
  ' ',
  ';',
  '\\;',
  'a b',
  '  padded  ',
  '"double"',
  "'single'",
  `it's "both"`,
  'back\\slash',
  'trailing\\',
  '\\\\',
  '100%',
  '%h',
  '%%',
  '$HOME',
  '${HOME}',
  '$$',
  'a$b',
  '[Service]',
  'Foo=bar',
  'ExecStartPre=/bin/rm -rf /',
  '#not a comment',
  ';not a comment',
  'line\nbreak',
  'carriage\rreturn',
  'tab\there',
  'é 😀 中文',
  '\u00a0nbsp',
  '-',
  '@',
  'x\u0001y\u007f',
]

/** mulberry32: a small fixed-seed generator, so a failing case reproduces. */
function randomGenerator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const RANDOM_CHARACTERS = [
  ...'aZ09 \t"\'\\%$;{}#=[]@-:+!/.',
  '\n',
  '\r',
  '\u0001',
  '\u007f',
  'é',
  'ß',
  '\u00a0',
  '😀',
  '中',
]

function randomArgument(random: () => number): string {
  const roll = random()
  if (roll < 0.05) return ''
  if (roll < 0.1) return ';'
  const length = 1 + Math.floor(random() * 10)
  return Array.from({ length }, () => RANDOM_CHARACTERS[Math.floor(random() * RANDOM_CHARACTERS.length)]).join('')
}

function randomArgvs(seed: number, count: number): string[][] {
  const random = randomGenerator(seed)
  return Array.from({ length: count }, () => [
    '/bin/echo',
    ...Array.from({ length: Math.floor(random() * 6) }, () => randomArgument(random)),
  ])
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

describe('checkSingleLine', () => {
  it.each(['plain', 'tab\tis fine', 'é 😀', '"quotes" and \\ inside', ''])('accepts %j', (value) => {
    expect(checkSingleLine(value)).toBeUndefined()
  })

  it.each(['a\nb', 'a\rb', 'a\u0000b', 'a\u001bb', 'a\u0001b'])('rejects the control character in %j', (value) => {
    expect(checkSingleLine(value)).toMatch(/control character/)
  })

  it('rejects a lone surrogate, which cannot be written as UTF-8', () => {
    expect(checkSingleLine('a\ud800b')).toMatch(/surrogate/)
  })

  it.each(['value\\', 'value\\\\\\'])('rejects %j, whose unpaired trailing backslash joins the next line', (value) => {
    expect(checkSingleLine(value)).toMatch(/unpaired backslash/)
  })

  it('accepts a value ending in a doubled backslash, which systemd reads as an escaped one', () => {
    expect(checkSingleLine('value\\\\')).toBeUndefined()
  })
})

describe('checkAbsolutePath', () => {
  it.each(['/', '/srv', '/srv/my app', '/srv/100%', "/srv/it's", '/srv/é'])('accepts %j', (path) => {
    expect(checkAbsolutePath(path)).toBeUndefined()
  })

  it.each([
    ['srv/app', /absolute/],
    ['', /absolute/],
    ['/srv//app', /"\/\/"/],
    ['/srv/./app', /"\."/],
    ['/srv/../app', /"\.\."/],
    ['/srv/app/', /ends with "\/"/],
    ['/srv/app ', /whitespace/],
    ['/srv/a\\', /backslash/],
    ['/srv/a\\\\', /backslash/],
    ['/srv/a\nb', /control/],
  ])('rejects %j', (path, reason) => {
    expect(checkAbsolutePath(path)).toMatch(reason)
  })
})

describe('checkRelativeDirectoryName', () => {
  it.each(['app', 'app/sub', 'my app', '100%', 'é'])('accepts %j', (name) => {
    expect(checkRelativeDirectoryName(name)).toBeUndefined()
  })

  it.each([
    ['', /empty/],
    ['/app', /relative/],
    ['app/../x', /"\.\."/],
    ['..', /"\.\."/],
    ['./app', /"\."/],
    ['app/', /ends with/],
    ['a//b', /"\/\/"/],
    [' app', /whitespace/],
    ['app:link', /":"/],
    ['a\nb', /control/],
  ])('rejects %j', (name, reason) => {
    expect(checkRelativeDirectoryName(name)).toMatch(reason)
  })
})

const VALID_UNIT_NAMES = [
  'app.service',
  'app@.service',
  'app@instance.service',
  'a@b@c.service',
  'my-app_1:2.target',
  'dev-sda1\\x2dx.device',
  'x.socket',
  'x.timer',
  'x.path',
  'x.mount',
  'x.automount',
  'x.swap',
  'x.slice',
  'x.scope',
  `${'a'.repeat(247)}.service`,
]
const INVALID_UNIT_NAMES: Array<[string, RegExp]> = [
  ['app', /unit type suffix/],
  ['.service', /unit type suffix/],
  ['app.serv', /not a unit type/],
  ['@x.service', /before the "@"/],
  ['a b.service', /" "/],
  ['é.service', /"é"/],
  ['a/b.service', /"\/"/],
  [`${'a'.repeat(248)}.service`, /255/],
]

describe('checkUnitName', () => {
  it.each(VALID_UNIT_NAMES)('accepts %s', (name) => {
    expect(checkUnitName(name)).toBeUndefined()
  })

  it.each([...INVALID_UNIT_NAMES, ['', /empty/], ['a\\q.service', /\\xNN/]] as Array<[string, RegExp]>)(
    'rejects %j',
    (name, reason) => {
      expect(checkUnitName(name)).toMatch(reason)
    },
  )
})

describe('toSystemName', () => {
  it('turns "_" into "-" as mix_systemd does', () => {
    expect(toSystemName('my_app')).toBe('my-app')
  })

  it.each([
    ['example.app', 'example-app'],
    ['Storefront_Web', 'storefront-web'],
    ['@acme/Relay  Server', 'acme-relay-server'],
    ['1password-connect', 'app-1password-connect'],
    ['__init__', 'init'],
    ['数据', 'app'],
    ['a-very-long-service-name-for-a-cargo-crate', 'a-very-long-service-name-for-a'],
  ])('makes %j the name %j', (raw, name) => {
    expect(toSystemName(raw)).toBe(name)
  })

  it('makes names that systemd takes as users and unit names and adduser takes as users', () => {
    for (const raw of ['Weird name_with @ and \\x2d', 'x'.repeat(40), '-v2-', 'Übung.App']) {
      const name = toSystemName(raw)
      expect(name).toMatch(/^[a-z][-a-z0-9_]*$/)
      expect(checkUserName(name)).toBeUndefined()
      expect(checkUnitName(`${name}.service`)).toBeUndefined()
    }
  })
})

describe('checkEnvironmentName', () => {
  it.each(['A', '_a1', 'DATABASE_URL'])('accepts %s', (name) => {
    expect(checkEnvironmentName(name)).toBeUndefined()
  })

  it.each(['', '1A', 'A-B', 'A B', 'A=B', 'É'])('rejects %j', (name) => {
    expect(checkEnvironmentName(name)).toBeDefined()
  })
})

const VALID_USER_NAMES = ['root', '_svc', 'my-app', 'A_b-9', '0', '1000', '4294967294', 'a'.repeat(31)]
/** Names systemd itself warns about or refuses. */
const INVALID_USER_NAMES = ['my.app', '1a', '-x', 'a'.repeat(32), '65535', '4294967295', '007', 'é']

describe('checkUserName', () => {
  it.each(VALID_USER_NAMES)('accepts %s', (name) => {
    expect(checkUserName(name)).toBeUndefined()
  })

  it.each([...INVALID_USER_NAMES, '', 'a b', 'a$'])('rejects %j', (name) => {
    expect(checkUserName(name)).toBeDefined()
  })
})

/** Samples whose verdict must match `systemd-analyze timespan`. */
const TIMESPAN_SAMPLES = [
  '5',
  '0',
  '00',
  '1.5s',
  '.5s',
  '1min 30s',
  '1min30s',
  '2h',
  '5 10',
  '1 .5',
  '5s5',
  '1h30',
  '1sec2',
  '1ms5us',
  '1.5h',
  '2 weeks',
  '3seconds',
  '10μs',
  '1 µs',
  '1y',
  '1M',
  '1month',
  '1hr',
  '5 min',
  'infinity',
  ' infinity ',
  '1.5.5',
  '1.',
  '1.s',
  '5.s',
  '1Min',
  '1S',
  '1,5s',
  '1_000',
  '1e3',
  '',
  '1 infinity',
  'infinityx',
  '600000y',
  '99999999999999999999',
  '-1',
]

describe('checkTimespan', () => {
  it.each(['5', '1.5s', '1min 30s', '2h', 'infinity', '1h30', '5 10'])('accepts %j', (span) => {
    expect(checkTimespan(span)).toBeUndefined()
  })

  it.each(['', '1Min', '1.5.5', '1.', 'forever', '-1', '1 infinity'])('rejects %j', (span) => {
    expect(checkTimespan(span)).toMatch(/time span/)
  })

  it('rejects a span longer than systemd can count', () => {
    expect(checkTimespan('600000y')).toMatch(/too long/)
  })

  it.each([90, 1.5, 0])('accepts the number %s as seconds', (span) => {
    expect(checkTimespan(span)).toBeUndefined()
  })

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, 1e21])('rejects the number %s', (span) => {
    expect(checkTimespan(span)).toBeDefined()
  })
})

describe('checkOctalMode', () => {
  it.each(['750', '0027', '0777', '7777'])('accepts %s', (mode) => {
    expect(checkOctalMode(mode)).toBeUndefined()
  })

  it.each(['75', '00027', '0o22', '8', '789', ' 750', ''])('rejects %j', (mode) => {
    expect(checkOctalMode(mode)).toBeDefined()
  })
})

const VALID_COUNT_LIMITS = ['1024', '0', '1024:4096', 'infinity', '1024:infinity', 'infinity:infinity']
const VALID_BYTE_LIMITS = ['0', '1K', '16G', '1K:2M', '8E', 'infinity', '512:infinity']
const INVALID_COUNT_LIMITS = ['1K', '2:1', '1:2:3', 'unlimited', '-1', 'infinity:5']
const INVALID_BYTE_LIMITS = ['1X', '16E', '2M:1K', '1.5.5']

describe('checkResourceLimit', () => {
  it.each(VALID_COUNT_LIMITS)('accepts the count limit %s', (limit) => {
    expect(checkResourceLimit(limit)).toBeUndefined()
  })

  it.each(VALID_BYTE_LIMITS)('accepts the byte limit %s', (limit) => {
    expect(checkResourceLimit(limit, 'bytes')).toBeUndefined()
  })

  it.each(INVALID_COUNT_LIMITS)('rejects the count limit %s', (limit) => {
    expect(checkResourceLimit(limit)).toBeDefined()
  })

  it.each(INVALID_BYTE_LIMITS)('rejects the byte limit %s', (limit) => {
    expect(checkResourceLimit(limit, 'bytes')).toBeDefined()
  })

  it('names the soft limit above the hard one', () => {
    expect(checkResourceLimit('4096:1024')).toMatch(/soft limit above/)
  })

  it('accepts a whole number and rejects fractions and negatives', () => {
    expect(checkResourceLimit(65536)).toBeUndefined()
    expect(checkResourceLimit(1.5)).toBeDefined()
    expect(checkResourceLimit(-1)).toBeDefined()
  })
})

describe('checkExecutablePath', () => {
  it('accepts an absolute path with spaces and "%"', () => {
    expect(checkExecutablePath('/opt/my app/100%/run')).toBeUndefined()
  })

  it.each([
    ['run', /absolute/],
    ['/opt/"run"', /quote/],
    ["/opt/it's", /quote/],
    ['/opt/a\\b', /backslash/],
    ['/opt/a\u007fb', /DEL/],
    ['/opt/$APP/run', /"\$"/],
    ['/opt//run', /"\/\/"/],
  ])('rejects %j', (path, reason) => {
    expect(checkExecutablePath(path)).toMatch(reason)
  })
})

// ---------------------------------------------------------------------------------------------
// Escapes: exact output and refusals
// ---------------------------------------------------------------------------------------------

function reasonThrownBy(write: () => unknown): string {
  try {
    write()
  } catch (error) {
    if (error instanceof SystemdUnitsError) return error.reason
    throw error
  }
  throw new Error('expected a SystemdUnitsError')
}

describe('escapeText', () => {
  it('escapes % as %% and leaves quotes, backslashes and $ literal', () => {
    expect(escapeText(`50% "it's" \\ $HOME`)).toBe(`50%% "it's" \\ $HOME`)
  })

  it('refuses a newline, which would start a new line of the unit file', () => {
    expect(reasonThrownBy(() => escapeText('ok\n[Service]\nExecStartPre=/bin/rm'))).toMatch(/control character/)
  })

  it('refuses a trailing backslash, which would join the next line', () => {
    expect(reasonThrownBy(() => escapeText('ends with \\'))).toMatch(/backslash/)
  })
})

describe('escapePath', () => {
  it('escapes % as %% and leaves everything else literal', () => {
    expect(escapePath(`/srv/100%/"q" $x\\y`)).toBe(`/srv/100%%/"q" $x\\y`)
  })

  it('refuses a newline in a path', () => {
    expect(reasonThrownBy(() => escapePath('/srv\n[Service]'))).toMatch(/control character/)
  })

  it('refuses a path that is not absolute and normalised', () => {
    expect(reasonThrownBy(() => escapePath('srv/app'))).toMatch(/absolute/)
  })
})

describe('escapeWordList', () => {
  it('leaves plain words bare and separates them with spaces', () => {
    expect(escapeWordList(['/srv/a', '/srv/b'])).toBe('/srv/a /srv/b')
  })

  it('double-quotes a word with whitespace or a single quote', () => {
    expect(escapeWordList(['/srv/a b', "/srv/it's"])).toBe(`"/srv/a b" "/srv/it's"`)
  })

  it('single-quotes a word with a double quote, since some lists do not unescape \\" inside quotes', () => {
    expect(escapeWordList(['/srv/"q"'])).toBe(`'/srv/"q"'`)
  })

  it('doubles backslashes and escapes % as %%', () => {
    expect(escapeWordList(['/srv/a\\b', '/srv/100%'])).toBe('/srv/a\\\\b /srv/100%%')
  })

  it('refuses a word with both kinds of quote, which no list quoting carries', () => {
    expect(reasonThrownBy(() => escapeWordList([`/srv/it's "q"`]))).toMatch(/both/)
  })

  it('refuses a newline in a word', () => {
    expect(reasonThrownBy(() => escapeWordList(['/srv/a\n[Service]']))).toMatch(/control character/)
  })
})

describe('escapeEnvironment', () => {
  it('leaves a plain assignment bare', () => {
    expect(escapeEnvironment('PORT', '4000')).toBe('PORT=4000')
  })

  it('escapes % as %% in Environment values', () => {
    expect(escapeEnvironment('RATIO', '50%')).toBe('RATIO=50%%')
  })

  it('keeps $ literal, as Environment= does no variable expansion', () => {
    expect(escapeEnvironment('PS', '$HOME')).toBe('PS=$HOME')
  })

  it('quotes the whole assignment when the value has whitespace, quotes or backslashes, or is empty', () => {
    expect(escapeEnvironment('A', 'x y')).toBe('"A=x y"')
    expect(escapeEnvironment('A', `"q" 'q'`)).toBe(`"A=\\"q\\" 'q'"`)
    expect(escapeEnvironment('A', 'a\\b')).toBe('"A=a\\\\b"')
    expect(escapeEnvironment('A', '')).toBe('"A="')
  })

  it('writes control characters as C escapes, so the assignment stays on one line', () => {
    expect(escapeEnvironment('A', 'x\ny\tz\u0001')).toBe('"A=x\\ny\\tz\\x01"')
  })

  it('refuses an invalid variable name', () => {
    expect(reasonThrownBy(() => escapeEnvironment('A B', 'x'))).toMatch(/letters/)
  })

  it('refuses a NUL, which no environment variable can hold', () => {
    expect(reasonThrownBy(() => escapeEnvironment('A', 'a\u0000b'))).toMatch(/NUL/)
  })
})

describe('escapeExecArgv', () => {
  it('escapes % as %% and $ as $$', () => {
    expect(escapeExecArgv(['/bin/app', '100%', '$HOME'])).toBe('/bin/app 100%% $$HOME')
  })

  it('quotes elements with whitespace or quotes, and empty ones', () => {
    expect(escapeExecArgv(['/opt/my app', 'a b', `it's`, '"q"', ''])).toBe(`"/opt/my app" "a b" "it's" "\\"q\\"" ""`)
  })

  it('escapes backslashes', () => {
    expect(escapeExecArgv(['/bin/app', 'a\\b', 'end\\'])).toBe('/bin/app a\\\\b end\\\\')
  })

  it('escapes a lone ";" so it is not read as a second command', () => {
    expect(escapeExecArgv(['/bin/app', ';', 'x;'])).toBe('/bin/app \\; x;')
  })

  it('writes a newline as \\n, so a value cannot start a new line of the unit file', () => {
    expect(escapeExecArgv(['/bin/app', 'a\n[Service]'])).toBe('/bin/app "a\\n[Service]"')
  })

  it('refuses an empty argv', () => {
    expect(reasonThrownBy(() => escapeExecArgv([]))).toMatch(/executable/)
  })

  it('refuses an executable that is not a literal absolute path', () => {
    expect(reasonThrownBy(() => escapeExecArgv(['app']))).toMatch(/absolute/)
    expect(reasonThrownBy(() => escapeExecArgv(['/opt/$APP/run']))).toMatch(/"\$"/)
  })

  it('refuses a NUL, which no argument can hold', () => {
    expect(reasonThrownBy(() => escapeExecArgv(['/bin/app', 'a\u0000b']))).toMatch(/NUL/)
  })

  it('escapes one argument with escapeExecArgument as it escapes each element, without treating it as an executable', () => {
    expect(escapeExecArgument('my app $1 100%')).toBe('"my app $$1 100%%"')
    expect(escapeExecArgv(['/bin/app', 'my app $1 100%'])).toBe(`/bin/app ${escapeExecArgument('my app $1 100%')}`)
  })

  it('round-trips 5000 random argv through parseCommandLine, which reads lines as systemd does', () => {
    for (const argv of randomArgvs(0x5eed, 5000)) {
      const line = escapeExecArgv(argv)
      expect({ line, words: parseCommandLine(line).words }).toEqual({ line, words: argv })
    }
  })

  it('round-trips every hostile argument through parseCommandLine', () => {
    const argv = ['/bin/echo', ...HOSTILE_ARGUMENTS]
    expect(parseCommandLine(escapeExecArgv(argv)).words).toEqual(argv)
  })
})

// ---------------------------------------------------------------------------------------------
// Proof against real systemd: `systemd-analyze verify` for warnings, and `systemd --test`, which
// loads the units offline and dumps every setting as systemd parsed it (no manager needed).
// ---------------------------------------------------------------------------------------------

// Without systemd these fail rather than skip: .ci/run installs Debian's systemd when it is missing.
const SYSTEMD =
  ['/lib/systemd/systemd', '/usr/lib/systemd/systemd'].find((path) => existsSync(path)) ?? '/lib/systemd/systemd'
/** `systemd --test` refuses to run as root, so as root it runs as nobody. */
const AS_ROOT = process.getuid?.() === 0
const NOBODY = 65534

/** A service unit that loads on its own: no default dependencies, and a command if none is given. */
function service(serviceLines: string[], unitLines: string[] = []): string {
  const command = serviceLines.some((line) => line.startsWith('ExecStart=')) ? [] : ['ExecStart=/bin/true']
  return [
    '[Unit]',
    'DefaultDependencies=no',
    ...unitLines,
    '[Service]',
    'Type=oneshot',
    ...command,
    ...serviceLines,
    '',
  ].join('\n')
}

class SystemdSandbox {
  readonly dir = mkdtempSync(join(tmpdir(), 'systemd-syntax-'))
  readonly units = join(this.dir, 'units')

  constructor() {
    chmodSync(this.dir, 0o755)
    mkdirSync(this.units)
  }

  /** Everything `systemd-analyze verify` prints about the unit (it exits 0 even on warnings). */
  verify(name: string, text: string): string {
    writeFileSync(join(this.units, name), text)
    const result = spawnSync('systemd-analyze', ['verify', '--man=no', name], { cwd: this.units, encoding: 'utf8' })
    return `${result.stdout}${result.stderr}`
  }

  /** Loads the units with `systemd --test --user` and returns, per unit, its dumped "Key: value" settings. */
  load(units: Record<string, string>): Map<string, Array<[string, string]>> {
    for (const [name, text] of Object.entries(units)) writeFileSync(join(this.units, name), text)
    writeFileSync(
      join(this.units, 'all.target'),
      `[Unit]\nDefaultDependencies=no\nWants=${Object.keys(units).join(' ')}\n`,
    )
    const home = join(this.dir, 'home')
    const runtime = join(this.dir, 'runtime')
    mkdirSync(home)
    mkdirSync(runtime, { mode: 0o700 })
    if (AS_ROOT) for (const dir of [home, runtime]) chownSync(dir, NOBODY, NOBODY)
    const systemd = [SYSTEMD ?? 'systemd', '--test', '--user', '--unit=all.target', '--no-pager']
    const command = AS_ROOT
      ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...systemd]
      : systemd
    const result = spawnSync(command[0] ?? '', command.slice(1), {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: home,
        XDG_RUNTIME_DIR: runtime,
        SYSTEMD_UNIT_PATH: this.units,
        SYSTEMD_LOG_LEVEL: 'err',
      },
    })
    if (result.status !== 0) throw new Error(`systemd --test failed: ${result.stderr}`)
    return parseDump(result.stdout)
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/**
 * systemd's dump: "\t-> Unit name:" then "\t\tKey: value" lines ("\t\t\tCommand Line: ..." under
 * "\t\t-> ExecStart:"). A dumped value holding a newline continues on a line without the tab.
 */
function parseDump(text: string): Map<string, Array<[string, string]>> {
  const units = new Map<string, Array<[string, string]>>()
  let settings: Array<[string, string]> | undefined
  for (const line of text.split('\n')) {
    const unit = /^\t-> Unit (.+):$/.exec(line)
    if (unit) units.set(unit[1] ?? '', (settings = []))
    else if (line.startsWith('->')) settings = undefined
    else if (settings && !line.startsWith('\t')) settings[settings.length - 1]![1] += `\n${line}`
    else {
      const setting = /^\t\t\t?([A-Za-z][^:]*): (.*)$/s.exec(line)
      if (settings && setting) settings.push([setting[1] ?? '', setting[2] ?? ''])
    }
  }
  return units
}

/** Reverses systemd's quote_command_line(): words quoted only when needed, with C escapes inside quotes. */
function splitDumpedCommandLine(text: string): string[] {
  const words: string[] = []
  for (const token of text.match(/"(?:\\.|[^"\\])*"|[^ ]+/gs) ?? []) {
    if (!token.startsWith('"')) {
      words.push(token)
      continue
    }
    const controls: Record<string, string> = { a: '\u0007', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' }
    words.push(
      token
        .slice(1, -1)
        .replace(/\\([0-7]{3}|.)/gs, (_, escaped: string) =>
          escaped.length === 3 ? String.fromCharCode(parseInt(escaped, 8)) : (controls[escaped] ?? escaped),
        ),
    )
  }
  return words
}

/** What systemd stores for an argv element before exec time, when "$$" becomes "$" (systemd.service(5) "Command lines"). */
const storedArgument = (argument: string): string => argument.replaceAll('$', '$$$$')

describe('systemd 252 reads every escape back as written', () => {
  let sandbox: SystemdSandbox
  let hostileArgv: string[]
  const randomArgv = randomArgvs(0xc0ffee, 150)
  const hostileText = `50% of "it's" back\\slash \\ $HOME \${X} %h [Service] Foo=bar ; #x é 😀`
  const hostilePath = `/srv/my app/100%/"q"/it's/back\\slash/$HOME/\${X}/%h/[Service]/Foo=bar/;/#x/é 😀`
  const hostileNames = [
    'a b',
    '"q"',
    "it's",
    'back\\slash',
    '100%',
    '%h',
    '$HOME',
    '[Service]',
    'Foo=bar',
    ';',
    '#x',
    'é 😀',
    'x=1 y',
  ]
  const commandLines = [
    `/bin/echo "a b" 'c d' "" ''`,
    `/bin/echo 'single \\x41 \\' quote' "double \\" quote"`,
    '/bin/echo \\; a; ;b ";"',
    '/bin/echo \\a\\b\\f\\n\\r\\t\\v\\\\\\"\\\'\\s',
    '/bin/echo \\x41 \\101 \\u00e9 \\U0001F600',
    '/bin/echo 100%% "%%" \\x25\\x25',
    '/bin/echo   many    spaces\tand\ttabs',
    '"/bin/echo" "quoted executable"',
    '-/bin/echo ignore-failure',
  ]
  let loaded: Map<string, Array<[string, string]>>
  let warnings = ''

  const valuesOf = (unit: string, key: string): string[] =>
    (loaded.get(unit) ?? []).filter(([name]) => name === key).map(([, value]) => value)
  const argvsOf = (unit: string): string[][] => valuesOf(unit, 'Command Line').map(splitDumpedCommandLine)

  beforeAll(() => {
    sandbox = new SystemdSandbox()
    const executable = join(sandbox.dir, 'bin dir 100%', 'run é 😀')
    mkdirSync(join(sandbox.dir, 'bin dir 100%'))
    writeFileSync(executable, '#!/bin/sh\n', { mode: 0o755 })
    hostileArgv = [executable, ...HOSTILE_ARGUMENTS]
    const units: Record<string, string> = {
      'exec-hostile.service': service([`ExecStart=${escapeExecArgv(hostileArgv)}`]),
      'exec-random.service': service(randomArgv.map((argv) => `ExecStart=${escapeExecArgv(argv)}`)),
      'environment.service': service(
        HOSTILE_ARGUMENTS.map((value, i) => `Environment=${escapeEnvironment(`V${i}`, value)}`),
      ),
      'text.service': service([], [`Description=${escapeText(hostileText)}`]),
      'text-doubled-backslash.service': service([], [`Description=${escapeText('ends in \\\\')}`]),
      'path.service': service(
        ['WorkingDirectory', 'PIDFile', 'RootDirectory', 'EnvironmentFile'].map(
          (key) => `${key}=${escapePath(hostilePath)}`,
        ),
      ),
      'lists.service': service([
        `ReadWritePaths=${escapeWordList(hostileNames.map((name) => `/srv/${name}`))}`,
        `RuntimeDirectory=${escapeWordList(hostileNames)}`,
      ]),
      ...Object.fromEntries(commandLines.map((line, i) => [`command-${i}.service`, service([`ExecStart=${line}`])])),
    }
    warnings = Object.entries(units)
      .map(([name, text]) => sandbox.verify(name, text))
      .join('')
    loaded = sandbox.load(units)
  })
  afterAll(() => sandbox.remove())

  it('systemd-analyze verify prints no warning for any unit written with the escapes', () => {
    expect(warnings).toBe('')
  })

  it('stores every hostile argument as written with escapeExecArgv ("$$" being "$" at exec time)', () => {
    expect(argvsOf('exec-hostile.service')).toEqual([hostileArgv.map(storedArgument)])
  })

  it('stores 150 random argv as written with escapeExecArgv ("$$" being "$" at exec time)', () => {
    expect(argvsOf('exec-random.service')).toEqual(randomArgv.map((argv) => argv.map(storedArgument)))
  })

  it('reads every hostile Environment= value back as written, "$" included', () => {
    const expected = HOSTILE_ARGUMENTS.map((value, i) => `V${i}=${value}`)
    expect(valuesOf('environment.service', 'Environment')).toEqual(expected)
  })

  it('reads Description= back as written with escapeText', () => {
    expect(valuesOf('text.service', 'Description')).toEqual([hostileText])
  })

  it('reads a Description= ending in a doubled backslash back as written, not as a line continuation', () => {
    expect(valuesOf('text-doubled-backslash.service', 'Description')).toEqual(['ends in \\\\'])
  })

  it.each(['WorkingDirectory', 'PIDFile', 'RootDirectory', 'EnvironmentFile'])(
    'reads %s= back as written with escapePath',
    (key) => {
      expect(valuesOf('path.service', key)).toEqual([hostilePath])
    },
  )

  it('reads every RuntimeDirectory= word back as written with escapeWordList', () => {
    expect(valuesOf('lists.service', 'RuntimeDirectory').sort()).toEqual([...hostileNames].sort())
  })

  it('reads every ReadWritePaths= word back as written with escapeWordList', () => {
    expect(valuesOf('lists.service', 'ReadWritePaths')).toEqual([hostileNames.map((name) => `/srv/${name}`).join(' ')])
  })

  it.each(commandLines.map((line, i): [string, number] => [line, i]))(
    'splits %s into the words parseCommandLine gives',
    (line, i) => {
      expect(argvsOf(`command-${i}.service`)).toEqual([parseCommandLine(line).words])
    },
  )
})

describe('systemd 252 accepts what the checks accept', () => {
  let sandbox: SystemdSandbox
  beforeAll(() => {
    sandbox = new SystemdSandbox()
  })
  afterAll(() => sandbox.remove())
  let count = 0
  const warningsFor = (serviceLines: string[], unitLines: string[] = []): string =>
    sandbox.verify(`check-${++count}.service`, service(serviceLines, unitLines))

  it.each(TIMESPAN_SAMPLES)('agrees with systemd-analyze timespan on %j', (span) => {
    const systemdAccepts = spawnSync('systemd-analyze', ['timespan', '--', span]).status === 0
    expect(checkTimespan(span) === undefined).toBe(systemdAccepts)
  })

  it.each(VALID_UNIT_NAMES)('systemd takes the unit name %s', (name) => {
    expect(warningsFor([], [`Wants=${name}`])).toBe('')
  })

  it.each(INVALID_UNIT_NAMES.map(([name]) => name))('systemd refuses the unit name %j too', (name) => {
    expect(warningsFor([], [`Wants=${name}`])).not.toBe('')
  })

  it.each(VALID_USER_NAMES)('systemd takes the user name %s without a warning', (name) => {
    expect(warningsFor([`User=${escapeText(name)}`])).toBe('')
  })

  it.each(INVALID_USER_NAMES)('systemd warns about the user name %j too', (name) => {
    expect(warningsFor([`User=${escapeText(name)}`])).not.toBe('')
  })

  it.each([
    ...VALID_COUNT_LIMITS.map((limit) => ['LimitNOFILE', limit]),
    ...VALID_BYTE_LIMITS.map((limit) => ['LimitCORE', limit]),
  ])('systemd takes %s=%s', (key, limit) => {
    expect(warningsFor([`${key}=${limit}`])).toBe('')
  })

  it.each([
    ...INVALID_COUNT_LIMITS.map((limit) => ['LimitNOFILE', limit]),
    ...INVALID_BYTE_LIMITS.map((limit) => ['LimitCORE', limit]),
  ])('systemd refuses %s=%s too', (key, limit) => {
    expect(warningsFor([`${key}=${limit}`])).not.toBe('')
  })

  it.each(['0022', '027', '750', '7777'])('systemd takes UMask=%s', (mode) => {
    expect(warningsFor([`UMask=${mode}`])).toBe('')
  })

  it.each(['/', '/srv', '/srv/my app', '/srv/100%', "/srv/it's", '/srv/é'])(
    'systemd takes WorkingDirectory=%s written with escapePath',
    (path) => {
      expect(warningsFor([`WorkingDirectory=${escapePath(path)}`])).toBe('')
    },
  )

  it('systemd refuses a WorkingDirectory= that checkAbsolutePath refuses as not normalised', () => {
    expect(warningsFor(['WorkingDirectory=/srv/a/../b'])).toMatch(/not normalized/)
  })

  it.each(['app', 'app/sub', 'my app', '100%', "it's", 'é'])(
    'systemd takes RuntimeDirectory=%s written with escapeWordList',
    (name) => {
      expect(warningsFor([`RuntimeDirectory=${escapeWordList([name])}`])).toBe('')
    },
  )
})
