export const id = 34;
export const ids = [34];
export const modules = {

/***/ 34:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  archiveUnits: () => (/* binding */ archiveUnits)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(289);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(522);
;// CONCATENATED MODULE: ./src/publish/archive/gzip.ts


/** Operating system byte of the gzip header (RFC 1952, 2.3.1): 3, Unix, whatever platform wrote it. */
const OS_UNIX = 3;
/**
 * gzip with a header that depends on nothing but the data: no file name, modification time 0
 * (RFC 1952: "no time stamp is available") and a fixed OS byte, so equal input gives equal bytes.
 */
function gzipReproducibly(data) {
    const compressed = (0,external_node_zlib_.gzipSync)(data, { level: 9 });
    compressed.writeUInt32LE(0, 4);
    compressed[9] = OS_UNIX;
    return compressed;
}
/** Every member of a gzip file, decompressed; a clear error for anything else. */
function gunzip(data, source) {
    try {
        return (0,external_node_zlib_.gunzipSync)(data);
    }
    catch (error) {
        throw new errors/* SystemdUnitsError */.d(`${source} is not a gzip file: ${error.message}`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
;// CONCATENATED MODULE: ./src/publish/archive/replace-file.ts


/**
 * Replace `path` with `bytes` as one step: write a temporary file beside it, then rename it
 * over the target, so a reader never sees half a file and a failure leaves the old one.
 */
async function replaceFile(path, bytes, mode) {
    const temporary = `${path}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    try {
        await (0,promises_.writeFile)(temporary, bytes, { flag: 'wx', mode });
        await (0,promises_.chmod)(temporary, mode);
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/publish/archive/tar.ts

/**
 * The POSIX ustar format (POSIX.1-2001 "pax" Interchange Format, ustar header), written and read
 * by hand so archives are byte-for-byte reproducible and an existing tarball can be extended
 * without re-encoding its entries.
 */
const BLOCK = 512;
/** tar's default blocking factor: archives are padded to records of 20 blocks. */
const RECORD = 20 * BLOCK;
/** Header and data blocks of an entry; owner 0:0 (root), as a package's files are. */
function encodeEntry(entry) {
    const content = entry.content ?? Buffer.alloc(0);
    const header = Buffer.alloc(BLOCK);
    const [prefix, name] = splitName(entry.type === 'directory' ? `${entry.path}/` : entry.path);
    header.write(name, 0, 100, 'utf8');
    writeOctal(header, 100, 8, entry.mode);
    writeOctal(header, 108, 8, 0);
    writeOctal(header, 116, 8, 0);
    writeOctal(header, 124, 12, content.length);
    writeOctal(header, 136, 12, entry.mtime);
    header.write(entry.type === 'directory' ? '5' : '0', 156, 1, 'ascii');
    header.write('ustar\0', 257, 6, 'ascii');
    header.write('00', 263, 2, 'ascii');
    header.write('root', 265, 32, 'ascii');
    header.write('root', 297, 32, 'ascii');
    writeOctal(header, 329, 8, 0);
    writeOctal(header, 337, 8, 0);
    header.write(prefix, 345, 155, 'utf8');
    // The checksum is computed with its own field read as eight spaces; stored as six digits, NUL, space.
    header.fill(' ', 148, 156);
    const sum = header.reduce((total, byte) => total + byte, 0);
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
    return Buffer.concat([header, content, Buffer.alloc(padding(content.length))]);
}
/** Two zero blocks end an archive; then zeros up to a whole record, as tar writes it. */
function endOfArchive(length) {
    const total = length + 2 * BLOCK;
    return Buffer.alloc(2 * BLOCK + ((RECORD - (total % RECORD)) % RECORD));
}
/**
 * The entries of a tar stream with their raw bytes. Understands the extension headers that
 * precede an entry (pax `x`, GNU long names `L`/`K`) so a long path is read as the real one.
 */
function readEntries(tar, source) {
    const entries = [];
    let offset = 0;
    let start = 0;
    let longPath;
    let sizeOverride;
    while (offset + BLOCK <= tar.length) {
        const header = tar.subarray(offset, offset + BLOCK);
        if (header.every((byte) => byte === 0))
            break;
        checkChecksum(header, source, offset);
        const type = String.fromCharCode(header[156]);
        const extension = type === 'x' || type === 'L' || type === 'K' || type === 'g';
        const size = (extension ? undefined : sizeOverride) ?? readNumber(header.subarray(124, 136));
        const dataStart = offset + BLOCK;
        const next = dataStart + size + padding(size);
        if (next > tar.length)
            throw new errors/* SystemdUnitsError */.d(`${source} is truncated: an entry at byte ${offset} runs past the end`);
        const data = tar.subarray(dataStart, dataStart + size);
        offset = next;
        if (type === 'x' || type === 'L' || type === 'K') {
            // Metadata for the entry that follows: remember it and keep its bytes with that entry.
            if (type === 'L')
                longPath = data.toString('utf8').replace(/\0+$/, '');
            if (type === 'x') {
                const records = paxRecords(data);
                if (records.path !== undefined)
                    longPath = records.path;
                if (records.size !== undefined)
                    sizeOverride = Number(records.size);
            }
            continue;
        }
        sizeOverride = undefined;
        const path = type === 'g' ? undefined : normalise(longPath ?? ustarName(header));
        longPath = undefined;
        entries.push({ path, bytes: tar.subarray(start, offset) });
        start = offset;
    }
    return entries;
}
/** ustar stores a long path as prefix + `/` + name. */
function ustarName(header) {
    const name = cString(header.subarray(0, 100));
    const magic = header.subarray(257, 262).toString('ascii');
    const prefix = magic === 'ustar' ? cString(header.subarray(345, 500)) : '';
    return prefix ? `${prefix}/${name}` : name;
}
function normalise(path) {
    return path
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .replace(/\/+$/, '');
}
/** pax records: `<length> <key>=<value>\n`, length counting the whole record. */
function paxRecords(data) {
    const records = {};
    let offset = 0;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        const length = Number(data.subarray(offset, space).toString('ascii'));
        if (space === -1 || !Number.isInteger(length) || length <= 0)
            break;
        const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        records[record.slice(0, equals)] = record.slice(equals + 1);
        offset += length;
    }
    return records;
}
function checkChecksum(header, source, offset) {
    const stored = readNumber(header.subarray(148, 156));
    // Some old writers summed the bytes as signed chars; both are valid.
    let unsigned = 0;
    let signed = 0;
    for (let index = 0; index < BLOCK; index++) {
        const byte = index >= 148 && index < 156 ? 0x20 : header[index];
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    if (stored !== unsigned && stored !== signed)
        throw new errors/* SystemdUnitsError */.d(`${source} is not a tar archive (bad header checksum at byte ${offset})`);
}
/** Octal digits, or GNU's base-256 (first byte's high bit set) for values octal cannot hold. */
function readNumber(field) {
    if (field[0] & 0x80) {
        let value = field[0] & 0x7f;
        for (const byte of field.subarray(1))
            value = value * 256 + byte;
        return value;
    }
    const text = cString(field).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function writeOctal(header, offset, width, value) {
    const digits = value.toString(8);
    if (digits.length > width - 1)
        throw new Error(`tar: ${value} does not fit a ${width}-byte field`);
    header.write(digits.padStart(width - 1, '0') + '\0', offset, width, 'ascii');
}
/** Split a path into ustar's prefix (155 bytes) and name (100 bytes) at a `/`. */
function splitName(path) {
    if (Buffer.byteLength(path) <= 100)
        return ['', path];
    for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
        const prefix = path.slice(0, cut);
        const name = path.slice(cut + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '')
            return [prefix, name];
    }
    throw new errors/* SystemdUnitsError */.d(`${JSON.stringify(path)} is too long for a tar archive entry (ustar holds 255 bytes, split at a /)`);
}
function cString(field) {
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}
function padding(size) {
    return (BLOCK - (size % BLOCK)) % BLOCK;
}

;// CONCATENATED MODULE: ./src/publish/archive/unit-entries.ts


/** Modes of what we put in an archive: readable unit files, traversable directories. */
const FILE_MODE = 0o644;
const DIRECTORY_MODE = 0o755;
/** `archive-prefix` as a relative directory path ending in `/` (or '' for the archive's root). */
function archivePrefix(input) {
    const path = normalise(input.trim());
    if (path.split('/').some((part) => part === '..' || part === '.')) {
        throw new errors/* SystemdUnitsError */.d(`expected a relative directory inside the archive, got ${JSON.stringify(input)}`, {
            file: 'input "archive-prefix"',
        });
    }
    return path === '' ? '' : `${path}/`;
}
/**
 * The entries that put `units` under `prefix`: the prefix's directories, then the units sorted
 * by name, every one with the same owner, modes and time. Directories in `present` are left out,
 * and so is the prefix's top directory: on merged-/usr systems /lib is a symlink to usr/lib, and
 * GNU tar replaces a symlink with a real directory when the archive holds an entry for it
 * (tar 1.34, measured), which would break the host when the archive is extracted at /.
 */
function unitEntries(units, prefix, mtime, present = new Set()) {
    const parts = prefix.split('/').filter(Boolean);
    const directories = parts
        .map((_, index) => parts.slice(0, index + 1).join('/'))
        .slice(1)
        .filter((path) => !present.has(path));
    const sorted = [...units].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return [
        ...directories.map((path) => ({ path, type: 'directory', mode: DIRECTORY_MODE, mtime })),
        ...sorted.map((unit) => ({
            path: prefix + unit.name,
            type: 'file',
            mode: FILE_MODE,
            mtime,
            content: Buffer.from(unit.content, 'utf8'),
        })),
    ];
}

;// CONCATENATED MODULE: ./src/publish/archive/append-to.ts






/**
 * Add the units to an existing tarball. Every entry already there is copied byte for byte
 * (only the gzip layer is re-encoded); the result replaces the file in one rename, so the
 * tarball is either the old one or the new one, never half written.
 */
async function appendToTarball(request) {
    const { tarball, prefix, force } = request;
    const { mode } = await (0,promises_.stat)(tarball).catch((error) => {
        throw new errors/* SystemdUnitsError */.d(`cannot read ${tarball}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, {
            file: 'input "append-to"',
        });
    });
    const entries = readEntries(gunzip(await (0,promises_.readFile)(tarball), tarball), tarball);
    const present = new Set(entries.flatMap((entry) => (entry.path === undefined ? [] : [entry.path])));
    const unitPaths = new Set(request.units.map((unit) => prefix + unit.name));
    const clashes = [...unitPaths].filter((path) => present.has(path)).sort();
    if (clashes.length > 0 && !force) {
        throw new errors/* SystemdUnitsError */.d(`${tarball} already holds ${clashes.join(', ')}; set force: true to replace ${clashes.length === 1 ? 'it' : 'them'}`, {
            file: 'input "append-to"',
        });
    }
    const kept = entries.filter((entry) => entry.path === undefined || !unitPaths.has(entry.path));
    const added = unitEntries(request.units, prefix, request.mtime, present);
    const body = Buffer.concat([...kept.map((entry) => entry.bytes), ...added.map(encodeEntry)]);
    await replaceFile(tarball, gzipReproducibly(Buffer.concat([body, endOfArchive(body.length)])), mode & 0o7777);
    return { added: added.map((entry) => entry.path), replaced: clashes };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(802);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
;// CONCATENATED MODULE: ./src/publish/archive/archive-time.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * The timestamp every archive entry gets, so the same sources give the same bytes:
 * SOURCE_DATE_EPOCH when set (reproducible-builds.org/specs/source-date-epoch), else the
 * time of the commit checked out in `directory`.
 */
async function archiveTime(directory, env = process.env) {
    const epoch = env['SOURCE_DATE_EPOCH'];
    if (epoch !== undefined && epoch !== '') {
        if (!/^\d+$/.test(epoch))
            throw new errors/* SystemdUnitsError */.d(`SOURCE_DATE_EPOCH must be a whole number of seconds, got ${JSON.stringify(epoch)}`);
        return Number(epoch);
    }
    try {
        const { stdout } = await run('git', ['log', '-1', '--format=%ct'], { cwd: directory });
        const seconds = Number(stdout.trim());
        if (stdout.trim() !== '' && Number.isInteger(seconds))
            return seconds;
    }
    catch {
        // Not a checkout, or no commit yet: the error below says what to do.
    }
    throw new errors/* SystemdUnitsError */.d(`archive timestamps come from SOURCE_DATE_EPOCH or the checked-out commit, and ${directory} has neither: set SOURCE_DATE_EPOCH (seconds since 1970) or run in a git checkout`);
}

;// CONCATENATED MODULE: ./src/publish/archive/write-archive.ts





function archiveName(serviceName, version) {
    return version ? `${serviceName}-systemd-${version}.tar.gz` : `${serviceName}-systemd.tar.gz`;
}
/** The archive's bytes: same units, prefix and time give the same bytes. */
function buildArchive(archive) {
    const entries = Buffer.concat(unitEntries(archive.units, archive.prefix, archive.mtime).map(encodeEntry));
    return gzipReproducibly(Buffer.concat([entries, endOfArchive(entries.length)]));
}
/** Write the archive into `directory`; returns its path. */
async function writeArchive(directory, archive) {
    const path = (0,external_node_path_.join)(directory, archive.name);
    await replaceFile(path, buildArchive(archive), 0o644);
    return path;
}

;// CONCATENATED MODULE: ./src/publish/archive/archive-units.ts





/** The `archive` and `append-to` steps: both reproducible, both from the units in memory. */
async function archiveUnits(workingDirectory, generated, request, env) {
    const prefix = archivePrefix(request.prefix);
    const mtime = await archiveTime(workingDirectory, env);
    const { settings, units } = generated;
    const result = {};
    if (request.archive) {
        const name = archiveName(settings.string('service_name'), settings.optional('version'));
        result.archive = (0,external_node_path_.relative)(workingDirectory, await writeArchive(workingDirectory, { name, units, prefix, mtime }));
    }
    if (request.appendTo) {
        const tarball = (0,external_node_path_.resolve)(workingDirectory, request.appendTo);
        const appended = await appendToTarball({ tarball, units, prefix, mtime, force: request.force });
        result.appended = { tarball: (0,external_node_path_.relative)(workingDirectory, tarball), ...appended };
    }
    return result;
}


/***/ })

};
