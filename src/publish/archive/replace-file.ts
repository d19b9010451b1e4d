import { randomBytes } from 'node:crypto'
import { chmod, rename, rm, writeFile } from 'node:fs/promises'
import { SystemdUnitsError, type SourceLocation } from '../../shared/errors.js'
import { Interrupted, SignalGuard } from '../../output/signal-guard.js'
import { writeFailure } from '../../output/write-errors.js'

/**
 * Replace `path` with `bytes` as one step: write a temporary file beside it, then rename it
 * over the target, so a reader never sees half a file and a failure leaves the old one. The
 * temporary file is removed on failure and on SIGTERM or SIGINT; errors say what to do.
 */
export async function replaceFile(path: string, bytes: Buffer, mode: number, location?: SourceLocation): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  const guard = new SignalGuard()
  try {
    await writeFile(temporary, bytes, { flag: 'wx', mode })
    await chmod(temporary, mode)
    await guard.checkpoint()
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    guard.release()
    throw error instanceof Interrupted
      ? new SystemdUnitsError(`stopped by ${error.signal} while writing ${path}; it was left as it was`, location)
      : writeFailure(error, path, 'write', location)
  }
  guard.release()
}
