/**
 * Proves generated unit files with `systemd-analyze verify`. systemd treats
 * most mistakes (unknown keys, bad values, unquoted words) as warnings and
 * still exits 0, so the verdict comes from reading its output, not its status.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { writeFailure } from '../../output/write-errors.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SystemdUnitsError } from '../../shared/errors.js'
import { parseVerifyOutput, type VerifyMessage } from './parse-output.js'
import { runSystemdAnalyze } from '../run-systemd-analyze.js'
import { stageRoot } from './stage-root.js'
import type { UnitFile } from '../../units/unit-file.js'

export interface VerifyResult {
  /** true when systemd-analyze exited 0 and printed no message about our units. */
  ok: boolean
  messages: VerifyMessage[]
  /** Units ours depend on that this machine lacks, verified against a stand-in (with `standIns`). */
  standIns: string[]
}

export interface VerifyOptions {
  /** systemd-analyze binary (default: `systemd-analyze` on PATH). */
  systemdAnalyze?: string
  /** The host unit directory copied into the root (default: the first of /lib/systemd/system, /usr/lib/systemd/system that exists). */
  systemUnitDir?: string
  /** Stand in for units ours depend on that this machine lacks, instead of reporting them missing. */
  standIns?: boolean
}

const DEFAULT_SYSTEM_UNIT_DIRS = ['/lib/systemd/system', '/usr/lib/systemd/system']

/** True when systemd-analyze runs here and there are host units to verify against (for `verify: auto`). */
export async function systemdAnalyzeAvailable(options: VerifyOptions = {}): Promise<boolean> {
  try {
    const run = await runSystemdAnalyze(systemdAnalyzeBinary(options), ['--version'])
    return run.exitCode === 0 && (await systemUnitDir(options)) !== undefined
  } catch {
    return false
  }
}

/** Stages `units` in a temporary root with stub executables and verifies them together. Always removes the temp root. */
export async function verifyUnits(units: readonly UnitFile[], options: VerifyOptions = {}): Promise<VerifyResult> {
  if (units.length === 0) return { ok: true, messages: [], standIns: [] }
  const hostUnits = await systemUnitDir(options)
  if (hostUnits === undefined) {
    const looked = options.systemUnitDir ?? DEFAULT_SYSTEM_UNIT_DIRS.join(', ')
    throw new SystemdUnitsError(`cannot verify units: no system unit directory (looked for ${looked})`)
  }
  const root = await mkdtemp(join(tmpdir(), 'systemd-units-verify-')).catch((error: unknown) => {
    throw writeFailure(error, tmpdir(), 'make a directory for systemd-analyze verify in')
  })
  try {
    // A full disk or a file size limit fails here first, in the temporary directory: say so.
    const staging = stageRoot(root, units, hostUnits, { standIns: options.standIns })
    const { unitPaths, standIns } = await staging.catch((error: unknown) => {
      throw writeFailure(error, root, 'stage the units for systemd-analyze verify in')
    })
    // No --recursive-errors (measured on 252): without it, warnings exit 0 but are
    // in the messages, and errors exit non-zero; `yes` also fails on host units'
    // warnings, `no` stops checking that Requires= targets exist.
    const run = await runSystemdAnalyze(systemdAnalyzeBinary(options), [
      'verify',
      `--root=${root}`,
      '--man=no',
      '--generators=no',
      ...unitPaths,
    ])
    const messages = parseVerifyOutput(run.output, root, new Set(units.map(({ name }) => name)))
    // A failure should always come with a reason to show.
    if (run.exitCode !== 0 && messages.length === 0) {
      messages.push({ unit: '', text: `systemd-analyze verify exited with status ${run.exitCode}` })
    }
    return { ok: run.exitCode === 0 && messages.length === 0, messages, standIns }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

function systemdAnalyzeBinary(options: VerifyOptions): string {
  return options.systemdAnalyze ?? 'systemd-analyze'
}

/** The given directory, or the first default that exists; undefined when there is none. */
async function systemUnitDir(options: VerifyOptions): Promise<string | undefined> {
  for (const dir of options.systemUnitDir !== undefined ? [options.systemUnitDir] : DEFAULT_SYSTEM_UNIT_DIRS) {
    if (
      await stat(dir).then(
        (stats) => stats.isDirectory(),
        () => false,
      )
    )
      return dir
  }
  return undefined
}
