import { constants, type Stats } from 'node:fs'
import { lstat, open } from 'node:fs/promises'
import { SystemdUnitsError } from '../../shared/errors.js'
import type { UnitFile } from '../../units/unit-file.js'
import { gunzip, gzipReproducibly } from './gzip.js'
import { formatBytes } from '../../shared/text.js'
import { notRegular } from '../../shared/boundary.js'
import { replaceFile } from './replace-file.js'
import { encodeEntry, endOfArchive, readEntries } from './tar.js'
import { unitEntries } from './unit-entries.js'

/** The largest tarball append-to reads (SECURITY.md): release tarballs are tens of megabytes. */
export const MAX_TARBALL_BYTES = 512 * 2 ** 20
/** The most a tarball may decompress to; zlib stops there, so a gzip bomb cannot exhaust memory. */
export const MAX_DECOMPRESSED_BYTES = 2 ** 30

export interface AppendRequest {
  /** The existing `.tar.gz`, e.g. a mix release tarball. */
  tarball: string
  units: readonly UnitFile[]
  prefix: string
  mtime: number
  /** Replace units the tarball already holds instead of refusing. */
  force: boolean
}

export interface AppendResult {
  /** Paths added inside the tarball. */
  added: string[]
  /** Paths that were there and were replaced (force). */
  replaced: string[]
}

/**
 * Add the units to an existing tarball. Every entry already there is copied byte for byte
 * (only the gzip layer is re-encoded); the result replaces the file in one rename, so the
 * tarball is either the old one or the new one, never half written.
 */
export async function appendToTarball(request: AppendRequest): Promise<AppendResult> {
  const { tarball, prefix, force } = request
  const { bytes, mode } = await readTarball(tarball)
  const entries = readEntries(gunzip(bytes, tarball, MAX_DECOMPRESSED_BYTES), tarball)
  const present = new Set(entries.flatMap((entry) => (entry.path === undefined ? [] : [entry.path])))
  const unitPaths = new Set(request.units.map((unit) => prefix + unit.name))
  const clashes = [...unitPaths].filter((path) => present.has(path)).sort()
  if (clashes.length > 0 && !force) {
    throw new SystemdUnitsError(
      `${tarball} already holds ${clashes.join(', ')}; set force: true to replace ${clashes.length === 1 ? 'it' : 'them'}`,
      { kind: 'input', name: 'append-to' },
    )
  }
  const kept = entries.filter((entry) => entry.path === undefined || !unitPaths.has(entry.path))
  const added = unitEntries(request.units, prefix, request.mtime, present)
  const body = Buffer.concat([...kept.map((entry) => entry.bytes), ...added.map(encodeEntry)])
  await replaceFile(tarball, gzipReproducibly(Buffer.concat([body, endOfArchive(body.length)])), mode, {
    kind: 'input',
    name: 'append-to',
  })
  return { added: added.map((entry) => entry.path), replaced: clashes }
}

/**
 * The tarball's bytes and mode, refusing anything but a regular file of at most MAX_TARBALL_BYTES:
 * lstat before opening, so a device is never opened; O_NONBLOCK, so a FIFO swapped in since cannot
 * block the open; fstat on what was opened, so what is read is what was checked.
 */
async function readTarball(tarball: string): Promise<{ bytes: Buffer; mode: number }> {
  const fail = (reason: string) => new SystemdUnitsError(`${tarball} ${reason}`, { kind: 'input', name: 'append-to' })
  const cannotRead = (error: NodeJS.ErrnoException) =>
    new SystemdUnitsError(`cannot read ${tarball}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, {
      kind: 'input',
      name: 'append-to',
    })
  const check = (stats: Stats, size: number) => {
    const kind = notRegular(stats)
    // A symlink is refused rather than followed: append-to replaces the file it names.
    const hint = stats.isSymbolicLink() ? ' (name the tarball itself: append-to replaces the file it names)' : ''
    if (kind !== undefined) throw fail(`is ${kind}${hint}, not a .tar.gz file`)
    if (size > MAX_TARBALL_BYTES)
      throw fail(`is larger than ${formatBytes(MAX_TARBALL_BYTES)}, the limit for append-to`)
  }
  const before = await lstat(tarball).catch((error: NodeJS.ErrnoException) => Promise.reject(cannotRead(error)))
  check(before, before.size)
  const handle = await open(tarball, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW).catch(
    (error: NodeJS.ErrnoException) => Promise.reject(cannotRead(error)),
  )
  try {
    const stats = await handle.stat()
    check(stats, stats.size)
    const bytes = await handle.readFile()
    // The file may have grown since fstat: the limit holds for what was read.
    check(stats, bytes.length)
    return { bytes, mode: stats.mode & 0o7777 }
  } finally {
    await handle.close()
  }
}
