import { compareUnits, type UnitDifference } from '../jobs/check.js'
import { isUnitFileName } from '../systemd/unit-names.js'
import { SystemdUnitsError } from '../shared/errors.js'
import type { UnitFile } from '../units/unit-file.js'
import { BranchMoved, UNCHANGED, type CommitOutcome, type CommitTarget } from './commit-target.js'
import type { GitHub, Repository } from './github-client.js'
import { explainRefusal, needing, statusOf } from './permissions.js'
import { withRetry, type RetryPolicy } from './retry.js'

/** The unit files in a directory of a commit; `text` is null for a binary blob. */
const UNIT_FILES_QUERY = `query UnitFiles($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Tree { entries { name type object { ... on Blob { text } } } }
    }
  }
}`

interface UnitFilesAnswer {
  repository: {
    object: { entries?: Array<{ name: string; type: string; object: { text?: string | null } | null }> } | null
  } | null
}

/** Creates a commit GitHub signs, on top of `expectedHeadOid` only (docs.github.com: createCommitOnBranch). */
const CREATE_COMMIT_MUTATION = `mutation CreateUnitsCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`

interface CreateCommitAnswer {
  createCommitOnBranch: { commit: { oid: string } }
}

interface Api {
  github: GitHub
  repository: Repository
}

/**
 * commit-method api: the units generated from the checkout go in through createCommitOnBranch,
 * so GitHub signs the commit. The change is computed against the branch's head at that moment;
 * if the head moves before the commit lands, it is computed again on the new head.
 */
export async function apiCommit(
  api: Api,
  target: CommitTarget,
  units: readonly UnitFile[],
  policy: RetryPolicy,
): Promise<CommitOutcome> {
  const pushTo = target.pullRequestBranch ?? target.branch
  return withRetry(
    `committing the units to ${pushTo} through the GitHub API`,
    () => commitOnce(api, target, units),
    (error) => error instanceof BranchMoved,
    policy,
  )
}

async function commitOnce(api: Api, target: CommitTarget, units: readonly UnitFile[]): Promise<CommitOutcome> {
  const base = await branchHead(api, target.branch)
  if (base === undefined)
    throw new SystemdUnitsError(
      `branch ${target.branch} does not exist in ${api.repository.owner}/${api.repository.repo}`,
      { kind: 'input', name: 'commit-branch' },
    )
  const onBase = compareUnits(units, await unitFiles(api, base, target.unitsDir), target.unitsDir)
  if (onBase.differences.length === 0) return UNCHANGED
  const pushTo = target.pullRequestBranch
  if (pushTo === undefined) {
    const sha = await createCommit(api, target, target.branch, base, onBase.differences, units)
    return { changed: true, diff: onBase.diff, sha, createdBranch: false }
  }
  let head = await branchHead(api, pushTo)
  const createdBranch = head === undefined
  if (head === undefined) head = await createBranch(api, pushTo, base)
  try {
    // A pull request branch behind its base gets the base merged in first (a fast-forward of the branch: no force).
    if (!createdBranch && !(await contains(api, head, base)))
      head = await mergeInto(api, pushTo, target.branch, base, head)
    const onHead = compareUnits(units, await unitFiles(api, head, target.unitsDir), target.unitsDir)
    const sha =
      onHead.differences.length === 0 ? head : await createCommit(api, target, pushTo, head, onHead.differences, units)
    return { changed: true, diff: onBase.diff, sha, createdBranch }
  } catch (error) {
    if (createdBranch) await deleteBranch(api, pushTo).catch(() => undefined)
    throw error
  }
}

async function branchHead(api: Api, branch: string): Promise<string | undefined> {
  try {
    const { data } = await api.github.rest.git.getRef({ ...api.repository, ref: `heads/${branch}` })
    return data.object.sha
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw explainRefusal(error, `reading branch ${branch}`, 'contents: read')
  }
}

