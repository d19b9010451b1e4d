import * as nodeFs from 'node:fs'
import { constants, type Stats } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { atLine, SystemdUnitsError, type SourceLocation } from './errors.js'
import { formatBytes } from './text.js'

/**
 * The one place a run may read from (SECURITY.md, "The boundary"). Much of what names a path is
 * repository content a pull request can change: `.systemd.yml`, the `settings` input, templates,
 * manifests, a committed symlink. Those paths must resolve, symlinks followed, inside the
 * workspace. The caller's own inputs (`output-dir`, `config`, `append-to` and the like, and the
 * CLI's flags) may also name a place under RUNNER_TEMP (and, for the CLI, the current directory),
 * as actions/checkout confines `path` to the workspace.
 */
export interface Boundary {
  /** Real paths repository content may name: the workspace (action) or --dir (CLI). */
  readonly content: readonly string[]
  /** Real paths the caller's own inputs may name: `content` and RUNNER_TEMP (and the CLI's cwd). */
  readonly inputs: readonly string[]
}

/** Where a path came from: repository content, or an input the caller set. */
export type PathOrigin = 'content' | 'input'

/** The file system calls the boundary makes, injected so tests can stand in for the disk. */
export interface BoundaryFs {
  lstatSync(path: string, options: { throwIfNoEntry: false }): Stats | undefined
  readlinkSync(path: string): string
  realpathSync(path: string): string
  openSync(path: string, flags: number): number
  fstatSync(fd: number): Stats
  readSync(fd: number, buffer: Buffer, offset: number, length: number, position: number | null): number
  closeSync(fd: number): void
}

const diskFs: BoundaryFs = nodeFs

/**
 * The most a config file, manifest or template may hold (SECURITY.md): the largest real ones are a
 * few kilobytes, and anything read is held whole in memory and parsed.
 */
export const MAX_TEXT_FILE_BYTES = 2 ** 20

/** path_resolution(7): the kernel gives up after 40 symbolic links; so do we. */
const MAX_SYMLINKS = 40

/**
 * The boundary for a workspace; `inputRoots` are the other places inputs may name (RUNNER_TEMP,
 * the CLI's cwd). Roots are taken by their real path, so a workspace behind a symlink (/tmp on
 * macOS) still contains its own files. A root that does not exist contains nothing and is dropped.
 */
export function makeBoundary(
  workspace: string,
  inputRoots: ReadonlyArray<string | undefined> = [],
  fs: BoundaryFs = diskFs,
): Boundary {
  const real = (path: string): string | undefined => {
    try {
      return fs.realpathSync(resolve(path))
    } catch {
      return undefined
    }
  }
  const content = [real(workspace) ?? resolve(workspace)]
  const extra = inputRoots.flatMap((root) => (root ? [real(root)].filter((path) => path !== undefined) : []))
  return { content, inputs: [...new Set([...content, ...extra])] }
}

/** A path resolved as the kernel would open it: every symlink that exists followed. */
export interface ResolvedPath {
  /** The real path (its existing part without symlinks; a missing tail appended as written). */
  real: string
  /** Whether `real` exists. */
  exists: boolean
  /** The last symlink followed and its target, when that target does not exist (a dangling link). */
  dangling?: { link: string; target: string }
}

/**
 * Resolve `path` (absolute) component by component as path_resolution(7) does: `..` after a
 * symlink climbs from the link's target, not from the link. Once a component does not exist, the
 * rest is joined as written (nothing below it can be a symlink).
 */
