import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCargoToml } from '../../src/manifest/cargo-toml.js'
import { readManifest } from '../../src/manifest/read-manifest.js'
import { makeBoundary } from '../../src/shared/boundary.js'

const fixtures = fileURLToPath(new URL('../fixtures/manifests', import.meta.url))

describe('parseCargoToml', () => {
  it('reads [package] name and version and runs the binary named after the package', () => {
    const text = '[package]\nname = "sweeper"\nversion = "1.0.4"\nedition = "2021"\n\n[dependencies]\nanyhow = "1"\n'
    expect(parseCargoToml(text, 'Cargo.toml')).toMatchObject({
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
    expect(parseCargoToml(text, 'Cargo.toml')).toMatchObject({
      manifest: { entryPoint: { kind: 'binary', path: 'bin/ledger' } },
    })
  })

  it('reports the line of a TOML syntax error', () => {
    const text = '[package]\nname = "broken"\nversion = 1.0.0\n'
    expect(() => parseCargoToml(text, 'crates/app/Cargo.toml')).toThrow(
      expect.objectContaining({
        reason: expect.stringContaining('invalid TOML'),
        location: { kind: 'file', file: 'crates/app/Cargo.toml', line: 3 },
      }),
    )
  })

  it('rejects a [package] without a name', () => {
    expect(() => parseCargoToml('[package]\nversion = "1.0.0"\n', 'Cargo.toml')).toThrow(
      expect.objectContaining({
        name: 'SystemdUnitsError',
        location: { kind: 'file', file: 'Cargo.toml', key: 'package.name' },
      }),
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
    expect(
      await readManifest(join(fixtures, 'cargo-workspace/crates/ingest'), {
        boundary: makeBoundary(join(fixtures, 'cargo-workspace')),
      }),
    ).toMatchObject({
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

  it('reads the one member of a virtual workspace that builds a binary, leaving out its [lib] member', async () => {
    expect(await readManifest(join(fixtures, 'cargo-virtual-workspace'))).toMatchObject({
      ecosystem: 'cargo',
      file: 'crates/scheduler/Cargo.toml',
      appName: 'scheduler',
      version: '2.0.0',
      entryPoint: { kind: 'binary', path: 'bin/scheduler' },
      notices: [
        'Cargo.toml is a virtual workspace: read its member crates/scheduler/Cargo.toml (the one member that builds a binary)',
      ],
    })
  })

  it('follows default-members when it names one member, through a crates/* glob', async () => {
    expect(await readManifest(join(fixtures, 'cargo-default-members'))).toMatchObject({
      ecosystem: 'cargo',
      file: 'crates/relay-server/Cargo.toml',
      appName: 'relay-server',
      version: '0.14.3',
      entryPoint: { kind: 'binary', path: 'bin/relayd' },
      notices: [
        'Cargo.toml is a virtual workspace: read its member crates/relay-server/Cargo.toml (default-members names it)',
      ],
    })
  })

  it('falls through a workspace of libraries (a cdylib for Python) to pyproject.toml', async () => {
    expect(await readManifest(join(fixtures, 'cargo-library-workspace-maturin'))).toMatchObject({
      ecosystem: 'python',
      file: 'pyproject.toml',
      appName: 'fastgeo',
      entryPoint: { kind: 'binary', path: 'bin/fastgeo' },
      notices: [
        'read pyproject.toml, the first manifest that describes a program; not used: ' +
          'Cargo.toml (a virtual workspace of libraries only (members: core, bindings/python))',
      ],
    })
  })

  it('asks for the manifest setting when several members build a binary, listing them', async () => {
    await writeFile(join(temp, 'Cargo.toml'), '[workspace]\nmembers = ["server", "cli", "proto"]\n')
    for (const [crate, target] of [
      ['server', 'main'],
      ['cli', 'main'],
      ['proto', 'lib'],
    ] as const) {
      await mkdir(join(temp, crate, 'src'), { recursive: true })
      await writeFile(join(temp, crate, 'Cargo.toml'), `[package]\nname = "${crate}"\nversion = "1.0.0"\n`)
      await writeFile(join(temp, crate, `src/${target}.rs`), '')
    }
    await expect(readManifest(temp)).rejects.toMatchObject({
      reason:
        'is a virtual workspace whose members server, cli each build a binary: ' +
        'set the `manifest` setting to the Cargo.toml of the one to run',
      location: { kind: 'file', file: 'Cargo.toml', line: 2, key: 'workspace.members' },
    })
  })

  it('never runs bin/<name> of a library crate: an explicit one is an error, a found one is passed over', async () => {
    await mkdir(join(temp, 'src'))
    await writeFile(join(temp, 'Cargo.toml'), '[package]\nname = "parser"\nversion = "0.3.0"\n')
    await writeFile(join(temp, 'src/lib.rs'), '')
    await expect(readManifest(temp, { explicit: 'Cargo.toml' })).rejects.toMatchObject({
      reason: expect.stringContaining('describes no program to run: the crate parser is a library') as unknown,
      location: { kind: 'file', file: 'Cargo.toml', key: 'manifest' },
    })
    expect(await readManifest(temp)).toBeUndefined()
  })

  it('still names the members of a virtual workspace none of which is on disk', async () => {
    await writeFile(join(temp, 'Cargo.toml'), '[workspace]\nmembers = ["crates/gone"]\n')
    await expect(readManifest(temp)).rejects.toMatchObject({
      reason: expect.stringMatching(/virtual workspace.*working-directory.*manifest.*crates\/gone/) as unknown,
      location: { kind: 'file', file: 'Cargo.toml', key: 'package' },
    })
  })

  it('stops looking for the workspace root at the repository root', async () => {
    await writeFile(join(temp, 'Cargo.toml'), '[workspace]\n[workspace.package]\nversion = "9.9.9"\n')
    await mkdir(join(temp, 'repo/.git'), { recursive: true })
    await mkdir(join(temp, 'repo/app'))
    await writeFile(join(temp, 'repo/app/Cargo.toml'), '[package]\nname = "app"\nversion.workspace = true\n')
    await expect(readManifest(join(temp, 'repo/app'), { boundary: makeBoundary(temp) })).rejects.toMatchObject({
      reason: expect.stringContaining('no Cargo.toml with [workspace]'),
      location: { kind: 'file', file: 'Cargo.toml', key: 'package.version' },
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
    expect(await readManifest(join(temp, 'repo/app'), { boundary: makeBoundary(temp) })).toMatchObject({
      appName: 'app',
      version: '3.1.0',
    })
  })

  it('rejects a package.workspace that names no workspace root', async () => {
    await mkdir(join(temp, 'app'))
    await writeFile(
      join(temp, 'app/Cargo.toml'),
      '[package]\nname = "app"\nworkspace = "../root"\nversion.workspace = true\n',
    )
    await expect(readManifest(join(temp, 'app'), { boundary: makeBoundary(temp) })).rejects.toMatchObject({
      reason: 'package.workspace names the workspace root, but there is no ../root/Cargo.toml',
      location: { kind: 'file', file: 'Cargo.toml', key: 'package.workspace' },
    })
    await writeFile(join(temp, 'Cargo.toml'), '[package]\nname = "root"\n')
    await writeFile(
      join(temp, 'app/Cargo.toml'),
      '[package]\nname = "app"\nworkspace = ".."\nversion.workspace = true\n',
    )
    await expect(readManifest(join(temp, 'app'), { boundary: makeBoundary(temp) })).rejects.toMatchObject({
      reason: 'package.workspace names the workspace root, but ../Cargo.toml has no [workspace]',
    })
  })

  it('rejects a package.workspace that is not a path', async () => {
    await writeFile(join(temp, 'Cargo.toml'), '[package]\nname = "app"\nworkspace = true\n')
    await expect(readManifest(temp)).rejects.toMatchObject({
      location: { kind: 'file', file: 'Cargo.toml', key: 'package.workspace' },
    })
  })

  it('rejects a workspace root that gives its members no version', async () => {
    await writeFile(join(temp, 'Cargo.toml'), '[workspace]\nmembers = ["app"]\n')
    await mkdir(join(temp, 'app'))
    await writeFile(join(temp, 'app/Cargo.toml'), '[package]\nname = "app"\nversion = { workspace = true }\n')
    await expect(readManifest(join(temp, 'app'), { boundary: makeBoundary(temp) })).rejects.toMatchObject({
      location: { kind: 'file', file: '../Cargo.toml', key: 'workspace.package.version' },
    })
  })

  it('neither searches nor reads a workspace root outside the boundary', async () => {
    // The workspace root lies above the boundary: the search stops at the boundary's top.
    await writeFile(join(temp, 'Cargo.toml'), '[workspace]\n[workspace.package]\nversion = "9.9.9"\n')
    await mkdir(join(temp, 'app'))
    await writeFile(join(temp, 'app/Cargo.toml'), '[package]\nname = "app"\nversion.workspace = true\n')
    await expect(readManifest(join(temp, 'app'))).rejects.toMatchObject({
      reason: expect.stringContaining('no Cargo.toml with [workspace]'),
      location: { kind: 'file', file: 'Cargo.toml', key: 'package.version' },
    })
    // Named by package.workspace, it is refused with the path it resolves to.
    await writeFile(
      join(temp, 'app/Cargo.toml'),
      '[package]\nname = "app"\nworkspace = ".."\nversion.workspace = true\n',
    )
    await expect(readManifest(join(temp, 'app'))).rejects.toMatchObject({
      reason: expect.stringMatching(/resolves to .*Cargo\.toml, outside the workspace/),
    })
  })
})
