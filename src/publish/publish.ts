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
import { commitTarget, type CommitTarget } from './commit-target.js'
import { archiveTime } from './archive/archive-time.js'
import { archiveName } from './archive/write-archive.js'
import { archivePrefix, artifactNameProblem, checkArtifactName } from './publish-checks.js'
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

/**
 * What publishing will do, worked out and checked before anything is written: the names and
 * paths that come from the generated settings (the archive's name, the artifact's, the branch to
 * commit to) and what the environment decides (the archive's time, the checkout).
 */
export interface PublishPlan {
  archive?: { name: string | undefined; prefix: string; mtime: number }
  artifactName?: string
  commit?: CommitTarget
}

/**
 * Check what publishing needs from the generated units and the environment, and plan it; the
 * generate pipeline calls this before it writes a byte (the inputs themselves were checked by
 * checkPublishInputs before generating).
 */
export async function planPublishing({
  request,
  generated,
  inputs,
  env,
}: Omit<PublishJob, 'reporter' | 'force'>): Promise<PublishPlan> {
  const plan: PublishPlan = {}
  const { settings, units } = generated
  const service = settings.string('service_name')
  const archive = inputs.archive ? archiveName(service, settings.optional('version')) : undefined
  if (archive !== undefined && (archive.includes('/') || archive.startsWith('.')))
    throw new SystemdUnitsError(
      `the archive's name ${JSON.stringify(archive)} is not a plain file name: set a version without "/" (version input or setting)`,
      { kind: 'input', name: 'archive' },
    )
  if (inputs.archive || inputs.appendTo)
    plan.archive = {
      name: archive,
      prefix: archivePrefix(inputs.archivePrefix),
      mtime: await archiveTime(request.workingDirectory, env),
    }
  if (inputs.uploadArtifact) {
    plan.artifactName = inputs.artifactName || `${service}-systemd-units`
    checkArtifactName(plan.artifactName, inputs.artifactName ? 'artifact-name' : 'upload-artifact')
    for (const name of [...units.map((unit) => unit.name), ...(archive === undefined ? [] : [archive])]) {
      const problem = artifactNameProblem(name, true)
      if (problem !== undefined)
        throw new SystemdUnitsError(`cannot upload ${JSON.stringify(name)}: ${problem}`, {
          kind: 'input',
          name: 'upload-artifact',
        })
    }
  }
  if (inputs.commit || inputs.pullRequest)
    plan.commit = await commitTarget(request.workingDirectory, generated, inputs, env)
  return plan
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
export async function publish(
  { request, generated, inputs, force, env, reporter }: PublishJob,
  plan: PublishPlan,
): Promise<PublishOutcome> {
  const policy = retryPolicy(env, (message) => reporter.info(message))
  const outcome: PublishOutcome = {}
  const summary: string[] = []
  let archive: string | undefined
  if (plan.archive) {
    const result = await archiveUnits(request.workingDirectory, generated, {
      archive: plan.archive.name,
      appendTo: inputs.appendTo,
      prefix: plan.archive.prefix,
      mtime: plan.archive.mtime,
      force,
    })
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
  if (plan.artifactName !== undefined) {
    const { uploadUnitsArtifact } = await import('./upload-artifact.js')
    const name = plan.artifactName
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
  if (plan.commit) {
    const {
      target,
      outcome: committed,
      pullRequestUrl,
    } = await commitUnits(request, generated, inputs, env, policy, plan.commit)
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
