import { afterEach, describe, expect, test } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectVerified, expectWrittenUnitsVerified } from '../helpers/generate.js'
import { listFiles, makeProject, MIX_EXS, removeProject, repoRoot, runAction } from '../helpers/project.js'

const projects: string[] = []
afterEach(async () => {
  await Promise.all(projects.splice(0).map(removeProject))
})

async function project(files: Record<string, string>): Promise<string> {
  const dir = await makeProject(files)
  projects.push(dir)
  return dir
}

describe('dist/index.js run as the runner runs it', () => {
  test('generates into the default output dir, sets every output and shows each unit in the summary', async () => {
    const dir = await project({ 'svc/mix.exs': MIX_EXS, 'svc/.systemd.yml': 'restart_method: systemd_flag\n' })
    const result = await runAction(dir, { 'working-directory': 'svc' })
    expect(result.code).toBe(0)
    const out = '_build/prod/systemd/lib/systemd/system'
    const files = [`${out}/my-app.service`, `${out}/my-app-restart.path`, `${out}/my-app-restart.service`]
    expect(result.outputs).toEqual({
      files: JSON.stringify(files),
      directory: out,
      units: JSON.stringify(['my-app.service', 'my-app-restart.path', 'my-app-restart.service']),
      'app-name': 'my_app',
      version: '1.2.3',
      'service-name': 'my-app',
      exposure: JSON.stringify({ 'my-app.service': 9.2, 'my-app-restart.service': 9.6 }),
    })
    const written = await Promise.all(
      files.map(async (file) => ({
        name: file.split('/').pop()!,
        content: await readFile(join(dir, 'svc', file), 'utf8'),
      })),
    )
    await expectVerified(written)
    for (const unit of written) {
      expect(result.summary).toContain(`#### ${unit.name}\n\n\`\`\`ini\n${unit.content}\`\`\``)
    }
    expect(result.summary).toContain('### systemd units for my-app 1.2.3')
  })

  test('inputs override the manifest; output-dir is relative to working-directory', async () => {
    const dir = await project({ 'mix.exs': MIX_EXS })
    const result = await runAction(dir, {
      'app-name': 'billing',
      version: '7.0.0',
      'output-dir': 'deploy/units',
      settings: 'app_user: svc\n',
    })
    expect(result.code).toBe(0)
    expect(result.outputs['files']).toBe('["deploy/units/billing.service"]')
    expect(result.outputs['version']).toBe('7.0.0')
    expect(await readFile(join(dir, 'deploy/units/billing.service'), 'utf8')).toContain('User=svc\n')
    await expectWrittenUnitsVerified(dir, JSON.parse(result.outputs['files']!))
  })

  test('a re-run writes the same bytes', async () => {
    const dir = await project({ 'mix.exs': MIX_EXS })
    await runAction(dir, {})
    const first = await readFile(join(dir, '_build/prod/systemd/lib/systemd/system/my-app.service'), 'utf8')
    await runAction(dir, {})
    expect(await readFile(join(dir, '_build/prod/systemd/lib/systemd/system/my-app.service'), 'utf8')).toBe(first)
  })

  test('escapes HTML in the summary', async () => {
    const dir = await project({ 'mix.exs': MIX_EXS })
    const result = await runAction(dir, { version: '1.0<script>' })
    expect(result.code).toBe(0)
    expect(result.summary).toContain('my-app 1.0&lt;script&gt;')
    expect(result.summary).not.toContain('<script>')
  })

  test('target-version notices become warning annotations', async () => {
    const dir = await project({ 'mix.exs': MIX_EXS, '.systemd.yml': 'systemd_version: 230\n' })
    const result = await runAction(dir, {})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '::warning title=systemd-units::ConfigurationDirectory= left out: it needs systemd 235',
    )
  })
})

describe('dependencies this runner lacks', () => {
  test('are verified against stand-ins, and the notice and the summary say the host must provide them', async () => {
    const yaml = 'requires: [redis-server.service]\nwants: [network-online.target]\n'
    const dir = await project({ 'mix.exs': MIX_EXS, '.systemd.yml': yaml })
    const result = await runAction(dir, {})
    expect(result.code).toBe(0)
    const unit = await readFile(join(dir, '_build/prod/systemd/lib/systemd/system/my-app.service'), 'utf8')
    expect(unit).toMatch(/^Requires=redis-server\.service$/m)
    expect(result.stdout).toContain(
      '::notice title=systemd-units::verified against stand-ins for units this runner lacks: redis-server.service',
    )
    expect(result.summary).toContain(
      'Verified against stand-ins for units this runner lacks (the host must provide them): `redis-server.service`.',
    )
    expect(result.summary).not.toMatch(/stand-ins.*network-online\.target/)
  })
})

describe('mode: init', () => {
  test('copies the default templates into template_dir, keeps edited ones, and force overwrites them', async () => {
    const dir = await project({ 'mix.exs': MIX_EXS, '.systemd.yml': 'template_dir: deploy/templates\n' })
    const first = await runAction(dir, { mode: 'init' })
    expect(first.code).toBe(0)
    const names = ['restart.path', 'restart.service', 'runtime-environment.service', 'systemd.service'].map(
      (name) => `deploy/templates/${name}.mustache`,
    )
    expect(await listFiles(join(dir))).toEqual(expect.arrayContaining(names))
    expect(JSON.parse(first.outputs['files']!).sort()).toEqual(names)
    const ours = await readFile(join(dir, 'deploy/templates/systemd.service.mustache'), 'utf8')
    expect(ours).toBe(await readFile(join(repoRoot, 'templates', 'systemd.service.mustache'), 'utf8'))

    const edited = ours.replace('[Install]', '# edited\n[Install]')
    await writeFile(join(dir, 'deploy/templates/systemd.service.mustache'), edited)
    const second = await runAction(dir, { mode: 'init' })
    expect(second.outputs['files']).toBe('[]')
    expect(second.stdout).toContain('kept deploy/templates/systemd.service.mustache')
    expect(await readFile(join(dir, 'deploy/templates/systemd.service.mustache'), 'utf8')).toBe(edited)

    const generated = await runAction(dir, {})
    expect(await readFile(join(dir, '_build/prod/systemd/lib/systemd/system/my-app.service'), 'utf8')).toContain(
      '# edited\n[Install]',
    )
    await expectWrittenUnitsVerified(dir, JSON.parse(generated.outputs['files']!))
    expect(generated.summary).toContain('deploy/templates/systemd.service.mustache')

    const forced = await runAction(dir, { mode: 'init', force: 'true' })
    expect(JSON.parse(forced.outputs['files']!)).toHaveLength(4)
    expect(await readFile(join(dir, 'deploy/templates/systemd.service.mustache'), 'utf8')).toBe(ours)
  })
})

describe('config input', () => {
  test('the default .systemd.yml may be absent', async () => {
    const dir = await project({ 'mix.exs': MIX_EXS })
    expect((await runAction(dir, { config: '.systemd.yml' })).code).toBe(0)
  })

  test('a named config file is read', async () => {
    const dir = await project({ 'mix.exs': MIX_EXS, 'ops/units.yml': 'app_user: ops\n' })
    const result = await runAction(dir, { config: 'ops/units.yml' })
    expect(result.code).toBe(0)
    expect(await readFile(join(dir, '_build/prod/systemd/lib/systemd/system/my-app.service'), 'utf8')).toContain(
      'User=ops\n',
    )
    await expectWrittenUnitsVerified(dir, JSON.parse(result.outputs['files']!))
  })
})
