import { mkdtemp, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { compareUnits, readUnitFiles } from '../jobs/check.js'
import { SystemdUnitsError } from '../shared/errors.js'
import { generateUnits } from '../jobs/units.js'
import type { JobRequest } from '../config/load.js'
import { writeFilesAtomically } from '../output/write-files.js'
import { BranchMoved, UNCHANGED, type CommitOutcome, type CommitTarget } from './commit-target.js'
import { git, GitError, gitTest } from './git.js'
import { withRetry, type RetryPolicy } from './retry.js'
import { makeBoundary } from '../shared/boundary.js'
import { excerpt } from '../shared/text.js'

/** The identity of commits made where the checkout configures none: GitHub's own Actions bot. */
const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }

/**
 * commit-method git: build the commit in a temporary worktree on the branch's fetched head,
 * regenerating the units there, and push it with the checkout's credentials. A push that loses
 * a race is retried on the new head; nothing is ever force-pushed. The checkout itself (its
 * HEAD, index and files) is left as it was, and a failed run leaves no ref behind.
 */
export async function gitCommit(
  target: CommitTarget,
  request: JobRequest,
  policy: RetryPolicy,
): Promise<CommitOutcome> {
  const pushTo = target.pullRequestBranch ?? target.branch
  return withRetry(
    `pushing the units to ${pushTo}`,
    () => commitOnce(target, request, pushTo),
    (error) => error instanceof BranchMoved,
    policy,
  )
}

async function commitOnce(target: CommitTarget, request: JobRequest, pushTo: string): Promise<CommitOutcome> {
  const { checkout } = target
  const base = await fetchBranch(checkout, target.branch)
  if (base === undefined)
    throw new SystemdUnitsError(`branch ${target.branch} does not exist on origin`, {
      kind: 'input',
      name: 'commit-branch',
    })
  const head = pushTo === target.branch ? base : await fetchBranch(checkout, pushTo)
  const built = await regenerateOn(checkout, base, request)
  if (built === undefined) return UNCHANGED
  const baseInHead =
    head !== undefined && (head === base || (await gitTest(checkout, ['merge-base', '--is-ancestor', base, head])))
  if (head !== undefined && baseInHead && (await git(checkout, ['rev-parse', `${head}^{tree}`])) === built.tree) {
    return { changed: true, diff: built.diff, sha: head, createdBranch: false }
  }
  // A pull request branch that predates the base's head gets the base as a second parent, so
  // the update is a fast-forward of the branch and a merge of the base: no force-push.
  const parents = head === undefined ? [base] : baseInHead ? [head] : [head, base]
  const sha = await commitTree(checkout, built.tree, parents, target.message)
  await push(checkout, sha, pushTo, head)
  return { changed: true, diff: built.diff, sha, createdBranch: head === undefined }
}

/** The branch's head on origin, fetched; undefined when origin has no such branch. */
async function fetchBranch(checkout: string, branch: string): Promise<string | undefined> {
  try {
    await git(checkout, ['fetch', '--no-tags', '--quiet', 'origin', `refs/heads/${branch}`])
  } catch (error) {
    if (error instanceof GitError && /couldn't find remote ref/i.test(error.stderr)) return undefined
    throw fetchRefused(branch, error)
  }
  return git(checkout, ['rev-parse', 'FETCH_HEAD^{commit}'])
}

async function remoteHead(checkout: string, branch: string): Promise<string | undefined> {
  const line = await git(checkout, ['ls-remote', 'origin', `refs/heads/${branch}`])
  return line.split('\t')[0] || undefined
}

interface BuiltTree {
  tree: string
  diff: string
}

/**
 * Check `base` out in a temporary worktree, generate the units from its files (so the commit
 * holds what its own config generates), write them and drop unit files no longer generated.
 * Returns the resulting tree, or undefined when the units there are already up to date.
 */
async function regenerateOn(checkout: string, base: string, request: JobRequest): Promise<BuiltTree | undefined> {
  const scratch = await mkdtemp(join(tmpdir(), 'systemd-units-commit-'))
  const worktree = join(scratch, 'tree')
  await git(checkout, ['worktree', 'add', '--detach', '--quiet', worktree, base])
  try {
    const workingDirectory = join(worktree, relative(checkout, await realpath(request.workingDirectory)))
    // The worktree stands in for the workspace: what its files name must stay inside it.
    const boundary = makeBoundary(worktree, request.boundary?.inputs ?? [])
    const generated = await generateUnits({ ...request, workingDirectory, boundary })
    const outputDir = resolve(workingDirectory, generated.outputDir)
    const unitsDir = relative(worktree, outputDir).split(sep).join('/')
    const committed = await readUnitFiles(outputDir)
    const { differences, diff } = compareUnits(generated.units, committed, unitsDir)
    if (differences.length === 0) return undefined
    await refuseIgnored(
      worktree,
      unitsDir,
      differences.filter((d) => d.drift === 'missing').map((d) => d.name),
    )
    await writeFilesAtomically(outputDir, generated.units)
    for (const extra of differences.filter((d) => d.drift === 'extra')) await rm(join(outputDir, extra.name))
    await git(worktree, ['add', '--all', '--', unitsDir || '.'])
    return { tree: await git(worktree, ['write-tree']), diff }
  } finally {
    await git(checkout, ['worktree', 'remove', '--force', worktree]).catch(() => undefined)
    await rm(scratch, { recursive: true, force: true })
    await git(checkout, ['worktree', 'prune']).catch(() => undefined)
  }
}

/** `git add` skips ignored files inside a directory without a word: say so instead of committing less. */
async function refuseIgnored(worktree: string, unitsDir: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const path = unitsDir ? `${unitsDir}/${name}` : name
    if (await gitTest(worktree, ['check-ignore', '--quiet', '--', path])) {
      throw new SystemdUnitsError(
        `${path} is ignored by git (.gitignore), so it cannot be committed; set output-dir to a directory the repository tracks`,
        { kind: 'input', name: 'output-dir' },
      )
    }
  }
}

