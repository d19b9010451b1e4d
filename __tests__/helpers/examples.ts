import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from './project.js'

export const examplesRoot = join(repoRoot, 'examples')

/**
 * Where each bundled example commits its units, relative to the example: the self-test
 * workflow runs `mode: check` with this `output-dir`, and a test keeps the files current.
 */
export const COMMITTED_UNITS_DIR = 'systemd'

/** The bundled example projects: every directory of examples/ except the example workflows. */
export async function bundledExamples(): Promise<string[]> {
  const entries = await readdir(examplesRoot, { withFileTypes: true })
  return entries
    .filter((entry) => entry.isDirectory() && entry.name !== 'workflows')
    .map((entry) => entry.name)
    .sort()
}

/** The unit files committed with an example, by name; none when the directory is absent. */
export async function committedUnits(example: string): Promise<Record<string, string>> {
  const directory = join(examplesRoot, example, COMMITTED_UNITS_DIR)
  const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(join(directory, name), 'utf8')] as const)),
  )
}
