/**
 * Scores generated services with `systemd-analyze security --offline=true`: the exposure systemd
 * itself assigns a unit file (0.0 locked down, 10.0 unprotected) and the checks that cost points.
 * The units are staged in a temporary root so no unit or drop-in of the machine running us
 * changes the score.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SystemdUnitsError } from '../../shared/errors.js'
import { parseSecurityOutput, type UnitExposure } from './parse-output.js'
import type { UnitFile } from '../../units/unit-file.js'
import { runSystemdAnalyze } from '../run-systemd-analyze.js'
import { OUR_UNIT_DIR } from '../verify/stage-root.js'

export type { ExposureCheck, UnitExposure } from './parse-output.js'

export interface ScoreOptions {
  /** systemd-analyze binary (default: `systemd-analyze` on PATH). */
  systemdAnalyze?: string
}

/** The exposure of every service among `units` (other unit types have no score), in order. */
export async function scoreUnits(units: readonly UnitFile[], options: ScoreOptions = {}): Promise<UnitExposure[]> {
  const services = units.filter(({ name }) => name.endsWith('.service'))
  if (services.length === 0) return []
  const root = await mkdtemp(join(tmpdir(), 'systemd-units-security-'))
  try {
    await mkdir(join(root, OUR_UNIT_DIR), { recursive: true })
    await Promise.all(services.map(({ name, content }) => writeFile(join(root, OUR_UNIT_DIR, name), content)))
    // Under --root, unit names are looked up in the root's unit directories (measured on 252).
    const run = await runSystemdAnalyze(options.systemdAnalyze ?? 'systemd-analyze', [
      'security',
      '--offline=true',
      `--root=${root}`,
      '--no-pager',
      ...services.map(({ name }) => name),
    ])
    const scores = parseSecurityOutput(run.output)
    const missing = services.filter(({ name }) => !scores.some((score) => score.unit === name))
    if (run.exitCode !== 0 || missing.length > 0) {
      throw new SystemdUnitsError(
        `systemd-analyze security could not score ${missing.map(({ name }) => name).join(', ') || 'the units'}: ${run.output.trim().split('\n').slice(-3).join(' ')}`,
      )
    }
    return services.map(({ name }) => scores.find((score) => score.unit === name)!)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
