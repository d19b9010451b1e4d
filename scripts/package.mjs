// Bundle the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// `node scripts/package.mjs DIR` bundles into DIR instead: the freshness test compares DIR with dist/.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const out = process.argv[2] ?? 'dist'
const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js')
const build = (entry, directory) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', directory, '--license', 'licenses.txt', '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })

rmSync(out, { recursive: true, force: true })
build('src/index.ts', out)
build('src/cli.ts', join(out, 'cli'))
chmodSync(join(out, 'cli', 'index.js'), 0o755)
