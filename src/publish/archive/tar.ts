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
 * Anything it cannot read for certain is an error naming the entry and `source`: a header whose
 * checksum or size does not parse, an entry that runs past the end, an extension header with no
 * entry after it, data after the end-of-archive block. So every entry is kept exactly once, and
 * since each header moves the offset forward by at least a block, any input is read to its end.
 */
export function readEntries(tar: Buffer, source: string): StoredEntry[] {
  const entries: StoredEntry[] = []
  let offset = 0
  let start = 0
  let longPath: string | undefined
  let sizeOverride: number | undefined
  while (offset < tar.length) {
    if (offset + BLOCK > tar.length)
      throw new SystemdUnitsError(
        `${source} is truncated: ${tar.length - offset} bytes at byte ${offset} are not a whole tar header`,
      )
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every((byte) => byte === 0)) {
      if (start !== offset) throw malformed(source, header, offset, 'an extension header is not followed by an entry')
      if (tar.subarray(offset).some((byte) => byte !== 0))
        throw malformed(source, header, offset, 'there is data after the end-of-archive block')
      break
    }
    checkChecksum(header, source, offset)
    const type = String.fromCharCode(header[156]!)
    const extension = type === 'x' || type === 'L' || type === 'K' || type === 'g'
    const size = (extension ? undefined : sizeOverride) ?? readSize(header, source, offset)
    const dataStart = offset + BLOCK
    const next = dataStart + size + padding(size)
    if (next > tar.length)
      throw malformed(source, header, offset, `its ${size} bytes of data run past the end (truncated?)`)
    const data = tar.subarray(dataStart, dataStart + size)
    offset = next
    if (type === 'x' || type === 'L' || type === 'K') {
      // Metadata for the entry that follows: remember it and keep its bytes with that entry.
      if (type === 'L') longPath = data.toString('utf8').replace(/\0+$/, '')
      if (type === 'x') {
        const records = paxRecords(data, source, header, dataStart - BLOCK)
        if (records.path !== undefined) longPath = records.path
        if (records.size !== undefined) sizeOverride = paxSize(records.size, source, header, dataStart - BLOCK)
      }
      continue
    }
    sizeOverride = undefined
    const path = type === 'g' ? undefined : normalise(longPath ?? ustarName(header))
    longPath = undefined
    entries.push({ path, bytes: tar.subarray(start, offset) })
    start = offset
  }
  if (start !== offset)
    throw new SystemdUnitsError(`${source} is truncated: an extension header at its end is not followed by an entry`)
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

/** The error for a header that cannot be read for certain, naming the entry as its header spells it. */
function malformed(source: string, header: Buffer, offset: number, problem: string): SystemdUnitsError {
  return new SystemdUnitsError(
    `${source} is not a tar archive GNU tar would read the same way: the entry ${JSON.stringify(ustarName(header))} at byte ${offset}: ${problem}`,
  )
}

/** pax records: `<length> <key>=<value>\n`, length (decimal) counting the whole record. */
function paxRecords(data: Buffer, source: string, header: Buffer, offset: number): Record<string, string> {
  const records: Record<string, string> = {}
  let position = 0
  // A pax header's data is padded with NULs to its declared size by some writers.
  const end = data.length - (data.toString('latin1').match(/\0*$/)?.[0].length ?? 0)
  while (position < end) {
    const space = data.indexOf(0x20, position)
    const digits = space === -1 ? '' : data.subarray(position, space).toString('latin1')
    const length = Number(digits)
    if (!/^[0-9]{1,15}$/.test(digits) || position + length > end || data[position + length - 1] !== 0x0a)
      throw malformed(source, header, offset, `its pax record at byte ${position} of the extended header is malformed`)
    const record = data.subarray(space + 1, position + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    if (equals <= 0)
      throw malformed(source, header, offset, `its pax record ${JSON.stringify(record)} has no key=value`)
    records[record.slice(0, equals)] = record.slice(equals + 1)
    position += length
  }
  return records
}

function paxSize(value: string, source: string, header: Buffer, offset: number): number {
  const size = Number(value)
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(size))
    throw malformed(source, header, offset, `its pax size=${JSON.stringify(value).slice(1, -1)} is not a size in bytes`)
  return size
}

function readSize(header: Buffer, source: string, offset: number): number {
  const size = readNumber(header.subarray(124, 136))
  if (size === undefined)
    throw malformed(
      source,
      header,
      offset,
      `its size field ${JSON.stringify(header.subarray(124, 136).toString('latin1'))} is not a size in bytes`,
    )
  return size
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
    throw malformed(source, header, offset, 'its header checksum does not match (not a tar archive, or corrupted)')
}

/**
 * Octal digits (space- or NUL-terminated, as tar writes them), or GNU's base-256 (first byte 0x80)
 * for values octal cannot hold; `undefined` for anything else, negative base-256 (0xff) included.
 */
function readNumber(field: Buffer): number | undefined {
  if (field[0] === 0x80) {
    let value = 0
    for (const byte of field.subarray(1)) value = value * 256 + byte
    return Number.isSafeInteger(value) ? value : undefined
  }
  const text = field.toString('latin1')
  const digits = /^ *([0-7]*)[ \0]*$/.exec(text)?.[1]
  if (digits === undefined) return undefined
  const value = digits === '' ? 0 : parseInt(digits, 8)
  return Number.isSafeInteger(value) ? value : undefined
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
