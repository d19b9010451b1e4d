import { posix } from 'node:path'
import { SystemdUnitsError } from '../shared/errors.js'
import { parseToml, tableAt, tomlKeyLine, type TomlTable } from './toml.js'
import { NO_FILES, type ManifestReading, type ProjectFiles } from './types.js'

/** `git describe --tags` in the manifest's directory, asked only when a backend versions from git. */
export type GitDescribe = () => Promise<string | undefined>

/**
 * Read name, version and console script from PEP 621 `[project]`, else Poetry's `[tool.poetry]`. A file with
 * neither only configures tools (black, ruff, pytest) and describes no program. A dynamic version is read
 * where the build backend would find it in the tree, or from `git describe` for the backends that version
 * from git tags; what cannot be read is a warning.
 */
export async function parsePyproject(
  text: string,
  file: string,
  files: ProjectFiles = NO_FILES,
  describe: GitDescribe = () => Promise.resolve(undefined),
): Promise<ManifestReading> {
  const toml = parseToml(text, file)
  const project = tableAt(toml, 'project')
  const poetry = tableAt(tableAt(toml, 'tool'), 'poetry')
  if (!project && !poetry) return { notAProgram: 'only tool configuration: no [project] or [tool.poetry]' }
  const source = typeof project?.name === 'string' ? project : typeof poetry?.name === 'string' ? poetry : undefined
  if (!source)
    throw new SystemdUnitsError('no name in [project] or [tool.poetry]', { kind: 'file', file, key: 'project.name' })
  const name = source.name as string
  const table = source === project ? 'project' : 'tool.poetry'
  const nameLine = tomlKeyLine(text, table, 'name')
  const version = await projectVersion({ toml, text, file, files, describe, source, table, name })
  const scripts = Object.keys(tableAt(project, 'scripts') ?? tableAt(poetry, 'scripts') ?? {})
  const script = consoleScript(scripts, name)
  return {
    ecosystem: 'python',
    file,
    appName: name,
    ...(version.value !== undefined && { version: version.value }),
    // pip installs console scripts into the virtualenv's bin/.
    ...(script !== undefined && { entryPoint: { kind: 'binary', path: `bin/${script.name}`, reason: script.reason } }),
    nameField: { key: `${table}.name`, ...(nameLine !== undefined && { line: nameLine }) },
    ...(script === undefined && scripts.length > 0 && { candidates: scripts.map((script) => `bin/${script}`) }),
    ...(version.notices.length > 0 && { notices: version.notices }),
    ...(version.warnings.length > 0 && { warnings: version.warnings }),
  }
}

interface VersionSource {
  toml: TomlTable
  text: string
  file: string
  files: ProjectFiles
  describe: GitDescribe
  /** `[project]` or `[tool.poetry]`, whichever names the project. */
  source: TomlTable
  table: string
  name: string
}

interface VersionReading {
  value?: string
  notices: string[]
  warnings: string[]
}

/**
 * The version as the build backend computes it: written in the table; else, when `[project]` lists
 * it as dynamic (or poetry-dynamic-versioning is enabled), from the file or module the backend reads,
 * or from `git describe --tags` for setuptools-scm, hatch-vcs, pdm's scm source and
 * poetry-dynamic-versioning.
 */
async function projectVersion(read: VersionSource): Promise<VersionReading> {
  const { toml, source, file } = read
  const tool = tableAt(toml, 'tool')
  const poetryDynamic = tableAt(tool, 'poetry-dynamic-versioning')?.enable === true
  const dynamic = Array.isArray(source.dynamic) && source.dynamic.includes('version')
  if (!dynamic && !poetryDynamic) {
    return { ...(typeof source.version === 'string' && { value: source.version }), notices: [], warnings: [] }
  }
  const where = `${file}:${tomlKeyLine(read.text, read.table, dynamic ? 'dynamic' : 'version') ?? 1}`
  const found = fromTree(read, tool) ?? (poetryDynamic || versionsFromGit(toml, tool) ? await fromGit(read) : undefined)
  if (found?.value !== undefined)
    return { value: found.value, notices: [`${where}: version ${found.how}`], warnings: [] }
  const why = found?.why ?? 'is dynamic, and the build backend computes it in a way that cannot be read statically'
  return { notices: [], warnings: [`${where}: version ${why}; the units carry no version: set version`] }
}

type Found = { value: string; how: string; why?: undefined } | { value?: undefined; why: string }

/** A version written in a file the backend reads: setuptools' attr/file, hatch's path, pdm's file, flit's module. */
function fromTree(read: VersionSource, tool: TomlTable | undefined): Found | undefined {
  const setuptools = tableAt(tableAt(tableAt(tool, 'setuptools'), 'dynamic'), 'version')
  if (typeof setuptools?.attr === 'string') return fromAttribute(read, setuptools.attr, tableAt(tool, 'setuptools'))
  if (setuptools?.file !== undefined) {
    const files: readonly unknown[] = Array.isArray(setuptools.file) ? setuptools.file : [setuptools.file]
    const [path] = files
    if (typeof path === 'string') return fromFile(read, path, `from ${path} (tool.setuptools.dynamic)`)
  }
  const hatch = tableAt(tableAt(tool, 'hatch'), 'version')
  if (typeof hatch?.path === 'string' && (hatch.source === undefined || hatch.source === 'regex')) {
    return fromModule(read, hatch.path, `from ${hatch.path} (tool.hatch.version)`)
  }
  const pdm = tableAt(tableAt(tool, 'pdm'), 'version')
  if (pdm?.source === 'file' && typeof pdm.path === 'string') {
    return fromModule(read, pdm.path, `from ${pdm.path} (tool.pdm.version)`)
  }
  if (buildBackend(read.toml).startsWith('flit')) {
    const module = tableAt(tableAt(tool, 'flit'), 'module')?.name
    return fromAttribute(read, `${typeof module === 'string' ? module : importName(read.name)}.__version__`, undefined)
  }
  return undefined
}

