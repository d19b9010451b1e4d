import type { UnitFile } from '../../units/unit-file.js'
import type { TarEntry } from './tar.js'

/** Modes of what we put in an archive: readable unit files, traversable directories. */
const FILE_MODE = 0o644
const DIRECTORY_MODE = 0o755

/**
 * The entries that put `units` under `prefix`: the prefix's directories, then the units sorted
 * by name, every one with the same owner, modes and time. Directories in `present` are left out,
 * and so is the prefix's top directory: on merged-/usr systems /lib is a symlink to usr/lib, and
 * GNU tar replaces a symlink with a real directory when the archive holds an entry for it
 * (tar 1.34, measured), which would break the host when the archive is extracted at /.
 */
export function unitEntries(
  units: readonly UnitFile[],
  prefix: string,
  mtime: number,
  present: ReadonlySet<string> = new Set(),
): TarEntry[] {
  const parts = prefix.split('/').filter(Boolean)
  const directories = parts
    .map((_, index) => parts.slice(0, index + 1).join('/'))
    .slice(1)
    .filter((path) => !present.has(path))
  const sorted = [...units].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return [
    ...directories.map((path): TarEntry => ({ path, type: 'directory', mode: DIRECTORY_MODE, mtime })),
    ...sorted.map((unit): TarEntry => ({
      path: prefix + unit.name,
      type: 'file',
      mode: FILE_MODE,
      mtime,
      content: Buffer.from(unit.content, 'utf8'),
    })),
  ]
}
