import { describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { exposureTable, profileExposure } from '../helpers/exposure-matrix.js'
import { RUNTIMES, type ProfileName } from '../../src/units/hardening/profiles.js'
import { scoreUnits } from '../../src/validate/exposure/score.js'
import { parseSecurityOutput } from '../../src/validate/exposure/parse-output.js'
import { runActionWithEnv } from '../helpers/action-env.js'
import { generateFor } from '../helpers/generate.js'
import { listFiles, makeProject, MIX_EXS, removeProject } from '../helpers/project.js'

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
    const { generated } = await generateFor({
      'mix.exs': MIX_EXS,
      '.systemd.yml': 'hardening: strict\nrestart_method: systemd_flag\nruntime_environment_service_script: env-file\n',
    })
    const scores = await scoreUnits(generated.units)
    expect(scores.map((score) => score.unit)).toEqual([
      'my-app.service',
      'my-app-restart.service',
      'my-app-runtime-environment.service',
    ])
    const [main] = scores
    expect(main!.rating).toBe('OK')
    expect(main!.costly.map((check) => check.name)).toEqual(
      expect.arrayContaining(['PrivateNetwork=', 'IPAddressDeny=']),
    )
    expect(main!.costly[0]).toEqual({
      name: 'PrivateNetwork=',
      description: "Service has access to the host's network",
      exposure: 0.5,
    })
    const costs = main!.costly.map((check) => check.exposure)
    expect(costs).toEqual([...costs].sort((a, b) => b - a))
  })

  test('a unit file of the machine running it does not change the score: units are read from a root of their own', async () => {
    const first = await scoreUnits([{ name: 'systemd-journald.service', content: '[Service]\nExecStart=/bin/true\n' }])
    expect(first[0]!.exposure).toBe(9.6)
  })

  test("fails with systemd-analyze's words when it cannot score", async () => {
    await expect(
      scoreUnits([{ name: 'x.service', content: '[Service]\nExecStart=/bin/true\n' }], {
        systemdAnalyze: '/nonexistent/systemd-analyze',
      }),
    ).rejects.toThrow(/could not run \/nonexistent\/systemd-analyze/)
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
      return (
        await run('systemd-analyze', ['security', '--offline=true', `--root=${root}`, '--no-pager', 'a.service'], {
          env,
        })
      ).stdout
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

describe('the action (dist/index.js)', () => {
  /** Runs the action on a mix project with `config`; returns the run and the files it left. */
  async function action(config: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
    // The exposure targets are measured for debian-12's systemd 252.
    const dir = await makeProject({ 'mix.exs': MIX_EXS, '.systemd.yml': `target: debian-12\n${config}` })
    try {
      const result = await runActionWithEnv(dir, inputs, { env })
      return { ...result, files: await listFiles(dir) }
    } finally {
      await removeProject(dir)
    }
  }

  test('sets exposure per service and shows the target, what was left out and what still costs points in the summary', async () => {
    const result = await action('hardening: strict\nrestart_method: systemd_flag\n', { target: 'rhel-8, debian-12' })
    expect(result.code).toBe(0)
    const exposure = JSON.parse(result.outputs['exposure']!) as Record<string, number>
    expect(Object.keys(exposure)).toEqual(['my-app.service', 'my-app-restart.service'])
    expect(exposure['my-app.service']).toBeLessThanOrEqual(2.0)
    expect(result.summary).toContain('Target: rhel-8, debian-12 (systemd 239); hardening: strict for beam.')
    expect(result.summary).toContain(
      'hardening strict: left out for rhel-8, debian-12 (systemd 239), which lacks them: ProtectKernelLogs= (244)',
    )
    expect(result.summary).toMatch(
      new RegExp(`\\| my-app\\.service \\| ${exposure['my-app.service']!.toFixed(1)} OK \\| PrivateNetwork= 0\\.5, `),
    )
    expect(result.stdout).toContain(
      '::warning title=systemd-units::hardening strict: left out for rhel-8, debian-12 (systemd 239)',
    )
  })

  test('max-exposure fails the step above it and writes nothing, naming the score and the costliest checks', async () => {
    const result = await action('hardening: standard\n', { 'max-exposure': '2.5' })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /::error title=systemd-units::input "max-exposure": my-app\.service scores 3\.\d \(OK\), above 2\.5; the costliest checks: PrivateNetwork= 0\.5, /,
    )
    expect(result.files).toEqual(['.systemd.yml', 'mix.exs'])
  })

  test('max-exposure at or above the score passes', async () => {
    const result = await action('hardening: strict\n', { 'max-exposure': '2' })
    expect(result.code).toBe(0)
  })

  test('a max-exposure that is not a score is refused', async () => {
    const result = await action('', { 'max-exposure': 'low' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error title=systemd-units::input "max-exposure": expected an exposure score from 0.0 to 10.0, got "low"',
    )
  })

  test('without systemd-analyze on PATH: nothing is scored, unless max-exposure asks for it', async () => {
    const unscored = await action('', {}, { PATH: '/nonexistent' })
    expect(unscored.code).toBe(0)
    expect(unscored.outputs['exposure']).toBe('{}')
    expect(unscored.summary).toContain('Exposure not scored: systemd-analyze is not on PATH.')
    const required = await action('', { 'max-exposure': '5' }, { PATH: '/nonexistent' })
    expect(required.code).toBe(1)
    expect(required.stdout).toContain(
      '::error title=systemd-units::input "max-exposure": is set, but systemd-analyze is not on PATH to score the units',
    )
  })

  test('an unknown target input is refused, naming the input', async () => {
    const result = await action('', { target: 'debian-12 centos-7' })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /::error title=systemd-units::input "target": target\[1\]: expected one of ubuntu-20\.04, .*got "centos-7"/,
    )
  })
})
