import { afterEach, describe, expect, test } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises'
import { watch } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { git, gitFixture, NO_GIT_CONFIG, type GitFixture } from '../helpers/git-remote.js'
import { MIX_EXS, repoRoot } from '../helpers/project.js'

/**
 * Hostile writes through the bundled action (dist/index.js, run as the runner runs it) and the
 * CLI: faults while writing, targets that cannot be replaced, publishing inputs that would write
 * somewhere else or publish something other than asked, and tokens that cannot be masked. Each
 * case checks the exit status, the words of the annotation, that nothing (or everything) was
 * written with no staged `.tmp-*` file left, and that the token appears in no output.
 */

const TOKEN = 'ghs_hostileTokenThatMustNeverBePrinted42'
const UNITS = ['my-app-restart.path', 'my-app-restart.service', 'my-app.service']
const OUT = 'deploy/units'
const CONFIG = `output_dir: ${OUT}\nrestart_method: systemd_flag\n`

const roots: string[] = []
afterEach(async () => {
  for (const root of roots.splice(0)) {
    spawnSync('chattr', ['-R', '-i', root], { stdio: 'ignore' })
    await rm(root, { recursive: true, force: true })
  }
})

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  output: string
  summary: string
}

interface RunOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  /** Shell commands run before `exec node dist/index.js` (ulimit, trap). */
  shell?: string
  /** Called with the child once it runs. */
  started?: (pid: number) => void
}

/** A workspace with a Mix project and its `.systemd.yml`; returns the workspace. */
async function workspace(files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'hostile-writes-'))
  roots.push(root)
  const dir = join(root, 'workspace')
  await mkdir(dir)
  for (const [name, content] of Object.entries({ 'mix.exs': MIX_EXS, '.systemd.yml': CONFIG, ...files })) {
    await writeFile(join(dir, name), content)
  }
  return dir
}

/** The bundled action, with the runner's files and the token in its default input. */
async function runAction(dir: string, options: RunOptions = {}): Promise<Run> {
  const runner = await mkdtemp(join(tmpdir(), 'hostile-runner-'))
  roots.push(runner)
  const output = join(runner, 'output')
  const summary = join(runner, 'summary')
  await writeFile(output, '')
  await writeFile(summary, '')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: runner,
    INPUT_TOKEN: TOKEN,
    ...NO_GIT_CONFIG,
    ...options.env,
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value
  const action = join(repoRoot, 'dist', 'index.js')
  const [command, args] = options.shell
    ? ['bash', ['-c', `${options.shell}; exec "$0" "$1"`, process.execPath, action]]
    : [process.execPath, [action]]
  const child = spawn(command, args, { cwd: dir, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  options.started?.(child.pid!)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, signal) => resolve([code, signal])),
  )
  return {
    code,
    signal,
    stdout,
    stderr,
    output: await readFile(output, 'utf8'),
    summary: await readFile(summary, 'utf8'),
  }
}

/** The error annotations of a run, as `::error …::message` lines. */
function errors(run: Run): string {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .join('\n')
}

/** Everything a run printed or wrote for the runner, except the mask commands that hide the token. */
function printed(run: Run): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [stdout, run.stderr, run.output, run.summary].join('\n')
}

/** The files of `dir`, or undefined when it does not exist. */
async function filesOf(dir: string): Promise<string[] | undefined> {
  return readdir(dir).then(
    (names) => names.sort(),
    () => undefined,
  )
}

/** The run failed with nothing written: no output directory, no outputs, no token printed. */
async function expectNothingWritten(dir: string, run: Run): Promise<void> {
  expect(run.code).toBe(1)
  expect(await filesOf(join(dir, OUT))).toBeUndefined()
  expect(run.output).toBe('')
  expect(printed(run)).not.toContain(TOKEN)
}

/** Units from an earlier run, so a failure must leave exactly these. */
async function earlierUnits(dir: string): Promise<Record<string, string>> {
  await mkdir(join(dir, OUT), { recursive: true })
  const old: Record<string, string> = {}
  for (const name of UNITS) {
    old[name] = `# ${name} from an earlier run\n`
    await writeFile(join(dir, OUT, name), old[name])
  }
  return old
}

