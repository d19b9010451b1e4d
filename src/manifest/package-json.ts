import { SystemdUnitsError } from '../shared/errors.js'
import { entryPath } from './entry-path.js'
import { findJsonSyntaxError } from './json-syntax.js'
import type { EntryPoint, Manifest } from './types.js'

/** Read name, version and entry point (bin, else main) from a package.json. */
export function parsePackageJson(text: string, file: string): Manifest {
  const pkg = parseJsonObject(text, file)
  if (typeof pkg.name !== 'string' || pkg.name.trim() === '') {
    throw new SystemdUnitsError('package.json has no name', { kind: 'file', file, key: 'name' })
  }
  const appName = pkg.name.replace(/^@[^/]+\//, '')
  const entryPoint = binEntry(pkg.bin, appName, file) ?? mainEntry(pkg.main, file)
  return {
    ecosystem: 'node',
    file,
    appName,
    ...(typeof pkg.version === 'string' && { version: pkg.version }),
    ...(entryPoint && { entryPoint }),
  }
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
  if (typeof bin === 'string') return { kind: 'binary', path: entryPath(bin, { kind: 'file', file, key: 'bin' }) }
  if (typeof bin !== 'object' || bin === null) return undefined
  const commands = Object.entries(bin).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  const [command, path] = commands.find(([name]) => name === appName) ?? (commands.length === 1 ? commands[0]! : [])
  return path === undefined
    ? undefined
    : { kind: 'binary', path: entryPath(path, { kind: 'file', file, key: `bin.${command}` }) }
}

function mainEntry(main: unknown, file: string): EntryPoint | undefined {
  return typeof main === 'string'
    ? { kind: 'node', path: entryPath(main, { kind: 'file', file, key: 'main' }) }
    : undefined
}
