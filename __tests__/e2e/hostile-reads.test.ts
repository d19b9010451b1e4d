import { afterEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { runActionWithEnv, type ActionRunWithEnv } from '../helpers/action-env.js'
import { MIX_EXS } from '../helpers/project.js'

/**
 * Hostile repository content and inputs on the READ side (SECURITY.md, "The boundary"), through the
 * bundled action as the runner runs it. Each case builds a workspace next to an `outside`
 * directory holding a planted secret (also as a valid template and manifest, so reading it would
 * show), runs with a fake token in INPUT_TOKEN, and checks: the step fails with one error
 * annotation on the right file and line, naming what is wrong; nothing in the workspace or outside
 * it changed; and neither the secret nor the token appears in stdout, stderr, outputs or summary.
 */
const SECRET = 'planted_outside_secret_5f3a9c'
const TOKEN = 'ghp_FakeTokenForHostileReads0123456789abcd'
const TEMPLATE = 'rel/templates/systemd/systemd.service.mustache'
const MiB = 2 ** 20

type Setup = (paths: { workspace: string; outside: string; root: string }) => Promise<void>

interface HostileCase {
  files?: Record<string, string | Buffer>
  /** Symlinks, FIFOs, sockets and devices, made after the files. */
  setup?: Setup
  inputs?: Record<string, string>
  /** The annotation's file (from the workspace root), or undefined for an input's error. */
  file: string | undefined
  line?: number
  words: RegExp
}

const roots: string[] = []
const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))))
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })))
})

const link =
  (target: string, path: string): Setup =>
  async ({ workspace }) => {
    await mkdir(dirname(join(workspace, path)), { recursive: true })
    await symlink(target, join(workspace, path))
  }
const fifo =
  (path: string): Setup =>
  async ({ workspace }) => {
    await mkdir(dirname(join(workspace, path)), { recursive: true })
    execFileSync('mkfifo', [join(workspace, path)])
  }
const socket =
  (path: string): Setup =>
  async ({ workspace }) => {
    const server = createServer()
    servers.push(server)
    await new Promise<void>((done) => server.listen(join(workspace, path), done))
  }
/** A character device like /dev/zero inside the workspace (mknod needs root; runners have sudo). */
const device =
  (path: string): Setup =>
  ({ workspace }) => {
    const args = [join(workspace, path), 'c', '1', '5']
    try {
      execFileSync('mknod', args, { stdio: 'ignore' })
    } catch {
      execFileSync('sudo', ['-n', 'mknod', '-m', '0666', ...args], { stdio: 'ignore' })
    }
    return Promise.resolve()
  }
const both =
  (...setups: Setup[]): Setup =>
  async (paths) => {
    for (const setup of setups) await setup(paths)
  }

/** Everything under `dir`: each entry's type and, for a file, its bytes; a link's target. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const result: Record<string, string> = {}
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name)
    const name = relative(dir, path)
    if (entry.isSymbolicLink()) result[name] = `link ${await readlink(path)}`
    else if (entry.isFile()) result[name] = `file ${(await readFile(path)).toString('base64')}`
    else result[name] = `${entry.isDirectory() ? 'dir' : 'special'} ${(await lstat(path)).mode}`
  }
  return result
}

async function runHostile(hostile: HostileCase): Promise<ActionRunWithEnv> {
  const root = await mkdtemp(join(tmpdir(), 'hostile-reads-'))
  roots.push(root)
  const workspace = join(root, 'workspace')
  const outside = join(root, 'outside')
  const files: Record<string, string | Buffer> = {
    'outside/secret.txt': `${SECRET}\n`,
    'outside/mix.exs': MIX_EXS.replace('my_app', SECRET),
    'outside/templates/systemd.service.mustache': `[Unit]\nDescription=${SECRET}\n`,
    ...Object.fromEntries(
      Object.entries(hostile.files ?? { 'mix.exs': MIX_EXS }).map(([k, v]) => [`workspace/${k}`, v]),
    ),
  }
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true })
    await writeFile(join(root, name), content)
  }
  await mkdir(workspace, { recursive: true })
  await hostile.setup?.({ workspace, outside, root })
  const before = await snapshot(root)
  const run = await runActionWithEnv(workspace, { ...hostile.inputs, token: TOKEN })
  expect(await snapshot(root)).toEqual(before)
  return run
}

/** The one error annotation: its file, line and message. */
function errorAnnotation(stdout: string): { file?: string; line?: number; message: string } {
  const annotations = stdout.split('\n').filter((line) => line.startsWith('::error '))
  expect(annotations).toHaveLength(1)
  const [, properties, message] = /^::error ([^:]*)::(.*)$/.exec(annotations[0]!)!
  const property = (name: string) => new RegExp(`(?:^|,)${name}=([^,]*)`).exec(properties!)?.[1]
  const line = property('line')
  return { file: property('file'), line: line === undefined ? undefined : Number(line), message: message! }
}

