import { SystemdUnitsError } from '../shared/errors.js'
import { parseToml, tableAt, tomlKeyLine, type TomlTable } from './toml.js'
import { NO_FILES, type EntryPoint, type Manifest, type NotAProgram, type ProjectFiles } from './types.js'

export interface CargoManifest {
  manifest: Manifest
  /** `version.workspace = true`: the version is `[workspace.package] version` of the workspace root. */
  inheritsWorkspaceVersion: boolean
  /** `[package] workspace = "path"`: the workspace root's directory, relative to the crate's; Cargo then stops searching upwards. */
  workspaceRoot?: string
}

/** A virtual workspace: `[workspace]` without `[package]`, so the program is one of its members. */
export interface VirtualWorkspace {
  /** `members`, globs and all, as written. */
  members: string[]
  defaultMembers: string[]
  exclude: string[]
  /** The line of `members`, for errors about the choice between them. */
  membersLine?: number
}

/**
 * Read `[package]` and the binary to run from a crate's Cargo.toml; a crate that builds no binary is not a
 * program, and a virtual workspace is left to the caller, which can read its members.
 */
export function parseCargoToml(
  text: string,
  file: string,
  files: ProjectFiles = NO_FILES,
): CargoManifest | VirtualWorkspace | NotAProgram {
  const toml = parseToml(text, file)
  const pkg = tableAt(toml, 'package')
  if (!pkg) return virtualWorkspace(toml, file, tomlKeyLine(text, 'workspace', 'members'))
  const name = pkg.name
  if (typeof name !== 'string' || name === '') {
    throw new SystemdUnitsError('[package] has no name', { kind: 'file', file, key: 'package.name' })
  }
  if (!buildsBinary(toml, files)) {
    return { notAProgram: `the crate ${name} is a library: it builds no binary ([[bin]], src/main.rs or default-run)` }
  }
  const inheritsWorkspaceVersion = tableAt(pkg, 'version')?.workspace === true
  if (pkg.version !== undefined && typeof pkg.version !== 'string' && !inheritsWorkspaceVersion) {
    throw new SystemdUnitsError('must be a string or { workspace = true }', {
      kind: 'file',
      file,
      key: 'package.version',
    })
  }
  if (pkg.workspace !== undefined && typeof pkg.workspace !== 'string') {
    throw new SystemdUnitsError("must be a string: the path of the workspace root's directory", {
      kind: 'file',
      file,
      key: 'package.workspace',
    })
  }
  return {
    manifest: {
      ecosystem: 'cargo',
      file,
      appName: name,
      ...(typeof pkg.version === 'string' && { version: pkg.version }),
      ...binaryEntry(toml, name),
      nameField: { key: 'package.name', ...lineOf(tomlKeyLine(text, 'package', 'name')) },
    },
    inheritsWorkspaceVersion,
    ...(typeof pkg.workspace === 'string' && { workspaceRoot: pkg.workspace }),
  }
}

/**
 * The version a workspace root gives its members, or undefined when this Cargo.toml is not a
 * workspace root (has no `[workspace]`).
 */
export function workspaceVersion(text: string, file: string): string | undefined {
  const workspace = tableAt(parseToml(text, file), 'workspace')
  if (!workspace) return undefined
  const version = tableAt(workspace, 'package')?.version
  if (typeof version !== 'string') {
    throw new SystemdUnitsError(
      'a member crate inherits its version from here, but [workspace.package] sets no version',
      {
        kind: 'file',
        file,
        key: 'workspace.package.version',
      },
    )
  }
  return version
}

function lineOf(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line }
}

/**
 * `default-run` when set, else the `[[bin]]` named after the package, else the only `[[bin]]`,
 * else Cargo's default: the package name. With several targets the one named after the package
 * is the package name, so only the single-target case needs looking at.
 */
function binaryEntry(toml: TomlTable, packageName: string): { entryPoint?: EntryPoint; candidates?: string[] } {
  const defaultRun = tableAt(toml, 'package')?.['default-run']
  if (typeof defaultRun === 'string') {
    return {
      entryPoint: { kind: 'binary', path: `bin/${defaultRun}`, reason: '`package.default-run`, what `cargo run` runs' },
    }
  }
  const bins = Array.isArray(toml.bin) ? toml.bin : []
  const names = bins.flatMap((bin: unknown) => {
    const name = (bin as TomlTable | null)?.name
    return typeof name === 'string' ? [name] : []
  })
  if (names.length === 1)
    return { entryPoint: { kind: 'binary', path: `bin/${names[0]!}`, reason: 'the only `[[bin]]`' } }
  // Several [[bin]] and none is the package's: `cargo run` would ask which, and so do we.
  if (names.length > 1 && !names.includes(packageName)) return { candidates: names.map((name) => `bin/${name}`) }
  const reason = names.length > 1 ? 'the `[[bin]]` named like the package' : "the package's binary, named like it"
  return { entryPoint: { kind: 'binary', path: `bin/${packageName}`, reason } }
}

/**
 * Whether Cargo builds a binary from this crate: `[[bin]]`, `default-run` or `src/main.rs` say so; `[lib]`
 * or `src/lib.rs` without any of them say not. A crate that shows neither is taken to build one, as before.
 */
function buildsBinary(toml: TomlTable, files: ProjectFiles): boolean {
  if (Array.isArray(toml.bin) && toml.bin.length > 0) return true
  if (typeof tableAt(toml, 'package')?.['default-run'] === 'string') return true
  if (files.read('src/main.rs') !== undefined) return true
  return tableAt(toml, 'lib') === undefined && files.read('src/lib.rs') === undefined
}

/** buildsBinary for a workspace member's Cargo.toml. */
export function memberBuildsBinary(text: string, file: string, files: ProjectFiles): boolean {
  return buildsBinary(parseToml(text, file), files)
}

function virtualWorkspace(toml: TomlTable, file: string, membersLine: number | undefined): VirtualWorkspace {
  const workspace = tableAt(toml, 'workspace')
  if (!workspace) throw new SystemdUnitsError('has no [package] table', { kind: 'file', file, key: 'package' })
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [])
  return {
    members: strings(workspace.members),
    defaultMembers: strings(workspace['default-members']),
    exclude: strings(workspace.exclude),
    ...(membersLine !== undefined && { membersLine }),
  }
}