async function commitTree(
  checkout: string,
  tree: string,
  parents: readonly string[],
  message: string,
): Promise<string> {
  const configured = await gitTest(checkout, ['config', '--get', 'user.email'])
  const env: Record<string, string> = configured
    ? {}
    : {
        GIT_AUTHOR_NAME: BOT_IDENTITY.name,
        GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
        GIT_COMMITTER_NAME: BOT_IDENTITY.name,
        GIT_COMMITTER_EMAIL: BOT_IDENTITY.email,
      }
  return git(checkout, ['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-m', message], { env })
}

/**
 * Push without force. When the push fails and the branch is no longer where we built on,
 * another push won the race: BranchMoved. Otherwise the remote refused: say why.
 */
async function push(checkout: string, sha: string, branch: string, expected: string | undefined): Promise<void> {
  try {
    await git(checkout, ['push', '--porcelain', 'origin', `${sha}:refs/heads/${branch}`])
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    if ((await remoteHead(checkout, branch).catch(() => expected)) !== expected) throw new BranchMoved(branch)
    throw pushRefused(branch, error)
  }
}

/** Delete a branch this run created, only while it still holds our commit. */
export async function deleteCreatedBranch(checkout: string, branch: string, sha: string): Promise<void> {
  await git(checkout, [
    'push',
    '--porcelain',
    `--force-with-lease=refs/heads/${branch}:${sha}`,
    'origin',
    `:refs/heads/${branch}`,
  ])
}

/** The remote's own words (its `remote:` lines and the rejection reason), and the permission when it is one. */
function pushRefused(branch: string, error: GitError): SystemdUnitsError {
  const remote = error.stderr.split('\n').filter((line) => /^remote: ./.test(line))
  const rejections = error.stdout.split('\n').flatMap((line) => (line.startsWith('!\t') ? [line.split('\t')[2]!] : []))
  const words = [...remote, ...rejections].map((line) => line.trim().replace(/\.$/, ''))
  const reason = excerpt(words.length > 0 ? words.join('; ') : error.stderr.trim())
  const permission = isPermissionDenied(`${error.stdout}\n${error.stderr}`)
    ? ' The token the checkout pushes with needs `contents: write` (permissions: contents: write).'
    : ''
  return new SystemdUnitsError(`git push to ${branch} was refused: ${reason}.${permission}`, {
    kind: 'input',
    name: 'commit',
  })
}

function fetchRefused(branch: string, error: unknown): unknown {
  if (!(error instanceof GitError)) return error
  const permission = isPermissionDenied(error.stderr)
    ? ' The checkout needs read access (permissions: contents: read).'
    : ''
  return new SystemdUnitsError(
    `git fetch of ${branch} from origin failed: ${excerpt(error.stderr.trim())}.${permission}`,
    {
      kind: 'input',
      name: 'commit',
    },
  )
}

/** How GitHub and git say a push or fetch was not allowed. */
function isPermissionDenied(output: string): boolean {
  return /\b403\b|permission to .* denied|write access to repository not granted|authentication failed/i.test(output)
}