async function expectRefused(hostile: HostileCase): Promise<void> {
  const run = await runHostile(hostile)
  expect(run.code).toBe(1)
  const annotation = errorAnnotation(run.stdout)
  expect(annotation.message).toMatch(hostile.words)
  expect(annotation.file).toBe(hostile.file)
  expect(annotation.line).toBe(hostile.line)
  expect(run.stdout).not.toMatch(/^wrote /m)
  // The token's only appearance is the runner's own `::add-mask::` command, sent before anything
  // else so the runner hides it from every later line.
  const [mask, ...rest] = run.stdout.split('\n')
  expect(mask).toBe(`::add-mask::${TOKEN}`)
  for (const output of [rest.join('\n'), run.stderr, JSON.stringify(run.outputs), run.summary]) {
    expect(output).not.toContain(SECRET)
    expect(output).not.toContain(TOKEN)
  }
}

const config = (yaml: string | Buffer, extra: Record<string, string | Buffer> = {}) => ({
  'mix.exs': MIX_EXS,
  '.systemd.yml': yaml,
  ...extra,
})
const template = (text: string | Buffer) => ({ 'mix.exs': MIX_EXS, [TEMPLATE]: text })
const OUTSIDE = /resolves to \S+ \(symbolic links followed\), outside the workspace /

describe('paths and symlinks that leave the workspace', () => {
  const cases: Array<[string, HostileCase]> = [
    [
      '.systemd.yml, a symlink to a file outside',
      { setup: link('../outside/secret.txt', '.systemd.yml'), file: '.systemd.yml', words: OUTSIDE },
    ],
    [
      'the working-directory input, outside the workspace',
      {
        inputs: { 'working-directory': '../outside' },
        file: undefined,
        words: /^input "working-directory": working directory \.\.\/outside resolves to \S+, outside the workspace/,
      },
    ],
    [
      'the config input, a path outside',
      {
        inputs: { config: '../outside/secret.txt' },
        file: undefined,
        words: /^input "config": .*outside the workspace/,
      },
    ],
    [
      'the config input, through a symlinked directory two levels down',
      {
        setup: link('../../../outside', 'deploy/env/current'),
        inputs: { config: 'deploy/env/current/secret.txt' },
        file: undefined,
        words: /\(symbolic links followed\), outside the workspace/,
      },
    ],
    [
      'template_dir in .systemd.yml, a path outside',
      {
        files: config('template_dir: ../outside/templates\n'),
        file: '.systemd.yml',
        line: 1,
        words: /template_dir.*outside the workspace/,
      },
    ],
    [
      'template_dir, a symlink to a directory outside',
      {
        files: config('app_user: app\ntemplate_dir: deploy/templates\n'),
        setup: link('../../outside/templates', 'deploy/templates'),
        file: '.systemd.yml',
        line: 2,
        words: /template_dir.*\(symbolic links followed\), outside the workspace/,
      },
    ],
    [
      'a template, a symlink to /proc/self/environ (which holds the token)',
      {
        setup: link('/proc/self/environ', TEMPLATE),
        file: TEMPLATE,
        words: /resolves to \/proc\/\d+\/environ \(symbolic links followed\), outside the workspace/,
      },
    ],
    [
      'a template, inside template_dir but a symlink to a template outside',
      {
        setup: link('../../../../outside/templates/systemd.service.mustache', TEMPLATE),
        file: TEMPLATE,
        words: OUTSIDE,
      },
    ],
    [
      'mode init, with template_dir a path outside (nothing is written there)',
      {
        files: config('app_user: app\ntemplate_dir: ../outside/new-templates\n'),
        inputs: { mode: 'init' },
        file: '.systemd.yml',
        line: 2,
        words: /template_dir \.\.\/outside\/new-templates resolves to \S+, outside the workspace/,
      },
    ],
    [
      'manifest in .systemd.yml, a path outside',
      {
        files: { '.systemd.yml': 'manifest: ../outside/mix.exs\n' },
        file: '.systemd.yml',
        line: 1,
        words: /manifest.*outside the workspace/,
      },
    ],
    [
      'mix.exs, a symlink to a manifest outside',
      {
        files: {},
        setup: link('../outside/mix.exs', 'mix.exs'),
        file: 'mix.exs',
        words: /manifest mix.exs resolves to \S+\/outside\/mix.exs \(symbolic links followed\)/,
      },
    ],
    [
      'output_dir in .systemd.yml, a path outside',
      {
        files: config('output_dir: ../escaped\n'),
        file: '.systemd.yml',
        line: 1,
        words: /output directory.*outside the workspace/,
      },
    ],
    [
      'output_dir, a symlink to a directory outside',
      {
        files: config('output_dir: units\n'),
        setup: link('../outside', 'units'),
        file: '.systemd.yml',
        line: 1,
        words: /output directory units resolves to \S+\/outside \(symbolic links followed\)/,
      },
    ],
    [
      'the output-dir input, an absolute path outside',
      {
        inputs: { 'output-dir': '/var/tmp/hostile-reads-escaped' },
        file: undefined,
        words: /^input "output-dir": .*outside the workspace/,
      },
    ],
    [
      'the append-to input, a tarball outside',
      {
        inputs: { 'append-to': '../outside/release.tar.gz' },
        file: undefined,
        words: /^input "append-to": .*outside the workspace/,
      },
    ],
    [
      '.systemd.yml, a symlink to /dev/zero',
      { setup: link('/dev/zero', '.systemd.yml'), file: '.systemd.yml', words: /resolves to \/dev\/zero/ },
    ],
    [
      '.systemd.yml, a dangling symlink',
      {
        setup: link('deploy/missing.yml', '.systemd.yml'),
        file: '.systemd.yml',
        words: /symbolic link to deploy\/missing\.yml, which does not exist/,
      },
    ],
    [
      'a template, a dangling symlink',
      {
        setup: link('gone.mustache', TEMPLATE),
        file: TEMPLATE,
        words: /template is a symbolic link to gone\.mustache, which does not exist/,
      },
    ],
  ]
  test.each(cases)('%s', (_, hostile) => expectRefused(hostile))
})

