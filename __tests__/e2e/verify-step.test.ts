import { afterEach, describe, expect, test } from '@jest/globals'
import { runActionWithEnv } from '../helpers/action-env.js'
import { listFiles, makeProject, MIX_EXS, removeProject, runCli } from '../helpers/project.js'

/**
 * `verify`: the action proves what it generates with systemd-analyze before writing. The project
 * overrides the service template with a setting systemd does not know, which our own syntax
 * check lets through (it is Key=value) and systemd only warns about.
 */
const BOGUS_TEMPLATE =
  '[Unit]\nDescription={{description}}\n\n[Service]\nExecStart={{exec_start}}\nRestartEverything=yes\n'

const projects: string[] = []
afterEach(async () => {
  await Promise.all(projects.splice(0).map(removeProject))
})

async function project(template?: string): Promise<string> {
  const files: Record<string, string> = { 'app/mix.exs': MIX_EXS }
  if (template) files['app/rel/templates/systemd/systemd.service.mustache'] = template
  const dir = await makeProject(files)
  projects.push(dir)
  return dir
}

describe('verify in the action', () => {
  test('a warning fails the step, annotates the unit file at its line, lists it in the summary and writes nothing', async () => {
    const dir = await project(BOGUS_TEMPLATE)
    const before = await listFiles(dir)
    const result = await runActionWithEnv(dir, { 'working-directory': 'app' })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /::error title=systemd-analyze verify,file=app\/_build\/prod\/systemd\/lib\/systemd\/system\/my-app\.service,line=6::my-app\.service:6: Unknown key/,
    )
    expect(result.stdout).toContain(
      '::error title=systemd-units::input "verify": systemd-analyze verify found problems in the generated units; nothing was written',
    )
    expect(result.summary).toContain('Nothing was written:')
    expect(result.summary).toMatch(
      /\| my-app\.service \| rel\/templates\/systemd\/systemd\.service\.mustache \| my-app\.service:6: Unknown key[^|]*RestartEverything/,
    )
    expect(await listFiles(dir)).toEqual(before)
  })

  test('clean units say so per unit in the summary', async () => {
    const dir = await project()
    const result = await runActionWithEnv(dir, { 'working-directory': 'app', verify: 'true' })
    expect(result.code).toBe(0)
    expect(result.summary).toContain('| _build/prod/systemd/lib/systemd/system/my-app.service | built-in | clean |')
  })

  test('verify: false writes what systemd would warn about', async () => {
    const dir = await project(BOGUS_TEMPLATE)
    const result = await runActionWithEnv(dir, { 'working-directory': 'app', verify: 'false' })
    expect(result.code).toBe(0)
    expect(result.summary).toContain('| not run: verify: false |')
  })

  test('auto skips, and true fails, when systemd-analyze is not installed', async () => {
    const dir = await project()
    const noSystemd = { env: { PATH: '/nonexistent' } }
    const auto = await runActionWithEnv(dir, { 'working-directory': 'app' }, noSystemd)
    expect(auto.code).toBe(0)
    expect(auto.summary).toContain('not run: systemd-analyze is not installed on this runner')
    const required = await runActionWithEnv(dir, { 'working-directory': 'app', verify: 'true' }, noSystemd)
    expect(required.code).toBe(1)
    expect(required.stdout).toContain(
      '::error title=systemd-units::input "verify": verify is true, but systemd-analyze is not installed',
    )
  })

  test('an unknown verify value is refused', async () => {
    const dir = await project()
    const result = await runActionWithEnv(dir, { 'working-directory': 'app', verify: 'maybe' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error title=systemd-units::input "verify": expected one of auto, true, false, got "maybe"',
    )
  })
})

describe('verify in the CLI', () => {
  test('--verify prints each message and fails without writing', async () => {
    const dir = await project(BOGUS_TEMPLATE)
    const before = await listFiles(dir)
    const result = await runCli(['generate', '--dir', 'app', '--verify'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: my-app\.service:6: Unknown key[^\n]*RestartEverything/m)
    expect(result.stdout).toBe('')
    expect(await listFiles(dir)).toEqual(before)
  })

  test('--verify passes clean units and writes them', async () => {
    const dir = await project()
    const result = await runCli(['generate', '--dir', 'app', '--verify'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('wrote _build/prod/systemd/lib/systemd/system/my-app.service\n')
  })
})
