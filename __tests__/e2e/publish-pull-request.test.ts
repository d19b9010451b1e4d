import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { generateUnits } from '../../src/jobs/generate.js'
import { commitUnits } from '../../src/publish/commit-units.js'
import { retryPolicy } from '../../src/publish/retry.js'
import { runActionWithEnv } from '../helpers/action-env.js'
import { FakeGitHub, TOKEN } from '../helpers/fake-github.js'
import { git, gitFixture, NO_GIT_CONFIG, pushFromElsewhere, type GitFixture } from '../helpers/git-remote.js'
import { makeProject, MIX_EXS, removeProject } from '../helpers/project.js'
import { publishInputs } from '../helpers/publish-inputs.js'

beforeAll(() => {
  Object.assign(process.env, NO_GIT_CONFIG)
})

const PROJECT = {
  'svc/mix.exs': MIX_EXS,
  'svc/.systemd.yml': 'output_dir: deploy/units\napp_user: app\n',
  'README.md': '# shop\n',
}
const UNIT = 'svc/deploy/units/my-app.service'
const PR_BRANCH = 'systemd-units/my-app/main'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()))
})

async function fakeGitHub(): Promise<FakeGitHub> {
  const github = await FakeGitHub.start(PROJECT)
  cleanups.push(() => github.close())
  return github
}

async function openPullRequest(workspace: string, github: FakeGitHub, commitMethod: 'git' | 'api') {
  const env = { ...github.env(), GITHUB_WORKSPACE: workspace, SYSTEMD_UNITS_RETRY_DELAY_MS: '10' }
  const request = { workingDirectory: join(workspace, 'svc') }
  return commitUnits(
    request,
    await generateUnits(request),
    publishInputs({ pullRequest: true, commitMethod, token: TOKEN }),
    env,
    retryPolicy(env),
  )
}

describe('pull-request with commit-method api', () => {
  async function setUp() {
    const dir = await makeProject(PROJECT)
    cleanups.push(() => removeProject(dir))
    return { dir, github: await fakeGitHub() }
  }

  test('pushes the units to a branch of their own and opens one pull request against commit-branch', async () => {
    const { dir, github } = await setUp()
    const main = github.head('main').oid
    const { outcome, pullRequestUrl } = await openPullRequest(dir, github, 'api')
    expect(github.head('main').oid).toBe(main)
    const branch = github.head(PR_BRANCH)
    expect(branch.parents).toEqual([main])
    expect(branch.files.get(UNIT)).toContain('User=app\n')
    expect(outcome).toMatchObject({ changed: true, sha: branch.oid, createdBranch: true })
    expect(pullRequestUrl).toBe('https://github.com/acme/shop/pull/1')
    expect(github.pulls).toHaveLength(1)
    expect(github.pulls[0]).toMatchObject({
      head: PR_BRANCH,
      base: 'main',
      title: 'chore: regenerate systemd units for my-app 1.2.3',
      state: 'open',
    })
    expect(github.pulls[0]!.body).toContain(`\`\`\`diff\n--- /dev/null\n+++ b/${UNIT}\n`)
  })

  test('a re-run updates the same pull request and commits nothing new', async () => {
    const { dir, github } = await setUp()
    await openPullRequest(dir, github, 'api')
    const head = github.head(PR_BRANCH).oid
    const { outcome, pullRequestUrl } = await openPullRequest(dir, github, 'api')
    expect(outcome).toMatchObject({ changed: true, sha: head })
    expect(pullRequestUrl).toBe('https://github.com/acme/shop/pull/1')
    expect(github.pulls).toHaveLength(1)
    expect(github.calls().filter((call) => call === 'graphql CreateUnitsCommit')).toHaveLength(1)
    expect(github.calls()).toContain('PATCH /repos/acme/shop/pulls/1')
  })

  test('when commit-branch moved on, its head is merged into the pull request branch: a fast-forward, never a force-push', async () => {
    const { dir, github } = await setUp()
    await openPullRequest(dir, github, 'api')
    const before = github.head(PR_BRANCH).oid
    const moved = github.pushElsewhere('main', { 'README.md': '# shop, edited\n' })
    const { outcome } = await openPullRequest(dir, github, 'api')
    const head = github.head(PR_BRANCH)
    expect(head.parents).toEqual([before, moved])
    expect(head.files.get('README.md')).toBe('# shop, edited\n')
    expect(outcome.sha).toBe(head.oid)
  })

  test('once the units are on commit-branch, nothing is committed and no pull request is touched', async () => {
    const { dir, github } = await setUp()
    await openPullRequest(dir, github, 'api')
    github.branches.set('main', github.head(PR_BRANCH).oid)
    github.server.requests.length = 0
    const { outcome, pullRequestUrl } = await openPullRequest(dir, github, 'api')
    expect(outcome.changed).toBe(false)
    expect(pullRequestUrl).toBeUndefined()
    expect(github.calls().filter((call) => call.includes('/pulls'))).toEqual([])
  })

  test('without pull-requests: write the error names the permission, and the branch it made is deleted again', async () => {
    const { dir, github } = await setUp()
    github.permissions.pullRequests = 'none'
    await expect(openPullRequest(dir, github, 'api')).rejects.toThrow(
      'input "token": GitHub refused opening a pull request from systemd-units/my-app/main into main (HTTP 403: Resource not accessible by integration',
    )
    await expect(openPullRequest(dir, github, 'api')).rejects.toThrow('the token needs `pull-requests: write`')
    expect([...github.branches.keys()]).toEqual(['main'])
  })
})

