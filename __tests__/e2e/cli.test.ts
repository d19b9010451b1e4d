import { afterEach, describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectWrittenUnitsVerified } from '../helpers/generate.js'
import { makeProject, MIX_EXS, removeProject, repoRoot, runCli } from '../helpers/project.js'

const projects: string[] = []
afterEach(async () => {
  await Promise.all(projects.splice(0).map(removeProject))
})

describe('systemd-units CLI', () => {
  test('generate writes the units and lists them; flags mirror the inputs', async () => {
    const dir = await makeProject({ 'app/mix.exs': MIX_EXS })
    projects.push(dir)
    const result = await runCli(
      [
        'generate',
        '--dir',
        'app',
        '--output-dir',
        'out',
        '--app-name',
        'shop',
        '--version',
        '2.0.0',
        '--settings',
        'restart_method: systemd_flag',
      ],
      dir,
    )
    expect(result).toEqual({
      code: 0,
      stdout: 'wrote out/shop.service\nwrote out/shop-restart.path\nwrote out/shop-restart.service\n',
      stderr: '',
    })
    expect(await readFile(join(dir, 'app/out/shop.service'), 'utf8')).toContain(
      'ExecStart=/srv/shop/current/bin/shop start\n',
    )
    await expectWrittenUnitsVerified(join(dir, 'app'), [
      'out/shop.service',
      'out/shop-restart.path',
      'out/shop-restart.service',
    ])
  })

  test('generate writes directives from --settings, replacing the template’s line, and unit_directives', async () => {
    const dir = await makeProject({ 'mix.exs': MIX_EXS })
    projects.push(dir)
    const settings = [
      'restart_method: systemd_flag',
      'directives: {Service: {Restart: always, OOMScoreAdjust: -500}, Unit: {ConditionPathExists: /etc/my-app.toml}}',
      'unit_directives: {my-app-restart.path: {Path: {TriggerLimitBurst: 5}}}',
    ].join('\n')
    const result = await runCli(['generate', '--settings', settings], dir)
    expect(result.code).toBe(0)
    const service = await readFile(join(dir, '_build/prod/systemd/lib/systemd/system/my-app.service'), 'utf8')
    expect(service.split('\n').filter((line) => line.startsWith('Restart='))).toEqual(['Restart=always'])
    expect(service).toContain('\nOOMScoreAdjust=-500\n')
    expect(service).toContain('\nConditionPathExists=/etc/my-app.toml\n')
    const path = await readFile(join(dir, '_build/prod/systemd/lib/systemd/system/my-app-restart.path'), 'utf8')
    expect(path).toContain('\nTriggerLimitBurst=5\n')
    await expectWrittenUnitsVerified(
      dir,
      result.stdout
        .trim()
        .split('\n')
        .map((line) => line.replace(/^wrote /, '')),
    )
  })

  test('init copies the templates, and --force overwrites them', async () => {
    const dir = await makeProject({ 'mix.exs': MIX_EXS })
    projects.push(dir)
    expect((await runCli(['init'], dir)).stdout).toContain('wrote rel/templates/systemd/systemd.service.mustache')
    expect((await runCli(['init'], dir)).stdout).toContain('kept rel/templates/systemd/systemd.service.mustache')
    expect((await runCli(['init', '--force'], dir)).stdout).toContain(
      'wrote rel/templates/systemd/systemd.service.mustache',
    )
  })

  test('prints usage for --help and fails on an unknown command or flag', async () => {
    expect(await runCli(['--help'], repoRoot)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: systemd-units'),
    })
    expect(await runCli(['deploy'], repoRoot)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('expected one command'),
    })
    expect(await runCli(['generate', '--colour'], repoRoot)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Unknown option '--colour'"),
    })
  })

  test('runs the bundled example project', async () => {
    const out = join(await makeProjectDir(), 'out')
    const result = await runCli(['generate', '--dir', 'examples/elixir-app', '--output-dir', out], repoRoot)
    expect(result.code).toBe(0)
    const units = ['foo.service', 'foo-restart.path', 'foo-restart.service', 'foo-runtime-environment.service']
    await expectWrittenUnitsVerified(out, units)
  })

  test('a release without MIX_ENV, deployed in place, with a wrapper and optional sandbox paths', async () => {
    // mix_systemd parity: mix_env null, current_dir = deploy_dir, a wrapper ending in a space, "-" and "+" paths.
    const config = `mix_env: null
current_dir: "{{deploy_dir}}"
exec_start_wrap: "/usr/bin/env "
read_write_paths: [-/var/spool/my-app]
read_only_paths: [-+/etc/ssl]
env_vars: ["SHARE=\\\\\\\\fileserver\\\\share\\\\"]
`
    const dir = await makeProject({ 'mix.exs': MIX_EXS, '.systemd.yml': config })
    projects.push(dir)
    const result = await runCli(['generate'], dir)
    expect(result).toMatchObject({ code: 0, stdout: 'wrote _build/systemd/lib/systemd/system/my-app.service\n' })
    const unit = await readFile(join(dir, '_build/systemd/lib/systemd/system/my-app.service'), 'utf8')
    expect(unit).not.toContain('MIX_ENV')
    expect(unit.match(/^EnvironmentFile=.*$/gm)).toEqual([
      'EnvironmentFile=-/srv/my-app/etc/environment',
      'EnvironmentFile=-/etc/my-app/environment',
      'EnvironmentFile=-/run/my-app/runtime-environment',
    ])
    expect(unit).toContain('\nExecStart=/usr/bin/env /srv/my-app/bin/my_app start\n')
    expect(unit).toContain('\nReadWritePaths=-/var/spool/my-app\n')
    expect(unit).toContain('\nReadOnlyPaths=-+/etc/ssl\n')
    expect(unit).toContain('\nEnvironment="SHARE=\\\\\\\\fileserver\\\\share\\\\"\n')
    await expectWrittenUnitsVerified(dir, ['_build/systemd/lib/systemd/system/my-app.service'])
  })
})

async function makeProjectDir(): Promise<string> {
  const dir = await makeProject({})
  projects.push(dir)
  return dir
}
