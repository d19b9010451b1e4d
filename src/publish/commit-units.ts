import type { GeneratedUnits } from '../jobs/units.js'
import type { PublishInputs } from '../jobs/request.js'
import type { JobRequest } from '../config/load.js'
import type { Environment } from '../shared/environment.js'
import { apiCommit, deleteBranch } from './api-commit.js'
import { commitTarget, type CommitOutcome, type CommitTarget } from './commit-target.js'
import { deleteCreatedBranch, gitCommit } from './git-commit.js'
import { openOrUpdatePullRequest } from './pull-request.js'
import type { RetryPolicy } from './retry.js'

export interface CommittedUnits {
  target: CommitTarget
  outcome: CommitOutcome
  /** The pull request opened or updated; undefined when none was asked for or needed. */
  pullRequestUrl: string | undefined
}

/**
 * The `commit` and `pull-request` inputs: commit the units by the chosen method, then open or
 * update the pull request. A pull request branch this run created is deleted again if the pull
 * request cannot be opened, so a failure leaves no stray branch.
 */
export async function commitUnits(
  request: JobRequest,
  generated: GeneratedUnits,
  inputs: PublishInputs,
  env: Environment,
  policy: RetryPolicy,
  /** Where to commit, when planPublishing worked it out already. */
  planned?: CommitTarget,
): Promise<CommittedUnits> {
  const target = planned ?? (await commitTarget(request.workingDirectory, generated, inputs, env))
  const needsApi = inputs.commitMethod === 'api' || target.pullRequestBranch !== undefined
  // Only these paths load the GitHub client (and undici with it).
  const client = needsApi ? await import('./github-client.js') : undefined
  const api = client && { github: client.githubClient(inputs.token, env, policy), repository: client.repositoryOf(env) }
  const outcome =
    api && inputs.commitMethod === 'api'
      ? await apiCommit(api, target, generated.units, policy)
      : await gitCommit(target, request, policy)
  const pullRequestBranch = target.pullRequestBranch
  if (!api || pullRequestBranch === undefined || !outcome.changed) return { target, outcome, pullRequestUrl: undefined }
  try {
    const url = await openOrUpdatePullRequest(api.github, api.repository, {
      head: pullRequestBranch,
      base: target.branch,
      message: target.message,
      diff: outcome.diff,
    })
    return { target, outcome, pullRequestUrl: url }
  } catch (error) {
    if (outcome.createdBranch) {
      const remove =
        inputs.commitMethod === 'api'
          ? deleteBranch(api, pullRequestBranch)
          : deleteCreatedBranch(target.checkout, pullRequestBranch, outcome.sha)
      await remove.catch(() => undefined)
    }
    throw error
  }
}
