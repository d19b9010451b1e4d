import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { committedUnits, examplesRoot } from '../helpers/examples.js'
import { repoRoot } from '../helpers/project.js'

/**
 * The README's "Run it locally" command, run as written: @github/local-action with the committed
 * .env.example. Only the paths it writes to are pointed into a scratch directory (dotenv lets a
 * later line win), so the run leaves the repository alone.
 */
const run = promisify(execFile)
const UNITS = '_build/prod/systemd/lib/systemd/system'

let scratch: string
let stdout: string
let outputs: string

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'local-action-'))
  const workspace = join(scratch, 'workspace')
  await cp(join(examplesRoot, 'elixir-app'), join(workspace, 'examples', 'elixir-app'), {
    recursive: true,
    filter: (source) => !source.includes('/_build'),
  })
  await mkdir(join(scratch, 'artifacts'))
  const redirect = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(scratch, 'outputs'),
    GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
    LOCAL_ACTION_WORKSPACE: workspace,
    LOCAL_ACTION_ARTIFACT_PATH: join(scratch, 'artifacts'),
  }
  const envFile = join(scratch, 'test.env')
  const example = await readFile(join(repoRoot, '.env.example'), 'utf8')
  await writeFile(
    envFile,
    example +
      Object.entries(redirect)
        .map(([key, value]) => `${key}=${value}\n`)
        .join(''),
  )
  ;({ stdout } = await run(
    join(repoRoot, 'node_modules', '.bin', 'local-action'),
    ['run', '.', 'src/action/main.ts', envFile],
    { cwd: repoRoot },
  ))
  outputs = await readFile(redirect.GITHUB_OUTPUT, 'utf8')
}, 180_000)

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('the action under @github/local-action with .env.example', () => {
  test('generates the example units into the working directory .env.example names', async () => {
    const expected = await committedUnits('elixir-app')
    const written = join(scratch, 'workspace', 'examples', 'elixir-app', UNITS)
    expect((await readdir(written)).sort()).toEqual(Object.keys(expected).sort())
    for (const [name, content] of Object.entries(expected))
      expect(await readFile(join(written, name), 'utf8')).toBe(content)
    for (const name of Object.keys(expected)) expect(stdout).toContain(`wrote ${UNITS}/${name}`)
  })

  test("writes the step's outputs to the runner's output file", async () => {
    const units = /^units<<(\S+)\n(.*)\n\1$/m.exec(outputs)?.[2]
    expect(JSON.parse(units ?? 'null')).toEqual(expect.arrayContaining(Object.keys(await committedUnits('elixir-app'))))
    expect(outputs).toMatch(/^artifact-id<<(\S+)\n1\n\1$/m)
  })

  test("uploads the units through local-action's artifact stub, which zips them locally", async () => {
    const zip = join(scratch, 'artifacts', 'foo-systemd-units.zip')
    const { stdout: listing } = await run('unzip', ['-Z1', zip])
    const expected = await committedUnits('elixir-app')
    expect(listing.trim().split('\n').sort()).toEqual(Object.keys(expected).sort())
    for (const [name, content] of Object.entries(expected))
      expect((await run('unzip', ['-p', zip, name])).stdout).toBe(content)
  })
})
