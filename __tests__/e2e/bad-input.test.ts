import { afterEach, describe, expect, test } from '@jest/globals'
import { listFiles, makeProject, MIX_EXS, removeProject, runAction, runCli } from '../helpers/project.js'

/**
 * Every kind of bad input fails with one message naming the file, line and key, and leaves the
 * project exactly as it was. Each case runs through the CLI; the action's annotation is checked
 * for a few below.
 */
const projects: string[] = []
afterEach(async () => {
  await Promise.all(projects.splice(0).map(removeProject))
})

async function expectRejected(
  files: Record<string, string>,
  message: string | RegExp,
  args: string[] = [],
): Promise<void> {
  const dir = await makeProject(files)
  projects.push(dir)
  const before = await listFiles(dir)
  const result = await runCli(['generate', ...args], dir)
  expect(result.code).toBe(1)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(message)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(await listFiles(dir)).toEqual(before)
}

const mix = (config: string) => ({ 'mix.exs': MIX_EXS, '.systemd.yml': config })

describe('rejects', () => {
  test('invalid YAML, at its line', () =>
    expectRejected(mix('app_user: app\ndirs: [runtime\n'), /^error: \.systemd\.yml:3: invalid YAML: /))

  test('a config that is not a mapping', () =>
    expectRejected(mix('- a\n- b\n'), 'error: .systemd.yml:1: expected a mapping'))

  test('an unknown key, suggesting the closest valid one', () =>
    expectRejected(
      mix('app_user: app\nexec_strat: /bin/true\n'),
      'error: .systemd.yml:2: exec_strat: unknown setting (did you mean exec_start?)',
    ))

  test('a wrong type', () =>
    expectRejected(
      mix('chroot: "yes please"\n'),
      'error: .systemd.yml:1: chroot: expected a boolean, got "yes please"',
    ))

  test('a bad enum value', () =>
    expectRejected(
      mix('\nservice_type: daemon\n'),
      'error: .systemd.yml:2: service_type: expected one of simple, exec, notify, forking, got "daemon"',
    ))

  test('a bad list item, at the item line', () =>
    expectRejected(
      mix('dirs:\n  - runtime\n  - scratch\n'),
      /^error: \.systemd\.yml:3: dirs\[1\]: expected one of runtime, /,
    ))

  test('a reference to an unknown setting, naming both and the closest', () =>
    expectRejected(
      mix('deploy_dir: "{{bse_dir}}/app"\n'),
      'error: .systemd.yml:1: deploy_dir: references unknown setting bse_dir (did you mean base_dir?)',
    ))

  test('a reference cycle, naming the keys in it', () =>
    expectRejected(
      mix('deploy_dir: "{{current_dir}}/x"\ncurrent_dir: "{{deploy_dir}}/current"\n'),
      /reference cycle: (deploy_dir → current_dir → deploy_dir|current_dir → deploy_dir → current_dir)/,
    ))

  test('a bounding set in hardening_overrides that lacks an ambient capability, at the override', () =>
    expectRejected(
      mix('ambient_capabilities: [CAP_NET_BIND_SERVICE]\nhardening_overrides:\n  CapabilityBoundingSet: ""\n'),
      'error: .systemd.yml:3: hardening_overrides["CapabilityBoundingSet"]: CapabilityBoundingSet= lacks CAP_NET_BIND_SERVICE, which ambient capabilities grant: outside the bounding set the service cannot use them',
    ))

  test('an invalid unit name', () =>
    expectRejected(
      mix('service_name: "my app"\n'),
      'error: .systemd.yml:1: service_name: "my app" is not a valid unit name',
    ))

  test('a newline smuggled into a value', () =>
    expectRejected(mix('app_user: "app\\n[Service]\\nExecStartPre=/bin/sh"\n'), /^error: \.systemd\.yml:1: app_user: /))

  test('a relative path where systemd needs an absolute one', () =>
    expectRejected(mix('base_dir: srv\n'), /^error: \.systemd\.yml:1: base_dir: /))

  test('an unreadable manifest, at its line', () =>
    expectRejected({ 'package.json': '{\n  "name": "api",\n  "version": 1.0.0\n}\n' }, /^error: package\.json:3: /))

  test('a project with no manifest and no app name, listing what was looked for', () =>
    expectRejected(
      {},
      'error: no manifest found (looked for mix.exs, Cargo.toml, go.mod, pyproject.toml, package.json) and no app_name',
    ))

  test('a config file named explicitly that does not exist', () =>
    expectRejected({ 'mix.exs': MIX_EXS }, 'error: --config: config file deploy/systemd.yml not found', [
      '--config',
      'deploy/systemd.yml',
    ]))

  test('bad YAML in the settings flag', () =>
    expectRejected({ 'mix.exs': MIX_EXS }, 'error: --settings:1: restart: expected one of', [
      '--settings',
      'restart: sometimes',
    ]))

  test('a template override naming a variable that does not exist', () =>
    expectRejected(
      { 'mix.exs': MIX_EXS, 'rel/templates/systemd/systemd.service.mustache': '[Unit]\nDescription={{descripton}}\n' },
      'error: rel/templates/systemd/systemd.service.mustache:2: descripton: unknown template variable (did you mean description?)',
    ))

  test('a template override that renders something that is not unit syntax', () =>
    expectRejected(
      {
        'mix.exs': MIX_EXS,
        'rel/templates/systemd/systemd.service.mustache': '[Unit]\nDescription={{description}}\nthis is prose\n',
      },
      /rel\/templates\/systemd\/systemd\.service\.mustache: renders line 3 of my-app\.service as "this is prose"/,
    ))

  test('more than one YAML document', () =>
    expectRejected(
      mix('app_user: a\n---\napp_user: b\n'),
      'error: .systemd.yml: expected one YAML document, found several',
    ))

  test('a list item given twice', () =>
    expectRejected(
      mix('dirs: [runtime, state, runtime]\n'),
      'error: .systemd.yml:1: dirs[2]: "runtime" is listed twice',
    ))

  test('an empty argument vector', () =>
    expectRejected(mix('exec_start: []\n'), 'error: .systemd.yml:1: exec_start: needs at least 1 item'))

  test('a reference to a list setting', () =>
    expectRejected(
      mix('deploy_dir: "/srv/{{dirs}}"\n'),
      'error: .systemd.yml:1: deploy_dir: references dirs, which is a list, not a single value',
    ))

  test('a reference to a setting that is not set', () =>
    expectRejected(
      mix('deploy_dir: "/srv/{{limit_core}}"\n'),
      'error: .systemd.yml:1: deploy_dir: references limit_core, which is not set',
    ))

  test('a wrapper carrying an Exec prefix', () =>
    expectRejected(
      mix('\nexec_start_wrap: "-/usr/local/bin/wrap"\n'),
      'error: .systemd.yml:2: exec_start_wrap: the wrapper must not carry prefixes such as ! or -: put them on exec_start',
    ))

  test('a template override with broken Mustache, at its line', () =>
    expectRejected(
      {
        'mix.exs': MIX_EXS,
        'rel/templates/systemd/systemd.service.mustache': '[Unit]\n{{#requires}}\nRequires={{.}}\n',
      },
      /^error: rel\/templates\/systemd\/systemd\.service\.mustache:2: invalid template: Unclosed section "requires"/,
    ))

  test('a template override that renders a setting before any [Section]', () =>
    expectRejected(
      { 'mix.exs': MIX_EXS, 'rel/templates/systemd/systemd.service.mustache': 'Description={{description}}\n' },
      'error: rel/templates/systemd/systemd.service.mustache: renders my-app.service without a [Section] before its first setting',
    ))

  test('a template override that cannot be read', () =>
    expectRejected(
      { 'mix.exs': MIX_EXS, 'rel/templates/systemd/systemd.service.mustache/README': 'a directory, not a template' },
      'error: rel/templates/systemd/systemd.service.mustache: template is a directory, not a regular file',
    ))

  test('a config file that cannot be read', () =>
    expectRejected(
      { 'mix.exs': MIX_EXS, 'deploy/systemd.yml/README': 'a directory, not a config' },
      'error: deploy/systemd.yml: config file is a directory, not a regular file',
      ['--config', 'deploy/systemd.yml'],
    ))

  test('a manifest that cannot be read', () =>
    expectRejected(
      { 'mix.exs/README': 'a directory, not a manifest' },
      'error: mix.exs: manifest is a directory, not a regular file',
    ))

  test('a service name that would make a unit name longer than 255 characters', () =>
    expectRejected(mix(`service_name: ${'a'.repeat(250)}\n`), /service_name: .*255/))
})

