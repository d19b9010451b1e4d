import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { repoRoot, type ActionRun } from './project.js'

/**
 * The bundled action run as the runner runs it: INPUT_* variables, the runner's output and
 * summary files, and more of its environment when a test needs it: what publishing reads (GITHUB_REPOSITORY,
 * GITHUB_API_URL, ACTIONS_RESULTS_URL, …) besides the inputs, stderr, and, on request, the
 * modules the process loaded.
 */
export interface ActionRunWithEnv extends ActionRun {
  stderr: string
  /** file: URLs of every module loaded, when `traceImports` was set. */
  loaded: string[]
}

export interface RunOptions {
  env?: Record<string, string>
  traceImports?: boolean
}

const traceHook = fileURLToPath(new URL('./trace-imports.mjs', import.meta.url))

export async function runActionWithEnv(
  workspace: string,
  inputs: Record<string, string>,
  options: RunOptions = {},
): Promise<ActionRunWithEnv> {
  const runnerDir = await mkdtemp(join(tmpdir(), 'runner-'))
  const files = {
    output: join(runnerDir, 'output'),
    summary: join(runnerDir, 'summary'),
    trace: join(runnerDir, 'trace'),
  }
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')))
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? runnerDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runnerDir,
    ...options.env,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const args = options.traceImports
    ? ['--import', traceHook, join(repoRoot, 'dist', 'index.js')]
    : [join(repoRoot, 'dist', 'index.js')]
  if (options.traceImports) env['TRACE_IMPORTS_FILE'] = files.trace
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, args, { cwd: workspace, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
  const result: ActionRunWithEnv = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    loaded: (await readFile(files.trace, 'utf8')).split('\n').filter(Boolean),
  }
  await rm(runnerDir, { recursive: true, force: true })
  return result
}

/** The runner's GITHUB_OUTPUT format: `name<<DELIMITER`, the value, then the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(/^([^\n<]+)<<(ghadelimiter_[0-9a-f]+)\n([\s\S]*?)\n\2\n/gm))
    outputs[match[1]!] = match[3]!
  return outputs
}
