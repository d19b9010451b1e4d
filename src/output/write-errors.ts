import { SystemdUnitsError, type SourceLocation } from '../shared/errors.js'

/**
 * What each errno a write can fail with means for the user, and what to do about it: the one
 * table every write (unit files, templates, archives) takes its messages from, so no error is
 * raw errno text alone. Meanings from errno(3), open(2), rename(2), write(2) and mkdir(2).
 */
const WRITE_ERRNO_ADVICE: Readonly<Record<string, string>> = {
  EACCES: "permission denied: give the step's user write access to the directory, or choose another directory",
  EPERM:
    'not permitted (an immutable or append-only file or directory, see chattr(1), or a sealed mount): lift the attribute or choose another directory',
  EROFS: 'the file system is read-only: choose a directory on a writable file system',
  ENOSPC: 'no space left on the device: free disk space on the runner, or choose another file system',
  EDQUOT: 'the disk quota is used up: free space or raise the quota',
  EFBIG:
    'the file is larger than this process may write (RLIMIT_FSIZE, `ulimit -f`) or the file system allows: raise the limit',
  EISDIR: 'a directory is where a file goes: remove or rename the directory',
  ENOTDIR: 'a file is where a directory goes: remove or rename the file, or choose another directory',
  EEXIST: 'a file is in the way: remove it, or choose another directory',
  ENOENT: 'a directory on the way is missing (removed while the run wrote?): run again',
  ENAMETOOLONG: 'the path is longer than the file system allows: choose a shorter directory',
  ELOOP: 'a symbolic link loop is on the way: remove the link',
  EMFILE: 'the process has too many open files: raise `ulimit -n`',
  ENFILE: 'the system has too many open files: try again later',
  EBUSY: 'the file is in use (a mount point?): choose another path',
  EXDEV: 'the file would cross file systems: keep the directory on one file system',
  EIO: "the device reported an I/O error: check the runner's disk",
}

/** The errno code of a failed system call, if it is one. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined
}

/**
 * A failed write as the user reads it: the path, what went wrong and what to do, with the errno
 * code for searching. Errors that are not errno failures pass through unchanged.
 */
export function writeFailure(error: unknown, path: string, what = 'write', location?: SourceLocation): unknown {
  if (error instanceof SystemdUnitsError) return error
  const code = errnoOf(error)
  if (code === undefined) return error
  const advice = WRITE_ERRNO_ADVICE[code] ?? `the system call failed: ${(error as Error).message}`
  return new SystemdUnitsError(`cannot ${what} ${path}: ${advice} (${code}); nothing was changed`, location)
}
