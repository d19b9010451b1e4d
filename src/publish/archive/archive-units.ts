import { relative, resolve } from 'node:path'
import type { GeneratedUnits } from '../../jobs/units.js'
import { appendToTarball, type AppendResult } from './append-to.js'
import { writeArchive } from './write-archive.js'

export interface ArchiveRequest {
  /** The archive to write into the working directory, `<service>-systemd-<version>.tar.gz`; undefined for none. */
  archive: string | undefined
  /** An existing `.tar.gz` (relative to the working directory) to add the units to; '' for none. */
  appendTo: string
  /** Directory inside the archive, from archivePrefix. */
  prefix: string
  /** Seconds since the epoch, for every entry (archiveTime). */
  mtime: number
  /** append-to: replace units the tarball already holds. */
  force: boolean
}

export interface ArchiveResult {
  /** The archive written, relative to the working directory. */
  archive?: string
  /** append-to's tarball, relative to the working directory, and what went into it. */
  appended?: { tarball: string } & AppendResult
}

/** The `archive` and `append-to` steps: both reproducible, both from the units in memory. */
export async function archiveUnits(
  workingDirectory: string,
  generated: GeneratedUnits,
  request: ArchiveRequest,
): Promise<ArchiveResult> {
  const { prefix, mtime } = request
  const { units } = generated
  const result: ArchiveResult = {}
  if (request.archive !== undefined) {
    const name = request.archive
    result.archive = relative(workingDirectory, await writeArchive(workingDirectory, { name, units, prefix, mtime }))
  }
  if (request.appendTo) {
    const tarball = resolve(workingDirectory, request.appendTo)
    const appended = await appendToTarball({ tarball, units, prefix, mtime, force: request.force })
    result.appended = { tarball: relative(workingDirectory, tarball), ...appended }
  }
  return result
}
