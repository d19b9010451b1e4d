import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MANIFEST_FILES, readManifest } from '../../src/manifest/read-manifest.js'

const noGit = () => Promise.resolve(undefined)

describe('readManifest', () => {
  let temp: string
  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'manifest-read-'))
  })
  afterEach(async () => {
    await rm(temp, { recursive: true, force: true })
  })

  it('looks for manifests in the documented order', () => {
    expect(MANIFEST_FILES).toEqual(['mix.exs', 'Cargo.toml', 'go.mod', 'pyproject.toml', 'package.json'])
  })

  it('reads the first manifest in that order when several exist', async () => {
    // A Phoenix app next to the package.json of its assets, a Go service next to a pyproject.toml of its tooling.
    await writeFile(join(temp, 'package.json'), '{ "name": "assets" }')
    await writeFile(join(temp, 'pyproject.toml'), '[project]\nname = "tooling"\n')
    await writeFile(join(temp, 'go.mod'), 'module example.com/gateway\n')
    expect(await readManifest(temp, { gitDescribe: noGit })).toMatchObject({ ecosystem: 'go', appName: 'gateway' })
    await writeFile(join(temp, 'mix.exs'), 'defmodule Web.MixProject do\n  def project, do: [app: :web]\nend\n')
    expect(await readManifest(temp, { gitDescribe: noGit })).toMatchObject({
      ecosystem: 'mix',
      appName: 'web',
      file: 'mix.exs',
    })
  })

  it('says in a notice which manifest was read and why the others were not', async () => {
    await writeFile(join(temp, 'go.mod'), 'module example.com/gateway\n')
    await writeFile(join(temp, 'package.json'), '{ "name": "assets" }')
    expect(await readManifest(temp, { gitDescribe: noGit })).toMatchObject({
      file: 'go.mod',
      notices: [
        'read go.mod, the first manifest that describes a program; not used: package.json (go.mod comes first)',
      ],
    })
  })

  it('has no notice when there is one manifest', async () => {
    await writeFile(join(temp, 'go.mod'), 'module example.com/gateway\n')
    expect(await readManifest(temp, { gitDescribe: noGit })).not.toHaveProperty('notices')
  })

  it('returns undefined when the project has no manifest', async () => {
    await writeFile(join(temp, 'README.md'), '# nothing to build\n')
    expect(await readManifest(temp)).toBeUndefined()
  })

  it('reads an explicit manifest instead of the detected one', async () => {
    await writeFile(join(temp, 'package.json'), '{ "name": "root" }')
    await mkdir(join(temp, 'services/api'), { recursive: true })
    await writeFile(join(temp, 'services/api/pyproject.toml'), '[project]\nname = "api"\nversion = "2.0.0"\n')
    expect(await readManifest(temp, { explicit: './services/api/pyproject.toml' })).toMatchObject({
      ecosystem: 'python',
      file: 'services/api/pyproject.toml',
      appName: 'api',
      version: '2.0.0',
    })
  })

  it('rejects an explicit manifest that does not exist', async () => {
    await writeFile(join(temp, 'package.json'), '{ "name": "root" }')
    await expect(readManifest(temp, { explicit: 'apps/web/mix.exs' })).rejects.toMatchObject({
      name: 'SystemdUnitsError',
      reason: expect.stringContaining('not found'),
      location: { kind: 'file', file: 'apps/web/mix.exs', key: 'manifest' },
    })
  })

  it('rejects an explicit manifest whose file name names no ecosystem', async () => {
    await writeFile(join(temp, 'requirements.txt'), 'flask\n')
    await expect(readManifest(temp, { explicit: 'requirements.txt' })).rejects.toMatchObject({
      location: { kind: 'file', file: 'requirements.txt', key: 'manifest' },
    })
  })

  it('names a manifest it cannot read instead of skipping it', async () => {
    await mkdir(join(temp, 'mix.exs'))
    await writeFile(join(temp, 'package.json'), '{ "name": "assets" }')
    await expect(readManifest(temp)).rejects.toMatchObject({
      name: 'SystemdUnitsError',
      reason: expect.stringContaining('directory'),
      location: { kind: 'file', file: 'mix.exs' },
    })
  })

  it('accepts a package.json that starts with a byte order mark', async () => {
    await writeFile(join(temp, 'package.json'), '\uFEFF{ "name": "bom" }')
    expect(await readManifest(temp)).toMatchObject({ appName: 'bom' })
  })
})
