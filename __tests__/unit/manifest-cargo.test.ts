import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCargoToml } from '../../src/manifest/cargo-toml.js'
import { readManifest } from '../../src/manifest/read-manifest.js'

const fixtures = fileURLToPath(new URL('../fixtures/manifests', import.meta.url))

describe('parseCargoToml', () => {
  it('reads [package] name and version and runs the binary named after the package', () => {
    const text = '[package]\nname = "sweeper"\nversion = "1.0.4"\nedition = "2021"\n\n[dependencies]\nanyhow = "1"\n'
    expect(parseCargoToml(text, 'Cargo.toml')).toEqual({
      manifest: {
        ecosystem: 'cargo',
        file: 'Cargo.toml',
        appName: 'sweeper',
        version: '1.0.4',
        entryPoint: { kind: 'binary', path: 'bin/sweeper' },
      },
      inheritsWorkspaceVersion: false,
    })
  })

  it('prefers the [[bin]] named after the package over the others', () => {
    const text =
      '[package]\nname = "ledger"\nversion = "1.0.0"\n\n[[bin]]\nname = "ledger-admin"\n\n[[bin]]\nname = "ledger"\n'
    expect(parseCargoToml(text, 'Cargo.toml').manifest.entryPoint).toEqual({ kind: 'binary', path: 'bin/ledger' })
  })

  it('reports the line of a TOML syntax error', () => {
    const text = '[package]\nname = "broken"\nversion = 1.0.0\n'
    expect(() => parseCargoToml(text, 'crates/app/Cargo.toml')).toThrow(
      expect.objectContaining({
        reason: expect.stringContaining('invalid TOML'),
        location: { file: 'crates/app/Cargo.toml', line: 3 },
      }),
    )
  })

  it('rejects a [package] without a name', () => {
    expect(() => parseCargoToml('[package]\nversion = "1.0.0"\n', 'Cargo.toml')).toThrow(
      expect.objectContaining({ name: 'SystemdUnitsError', location: { file: 'Cargo.toml', key: 'package.name' } }),
    )
  })
})

describe('readManifest on Cargo workspaces', () => {
  let temp: string
  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'manifest-cargo-'))
  })
  afterEach(async () => {
    await rm(temp, { recursive: true, force: true })
  })

  it('inherits version.workspace = true from [workspace.package] and runs the only [[bin]]', async () => {
    expect(await readManifest(join(fixtures, 'cargo-workspace/crates/ingest'))).toEqual({
      ecosystem: 'cargo',
      file: 'Cargo.toml',
      appName: 'ingest',
      version: '0.7.2',
      entryPoint: { kind: 'binary', path: 'bin/ingestd' },
    })
  })

  it('inherits the workspace version written as an inline table, for an explicit member manifest', async () => {
    expect(await readManifest(join(fixtures, 'cargo-workspace'), { explicit: 'crates/api/Cargo.toml' })).toMatchObject({
      file: 'crates/api/Cargo.toml',
      appName: 'api',
      version: '0.7.2',
      entryPoint: { kind: 'binary', path: 'bin/api' },
    })
  })

  it('rejects a virtual workspace root and names its members', async () => {
    await expect(readManifest(join(fixtures, 'cargo-virtual-workspace'))).rejects.toMatchObject({
      reason: expect.stringMatching(
        /virtual workspace.*working-directory.*manifest.*crates\/scheduler, crates\/scheduler-proto/,
      ),
      location: { file: 'Cargo.toml', key: 'package' },
    })
  })

  it('stops looking for the workspace root at the repository root', async () => {
    await writeFile(join(temp, 'Cargo.toml'), '[workspace]\n[workspace.package]\nversion = "9.9.9"\n')
    await mkdir(join(temp, 'repo/.git'), { recursive: true })
    await mkdir(join(temp, 'repo/app'))
    await writeFile(join(temp, 'repo/app/Cargo.toml'), '[package]\nname = "app"\nversion.workspace = true\n')
    await expect(readManifest(join(temp, 'repo/app'))).rejects.toMatchObject({
      reason: expect.stringContaining('no Cargo.toml with [workspace]'),
      location: { file: 'Cargo.toml', key: 'package.version' },
    })
  })

  it('reads the workspace root that package.workspace names, past a nearer [workspace] and the repository root', async () => {
    // Cargo reads the named root without searching: the nearer workspace and .git are not in its way.
    await writeFile(join(temp, 'Cargo.toml'), '[workspace]\n[workspace.package]\nversion = "3.1.0"\n')
    await mkdir(join(temp, 'repo/.git'), { recursive: true })
    await writeFile(join(temp, 'repo/Cargo.toml'), '[workspace]\n[workspace.package]\nversion = "0.0.1"\n')
    await mkdir(join(temp, 'repo/app'))
    await writeFile(
      join(temp, 'repo/app/Cargo.toml'),
      '[package]\nname = "app"\nworkspace = "../.."\nversion.workspace = true\n',
    )
    expect(await readManifest(join(temp, 'repo/app'))).toMatchObject({ appName: 'app', version: '3.1.0' })
  })

  it('rejects a package.workspace that names no workspace root', async () => {
    await mkdir(join(temp, 'app'))
    await writeFile(
      join(temp, 'app/Cargo.toml'),
      '[package]\nname = "app"\nworkspace = "../root"\nversion.workspace = true\n',
    )
    await expect(readManifest(join(temp, 'app'))).rejects.toMatchObject({
      reason: 'package.workspace names the workspace root, but there is no ../root/Cargo.toml',
      location: { file: 'Cargo.toml', key: 'package.workspace' },
    })
    await writeFile(join(temp, 'Cargo.toml'), '[package]\nname = "root"\n')
    await writeFile(
      join(temp, 'app/Cargo.toml'),
      '[package]\nname = "app"\nworkspace = ".."\nversion.workspace = true\n',
    )
    await expect(readManifest(join(temp, 'app'))).rejects.toMatchObject({
      reason: 'package.workspace names the workspace root, but ../Cargo.toml has no [workspace]',
    })
  })

  it('rejects a package.workspace that is not a path', async () => {
    await writeFile(join(temp, 'Cargo.toml'), '[package]\nname = "app"\nworkspace = true\n')
    await expect(readManifest(temp)).rejects.toMatchObject({
      location: { file: 'Cargo.toml', key: 'package.workspace' },
    })
  })

  it('rejects a workspace root that gives its members no version', async () => {
    await writeFile(join(temp, 'Cargo.toml'), '[workspace]\nmembers = ["app"]\n')
    await mkdir(join(temp, 'app'))
    await writeFile(join(temp, 'app/Cargo.toml'), '[package]\nname = "app"\nversion = { workspace = true }\n')
    await expect(readManifest(join(temp, 'app'))).rejects.toMatchObject({
      location: { file: '../Cargo.toml', key: 'workspace.package.version' },
    })
  })
})
