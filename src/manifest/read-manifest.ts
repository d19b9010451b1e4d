import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { SystemdUnitsError } from '../shared/errors.js'
import { parseGoMod } from './go-mod.js'
import { parseMixExs } from './mix/mix-exs.js'
import { parsePackageJson } from './package-json.js'
import type { Manifest } from './types.js'

/** Manifest files in the order they are looked for. */
export const MANIFEST_FILES: readonly string[] = ['mix.exs', 'Cargo.toml', 'go.mod', 'pyproject.toml', 'package.json']

export interface ReadManifestOptions {
  /** Manifest path relative to the project dir; overrides detection. */
  explicit?: string
  /** Source of the version for go.mod, which declares none. */
  gitDescribe?: (dir: string) => Promise<string | undefined>
}

/** A manifest found on disk: where it is, and its text. */
interface ManifestSource {
  /** Project dir everything is reported relative to. */
  dir: string
  /** Absolute path of the manifest. */
  path: string
  /** `path` relative to `dir`, as errors and Manifest.file show it. */
  file: string
  text: string
}

type Reader = (source: ManifestSource, options: ReadManifestOptions) => Promise<Manifest> | Manifest

/**
 * One reader per manifest kind. The TOML readers (with the TOML library) and `git describe`
 * (with child_process) are imported only when needed; the small parsers are bundled in,
 * since loading a separate chunk costs more start-up time than compiling them.
 */
const READERS: Record<string, Reader> = {
  'mix.exs': ({ text, file }) => parseMixExs(text, file),
  'Cargo.toml': readCargoToml,
  'go.mod': async ({ text, file, path }, options) => {
    const describe = options.gitDescribe ?? (await import('./git-describe.js')).gitDescribe
    return parseGoMod(text, file, await describe(dirname(path)))
  },
  'pyproject.toml': async ({ text, file }) => (await import('./pyproject-toml.js')).parsePyproject(text, file),
  'package.json': ({ text, file }) => parsePackageJson(text, file),
}

/**
 * Find and read the manifest of the project at `dir`. `explicit` (a path relative to dir) overrides detection;
 * its ecosystem comes from its file name; a missing explicit file is an error. Returns undefined when no manifest exists.
 */
export async function readManifest(dir: string, options: ReadManifestOptions = {}): Promise<Manifest | undefined> {
  if (options.explicit !== undefined) return readExplicit(dir, options.explicit, options)
  for (const name of MANIFEST_FILES) {
    const path = join(dir, name)
    const text = readText(path, name)
    if (text !== undefined) return READERS[name]!({ dir, path, file: name, text }, options)
  }
  return undefined
}

async function readExplicit(dir: string, explicit: string, options: ReadManifestOptions): Promise<Manifest> {
  const path = resolve(dir, explicit)
  const file = relative(dir, path)
  const reader = READERS[basename(path)]
  if (!reader) {
    throw new SystemdUnitsError(
      `cannot tell the ecosystem from the file name; the manifest must be one of ${MANIFEST_FILES.join(', ')}`,
      { kind: 'file', file, key: 'manifest' },
    )
  }
  const text = readText(path, file)
  if (text === undefined)
    throw new SystemdUnitsError('manifest file not found', { kind: 'file', file, key: 'manifest' })
  return reader({ dir, path, file, text }, options)
}

/** Cargo.toml, with `version.workspace = true` resolved against the workspace root. */
async function readCargoToml(source: ManifestSource): Promise<Manifest> {
  const { parseCargoToml, workspaceVersion } = await import('./cargo-toml.js')
  const { manifest, inheritsWorkspaceVersion, workspaceRoot } = parseCargoToml(source.text, source.file)
  if (!inheritsWorkspaceVersion) return manifest
  /** The Cargo.toml in `dir`, and the version it gives its members when it is a workspace root. */
  const rootAt = (dir: string): WorkspaceCandidate => {
    const path = join(dir, 'Cargo.toml')
    const file = relative(source.dir, path)
    const text = path === source.path ? source.text : readText(path, file)
    return { file, text, version: text === undefined ? undefined : workspaceVersion(text, file) }
  }
  const version =
    workspaceRoot === undefined
      ? searchedWorkspaceVersion(source, rootAt)
      : namedWorkspaceVersion(source, workspaceRoot, rootAt)
  return { ...manifest, version }
}

interface WorkspaceCandidate {
  file: string
  text: string | undefined
  version: string | undefined
}

/** `[package] workspace = "path"` names the workspace root, as Cargo reads it: no search. */
function namedWorkspaceVersion(
  crate: ManifestSource,
  root: string,
  rootAt: (dir: string) => WorkspaceCandidate,
): string {
  const { file, text, version } = rootAt(resolve(dirname(crate.path), root))
  if (version !== undefined) return version
  const why = text === undefined ? `there is no ${file}` : `${file} has no [workspace]`
  throw new SystemdUnitsError(`package.workspace names the workspace root, but ${why}`, {
    kind: 'file',
    file: crate.file,
    key: 'package.workspace',
  })
}

/**
 * Walk up from the crate's directory to the first Cargo.toml with `[workspace]`, as Cargo does,
 * but stop at the repository root (a directory holding `.git`) or the filesystem root.
 */
function searchedWorkspaceVersion(crate: ManifestSource, rootAt: (dir: string) => WorkspaceCandidate): string {
  for (let current = dirname(crate.path); ; current = dirname(current)) {
    const { version } = rootAt(current)
    if (version !== undefined) return version
    if (existsSync(join(current, '.git')) || dirname(current) === current) break
  }
  throw new SystemdUnitsError(
    'version.workspace = true, but no Cargo.toml with [workspace] was found above the crate (up to the repository root)',
    { kind: 'file', file: crate.file, key: 'package.version' },
  )
}

/**
 * The file's text, or undefined when it does not exist; any other failure names the file.
 * Synchronous on purpose: see write-files.ts.
 */
function readText(path: string, file: string): string | undefined {
  try {
    // A UTF-8 byte order mark is legal in these files but not in JSON.parse's input.
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    const why = code === 'EISDIR' ? 'it is a directory' : (error as Error).message
    throw new SystemdUnitsError(`cannot read the manifest: ${why}`, { kind: 'file', file })
  }
}
