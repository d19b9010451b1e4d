import { afterEach, describe, expect, test } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { directives, expectWrittenUnitsVerified } from '../helpers/generate.js'
import { listFiles, makeProject, MIX_EXS, removeProject, runAction } from '../helpers/project.js'

const projects: string[] = []
afterEach(async () => {
  await Promise.all(projects.splice(0).map(removeProject))
})

const TEMPLATE = 'deploy/templates/systemd.service.mustache'
const UNIT = '_build/prod/systemd/lib/systemd/system/my-app.service'

async function initialised(config: string): Promise<string> {
  const dir = await makeProject({ 'mix.exs': MIX_EXS, '.systemd.yml': `template_dir: deploy/templates\n${config}` })
  projects.push(dir)
  expect((await runAction(dir, { mode: 'init' })).code).toBe(0)
  return dir
}

/** Edit the template `init` copied, adding `lines` after ExecStart=. */
async function editTemplate(dir: string, lines: string): Promise<void> {
  const copied = await readFile(join(dir, TEMPLATE), 'utf8')
  await writeFile(
    join(dir, TEMPLATE),
    copied.replace('ExecStart={{exec_start}}\n', `ExecStart={{exec_start}}\n${lines}`),
  )
}

describe('dist/index.js with a template in the repository that uses settings', () => {
  test('renders current_dir, deploy_dir and version as resolved, % as %%', async () => {
    const dir = await initialised('deploy_dir: /srv/100%app\n')
    await editTemplate(
      dir,
      'ExecStartPost=/bin/test -d {{current_dir}}\nExecStartPost=/bin/test -d {{deploy_dir}}\nEnvironment=APP_VERSION={{version}}\n',
    )
    const result = await runAction(dir, {})
    expect(result.code).toBe(0)
    const unit = await readFile(join(dir, UNIT), 'utf8')
    expect(directives(unit, 'ExecStartPost')).toEqual([
      'ExecStartPost=/bin/test -d /srv/100%%app/current',
      'ExecStartPost=/bin/test -d /srv/100%%app',
    ])
    expect(directives(unit, 'Environment')).toContain('Environment=APP_VERSION=1.2.3')
    await expectWrittenUnitsVerified(dir, JSON.parse(result.outputs['files']!))
  })

  test('an unknown variable fails the step at the template line with the closest name, writing nothing', async () => {
    const dir = await initialised('')
    await editTemplate(dir, 'ExecStartPost=/bin/test -d {{deploy_dri}}\n')
    const line =
      (await readFile(join(dir, TEMPLATE), 'utf8')).split('\n').indexOf('ExecStartPost=/bin/test -d {{deploy_dri}}') + 1
    const before = await listFiles(dir)
    const result = await runAction(dir, {})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `::error title=systemd-units,file=${TEMPLATE},line=${line}::${TEMPLATE}:${line}: deploy_dri: unknown template variable (did you mean deploy_dir?)`,
    )
    expect(await listFiles(dir)).toEqual(before)
  })
})
