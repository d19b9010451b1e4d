/** `git describe --tags` in `dir` (e.g. `v1.4.0-3-gabc123`); undefined when it is not a repository or has no tags. */
export async function gitDescribe(dir: string): Promise<string | undefined> {
  // Loaded here, not at the top: only go.mod needs a process, and loading child_process
  // costs every other run ~14 ms of start-up.
  const { execFile } = await import('node:child_process')
  return new Promise((resolve) => {
    execFile('git', ['describe', '--tags'], { cwd: dir }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined),
    )
  })
}