describe('pull-request with commit-method git', () => {
  async function setUp(): Promise<{ made: GitFixture; github: FakeGitHub }> {
    const made = await gitFixture(PROJECT)
    cleanups.push(() => rm(made.root, { recursive: true, force: true }))
    return { made, github: await fakeGitHub() }
  }

  test('pushes a branch to origin and opens the pull request through the API', async () => {
    const { made, github } = await setUp()
    const main = await git(made.remote, 'rev-parse', 'main')
    const { outcome, pullRequestUrl } = await openPullRequest(made.checkout, github, 'git')
    expect(await git(made.remote, 'rev-parse', 'main')).toBe(main)
    expect(await git(made.remote, 'rev-parse', PR_BRANCH)).toBe(outcome.sha)
    expect(await git(made.remote, 'rev-parse', `${PR_BRANCH}^`)).toBe(main)
    expect(await git(made.remote, 'diff', '--name-only', 'main', PR_BRANCH)).toBe(UNIT)
    expect(pullRequestUrl).toBe('https://github.com/acme/shop/pull/1')
    expect(github.pulls[0]).toMatchObject({ head: PR_BRANCH, base: 'main' })
  })

  test('a re-run on a moved commit-branch merges it in with a second parent, and updates the same pull request', async () => {
    const { made, github } = await setUp()
    const first = (await openPullRequest(made.checkout, github, 'git')).outcome.sha
    const moved = await pushFromElsewhere(made, 'main', {
      'svc/.systemd.yml': 'output_dir: deploy/units\napp_user: web\n',
    })
    const { outcome } = await openPullRequest(made.checkout, github, 'git')
    expect((await git(made.remote, 'log', '-1', '--format=%P', PR_BRANCH)).split(' ')).toEqual([first, moved])
    // Regenerated from the config now on main.
    expect(await git(made.remote, 'show', `${PR_BRANCH}:${UNIT}`)).toContain('User=web')
    expect(outcome.sha).toBe(await git(made.remote, 'rev-parse', PR_BRANCH))
    expect(github.pulls).toHaveLength(1)
    const again = await openPullRequest(made.checkout, github, 'git')
    expect(again.outcome.sha).toBe(outcome.sha)
  })

  test('a pull request that cannot be opened leaves no branch on origin', async () => {
    const { made, github } = await setUp()
    github.permissions.pullRequests = 'none'
    await expect(openPullRequest(made.checkout, github, 'git')).rejects.toThrow(
      'the token needs `pull-requests: write`',
    )
    expect(await git(made.remote, 'for-each-ref', '--format=%(refname)')).toBe('refs/heads/main')
  })

  test('through dist/index.js: outputs the pull request, the commit and the diff', async () => {
    const { made, github } = await setUp()
    const env = { ...NO_GIT_CONFIG, ...github.env() }
    const result = await runActionWithEnv(
      made.checkout,
      { 'working-directory': 'svc', 'pull-request': 'true', token: TOKEN },
      { env },
    )
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({
      changed: 'true',
      'commit-sha': await git(made.remote, 'rev-parse', PR_BRANCH),
      'pull-request-url': 'https://github.com/acme/shop/pull/1',
    })
    expect(result.outputs['diff']).toContain(`+++ b/${UNIT}\n`)
    expect(result.summary).toContain('- Pull request: https://github.com/acme/shop/pull/1')
    expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`)
  })
})
