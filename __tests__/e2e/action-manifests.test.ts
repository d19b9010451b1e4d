import { afterEach, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expectWrittenUnitsVerified } from '../helpers/generate.js'
import { removeProject, repoRoot, runAction } from '../helpers/project.js'

const run = promisify(execFile)
const fixtures = join(repoRoot, '__tests__/fixtures/manifests')

/** Issue 12 through dist/index.js: the version, the annotations and the job summary a user sees on the first run. */
describe('the action on the manifest shapes of issue 12', () => {
  const workspaces: string[] = []
  afterEach(async () => {
    await Promise.all(workspaces.splice(0).map(removeProject))
  })

  /** A copy of a fixture as the checked-out workspace (the action writes its units into it). */
  async function workspace(fixture: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'action-manifests-'))
    workspaces.push(dir)
    await cp(join(fixtures, fixture), dir, { recursive: true })
    return dir
  }

  async function generate(dir: string) {
    const result = await runAction(dir, {})
    expect(result.code).toBe(0)
    await expectWrittenUnitsVerified(dir, JSON.parse(result.outputs['files'] ?? '[]') as string[])
    return result
  }

  test.each([
    ['mix-interpolated-version', '3.4.0-dev'],
    ['mix-version-dotfile', '0.19.2'],
    ['mix-version-file-lines', '2.7.1'],
    ['mix-version-helper', '2.2.50'],
    ['mix-umbrella-release-version', '5.2.0'],
    ['node-server-js', '1.0.0'],
    ['node-start-script', '2.4.1'],
    ['python-setuptools-attr', '4.1.2'],
    ['python-setuptools-file', '1.3.0'],
    ['python-hatch-path', '0.8.4'],
    ['python-flit-module', '2024.6.1'],
    ['go-cmd-layout', '3.2.0'],
  ])('%s: the version output and the summary carry %s, read as a careful human reads it', async (fixture, version) => {
    const result = await generate(await workspace(fixture))
    expect(result.outputs['version']).toBe(version)
    expect(result.summary).toMatch(new RegExp(`^### systemd units for \\S+ ${version.replace(/\./g, '\\.')}$`, 'm'))
  })

  test.each([
    ['cargo-default-members', 'relay-server', '/srv/relay-server/current/bin/relayd'],
    ['cargo-virtual-workspace', 'scheduler', '/srv/scheduler/current/bin/scheduler'],
    ['cargo-library-workspace-maturin', 'fastgeo', '/srv/fastgeo/current/bin/fastgeo'],
    ['go-cmd-layout', 'edgeproxy', '/srv/edgeproxy/current/bin/edgeproxyd'],
    ['go-major-version', 'edge-proxy', '/srv/edge-proxy/current/bin/edge-proxy'],
    ['go-vanity-host', 'example-app', '/srv/example-app/current/bin/example.app'],
    ['node-bin-case', 'deploy-bot', '/srv/deploy-bot/current/dist/bot.js'],
    ['node-scoped-bin', 'billing-api', '/srv/billing-api/current/dist/cli.js'],
    ['node-start-script', 'inventory-web', '/usr/bin/env node /srv/inventory-web/current/bin/www'],
    ['node-server-js', 'legacy-chat', '/usr/bin/env node /srv/legacy-chat/current/server.js'],
    ['python-hatch-path', 'feedback-bot', '/srv/feedback-bot/current/bin/feedback-bot'],
    ['python-setuptools-attr', 'inventory-api', '/srv/inventory-api/current/bin/inventory-api'],
    ['python-tool-config-only', 'status-page', '/usr/bin/env node /srv/status-page/current/dist/server.js'],
  ])('%s: the user is %s and ExecStart= runs what a normal build installs', async (fixture, user, execStart) => {
    const dir = await workspace(fixture)
    const result = await generate(dir)
    const service = (JSON.parse(result.outputs['files'] ?? '[]') as string[]).find((file) => file.endsWith('.service'))
    const unit = await readFile(join(dir, service ?? ''), 'utf8')
    expect(unit).toContain(`\nUser=${user}\nGroup=${user}\n`)
    expect(unit).toContain(`\nExecStart=${execStart}\n`)
    expect(result.stdout).not.toContain('::warning')
  })

  test('hatch-vcs takes the version from git describe --tags of the checkout', async () => {
    const dir = await workspace('python-hatch-vcs')
    const git = (...args: string[]) =>
      run('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], { cwd: dir })
    await git('init', '--quiet')
    await git('add', '-A')
    await git('commit', '--quiet', '-m', 'release')
    await git('tag', 'v1.7.0')
    const result = await generate(dir)
    expect(result.outputs['version']).toBe('1.7.0')
    expect(result.stdout).toContain(
      '::notice title=systemd-units,file=pyproject.toml,line=7::pyproject.toml:7: version ',
    )
  })

  test('a version that cannot be read statically is a warning annotation on the line of version:, and no version', async () => {
    const result = await generate(await workspace('mix-git-version'))
    expect(result.outputs['version']).toBe('')
    expect(result.stdout).toContain(
      '::warning title=systemd-units,file=mix.exs,line=7::mix.exs:7: version: is computed when mix runs',
    )
    expect(result.summary).toContain('- **Warning:** mix.exs:7: version: is computed when mix runs')
  })

  test('the summary says which manifest was read and where the program ExecStart= runs came from', async () => {
    const result = await generate(await workspace('python-setuptools-attr'))
    expect(result.summary).toContain('Manifest: `pyproject.toml`.')
    expect(result.summary).toMatch(/^ExecStart= runs bin\/inventory-api from pyproject.toml: .+\.$/m)
  })

  test('a guessed program is a warning annotation on the manifest that names exec_start', async () => {
    const result = await generate(await workspace('python-several-scripts'))
    expect(result.stdout).toContain(
      '::warning title=systemd-units,file=pyproject.toml::ExecStart= is a guess: pyproject.toml names no program to run',
    )
    expect(result.summary).toContain('set exec_start to the program and its arguments')
    expect(result.summary).not.toContain('ExecStart= runs ')
  })

  test('a library-only Cargo workspace beside pyproject.toml: pyproject.toml is read, and the summary says why', async () => {
    const result = await generate(await workspace('cargo-library-workspace-maturin'))
    expect(result.summary).toContain('Manifest: `pyproject.toml`.')
    expect(result.summary).toMatch(/not used: Cargo\.toml \(.+\)/)
  })
})
