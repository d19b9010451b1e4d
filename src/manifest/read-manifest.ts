import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, posix, relative, resolve } from 'node:path'
import { SystemdUnitsError } from '../shared/errors.js'
import { parseGoMod, versionFile } from './go-mod.js'
import { parseMixExs } from './mix/mix-exs.js'
import { parsePackageJson } from './package-json.js'
import type { Manifest, ManifestReading, ProjectFiles } from './types.js'
import type { VirtualWorkspace } from './cargo-toml.js'

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
  /** The files next to the manifest. */
  files: ProjectFiles
}

type Reader = (source: ManifestSource, options: ReadManifestOptions) => Promise<ManifestReading> | ManifestReading

/**
 * One reader per manifest kind. The TOML readers (with the TOML library) and `git describe`
 * (with child_process) are imported only when needed; the small parsers are bundled in,
 * since loading a separate chunk costs more start-up time than compiling them.
 */
const READERS: Record<string, Reader> = {
  'mix.exs': ({ text, file, files }) => parseMixExs(text, file, files),
  'Cargo.toml': readCargoToml,
  'go.mod': async ({ text, file, path, files }, options) => {
    // A VERSION file wins, so git is not asked.
    if (versionFile(files) !== undefined) return parseGoMod(text, file, undefined, files)
    return parseGoMod(text, file, await describeAt(path, options), files)
  },
  'pyproject.toml': async ({ text, file, path, files }, options) =>
    (await import('./pyproject-toml.js')).parsePyproject(text, file, files, () => describeAt(path, options)),
  'package.json': ({ text, file, files }) => parsePackageJson(text, file, files),
}

/** `git describe --tags` in the manifest's directory, through the injected one when given. */
async function describeAt(manifestPath: string, options: ReadManifestOptions): Promise<string | undefined> {
  const describe = options.gitDescribe ?? (await import('./git-describe.js')).gitDescribe
  return describe(dirname(manifestPath))
}

/**
 * Find and read the manifest of the project at `dir`: the first in MANIFEST_FILES that describes a program
 * to deploy, with a notice naming the others found and why they were not used. `explicit` (a path relative
 * to dir) overrides detection; its ecosystem comes from its file name; a missing explicit file is an error.
 * Returns undefined when no manifest describes a program.
 */
export async function readManifest(dir: string, options: ReadManifestOptions = {}): Promise<Manifest | undefined> {
  if (options.explicit !== undefined) return readExplicit(dir, options.explicit, options)
  const passedOver: string[] = []
  let chosen: Manifest | undefined
  for (const name of MANIFEST_FILES) {
    const path = join(dir, name)
    const text = readText(path, name)
    if (text === undefined) continue
    if (chosen) {
      passedOver.push(`${name} (${chosen.file} comes first)`)
      continue
    }
    const reading = await READERS[name]!({ dir, path, file: name, text, files: projectFiles(dir) }, options)
    if ('notAProgram' in reading) passedOver.push(`${name} (${reading.notAProgram})`)
    else chosen = reading
  }
  if (!chosen || passedOver.length === 0) return chosen
  const notice = `read ${chosen.file}, the first manifest that describes a program; not used: ${passedOver.join('; ')}`
  return { ...chosen, notices: [notice, ...(chosen.notices ?? [])] }
}

async function readExplicit(dir: string, explicit: string, options: ReadManifestOptions): Promise<Manifest> {
  const path = resolve(dir, explicit)
  const file = relative(dir, path)
  const reader = READERS[basename(path)]
  if (!reader) {
    throw new SystemdUnitsError(
      `cannot tell the ecosystem from the file name; the manifest must be one of ${MANIFEST_FILES.join(', ')}`,
      {
        kind: 'file',
        file,
        key: 'manifest',
      },
    )
  }
  const text = readText(path, file)
  if (text === undefined)
    throw new SystemdUnitsError('manifest file not found', { kind: 'file', file, key: 'manifest' })
  const reading = await reader({ dir, path, file, text, files: projectFiles(dirname(path)) }, options)
  if ('notAProgram' in reading) {
    throw new SystemdUnitsError(`describes no program to run: ${reading.notAProgram}`, {
      kind: 'file',
      file,
      key: 'manifest',
    })
  }
  return reading
}

