import { readdir } from 'node:fs/promises'
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
