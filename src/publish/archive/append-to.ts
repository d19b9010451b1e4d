import { readFile, stat } from 'node:fs/promises'
import { SystemdUnitsError } from '../../shared/errors.js'
import type { UnitFile } from '../../units/unit-file.js'
import { gunzip, gzipReproducibly } from './gzip.js'
import { replaceFile } from './replace-file.js'
import { encodeEntry, endOfArchive, readEntries } from './tar.js'
import { unitEntries } from './unit-entries.js'

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
  const { mode } = await stat(tarball).catch((error: NodeJS.ErrnoException) => {
    throw new SystemdUnitsError(`cannot read ${tarball}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, {
      kind: 'input',
      name: 'append-to',
    })
  })
  const entries = readEntries(gunzip(await readFile(tarball), tarball), tarball)
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
  await replaceFile(tarball, gzipReproducibly(Buffer.concat([body, endOfArchive(body.length)])), mode & 0o7777)
  return { added: added.map((entry) => entry.path), replaced: clashes }
}
