import { SystemdUnitsError } from '../shared/errors.js'
import { onPath } from './on-path.js'
import type { VerifyMessage } from './verify/parse-output.js'
import type { UnitFile } from '../units/unit-file.js'

export const VERIFY_MODES = ['auto', 'true', 'false'] as const
export type VerifyMode = (typeof VERIFY_MODES)[number]

/** What verification found, for annotations and the job summary. */
export interface VerifyReport {
  /** Why verification did not run (`verify: false`, or `auto` without systemd-analyze); undefined when it ran. */
  skipped?: string
  /** Messages per unit file name, in unit order; an empty list means the unit verified cleanly. */
  units: Array<{ name: string; messages: VerifyMessage[] }>
  /** Messages systemd-analyze printed about no unit in particular. */
  general: VerifyMessage[]
  /** Units ours depend on that the runner lacks, verified against a stand-in. */
  standIns?: string[]
}

/**
 * Prove the generated units with `systemd-analyze verify` before anything is written.
 * Any message fails: a warning means systemd would ignore something the user asked for.
 * The verifier (and node:child_process with it) loads only when verification runs.
 */
export async function verifyGenerated(units: readonly UnitFile[], mode: VerifyMode): Promise<VerifyReport> {
  if (mode === 'false') return { skipped: 'verify: false', units: [], general: [] }
  const available =
    onPath('systemd-analyze') &&
    (await import('./verify/verify-units.js').then((verifier) => verifier.systemdAnalyzeAvailable()))
  if (!available) {
    if (mode === 'auto') return { skipped: 'systemd-analyze is not installed on this runner', units: [], general: [] }
    throw new SystemdUnitsError(
      'verify is true, but systemd-analyze is not installed (it comes with the systemd package)',
      { kind: 'input', name: 'verify' },
    )
  }
  const { verifyUnits } = await import('./verify/verify-units.js')
  const { messages, standIns } = await verifyUnits(units, { standIns: true })
  return {
    standIns,
    units: units.map((unit) => ({
      name: unit.name,
      messages: messages.filter((message) => message.unit === unit.name),
    })),
    general: messages.filter((message) => !units.some((unit) => unit.name === message.unit)),
  }
}

export function verifyFailed(report: VerifyReport): boolean {
  return report.general.length > 0 || report.units.some((unit) => unit.messages.length > 0)
}
