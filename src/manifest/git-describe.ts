import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** `git describe --tags` in `dir` (e.g. `v1.4.0-3-gabc123`); undefined when it is not a repository or has no tags. */
export async function gitDescribe(dir: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['describe', '--tags'], { cwd: dir })
    return stdout.trim() || undefined
  } catch {
    return undefined
  }
}
