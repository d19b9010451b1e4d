import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { generateUnits } from '../../src/jobs/generate.js'
import type { PublishInputs } from '../../src/action/inputs.js'
import { commitUnits } from '../../src/publish/commit-units.js'
import { retryPolicy } from '../../src/publish/retry.js'
import { runActionWithEnv } from '../helpers/action-env.js'
import {
  git,
  gitFixture,
  NO_GIT_CONFIG,
  protectBranch,
  pushFromElsewhere,
  raceEachPush,
  type GitFixture,
} from '../helpers/git-remote.js'
import { MIX_EXS } from '../helpers/project.js'
import { publishInputs } from '../helpers/publish-inputs.js'

beforeAll(() => {
  // The code under test runs git in this process: no user or system config, as on a fresh runner.
  Object.assign(process.env, NO_GIT_CONFIG)
})

const fixtures: GitFixture[] = []
afterEach(async () => {
  await Promise.all(fixtures.splice(0).map((fixture) => rm(fixture.root, { recursive: true, force: true })))
})

const CONFIG = 'output_dir: deploy/units\napp_user: app\n'
const PROJECT = { 'svc/mix.exs': MIX_EXS, 'svc/.systemd.yml': CONFIG, 'README.md': '# shop\n' }
const UNIT = 'svc/deploy/units/my-app.service'
const policy = retryPolicy({ SYSTEMD_UNITS_RETRY_DELAY_MS: '10' })

async function fixture(files: Record<string, string> = PROJECT): Promise<GitFixture> {
  const made = await gitFixture(files)
  fixtures.push(made)
  return made
}

/** Commit the units of `checkout/svc` the way the action does after generating them. */
async function commit(
  made: GitFixture,
  overrides: Partial<PublishInputs> = {},
  env: Record<string, string> = { GITHUB_REF: 'refs/heads/main' },
) {
  const request = { workingDirectory: join(made.checkout, 'svc') }
  return commitUnits(request, await generateUnits(request), publishInputs({ commit: true, ...overrides }), env, policy)
}

/** What a unit file holds on origin's main. */
async function onOrigin(made: GitFixture, path: string, ref = 'main'): Promise<string> {
  return git(made.remote, 'show', `${ref}:${path}`).then((text) => text + '\n')
}

/** The checkout must look exactly as before: same HEAD, same refs, clean, one worktree. */
async function checkoutState(made: GitFixture) {
  return {
    head: await git(made.checkout, 'rev-parse', 'HEAD'),
    refs: await git(made.checkout, 'for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/tags'),
    status: await git(made.checkout, 'status', '--porcelain'),
    worktrees: (await git(made.checkout, 'worktree', 'list', '--porcelain'))
      .split('\n')
      .filter((line) => line.startsWith('worktree ')).length,
  }
}

