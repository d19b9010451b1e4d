import { resolve } from 'node:path'
import { archiveUnits } from './archive/archive-units.js'
import { SystemdUnitsError } from '../shared/errors.js'
import type { GeneratedUnits } from '../jobs/generate.js'
import type { PublishInputs } from '../action/inputs.js'
import type { JobRequest } from '../config/load.js'
import { appendSummary, info, setOutput } from '../action/runner.js'
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
}

/**
 * Take the generated units where the inputs ask: archives, then the workflow artifact (which
 * carries the archive), then the commit or pull request. Each step sets its outputs and adds a
 * line to the job summary. The artifact and GitHub clients load only when their step runs.
 */
export async function publish({ request, generated, inputs, force, env }: PublishJob): Promise<void> {
  const policy = retryPolicy(env)
  const summary: string[] = []
  let archive: string | undefined
  if (inputs.archive || inputs.appendTo) {
    const result = await archiveUnits(
      request.workingDirectory,
      generated,
      { archive: inputs.archive, appendTo: inputs.appendTo, prefix: inputs.archivePrefix, force },
      env,
    )
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
    setOutput('archive', result.archive ?? result.appended?.tarball ?? '', env)
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
    info(`uploaded artifact ${name} (id ${artifact.id})`)
    setOutput('artifact-id', String(artifact.id), env)
    setOutput('artifact-url', artifact.url, env)
    summary.push(`- Artifact: [${escapeHtml(name)}](${artifact.url})`)
  }
  if (inputs.commit || inputs.pullRequest) {
    const { target, outcome, pullRequestUrl } = await commitUnits(request, generated, inputs, env, policy)
    setOutput('changed', String(outcome.changed), env)
    setOutput('diff', outcome.diff, env)
    setOutput('commit-sha', outcome.sha, env)
    setOutput('pull-request-url', pullRequestUrl ?? '', env)
    const branch = target.pullRequestBranch ?? target.branch
    if (!outcome.changed)
      summary.push(`- Nothing to commit: the units on \`${escapeHtml(target.branch)}\` are up to date.`)
    else summary.push(`- Commit: \`${outcome.sha}\` on \`${escapeHtml(branch)}\``)
    if (pullRequestUrl) summary.push(`- Pull request: ${pullRequestUrl}`)
    info(
      outcome.changed
        ? `committed ${outcome.sha} to ${branch}`
        : `nothing to commit: the units on ${target.branch} are up to date`,
    )
    if (pullRequestUrl) info(`pull request: ${pullRequestUrl}`)
  }
  appendSummary(['#### Published', '', ...summary, ''].join('\n') + '\n', env)
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
      { file: 'input "token"' },
    )
  const core = await import('@actions/core')
  core.setSecret(inputs.token)
}
