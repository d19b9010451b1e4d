import { afterEach, describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeProject, MIX_EXS, removeProject, runAction, runCli } from '../helpers/project.js'

const projects: string[] = []
afterEach(async () => {
  await Promise.all(projects.splice(0).map(removeProject))
})

async function unitsOf(dir: string, files: string[]): Promise<Record<string, string>> {
  const contents = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))
  return Object.fromEntries(files.map((file, index) => [file, contents[index]!]))
}

describe('the action and the CLI run one pipeline', () => {
  test('give the same units for the same project', async () => {
    const settings = 'restart_method: systemd_flag'
    const viaCli = await makeProject({ 'mix.exs': MIX_EXS })
    const viaAction = await makeProject({ 'mix.exs': MIX_EXS })
    projects.push(viaCli, viaAction)
    const cli = await runCli(['generate', '--settings', settings, '--output-dir', 'out'], viaCli)
    const action = await runAction(viaAction, { settings, 'output-dir': 'out' })
    expect(cli.code).toBe(0)
    expect(action.code).toBe(0)
    const files = JSON.parse(action.outputs['files']!) as string[]
    expect(cli.stdout).toBe(files.map((file) => `wrote ${file}\n`).join(''))
    expect(await unitsOf(viaCli, files)).toEqual(await unitsOf(viaAction, files))
  })

  test('hold the main service to the same exposure gate', async () => {
    const viaCli = await makeProject({ 'mix.exs': MIX_EXS })
    const viaAction = await makeProject({ 'mix.exs': MIX_EXS })
    projects.push(viaCli, viaAction)
    const cli = await runCli(['generate', '--max-exposure', '0.1'], viaCli)
    const action = await runAction(viaAction, { 'max-exposure': '0.1' })
    expect(cli.code).toBe(1)
    expect(action.code).toBe(1)
    const reason = /max-exposure"?: (.*)$/m.exec(action.stdout)?.[1]
    expect(reason).toBeDefined()
    expect(cli.stderr).toBe(`error: --max-exposure: ${reason}\n`)
  })
})
