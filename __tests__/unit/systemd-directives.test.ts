import { describe, expect, test } from '@jest/globals'
import { lookUpDirective, UNIT_SECTIONS } from '../../src/systemd/directives.js'
import { knownDirectives, OLDEST_ACCEPTED, SYSTEMD_VERSIONS } from '../../src/systemd/versions.js'

describe('the directive table systemd generated', () => {
  test('has every section of systemd.unit(5) and the per-type pages', () => {
    expect(UNIT_SECTIONS).toEqual(
      expect.arrayContaining(['Unit', 'Service', 'Socket', 'Mount', 'Timer', 'Path', 'Slice', 'Install']),
    )
  })

  test('knows a directive in each section that takes it, with its type and release', () => {
    expect(lookUpDirective('Service', 'ExecReload')).toMatchObject({
      kind: 'known',
      directive: { type: 'PATH [ARGUMENT [...]]', sections: ['Service'] },
    })
    expect(lookUpDirective('Service', 'MemoryMax')).toMatchObject({ kind: 'known', directive: { since: 231 } })
    expect(lookUpDirective('Socket', 'MemoryMax')).toMatchObject({ kind: 'known' })
    expect(lookUpDirective('Service', 'RestartSteps')).toMatchObject({ kind: 'known', directive: { since: 254 } })
    expect(lookUpDirective('Unit', 'After')).toEqual({
      kind: 'known',
      directive: { name: 'After', type: 'UNIT [...]', sections: ['Unit'] },
    })
  })

  test('says where a directive of another section belongs, and suggests the closest name for a typo', () => {
    expect(lookUpDirective('Service', 'WantedBy')).toEqual({ kind: 'other-section', sections: ['Install'] })
    expect(lookUpDirective('Service', 'ExecRelaod')).toEqual({ kind: 'unknown', closest: 'ExecReload' })
    expect(lookUpDirective('Servce', 'ExecStart')).toEqual({ kind: 'unknown-section', closest: 'Service' })
  })

  test('agrees with the hand-checked NEWS quotes of versions.ts on every directive both know', () => {
    const disagreements = knownDirectives.flatMap((name) => {
      const curated = SYSTEMD_VERSIONS.directives[name]!.since
      const known = ['Unit', 'Service', 'Install', 'Path']
        .map((section) => lookUpDirective(section, name))
        .find((lookup) => lookup.kind === 'known')
      if (known?.kind !== 'known') return []
      const generated = known.directive.since ?? OLDEST_ACCEPTED
      return generated === Math.max(curated, OLDEST_ACCEPTED) ? [] : [`${name}: ${generated} vs ${curated}`]
    })
    expect(disagreements).toEqual([])
  })
})
