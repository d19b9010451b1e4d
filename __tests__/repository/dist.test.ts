import { expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../helpers/project.js'

const run = promisify(execFile)

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[relative(dir, join(entry.parentPath, entry.name))] = await readFile(
        join(entry.parentPath, entry.name),
        'utf8',
      )
  }
  return files
}

test('dist/ is what npm run package builds from the current sources', async () => {
  const out = await mkdtemp(join(tmpdir(), 'dist-'))
  try {
    await run(process.execPath, ['scripts/package.mjs', out], { cwd: repoRoot })
    const fresh = await snapshot(out)
    const committed = await snapshot(join(repoRoot, 'dist'))
    expect(Object.keys(committed).sort()).toEqual(Object.keys(fresh).sort())
    for (const [file, content] of Object.entries(fresh)) {
      if (committed[file] !== content) throw new Error(`dist/${file} is stale: run npm run package and commit dist/`)
    }
  } finally {
    await rm(out, { recursive: true, force: true })
  }
}, 120_000)
