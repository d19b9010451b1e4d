import { DefaultArtifactClient } from '@actions/artifact'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { SystemdUnitsError, messageOf } from '../shared/errors.js'
import { excerpt } from '../shared/text.js'
import type { Environment } from '../shared/environment.js'
import type { UnitFile } from '../units/unit-file.js'
import { RetriesExhausted, withRetry, type RetryPolicy } from './retry.js'

export interface ArtifactRequest {
  name: string
  units: readonly UnitFile[]
  /** Files to upload beside the units (the archive), by absolute path. */
  extraFiles: readonly string[]
  /** undefined: the repository's default retention. */
  retentionDays: number | undefined
}

export interface UploadedArtifact {
  id: number
  /** Where the run's page offers it for download. */
  url: string
}

/**
 * Upload the units (and the archive) as one workflow artifact, every file at the top of it.
 * @actions/artifact already retries its service calls on 5xx and 429 (5 tries, backoff from 3 s)
 * and the blob store's client retries 500, 503 and dropped connections (4 tries); what neither
 * retries is a connection the service drops and a stalled upload (ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS):
 * those restart the whole upload here. Until FinalizeArtifact succeeds the artifact does not
 * exist for anyone, so a failed try publishes nothing.
 */
export async function uploadUnitsArtifact(
  request: ArtifactRequest,
  env: Environment,
  policy: RetryPolicy,
): Promise<UploadedArtifact> {
  const staging = await mkdtemp(join(tmpdir(), 'systemd-units-artifact-'))
  try {
    const files = await stage(staging, request)
    const client = new DefaultArtifactClient()
    const { id } = await withRetry(
      `uploading artifact ${request.name}`,
      () => client.uploadArtifact(request.name, files, staging, { retentionDays: request.retentionDays }),
      isRestartable,
      policy,
    )
    if (id === undefined) throw new Error('the artifact service returned no artifact id')
    return { id, url: artifactUrl(env, id) }
  } catch (error) {
    throw uploadFailed(request.name, error)
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function stage(staging: string, request: ArtifactRequest): Promise<string[]> {
  const files: string[] = []
  for (const unit of request.units) {
    const path = join(staging, unit.name)
    await writeFile(path, unit.content, { mode: 0o644 })
    files.push(path)
  }
  for (const extra of request.extraFiles) {
    const path = join(staging, basename(extra))
    await copyFile(extra, path)
    files.push(path)
  }
  return files
}

/**
 * Failures @actions/artifact does not retry itself: the connection failed (its NetworkError,
 * which the service client rethrows as a plain "Failed to <call>: Unable to make request: E…"),
 * or the upload stalled.
 */
function isRestartable(error: unknown): boolean {
  const message = messageOf(error)
  return (
    (error as Error | null)?.name === 'NetworkError' ||
    /Unable to make request: E[A-Z]+/.test(message) ||
    message.includes('Upload progress stalled')
  )
}

function artifactUrl(env: Environment, id: number): string {
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com'
  return `${server}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}/artifacts/${id}`
}

function uploadFailed(name: string, error: unknown): unknown {
  if (error instanceof SystemdUnitsError) return error
  const last = error instanceof RetriesExhausted ? error.cause : error
  const hint = /\(409\)/.test(messageOf(last))
    ? ' An artifact of that name exists in this run already: set artifact-name to one of its own.'
    : ''
  const reason =
    error instanceof RetriesExhausted
      ? error.message
      : `uploading artifact ${name} failed: ${excerpt(messageOf(error))}`
  return new SystemdUnitsError(
    `${reason.replace(/\.?\s*$/, '.')}${hint} The generated files on disk are complete; only the upload failed.`,
    { kind: 'input', name: 'upload-artifact' },
  )
}