describe('the CLI reports every passthrough problem at once', () => {
  test('one error line each, at the key, and nothing written', async () => {
    const dir = await makeProject(mix('directives:\n  Servce:\n    Foo: 1\n  Service:\n    Nice: []\n'))
    projects.push(dir)
    const before = await listFiles(dir)
    const result = await runCli(['generate'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      'error: .systemd.yml:2:3: directives.Servce: unknown section [Servce] (did you mean Service?); it has [Unit], [Service], [Install]',
      'error: .systemd.yml:5:5: directives.Service.Nice: an empty list writes Nice=, which resets only a list, and Nice= takes one value (NICE)',
    ])
    expect(await listFiles(dir)).toEqual(before)
  })
})

describe('the action reports bad input', () => {
  test('as an error annotation on the file and line, fails the step and writes nothing', async () => {
    const dir = await makeProject({ 'app/mix.exs': MIX_EXS, 'app/.systemd.yml': 'app_user: app\nexec_strat: x\n' })
    projects.push(dir)
    const before = await listFiles(dir)
    const result = await runAction(dir, { 'working-directory': 'app' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error title=systemd-units,file=app/.systemd.yml,line=2::.systemd.yml:2: exec_strat: unknown setting (did you mean exec_start?)',
    )
    expect(result.outputs).toEqual({})
    expect(await listFiles(dir)).toEqual(before)
  })

  test('every passthrough problem of the file, each as its own annotation at its key, and writes nothing', async () => {
    const config = 'directives:\n  Service:\n    ExecRelaod: /bin/true\n  Unit:\n    Environment: A=1\n'
    const dir = await makeProject({ 'mix.exs': MIX_EXS, '.systemd.yml': config })
    projects.push(dir)
    const before = await listFiles(dir)
    const result = await runAction(dir, {})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error title=systemd-units,file=.systemd.yml,line=3,col=5::.systemd.yml:3:5: directives.Service.ExecRelaod: unknown directive ExecRelaod= in [Service] (did you mean ExecReload?)',
    )
    expect(result.stdout).toContain(
      '::error title=systemd-units,file=.systemd.yml,line=5,col=5::.systemd.yml:5:5: directives.Unit.Environment: Environment= belongs in [Service] or [Socket] or [Mount] or [Swap], not [Unit]',
    )
    expect(result.outputs).toEqual({})
    expect(await listFiles(dir)).toEqual(before)
  })

  test('an invalid mode input is named', async () => {
    const dir = await makeProject({ 'mix.exs': MIX_EXS })
    projects.push(dir)
    const result = await runAction(dir, { mode: 'publish' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error title=systemd-units::input "mode": expected one of generate, init, check, got "publish"',
    )
  })
})