/**
 * Sources that version from git tags: setuptools-scm (its table or in build-system.requires), and
 * hatch's or pdm's version source `vcs` (hatch-vcs), `scm` (pdm), `uv-dynamic-versioning` and `versioningit`.
 */
const GIT_VERSION_SOURCES = new Set(['vcs', 'scm', 'uv-dynamic-versioning', 'versioningit'])

function versionsFromGit(toml: TomlTable, tool: TomlTable | undefined): boolean {
  if (tableAt(tool, 'setuptools_scm') !== undefined || tableAt(tool, 'setuptools-scm') !== undefined) return true
  const source = tableAt(tableAt(tool, 'hatch'), 'version')?.source ?? tableAt(tableAt(tool, 'pdm'), 'version')?.source
  if (typeof source === 'string' && GIT_VERSION_SOURCES.has(source)) return true
  const requires = tableAt(toml, 'build-system')?.requires
  return (
    Array.isArray(requires) && requires.some((name) => typeof name === 'string' && /^setuptools[-_]scm\b/i.test(name))
  )
}

async function fromGit(read: VersionSource): Promise<Found> {
  const description = await read.describe()
  if (description === undefined) return { why: 'comes from git tags, and `git describe --tags` found none' }
  return {
    value: description.replace(/^v(?=\d)/, ''),
    how: `from \`git describe --tags\`, as the backend takes it from the tag`,
  }
}

function buildBackend(toml: TomlTable): string {
  const backend = tableAt(toml, 'build-system')?.['build-backend']
  return typeof backend === 'string' ? backend : ''
}

/** The import name a distribution name stands for: PEP 503 normalised, `-` as `_`. */
function importName(name: string): string {
  return normalise(name).replace(/-/g, '_')
}

/**
 * setuptools' `attr = "pkg.module.__version__"`: the module file under the package directory
 * (`[tool.setuptools.package-dir]`, else the flat or the src layout), and a literal assignment in it.
 */
function fromAttribute(read: VersionSource, attr: string, setuptools: TomlTable | undefined): Found {
  const dot = attr.lastIndexOf('.')
  if (dot <= 0) return { why: `names attr "${attr}", which is not module.attribute` }
  const module = attr.slice(0, dot).split('.')
  const attribute = attr.slice(dot + 1)
  const rootDir = tableAt(setuptools, 'package-dir')?.['']
  const roots = typeof rootDir === 'string' ? [rootDir] : ['', 'src']
  const paths = roots.flatMap((root) =>
    [`${module.join('/')}.py`, `${module.join('/')}/__init__.py`].map((path) => posix.join(root, path)),
  )
  const path = paths.find((candidate) => read.files.read(candidate) !== undefined)
  if (path === undefined) return { why: `is the attribute ${attr}, and none of ${paths.join(', ')} exists` }
  return fromModule(read, path, `from ${attr} in ${path}`, attribute)
}

/** A literal `NAME = "1.2.3"` (or `NAME: str = '1.2.3'`) in a Python file, as hatch's regex source reads it. */
function fromModule(read: VersionSource, path: string, how: string, attribute?: string): Found {
  const text = read.files.read(path)
  if (text === undefined) return { why: `is read from ${path}, which does not exist` }
  const names = attribute === undefined ? '__version__|VERSION' : attribute.replace(/[^\w]/g, '')
  const assignment = new RegExp(`^(?:${names})\\s*(?::\\s*[\\w.]+\\s*)?=\\s*(['"])v?([^'"\\n]+)\\1`, 'm').exec(text)
  if (!assignment) return { why: `is read from ${path}, which assigns it no string literal` }
  return { value: assignment[2]!.trim(), how }
}

/** The first line of a plain version file, as setuptools' `file =` reads it (it strips the text). */
function fromFile(read: VersionSource, path: string, how: string): Found {
  const first = read.files.read(path)?.trim().split(/\r?\n/, 1)[0]?.trim()
  return first ? { value: first, how } : { why: `is read from ${path}, which is missing or empty` }
}

/** The script named after the project (compared as PEP 503 normalises names), else the only script. */
function consoleScript(names: string[], projectName: string): { name: string; reason: string } | undefined {
  const named = names.find((name) => normalise(name) === normalise(projectName))
  if (named !== undefined) return { name: named, reason: `the script \`${named}\`, named like the project` }
  return names.length === 1 ? { name: names[0]!, reason: `\`${names[0]!}\`, the only script` } : undefined
}

/** PEP 503: names compare lowercased, with runs of `-`, `_` and `.` as one `-`. */
export function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}
