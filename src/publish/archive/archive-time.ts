import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { SystemdUnitsError } from '../../shared/errors.js'
import type { Environment } from '../../shared/environment.js'
import { sourceDateEpoch } from '../publish-checks.js'

const run = promisify(execFile)

/**
 * The timestamp every archive entry gets, so the same sources give the same bytes:
 * SOURCE_DATE_EPOCH when set (reproducible-builds.org/specs/source-date-epoch), else the
 * time of the commit checked out in `directory`.
 */
export async function archiveTime(directory: string, env: Environment = process.env): Promise<number> {
  const epoch = sourceDateEpoch(env)
  if (epoch !== undefined) return epoch
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%ct'], { cwd: directory })
    const seconds = Number(stdout.trim())
    if (stdout.trim() !== '' && Number.isInteger(seconds)) return seconds
  } catch {
    // Not a checkout, or no commit yet: the error below says what to do.
  }
  throw new SystemdUnitsError(
    `archive timestamps come from SOURCE_DATE_EPOCH or the checked-out commit, and ${directory} has neither: set SOURCE_DATE_EPOCH (seconds since 1970) or run in a git checkout`,
  )
}
