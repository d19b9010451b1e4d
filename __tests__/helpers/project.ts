import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** A throwaway project directory holding the given files. */
export async function makeProject(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'systemd-units-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), content)
  }
  return dir
}

export async function removeProject(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/** Every file under `dir`, relative to it, sorted: for "nothing was written" assertions. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

export const MIX_EXS = `defmodule MyApp.MixProject do
  use Mix.Project

  def project do
    [app: :my_app, version: "1.2.3", elixir: "~> 1.15", deps: []]
  end
end
`

export interface ActionRun {
  code: number
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** Run the bundled action exactly as the runner does: INPUT_* variables and the runner's files. */
export async function runAction(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const runnerDir = await mkdtemp(join(tmpdir(), 'runner-'))
  const outputFile = join(runnerDir, 'output')
  const summaryFile = join(runnerDir, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  let code = 0
  let stdout = ''
  try {
    stdout = (await run(process.execPath, [join(repoRoot, 'dist', 'index.js')], { cwd: workspace, env })).stdout
  } catch (error) {
    const failure = error as { code: number; stdout: string }
    code = failure.code
    stdout = failure.stdout
  }
  const result = { code, stdout, outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') }
  await rm(runnerDir, { recursive: true, force: true })
  return result
}

/** Run the bundled CLI from a shell-like environment. */
export async function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(repoRoot, 'dist', 'cli', 'index.js'), args, { cwd, env: { PATH: process.env['PATH'] ?? '' } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string }
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr }
  }
}

/** The runner's GITHUB_OUTPUT format: `name<<DELIMITER`, the value, then the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(ghadelimiter_[0-9a-f]+)\n([\s\S]*?)\n\2\n/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}