async function contentsOf(dir: string): Promise<Record<string, string>> {
  const names = (await filesOf(dir)) ?? []
  const contents: Record<string, string> = {}
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8').catch(() => undefined)
    if (text !== undefined) contents[name] = text
  }
  return contents
}

describe('faults while writing leave the old units and no staged file', () => {
  // RLIMIT_FSIZE 0 stands in for a full disk: with SIGXFSZ ignored, every write fails with EFBIG.
  const FULL_DISK = "trap '' XFSZ; ulimit -f 0"

  test('a full disk while verifying (the units are staged in a temporary directory first)', async () => {
    const dir = await workspace()
    const old = await earlierUnits(dir)
    const run = await runAction(dir, { shell: FULL_DISK, inputs: { verify: 'true' } })
    expect(run.code).toBe(1)
    expect(errors(run)).toContain('cannot stage the units for systemd-analyze verify in')
    expect(errors(run)).toContain('ulimit -f')
    expect(errors(run)).toContain('(EFBIG); nothing was changed')
    expect(await contentsOf(join(dir, OUT))).toEqual(old)
    expect(printed(run)).not.toContain(TOKEN)
  })

  test('a full disk while writing the units', async () => {
    const dir = await workspace()
    const old = await earlierUnits(dir)
    const run = await runAction(dir, { shell: FULL_DISK, inputs: { verify: 'false' } })
    expect(run.code).toBe(1)
    expect(errors(run)).toContain(`cannot stage ${join(dir, OUT, 'my-app.service')}`)
    expect(errors(run)).toContain('ulimit -f')
    expect(errors(run)).toContain('(EFBIG); nothing was changed')
    expect(await contentsOf(join(dir, OUT))).toEqual(old)
    expect(printed(run)).not.toContain(TOKEN)
  })

  test('a read-only output directory (chattr +i as root, whom mode bits do not stop; chmod otherwise)', async () => {
    const dir = await workspace()
    const old = await earlierUnits(dir)
    const root = process.getuid?.() === 0
    const locked = root
      ? spawnSync('chattr', ['+i', join(dir, OUT)]).status === 0
      : spawnSync('chmod', ['0555', join(dir, OUT)]).status === 0
    expect(locked).toBe(true)
    const run = await runAction(dir)
    expect(run.code).toBe(1)
    expect(errors(run)).toContain(`cannot write into ${join(dir, OUT)}`)
    expect(errors(run)).toMatch(root ? /chattr\(1\).*\(EPERM\)|\(EACCES\)/ : /\(EACCES\)/)
    expect(errors(run)).toContain('nothing was changed')
    expect(await contentsOf(join(dir, OUT))).toEqual(old)
    expect(printed(run)).not.toContain(TOKEN)
  })

  test('a directory where one unit goes: no unit is replaced, and the message names it', async () => {
    const dir = await workspace()
    const old = await earlierUnits(dir)
    await rm(join(dir, OUT, 'my-app-restart.service'))
    await mkdir(join(dir, OUT, 'my-app-restart.service'))
    delete old['my-app-restart.service']
    const run = await runAction(dir)
    expect(run.code).toBe(1)
    expect(errors(run)).toContain(`${join(dir, OUT, 'my-app-restart.service')} is a directory (EISDIR)`)
    expect(errors(run)).toContain('nothing was written')
    const left = await contentsOf(join(dir, OUT))
    expect(Object.keys(left).sort()).toEqual(['my-app-restart.path', 'my-app.service'])
    expect(left).toEqual(old)
    expect(await filesOf(join(dir, OUT, 'my-app-restart.service'))).toEqual([])
  })

  test('a symbolic link where a unit goes, to a secret outside the workspace: refused, the secret untouched and unprinted', async () => {
    const dir = await workspace()
    const old = await earlierUnits(dir)
    const outside = join(dir, '..', 'outside-secret')
    await writeFile(outside, 'OUTSIDE_SECRET_VALUE\n')
    await rm(join(dir, OUT, 'my-app.service'))
    await symlink(outside, join(dir, OUT, 'my-app.service'))
    delete old['my-app.service']
    const run = await runAction(dir)
    expect(run.code).toBe(1)
    expect(errors(run)).toContain(`${join(dir, OUT, 'my-app.service')} is a symbolic link`)
    expect(await readFile(outside, 'utf8')).toBe('OUTSIDE_SECRET_VALUE\n')
    expect(await readlink(join(dir, OUT, 'my-app.service'))).toBe(outside)
    const left = await contentsOf(join(dir, OUT))
    delete left['my-app.service']
    expect(left).toEqual(old)
    expect(printed(run)).not.toContain('OUTSIDE_SECRET_VALUE')
    expect(printed(run)).not.toContain(TOKEN)
  })

  test('a file where the output directory goes: nothing is created', async () => {
    const dir = await workspace()
    await mkdir(join(dir, 'deploy'))
    await writeFile(join(dir, 'deploy', 'units'), 'not a directory\n')
    const run = await runAction(dir)
    expect(run.code).toBe(1)
    expect(errors(run)).toContain(`cannot create the directory ${join(dir, OUT)}: a file is in the way`)
    expect(await readFile(join(dir, 'deploy', 'units'), 'utf8')).toBe('not a directory\n')
    expect(await filesOf(join(dir, 'deploy'))).toEqual(['units'])
  })

  test('SIGTERM while staging: the units are all old or all new, no .tmp-* is left, and the signal ends the run', async () => {
    const dir = await workspace()
    const old = await earlierUnits(dir)
    let pid = 0
    // Signal the action the moment its first staged file appears in the output directory.
    const watcher = watch(join(dir, OUT), (_event, name) => {
      if (pid !== 0 && String(name).startsWith('.tmp-')) {
        tryKill(pid)
        pid = 0
      }
    })
    const run = await runAction(dir, { started: (child) => (pid = child) }).finally(() => watcher.close())
    // The signal races the run's end: a run that finished first exited 0 with every unit new;
    // any signal that reached it ends it by SIGTERM, whether it came while staging or renaming.
    if (run.signal === null) expect(run.code).toBe(0)
    else expect(run.signal).toBe('SIGTERM')
    expect(await readdir(join(dir, OUT))).toEqual(UNITS)
    const left = await contentsOf(join(dir, OUT))
    expect(Object.keys(left).sort()).toEqual(UNITS)
    const unchanged = UNITS.filter((name) => left[name] === old[name])
    expect([0, UNITS.length]).toContain(unchanged.length)
    expect(printed(run)).not.toContain(TOKEN)
  })
})

