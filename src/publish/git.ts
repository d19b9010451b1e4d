import { execFile } from 'node:child_process'
import { excerpt } from '../shared/text.js'

/** A git command that exited non-zero, with what it printed. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly code: number | string | undefined,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`git ${args[0]} failed: ${excerpt(stderr.trim() || stdout.trim() || `exit code ${code}`)}`)
    this.name = 'GitError'
  }
}

export interface GitOptions {
  /** Extra environment over the process's (commit identities, GIT_INDEX_FILE). */
  env?: Record<string, string>
}

/** Run the real git CLI in `cwd` (execFile: no shell); its stdout, trailing newline trimmed. */
export function git(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0' }
    execFile('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new GitError(args, (error as NodeJS.ErrnoException).code ?? undefined, stdout, stderr))
      else resolve(stdout.replace(/\n$/, ''))
    })
  })
}

/** `git` that answers yes or no by its exit status (0 or 1); any other failure is an error. */
export async function gitTest(cwd: string, args: readonly string[]): Promise<boolean> {
  try {
    await git(cwd, args)
    return true
  } catch (error) {
    if (error instanceof GitError && error.code === 1) return false
    throw error
  }
}