export function resolvePath(path: string, fs: BoundaryFs = diskFs): ResolvedPath {
  const pending = path.split('/').reverse()
  let current = '/'
  let links = 0
  let lastLink: { link: string; target: string } | undefined
  while (pending.length > 0) {
    const part = pending.pop()!
    if (part === '' || part === '.') continue
    if (part === '..') {
      current = resolve(current, '..')
      continue
    }
    const next = join(current, part)
    const stats = fs.lstatSync(next, { throwIfNoEntry: false })
    if (stats === undefined) {
      const rest = pending.reverse().join('/')
      return { real: resolve(next, rest), exists: false, ...(lastLink ? { dangling: lastLink } : {}) }
    }
    if (stats.isSymbolicLink()) {
      if (++links > MAX_SYMLINKS) throw new Error(`too many levels of symbolic links at ${next}`)
      const target = fs.readlinkSync(next)
      lastLink = { link: next, target }
      pending.push(...target.split('/').reverse())
      if (isAbsolute(target)) current = '/'
      continue
    }
    lastLink = undefined
    current = next
  }
  return { real: current, exists: true }
}

const inside = (path: string, root: string): boolean =>
  path === root || path.startsWith(root.endsWith('/') ? root : `${root}/`)

/** What a path that is not a regular file is, for messages; `undefined` for a regular file. */
export function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined
  if (stats.isDirectory()) return 'a directory'
  if (stats.isSymbolicLink()) return 'a symbolic link'
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isSocket()) return 'a socket'
  return 'a device'
}

/** A path to check: where it came from and where an error about it points. */
export interface PathRequest {
  /** Absolute, or relative to `base`. */
  path: string
  base: string
  origin: PathOrigin
  /** The setting or input that named the path (file:line:key for a key of .systemd.yml), or the file itself. */
  location: SourceLocation
  /** What the path is, for messages: "config file", "output directory". */
  what: string
}

/**
 * The path's real location, refusing one outside the boundary: the error names the setting or
 * input and the resolved path. Used before every read, and before anything is written.
 */
export function confinePath(boundary: Boundary, request: PathRequest, fs: BoundaryFs = diskFs): ResolvedPath {
  // resolve() folds "x/.." as text first, as every later node:fs call on the path will: what is
  // checked is what is then opened (readTextFile opens the real path it returns).
  let resolved: ResolvedPath
  try {
    resolved = resolvePath(resolve(request.base, request.path), fs)
  } catch (error) {
    throw new SystemdUnitsError(`${request.what} ${request.path}: ${(error as Error).message}`, request.location)
  }
  const roots = request.origin === 'content' ? boundary.content : boundary.inputs
  if (!roots.some((root) => inside(resolved.real, root))) {
    const where =
      roots.length === 1 ? `the workspace ${roots[0]}` : `the workspace ${roots[0]} or ${roots.slice(1).join(', ')}`
    const via = resolved.real === resolve(request.base, request.path) ? '' : ' (symbolic links followed)'
    throw new SystemdUnitsError(
      `${request.what} ${request.path} resolves to ${resolved.real}${via}, outside ${where}: ` +
        `${request.origin === 'content' ? 'repository content' : 'an input'} may only name paths inside it`,
      request.location,
    )
  }
  return resolved
}

/** How a text file is read: what it is, how it shows in messages, and whether it may be absent. */
export interface TextFileRequest extends PathRequest {
  /** The file as messages show it, relative to the working directory. */
  file: string
  /** An absent file is `undefined`; otherwise it is an error. A dangling symlink is an error either way. */
  optional: boolean
  /** Templates: refuse every control character but newline and tab, as well as NUL. */
  controlCharacters?: 'refuse'
}

/**
 * Read a text file the boundary allows: a regular file (never a FIFO, device, socket or
 * directory), at most MAX_TEXT_FILE_BYTES, valid UTF-8 without NUL bytes. lstat before opening,
 * so a device is never opened; O_NONBLOCK, so a FIFO swapped in since cannot block the open;
 * O_NOFOLLOW on the resolved path and fstat on what was opened, so what is read is what was checked.
 */