describe('commit-method git, against real bare repositories', () => {
  test('the first commit adds the generated units on top of the branch, as the Actions bot, leaving the checkout as it was', async () => {
    const made = await fixture()
    const before = await checkoutState(made)
    const start = await git(made.remote, 'rev-parse', 'main')
    const { outcome, target } = await commit(made)
    expect(target).toMatchObject({ branch: 'main', unitsDir: 'svc/deploy/units', pullRequestBranch: undefined })
    expect(outcome).toMatchObject({ changed: true, sha: await git(made.remote, 'rev-parse', 'main') })
    expect(await git(made.remote, 'rev-parse', 'main^')).toBe(start)
    expect(await git(made.remote, 'log', '-1', '--format=%an <%ae>|%s', 'main')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|chore: regenerate systemd units for my-app 1.2.3',
    )
    expect(await git(made.remote, 'diff', '--name-status', 'main^', 'main')).toBe(`A\t${UNIT}`)
    const generated = await generateUnits({ workingDirectory: join(made.checkout, 'svc') })
    expect(await onOrigin(made, UNIT)).toBe(generated.units[0]!.content)
    expect(outcome.diff).toBe(
      `--- /dev/null\n+++ b/${UNIT}\n@@ -0,0 +1,${generated.units[0]!.content.split('\n').length - 1} @@\n${generated.units[0]!.content.replace(/^/gm, '+').replace(/\+$/, '')}`,
    )
    expect(await checkoutState(made)).toEqual(before)
  })

  test('a re-run with the same inputs commits nothing: changed is false and the branch stays put', async () => {
    const made = await fixture()
    await commit(made)
    const head = await git(made.remote, 'rev-parse', 'main')
    const { outcome } = await commit(made)
    expect(outcome).toEqual({ changed: false, diff: '', sha: '', createdBranch: false })
    expect(await git(made.remote, 'rev-parse', 'main')).toBe(head)
  })

  test('a unit file nothing generates any more is deleted, and a changed one rewritten', async () => {
    const made = await fixture({
      ...PROJECT,
      'svc/deploy/units/my-app.service': '[Service]\n',
      'svc/deploy/units/my-app-old.timer': '[Timer]\n',
      'svc/deploy/units/README': 'kept\n',
    })
    const { outcome } = await commit(made)
    expect(outcome.changed).toBe(true)
    expect((await git(made.remote, 'diff', '--name-status', 'main^', 'main')).split('\n').sort()).toEqual([
      `D\tsvc/deploy/units/my-app-old.timer`,
      `M\t${UNIT}`,
    ])
    expect(outcome.diff).toContain('--- a/svc/deploy/units/my-app-old.timer\n+++ /dev/null\n')
  })

  test('a push that loses a race is retried on the new head, regenerated from the config there, never forced', async () => {
    const made = await fixture()
    // Between our fetch and our push, someone changes the config on main.
    await raceEachPush(made, 'main', 1, () => ({ 'svc/.systemd.yml': `${CONFIG}app_group: staff\n` }))
    const { outcome } = await commit(made)
    expect(outcome.changed).toBe(true)
    const log = (await git(made.remote, 'log', '--format=%s', 'main')).split('\n')
    expect(log).toEqual([
      'chore: regenerate systemd units for my-app 1.2.3',
      'Concurrent change 1',
      'Start the project',
    ])
    // The commit holds the units the new config generates, not those of the checkout.
    expect(await onOrigin(made, UNIT)).toContain('Group=staff\n')
    expect(await readFile(join(made.root, 'race-count'), 'utf8')).toBe('2\n')
  })

  test('when every try loses the race, the error says so after a bounded number of tries, and nothing of ours is left', async () => {
    const made = await fixture()
    await raceEachPush(made, 'main', 10, (run) => ({ 'notes.txt': `edit ${run}\n` }))
    const before = await checkoutState(made)
    await expect(commit(made)).rejects.toThrow(
      'pushing the units to main failed 4 times; the last error: main moved while the commit was being made',
    )
    expect((await git(made.remote, 'log', '--format=%s', 'main')).split('\n')).toEqual([
      'Concurrent change 4',
      'Concurrent change 3',
      'Concurrent change 2',
      'Concurrent change 1',
      'Start the project',
    ])
    expect(await checkoutState(made)).toEqual(before)
  })

  test('a push the remote refuses (a protected branch) fails at once with its reason, leaving no commit or worktree behind', async () => {
    const made = await fixture()
    await protectBranch(made, 'main')
    const start = await git(made.remote, 'rev-parse', 'main')
    const before = await checkoutState(made)
    await expect(commit(made)).rejects.toThrow(
      'input "commit": git push to main was refused: remote: error: GH006: Protected branch update failed for refs/heads/main; [remote rejected] (pre-receive hook declined).',
    )
    expect(await git(made.remote, 'rev-parse', 'main')).toBe(start)
    expect(await git(made.remote, 'for-each-ref', '--format=%(refname)')).toBe('refs/heads/main')
    expect(await checkoutState(made)).toEqual(before)
  })

  test('commit-branch must exist on origin, and a detached checkout must name it', async () => {
    const made = await fixture()
    await expect(commit(made, { commitBranch: 'release' })).rejects.toThrow(
      'input "commit-branch": branch release does not exist on origin',
    )
    await git(made.checkout, 'checkout', '--quiet', '--detach')
    await expect(commit(made, {}, { GITHUB_REF: 'refs/tags/v1.2.3' })).rejects.toThrow(
      'input "commit-branch": cannot tell which branch to commit to (the run is for refs/tags/v1.2.3); set commit-branch',
    )
  })

  test('an output-dir git ignores cannot be committed, and the error says why', async () => {
    const made = await fixture({ ...PROJECT, '.gitignore': 'deploy/\n' })
    await expect(commit(made)).rejects.toThrow(
      'input "output-dir": svc/deploy/units/my-app.service is ignored by git (.gitignore), so it cannot be committed',
    )
    expect(await git(made.remote, 'rev-list', '--count', 'main')).toBe('1')
  })

  test('a branch someone else moved since the checkout is fetched first: the commit lands on its head', async () => {
    const made = await fixture()
    const elsewhere = await pushFromElsewhere(made, 'main', { 'README.md': '# shop, edited\n' })
    const { outcome } = await commit(made)
    expect(await git(made.remote, 'rev-parse', 'main^')).toBe(elsewhere)
    expect(outcome.sha).toBe(await git(made.remote, 'rev-parse', 'main'))
  })
})

