import { SystemdUnitsError } from '../shared/errors.js'
import { parseToml, tableAt, type TomlTable } from './toml.js'
import type { Manifest } from './types.js'

export interface CargoManifest {
  manifest: Manifest
  /** `version.workspace = true`: the version is `[workspace.package] version` of the workspace root. */
  inheritsWorkspaceVersion: boolean
  /** `[package] workspace = "path"`: the workspace root's directory, relative to the crate's; Cargo then stops searching upwards. */
  workspaceRoot?: string
}

/** Read `[package]` and the binary to run from a crate's Cargo.toml. */
export function parseCargoToml(text: string, file: string): CargoManifest {
  const toml = parseToml(text, file)
  const pkg = tableAt(toml, 'package')
  if (!pkg) throw missingPackage(toml, file)
  const name = pkg.name
  if (typeof name !== 'string' || name === '') {
    throw new SystemdUnitsError('[package] has no name', { kind: 'file', file, key: 'package.name' })
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
      entryPoint: { kind: 'binary', path: `bin/${binaryName(toml, name)}` },
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

/**
 * The `[[bin]]` named after the package, else the only `[[bin]]`, else Cargo's default: the
 * package name. With several targets the one named after the package is the package name, so
 * only the single-target case needs looking at.
 */
function binaryName(toml: TomlTable, packageName: string): string {
  const bins = Array.isArray(toml.bin) ? toml.bin : []
  const names = bins.flatMap((bin: unknown) => {
    const name = (bin as TomlTable | null)?.name
    return typeof name === 'string' ? [name] : []
  })
  return names.length === 1 ? names[0]! : packageName
}

function missingPackage(toml: TomlTable, file: string): SystemdUnitsError {
  const workspace = tableAt(toml, 'workspace')
  if (!workspace) return new SystemdUnitsError('has no [package] table', { kind: 'file', file, key: 'package' })
  const members = Array.isArray(workspace.members) ? workspace.members.filter((m) => typeof m === 'string') : []
  return new SystemdUnitsError(
    'is a virtual workspace ([workspace] without [package]), so it names no program to run; ' +
      'point working-directory or the `manifest` setting at the member crate' +
      (members.length > 0 ? ` (members: ${members.join(', ')})` : ''),
    { kind: 'file', file, key: 'package' },
  )
}