describe('files that are not regular files', () => {
  const cases: Array<[string, HostileCase]> = [
    [
      '.systemd.yml, a FIFO',
      {
        setup: fifo('.systemd.yml'),
        file: '.systemd.yml',
        words: /config file is a named pipe \(FIFO\), not a regular file/,
      },
    ],
    [
      'the manifest, a FIFO',
      { files: {}, setup: fifo('mix.exs'), file: 'mix.exs', words: /manifest is a named pipe \(FIFO\)/ },
    ],
    ['a template, a FIFO', { setup: fifo(TEMPLATE), file: TEMPLATE, words: /template is a named pipe \(FIFO\)/ }],
    [
      '.systemd.yml, a socket',
      { setup: socket('.systemd.yml'), file: '.systemd.yml', words: /config file is a socket, not a regular file/ },
    ],
    [
      '.systemd.yml, a character device',
      { setup: device('.systemd.yml'), file: '.systemd.yml', words: /config file is a device, not a regular file/ },
    ],
    [
      'a template, a symlink inside the workspace to a FIFO',
      {
        setup: both(fifo('deploy/pipe'), link('../../../deploy/pipe', TEMPLATE)),
        file: TEMPLATE,
        words: /template is a named pipe/,
      },
    ],
    [
      'the config input, a directory',
      {
        files: config('', { 'deploy/systemd.yml/x': '' }),
        inputs: { config: 'deploy/systemd.yml' },
        file: 'deploy/systemd.yml',
        words: /config file is a directory/,
      },
    ],
  ]
  test.each(cases)('%s', (_, hostile) => expectRefused(hostile))
})

