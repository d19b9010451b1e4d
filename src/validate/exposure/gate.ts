/**
 * The action's exposure step: score the generated services when systemd-analyze is on PATH,
 * and hold the main service to `max-exposure`. Runs before anything is written, so a unit
 * above the limit never lands.
 */
import { SystemdUnitsError, messageOf, type SourceLocation } from '../../shared/errors.js'
import { onPath } from '../on-path.js'
import type { Environment } from '../../shared/environment.js'
import type { UnitExposure } from './score.js'
import type { UnitFile } from '../../units/unit-file.js'

export interface ExposureReport {
  /** Per service, in order; empty when nothing was scored. */
  scores: UnitExposure[]
  /** Why nothing was scored, when it was not. */
  skipped?: string
}

const MAX_EXPOSURE_INPUT: SourceLocation = { kind: 'input', name: 'max-exposure' }

/** Score `units`; the first is the main service, the one `maxExposure` applies to. */
export async function assessExposure(
  units: readonly UnitFile[],
  maxExposure: number | undefined,
  env: Environment = process.env,
): Promise<ExposureReport> {
  if (!onPath('systemd-analyze', env)) {
    if (maxExposure !== undefined)
      throw new SystemdUnitsError('is set, but systemd-analyze is not on PATH to score the units', MAX_EXPOSURE_INPUT)
    return { scores: [], skipped: 'systemd-analyze is not on PATH' }
  }
  let scores: UnitExposure[]
  try {
    // Loaded only when it can run: it brings node:child_process, which generate alone does not need.
    const { scoreUnits } = await import('./score.js')
    scores = await scoreUnits(units)
  } catch (error) {
    if (maxExposure !== undefined)
      throw new SystemdUnitsError(`is set, but the units could not be scored: ${messageOf(error)}`, MAX_EXPOSURE_INPUT)
    return { scores: [], skipped: messageOf(error) }
  }
  const main = scores[0]
  // The helper units (restart, runtime environment) run their own small jobs unhardened.
  if (main && maxExposure !== undefined && main.exposure > maxExposure) {
    const costliest = main.costly.slice(0, 5).map((check) => `${check.name} ${check.exposure.toFixed(1)}`)
    throw new SystemdUnitsError(
      `${main.unit} scores ${main.exposure.toFixed(1)} (${main.rating}), above ${maxExposure.toFixed(1)}; the costliest checks: ${costliest.join(', ')}. Set hardening (or hardening_overrides) to lower it`,
      MAX_EXPOSURE_INPUT,
    )
  }
  return { scores }
}

/** The `exposure` output: each scored unit's score, by unit name. */
export function exposureOutput(report: ExposureReport): string {
  return JSON.stringify(Object.fromEntries(report.scores.map((score) => [score.unit, score.exposure])))
}

/** `max-exposure`: a score from 0.0 to 10.0, as systemd-analyze prints them (its --threshold takes it ×10). */
export function parseMaxExposure(value: string): number | undefined {
  if (value === '') return undefined
  const score = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || score > 10) {
    throw new SystemdUnitsError(
      `expected an exposure score from 0.0 to 10.0, got ${JSON.stringify(value)}`,
      MAX_EXPOSURE_INPUT,
    )
  }
  return score
}
