import { posix } from 'node:path'
import { SystemdUnitsError, type SourceLocation } from '../shared/errors.js'

/**
 * Normalise a path a manifest declares ('./dist/server.js' → 'dist/server.js'). It is run
 * relative to the release root, so a path that is absolute or leaves that root is an error.
 */
export function entryPath(declared: string, where: SourceLocation): string {
  const path = posix.normalize(declared)
  if (declared.trim() === '' || posix.isAbsolute(path) || path === '..' || path.startsWith('../')) {
    throw new SystemdUnitsError(`"${declared}" is not a path inside the project`, where)
  }
  return path
}
