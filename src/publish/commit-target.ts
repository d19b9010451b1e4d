import { realpath } from 'node:fs/promises'
import { relative, resolve, sep } from 'node:path'
import { SystemdUnitsError } from '../shared/errors.js'
import type { GeneratedUnits } from '../jobs/units.js'
import type { PublishInputs } from '../jobs/request.js'
import type { Environment } from '../shared/environment.js'
import { git, GitError } from './git.js'
import { branchNameProblem, checkBranchName } from './publish-checks.js'

/** Where and how the units are committed, resolved from the inputs and the runner's environment. */
export interface CommitTarget {
  /** Top directory of the checkout. */
  checkout: string
  /** output-dir relative to the checkout, with `/` separators ('' for the top). */
  unitsDir: string
  /** The branch committed to, or that the pull request targets. */
  branch: string
  /** The branch a pull request is pushed to; undefined when committing to `branch` itself. */
  pullRequestBranch: string | undefined
  message: string
}

export async function commitTarget(
  workingDirectory: string,
  generated: GeneratedUnits,
  publish: PublishInputs,
  env: Environment,
): Promise<CommitTarget> {
  const checkout = await checkoutRoot(workingDirectory, env)
  const unitsDir = relative(checkout, resolve(await realpath(workingDirectory), generated.outputDir))
    .split(sep)
    .join('/')
  if (unitsDir.startsWith('..')) {
    throw new SystemdUnitsError(
      `output-dir ${generated.outputDir} is outside the repository at ${checkout}, so it cannot be committed`,
      { kind: 'input', name: 'output-dir' },
    )
  }
  const branch = publish.commitBranch || (await currentBranch(checkout, env))
  checkBranchName(branch, 'commit-branch')
  const service = generated.settings.string('service_name')
  const version = generated.settings.optional('version')
  const pullRequestBranch = publish.pullRequest ? `systemd-units/${service}/${branch}` : undefined
  const problem = pullRequestBranch === undefined ? undefined : branchNameProblem(pullRequestBranch)
  if (problem !== undefined)
    throw new SystemdUnitsError(
      `the pull request's branch ${JSON.stringify(pullRequestBranch)} is not a branch name git accepts: ${problem}; set service_name or commit-branch so it is`,
      { kind: 'input', name: 'pull-request' },
    )
  return {
    checkout,
    unitsDir,
    branch,
    pullRequestBranch,
    message: publish.commitMessage || `chore: regenerate systemd units for ${service}${version ? ` ${version}` : ''}`,
  }
}

/** The checkout's top directory; the workspace when git cannot tell (the api method needs no git). */
async function checkoutRoot(workingDirectory: string, env: Environment): Promise<string> {
  try {
    return await git(workingDirectory, ['rev-parse', '--show-toplevel'])
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    return realpath(env['GITHUB_WORKSPACE'] || workingDirectory)
  }
}

/**
 * The branch the workflow runs on: a pull request's head branch, the pushed branch, or the
 * checkout's. A tag or a detached checkout has none: commit-branch must say.
 */
async function currentBranch(checkout: string, env: Environment): Promise<string> {
  if (env['GITHUB_HEAD_REF']) return env['GITHUB_HEAD_REF']
  const ref = env['GITHUB_REF'] ?? ''
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length)
  const branch = await git(checkout, ['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')
  if (branch) return branch
  throw new SystemdUnitsError(
    `cannot tell which branch to commit to (${ref ? `the run is for ${ref}` : 'the checkout is detached'}); set commit-branch`,
    { kind: 'input', name: 'commit-branch' },
  )
}

/** What committing did. */
export interface CommitOutcome {
  /** The generated units differ from those on `branch`. */
  changed: boolean
  /** Unified diff from the units on `branch` to the generated ones. */
  diff: string
  /** The commit on the branch pushed to; '' when there was nothing to commit. */
  sha: string
  /** This run created the pull request branch: delete it if the pull request cannot be opened. */
  createdBranch: boolean
}

export const UNCHANGED: CommitOutcome = { changed: false, diff: '', sha: '', createdBranch: false }

/** The branch moved between reading it and updating it: regenerate on its new head and try again. */
export class BranchMoved extends Error {
  constructor(branch: string) {
    super(`${branch} moved while the commit was being made`)
    this.name = 'BranchMoved'
  }
}