/** The files in `dir`, for manifests that point at them; a file that cannot be read counts as absent. */
function projectFiles(dir: string): ProjectFiles {
  return {
    read: (path) => {
      try {
        return readFileSync(join(dir, path), 'utf8')
      } catch {
        return undefined
      }
    },
    directories: (path) => {
      try {
        return readdirSync(join(dir, path), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
          .sort()
      } catch {
        return []
      }
    },
  }
}

/**
 * Cargo.toml, with `version.workspace = true` resolved against the workspace root; a virtual workspace is
 * read through the member that is the program.
 */
async function readCargoToml(source: ManifestSource): Promise<ManifestReading> {
  const { parseCargoToml, workspaceVersion } = await import('./cargo-toml.js')
  const crate = parseCargoToml(source.text, source.file, source.files)
  if ('members' in crate) return readWorkspaceMember(source, crate)
  if ('notAProgram' in crate) return crate
  const { manifest, inheritsWorkspaceVersion, workspaceRoot } = crate
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

/**
 * The member of a virtual workspace that is the program: the one `default-members` names, else the one
 * member that builds a binary. Only libraries: not a program. Several binaries: the user must choose.
 */
async function readWorkspaceMember(root: ManifestSource, workspace: VirtualWorkspace): Promise<ManifestReading> {
  const { memberBuildsBinary } = await import('./cargo-toml.js')
  const members = workspaceMembers(workspace, root.files).flatMap((dir) => {
    const file = relative(root.dir, join(dirname(root.path), dir, 'Cargo.toml'))
    const text = readText(join(root.dir, file), file)
    return text === undefined ? [] : [{ dir, file, text, files: within(root.files, dir) }]
  })
  const binaries = members.filter(({ file, text, files }) => memberBuildsBinary(text, file, files))
  const listed = (crates: typeof members) => crates.map(({ dir }) => dir).join(', ')
  const [defaultMember] = workspace.defaultMembers
  let chosen: (typeof members)[number] | undefined
  let why: string
  if (workspace.defaultMembers.length === 1 && defaultMember !== undefined) {
    chosen = members.find(({ dir }) => posix.normalize(dir) === posix.normalize(defaultMember))
    why = 'default-members names it'
  } else {
    if (members.length > 0 && binaries.length === 0) {
      return { notAProgram: `a virtual workspace of libraries only (members: ${listed(members)})` }
    }
    if (binaries.length > 1) {
      throw new SystemdUnitsError(
        `is a virtual workspace whose members ${listed(binaries)} each build a binary: ` +
          'set the `manifest` setting to the Cargo.toml of the one to run',
        { kind: 'file', file: root.file, line: workspace.membersLine, key: 'workspace.members' },
      )
    }
    chosen = binaries[0]
    why = 'the one member that builds a binary'
  }
  if (!chosen) {
    throw new SystemdUnitsError(
      'is a virtual workspace ([workspace] without [package]) and no member crate was found; ' +
        'point working-directory or the `manifest` setting at the member crate' +
        (workspace.members.length > 0 ? ` (members: ${workspace.members.join(', ')})` : ''),
      { kind: 'file', file: root.file, key: 'package' },
    )
  }
  const reading = await readCargoToml({
    dir: root.dir,
    path: join(root.dir, chosen.file),
    file: chosen.file,
    text: chosen.text,
    files: chosen.files,
  })
  if ('notAProgram' in reading) return reading
  const notice = `${root.file} is a virtual workspace: read its member ${chosen.file} (${why})`
  return { ...reading, notices: [notice, ...(reading.notices ?? [])] }
}

/** `members` with its globs (`crates/*`) expanded over the directories on disk, less `exclude`. */
function workspaceMembers(workspace: VirtualWorkspace, files: ProjectFiles): string[] {
  const excluded = new Set(workspace.exclude.map((dir) => posix.normalize(dir)))
  const expand = (prefix: string, segments: string[]): string[] => {
    const [segment, ...rest] = segments
    if (segment === undefined) return [prefix]
    if (!/[*?[]/.test(segment)) return expand(posix.join(prefix, segment), rest)
    const pattern = new RegExp(
      `^${segment
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    )
    return files
      .directories(prefix)
      .filter((name) => pattern.test(name))
      .flatMap((name) => expand(posix.join(prefix, name), rest))
  }
  const dirs = workspace.members.flatMap((member) => expand('', posix.normalize(member).split('/')))
  return [...new Set(dirs)].filter((dir) => !excluded.has(dir))
}

/** The files under `dir` of `files`. */
function within(files: ProjectFiles, dir: string): ProjectFiles {
  return { read: (path) => files.read(join(dir, path)), directories: (path) => files.directories(join(dir, path)) }
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
    {
      kind: 'file',
      file: crate.file,
      key: 'package.version',
    },
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