describe('oversize and non-text files', () => {
  const cases: Array<[string, HostileCase]> = [
    [
      '.systemd.yml over 1 MiB',
      {
        files: config(`# ${'x'.repeat(MiB)}\n`),
        file: '.systemd.yml',
        words: /config file is larger than 1 MiB \(1048576 bytes\), the limit for a text file/,
      },
    ],
    [
      'the manifest over 1 MiB',
      {
        files: { 'mix.exs': MIX_EXS + `# ${'x'.repeat(MiB)}\n` },
        file: 'mix.exs',
        words: /manifest is larger than 1 MiB/,
      },
    ],
    [
      'a template over 1 MiB',
      { files: template(`[Unit]\n# ${'x'.repeat(MiB)}\n`), file: TEMPLATE, words: /template is larger than 1 MiB/ },
    ],
    [
      '.systemd.yml with invalid UTF-8 on line 3',
      {
        files: config(
          Buffer.concat([
            Buffer.from('app_user: app\n# fine\nmix_env: pr'),
            Buffer.from([0xc3, 0x28]),
            Buffer.from('d\n'),
          ]),
        ),
        file: '.systemd.yml',
        line: 3,
        words: /config file is not valid UTF-8 \(byte 0xc3\)/,
      },
    ],
    [
      'the manifest with an overlong UTF-8 encoding on line 2',
      {
        files: {
          'mix.exs': Buffer.concat([
            Buffer.from('defmodule X do\n# '),
            Buffer.from([0xc0, 0xaf]),
            Buffer.from('\nend\n'),
          ]),
        },
        file: 'mix.exs',
        line: 2,
        words: /manifest is not valid UTF-8 \(byte 0xc0\)/,
      },
    ],
    [
      '.systemd.yml with a NUL byte on line 2',
      {
        files: config('app_user: app\nmix_env: prod\0\n'),
        file: '.systemd.yml',
        line: 2,
        words: /config file contains a NUL byte/,
      },
    ],
    [
      'a template with a NUL byte hiding a directive on line 3',
      {
        files: template('[Unit]\nDescription={{description}}\n\0\nExecStartPre=+/bin/sh -c id\n'),
        file: TEMPLATE,
        line: 3,
        words: /template contains a NUL byte/,
      },
    ],
    [
      'a template with a carriage return on line 2',
      {
        files: template('[Unit]\nDescription={{description}}\r\n'),
        file: TEMPLATE,
        line: 2,
        words: /template contains the control character U\+000D; only newline and tab are allowed/,
      },
    ],
    [
      'a template with an escape sequence on line 1',
      { files: template('[Unit]\u001b[2K\n'), file: TEMPLATE, line: 1, words: /control character U\+001B/ },
    ],
  ]
  test.each(cases)('%s', (_, hostile) => expectRefused(hostile))
})

describe('templates that would render what they do not mean', () => {
  const cases: Array<[string, HostileCase]> = [
    [
      'a partial',
      {
        files: template('[Unit]\nDescription={{description}}\n{{>environ}}\n'),
        file: TEMPLATE,
        line: 3,
        words: /partials \(\{\{>environ\}\}\) are not supported/,
      },
    ],
    [
      'a list as a value',
      {
        files: template('[Unit]\nDescription=x\n[Service]\nEnvironmentFile={{env_files}}\n'),
        file: TEMPLATE,
        line: 4,
        words: /env_files is a list: render its items with \{\{#env_files\}\}\{\{\.\}\}\{\{\/env_files\}\}/,
      },
    ],
    [
      '{{.}} outside a section over a list',
      {
        files: template('[Unit]\nDescription={{.}}\n'),
        file: TEMPLATE,
        line: 2,
        words: /\{\{\.\}\} here is the whole view/,
      },
    ],
  ]
  test.each(cases)('%s', (_, hostile) => expectRefused(hostile))
})

describe('paths systemd would refuse', () => {
  const cases: Array<[string, HostileCase]> = [
    [
      'a component over 255 bytes',
      {
        files: config(`app_user: app\nbase_dir: /srv/${'a'.repeat(256)}\n`),
        file: '.systemd.yml',
        line: 2,
        words: /base_dir: has a component of 256 bytes; systemd allows at most 255 \(NAME_MAX\)/,
      },
    ],
    [
      'a path over 4095 bytes',
      {
        files: config(`base_dir: ${`/${'b'.repeat(99)}`.repeat(41)}\n`),
        file: '.systemd.yml',
        line: 1,
        words: /base_dir: is 4100 bytes long; systemd allows at most 4095 \(PATH_MAX\)/,
      },
    ],
  ]
  test.each(cases)('%s', (_, hostile) => expectRefused(hostile))
})

describe('what stays allowed', () => {
  test('symlinks that stay inside the workspace, and output-dir under RUNNER_TEMP', async () => {
    const root = await mkdtemp(join(tmpdir(), 'hostile-reads-'))
    roots.push(root)
    const workspace = join(root, 'workspace')
    await mkdir(join(workspace, 'deploy/templates'), { recursive: true })
    await writeFile(join(workspace, 'mix.exs'), MIX_EXS)
    await writeFile(join(workspace, 'deploy/systemd.yml'), 'template_dir: templates\n')
    await symlink('deploy/systemd.yml', join(workspace, '.systemd.yml'))
    await symlink('deploy/templates', join(workspace, 'templates'))
    const runnerTemp = join(root, 'runner-temp')
    await mkdir(runnerTemp)
    const run = await runActionWithEnv(
      workspace,
      { 'output-dir': join(runnerTemp, 'units'), token: TOKEN },
      { env: { RUNNER_TEMP: runnerTemp } },
    )
    expect(run).toMatchObject({ code: 0 })
    expect(await readdir(join(runnerTemp, 'units'))).toContain('my-app.service')
    expect(run.stdout.split('\n').slice(1).join('\n')).not.toContain(TOKEN)
  })
})
