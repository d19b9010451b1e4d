// Bundle the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// `node scripts/package.mjs DIR` bundles into DIR instead: the freshness test compares DIR with dist/.
import { execFileSync } from 'node:child_process'
import { chmodSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const out = process.argv[2] ?? 'dist'
const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js')
const build = (entry, directory) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', directory, '--license', 'licenses.txt', '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })

// Build beside the target and swap it in, so nothing ever runs a half-written dist/.
const staging = `${out}.building-${process.pid}`
rmSync(staging, { recursive: true, force: true })
build('src/action/index.ts', staging)
build('src/cli/index.ts', join(staging, 'cli'))
chmodSync(join(staging, 'cli', 'index.js'), 0o755)
rmSync(out, { recursive: true, force: true })
renameSync(staging, out)
