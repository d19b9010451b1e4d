import { SystemdUnitsError } from '../../shared/errors.js'

/**
 * The POSIX ustar format (POSIX.1-2001 "pax" Interchange Format, ustar header), written and read
 * by hand so archives are byte-for-byte reproducible and an existing tarball can be extended
 * without re-encoding its entries.
 */
const BLOCK = 512
/** tar's default blocking factor: archives are padded to records of 20 blocks. */
const RECORD = 20 * BLOCK

export interface TarEntry {
  /** Path inside the archive, without a leading `/`; directories without the trailing `/`. */
  path: string
  type: 'file' | 'directory'
  mode: number
  /** Seconds since the epoch. */
  mtime: number
  content?: Buffer
}

/** One entry as it sits in an archive: every block that belongs to it, extension headers included. */
export interface StoredEntry {
  /** Normalised path (no `./`, no trailing `/`); `undefined` for a pax global header. */
  path: string | undefined
  bytes: Buffer
}

/** Header and data blocks of an entry; owner 0:0 (root), as a package's files are. */
export function encodeEntry(entry: TarEntry): Buffer {
  const content = entry.content ?? Buffer.alloc(0)
  const header = Buffer.alloc(BLOCK)
  const [prefix, name] = splitName(entry.type === 'directory' ? `${entry.path}/` : entry.path)
  header.write(name, 0, 100, 'utf8')
  writeOctal(header, 100, 8, entry.mode)
  writeOctal(header, 108, 8, 0)
  writeOctal(header, 116, 8, 0)
  writeOctal(header, 124, 12, content.length)
  writeOctal(header, 136, 12, entry.mtime)
  header.write(entry.type === 'directory' ? '5' : '0', 156, 1, 'ascii')
  header.write('ustar\0', 257, 6, 'ascii')
  header.write('00', 263, 2, 'ascii')
  header.write('root', 265, 32, 'ascii')
  header.write('root', 297, 32, 'ascii')
  writeOctal(header, 329, 8, 0)
  writeOctal(header, 337, 8, 0)
  header.write(prefix, 345, 155, 'utf8')
  // The checksum is computed with its own field read as eight spaces; stored as six digits, NUL, space.
  header.fill(' ', 148, 156)
  const sum = header.reduce((total, byte) => total + byte, 0)
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii')
  return Buffer.concat([header, content, Buffer.alloc(padding(content.length))])
}

/** Two zero blocks end an archive; then zeros up to a whole record, as tar writes it. */
export function endOfArchive(length: number): Buffer {
  const total = length + 2 * BLOCK
  return Buffer.alloc(2 * BLOCK + ((RECORD - (total % RECORD)) % RECORD))
}

/**
 * The entries of a tar stream with their raw bytes. Understands the extension headers that
 * precede an entry (pax `x`, GNU long names `L`/`K`) so a long path is read as the real one.
 */
export function readEntries(tar: Buffer, source: string): StoredEntry[] {
  const entries: StoredEntry[] = []
  let offset = 0
  let start = 0
  let longPath: string | undefined
  let sizeOverride: number | undefined
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every((byte) => byte === 0)) break
    checkChecksum(header, source, offset)
    const type = String.fromCharCode(header[156]!)
    const extension = type === 'x' || type === 'L' || type === 'K' || type === 'g'
    const size = (extension ? undefined : sizeOverride) ?? readNumber(header.subarray(124, 136))
    const dataStart = offset + BLOCK
    const next = dataStart + size + padding(size)
    if (next > tar.length)
      throw new SystemdUnitsError(`${source} is truncated: an entry at byte ${offset} runs past the end`)
    const data = tar.subarray(dataStart, dataStart + size)
    offset = next
    if (type === 'x' || type === 'L' || type === 'K') {
      // Metadata for the entry that follows: remember it and keep its bytes with that entry.
      if (type === 'L') longPath = data.toString('utf8').replace(/\0+$/, '')
      if (type === 'x') {
        const records = paxRecords(data)
        if (records.path !== undefined) longPath = records.path
        if (records.size !== undefined) sizeOverride = Number(records.size)
      }
      continue
    }
    sizeOverride = undefined
    const path = type === 'g' ? undefined : normalise(longPath ?? ustarName(header))
    longPath = undefined
    entries.push({ path, bytes: tar.subarray(start, offset) })
    start = offset
  }
  return entries
}

/** ustar stores a long path as prefix + `/` + name. */
function ustarName(header: Buffer): string {
  const name = cString(header.subarray(0, 100))
  const magic = header.subarray(257, 262).toString('ascii')
  const prefix = magic === 'ustar' ? cString(header.subarray(345, 500)) : ''
  return prefix ? `${prefix}/${name}` : name
}

export function normalise(path: string): string {
  return path
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
}

/** pax records: `<length> <key>=<value>\n`, length counting the whole record. */
function paxRecords(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {}
  let offset = 0
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset)
    const length = Number(data.subarray(offset, space).toString('ascii'))
    if (space === -1 || !Number.isInteger(length) || length <= 0) break
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    records[record.slice(0, equals)] = record.slice(equals + 1)
    offset += length
  }
  return records
}

function checkChecksum(header: Buffer, source: string, offset: number): void {
  const stored = readNumber(header.subarray(148, 156))
  // Some old writers summed the bytes as signed chars; both are valid.
  let unsigned = 0
  let signed = 0
  for (let index = 0; index < BLOCK; index++) {
    const byte = index >= 148 && index < 156 ? 0x20 : header[index]!
    unsigned += byte
    signed += byte > 127 ? byte - 256 : byte
  }
  if (stored !== unsigned && stored !== signed)
    throw new SystemdUnitsError(`${source} is not a tar archive (bad header checksum at byte ${offset})`)
}

/** Octal digits, or GNU's base-256 (first byte's high bit set) for values octal cannot hold. */
function readNumber(field: Buffer): number {
  if (field[0]! & 0x80) {
    let value = field[0]! & 0x7f
    for (const byte of field.subarray(1)) value = value * 256 + byte
    return value
  }
  const text = cString(field).trim()
  return text === '' ? 0 : parseInt(text, 8)
}

function writeOctal(header: Buffer, offset: number, width: number, value: number): void {
  const digits = value.toString(8)
  if (digits.length > width - 1) throw new Error(`tar: ${value} does not fit a ${width}-byte field`)
  header.write(digits.padStart(width - 1, '0') + '\0', offset, width, 'ascii')
}

/** Split a path into ustar's prefix (155 bytes) and name (100 bytes) at a `/`. */
function splitName(path: string): [string, string] {
  if (Buffer.byteLength(path) <= 100) return ['', path]
  for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
    const prefix = path.slice(0, cut)
    const name = path.slice(cut + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '') return [prefix, name]
  }
  throw new SystemdUnitsError(
    `${JSON.stringify(path)} is too long for a tar archive entry (ustar holds 255 bytes, split at a /)`,
  )
}

function cString(field: Buffer): string {
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8')
}

function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK
}
