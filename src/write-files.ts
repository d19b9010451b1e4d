import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { SystemdUnitsError } from './errors.js'

export interface FileToWrite {
  /** File name inside the directory; never a path. */
  name: string
  content: string
}

let writes = 0

/**
 * Write files into `directory` all or nothing: every file goes to a temporary name first,
 * then each is renamed over its target. A rename replaces a symlink instead of writing
 * through it, so no file lands outside the directory.
 */
export async function writeFilesAtomically(directory: string, files: readonly FileToWrite[]): Promise<string[]> {
  const targets = files.map((file) => containedPath(directory, file.name))
  await mkdir(directory, { recursive: true })
  // Unique per process and call; 'wx' refuses an existing file rather than trusting the name.
  const suffix = `.tmp-${process.pid}-${Date.now()}-${++writes}`
  const staged: string[] = []
  try {
    for (const [index, file] of files.entries()) {
      const temporary = targets[index]! + suffix
      await writeFile(temporary, file.content, { mode: 0o644, flag: 'wx' })
      staged.push(temporary)
    }
    for (const [index, temporary] of staged.entries()) await rename(temporary, targets[index]!)
  } catch (error) {
    await Promise.all(staged.map((temporary) => rm(temporary, { force: true })))
    throw error
  }
  return targets
}

/** `directory/name`, refusing any name that would resolve outside `directory`. */
export function containedPath(directory: string, name: string): string {
  const target = resolve(directory, name)
  const inside = relative(resolve(directory), target)
  if (name.includes('/') || name.includes(sep) || inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new SystemdUnitsError(`refusing to write ${JSON.stringify(name)}: it is not a plain file name inside ${directory}`)
  }
  return join(directory, name)
}
