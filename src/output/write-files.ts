import {
  accessSync,
  constants,
  linkSync,
  lstatSync,
  mkdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { SystemdUnitsError } from '../shared/errors.js'
import { notRegular } from '../shared/boundary.js'
import type { UnitFile } from '../units/unit-file.js'
import { errnoOf, writeFailure } from './write-errors.js'
import { Interrupted, SignalGuard } from './signal-guard.js'

let writes = 0

/** One file to put in place: its target, its staged copy, and the old file kept for a rollback. */
interface Placement {
  target: string
  staged: string
  /** A hard link to the file the target holds now; undefined when the target is new. */
  backup: string | undefined
}

/**
 * Write files into `directory`, all of them or none:
 * 1. check every target: a directory, a symbolic link or a special file where a file goes is an
 *    error naming each one, before anything is written; so is a directory the user cannot write;
 * 2. stage every file under a temporary name (`.tmp-*`) beside its target, and keep a hard link
 *    to each file about to be replaced;
 * 3. rename each staged file over its target (a rename replaces a name, never writes through a
 *    link, so nothing lands outside the directory); if one fails, the files already renamed are
 *    put back from their links, and new ones removed.
 * Staged files and links are removed on failure, and on SIGTERM or SIGINT while staging, after
 * which the signal ends the process as it would have. Errors name the path and what to do.
 *
 * The file I/O is synchronous on purpose: a one-shot process gains nothing from the thread pool,
 * and `node:fs/promises` costs more start-up time than the writes themselves (`npm run bench`);
 * between files the event loop turns once, so a signal is seen while staging.
 */
export async function writeFilesAtomically(directory: string, files: readonly UnitFile[]): Promise<string[]> {
  const targets = files.map((file) => containedPath(directory, file.name))
  const created = makeDirectory(directory)
  const placements: Placement[] = []
  const renamed: Placement[] = []
  const guard = new SignalGuard()
  try {
    checkTargets(directory, targets)
    // Unique per process and call; 'wx' refuses an existing file rather than trusting the name.
    // Not derived from the target's name: a unit name may take all 255 bytes a file name has.
    const prefix = join(directory, `.tmp-${process.pid}-${Date.now()}-${++writes}-`)
    for (const [index, file] of files.entries()) {
      const target = targets[index]!
      const placement: Placement = { target, staged: `${prefix}${index}`, backup: undefined }
      placements.push(placement)
      attempt(target, 'stage', () => writeFileSync(placement.staged, file.content, { mode: 0o644, flag: 'wx' }))
      if (exists(target)) {
        placement.backup = `${prefix}${index}-previous`
        attempt(target, 'keep the previous', () => linkSync(target, placement.backup!))
      }
      await guard.checkpoint()
    }
    for (const placement of placements) {
      attempt(placement.target, 'replace', () => renameSync(placement.staged, placement.target))
      renamed.push(placement)
    }
  } catch (error) {
    rollBack(renamed)
    for (const placement of placements) removeQuietly(placement.staged, placement.backup)
    if (created !== undefined) removeEmptyDirectories(directory, created)
    guard.release()
    throw error instanceof Interrupted
      ? new SystemdUnitsError(`stopped by ${error.signal} while writing into ${directory}; nothing was changed`)
      : error
  }
  for (const placement of placements) removeQuietly(placement.backup)
  // A signal that came during the renames: everything is in place, so the process may end now.
  await guard.checkpoint().catch(() => undefined)
  guard.release()
  return targets
}

/** Run one step on `path`, turning an errno failure into a message that says what to do. */
function attempt(path: string, what: string, step: () => void): void {
  try {
    step()
  } catch (error) {
    throw writeFailure(error, path, what)
  }
}

/** mkdir -p; returns the first directory it created, or undefined when all existed. */
function makeDirectory(directory: string): string | undefined {
  try {
    return mkdirSync(directory, { recursive: true })
  } catch (error) {
    throw writeFailure(error, directory, 'create the directory')
  }
}

/** Every target must be a regular file or absent, in a directory this process may write. */
function checkTargets(directory: string, targets: readonly string[]): void {
  attempt(directory, 'write into', () => accessSync(directory, constants.W_OK | constants.X_OK))
  const problems = targets.flatMap((target) => {
    const kind = notRegularFile(target)
    return kind === undefined ? [] : [`${target} is ${kind}`]
  })
  if (problems.length > 0)
    throw new SystemdUnitsError(
      `cannot write the files: ${problems.join('; ')}. Only a regular file is replaced: remove or rename what is there, then run again; nothing was written`,
    )
}

/** What a target that cannot be replaced is; undefined for a regular file or no file. */
function notRegularFile(target: string): string | undefined {
  let stats
  try {
    stats = lstatSync(target)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined
    throw writeFailure(error, target, 'inspect')
  }
  if (stats.isDirectory()) return 'a directory (EISDIR)'
  if (stats.isSymbolicLink()) return 'a symbolic link (files are written in place of a link, never through one)'
  return notRegular(stats)
}

function exists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

/** Put back what the renames replaced, last first: the previous file from its link, or no file. */
function rollBack(renamed: readonly Placement[]): void {
  for (const placement of [...renamed].reverse()) {
    try {
      if (placement.backup === undefined) rmSync(placement.target, { force: true })
      else renameSync(placement.backup, placement.target)
    } catch {
      // Nothing better is left to do: the error that started the rollback is the one to report.
    }
  }
}

function removeQuietly(...paths: Array<string | undefined>): void {
  for (const path of paths) if (path !== undefined) rmSync(path, { force: true })
}

/** Remove the directories makeDirectory created, deepest first, as long as they are empty. */
function removeEmptyDirectories(directory: string, created: string): void {
  for (let path = resolve(directory); path.length >= resolve(created).length; path = dirname(path)) {
    try {
      rmdirSync(path)
    } catch {
      return
    }
  }
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
