import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
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

/** Run the bundled action exactly as the runner does (see action-env.ts for more of its environment). */
export { runActionWithEnv as runAction } from './action-env.js'

/** Run the bundled CLI from a shell-like environment. */
export async function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(repoRoot, 'dist', 'cli', 'index.js'), args, {
      cwd,
      env: { PATH: process.env['PATH'] ?? '' },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string }
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr }
  }
}
