import { randomBytes } from 'node:crypto'
import { chmod, rename, rm, writeFile } from 'node:fs/promises'

/**
 * Replace `path` with `bytes` as one step: write a temporary file beside it, then rename it
 * over the target, so a reader never sees half a file and a failure leaves the old one.
 */
export async function replaceFile(path: string, bytes: Buffer, mode: number): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    await writeFile(temporary, bytes, { flag: 'wx', mode })
    await chmod(temporary, mode)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
