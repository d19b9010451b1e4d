import { relative, resolve } from 'node:path'
import type { GeneratedUnits } from '../../jobs/units.js'
import type { Environment } from '../../shared/environment.js'
import { appendToTarball, type AppendResult } from './append-to.js'
import { archiveTime } from './archive-time.js'
import { archivePrefix } from './unit-entries.js'
import { archiveName, writeArchive } from './write-archive.js'

export interface ArchiveRequest {
  /** Write `<service>-systemd-<version>.tar.gz` into the working directory. */
  archive: boolean
  /** An existing `.tar.gz` (relative to the working directory) to add the units to; '' for none. */
  appendTo: string
  /** Directory inside the archive, as given (`archive-prefix`). */
  prefix: string
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
  env: Environment,
): Promise<ArchiveResult> {
  const prefix = archivePrefix(request.prefix)
  const mtime = await archiveTime(workingDirectory, env)
  const { settings, units } = generated
  const result: ArchiveResult = {}
  if (request.archive) {
    const name = archiveName(settings.string('service_name'), settings.optional('version'))
    result.archive = relative(workingDirectory, await writeArchive(workingDirectory, { name, units, prefix, mtime }))
  }
  if (request.appendTo) {
    const tarball = resolve(workingDirectory, request.appendTo)
    const appended = await appendToTarball({ tarball, units, prefix, mtime, force: request.force })
    result.appended = { tarball: relative(workingDirectory, tarball), ...appended }
  }
  return result
}
