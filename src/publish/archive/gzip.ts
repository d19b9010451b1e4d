import { gunzipSync, gzipSync } from 'node:zlib'
import { SystemdUnitsError } from '../../shared/errors.js'
import { formatBytes } from '../../shared/text.js'

/** Operating system byte of the gzip header (RFC 1952, 2.3.1): 3, Unix, whatever platform wrote it. */
const OS_UNIX = 3

/**
 * gzip with a header that depends on nothing but the data: no file name, modification time 0
 * (RFC 1952: "no time stamp is available") and a fixed OS byte, so equal input gives equal bytes.
 */
export function gzipReproducibly(data: Buffer): Buffer {
  const compressed = gzipSync(data, { level: 9 })
  compressed.writeUInt32LE(0, 4)
  compressed[9] = OS_UNIX
  return compressed
}

/**
 * Every member of a gzip file, decompressed; a clear error for anything else, and for output
 * past `limit` bytes: zlib stops inflating there, so a gzip bomb costs `limit` bytes of memory at most.
 */
export function gunzip(data: Buffer, source: string, limit: number): Buffer {
  try {
    return gunzipSync(data, { maxOutputLength: limit })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new SystemdUnitsError(
        `${source} decompresses to more than ${formatBytes(limit)}, the limit for a tarball to append to; is it really a release tarball?`,
      )
    throw new SystemdUnitsError(`${source} is not a gzip file: ${(error as Error).message}`)
  }
}