async function unitFiles(api: Api, commit: string, unitsDir: string): Promise<Map<string, string>> {
  const answer = await needing('contents: read', `reading ${unitsDir || 'the repository root'} at ${commit}`, () =>
    api.github.graphql<UnitFilesAnswer>(UNIT_FILES_QUERY, {
      owner: api.repository.owner,
      name: api.repository.repo,
      expression: `${commit}:${unitsDir}`,
    }),
  )
  const entries = answer.repository?.object?.entries ?? []
  return new Map(
    entries
      .filter((entry) => entry.type === 'blob' && isUnitFileName(entry.name))
      .map((entry) => [entry.name, entry.object?.text ?? '']),
  )
}

async function createCommit(
  api: Api,
  target: CommitTarget,
  branch: string,
  head: string,
  differences: readonly UnitDifference[],
  units: readonly UnitFile[],
): Promise<string> {
  const path = (name: string) => (target.unitsDir ? `${target.unitsDir}/${name}` : name)
  const content = new Map(units.map((unit) => [unit.name, unit.content]))
  const [headline, ...body] = target.message.split('\n')
  const input = {
    branch: { repositoryNameWithOwner: `${api.repository.owner}/${api.repository.repo}`, branchName: branch },
    expectedHeadOid: head,
    message: { headline, body: body.join('\n').trim() || undefined },
    fileChanges: {
      additions: differences
        .filter((difference) => difference.drift !== 'extra')
        .map((difference) => ({
          path: path(difference.name),
          contents: Buffer.from(content.get(difference.name)!, 'utf8').toString('base64'),
        })),
      deletions: differences
        .filter((difference) => difference.drift === 'extra')
        .map((difference) => ({ path: path(difference.name) })),
    },
  }
  try {
    const answer = await api.github.graphql<CreateCommitAnswer>(CREATE_COMMIT_MUTATION, { input })
    return answer.createCommitOnBranch.commit.oid
  } catch (error) {
    // createCommitOnBranch refuses a head other than the one we built on: that is a race, not a
    // failure; unless the head is our own commit, whose answer was lost and whose retry was refused.
    const now = await branchHead(api, branch).catch(() => head)
    if (now !== undefined && now !== head) {
      if (await isOurCommit(api, now, head, headline!)) return now
      throw new BranchMoved(branch)
    }
    throw explainRefusal(error, `a commit to ${branch}`, 'contents: write')
  }
}

async function isOurCommit(api: Api, sha: string, parent: string, headline: string): Promise<boolean> {
  const { data } = await needing('contents: read', `reading commit ${sha}`, () =>
    api.github.rest.git.getCommit({ ...api.repository, commit_sha: sha }),
  )
  return data.parents.length === 1 && data.parents[0]!.sha === parent && data.message.split('\n')[0] === headline
}

async function createBranch(api: Api, branch: string, sha: string): Promise<string> {
  await needing('contents: write', `creating branch ${branch}`, () =>
    api.github.rest.git.createRef({ ...api.repository, ref: `refs/heads/${branch}`, sha }),
  )
  return sha
}

export async function deleteBranch(api: Api, branch: string): Promise<void> {
  await needing('contents: write', `deleting branch ${branch}`, () =>
    api.github.rest.git.deleteRef({ ...api.repository, ref: `heads/${branch}` }),
  )
}

/** Whether `base` is already in `head`'s history (the compare API: head is ahead of or equal to base). */
async function contains(api: Api, head: string, base: string): Promise<boolean> {
  const { data } = await needing('contents: read', `comparing ${base} with ${head}`, () =>
    api.github.rest.repos.compareCommitsWithBasehead({ ...api.repository, basehead: `${base}...${head}` }),
  )
  return data.status === 'ahead' || data.status === 'identical'
}

async function mergeInto(api: Api, branch: string, baseBranch: string, base: string, head: string): Promise<string> {
  try {
    const response = await api.github.rest.repos.merge({
      ...api.repository,
      base: branch,
      head: base,
      commit_message: `Merge ${baseBranch} into ${branch}`,
    })
    return response.status === 201 ? response.data.sha : head
  } catch (error) {
    if (statusOf(error) === 409) {
      throw new SystemdUnitsError(
        `${branch} conflicts with ${baseBranch}: it has edits of its own; merge or delete it, then run again`,
        { kind: 'input', name: 'pull-request' },
      )
    }
    throw explainRefusal(error, `merging ${baseBranch} into ${branch}`, 'contents: write')
  }
}