/** Send SIGTERM, unless the process has ended already (ESRCH). */
function tryKill(pid: number): void {
  try {
    process.kill(pid, 'SIGTERM')
  } catch {
    // It finished first: the assertions on its files still hold.
  }
}

describe('the CLI with its stdout closed', () => {
  test('`systemd-units generate | head -c0` writes every unit and exits 0 without an EPIPE trace', async () => {
    const dir = await workspace()
    const cli = join(repoRoot, 'dist', 'cli', 'index.js')
    const result = spawnSync('bash', ['-c', 'set -o pipefail; "$0" "$1" generate | head -c0', process.execPath, cli], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '' },
      encoding: 'utf8',
    })
    expect(result.stderr).not.toContain('EPIPE')
    expect(result.status).toBe(0)
    expect(await filesOf(join(dir, OUT))).toEqual(UNITS)
  })
})

describe('publishing inputs are checked before the first byte is written', () => {
  test.each([
    [{ archive: 'true', 'archive-prefix': '../outside' }, {}, 'input "archive-prefix"', 'relative directory'],
    [{ archive: 'true', 'archive-prefix': 'a\u0001b' }, {}, 'input "archive-prefix"', 'control character'],
    [{ 'append-to': 'release.zip' }, {}, 'input "append-to"', '.tar.gz or .tgz'],
    [{ 'upload-artifact': 'true', 'artifact-name': 'units/prod' }, {}, 'input "artifact-name"', '"/"'],
    [{ 'upload-artifact': 'true', 'artifact-name': 'a:b' }, {}, 'input "artifact-name"', '":"'],
    [{ archive: 'true' }, { SOURCE_DATE_EPOCH: 'yesterday' }, 'SOURCE_DATE_EPOCH', 'whole number'],
    [{ archive: 'true' }, { SOURCE_DATE_EPOCH: '99999999999999' }, 'SOURCE_DATE_EPOCH', 'at most 8589934591'],
    [{ commit: 'true', 'commit-branch': '-delete' }, {}, 'input "commit-branch"', 'starts with "-"'],
    [{ commit: 'true', 'commit-branch': 'a..b' }, {}, 'input "commit-branch"', '".."'],
    [{ commit: 'true', 'commit-branch': 'x@{1}' }, {}, 'input "commit-branch"', '"@{"'],
    [{ commit: 'true', 'commit-branch': 'topic.lock' }, {}, 'input "commit-branch"', '".lock"'],
    [{ commit: 'true', 'commit-branch': 'topic/' }, {}, 'input "commit-branch"', 'ends with "/"'],
    [{ 'pull-request': 'true', 'commit-branch': 'a b' }, {}, 'input "commit-branch"', '" "'],
  ])('%j %j fails naming %s, with nothing written', async (inputs, env, input, words) => {
    const dir = await workspace()
    const run = await runAction(dir, { inputs, env })
    await expectNothingWritten(dir, run)
    expect(errors(run)).toContain(input)
    expect(errors(run)).toContain(words)
  })

  test('commit-branch main:refs/heads/victim is refused: nothing written, pushed or added to the checkout', async () => {
    const made: GitFixture = await gitFixture({ 'mix.exs': MIX_EXS, '.systemd.yml': CONFIG })
    roots.push(made.root)
    const refs = async (repository: string) =>
      git(repository, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/tags')
    const before = { checkout: await refs(made.checkout), remote: await refs(made.remote) }
    const run = await runAction(made.checkout, {
      inputs: { commit: 'true', 'commit-branch': 'main:refs/heads/victim' },
      env: { GITHUB_REF: 'refs/heads/main' },
    })
    await expectNothingWritten(made.checkout, run)
    expect(errors(run)).toContain('input "commit-branch"')
    expect(errors(run)).toContain('it contains ":"')
    expect({ checkout: await refs(made.checkout), remote: await refs(made.remote) }).toEqual(before)
    expect(await git(made.checkout, 'status', '--porcelain')).toBe('')
  })
})

describe('tokens', () => {
  test('the token is masked before anything else is printed, even when nothing is published', async () => {
    const dir = await workspace()
    const run = await runAction(dir)
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`)
    expect(printed(run)).not.toContain(TOKEN)
  })

  test.each([
    ['a line break', `${TOKEN}\nsecond-line-${TOKEN.slice(4)}`],
    ['a carriage return', `${TOKEN}\rsecond-line-${TOKEN.slice(4)}`],
    ['a space', `${TOKEN} ${TOKEN.slice(4)}`],
    ['a tab', `${TOKEN}\t${TOKEN.slice(4)}`],
  ])('a token with %s is refused without being printed, each line of it masked first', async (_what, token) => {
    const dir = await workspace()
    const run = await runAction(dir, {
      inputs: { commit: 'true', 'commit-method': 'api', token },
      env: { GITHUB_REPOSITORY: 'acme/shop', GITHUB_REF: 'refs/heads/main', GITHUB_API_URL: 'http://127.0.0.1:9' },
    })
    await expectNothingWritten(dir, run)
    expect(errors(run)).toContain('input "token"')
    expect(errors(run)).toContain('whitespace or a control character')
    const masks = run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'))
    for (const part of token.split(/[\r\n]/)) expect(masks).toContain(`::add-mask::${part}`)
    for (const part of token.split(/[\s]/)) expect(printed(run)).not.toContain(part)
  })
})
