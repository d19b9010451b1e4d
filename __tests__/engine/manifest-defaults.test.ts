import { describe, expect, test } from '@jest/globals'
import { directives, generateFor } from '../helpers/generate.js'
import { generationError } from '../helpers/generation-error.js'

/** Issue 12: names derived from a manifest are valid users and units; ExecStart= says where it came from. */
describe('names derived from the manifest', () => {
  test('a go module host path with dots gives a valid user and service, and the binary keeps its dots', async () => {
    const { units, generated } = await generateFor({ 'go.mod': 'module example.app/v2\n\ngo 1.22\n' })
    const unit = units['example-app.service']
    expect(directives(unit, 'User')).toEqual(['User=example-app'])
    expect(directives(unit, 'RuntimeDirectory')).toEqual(['RuntimeDirectory=example-app'])
    expect(directives(unit, 'ExecStart')).toEqual(['ExecStart=/srv/example-app/current/bin/example.app'])
    expect(generated.settings.manifest?.notices).toEqual([
      'ext_name is "example-app", app_name "example.app" made valid for unit, user, group and directory names ' +
        '(lowercase letters, digits and "-", starting with a letter, at most 31 characters); set ext_name to choose another',
    ])
  })

  test('a pyproject.toml name with capitals and dots is lowercased for the user, with a notice', async () => {
    const { units, generated } = await generateFor({
      'pyproject.toml':
        '[project]\nname = "Feedback.Bot"\nversion = "0.8.4"\n\n[project.scripts]\nfeedback-bot = "feedback_bot:main"\n',
    })
    expect(directives(units['feedback-bot.service'], 'User')).toEqual(['User=feedback-bot'])
    expect(directives(units['feedback-bot.service'], 'ExecStart')).toEqual([
      'ExecStart=/srv/feedback-bot/current/bin/feedback-bot',
    ])
    expect(generated.settings.manifest?.notices).toEqual([expect.stringContaining('app_name "Feedback.Bot"')])
  })

  test("mix_systemd's _ to - is no news: no notice", async () => {
    const { generated } = await generateFor({
      'mix.exs': 'defmodule MyApp.MixProject do\n  def project, do: [app: :my_app, version: "1.0.0"]\nend\n',
    })
    expect(generated.settings.string('ext_name')).toBe('my-app')
    expect(generated.settings.manifest?.notices).toEqual([])
  })

  test('a name longer than a user may be is cut to 31 characters', async () => {
    const { generated } = await generateFor({
      'Cargo.toml': '[package]\nname = "observability-pipeline-aggregator-daemon"\nversion = "1.0.0"\n',
    })
    expect(generated.settings.string('app_user')).toBe('observability-pipeline-aggregat')
    expect(generated.settings.string('app_user').length).toBeLessThanOrEqual(31)
  })

  test('an ext_name the user wrote is kept, and the user made from it is checked at the line the user wrote', async () => {
    const message = await generationError({
      'go.mod': 'module github.com/acme/relay\n',
      '.systemd.yml': 'base_dir: /opt\next_name: Relay.Edge\n',
    })
    expect(message).toBe(
      '.systemd.yml:2: ext_name: app_user "Relay.Edge", made from ext_name here: must be ASCII letters, digits, "_" and "-", ' +
        'starting with a letter or "_"; set app_user to override it',
    )
  })

  test("a name the manifest gives that systemd cannot take is an error at the manifest's line, naming app_name", async () => {
    const message = await generationError({
      'mix.exs':
        'defmodule Odd.MixProject do\n  def project do\n    [\n      app: :"odd app",\n      version: "1.0.0"\n    ]\n  end\nend\n',
    })
    expect(message).toBe(
      'mix.exs:4: app: app_name "odd app", read from here: must not contain white space or "/"; set app_name to override it',
    )
    expect(message).not.toContain('default')
  })
})

describe('ExecStart= from the manifest', () => {
  test('a program path systemd cannot carry is an error at the manifest, naming the field, not app_name', async () => {
    const message = await generationError({
      'package.json': JSON.stringify({ name: 'relay', version: '1.0.0', bin: { relay: 'dist/re\nlay.js' } }),
    })
    expect(message).toBe(
      'package.json: exec_start ["/srv/relay/current/dist/re\\nlay.js"], running "dist/re\\nlay.js" ' +
        '(`bin.relay`, named like the package): contains the control character "\\n"; set exec_start to override it',
    )
  })

  test('says where the program came from', async () => {
    const { generated } = await generateFor({
      'package.json': JSON.stringify({
        name: '@acme/billing-api',
        version: 'v2.0.1',
        bin: { 'billing-api': 'dist/cli.js' },
      }),
    })
    expect(generated.settings.manifest).toMatchObject({
      execStart: 'dist/cli.js from package.json: `bin.billing-api`, named like the package',
      warnings: [],
    })
  })

  test('warns that it is a guess, listing the candidates and naming exec_start, when the manifest names no program', async () => {
    const { units, generated } = await generateFor({
      'pyproject.toml':
        '[project]\nname = "datahub"\nversion = "0.14.1"\n\n[project.scripts]\ndatahub-ingest = "a:main"\ndatahub-gms = "b:main"\n',
    })
    expect(directives(units['datahub.service'], 'ExecStart')).toEqual(['ExecStart=/srv/datahub/current/bin/datahub'])
    expect(generated.settings.manifest).not.toHaveProperty('execStart')
    expect(generated.settings.manifest?.warnings).toEqual([
      'ExecStart= is a guess: pyproject.toml names no program to run, so it runs /srv/datahub/current/bin/datahub ' +
        '(candidates found: bin/datahub-ingest, bin/datahub-gms); set exec_start to the program and its arguments',
    ])
  })

  test('warns of no guess once the user sets exec_start', async () => {
    const { generated } = await generateFor({
      'pyproject.toml': '[project]\nname = "datahub"\nversion = "0.14.1"\n',
      '.systemd.yml': 'exec_start: ["{{current_dir}}/bin/datahub-gms", "--port", "8080"]\n',
    })
    expect(generated.settings.manifest?.warnings).toEqual([])
    expect(generated.settings.manifest).not.toHaveProperty('execStart')
  })

  test('warns that a bare interpreter would exit at once and be restarted in a loop by Restart=always', async () => {
    const cargo =
      '[package]\nname = "snakeshell"\nversion = "0.4.0"\n\n[[bin]]\nname = "python3"\npath = "src/main.rs"\n'
    const { generated } = await generateFor({ 'Cargo.toml': cargo })
    expect(generated.settings.manifest?.warnings).toEqual([
      'ExecStart= runs python3 with no arguments: an interpreter reads its program from standard input, which is /dev/null, ' +
        'and exits at once, so Restart=always restarts it in a loop; set exec_start to the program and its arguments',
    ])
    const calm = await generateFor({ 'Cargo.toml': cargo, '.systemd.yml': 'restart: on-failure\n' })
    expect(calm.generated.settings.manifest?.warnings).toEqual([])
  })

  test('does not take a program named like a service for an interpreter', async () => {
    const { generated } = await generateFor({ 'go.mod': 'module github.com/acme/nodeproxy\n' })
    expect(generated.settings.manifest?.warnings).toEqual([])
  })
})
