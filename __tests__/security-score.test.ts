import { describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { exposureTable, profileExposure } from '../src/exposure-matrix.js'
import { RUNTIMES, type ProfileName } from '../src/hardening-profiles.js'
import { scoreUnits } from '../src/security-score.js'
import { parseSecurityOutput } from '../src/security-score/parse-output.js'
import { generateFor } from './helpers/generate.js'
import { MIX_EXS } from './helpers/project.js'

const run = promisify(execFile)

/** The scores measured on systemd 252 for a network service (the targets). */
const BOUNDS: Array<{ profile: ProfileName; expected: (score: number) => void }> = [
  { profile: 'none', expected: (score) => expect(score).toBe(9.2) },
  { profile: 'paranoia', expected: (score) => expect(score).toBe(7.0) },
  { profile: 'standard', expected: (score) => expect(score).toBeLessThanOrEqual(4.5) },
  { profile: 'strict', expected: (score) => expect(score).toBeLessThanOrEqual(2.0) },
]

describe('exposure of each profile × runtime, scored by systemd-analyze security on debian-12 (systemd 252)', () => {
  for (const { profile, expected } of BOUNDS) {
    for (const runtime of RUNTIMES) {
      test(`${profile} for ${runtime}`, async () => {
        expected((await profileExposure(profile, runtime, 'debian-12')).exposure)
      })
    }
  }
  test('as a table for npm run bench', async () => {
    const table = await exposureTable('debian-12')
    expect(table.split('\n')).toHaveLength(2 + 4)
    expect(table).toMatch(/^\| none \| 9\.2 \| 9\.2 \| 9\.2 \| 9\.2 \|$/m)
  })
})

describe('scoreUnits', () => {
  test('scores every service, in order, with the checks that still cost points, costliest first', async () => {
    const { generated } = await generateFor({ 'mix.exs': MIX_EXS, '.systemd.yml': 'hardening: strict\nrestart_method: systemd_flag\nruntime_environment_service_script: env-file\n' })
    const scores = await scoreUnits(generated.units)
    expect(scores.map((score) => score.unit)).toEqual(['my-app.service', 'my-app-restart.service', 'my-app-runtime-environment.service'])
    const [main] = scores
    expect(main!.rating).toBe('OK')
    expect(main!.costly.map((check) => check.name)).toEqual(expect.arrayContaining(['PrivateNetwork=', 'IPAddressDeny=']))
    expect(main!.costly[0]).toEqual({ name: 'PrivateNetwork=', description: "Service has access to the host's network", exposure: 0.5 })
    const costs = main!.costly.map((check) => check.exposure)
    expect(costs).toEqual([...costs].sort((a, b) => b - a))
  })

  test('a unit file of the machine running it does not change the score: units are read from a root of their own', async () => {
    const first = await scoreUnits([{ name: 'systemd-journald.service', content: '[Service]\nExecStart=/bin/true\n' }])
    expect(first[0]!.exposure).toBe(9.6)
  })

  test('fails with systemd-analyze\'s words when it cannot score', async () => {
    await expect(scoreUnits([{ name: 'x.service', content: '[Service]\nExecStart=/bin/true\n' }], { systemdAnalyze: '/nonexistent/systemd-analyze' })).rejects.toThrow(
      /could not run \/nonexistent\/systemd-analyze/,
    )
  })
})

describe('parseSecurityOutput', () => {
  /** Real output of systemd-analyze for one unit, in the given locale. */
  async function analyze(content: string, locale: string): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'security-parse-'))
    try {
      await mkdir(join(root, 'etc/systemd/system'), { recursive: true })
      await writeFile(join(root, 'etc/systemd/system/a.service'), content)
      const env = { PATH: process.env['PATH'] ?? '', LC_ALL: locale }
      return (await run('systemd-analyze', ['security', '--offline=true', `--root=${root}`, '--no-pager', 'a.service'], { env })).stdout
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  }

  const UNIT = '[Service]\nUser=app\nExecStart=/bin/true\nPrivateTmp=yes\n'

  test('reads the UTF-8 table and the ASCII one systemd prints in the C locale alike', async () => {
    const [utf8] = parseSecurityOutput(await analyze(UNIT, 'C.UTF-8'))
    const [ascii] = parseSecurityOutput(await analyze(UNIT, 'C'))
    expect(utf8!.unit).toBe('a.service')
    expect(utf8!.exposure).toBeGreaterThan(8)
    expect(utf8!.costly.length).toBeGreaterThan(10)
    expect(utf8!.costly.map((check) => check.name)).not.toContain('PrivateTmp=')
    expect(ascii).toEqual(utf8)
  })
})
