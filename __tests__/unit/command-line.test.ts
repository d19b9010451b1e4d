import { describe, expect, it } from '@jest/globals'
import { checkCommandLine, parseCommandLine, readCommandLines } from '../../src/systemd/command-line.js'
import { SystemdUnitsError } from '../../src/shared/errors.js'

const wordsOf = (line: string): string[] => parseCommandLine(line).words

describe('parseCommandLine', () => {
  it('splits prefixes, command and executable', () => {
    expect(parseCommandLine('-@/usr/bin/app app-name --flag')).toEqual({
      prefixes: '-@',
      command: '/usr/bin/app app-name --flag',
      executable: '/usr/bin/app',
      words: ['/usr/bin/app', 'app-name', '--flag'],
    })
  })

  it('ignores whitespace around the line, as systemd strips it', () => {
    expect(parseCommandLine(' \t/bin/app a \t')).toMatchObject({ command: '/bin/app a', words: ['/bin/app', 'a'] })
  })

  it('throws a SystemdUnitsError carrying the reason checkCommandLine gives', () => {
    let thrown: unknown
    try {
      parseCommandLine('bin/app')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(SystemdUnitsError)
    expect((thrown as SystemdUnitsError).reason).toBe(checkCommandLine('bin/app'))
    expect(checkCommandLine('bin/app')).toMatch(/absolute path/)
  })
})

describe('prefixes', () => {
  it.each(['@', '-', ':', '+', '!', '!!', '@-:+', '-!!', ':!@'])('accepts the prefixes %s', (prefixes) => {
    expect(parseCommandLine(`${prefixes}/bin/app argv0`).prefixes).toBe(prefixes)
  })

  it.each(['--', '@@', '::'])('rejects the repeated prefix %s', (prefixes) => {
    expect(checkCommandLine(`${prefixes}/bin/app x`)).toMatch(/repeats the/)
  })

  it.each(['+!', '!+', '+!!', '!!!', '++'])('rejects combining privilege prefixes %s', (prefixes) => {
    expect(checkCommandLine(`${prefixes}/bin/app`)).toMatch(/use one of "\+", "!" and "!!"/)
  })

  it('rejects prefixes with no executable after them', () => {
    expect(checkCommandLine('- /bin/app')).toMatch(/no executable/)
    expect(checkCommandLine('-')).toMatch(/no executable/)
  })

  it('rejects "@" without an argv[0] word', () => {
    expect(checkCommandLine('@/bin/app')).toMatch(/argv\[0\]/)
  })

  it('keeps "$$" as written under the ":" prefix, which turns variable expansion off', () => {
    expect(wordsOf(':/bin/app $$a')).toEqual(['/bin/app', '$$a'])
  })
})

describe('quoting', () => {
  it('takes a double- or single-quoted word as one word without its quotes', () => {
    expect(wordsOf(`/bin/app "a b" 'c d' ""`)).toEqual(['/bin/app', 'a b', 'c d', ''])
  })

  it('decodes escapes inside single quotes too, as systemd does', () => {
    expect(wordsOf(`/bin/app 'a\\x41\\''`)).toEqual(['/bin/app', "aA'"])
  })

  it('rejects an unbalanced quote', () => {
    expect(checkCommandLine('/bin/app "a b')).toMatch(/unbalanced "/)
    expect(checkCommandLine("/bin/app 'a")).toMatch(/unbalanced '/)
  })

  it('rejects a quote opening inside a word', () => {
    expect(checkCommandLine('/bin/app a"b c"')).toMatch(/quote inside a word/)
  })

  it('rejects a closing quote followed by more of the word', () => {
    expect(checkCommandLine('/bin/app "a"b')).toMatch(/closing quote/)
  })
})

describe('escapes', () => {
  it.each([
    ['\\a', '\u0007'],
    ['\\b', '\b'],
    ['\\f', '\f'],
    ['\\n', '\n'],
    ['\\r', '\r'],
    ['\\t', '\t'],
    ['\\v', '\v'],
    ['\\\\', '\\'],
    ['\\"', '"'],
    ["\\'", "'"],
    ['\\s', ' '],
    ['\\x41', 'A'],
    ['\\101', 'A'],
    ['\\u00e9', 'é'],
    ['\\U0001F600', '😀'],
  ])('decodes %s', (escape, char) => {
    expect(wordsOf(`/bin/app x${escape}y`)).toEqual(['/bin/app', `x${char}y`])
  })

  it.each(['\\q', '\\$', '\\%', '\\x4', '\\18', '\\u12'])('rejects the unknown escape %s', (escape) => {
    expect(checkCommandLine(`/bin/app ${escape}z`)).toMatch(/unknown escape/)
  })

  it.each(['\\x00', '\\000', '\\u0000', '\\U00000000'])('rejects %s, a NUL', (escape) => {
    expect(checkCommandLine(`/bin/app ${escape}`)).toMatch(/NUL/)
  })

  it.each(['\\xff', '\\200'])('rejects %s, a raw byte that is not a character', (escape) => {
    expect(checkCommandLine(`/bin/app ${escape}`)).toMatch(/raw byte/)
  })

  it.each(['\\ud800', '\\U00110000', '\\ufffe', '\\ufdd0'])('rejects %s, not a Unicode character', (escape) => {
    expect(checkCommandLine(`/bin/app ${escape}`)).toMatch(/not a Unicode character/)
  })

  it('rejects a trailing backslash, which would join the next line of the unit file', () => {
    expect(checkCommandLine('/bin/app a\\')).toMatch(/backslash/)
  })
})

describe('semicolons', () => {
  it('rejects a lone ";", which systemd reads as a second command', () => {
    expect(checkCommandLine('/bin/app ; /bin/rm -rf /')).toMatch(/lone ";"/)
    expect(checkCommandLine('/bin/app ;')).toMatch(/lone ";"/)
  })

  it('reads "\\;" as a literal ";" word', () => {
    expect(wordsOf('/bin/app \\; x')).toEqual(['/bin/app', ';', 'x'])
  })

  it('keeps a ";" that is part of a word or quoted', () => {
    expect(wordsOf('/bin/app a; ;b ";"')).toEqual(['/bin/app', 'a;', ';b', ';'])
  })
})

describe('the executable', () => {
  it('must be an absolute path', () => {
    expect(checkCommandLine('app --flag')).toMatch(/absolute path/)
  })

  it('may start with a specifier that expands to an absolute path', () => {
    expect(parseCommandLine('%h/bin/app').executable).toBe('%h/bin/app')
  })

  it('may not start with a specifier that is not a path', () => {
    expect(checkCommandLine('%i/bin/app')).toMatch(/"%i", which is not an absolute path/)
  })

  it('has "%%" resolved to "%", so "%%h/app" is the relative path "%h/app"', () => {
    expect(parseCommandLine('/opt/100%%/app').executable).toBe('/opt/100%/app')
    expect(checkCommandLine('%%h/app')).toMatch(/absolute path/)
  })

  it('has quotes removed and may contain spaces', () => {
    expect(parseCommandLine('"/opt/my app/run" x').executable).toBe('/opt/my app/run')
  })

  it.each([
    ['/usr//bin/app', /"\/\/"/],
    ['/usr/bin/../app', /"\.\."/],
    ['/usr/bin/app/', /ends with "\/"/],
    ['/usr/bin/a\\"b', /quote, backslash/],
    ['/usr/bin/a\\\\b', /quote, backslash/],
    ['/usr/$APP', /"\$"/],
  ])('rejects the executable %s', (executable, reason) => {
    expect(checkCommandLine(`${executable} x`)).toMatch(reason)
  })
})

describe('specifiers', () => {
  it('resolves "%%" to "%" and leaves known specifiers as written', () => {
    expect(wordsOf('/bin/app 100%% %i %h/x')).toEqual(['/bin/app', '100%', '%i', '%h/x'])
  })

  it('rejects an unknown specifier, which makes systemd refuse the unit', () => {
    expect(checkCommandLine('/bin/app %z')).toMatch(/unknown specifier "%z"/)
  })

  it('rejects a lone "%" at the end of a word', () => {
    expect(checkCommandLine('/bin/app 100%')).toMatch(/lone "%"/)
  })

  it('checks specifiers after unescaping, as systemd expands them after unquoting', () => {
    expect(checkCommandLine('/bin/app \\x25z')).toMatch(/unknown specifier "%z"/)
    expect(wordsOf('/bin/app \\x25\\x25')).toEqual(['/bin/app', '%'])
  })
})

describe('variables', () => {
  it('reads "$$" as a literal "$" and leaves variables as written', () => {
    expect(wordsOf('/bin/app $$HOME ${HOME} $HOME a$b $$$')).toEqual([
      '/bin/app',
      '$HOME',
      '${HOME}',
      '$HOME',
      'a$b',
      '$$',
    ])
  })
})

describe('single line', () => {
  it.each(['\n', '\r', '\u0000', '\u001b'])('rejects the control character %j', (char) => {
    expect(checkCommandLine(`/bin/app a${char}b`)).toMatch(/control character/)
  })

  it('rejects an empty line', () => {
    expect(checkCommandLine('  ')).toBe('is empty')
  })
})

describe('readCommandLines (lenient mode)', () => {
  it.each([
    [
      '/bin/one a ; /bin/two \\; b',
      [
        ['/bin/one', 'a'],
        ['/bin/two', ';', 'b'],
      ],
    ],
    ['; ; /bin/app', [['/bin/app']]],
    ['/opt/a"b c"d', [['/opt/ab cd']]],
    ['"/opt/a b', [['/opt/a b']]],
    ['/bin/app \\q \\x2 \\x41', [['/bin/app', 'q', 'x2', 'A']]],
    ['-@/bin/app %h %%', [['-@/bin/app', '%h', '%%']]],
  ])('%j reads as systemd does: %j', (value, commands) => {
    expect(readCommandLines(value)).toEqual(commands)
  })

  it('accepts what strict mode refuses', () => {
    for (const line of ['/opt/a"b c"d', '"/opt/a b', '/bin/app \\q', '/bin/one ; /bin/two']) {
      expect(checkCommandLine(line)).toBeDefined()
      expect(() => readCommandLines(line)).not.toThrow()
    }
  })
})
