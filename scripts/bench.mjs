// npm run bench: start-up cost of the action against bare node, and the size of dist/.
// Prints figures and ratios; it asserts nothing (timings belong here, not in tests).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const RUNS = Number(process.env.BENCH_RUNS ?? 21)
const scratch = mkdtempSync(join(tmpdir(), 'bench-'))
const runnerFiles = { GITHUB_OUTPUT: join(scratch, 'output'), GITHUB_STEP_SUMMARY: join(scratch, 'summary') }
const actionEnv = {
  ...runnerFiles,
  // As on a runner: output-dir may lie under RUNNER_TEMP, outside the workspace (SECURITY.md).
  RUNNER_TEMP: scratch,
  'INPUT_WORKING-DIRECTORY': 'examples/elixir-app',
  'INPUT_OUTPUT-DIR': join(scratch, 'units'),
}

// The floor: js-yaml and mustache alone, bundled as dist/ is (see scripts/bench-floor.mjs).
const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js')
execFileSync(process.execPath, [ncc, 'build', 'scripts/bench-floor.mjs', '-o', join(scratch, 'floor'), '--quiet'], {
  stdio: 'inherit',
})
const floorArgs = [
  'examples/elixir-app/.systemd.yml',
  'templates/systemd.service.mustache',
  join(scratch, 'floor.service'),
]

// The target is the action's own cost: with systemd-analyze off PATH it neither verifies nor
// scores. The second row is what a GitHub runner runs by default (verify: auto, scoring on).
const commands = {
  'node -e 0': { args: ['-e', '0'], env: { PATH: '' } },
  'floor: js-yaml + mustache alone, parse .systemd.yml and render one template': {
    args: [join(scratch, 'floor', 'index.mjs'), ...floorArgs],
    env: { PATH: '' },
  },
  'node dist/index.js, generate (example project)': { args: ['dist/index.js'], env: { ...actionEnv, PATH: '' } },
  'node dist/index.js, generate + verify + exposure': {
    args: ['dist/index.js'],
    env: { ...actionEnv, PATH: process.env.PATH },
  },
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
const [baselineName, floorName, actionName] = Object.keys(commands)
const baseline = median(samples[baselineName])
const floor = median(samples[floorName])
const action = median(samples[actionName])
console.log(`Start-up, median of ${RUNS} runs (node ${process.version})`)
console.log(`| command | median ms |\n| --- | ---: |`)
for (const name of Object.keys(commands)) console.log(`| ${name} | ${median(samples[name]).toFixed(1)} |`)
console.log(`\nratio action / node -e 0: ${(action / baseline).toFixed(2)} (target ≤ 1.5)`)
console.log(
  `ratio floor / node -e 0: ${(floor / baseline).toFixed(2)} (the least any generate run built on js-yaml and mustache can reach)`,
)
console.log(`the action's own cost above the floor: ${(action - floor).toFixed(1)} ms\n`)

// Linear costs (issue 11): generate with 10,000 and 100,000 env_vars, written in the list form so
// 100,000 fit in the 1 MiB a config file may hold. Ten times the entries should cost about ten
// times the time above start-up, not a hundred.
const envRuns = Math.max(3, Math.floor(RUNS / 7))
console.log(`Many env_vars, median of ${envRuns} runs of the CLI (no systemd-analyze)`)
console.log(`| env_vars | config KiB | median ms |\n| --- | ---: | ---: |`)
const envCost = {}
for (const count of [10_000, 100_000]) {
  const project = join(scratch, `env-vars-${count}`)
  mkdirSync(project)
  writeFileSync(join(project, 'mix.exs'), readFileSync('examples/elixir-app/mix.exs'))
  const assignments = Array.from({ length: count }, (_, index) => `V${index}=x`)
  writeFileSync(join(project, '.systemd.yml'), `env_vars: [${assignments.join(', ')}]\n`)
  const args = [
    'dist/cli/index.js',
    'generate',
    '--dir',
    project,
    '--verify=false',
    '--output-dir',
    join(project, 'out'),
  ]
  envCost[count] = median(Array.from({ length: envRuns }, () => wallTime({ args, env: { PATH: '' } })))
  const kib = statSync(join(project, '.systemd.yml')).size / 1024
  console.log(`| ${count} | ${kib.toFixed(0)} | ${envCost[count].toFixed(1)} |`)
}
const growth = (envCost[100_000] - baseline) / (envCost[10_000] - baseline)
console.log(`\ncost above node -e 0, 100,000 / 10,000 env_vars: ${growth.toFixed(1)} (linear is 10)\n`)

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
for (const { path, bytes } of files.filter((file) => file.path.endsWith('.js')))
  console.log(`| ${path} | ${(bytes / 1024).toFixed(1)} |`)
console.log(
  `| total (${files.length} files) | ${(files.reduce((sum, file) => sum + file.bytes, 0) / 1024).toFixed(1)} |`,
)

// Exposure (systemd-analyze security --offline) of the main service, per hardening profile and
// runtime, for debian-12's systemd, read from the action's own `exposure` output.
const profiles = { none: '', paranoia: 'paranoia: true', standard: 'hardening: standard', strict: 'hardening: strict' }
const runtimes = ['beam', 'node', 'python', 'native']
function exposure(profile, runtime) {
  for (const file of Object.values(runnerFiles)) writeFileSync(file, '')
  const settings = `target: debian-12\nruntime: ${runtime}\n${profiles[profile]}\n`
  const env = { ...actionEnv, PATH: process.env.PATH, INPUT_SETTINGS: settings, INPUT_VERIFY: 'false' }
  const result = spawnSync(process.execPath, ['dist/index.js'], { env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`exposure ${profile}/${runtime}: ${result.stdout}`)
  const output = /^exposure<<(\S+)\n(.*)\n\1$/m.exec(readFileSync(runnerFiles.GITHUB_OUTPUT, 'utf8'))
  return output ? JSON.parse(output[2])['foo.service'] : undefined
}
console.log('\nExposure of the main service (systemd-analyze security, debian-12; 0 is locked down, 10 unprotected)')
console.log(`| profile | ${runtimes.join(' | ')} |\n| --- |${runtimes.map(() => ' ---: |').join('')}`)
for (const profile of Object.keys(profiles)) {
  console.log(
    `| ${profile} | ${runtimes.map((runtime) => exposure(profile, runtime)?.toFixed(1) ?? 'not scored').join(' | ')} |`,
  )
}
rmSync(scratch, { recursive: true, force: true })
