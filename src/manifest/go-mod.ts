import { SystemdUnitsError } from '../shared/errors.js'
import { NO_FILES, type Manifest, type ProjectFiles } from './types.js'

/** `/v2`, `/v3`...: a major-version suffix, which `go build` leaves out of the binary name. */
const MAJOR_VERSION_SUFFIX = /^v([2-9]|[1-9]\d+)$/
/** A module path: interpreted string, raw string or bare word. */
const MODULE_PATH = /("(?:[^"\\]|\\.)*"|`[^`]*`|\S+)/.source
const MODULE_DIRECTIVE = new RegExp(`^module\\s+${MODULE_PATH}$`)
/** `module (`: go.mod's block form, as for any directive; the path is on a line of its own. */
const MODULE_BLOCK = /^module\s*\($/
const PATH_LINE = new RegExp(`^${MODULE_PATH}$`)

/**
 * Read the name from go.mod's module path as `go build` names the binary: the last element that is
 * not a major-version suffix, dots and all. A single `cmd/<name>/` directory names the binary instead.
 * go.mod carries no version: a `VERSION` file next to it gives one, else `gitDescription`
 * (`git describe --tags`); either loses a leading `v` before a digit.
 */
export function parseGoMod(
  text: string,
  file: string,
  gitDescription: string | undefined,
  files: ProjectFiles = NO_FILES,
): Manifest {
  const { path, line } = modulePath(text, file)
  const elements = path.split('/')
  let appName = elements[elements.length - 1]!
  if (elements.length > 1 && MAJOR_VERSION_SUFFIX.test(appName)) appName = elements[elements.length - 2]!
  if (appName === '')
    throw new SystemdUnitsError(`"${path}" does not end in a name`, { kind: 'file', file, line, key: 'module' })
  const version = (versionFile(files) ?? gitDescription)?.replace(/^v(?=\d)/, '')
  return {
    ecosystem: 'go',
    file,
    appName,
    ...(version !== undefined && { version }),
    ...goBinary(appName, files),
    nameField: { key: 'module', line },
  }
}

/**
 * The binary to run: the single `cmd/<name>/`, else the `cmd/<name>/` named like the module, else
 * the module's own main package (`main.go` at its root) or, with no `cmd/` at all, the module; with
 * several commands and none of those, it cannot be told: the commands are the candidates.
 */
function goBinary(appName: string, files: ProjectFiles): Pick<Manifest, 'entryPoint' | 'candidates'> {
  const commands = files.directories('cmd')
  const binary = (name: string, reason: string) => ({
    entryPoint: { kind: 'binary' as const, path: `bin/${name}`, reason },
  })
  if (commands.length === 1) return binary(commands[0]!, `the single \`cmd/${commands[0]!}/\` directory`)
  if (commands.includes(appName)) return binary(appName, `\`cmd/${appName}/\`, named like the module`)
  if (commands.length === 0) return binary(appName, 'the last element of the module path, as `go build` names it')
  if (files.read('main.go') !== undefined) return binary(appName, 'the main package at the module root')
  return { candidates: commands.map((name) => `bin/${name} (cmd/${name}/)`) }
}

/** The first line of the `VERSION` file at the module root, when it has one. */
export function versionFile(files: ProjectFiles): string | undefined {
  const first = files.read('VERSION')?.trim().split(/\r?\n/, 1)[0]?.trim()
  return first === '' ? undefined : first
}

function modulePath(text: string, file: string): { path: string; line: number } {
  // A module path cannot contain `//`, so whatever follows one is a comment.
  const lines = text.split('\n').map((raw) => raw.replace(/\/\/.*/, '').trim())
  for (const [index, line] of lines.entries()) {
    if (MODULE_BLOCK.test(line)) return pathInBlock(lines, index + 1, file)
    const found = MODULE_DIRECTIVE.exec(line)
    if (found) return { path: unquote(found[1]!), line: index + 1 }
  }
  throw new SystemdUnitsError('go.mod has no module directive', { kind: 'file', file, key: 'module' })
}

/** The one path inside `module ( ... )`, skipping blank and comment lines. */
function pathInBlock(lines: string[], start: number, file: string): { path: string; line: number } {
  for (let index = start; index < lines.length && lines[index] !== ')'; index++) {
    if (lines[index] === '') continue
    const found = PATH_LINE.exec(lines[index]!)
    if (found) return { path: unquote(found[1]!), line: index + 1 }
    break
  }
  throw new SystemdUnitsError('the module block holds no module path', {
    kind: 'file',
    file,
    line: start,
    key: 'module',
  })
}

/** Module paths are plain ASCII, so undoing `\"` and `\\` is all an interpreted string needs. */
function unquote(token: string): string {
  if (token.startsWith('`')) return token.slice(1, -1)
  return token.startsWith('"') ? token.slice(1, -1).replace(/\\(.)/g, '$1') : token
}
