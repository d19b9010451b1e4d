import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Real git repositories for the commit tests: a bare "origin" and a clone of it, as
 * actions/checkout leaves the workspace. No global or system git config is read here (and
 * NO_GIT_CONFIG is the environment for code under test), so tests see what a fresh runner sees.
 */
export interface GitFixture {
  /** Holds everything below; remove it when done. */
  root: string
  /** The bare repository, the checkout's origin. */
  remote: string
  /** The workspace clone. */
  checkout: string
}

export const NO_GIT_CONFIG = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const identity = ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', '-c', 'init.defaultBranch=main']
  return (await run('git', [...identity, ...args], { cwd, env: { ...process.env, ...NO_GIT_CONFIG } })).stdout.trim()
}

/** origin with one commit of `files` on main, and a fresh clone of it. */
export async function gitFixture(files: Record<string, string>): Promise<GitFixture> {
  const root = await mkdtemp(join(tmpdir(), 'systemd-units-git-'))
  const remote = join(root, 'origin.git')
  await git(root, 'init', '--quiet', '--bare', remote)
  const seed = join(root, 'seed')
  await git(root, 'clone', '--quiet', remote, seed)
  await writeFiles(seed, files)
  await git(seed, 'add', '--all')
  await git(seed, 'commit', '--quiet', '-m', 'Start the project')
  await git(seed, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main')
  const checkout = join(root, 'workspace')
  await git(root, 'clone', '--quiet', '--branch', 'main', remote, checkout)
  return { root, remote, checkout }
}

export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), content)
  }
}

/** Commit `files` on a branch of origin from a clone of its own, as another developer would. */
export async function pushFromElsewhere(
  fixture: GitFixture,
  branch: string,
  files: Record<string, string>,
  message = 'Edit elsewhere',
): Promise<string> {
  const other = await mkdtemp(join(fixture.root, 'other-'))
  await git(other, 'clone', '--quiet', '--branch', branch, fixture.remote, '.')
  await writeFiles(other, files)
  await git(other, 'add', '--all')
  await git(other, 'commit', '--quiet', '-m', message)
  await git(other, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`)
  return git(other, 'rev-parse', 'HEAD')
}

/** A pre-receive hook in origin that refuses every push to `branch`, as a protected branch does. */
export async function protectBranch(fixture: GitFixture, branch: string): Promise<void> {
  await hook(
    join(fixture.remote, 'hooks', 'pre-receive'),
    `while read old new ref; do
  if [ "$ref" = "refs/heads/${branch}" ]; then
    echo "error: GH006: Protected branch update failed for refs/heads/${branch}." >&2
    exit 1
  fi
done`,
  )
}

/**
 * A pre-push hook in the checkout that, on each of its first `times` runs, lands a commit of
 * `files(run)` on `branch` from another clone: a concurrent push between our fetch and our push.
 */
export async function raceEachPush(
  fixture: GitFixture,
  branch: string,
  times: number,
  files: (run: number) => Record<string, string>,
): Promise<void> {
  const other = join(fixture.root, 'racer')
  await git(fixture.root, 'clone', '--quiet', '--branch', branch, fixture.remote, other)
  const scripts: string[] = []
  for (let run = 1; run <= times; run++) {
    const writes = Object.entries(files(run)).map(
      ([name, content]) =>
        `mkdir -p "$(dirname '${name}')" && printf '%s' '${content.replace(/'/g, `'\\''`)}' > '${name}'`,
    )
    scripts.push(`  ${run}) ${writes.join(' && ')} ;;`)
  }
  await hook(
    join(fixture.checkout, '.git', 'hooks', 'pre-push'),
    `unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_PREFIX GIT_OBJECT_DIRECTORY
count_file='${join(fixture.root, 'race-count')}'
n=$(( $(cat "$count_file" 2>/dev/null || echo 0) + 1 ))
echo $n > "$count_file"
[ $n -le ${times} ] || exit 0
cd '${other}'
git fetch --quiet origin && git reset --quiet --hard origin/${branch}
case $n in
${scripts.join('\n')}
esac
git add --all && git -c user.name=Racer -c user.email=racer@example.com commit --quiet -m "Concurrent change $n" && git push --quiet origin HEAD:refs/heads/${branch}`,
  )
}

async function hook(path: string, body: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `#!/bin/sh\n${body}\n`)
  await chmod(path, 0o755)
}
