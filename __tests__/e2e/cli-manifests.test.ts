import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listFiles, removeProject, repoRoot, runCli } from '../helpers/project.js'

const fixtures = '__tests__/fixtures/manifests'

describe('systemd-units CLI on the manifest shapes of issue 12', () => {
  const outputs: string[] = []
  afterEach(async () => {
    await Promise.all(outputs.splice(0).map(removeProject))
  })

  /** Generate for a fixture project into a temporary directory; the main unit's text. */
  async function mainUnit(fixture: string, unit: string): Promise<string> {
    const out = await mkdtemp(join(tmpdir(), 'cli-manifests-'))
    outputs.push(out)
    const result = await runCli(['generate', '--dir', join(fixtures, fixture), '--output-dir', out], repoRoot)
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining(unit) })
    return readFile(join(out, unit), 'utf8')
  }

  /** Generate for a fixture project; what the CLI printed (stdout and stderr) and the main unit's text. */
  async function generate(fixture: string, unit: string): Promise<{ printed: string; unit: string }> {
    const out = await mkdtemp(join(tmpdir(), 'cli-manifests-'))
    outputs.push(out)
    const result = await runCli(['generate', '--dir', join(fixtures, fixture), '--output-dir', out], repoRoot)
    expect(result.code).toBe(0)
    return { printed: result.stdout + result.stderr, unit: await readFile(join(out, unit), 'utf8') }
  }

  test('a version from a helper called with a literal is read, with a notice that the helper may add to it', async () => {
    const { printed } = await generate('mix-version-helper', 'fediverse.service')
    expect(printed).toContain(
      'notice: mix.exs:7: version: read the literal of version("2.2.50"); the helper may add to it when mix runs\n',
    )
  })

  test('a version computed when mix runs is a warning at the line of version:, not an empty version in silence', async () => {
    const { printed } = await generate('mix-git-version', 'rota.service')
    expect(printed).toContain(
      'warning: mix.exs:7: version: is computed when mix runs, so it cannot be read without running it; ' +
        'the units carry no version: set version\n',
    )
  })

  test('a go module on a host path keeps its dots in the binary, and the user made from it is valid, with a notice', async () => {
    const { printed, unit } = await generate('go-vanity-host', 'example-app.service')
    expect(unit).toContain('User=example-app\n')
    expect(unit).toContain('ExecStart=/srv/example-app/current/bin/example.app\n')
    expect(printed).toContain('notice: ext_name is "example-app", app_name "example.app" made valid')
  })

  test('several [project.scripts] and none named like the project: a warning lists them and names exec_start', async () => {
    const { printed } = await generate('python-several-scripts', 'datahub.service')
    expect(printed).toContain(
      'warning: ExecStart= is a guess: pyproject.toml names no program to run, so it runs /srv/datahub/current/bin/datahub ' +
        '(candidates found: bin/datahub-ingest, bin/datahub-gms); set exec_start to the program and its arguments\n',
    )
  })

  test('a crate whose binary is an interpreter, run bare under Restart=always, is warned about; restart: on-failure calms it', async () => {
    const { printed } = await generate('cargo-interpreter', 'rustpython.service')
    expect(printed).toContain(
      'warning: ExecStart= runs rustpython with no arguments: an interpreter reads its program from standard input, ' +
        'which is /dev/null, and exits at once, so Restart=always restarts it in a loop; ' +
        'set exec_start to the program and its arguments\n',
    )
    const out = await mkdtemp(join(tmpdir(), 'cli-manifests-'))
    outputs.push(out)
    const calm = await runCli(
      [
        'generate',
        '--dir',
        join(fixtures, 'cargo-interpreter'),
        '--output-dir',
        out,
        '--settings',
        'restart: on-failure',
      ],
      repoRoot,
    )
    expect(calm).toMatchObject({ code: 0 })
    expect(calm.stdout + calm.stderr).not.toContain('warning:')
  })

  test('a virtual workspace with several binary members is an error at the line of members, naming the manifest setting', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cli-manifests-'))
    outputs.push(out)
    const result = await runCli(['generate', '--dir', join(fixtures, 'cargo-workspace'), '--output-dir', out], repoRoot)
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain(
      'Cargo.toml:3: workspace.members: is a virtual workspace whose members crates/api, crates/ingest each build a binary: ' +
        'set the `manifest` setting to the Cargo.toml of the one to run',
    )
    expect(await listFiles(out)).toEqual([])
  })

  test('a tool-only pyproject.toml is passed over for package.json and its plain node start script', async () => {
    const unit = await mainUnit('python-tool-config-only', 'status-page.service')
    expect(unit).toContain('ExecStart=/usr/bin/env node /srv/status-page/current/dist/server.js\n')
  })

  test('go.mod with a /v3 suffix, a VERSION file and one cmd/<name>/ runs that command', async () => {
    const unit = await mainUnit('go-cmd-layout', 'edgeproxy.service')
    expect(unit).toContain('ExecStart=/srv/edgeproxy/current/bin/edgeproxyd\n')
  })

  test('a virtual Cargo workspace runs the [[bin]] of its default member', async () => {
    const unit = await mainUnit('cargo-default-members', 'relay-server.service')
    expect(unit).toContain('ExecStart=/srv/relay-server/current/bin/relayd\n')
  })
})
