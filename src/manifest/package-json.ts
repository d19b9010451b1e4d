import { SystemdUnitsError } from '../shared/errors.js'
import { entryPath } from './entry-path.js'
import { findJsonSyntaxError } from './json-syntax.js'
import { NO_FILES, type EntryPoint, type Manifest, type ProjectFiles } from './types.js'

/**
 * Read name, version and entry point from a package.json: `bin`, else `main`, else what `npm start`
 * runs (a plain `node <file>` start script, else npm's default `node server.js` when server.js exists).
 */
export function parsePackageJson(text: string, file: string, files: ProjectFiles = NO_FILES): Manifest {
  const pkg = parseJsonObject(text, file)
  if (typeof pkg.name !== 'string' || pkg.name.trim() === '') {
    throw new SystemdUnitsError('package.json has no name', { kind: 'file', file, key: 'name' })
  }
  const appName = withoutScope(pkg.name.trim())
  const entryPoint =
    binEntry(pkg.bin, appName, file) ?? mainEntry(pkg.main, file) ?? startEntry(pkg.scripts, file, files)
  const candidates = entryPoint ? [] : entryCandidates(pkg)
  const nameLine = topLevelKeyLine(text, 'name')
  return {
    ecosystem: 'node',
    file,
    appName,
    ...(typeof pkg.version === 'string' && { version: cleanVersion(pkg.version) }),
    ...(entryPoint && { entryPoint }),
    nameField: { key: 'name', ...(nameLine !== undefined && { line: nameLine }) },
    ...(candidates.length > 0 && { candidates }),
  }
}

/** With no entry point: the bin commands none of which is the package's, and a start script that is not plain `node <file>`. */
function entryCandidates(pkg: Record<string, unknown>): string[] {
  const bin = typeof pkg.bin === 'object' && pkg.bin !== null ? Object.entries(pkg.bin) : []
  const scripts =
    typeof pkg.scripts === 'object' && pkg.scripts !== null ? (pkg.scripts as Record<string, unknown>) : {}
  return [
    ...bin.filter(([, path]) => typeof path === 'string').map(([name, path]) => `bin.${name}: ${String(path)}`),
    ...(typeof scripts.start === 'string' ? [`scripts.start: ${scripts.start}`] : []),
  ]
}

/** The line of `"key":` in the top-level object of a JSON text, for messages about its value. */
function topLevelKeyLine(text: string, key: string): number | undefined {
  let depth = 0
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') line++
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') depth--
    else if (c === '"') {
      const end = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(i))?.[0] ?? '"'
      if (depth === 1 && /^\s*:/.test(text.slice(i + end.length)) && JSON.parse(end) === key) return line
      i += end.length - 1
    }
  }
  return undefined
}

/** As npm cleans a version (semver.clean): surrounding spaces and a leading `=` or `v` go. */
function cleanVersion(version: string): string {
  return version.trim().replace(/^[=v]+/, '')
}

function withoutScope(name: string): string {
  return name.replace(/^@[^/]+\//, '')
}

function parseJsonObject(text: string, file: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const syntax = findJsonSyntaxError(text)
    const reason = syntax?.reason ?? (error instanceof Error ? error.message : String(error))
    throw new SystemdUnitsError(`invalid JSON: ${reason}`, { kind: 'file', file, ...(syntax && { line: syntax.line }) })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SystemdUnitsError('package.json must hold a JSON object', { kind: 'file', file })
  }
  return value as Record<string, unknown>
}

/**
 * `"bin": "cli.js"` names the program outright; in `"bin": { ... }` the command named after the
 * package is the program, or the only command when there is just one.
 */
function binEntry(bin: unknown, appName: string, file: string): EntryPoint | undefined {
  if (typeof bin === 'string') {
    return { kind: 'binary', path: entryPath(bin, { kind: 'file', file, key: 'bin' }), reason: '`bin`' }
  }
  if (typeof bin !== 'object' || bin === null) return undefined
  const commands = Object.entries(bin).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  const named = (command: string) => withoutScope(command).toLowerCase() === appName.toLowerCase()
  const [command, path] = commands.find(([name]) => named(name)) ?? (commands.length === 1 ? commands[0]! : [])
  if (path === undefined) return undefined
  const reason = named(command!)
    ? `\`bin.${command!}\`, named like the package`
    : `\`bin.${command!}\`, the only command`
  return { kind: 'binary', path: entryPath(path, { kind: 'file', file, key: `bin.${command!}` }), reason }
}

function mainEntry(main: unknown, file: string): EntryPoint | undefined {
  return typeof main === 'string'
    ? { kind: 'node', path: entryPath(main, { kind: 'file', file, key: 'main' }), reason: '`main`' }
    : undefined
}

/** `npm start` with no start script runs `node server.js`; a start script is used only when it is that plain. */
function startEntry(scripts: unknown, file: string, files: ProjectFiles): EntryPoint | undefined {
  const start = typeof scripts === 'object' && scripts !== null ? (scripts as Record<string, unknown>).start : undefined
  if (typeof start === 'string') {
    const script = /^node\s+([^\s;&|<>$`'"-][^\s;&|<>$`'"]*)$/.exec(start.trim())
    return script
      ? {
          kind: 'node',
          path: entryPath(script[1]!, { kind: 'file', file, key: 'scripts.start' }),
          reason: '`scripts.start`, a plain `node <file>`',
        }
      : undefined
  }
  return files.read('server.js') === undefined
    ? undefined
    : { kind: 'node', path: 'server.js', reason: "`server.js`, npm start's default with no start script" }
}
