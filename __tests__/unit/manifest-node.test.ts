import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parsePackageJson } from '../../src/manifest/package-json.js'
import { readManifest } from '../../src/manifest/read-manifest.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/manifests/${name}/package.json`, import.meta.url), 'utf8')

/** What `run` throws, for matching without `expect.objectContaining`'s `any`. */
function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('parsePackageJson', () => {
  it('drops the scope from the name and runs the bin entry named after the package', () => {
    expect(parsePackageJson(fixture('node-scoped-bin'), 'package.json')).toMatchObject({
      ecosystem: 'node',
      file: 'package.json',
      appName: 'billing-api',
      version: '3.2.0',
      entryPoint: { kind: 'binary', path: 'dist/cli.js' },
    })
  })

  it('runs main with node when there is no bin', () => {
    expect(parsePackageJson(fixture('node-main-only'), 'package.json')).toMatchObject({
      ecosystem: 'node',
      file: 'package.json',
      appName: 'webhook-relay',
      version: '0.4.2',
      entryPoint: { kind: 'node', path: 'dist/server.js' },
    })
  })

  it('runs a bin given as a string', () => {
    const pkg = JSON.stringify({ name: 'tool', bin: './bin/tool.js', main: 'index.js' })
    expect(parsePackageJson(pkg, 'package.json').entryPoint).toEqual({
      kind: 'binary',
      path: 'bin/tool.js',
      reason: '`bin`',
    })
  })

  it('runs the only bin entry even when it is named differently from the package', () => {
    const pkg = JSON.stringify({ name: '@acme/queue', bin: { 'queue-worker': 'dist/worker.js' } })
    expect(parsePackageJson(pkg, 'package.json').entryPoint).toEqual({
      kind: 'binary',
      path: 'dist/worker.js',
      reason: '`bin.queue-worker`, the only command',
    })
  })

  it('has no entry point when neither bin nor main is set', () => {
    expect(parsePackageJson('{ "name": "lib-only", "version": "1.0.0" }', 'package.json')).not.toHaveProperty(
      'entryPoint',
    )
  })

  it('rejects an entry point outside the project', () => {
    const pkg = JSON.stringify({ name: 'escape', main: '../elsewhere/server.js' })
    expect(() => parsePackageJson(pkg, 'package.json')).toThrow(
      expect.objectContaining({ location: { kind: 'file', file: 'package.json', key: 'main' } }),
    )
  })

  it('reports the line of a JSON syntax error', () => {
    const text = '{\n  "name": "broken",\n  "version": "1.0.0"\n  "main": "index.js"\n}\n'
    expect(() => parsePackageJson(text, 'web/package.json')).toThrow(
      expect.objectContaining({
        reason: expect.stringContaining('invalid JSON'),
        location: { kind: 'file', file: 'web/package.json', line: 4 },
      }),
    )
  })

  it('reports the line of a JSON error that V8 gives no position for', () => {
    // V8 says `Unexpected token ']', ..."is not valid JSON"` here, without a position.
    const text = '{\n  "name": "broken",\n  "files": [\n    "dist",\n  ]\n}\n'
    expect(() => parsePackageJson(text, 'package.json')).toThrow(
      expect.objectContaining({ location: { kind: 'file', file: 'package.json', line: 5 } }),
    )
  })

  it('cleans the version as npm does: spaces, a leading v or =', () => {
    const version = (raw: string) =>
      parsePackageJson(JSON.stringify({ name: 'svc', version: raw }), 'package.json').version
    expect(version('v4.2.0')).toBe('4.2.0')
    expect(version('=1.0.0')).toBe('1.0.0')
    expect(version('  =v2.0.0-rc.1 ')).toBe('2.0.0-rc.1')
  })

  it('matches the bin entry to the package name ignoring case and scope', () => {
    expect(parsePackageJson(fixture('node-bin-case'), 'package.json')).toMatchObject({
      appName: 'Deploy-Bot',
      entryPoint: { kind: 'binary', path: 'dist/bot.js' },
    })
  })

  it('does not take a start script that is more than `node <file>`', () => {
    for (const start of [
      'node --env-file=.env server.js',
      'NODE_ENV=production node app.js',
      'node app.js && echo',
      'tsx src/main.ts',
    ]) {
      const pkg = JSON.stringify({ name: 'svc', scripts: { start } })
      expect(parsePackageJson(pkg, 'package.json')).not.toHaveProperty('entryPoint')
    }
  })

  it('rejects a start script that runs a file outside the project, naming scripts.start', () => {
    const pkg = JSON.stringify({ name: 'svc', scripts: { start: 'node ../shared/server.js' } })
    expect(thrown(() => parsePackageJson(pkg, 'package.json'))).toMatchObject({
      location: { kind: 'file', file: 'package.json', key: 'scripts.start' },
    })
  })

  it('rejects a package.json without a name', () => {
    expect(() => parsePackageJson('{ "version": "1.0.0" }', 'package.json')).toThrow(
      expect.objectContaining({
        name: 'SystemdUnitsError',
        location: { kind: 'file', file: 'package.json', key: 'name' },
      }),
    )
  })
})

describe('readManifest on package.json without bin or main', () => {
  const dir = (name: string) => fileURLToPath(new URL(`../fixtures/manifests/${name}`, import.meta.url))

  it('runs the file of a plain `node <file>` start script, with the version cleaned', async () => {
    expect(await readManifest(dir('node-start-script'))).toMatchObject({
      ecosystem: 'node',
      file: 'package.json',
      appName: 'inventory-web',
      version: '2.4.1',
      entryPoint: { kind: 'node', path: 'bin/www' },
    })
  })

  it("runs server.js, npm start's default, when there is no start script and server.js exists", async () => {
    expect(await readManifest(dir('node-server-js'))).toMatchObject({
      ecosystem: 'node',
      file: 'package.json',
      appName: 'legacy-chat',
      version: '1.0.0',
      entryPoint: { kind: 'node', path: 'server.js' },
    })
  })
})