export function readTextFile(
  boundary: Boundary,
  request: TextFileRequest,
  fs: BoundaryFs = diskFs,
): string | undefined {
  const resolved = confinePath(boundary, request, fs)
  const at: SourceLocation = { kind: 'file', file: request.file }
  const fail = (reason: string, line?: number) => new SystemdUnitsError(reason, atLine(at, line))
  // A missing file is the fault of whatever named it (the setting, or the file's own place).
  const missing = (reason: string) => new SystemdUnitsError(reason, request.location)
  if (resolved.dangling) {
    throw missing(`${request.what} is a symbolic link to ${resolved.dangling.target}, which does not exist`)
  }
  if (!resolved.exists) {
    if (request.optional) return undefined
    throw missing(`${request.what} ${request.path} not found`)
  }
  const check = (stats: Stats, size: number) => {
    const kind = notRegular(stats)
    if (kind !== undefined) throw fail(`${request.what} is ${kind}, not a regular file`)
    if (size > MAX_TEXT_FILE_BYTES)
      throw fail(`${request.what} is larger than ${formatBytes(MAX_TEXT_FILE_BYTES)}, the limit for a text file`)
  }
  const before = fs.lstatSync(resolved.real, { throwIfNoEntry: false })
  if (before === undefined) throw missing(`${request.what} ${request.path} not found`)
  check(before, before.size)
  let fd: number
  try {
    fd = fs.openSync(resolved.real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
  } catch (error) {
    throw fail(`cannot open the ${request.what}: ${describeErrno(error as NodeJS.ErrnoException)}`)
  }
  let bytes: Buffer
  try {
    const stats = fs.fstatSync(fd)
    check(stats, stats.size)
    // One byte past the limit tells a file that grew since fstat from one that is exactly full.
    const buffer = Buffer.alloc(MAX_TEXT_FILE_BYTES + 1)
    let length = 0
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = fs.readSync(fd, buffer, length, buffer.length - length, null)
    check(stats, length)
    bytes = buffer.subarray(0, length)
  } finally {
    fs.closeSync(fd)
  }
  return decodeText(bytes, request, fail)
}

/** Strict UTF-8 (TextDecoder fatal) with no NUL, and for templates no control character but \n and \t. */
function decodeText(
  bytes: Buffer,
  request: TextFileRequest,
  fail: (reason: string, line?: number) => SystemdUnitsError,
): string {
  const lineOf = (offset: number) => {
    let line = 1
    for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1)) line++
    return line
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) throw fail(`${request.what} contains a NUL byte, which is not text`, lineOf(nul))
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const offset = firstInvalidUtf8(bytes)
    throw fail(
      `${request.what} is not valid UTF-8 (byte 0x${bytes[offset]!.toString(16).padStart(2, '0')})`,
      lineOf(offset),
    )
  }
  if (request.controlCharacters === 'refuse') {
    const control = /[\u0001-\u0008\u000b-\u001f\u007f]/.exec(text)
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).padStart(2, '0')
      throw fail(
        `${request.what} contains the control character U+00${code.toUpperCase()}; only newline and tab are allowed`,
        text.slice(0, control.index).split('\n').length,
      )
    }
  }
  return text
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length;) {
    const lead = bytes[index]!
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4
    if (lead >= 0x80 && (lead < 0xc2 || lead > 0xf4)) return index
    const [low, high] =
      lead === 0xe0
        ? [0xa0, 0xbf]
        : lead === 0xed
          ? [0x80, 0x9f]
          : lead === 0xf0
            ? [0x90, 0xbf]
            : lead === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf]
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return index
    }
    index += length
  }
  return bytes.length
}

/** An errno as a person reads it, with the code for a search. */
export function describeErrno(error: NodeJS.ErrnoException): string {
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'it is a symbolic link',
    ENOENT: 'no such file',
    ENOTDIR: 'a parent is not a directory',
    EISDIR: 'it is a directory',
  }
  return error.code && why[error.code] ? `${why[error.code]} (${error.code})` : error.message
}

/**
 * Whether a setting's value is repository content or the caller's own input: the `settings` input
 * is written in the workflow but counts as content (a pull request can change the workflow's
 * inputs only through files, and `settings` carries what `.systemd.yml` would).
 */
export function originOf(location: SourceLocation): PathOrigin {
  return location.kind === 'input' && location.name !== 'settings' ? 'input' : 'content'
}
