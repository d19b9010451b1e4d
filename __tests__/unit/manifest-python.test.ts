import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parsePyproject } from '../../src/manifest/pyproject-toml.js'
import { readManifest } from '../../src/manifest/read-manifest.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/manifests/${name}/pyproject.toml`, import.meta.url), 'utf8')

describe('parsePyproject', () => {
  it('is not a program when it only configures tools', async () => {
    expect(await parsePyproject(fixture('python-tool-config-only'), 'pyproject.toml')).toMatchObject({
      notAProgram: 'only tool configuration: no [project] or [tool.poetry]',
    })
  })

  it('reads PEP 621 [project] and runs the script named after the project from the virtualenv', async () => {
    expect(await parsePyproject(fixture('python-pep621'), 'pyproject.toml')).toMatchObject({
      ecosystem: 'python',
      file: 'pyproject.toml',
      appName: 'ledger-sync',
      version: '1.8.0',
      entryPoint: { kind: 'binary', path: 'bin/ledger-sync' },
    })
  })

  it('reads [tool.poetry] and matches the script to the name as PEP 503 normalises it', async () => {
    expect(await parsePyproject(fixture('python-poetry'), 'pyproject.toml')).toMatchObject({
      ecosystem: 'python',
      file: 'pyproject.toml',
      appName: 'report_worker',
      version: '0.9.3',
      entryPoint: { kind: 'binary', path: 'bin/report-worker' },
    })
  })

  it('runs the only script, whatever its name', async () => {
    expect(await parsePyproject(fixture('python-dynamic-version'), 'pyproject.toml')).toMatchObject({
      appName: 'metrics-exporter',
      entryPoint: { kind: 'binary', path: 'bin/export-metrics', reason: '`export-metrics`, the only script' },
    })
  })

  it('ignores a version listed as dynamic even when one is written down, and warns at dynamic', async () => {
    const text = '[project]\nname = "svc"\nversion = "0.0.0"\ndynamic = ["version"]\n'
    const manifest = await parsePyproject(text, 'pyproject.toml')
    expect(manifest).not.toHaveProperty('version')
    expect(manifest).toMatchObject({
      warnings: [expect.stringMatching(/^pyproject\.toml:4: version is dynamic.*: set version$/)],
    })
  })

  it('has no entry point when several scripts exist and none is named after the project, and lists them', async () => {
    const manifest = await parsePyproject(fixture('python-several-scripts'), 'pyproject.toml')
    expect(manifest).not.toHaveProperty('entryPoint')
    expect(manifest).toMatchObject({ candidates: ['bin/datahub-ingest', 'bin/datahub-gms'] })
  })

  it('points at the line of the name', async () => {
    expect(await parsePyproject(fixture('python-poetry'), 'pyproject.toml')).toMatchObject({
      nameField: { key: 'tool.poetry.name', line: expect.any(Number) },
    })
    expect(await parsePyproject(fixture('python-several-scripts'), 'pyproject.toml')).toMatchObject({
      nameField: { key: 'project.name', line: 6 },
    })
  })

  it('rejects a [project] without a name', async () => {
    const text = '[build-system]\nrequires = ["setuptools"]\n\n[project]\nversion = "1.0.0"\n'
    await expect(parsePyproject(text, 'pyproject.toml')).rejects.toThrow(
      expect.objectContaining({
        name: 'SystemdUnitsError',
        location: { kind: 'file', file: 'pyproject.toml', key: 'project.name' },
      }),
    )
  })

  it('reports the line of a TOML syntax error', async () => {
    const text = '[project]\nname = "svc"\n\n[project.scripts\nsvc = "svc:main"\n'
    await expect(parsePyproject(text, 'pyproject.toml')).rejects.toThrow(
      expect.objectContaining({ location: { kind: 'file', file: 'pyproject.toml', line: 4 } }),
    )
  })
})

describe('readManifest on pyproject.toml with a dynamic version', () => {
  const dir = (name: string) => fileURLToPath(new URL(`../fixtures/manifests/${name}`, import.meta.url))
  const tagged = () => Promise.resolve('v3.2.0-4-g1a2b3c4')
  const untagged = (): Promise<string | undefined> => Promise.resolve(undefined)
  const read = (name: string, gitDescribe = untagged) => readManifest(dir(name), { gitDescribe })

  it("reads setuptools' attr from the module's literal assignment in the src layout", async () => {
    expect(await read('python-setuptools-attr')).toMatchObject({
      appName: 'Inventory_API',
      version: '4.1.2',
      entryPoint: { path: 'bin/inventory-api', reason: 'the script `inventory-api`, named like the project' },
      notices: ['pyproject.toml:7: version from inventory_api.__version__ in src/inventory_api/__init__.py'],
    })
  })

  it("reads setuptools' file =", async () => {
    expect(await read('python-setuptools-file')).toMatchObject({ version: '1.3.0' })
  })

  it("reads hatch's [tool.hatch.version] path", async () => {
    expect(await read('python-hatch-path')).toMatchObject({
      version: '0.8.4',
      notices: ['pyproject.toml:7: version from src/feedback_bot/__about__.py (tool.hatch.version)'],
    })
  })

  it("reads flit's __version__ in the module named like the project", async () => {
    expect(await read('python-flit-module')).toMatchObject({ version: '2024.6.1' })
  })

  it.each(['python-dynamic-version', 'python-hatch-vcs'])(
    'takes git describe --tags for the git-versioning backend of %s',
    async (name) => {
      expect(await read(name, tagged)).toMatchObject({
        version: '3.2.0-4-g1a2b3c4',
        notices: [expect.stringContaining('from `git describe --tags`')],
      })
    },
  )

  it.each(['uv-dynamic-versioning', 'versioningit'])(
    'takes git describe --tags for hatch version source %s',
    async (source) => {
      const text =
        '[build-system]\nrequires = ["hatchling", "' +
        source +
        '"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "ppe"\ndynamic = ["version"]\n\n' +
        '[tool.hatch.version]\nsource = "' +
        source +
        '"\n'
      expect(await parsePyproject(text, 'pyproject.toml', undefined, tagged)).toMatchObject({
        version: '3.2.0-4-g1a2b3c4',
      })
    },
  )

  it('takes git describe --tags for poetry-dynamic-versioning over the placeholder version', async () => {
    expect(await read('python-poetry-dynamic', tagged)).toMatchObject({ version: '3.2.0-4-g1a2b3c4' })
  })

  it('warns, naming the line and version, when git has no tag to version from', async () => {
    const manifest = await read('python-hatch-vcs', untagged)
    expect(manifest).not.toHaveProperty('version')
    expect(manifest).toMatchObject({
      warnings: [
        'pyproject.toml:7: version comes from git tags, and `git describe --tags` found none; the units carry no version: set version',
      ],
    })
  })

  it('warns when the module setuptools names does not exist', async () => {
    const text =
      '[project]\nname = "svc"\ndynamic = ["version"]\n\n[tool.setuptools.dynamic]\nversion = {attr = "svc.__version__"}\n'
    const manifest = await parsePyproject(text, 'pyproject.toml')
    expect(manifest).toMatchObject({
      warnings: [expect.stringContaining('is the attribute svc.__version__, and none of svc.py, svc/__init__.py')],
    })
  })
})
