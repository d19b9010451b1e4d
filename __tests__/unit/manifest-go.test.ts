import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { parseGoMod } from '../../src/manifest/go-mod.js'
import { readManifest } from '../../src/manifest/read-manifest.js'

const run = promisify(execFile)
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/manifests/${name}/go.mod`, import.meta.url))

/** A git repository in `dir` holding one commit; the -c flags keep it independent of any user config. */
async function commitAll(dir: string): Promise<void> {
  await run('git', ['init', '--quiet'], { cwd: dir })
  await run('git', ['add', '.'], { cwd: dir })
  await run(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', 'init'],
    { cwd: dir },
  )
}

describe('readManifest on go.mod', () => {
  let temp: string
  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'manifest-go-'))
  })
  afterEach(async () => {
    await rm(temp, { recursive: true, force: true })
  })

  it('names the binary before the /v2 suffix and takes the version from the git tag without its v', async () => {
    await copyFile(fixture('go-major-version'), join(temp, 'go.mod'))
    await commitAll(temp)
    await run('git', ['-c', 'tag.gpgsign=false', 'tag', 'v1.4.0'], { cwd: temp })
    expect(await readManifest(temp)).toMatchObject({
      ecosystem: 'go',
      file: 'go.mod',
      appName: 'edge-proxy',
      version: '1.4.0',
      entryPoint: { kind: 'binary', path: 'bin/edge-proxy' },
    })
  })

  it('has no version in a repository without tags', async () => {
    await copyFile(fixture('go-quoted-module'), join(temp, 'go.mod'))
    await commitAll(temp)
    const manifest = await readManifest(temp)
    expect(manifest).toMatchObject({
      appName: 'billing-export',
      entryPoint: { kind: 'binary', path: 'bin/billing-export' },
    })
    expect(manifest).not.toHaveProperty('version')
  })

  it('asks the injected gitDescribe for the directory of go.mod', async () => {
    await writeFile(join(temp, 'go.mod'), 'module example.com/svc\n')
    const asked: string[] = []
    const gitDescribe = (dir: string) => {
      asked.push(dir)
      return Promise.resolve('v1.4.0-3-gabc123')
    }
    expect(await readManifest(temp, { gitDescribe })).toMatchObject({ appName: 'svc', version: '1.4.0-3-gabc123' })
    expect(asked).toEqual([temp])
  })
})

describe('readManifest on go.mod with files next to it', () => {
  const dir = (name: string) => fileURLToPath(new URL(`../fixtures/manifests/${name}`, import.meta.url))
  const gitDescribe = () => Promise.resolve('v9.9.9')
  let temp: string
  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'manifest-go-'))
  })
  afterEach(async () => {
    await rm(temp, { recursive: true, force: true })
  })

  it('takes the version from VERSION over git, and the binary from the single cmd/<name>/', async () => {
    expect(await readManifest(dir('go-cmd-layout'), { gitDescribe })).toMatchObject({
      ecosystem: 'go',
      file: 'go.mod',
      appName: 'edgeproxy',
      version: '3.2.0',
      entryPoint: { kind: 'binary', path: 'bin/edgeproxyd' },
    })
  })

  it('keeps the dots of a host-only module path before its major-version suffix', async () => {
    expect(await readManifest(dir('go-vanity-host'), { gitDescribe })).toMatchObject({
      ecosystem: 'go',
      file: 'go.mod',
      appName: 'example.app',
      version: '9.9.9',
      entryPoint: { kind: 'binary', path: 'bin/example.app' },
    })
  })

  it('runs the module root main package when cmd/ holds several commands besides it', async () => {
    await writeFile(join(temp, 'go.mod'), 'module github.com/acme/fleet\n')
    await writeFile(join(temp, 'main.go'), 'package main\n\nfunc main() {}\n')
    await mkdir(join(temp, 'cmd/fleet-agent'), { recursive: true })
    await mkdir(join(temp, 'cmd/fleetctl'), { recursive: true })
    expect(await readManifest(temp, { gitDescribe })).toMatchObject({
      entryPoint: { path: 'bin/fleet', reason: 'the main package at the module root' },
    })
  })

  it('runs the cmd/<name>/ named like the module among several, as Prometheus lays out prometheus and promtool', async () => {
    await writeFile(join(temp, 'go.mod'), 'module github.com/prometheus/prometheus\n')
    await mkdir(join(temp, 'cmd/prometheus'), { recursive: true })
    await mkdir(join(temp, 'cmd/promtool'), { recursive: true })
    expect(await readManifest(temp, { gitDescribe })).toMatchObject({
      entryPoint: { path: 'bin/prometheus', reason: '`cmd/prometheus/`, named like the module' },
    })
  })

  it('names no program, listing the commands, when cmd/ holds several and none is the module', async () => {
    await writeFile(join(temp, 'go.mod'), 'module github.com/acme/fleet\n')
    await mkdir(join(temp, 'cmd/fleet-agent'), { recursive: true })
    await mkdir(join(temp, 'cmd/fleetctl'), { recursive: true })
    const manifest = await readManifest(temp, { gitDescribe })
    expect(manifest).not.toHaveProperty('entryPoint')
    expect(manifest).toMatchObject({
      candidates: ['bin/fleet-agent (cmd/fleet-agent/)', 'bin/fleetctl (cmd/fleetctl/)'],
      nameField: { key: 'module', line: 1 },
    })
  })

  it('reads the first line of VERSION, dropping a leading v', async () => {
    await writeFile(join(temp, 'go.mod'), 'module github.com/acme/fleet\n')
    await writeFile(join(temp, 'VERSION'), 'v1.7.0\nreleased 2024-05-01\n')
    expect(await readManifest(temp, { gitDescribe })).toMatchObject({ version: '1.7.0' })
  })
})

describe('parseGoMod', () => {
  it('keeps a v1 element, which is not a major-version suffix', () => {
    expect(parseGoMod('module example.com/tools/v1\n', 'go.mod', undefined).appName).toBe('v1')
  })

  it('ignores a module directive inside a comment', () => {
    const text = '// module example.com/old-name\nmodule example.com/new-name // renamed in 2024\n'
    expect(parseGoMod(text, 'go.mod', undefined).appName).toBe('new-name')
  })

  it('keeps a tag that does not start with v followed by a digit', () => {
    expect(parseGoMod('module example.com/svc\n', 'go.mod', 'release-7').version).toBe('release-7')
  })

  it('reads the block form, module ( ... ), with its comments and blank lines', () => {
    const text = 'module (\n  // the service\n\n  "example.com/fleet/ingest/v3" // quoted\n)\n\ngo 1.22\n'
    expect(parseGoMod(text, 'go.mod', undefined).appName).toBe('ingest')
  })

  it('rejects a module block without a path, on the line that opens it', () => {
    expect(() => parseGoMod('go 1.22\nmodule (\n)\n', 'go.mod', undefined)).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('the module block holds no module path'),
        location: { kind: 'file', file: 'go.mod', line: 2, key: 'module' },
      }),
    )
    // A line that is not one path (two words) is the block's only entry, as Go reads it: no later line is taken instead.
    expect(() =>
      parseGoMod('module (\n  example.com/a example.com/b\n  example.com/c\n)\n', 'go.mod', undefined),
    ).toThrow(expect.objectContaining({ location: { kind: 'file', file: 'go.mod', line: 1, key: 'module' } }))
  })

  it('rejects a go.mod without a module directive', () => {
    expect(() => parseGoMod('go 1.22\n', 'services/api/go.mod', undefined)).toThrow(
      expect.objectContaining({
        name: 'SystemdUnitsError',
        location: { kind: 'file', file: 'services/api/go.mod', key: 'module' },
      }),
    )
  })
})
