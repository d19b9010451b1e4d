import { SystemdUnitsError } from '../shared/errors.js'
import { parseToml, tableAt, type TomlTable } from './toml.js'
import type { ManifestReading } from './types.js'

/**
 * Read name, version and console script from PEP 621 `[project]`, else Poetry's `[tool.poetry]`. A file with
 * neither only configures tools (black, ruff, pytest) and describes no program.
 */
export function parsePyproject(text: string, file: string): ManifestReading {
  const toml = parseToml(text, file)
  const project = tableAt(toml, 'project')
  const poetry = tableAt(tableAt(toml, 'tool'), 'poetry')
  if (!project && !poetry) return { notAProgram: 'only tool configuration: no [project] or [tool.poetry]' }
  const source = typeof project?.name === 'string' ? project : typeof poetry?.name === 'string' ? poetry : undefined
  if (!source)
    throw new SystemdUnitsError('no name in [project] or [tool.poetry]', { kind: 'file', file, key: 'project.name' })
  const name = source.name as string
  const script = consoleScript(tableAt(project, 'scripts') ?? tableAt(poetry, 'scripts'), name)
  return {
    ecosystem: 'python',
    file,
    appName: name,
    ...(typeof source.version === 'string' && !isDynamic(source, 'version') && { version: source.version }),
    // pip installs console scripts into the virtualenv's bin/.
    ...(script !== undefined && { entryPoint: { kind: 'binary', path: `bin/${script}` } }),
  }
}

/** PEP 621 `dynamic = ["version"]`: the build backend computes it, and we never run one. */
function isDynamic(project: TomlTable, field: string): boolean {
  return Array.isArray(project.dynamic) && project.dynamic.includes(field)
}

/** The script named after the project (compared as PEP 503 normalises names), else the only script. */
function consoleScript(scripts: TomlTable | undefined, projectName: string): string | undefined {
  const names = Object.keys(scripts ?? {})
  return names.find((name) => normalise(name) === normalise(projectName)) ?? (names.length === 1 ? names[0] : undefined)
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}
