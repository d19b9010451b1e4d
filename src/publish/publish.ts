import { resolve } from 'node:path'
import { archiveUnits } from './archive/archive-units.js'
import { SystemdUnitsError } from '../shared/errors.js'
import type { GeneratedUnits } from '../jobs/units.js'
import type { PublishInputs } from '../jobs/request.js'
import type { JobRequest } from '../config/load.js'
import type { Reporter } from '../jobs/reporter.js'
import type { ArchiveResult } from './archive/archive-units.js'
import type { Environment } from '../shared/environment.js'
import { escapeHtml } from '../shared/markdown.js'
import { commitUnits } from './commit-units.js'
import { retryPolicy } from './retry.js'

export interface PublishJob {
  request: JobRequest
  generated: GeneratedUnits
  inputs: PublishInputs
  /** append-to: replace units the tarball already holds. */
  force: boolean
  env: Environment
  /** Outputs, the summary's lines and progress go here. */
  reporter: Reporter
}

/** What publishing did, for a front end to print. */
export interface PublishOutcome {
  archive?: ArchiveResult
}

/**
 * Take the generated units where the inputs ask: archives, then the workflow artifact (which
 * carries the archive), then the commit or pull request. Each step sets its outputs and adds a
 * line to the job summary. The artifact and GitHub clients load only when their step runs.
 */
export async function publish({
  request,
  generated,
  inputs,
  force,
  env,
  reporter,
}: PublishJob): Promise<PublishOutcome> {
  const policy = retryPolicy(env, (message) => reporter.info(message))
  const outcome: PublishOutcome = {}
  const summary: string[] = []
  let archive: string | undefined
  if (inputs.archive || inputs.appendTo) {
    const result = await archiveUnits(
      request.workingDirectory,
      generated,
      { archive: inputs.archive, appendTo: inputs.appendTo, prefix: inputs.archivePrefix, force },
      env,
    )
    outcome.archive = result
    archive = result.archive
    if (result.archive) summary.push(`- Archive: \`${escapeHtml(result.archive)}\``)
    if (result.appended) {
      const { tarball, added, replaced } = result.appended
      summary.push(
        `- Added to \`${escapeHtml(tarball)}\`: ${added.map((path) => `\`${escapeHtml(path)}\``).join(', ')}`,
      )
      if (replaced.length > 0)
        summary.push(
          `- Replaced in \`${escapeHtml(tarball)}\` (force): ${replaced.map((path) => `\`${escapeHtml(path)}\``).join(', ')}`,
        )
    }
    reporter.output('archive', result.archive ?? result.appended?.tarball ?? '')
  }
  if (inputs.uploadArtifact) {
    const { uploadUnitsArtifact } = await import('./upload-artifact.js')
    const name = inputs.artifactName || `${generated.settings.string('service_name')}-systemd-units`
    const extraFiles = archive ? [resolve(request.workingDirectory, archive)] : []
    const artifact = await uploadUnitsArtifact(
      { name, units: generated.units, extraFiles, retentionDays: inputs.retentionDays },
      env,
      policy,
    )
    reporter.info(`uploaded artifact ${name} (id ${artifact.id})`)
    reporter.output('artifact-id', String(artifact.id))
    reporter.output('artifact-url', artifact.url)
    summary.push(`- Artifact: [${escapeHtml(name)}](${artifact.url})`)
  }
  if (inputs.commit || inputs.pullRequest) {
    const { target, outcome: committed, pullRequestUrl } = await commitUnits(request, generated, inputs, env, policy)
    reporter.output('changed', String(committed.changed))
    reporter.output('diff', committed.diff)
    reporter.output('commit-sha', committed.sha)
    reporter.output('pull-request-url', pullRequestUrl ?? '')
    const branch = target.pullRequestBranch ?? target.branch
    if (!committed.changed)
      summary.push(`- Nothing to commit: the units on \`${escapeHtml(target.branch)}\` are up to date.`)
    else summary.push(`- Commit: \`${committed.sha}\` on \`${escapeHtml(branch)}\``)
    if (pullRequestUrl) summary.push(`- Pull request: ${pullRequestUrl}`)
    reporter.info(
      committed.changed
        ? `committed ${committed.sha} to ${branch}`
        : `nothing to commit: the units on ${target.branch} are up to date`,
    )
    if (pullRequestUrl) reporter.info(`pull request: ${pullRequestUrl}`)
  }
  reporter.summary(['#### Published', '', ...summary, ''].join('\n') + '\n')
  return outcome
}

/**
 * Mask the token in the log when a step will use it; the action calls this before it prints
 * anything. An empty token is an error here, before any work is done.
 */
export async function maskToken(inputs: PublishInputs): Promise<void> {
  if (!inputs.pullRequest && !(inputs.commit && inputs.commitMethod === 'api')) return
  if (!inputs.token)
    throw new SystemdUnitsError(
      'is empty: commit-method api and pull requests call the GitHub API with it (default: github.token)',
      { kind: 'input', name: 'token' },
    )
  const core = await import('@actions/core')
  core.setSecret(inputs.token)
}
