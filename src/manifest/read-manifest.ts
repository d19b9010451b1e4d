import { existsSync, readdirSync } from 'node:fs'
import { basename, dirname, join, posix, relative, resolve } from 'node:path'
import { confinePath, makeBoundary, originOf, readTextFile, type Boundary } from '../shared/boundary.js'
import { SystemdUnitsError, type SourceLocation } from '../shared/errors.js'
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
  /** The setting that named `explicit`, for an error about where it leads. */
  explicitLocation?: SourceLocation
  /** Where manifests and the files they point at may be read; `dir` alone when not given. */
  boundary?: Boundary
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
  /** The text of another file (absolute path), inside the boundary; undefined when it does not exist. */
  readText: (path: string) => string | undefined
  /** The boundary's workspace, where a search upwards stops. */
  top: string
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
  const boundary = options.boundary ?? makeBoundary(dir)
  const readText = (path: string) => readManifestText(boundary, dir, path)
  const source = { dir, readText, top: boundary.content[0]! }
  if (options.explicit !== undefined) {
    const location = options.explicitLocation ?? { kind: 'file', file: options.explicit, key: 'manifest' }
    return readExplicit(source, boundary, { path: options.explicit, location }, options)
  }
  const passedOver: string[] = []
  let chosen: Manifest | undefined
  for (const name of MANIFEST_FILES) {
    const path = join(dir, name)
    const text = readText(path)
    if (text === undefined) continue
    if (chosen) {
      passedOver.push(`${name} (${chosen.file} comes first)`)
      continue
    }
    const files = projectFiles(boundary, dir, dir)
    const reading = await READERS[name]!({ ...source, path, file: name, text, files }, options)
    if ('notAProgram' in reading) passedOver.push(`${name} (${reading.notAProgram})`)
    else chosen = reading
  }
  if (!chosen || passedOver.length === 0) return chosen
  const notice = `read ${chosen.file}, the first manifest that describes a program; not used: ${passedOver.join('; ')}`
  return { ...chosen, notices: [notice, ...(chosen.notices ?? [])] }
}

type SourceContext = Pick<ManifestSource, 'dir' | 'readText' | 'top'>

async function readExplicit(
  context: SourceContext,
  boundary: Boundary,
  explicit: { path: string; location: SourceLocation },
  options: ReadManifestOptions,
): Promise<Manifest> {
  const { dir } = context
  const path = resolve(dir, explicit.path)
  const file = relative(dir, path)
  // Outside the boundary is the setting's fault: the error points at it, with the resolved path.
  const where = { path: explicit.path, base: dir, origin: originOf(explicit.location), what: 'manifest' }
  confinePath(boundary, { ...where, location: explicit.location })
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
  const text = readTextFile(boundary, {
    ...where,
    what: 'manifest file',
    location: explicit.location,
    file,
    optional: false,
  })!
  const files = projectFiles(boundary, dir, dirname(path))
  const reading = await reader({ ...context, path, file, text, files }, options)
  if ('notAProgram' in reading) {
    throw new SystemdUnitsError(`describes no program to run: ${reading.notAProgram}`, {
      kind: 'file',
      file,
      key: 'manifest',
    })
  }
  return reading
}

/**
 * The files in `dir`, for manifests that point at them (VERSION, cmd/, members): an absent file
 * counts as absent; one outside the boundary, special, oversize or not text is an error.
 */
function projectFiles(boundary: Boundary, projectDir: string, dir: string): ProjectFiles {
  return {
    read: (path) => readManifestText(boundary, projectDir, join(dir, path)),
    directories: (path) => {
      const listed = join(dir, path)
      const at = { kind: 'file', file: relative(projectDir, listed) } as const
      confinePath(boundary, { path: listed, base: projectDir, origin: 'content', location: at, what: 'directory' })
      try {
        return readdirSync(listed, { withFileTypes: true })
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
    const text = path === source.path ? source.text : source.readText(path)
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
    const text = root.readText(join(root.dir, file))
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
    ...root,
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
 * but stop at the repository root (a directory holding `.git`) or the boundary's workspace.
 */
function searchedWorkspaceVersion(crate: ManifestSource, rootAt: (dir: string) => WorkspaceCandidate): string {
  for (let current = dirname(crate.path); ; current = dirname(current)) {
    const { version } = rootAt(current)
    if (version !== undefined) return version
    if (existsSync(join(current, '.git')) || current === crate.top || dirname(current) === current) break
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
 * A manifest's (or a file it points at) text inside the boundary, or undefined when it does not
 * exist. Synchronous on purpose: see write-files.ts.
 */
function readManifestText(boundary: Boundary, dir: string, path: string): string | undefined {
  const file = relative(dir, path)
  const text = readTextFile(boundary, {
    path: file,
    base: dir,
    file,
    what: 'manifest',
    origin: 'content',
    location: { kind: 'file', file },
    optional: true,
  })
  // A UTF-8 byte order mark is legal in these files but not in JSON.parse's input.
  return text?.replace(/^\uFEFF/, '')
}
