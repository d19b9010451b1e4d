import { readFileSync } from 'node:fs'
import { parsePackageJson } from '../../src/manifest/package-json.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/manifests/${name}/package.json`, import.meta.url), 'utf8')

describe('parsePackageJson', () => {
  it('drops the scope from the name and runs the bin entry named after the package', () => {
    expect(parsePackageJson(fixture('node-scoped-bin'), 'package.json')).toEqual({
      ecosystem: 'node',
      file: 'package.json',
      appName: 'billing-api',
      version: '3.2.0',
      entryPoint: { kind: 'binary', path: 'dist/cli.js' },
    })
  })

  it('runs main with node when there is no bin', () => {
    expect(parsePackageJson(fixture('node-main-only'), 'package.json')).toEqual({
      ecosystem: 'node',
      file: 'package.json',
      appName: 'webhook-relay',
      version: '0.4.2',
      entryPoint: { kind: 'node', path: 'dist/server.js' },
    })
  })

  it('runs a bin given as a string', () => {
    const pkg = JSON.stringify({ name: 'tool', bin: './bin/tool.js', main: 'index.js' })
    expect(parsePackageJson(pkg, 'package.json').entryPoint).toEqual({ kind: 'binary', path: 'bin/tool.js' })
  })

  it('runs the only bin entry even when it is named differently from the package', () => {
    const pkg = JSON.stringify({ name: '@acme/queue', bin: { 'queue-worker': 'dist/worker.js' } })
    expect(parsePackageJson(pkg, 'package.json').entryPoint).toEqual({ kind: 'binary', path: 'dist/worker.js' })
  })

  it('has no entry point when neither bin nor main is set', () => {
    expect(parsePackageJson('{ "name": "lib-only", "version": "1.0.0" }', 'package.json')).not.toHaveProperty(
      'entryPoint',
    )
  })

  it('rejects an entry point outside the project', () => {
    const pkg = JSON.stringify({ name: 'escape', main: '../elsewhere/server.js' })
    expect(() => parsePackageJson(pkg, 'package.json')).toThrow(
      expect.objectContaining({ location: { file: 'package.json', key: 'main' } }),
    )
  })

  it('reports the line of a JSON syntax error', () => {
    const text = '{\n  "name": "broken",\n  "version": "1.0.0"\n  "main": "index.js"\n}\n'
    expect(() => parsePackageJson(text, 'web/package.json')).toThrow(
      expect.objectContaining({
        reason: expect.stringContaining('invalid JSON'),
        location: { file: 'web/package.json', line: 4 },
      }),
    )
  })

  it('reports the line of a JSON error that V8 gives no position for', () => {
    // V8 says `Unexpected token ']', ..."is not valid JSON"` here, without a position.
    const text = '{\n  "name": "broken",\n  "files": [\n    "dist",\n  ]\n}\n'
    expect(() => parsePackageJson(text, 'package.json')).toThrow(
      expect.objectContaining({ location: { file: 'package.json', line: 5 } }),
    )
  })

  it('rejects a package.json without a name', () => {
    expect(() => parsePackageJson('{ "version": "1.0.0" }', 'package.json')).toThrow(
      expect.objectContaining({ name: 'SystemdUnitsError', location: { file: 'package.json', key: 'name' } }),
    )
  })
})
