/**
 * The exposure of every hardening profile for every runtime: a throwaway project per runtime,
 * its main service generated with each profile and scored by systemd-analyze security, for the
 * tests that hold the profiles to their targets (npm run bench reads the same scores from
 * dist/index.js's exposure output).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateUnits } from '../../src/jobs/generate.js'
import { RUNTIMES, type ProfileName, type Runtime } from '../../src/units/hardening/profiles.js'
import { scoreUnits, type UnitExposure } from '../../src/validate/exposure/score.js'
import type { TargetName } from '../../src/systemd/targets.js'

/** The smallest project of each runtime, as its manifest declares it: a network service each. */
const RUNTIME_PROJECTS: Record<Runtime, Record<string, string>> = {
  beam: {
    'mix.exs':
      'defmodule Bench.MixProject do\n  use Mix.Project\n  def project, do: [app: :bench_app, version: "1.0.0"]\nend\n',
  },
  node: { 'package.json': JSON.stringify({ name: 'bench-app', version: '1.0.0', main: 'server.js' }) },
  python: {
    'pyproject.toml':
      '[project]\nname = "bench-app"\nversion = "1.0.0"\n\n[project.scripts]\nbench-app = "bench_app:main"\n',
  },
  native: { 'Cargo.toml': '[package]\nname = "bench-app"\nversion = "1.0.0"\n' },
}

/** The configuration that selects each profile. */
const PROFILE_CONFIG: Record<ProfileName, string> = {
  none: '',
  paranoia: 'paranoia: true\n',
  standard: 'hardening: standard\n',
  strict: 'hardening: strict\n',
}

const MATRIX_PROFILES: readonly ProfileName[] = ['none', 'paranoia', 'standard', 'strict']

/** The main service of a `runtime` project with `profile` for `target`, scored. */
export async function profileExposure(
  profile: ProfileName,
  runtime: Runtime,
  target: TargetName = 'debian-12',
): Promise<UnitExposure> {
  const dir = await mkdtemp(join(tmpdir(), 'systemd-units-exposure-'))
  try {
    for (const [name, content] of Object.entries(RUNTIME_PROJECTS[runtime])) await writeFile(join(dir, name), content)
    await writeFile(join(dir, '.systemd.yml'), `target: ${target}\n${PROFILE_CONFIG[profile]}`)
    const generated = await generateUnits({ workingDirectory: dir })
    const [main] = await scoreUnits(generated.units.slice(0, 1))
    return main!
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Markdown: one row per profile, one column per runtime. */
export async function exposureTable(target: TargetName = 'debian-12'): Promise<string> {
  const lines = [`| profile (${target}) | ${RUNTIMES.join(' | ')} |`, `| --- |${' ---: |'.repeat(RUNTIMES.length)}`]
  for (const profile of MATRIX_PROFILES) {
    const scores = await Promise.all(RUNTIMES.map((runtime) => profileExposure(profile, runtime, target)))
    lines.push(`| ${profile} | ${scores.map((score) => score.exposure.toFixed(1)).join(' | ')} |`)
  }
  return lines.join('\n')
}
