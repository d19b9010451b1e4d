import { join } from 'node:path'
import type { UnitFile } from '../../units/unit-file.js'
import { gzipReproducibly } from './gzip.js'
import { replaceFile } from './replace-file.js'
import { encodeEntry, endOfArchive } from './tar.js'
import { unitEntries } from './unit-entries.js'

export interface UnitsArchive {
  /** `<service>-systemd-<version>.tar.gz`, or `<service>-systemd.tar.gz` without a version. */
  name: string
  units: readonly UnitFile[]
  /** Directory inside the archive, from archivePrefix. */
  prefix: string
  /** Seconds since the epoch, for every entry. */
  mtime: number
}

export function archiveName(serviceName: string, version: string | undefined): string {
  return version ? `${serviceName}-systemd-${version}.tar.gz` : `${serviceName}-systemd.tar.gz`
}

/** The archive's bytes: same units, prefix and time give the same bytes. */
export function buildArchive(archive: UnitsArchive): Buffer {
  const entries = Buffer.concat(unitEntries(archive.units, archive.prefix, archive.mtime).map(encodeEntry))
  return gzipReproducibly(Buffer.concat([entries, endOfArchive(entries.length)]))
}

/** Write the archive into `directory`; returns its path. */
export async function writeArchive(directory: string, archive: UnitsArchive): Promise<string> {
  const path = join(directory, archive.name)
  await replaceFile(path, buildArchive(archive), 0o644, { kind: 'input', name: 'archive' })
  return path
}
