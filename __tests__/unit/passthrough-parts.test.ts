// The pure parts the `directives` passthrough is built from: where nested YAML keys are, the
// replacement of a directive's lines in a rendered unit, which directives take the reset form,
// and the specifier check for values written as given.
import { describe, expect, test } from '@jest/globals'
import { keyPath, parseYamlMapping } from '../../src/config/yaml-source.js'
import { replaceInSections } from '../../src/units/sections.js'
import { lookUpDirective, takesReset, type KnownDirective } from '../../src/systemd/directives.js'
import { checkSpecifiers } from '../../src/systemd/command-line.js'
import { describeLocation } from '../../src/shared/errors.js'

const source = { kind: 'file', file: '.systemd.yml' } as const

describe('nested keys are placed at their line and column', () => {
  test('two and three levels deep, block and flow style, after a list', () => {
    const { keyPositions } = parseYamlMapping(
      'dirs: [runtime]\ndirectives:\n  Service:\n    ExecReload: /bin/true\n    Environment: [A=1]\n  Unit: { Wants: x.target }\nunit_directives:\n  a.path:\n    Path:\n      Unit: a.service\n',
      source,
    )
    expect(keyPositions.get(keyPath(['directives']))).toEqual({ line: 2, column: 1 })
    expect(keyPositions.get(keyPath(['directives', 'Service']))).toEqual({ line: 3, column: 3 })
    expect(keyPositions.get(keyPath(['directives', 'Service', 'ExecReload']))).toEqual({ line: 4, column: 5 })
    expect(keyPositions.get(keyPath(['directives', 'Service', 'Environment']))).toEqual({ line: 5, column: 5 })
    expect(keyPositions.get(keyPath(['directives', 'Unit', 'Wants']))).toEqual({ line: 6, column: 11 })
    expect(keyPositions.get(keyPath(['unit_directives', 'a.path', 'Path', 'Unit']))).toEqual({ line: 10, column: 7 })
  })

  test('a position is shown as file:line:column', () => {
    expect(describeLocation({ ...source, line: 4, column: 5 })).toBe('.systemd.yml:4:5')
    expect(describeLocation({ kind: 'input', name: 'settings', line: 2, column: 3 })).toBe('input "settings":2:3')
  })
})

describe('replaceInSections', () => {
  const unit =
    '[Unit]\nDescription=x\n\n[Service]\nEnvironment=A=1\nUser=app\nEnvironment=B=2\n\n[Install]\nWantedBy=multi-user.target\n'

  test('removes every line of the directive and writes the new ones where the first was', () => {
    const replaced = replaceInSections(unit, new Map([['Service', new Map([['Environment', ['C=3', 'D=4']]])]]))
    expect(replaced).toBe(
      '[Unit]\nDescription=x\n\n[Service]\nEnvironment=C=3\nEnvironment=D=4\nUser=app\n\n[Install]\nWantedBy=multi-user.target\n',
    )
  })

  test('touches only the section named, and appends what the section lacks', () => {
    const replaced = replaceInSections(
      unit,
      new Map([
        ['Unit', new Map([['Environment', ['no']]])],
        ['Install', new Map([['Alias', ['y.service']]])],
      ]),
    )
    expect(replaced).toContain('[Service]\nEnvironment=A=1\nUser=app\nEnvironment=B=2\n')
    expect(replaced).toContain('[Unit]\nDescription=x\nEnvironment=no\n')
    expect(replaced.endsWith('WantedBy=multi-user.target\nAlias=y.service\n')).toBe(true)
  })
})

describe('the reset form', () => {
  const known = (section: string, name: string): KnownDirective => {
    const lookup = lookUpDirective(section, name)
    if (lookup.kind !== 'known') throw new Error(`${name} unknown`)
    return lookup.directive
  }
  test('is for lists only', () => {
    for (const [section, name] of [
      ['Service', 'Environment'],
      ['Service', 'SystemCallFilter'],
      ['Service', 'ReadWritePaths'],
      ['Unit', 'Wants'],
      ['Unit', 'ConditionPathExists'],
      ['Install', 'WantedBy'],
    ] as const)
      expect([name, takesReset(known(section, name))]).toEqual([name, true])
    for (const [section, name] of [
      ['Service', 'Nice'],
      ['Service', 'Restart'],
      ['Unit', 'Description'],
    ] as const)
      expect([name, takesReset(known(section, name))]).toEqual([name, false])
  })
})

describe('checkSpecifiers', () => {
  test('passes known specifiers and %%, refuses an unknown one and a lone %', () => {
    expect(checkSpecifiers('%n at 100%% of %H')).toBeUndefined()
    expect(checkSpecifiers('100%Q')).toBe('uses the unknown specifier "%Q"; write "%%" for a literal "%"')
    expect(checkSpecifiers('100%')).toBe('ends the value with a lone "%"; write "%%" for a literal "%"')
  })
})
