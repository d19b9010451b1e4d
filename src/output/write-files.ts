import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { SystemdUnitsError } from '../shared/errors.js'

import type { UnitFile } from '../units/unit-file.js'

let writes = 0

/**
 * Write files into `directory`: every file goes to a temporary name first, and only when all
 * are staged is each renamed over its target, so a failure while staging changes nothing.
 * A rename replaces a symlink instead of writing through it, so no file lands outside the directory.
 *
 * The file I/O on the generate path is synchronous on purpose: a one-shot process gains
 * nothing from the thread pool, and `node:fs/promises` plus an event-loop round trip per
 * call cost more start-up time than the reads and writes themselves (`npm run bench`).
 */
export function writeFilesAtomically(directory: string, files: readonly UnitFile[]): string[] {
  const targets = files.map((file) => containedPath(directory, file.name))
  mkdirSync(directory, { recursive: true })
  // Unique per process and call; 'wx' refuses an existing file rather than trusting the name.
  // Not derived from the target's name: a unit name may take all 255 bytes a file name has.
  const prefix = join(directory, `.tmp-${process.pid}-${Date.now()}-${++writes}-`)
  const staged: string[] = []
  try {
    for (const [index, file] of files.entries()) {
      const temporary = prefix + index
      writeFileSync(temporary, file.content, { mode: 0o644, flag: 'wx' })
      staged.push(temporary)
    }
    for (const [index, temporary] of staged.entries()) renameSync(temporary, targets[index]!)
  } catch (error) {
    for (const temporary of staged) rmSync(temporary, { force: true })
    throw error
  }
  return targets
}

/** `directory/name`, refusing any name that would resolve outside `directory`. */
function containedPath(directory: string, name: string): string {
  const target = resolve(directory, name)
  const inside = relative(resolve(directory), target)
  if (name.includes('/') || name.includes(sep) || inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new SystemdUnitsError(
      `refusing to write ${JSON.stringify(name)}: it is not a plain file name inside ${directory}`,
    )
  }
  return join(directory, name)
}
