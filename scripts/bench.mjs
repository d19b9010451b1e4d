// npm run bench: start-up cost of the action against bare node, and the size of dist/.
// Prints figures and ratios; it asserts nothing (timings belong here, not in tests).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const RUNS = Number(process.env.BENCH_RUNS ?? 21)
const scratch = mkdtempSync(join(tmpdir(), 'bench-'))
const runnerFiles = { GITHUB_OUTPUT: join(scratch, 'output'), GITHUB_STEP_SUMMARY: join(scratch, 'summary') }
const actionEnv = {
  PATH: process.env.PATH,
  ...runnerFiles,
  'INPUT_WORKING-DIRECTORY': 'examples/elixir-app',
  'INPUT_OUTPUT-DIR': join(scratch, 'units'),
}

const commands = {
  'node -e 0': { args: ['-e', '0'], env: { PATH: process.env.PATH } },
  'node dist/index.js (example project)': { args: ['dist/index.js'], env: actionEnv },
}

function wallTime({ args, env }) {
  for (const file of Object.values(runnerFiles)) writeFileSync(file, '')
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' })
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`)
  return elapsed
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
for (let run = 0; run < RUNS; run++) {
  // Interleave the commands so load on the machine affects both alike.
  for (const [name, command] of Object.entries(commands)) samples[name].push(wallTime(command))
}
rmSync(scratch, { recursive: true, force: true })

const [baselineName, actionName] = Object.keys(commands)
const baseline = median(samples[baselineName])
const action = median(samples[actionName])
console.log(`Start-up, median of ${RUNS} runs (node ${process.version})`)
console.log(`| command | median ms |\n| --- | ---: |`)
for (const name of Object.keys(commands)) console.log(`| ${name} | ${median(samples[name]).toFixed(1)} |`)
console.log(`\nratio action / node -e 0: ${(action / baseline).toFixed(2)} (target ≤ 1.5)\n`)

function sizes(dir) {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, bytes: statSync(path).size }))
    .sort((a, b) => b.bytes - a.bytes)
}
const files = sizes('dist')
console.log('Size of dist/')
console.log(`| file | KiB |\n| --- | ---: |`)
for (const { path, bytes } of files.filter((file) => file.path.endsWith('.js'))) console.log(`| ${path} | ${(bytes / 1024).toFixed(1)} |`)
console.log(`| total (${files.length} files) | ${(files.reduce((sum, file) => sum + file.bytes, 0) / 1024).toFixed(1)} |`)