describe('commit: true through dist/index.js', () => {
  test('commits once, then reports changed=false; the token is not needed and never loaded', async () => {
    const made = await fixture()
    const env = { ...NO_GIT_CONFIG, GITHUB_REF: 'refs/heads/main', SYSTEMD_UNITS_RETRY_DELAY_MS: '10' }
    const first = await runActionWithEnv(
      made.checkout,
      { 'working-directory': 'svc', commit: 'true' },
      { env, traceImports: true },
    )
    expect(first.code).toBe(0)
    expect(first.outputs).toMatchObject({
      changed: 'true',
      'commit-sha': await git(made.remote, 'rev-parse', 'main'),
      'pull-request-url': '',
    })
    expect(first.outputs['diff']).toContain(`+++ b/${UNIT}\n`)
    expect(first.summary).toContain(`- Commit: \`${first.outputs['commit-sha']}\` on \`main\``)
    expect(first.stdout).not.toContain('::add-mask::')
    const chunks = await Promise.all(
      first.loaded.filter((url) => url.includes('/dist/')).map((url) => readFile(new URL(url), 'utf8')),
    )
    expect(chunks.filter((code) => /node_modules\/@actions\/|undici:request/.test(code))).toEqual([])
    const second = await runActionWithEnv(made.checkout, { 'working-directory': 'svc', commit: 'true' }, { env })
    expect(second.code).toBe(0)
    expect(second.outputs).toMatchObject({ changed: 'false', diff: '', 'commit-sha': '' })
    expect(second.summary).toContain('- Nothing to commit: the units on `main` are up to date.')
    expect(await git(made.remote, 'rev-list', '--count', 'main')).toBe('2')
  })

  test('a concurrent push is retried on the new head', async () => {
    const made = await fixture()
    await raceEachPush(made, 'main', 1, () => ({ 'README.md': '# shop, edited\n' }))
    const result = await runActionWithEnv(
      made.checkout,
      { 'working-directory': 'svc', commit: 'true' },
      { env: { ...NO_GIT_CONFIG, GITHUB_REF: 'refs/heads/main', SYSTEMD_UNITS_RETRY_DELAY_MS: '10' } },
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'pushing the units to main failed (main moved while the commit was being made); try 2 of 4',
    )
    expect(result.outputs['commit-sha']).toBe(await git(made.remote, 'rev-parse', 'main'))
    expect(await git(made.remote, 'log', '-1', '--format=%s', 'main^')).toBe('Concurrent change 1')
  })

  test('a refused push fails the step with one error annotation; the generated files stay on disk', async () => {
    const made = await fixture()
    await protectBranch(made, 'main')
    const result = await runActionWithEnv(
      made.checkout,
      { 'working-directory': 'svc', commit: 'true' },
      { env: { ...NO_GIT_CONFIG, GITHUB_REF: 'refs/heads/main' } },
    )
    expect(result.code).toBe(1)
    expect(result.stdout.match(/::error /g)).toHaveLength(1)
    expect(result.stdout).toContain(
      '::error title=systemd-units::input "commit": git push to main was refused: remote: error: GH006: Protected branch update failed',
    )
    expect(await readFile(join(made.checkout, UNIT), 'utf8')).toContain('User=app\n')
  })
})
