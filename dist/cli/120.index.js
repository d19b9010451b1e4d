export const id = 120;
export const ids = [120,768];
export const modules = {

/***/ 16768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkUnits: () => (/* binding */ checkUnits),
  compareUnits: () => (/* binding */ compareUnits),
  isUnitFileName: () => (/* binding */ isUnitFileName),
  readUnitFiles: () => (/* binding */ readUnitFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/jobs/units.ts + 2 modules
var units = __webpack_require__(79287);
;// CONCATENATED MODULE: ./src/output/unified-diff.ts
/**
 * Unified diffs ("diff -u" / "git diff" format) between two texts, so a drift report reads like
 * the patch that would fix it and `git apply` / `patch` accept it. Lines keep their terminator:
 * a last line without a newline differs from the same line with one, as in GNU diff.
 */
/** Lines of context around each change, as `diff -u` and git use. */
const CONTEXT = 3;
/** `--- a/path` … `+++ b/path` with hunks; `undefined` on a side means the file does not exist there. '' when equal. */
function unifiedDiff(path, before, after) {
    if (before === after)
        return '';
    const edits = diffLines(splitLines(before ?? ''), splitLines(after ?? ''));
    const header = [
        before === undefined ? '--- /dev/null' : `--- a/${path}`,
        after === undefined ? '+++ /dev/null' : `+++ b/${path}`,
    ];
    return [...header, ...hunks(edits)].join('\n') + '\n';
}
/** Each line with its `\n`; the last one may lack it. */
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/**
 * The shortest edit script (Myers, "An O(ND) Difference Algorithm and Its Variations", 1986):
 * walk diagonals keeping the furthest-reaching path per edit count, then backtrack.
 */
function diffLines(a, b) {
    const max = a.length + b.length;
    const offset = max + 1;
    const furthest = new Array(2 * max + 3).fill(0);
    const trace = [];
    outer: for (let d = 0; d <= max; d++) {
        trace.push([...furthest]);
        for (let k = -d; k <= d; k += 2) {
            const down = k === -d || (k !== d && furthest[offset + k - 1] < furthest[offset + k + 1]);
            let x = down ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
            let y = x - k;
            while (x < a.length && y < b.length && a[x] === b[y]) {
                x++;
                y++;
            }
            furthest[offset + k] = x;
            if (x >= a.length && y >= b.length)
                break outer;
        }
    }
    const edits = [];
    let x = a.length;
    let y = b.length;
    for (let d = trace.length - 1; d >= 0; d--) {
        const v = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
        const previousK = down ? k + 1 : k - 1;
        const previousX = v[offset + previousK];
        const previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            x--;
            y--;
            edits.push({ kind: ' ', line: a[x] });
        }
        if (d === 0)
            break;
        if (down)
            edits.push({ kind: '+', line: b[--y] });
        else
            edits.push({ kind: '-', line: a[--x] });
    }
    return edits.reverse();
}
/** Group edits into hunks with CONTEXT lines around changes; nearby changes share a hunk. */
function hunks(edits) {
    const changed = edits.flatMap((edit, index) => (edit.kind === ' ' ? [] : [index]));
    const out = [];
    let index = 0;
    while (index < changed.length) {
        const start = Math.max(0, changed[index] - CONTEXT);
        let end = changed[index];
        while (index < changed.length && changed[index] - end <= 2 * CONTEXT)
            end = changed[index++];
        const slice = edits.slice(start, Math.min(edits.length, end + CONTEXT + 1));
        const before = edits.slice(0, start);
        const oldStart = before.filter((edit) => edit.kind !== '+').length;
        const newStart = before.filter((edit) => edit.kind !== '-').length;
        const oldCount = slice.filter((edit) => edit.kind !== '+').length;
        const newCount = slice.filter((edit) => edit.kind !== '-').length;
        out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
        for (const edit of slice) {
            out.push(edit.kind + edit.line.replace(/\n$/, ''));
            if (!edit.line.endsWith('\n'))
                out.push('\\ No newline at end of file');
        }
    }
    return out;
}
/** `start,count` as diff prints it: 1-based, `,1` left out, an empty range at the line before it. */
function range(linesBefore, count) {
    if (count === 0)
        return `${linesBefore},0`;
    return count === 1 ? `${linesBefore + 1}` : `${linesBefore + 1},${count}`;
}

;// CONCATENATED MODULE: ./src/jobs/check.ts




/**
 * The unit types systemd knows (systemd.unit(5), "Description"): a file in the output
 * directory with one of these suffixes is a unit, and one we no longer generate is drift.
 */
const UNIT_SUFFIXES = [
    '.service',
    '.socket',
    '.device',
    '.mount',
    '.automount',
    '.swap',
    '.target',
    '.path',
    '.timer',
    '.slice',
    '.scope',
];
/** Unit files in `directory` by name, as committed; an absent directory holds none. */
async function readUnitFiles(directory) {
    const entries = await (0,promises_.readdir)(directory, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    });
    const names = entries.filter((entry) => entry.isFile() && isUnitFileName(entry.name)).map((entry) => entry.name);
    const contents = await Promise.all(names.map((name) => (0,promises_.readFile)((0,external_node_path_.join)(directory, name), 'utf8')));
    return new Map(names.map((name, index) => [name, contents[index]]));
}
function isUnitFileName(name) {
    return UNIT_SUFFIXES.some((suffix) => name.endsWith(suffix) && name.length > suffix.length);
}
/**
 * Generated units against committed ones: missing (generated, not committed), changed, and
 * extra (committed unit files nothing generates any more). `pathPrefix` is the directory as
 * the diff headers should show it, e.g. `svc/deploy/units`.
 */
function compareUnits(generated, committed, pathPrefix) {
    const differences = [];
    const path = (name) => (pathPrefix ? `${pathPrefix.replace(/\/+$/, '')}/${name}` : name);
    for (const unit of generated) {
        const before = committed.get(unit.name);
        if (before === unit.content)
            continue;
        differences.push({
            name: unit.name,
            drift: before === undefined ? 'missing' : 'changed',
            diff: unifiedDiff(path(unit.name), before, unit.content),
            line: before === undefined ? 1 : firstDifferentLine(before, unit.content),
        });
    }
    const generatedNames = new Set(generated.map((unit) => unit.name));
    for (const [name, before] of [...committed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (generatedNames.has(name))
            continue;
        differences.push({ name, drift: 'extra', diff: unifiedDiff(path(name), before, undefined), line: 1 });
    }
    return { differences, diff: differences.map((difference) => difference.diff).join('') };
}
function firstDifferentLine(before, after) {
    const a = before.split('\n');
    const b = after.split('\n');
    const index = a.findIndex((line, i) => line !== b[i]);
    return index === -1 ? a.length : index + 1;
}
/**
 * Generate in memory and compare with the unit files at output_dir. Writes nothing.
 * `diffRoot` is the working directory as the diff's paths should start (the repository root's view).
 */
async function checkUnits(request, diffRoot = '.') {
    const generated = await (0,units/* generateUnits */.n)(request);
    const committed = await readUnitFiles((0,external_node_path_.resolve)(request.workingDirectory, generated.outputDir));
    return { generated, comparison: compareUnits(generated.units, committed, (0,external_node_path_.join)(diffRoot, generated.outputDir)) };
}


/***/ }),

/***/ 20772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ explainRefusal),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   hB: () => (/* binding */ needing)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26289);

/** HTTP status of an Octokit error, if it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Turn GitHub's refusal into a message that names the permission to add. GitHub answers 403,
 * or 404 for a repository the token may not see; GraphQL answers 200 with a FORBIDDEN or
 * NOT_FOUND error ("Resource not accessible by integration"). Other errors pass unchanged.
 */
function explainRefusal(error, what, permission) {
    const status = statusOf(error);
    const graphqlTypes = (error?.errors ?? []).map((entry) => entry.type);
    const refused = status === 401 ||
        status === 403 ||
        status === 404 ||
        graphqlTypes.includes('FORBIDDEN') ||
        graphqlTypes.includes('NOT_FOUND');
    if (!refused)
        return error;
    const answer = status ? `HTTP ${status}: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}` : (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error);
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp(`GitHub refused ${what} (${answer}): the token needs \`${permission}\`; add it to the job's \`permissions:\``, { kind: 'input', name: 'token' });
}
/** Run one API call, naming the permission it needs if GitHub refuses it. */
async function needing(permission, what, call) {
    try {
        return await call();
    }
    catch (error) {
        throw explainRefusal(error, what, permission);
    }
}


/***/ }),

/***/ 55120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  maskToken: () => (/* binding */ maskToken),
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(26289);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
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
/**
 * Every member of a gzip file, decompressed; a clear error for anything else, and for output
 * past `limit` bytes: zlib stops inflating there, so a gzip bomb costs `limit` bytes of memory at most.
 */
function gunzip(data, source, limit) {
    try {
        return (0,external_node_zlib_.gunzipSync)(data, { maxOutputLength: limit });
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw new errors/* SystemdUnitsError */.dp(`${source} decompresses to more than ${formatBytes(limit)}, the limit for a tarball to append to; is it really a release tarball?`);
        throw new errors/* SystemdUnitsError */.dp(`${source} is not a gzip file: ${error.message}`);
    }
}
/** `1 GiB (1073741824 bytes)`: a limit as a person reads it, and exactly. */
function formatBytes(bytes) {
    return `${bytes / 2 ** 20 >= 1024 ? `${bytes / 2 ** 30} GiB` : `${bytes / 2 ** 20} MiB`} (${bytes} bytes)`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
 * Anything it cannot read for certain is an error naming the entry and `source`: a header whose
 * checksum or size does not parse, an entry that runs past the end, an extension header with no
 * entry after it, data after the end-of-archive block. So every entry is kept exactly once, and
 * since each header moves the offset forward by at least a block, any input is read to its end.
 */
function readEntries(tar, source) {
    const entries = [];
    let offset = 0;
    let start = 0;
    let longPath;
    let sizeOverride;
    while (offset < tar.length) {
        if (offset + BLOCK > tar.length)
            throw new errors/* SystemdUnitsError */.dp(`${source} is truncated: ${tar.length - offset} bytes at byte ${offset} are not a whole tar header`);
        const header = tar.subarray(offset, offset + BLOCK);
        if (header.every((byte) => byte === 0)) {
            if (start !== offset)
                throw malformed(source, header, offset, 'an extension header is not followed by an entry');
            if (tar.subarray(offset).some((byte) => byte !== 0))
                throw malformed(source, header, offset, 'there is data after the end-of-archive block');
            break;
        }
        checkChecksum(header, source, offset);
        const type = String.fromCharCode(header[156]);
        const extension = type === 'x' || type === 'L' || type === 'K' || type === 'g';
        const size = (extension ? undefined : sizeOverride) ?? readSize(header, source, offset);
        const dataStart = offset + BLOCK;
        const next = dataStart + size + padding(size);
        if (next > tar.length)
            throw malformed(source, header, offset, `its ${size} bytes of data run past the end (truncated?)`);
        const data = tar.subarray(dataStart, dataStart + size);
        offset = next;
        if (type === 'x' || type === 'L' || type === 'K') {
            // Metadata for the entry that follows: remember it and keep its bytes with that entry.
            if (type === 'L')
                longPath = data.toString('utf8').replace(/\0+$/, '');
            if (type === 'x') {
                const records = paxRecords(data, source, header, dataStart - BLOCK);
                if (records.path !== undefined)
                    longPath = records.path;
                if (records.size !== undefined)
                    sizeOverride = paxSize(records.size, source, header, dataStart - BLOCK);
            }
            continue;
        }
        sizeOverride = undefined;
        const path = type === 'g' ? undefined : normalise(longPath ?? ustarName(header));
        longPath = undefined;
        entries.push({ path, bytes: tar.subarray(start, offset) });
        start = offset;
    }
    if (start !== offset)
        throw new errors/* SystemdUnitsError */.dp(`${source} is truncated: an extension header at its end is not followed by an entry`);
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
/** The error for a header that cannot be read for certain, naming the entry as its header spells it. */
function malformed(source, header, offset, problem) {
    return new errors/* SystemdUnitsError */.dp(`${source} is not a tar archive GNU tar would read the same way: the entry ${JSON.stringify(ustarName(header))} at byte ${offset}: ${problem}`);
}
/** pax records: `<length> <key>=<value>\n`, length (decimal) counting the whole record. */
function paxRecords(data, source, header, offset) {
    const records = {};
    let position = 0;
    // A pax header's data is padded with NULs to its declared size by some writers.
    const end = data.length - (data.toString('latin1').match(/\0*$/)?.[0].length ?? 0);
    while (position < end) {
        const space = data.indexOf(0x20, position);
        const digits = space === -1 ? '' : data.subarray(position, space).toString('latin1');
        const length = Number(digits);
        if (!/^[0-9]{1,15}$/.test(digits) || position + length > end || data[position + length - 1] !== 0x0a)
            throw malformed(source, header, offset, `its pax record at byte ${position} of the extended header is malformed`);
        const record = data.subarray(space + 1, position + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals <= 0)
            throw malformed(source, header, offset, `its pax record ${JSON.stringify(record)} has no key=value`);
        records[record.slice(0, equals)] = record.slice(equals + 1);
        position += length;
    }
    return records;
}
function paxSize(value, source, header, offset) {
    const size = Number(value);
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(size))
        throw malformed(source, header, offset, `its pax size=${JSON.stringify(value).slice(1, -1)} is not a size in bytes`);
    return size;
}
function readSize(header, source, offset) {
    const size = readNumber(header.subarray(124, 136));
    if (size === undefined)
        throw malformed(source, header, offset, `its size field ${JSON.stringify(header.subarray(124, 136).toString('latin1'))} is not a size in bytes`);
    return size;
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
        throw malformed(source, header, offset, 'its header checksum does not match (not a tar archive, or corrupted)');
}
/**
 * Octal digits (space- or NUL-terminated, as tar writes them), or GNU's base-256 (first byte 0x80)
 * for values octal cannot hold; `undefined` for anything else, negative base-256 (0xff) included.
 */
function readNumber(field) {
    if (field[0] === 0x80) {
        let value = 0;
        for (const byte of field.subarray(1))
            value = value * 256 + byte;
        return Number.isSafeInteger(value) ? value : undefined;
    }
    const text = field.toString('latin1');
    const digits = /^ *([0-7]*)[ \0]*$/.exec(text)?.[1];
    if (digits === undefined)
        return undefined;
    const value = digits === '' ? 0 : parseInt(digits, 8);
    return Number.isSafeInteger(value) ? value : undefined;
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
    throw new errors/* SystemdUnitsError */.dp(`${JSON.stringify(path)} is too long for a tar archive entry (ustar holds 255 bytes, split at a /)`);
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
        throw new errors/* SystemdUnitsError */.dp(`expected a relative directory inside the archive, got ${JSON.stringify(input)}`, {
            kind: 'input',
            name: 'archive-prefix',
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







/** The largest tarball append-to reads (SECURITY.md): release tarballs are tens of megabytes. */
const MAX_TARBALL_BYTES = 512 * 2 ** 20;
/** The most a tarball may decompress to; zlib stops there, so a gzip bomb cannot exhaust memory. */
const MAX_DECOMPRESSED_BYTES = 2 ** 30;
/**
 * Add the units to an existing tarball. Every entry already there is copied byte for byte
 * (only the gzip layer is re-encoded); the result replaces the file in one rename, so the
 * tarball is either the old one or the new one, never half written.
 */
async function appendToTarball(request) {
    const { tarball, prefix, force } = request;
    const { bytes, mode } = await readTarball(tarball);
    const entries = readEntries(gunzip(bytes, tarball, MAX_DECOMPRESSED_BYTES), tarball);
    const present = new Set(entries.flatMap((entry) => (entry.path === undefined ? [] : [entry.path])));
    const unitPaths = new Set(request.units.map((unit) => prefix + unit.name));
    const clashes = [...unitPaths].filter((path) => present.has(path)).sort();
    if (clashes.length > 0 && !force) {
        throw new errors/* SystemdUnitsError */.dp(`${tarball} already holds ${clashes.join(', ')}; set force: true to replace ${clashes.length === 1 ? 'it' : 'them'}`, { kind: 'input', name: 'append-to' });
    }
    const kept = entries.filter((entry) => entry.path === undefined || !unitPaths.has(entry.path));
    const added = unitEntries(request.units, prefix, request.mtime, present);
    const body = Buffer.concat([...kept.map((entry) => entry.bytes), ...added.map(encodeEntry)]);
    await replaceFile(tarball, gzipReproducibly(Buffer.concat([body, endOfArchive(body.length)])), mode);
    return { added: added.map((entry) => entry.path), replaced: clashes };
}
/** What a path that is not a regular file is, for the error; `undefined` for a regular file. */
function notRegular(stats) {
    if (stats.isFile())
        return undefined;
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isSymbolicLink())
        return 'a symbolic link (name the tarball itself: append-to replaces the file it names)';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    return 'a device';
}
/**
 * The tarball's bytes and mode, refusing anything but a regular file of at most MAX_TARBALL_BYTES:
 * lstat before opening, so a device is never opened; O_NONBLOCK, so a FIFO swapped in since cannot
 * block the open; fstat on what was opened, so what is read is what was checked.
 */
async function readTarball(tarball) {
    const fail = (reason) => new errors/* SystemdUnitsError */.dp(`${tarball} ${reason}`, { kind: 'input', name: 'append-to' });
    const cannotRead = (error) => new errors/* SystemdUnitsError */.dp(`cannot read ${tarball}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, {
        kind: 'input',
        name: 'append-to',
    });
    const check = (stats, size) => {
        const kind = notRegular(stats);
        if (kind !== undefined)
            throw fail(`is ${kind}, not a .tar.gz file`);
        if (size > MAX_TARBALL_BYTES)
            throw fail(`is larger than ${formatBytes(MAX_TARBALL_BYTES)}, the limit for append-to`);
    };
    const before = await (0,promises_.lstat)(tarball).catch((error) => Promise.reject(cannotRead(error)));
    check(before, before.size);
    const handle = await (0,promises_.open)(tarball, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOFOLLOW).catch((error) => Promise.reject(cannotRead(error)));
    try {
        const stats = await handle.stat();
        check(stats, stats.size);
        const bytes = await handle.readFile();
        // The file may have grown since fstat: the limit holds for what was read.
        check(stats, bytes.length);
        return { bytes, mode: stats.mode & 0o7777 };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
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
            throw new errors/* SystemdUnitsError */.dp(`SOURCE_DATE_EPOCH must be a whole number of seconds, got ${JSON.stringify(epoch)}`);
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
    throw new errors/* SystemdUnitsError */.dp(`archive timestamps come from SOURCE_DATE_EPOCH or the checked-out commit, and ${directory} has neither: set SOURCE_DATE_EPOCH (seconds since 1970) or run in a git checkout`);
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

// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(29039);
// EXTERNAL MODULE: ./src/jobs/check.ts + 1 modules
var check = __webpack_require__(16768);
;// CONCATENATED MODULE: ./src/publish/git.ts

/** A git command that exited non-zero, with what it printed. */
class GitError extends Error {
    args;
    code;
    stdout;
    stderr;
    constructor(args, code, stdout, stderr) {
        super(`git ${args[0]} failed: ${stderr.trim() || stdout.trim() || `exit code ${code}`}`);
        this.args = args;
        this.code = code;
        this.stdout = stdout;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** Run the real git CLI in `cwd` (execFile: no shell); its stdout, trailing newline trimmed. */
function git(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const env = { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0' };
        (0,external_node_child_process_.execFile)('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(new GitError(args, error.code ?? undefined, stdout, stderr));
            else
                resolve(stdout.replace(/\n$/, ''));
        });
    });
}
/** `git` that answers yes or no by its exit status (0 or 1); any other failure is an error. */
async function gitTest(cwd, args) {
    try {
        await git(cwd, args);
        return true;
    }
    catch (error) {
        if (error instanceof GitError && error.code === 1)
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/publish/commit-target.ts




async function commitTarget(workingDirectory, generated, publish, env) {
    const checkout = await checkoutRoot(workingDirectory, env);
    const unitsDir = (0,external_node_path_.relative)(checkout, (0,external_node_path_.resolve)(await (0,promises_.realpath)(workingDirectory), generated.outputDir))
        .split(external_node_path_.sep)
        .join('/');
    if (unitsDir.startsWith('..')) {
        throw new errors/* SystemdUnitsError */.dp(`output-dir ${generated.outputDir} is outside the repository at ${checkout}, so it cannot be committed`, { kind: 'input', name: 'output-dir' });
    }
    const branch = publish.commitBranch || (await currentBranch(checkout, env));
    const service = generated.settings.string('service_name');
    const version = generated.settings.optional('version');
    return {
        checkout,
        unitsDir,
        branch,
        pullRequestBranch: publish.pullRequest ? `systemd-units/${service}/${branch}` : undefined,
        message: publish.commitMessage || `chore: regenerate systemd units for ${service}${version ? ` ${version}` : ''}`,
    };
}
/** The checkout's top directory; the workspace when git cannot tell (the api method needs no git). */
async function checkoutRoot(workingDirectory, env) {
    try {
        return await git(workingDirectory, ['rev-parse', '--show-toplevel']);
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        return (0,promises_.realpath)(env['GITHUB_WORKSPACE'] || workingDirectory);
    }
}
/**
 * The branch the workflow runs on: a pull request's head branch, the pushed branch, or the
 * checkout's. A tag or a detached checkout has none: commit-branch must say.
 */
async function currentBranch(checkout, env) {
    if (env['GITHUB_HEAD_REF'])
        return env['GITHUB_HEAD_REF'];
    const ref = env['GITHUB_REF'] ?? '';
    if (ref.startsWith('refs/heads/'))
        return ref.slice('refs/heads/'.length);
    const branch = await git(checkout, ['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '');
    if (branch)
        return branch;
    throw new errors/* SystemdUnitsError */.dp(`cannot tell which branch to commit to (${ref ? `the run is for ${ref}` : 'the checkout is detached'}); set commit-branch`, { kind: 'input', name: 'commit-branch' });
}
const UNCHANGED = { changed: false, diff: '', sha: '', createdBranch: false };
/** The branch moved between reading it and updating it: regenerate on its new head and try again. */
class BranchMoved extends Error {
    constructor(branch) {
        super(`${branch} moved while the commit was being made`);
        this.name = 'BranchMoved';
    }
}

// EXTERNAL MODULE: ./src/publish/permissions.ts
var permissions = __webpack_require__(20772);
// EXTERNAL MODULE: ./src/publish/retry.ts
var retry = __webpack_require__(30730);
;// CONCATENATED MODULE: ./src/publish/api-commit.ts





/** The unit files in a directory of a commit; `text` is null for a binary blob. */
const UNIT_FILES_QUERY = `query UnitFiles($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Tree { entries { name type object { ... on Blob { text } } } }
    }
  }
}`;
/** Creates a commit GitHub signs, on top of `expectedHeadOid` only (docs.github.com: createCommitOnBranch). */
const CREATE_COMMIT_MUTATION = `mutation CreateUnitsCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;
/**
 * commit-method api: the units generated from the checkout go in through createCommitOnBranch,
 * so GitHub signs the commit. The change is computed against the branch's head at that moment;
 * if the head moves before the commit lands, it is computed again on the new head.
 */
async function apiCommit(api, target, units, policy) {
    const pushTo = target.pullRequestBranch ?? target.branch;
    return (0,retry/* withRetry */.bD)(`committing the units to ${pushTo} through the GitHub API`, () => commitOnce(api, target, units), (error) => error instanceof BranchMoved, policy);
}
async function commitOnce(api, target, units) {
    const base = await branchHead(api, target.branch);
    if (base === undefined)
        throw new errors/* SystemdUnitsError */.dp(`branch ${target.branch} does not exist in ${api.repository.owner}/${api.repository.repo}`, { kind: 'input', name: 'commit-branch' });
    const onBase = (0,check.compareUnits)(units, await unitFiles(api, base, target.unitsDir), target.unitsDir);
    if (onBase.differences.length === 0)
        return UNCHANGED;
    const pushTo = target.pullRequestBranch;
    if (pushTo === undefined) {
        const sha = await createCommit(api, target, target.branch, base, onBase.differences, units);
        return { changed: true, diff: onBase.diff, sha, createdBranch: false };
    }
    let head = await branchHead(api, pushTo);
    const createdBranch = head === undefined;
    if (head === undefined)
        head = await createBranch(api, pushTo, base);
    try {
        // A pull request branch behind its base gets the base merged in first (a fast-forward of the branch: no force).
        if (!createdBranch && !(await contains(api, head, base)))
            head = await mergeInto(api, pushTo, target.branch, base, head);
        const onHead = (0,check.compareUnits)(units, await unitFiles(api, head, target.unitsDir), target.unitsDir);
        const sha = onHead.differences.length === 0 ? head : await createCommit(api, target, pushTo, head, onHead.differences, units);
        return { changed: true, diff: onBase.diff, sha, createdBranch };
    }
    catch (error) {
        if (createdBranch)
            await deleteBranch(api, pushTo).catch(() => undefined);
        throw error;
    }
}
async function branchHead(api, branch) {
    try {
        const { data } = await api.github.rest.git.getRef({ ...api.repository, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (error) {
        if ((0,permissions/* statusOf */.c2)(error) === 404)
            return undefined;
        throw (0,permissions/* explainRefusal */.GC)(error, `reading branch ${branch}`, 'contents: read');
    }
}
async function unitFiles(api, commit, unitsDir) {
    const answer = await (0,permissions/* needing */.hB)('contents: read', `reading ${unitsDir || 'the repository root'} at ${commit}`, () => api.github.graphql(UNIT_FILES_QUERY, {
        owner: api.repository.owner,
        name: api.repository.repo,
        expression: `${commit}:${unitsDir}`,
    }));
    const entries = answer.repository?.object?.entries ?? [];
    return new Map(entries
        .filter((entry) => entry.type === 'blob' && (0,check.isUnitFileName)(entry.name))
        .map((entry) => [entry.name, entry.object?.text ?? '']));
}
async function createCommit(api, target, branch, head, differences, units) {
    const path = (name) => (target.unitsDir ? `${target.unitsDir}/${name}` : name);
    const content = new Map(units.map((unit) => [unit.name, unit.content]));
    const [headline, ...body] = target.message.split('\n');
    const input = {
        branch: { repositoryNameWithOwner: `${api.repository.owner}/${api.repository.repo}`, branchName: branch },
        expectedHeadOid: head,
        message: { headline, body: body.join('\n').trim() || undefined },
        fileChanges: {
            additions: differences
                .filter((difference) => difference.drift !== 'extra')
                .map((difference) => ({
                path: path(difference.name),
                contents: Buffer.from(content.get(difference.name), 'utf8').toString('base64'),
            })),
            deletions: differences
                .filter((difference) => difference.drift === 'extra')
                .map((difference) => ({ path: path(difference.name) })),
        },
    };
    try {
        const answer = await api.github.graphql(CREATE_COMMIT_MUTATION, { input });
        return answer.createCommitOnBranch.commit.oid;
    }
    catch (error) {
        // createCommitOnBranch refuses a head other than the one we built on: that is a race, not a
        // failure; unless the head is our own commit, whose answer was lost and whose retry was refused.
        const now = await branchHead(api, branch).catch(() => head);
        if (now !== undefined && now !== head) {
            if (await isOurCommit(api, now, head, headline))
                return now;
            throw new BranchMoved(branch);
        }
        throw (0,permissions/* explainRefusal */.GC)(error, `a commit to ${branch}`, 'contents: write');
    }
}
async function isOurCommit(api, sha, parent, headline) {
    const { data } = await (0,permissions/* needing */.hB)('contents: read', `reading commit ${sha}`, () => api.github.rest.git.getCommit({ ...api.repository, commit_sha: sha }));
    return data.parents.length === 1 && data.parents[0].sha === parent && data.message.split('\n')[0] === headline;
}
async function createBranch(api, branch, sha) {
    await (0,permissions/* needing */.hB)('contents: write', `creating branch ${branch}`, () => api.github.rest.git.createRef({ ...api.repository, ref: `refs/heads/${branch}`, sha }));
    return sha;
}
async function deleteBranch(api, branch) {
    await (0,permissions/* needing */.hB)('contents: write', `deleting branch ${branch}`, () => api.github.rest.git.deleteRef({ ...api.repository, ref: `heads/${branch}` }));
}
/** Whether `base` is already in `head`'s history (the compare API: head is ahead of or equal to base). */
async function contains(api, head, base) {
    const { data } = await (0,permissions/* needing */.hB)('contents: read', `comparing ${base} with ${head}`, () => api.github.rest.repos.compareCommitsWithBasehead({ ...api.repository, basehead: `${base}...${head}` }));
    return data.status === 'ahead' || data.status === 'identical';
}
async function mergeInto(api, branch, baseBranch, base, head) {
    try {
        const response = await api.github.rest.repos.merge({
            ...api.repository,
            base: branch,
            head: base,
            commit_message: `Merge ${baseBranch} into ${branch}`,
        });
        return response.status === 201 ? response.data.sha : head;
    }
    catch (error) {
        if ((0,permissions/* statusOf */.c2)(error) === 409) {
            throw new errors/* SystemdUnitsError */.dp(`${branch} conflicts with ${baseBranch}: it has edits of its own; merge or delete it, then run again`, { kind: 'input', name: 'pull-request' });
        }
        throw (0,permissions/* explainRefusal */.GC)(error, `merging ${baseBranch} into ${branch}`, 'contents: write');
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/jobs/units.ts + 2 modules
var units = __webpack_require__(79287);
// EXTERNAL MODULE: ./src/output/write-files.ts
var write_files = __webpack_require__(5489);
;// CONCATENATED MODULE: ./src/publish/git-commit.ts










/** The identity of commits made where the checkout configures none: GitHub's own Actions bot. */
const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
/**
 * commit-method git: build the commit in a temporary worktree on the branch's fetched head,
 * regenerating the units there, and push it with the checkout's credentials. A push that loses
 * a race is retried on the new head; nothing is ever force-pushed. The checkout itself (its
 * HEAD, index and files) is left as it was, and a failed run leaves no ref behind.
 */
async function gitCommit(target, request, policy) {
    const pushTo = target.pullRequestBranch ?? target.branch;
    return (0,retry/* withRetry */.bD)(`pushing the units to ${pushTo}`, () => git_commit_commitOnce(target, request, pushTo), (error) => error instanceof BranchMoved, policy);
}
async function git_commit_commitOnce(target, request, pushTo) {
    const { checkout } = target;
    const base = await fetchBranch(checkout, target.branch);
    if (base === undefined)
        throw new errors/* SystemdUnitsError */.dp(`branch ${target.branch} does not exist on origin`, {
            kind: 'input',
            name: 'commit-branch',
        });
    const head = pushTo === target.branch ? base : await fetchBranch(checkout, pushTo);
    const built = await regenerateOn(checkout, base, request);
    if (built === undefined)
        return UNCHANGED;
    const baseInHead = head !== undefined && (head === base || (await gitTest(checkout, ['merge-base', '--is-ancestor', base, head])));
    if (head !== undefined && baseInHead && (await git(checkout, ['rev-parse', `${head}^{tree}`])) === built.tree) {
        return { changed: true, diff: built.diff, sha: head, createdBranch: false };
    }
    // A pull request branch that predates the base's head gets the base as a second parent, so
    // the update is a fast-forward of the branch and a merge of the base: no force-push.
    const parents = head === undefined ? [base] : baseInHead ? [head] : [head, base];
    const sha = await commitTree(checkout, built.tree, parents, target.message);
    await push(checkout, sha, pushTo, head);
    return { changed: true, diff: built.diff, sha, createdBranch: head === undefined };
}
/** The branch's head on origin, fetched; undefined when origin has no such branch. */
async function fetchBranch(checkout, branch) {
    try {
        await git(checkout, ['fetch', '--no-tags', '--quiet', 'origin', `refs/heads/${branch}`]);
    }
    catch (error) {
        if (error instanceof GitError && /couldn't find remote ref/i.test(error.stderr))
            return undefined;
        throw fetchRefused(branch, error);
    }
    return git(checkout, ['rev-parse', 'FETCH_HEAD^{commit}']);
}
async function remoteHead(checkout, branch) {
    const line = await git(checkout, ['ls-remote', 'origin', `refs/heads/${branch}`]);
    return line.split('\t')[0] || undefined;
}
/**
 * Check `base` out in a temporary worktree, generate the units from its files (so the commit
 * holds what its own config generates), write them and drop unit files no longer generated.
 * Returns the resulting tree, or undefined when the units there are already up to date.
 */
async function regenerateOn(checkout, base, request) {
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'systemd-units-commit-'));
    const worktree = (0,external_node_path_.join)(scratch, 'tree');
    await git(checkout, ['worktree', 'add', '--detach', '--quiet', worktree, base]);
    try {
        const workingDirectory = (0,external_node_path_.join)(worktree, (0,external_node_path_.relative)(checkout, await (0,promises_.realpath)(request.workingDirectory)));
        const generated = await (0,units/* generateUnits */.n)({ ...request, workingDirectory });
        const outputDir = (0,external_node_path_.resolve)(workingDirectory, generated.outputDir);
        const unitsDir = (0,external_node_path_.relative)(worktree, outputDir).split(external_node_path_.sep).join('/');
        const committed = await (0,check.readUnitFiles)(outputDir);
        const { differences, diff } = (0,check.compareUnits)(generated.units, committed, unitsDir);
        if (differences.length === 0)
            return undefined;
        await refuseIgnored(worktree, unitsDir, differences.filter((d) => d.drift === 'missing').map((d) => d.name));
        (0,write_files/* writeFilesAtomically */.i)(outputDir, generated.units);
        for (const extra of differences.filter((d) => d.drift === 'extra'))
            await (0,promises_.rm)((0,external_node_path_.join)(outputDir, extra.name));
        await git(worktree, ['add', '--all', '--', unitsDir || '.']);
        return { tree: await git(worktree, ['write-tree']), diff };
    }
    finally {
        await git(checkout, ['worktree', 'remove', '--force', worktree]).catch(() => undefined);
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
        await git(checkout, ['worktree', 'prune']).catch(() => undefined);
    }
}
/** `git add` skips ignored files inside a directory without a word: say so instead of committing less. */
async function refuseIgnored(worktree, unitsDir, names) {
    for (const name of names) {
        const path = unitsDir ? `${unitsDir}/${name}` : name;
        if (await gitTest(worktree, ['check-ignore', '--quiet', '--', path])) {
            throw new errors/* SystemdUnitsError */.dp(`${path} is ignored by git (.gitignore), so it cannot be committed; set output-dir to a directory the repository tracks`, { kind: 'input', name: 'output-dir' });
        }
    }
}
async function commitTree(checkout, tree, parents, message) {
    const configured = await gitTest(checkout, ['config', '--get', 'user.email']);
    const env = configured
        ? {}
        : {
            GIT_AUTHOR_NAME: BOT_IDENTITY.name,
            GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
            GIT_COMMITTER_NAME: BOT_IDENTITY.name,
            GIT_COMMITTER_EMAIL: BOT_IDENTITY.email,
        };
    return git(checkout, ['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-m', message], { env });
}
/**
 * Push without force. When the push fails and the branch is no longer where we built on,
 * another push won the race: BranchMoved. Otherwise the remote refused: say why.
 */
async function push(checkout, sha, branch, expected) {
    try {
        await git(checkout, ['push', '--porcelain', 'origin', `${sha}:refs/heads/${branch}`]);
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        if ((await remoteHead(checkout, branch).catch(() => expected)) !== expected)
            throw new BranchMoved(branch);
        throw pushRefused(branch, error);
    }
}
/** Delete a branch this run created, only while it still holds our commit. */
async function deleteCreatedBranch(checkout, branch, sha) {
    await git(checkout, [
        'push',
        '--porcelain',
        `--force-with-lease=refs/heads/${branch}:${sha}`,
        'origin',
        `:refs/heads/${branch}`,
    ]);
}
/** The remote's own words (its `remote:` lines and the rejection reason), and the permission when it is one. */
function pushRefused(branch, error) {
    const remote = error.stderr.split('\n').filter((line) => /^remote: ./.test(line));
    const rejections = error.stdout.split('\n').flatMap((line) => (line.startsWith('!\t') ? [line.split('\t')[2]] : []));
    const words = [...remote, ...rejections].map((line) => line.trim().replace(/\.$/, ''));
    const reason = words.length > 0 ? words.join('; ') : error.stderr.trim();
    const permission = isPermissionDenied(`${error.stdout}\n${error.stderr}`)
        ? ' The token the checkout pushes with needs `contents: write` (permissions: contents: write).'
        : '';
    return new errors/* SystemdUnitsError */.dp(`git push to ${branch} was refused: ${reason}.${permission}`, {
        kind: 'input',
        name: 'commit',
    });
}
function fetchRefused(branch, error) {
    if (!(error instanceof GitError))
        return error;
    const permission = isPermissionDenied(error.stderr)
        ? ' The checkout needs read access (permissions: contents: read).'
        : '';
    return new errors/* SystemdUnitsError */.dp(`git fetch of ${branch} from origin failed: ${error.stderr.trim()}.${permission}`, {
        kind: 'input',
        name: 'commit',
    });
}
/** How GitHub and git say a push or fetch was not allowed. */
function isPermissionDenied(output) {
    return /\b403\b|permission to .* denied|write access to repository not granted|authentication failed/i.test(output);
}

;// CONCATENATED MODULE: ./src/publish/pull-request.ts


/** GitHub refuses a body over 65536 characters; a diff that long is cut, the commit has it all. */
const MAX_DIFF_IN_BODY = 60_000;
/** Open the pull request from `head` into `base`, or update the one already open; its URL. */
async function openOrUpdatePullRequest(github, repository, request) {
    const [title] = request.message.split('\n');
    const body = pullRequestBody(request);
    const existing = await findOpen(github, repository, request);
    if (existing) {
        await (0,permissions/* needing */.hB)('pull-requests: write', `updating pull request #${existing.number}`, () => github.rest.pulls.update({ ...repository, pull_number: existing.number, title, body }));
        return existing.html_url;
    }
    try {
        const { data } = await github.rest.pulls.create({
            ...repository,
            head: request.head,
            base: request.base,
            title: title,
            body,
        });
        return data.html_url;
    }
    catch (error) {
        // 422 when one appeared meanwhile (or an earlier try created it before its answer was lost).
        const appeared = (0,permissions/* statusOf */.c2)(error) === 422 ? await findOpen(github, repository, request) : undefined;
        if (appeared)
            return appeared.html_url;
        throw (0,permissions/* explainRefusal */.GC)(error, `opening a pull request from ${request.head} into ${request.base}`, 'pull-requests: write');
    }
}
async function findOpen(github, repository, request) {
    const { data } = await (0,permissions/* needing */.hB)('pull-requests: write', `listing pull requests from ${request.head}`, () => github.rest.pulls.list({
        ...repository,
        state: 'open',
        head: `${repository.owner}:${request.head}`,
        base: request.base,
    }));
    return data[0];
}
function pullRequestBody(request) {
    const diff = request.diff.length > MAX_DIFF_IN_BODY
        ? `${request.diff.slice(0, MAX_DIFF_IN_BODY)}\n… (cut; the commit has the whole change)\n`
        : request.diff;
    return [
        `The systemd units generated from this repository's configuration differ from those on \`${request.base}\`.`,
        'This branch is updated by the systemd-units action; merge it to bring the committed units up to date.',
        '',
        ...(0,markdown/* codeBlock */.D)(diff, 'diff'),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/publish/commit-units.ts




/**
 * The `commit` and `pull-request` inputs: commit the units by the chosen method, then open or
 * update the pull request. A pull request branch this run created is deleted again if the pull
 * request cannot be opened, so a failure leaves no stray branch.
 */
async function commitUnits(request, generated, inputs, env, policy) {
    const target = await commitTarget(request.workingDirectory, generated, inputs, env);
    const needsApi = inputs.commitMethod === 'api' || target.pullRequestBranch !== undefined;
    // Only these paths load the GitHub client (and undici with it).
    const client = needsApi ? await Promise.all(/* import() */[__webpack_require__.e(11), __webpack_require__.e(193), __webpack_require__.e(97)]).then(__webpack_require__.bind(__webpack_require__, 53097)) : undefined;
    const api = client && { github: client.githubClient(inputs.token, env, policy), repository: client.repositoryOf(env) };
    const outcome = api && inputs.commitMethod === 'api'
        ? await apiCommit(api, target, generated.units, policy)
        : await gitCommit(target, request, policy);
    const pullRequestBranch = target.pullRequestBranch;
    if (!api || pullRequestBranch === undefined || !outcome.changed)
        return { target, outcome, pullRequestUrl: undefined };
    try {
        const url = await openOrUpdatePullRequest(api.github, api.repository, {
            head: pullRequestBranch,
            base: target.branch,
            message: target.message,
            diff: outcome.diff,
        });
        return { target, outcome, pullRequestUrl: url };
    }
    catch (error) {
        if (outcome.createdBranch) {
            const remove = inputs.commitMethod === 'api'
                ? deleteBranch(api, pullRequestBranch)
                : deleteCreatedBranch(target.checkout, pullRequestBranch, outcome.sha);
            await remove.catch(() => undefined);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/publish/publish.ts






/**
 * Take the generated units where the inputs ask: archives, then the workflow artifact (which
 * carries the archive), then the commit or pull request. Each step sets its outputs and adds a
 * line to the job summary. The artifact and GitHub clients load only when their step runs.
 */
async function publish({ request, generated, inputs, force, env, reporter, }) {
    const policy = (0,retry/* retryPolicy */.Jb)(env, (message) => reporter.info(message));
    const outcome = {};
    const summary = [];
    let archive;
    if (inputs.archive || inputs.appendTo) {
        const result = await archiveUnits(request.workingDirectory, generated, { archive: inputs.archive, appendTo: inputs.appendTo, prefix: inputs.archivePrefix, force }, env);
        outcome.archive = result;
        archive = result.archive;
        if (result.archive)
            summary.push(`- Archive: \`${(0,markdown/* escapeHtml */.Z)(result.archive)}\``);
        if (result.appended) {
            const { tarball, added, replaced } = result.appended;
            summary.push(`- Added to \`${(0,markdown/* escapeHtml */.Z)(tarball)}\`: ${added.map((path) => `\`${(0,markdown/* escapeHtml */.Z)(path)}\``).join(', ')}`);
            if (replaced.length > 0)
                summary.push(`- Replaced in \`${(0,markdown/* escapeHtml */.Z)(tarball)}\` (force): ${replaced.map((path) => `\`${(0,markdown/* escapeHtml */.Z)(path)}\``).join(', ')}`);
        }
        reporter.output('archive', result.archive ?? result.appended?.tarball ?? '');
    }
    if (inputs.uploadArtifact) {
        const { uploadUnitsArtifact } = await Promise.all(/* import() */[__webpack_require__.e(11), __webpack_require__.e(193), __webpack_require__.e(77), __webpack_require__.e(86), __webpack_require__.e(230)]).then(__webpack_require__.bind(__webpack_require__, 94230));
        const name = inputs.artifactName || `${generated.settings.string('service_name')}-systemd-units`;
        const extraFiles = archive ? [(0,external_node_path_.resolve)(request.workingDirectory, archive)] : [];
        const artifact = await uploadUnitsArtifact({ name, units: generated.units, extraFiles, retentionDays: inputs.retentionDays }, env, policy);
        reporter.info(`uploaded artifact ${name} (id ${artifact.id})`);
        reporter.output('artifact-id', String(artifact.id));
        reporter.output('artifact-url', artifact.url);
        summary.push(`- Artifact: [${(0,markdown/* escapeHtml */.Z)(name)}](${artifact.url})`);
    }
    if (inputs.commit || inputs.pullRequest) {
        const { target, outcome: committed, pullRequestUrl } = await commitUnits(request, generated, inputs, env, policy);
        reporter.output('changed', String(committed.changed));
        reporter.output('diff', committed.diff);
        reporter.output('commit-sha', committed.sha);
        reporter.output('pull-request-url', pullRequestUrl ?? '');
        const branch = target.pullRequestBranch ?? target.branch;
        if (!committed.changed)
            summary.push(`- Nothing to commit: the units on \`${(0,markdown/* escapeHtml */.Z)(target.branch)}\` are up to date.`);
        else
            summary.push(`- Commit: \`${committed.sha}\` on \`${(0,markdown/* escapeHtml */.Z)(branch)}\``);
        if (pullRequestUrl)
            summary.push(`- Pull request: ${pullRequestUrl}`);
        reporter.info(committed.changed
            ? `committed ${committed.sha} to ${branch}`
            : `nothing to commit: the units on ${target.branch} are up to date`);
        if (pullRequestUrl)
            reporter.info(`pull request: ${pullRequestUrl}`);
    }
    reporter.summary(['#### Published', '', ...summary, ''].join('\n') + '\n');
    return outcome;
}
/**
 * Mask the token in the log when a step will use it; the action calls this before it prints
 * anything. An empty token is an error here, before any work is done.
 */
async function maskToken(inputs) {
    if (!inputs.pullRequest && !(inputs.commit && inputs.commitMethod === 'api'))
        return;
    if (!inputs.token)
        throw new errors/* SystemdUnitsError */.dp('is empty: commit-method api and pull requests call the GitHub API with it (default: github.token)', { kind: 'input', name: 'token' });
    const core = await Promise.all(/* import() */[__webpack_require__.e(11), __webpack_require__.e(77)]).then(__webpack_require__.bind(__webpack_require__, 42077));
    core.setSecret(inputs.token);
}


/***/ }),

/***/ 30730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ positiveInteger),
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   w1: () => (/* binding */ RetriesExhausted)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26289);

/** Waits of 1, 2 and 4 s ride out a service's brief outage without holding a job for minutes. */
const DEFAULT_POLICY = { attempts: 4, firstDelayMs: 1000 };
/** The policy, with SYSTEMD_UNITS_RETRY_DELAY_MS to shorten or lengthen the waits (slow GHES, fast tests). */
function retryPolicy(env = process.env, log) {
    return {
        ...DEFAULT_POLICY,
        ...(log && { log }),
        firstDelayMs: positiveInteger(env, 'SYSTEMD_UNITS_RETRY_DELAY_MS') ?? DEFAULT_POLICY.firstDelayMs,
    };
}
/** A number of milliseconds from the environment, or undefined when unset; anything else is an error. */
function positiveInteger(env, name) {
    const value = env[name];
    if (value === undefined || value === '')
        return undefined;
    if (!/^\d+$/.test(value))
        throw new Error(`${name} must be a whole number of milliseconds, got ${JSON.stringify(value)}`);
    return Number(value);
}
/** The error of the last try when every try failed; `cause` is that try's error. */
class RetriesExhausted extends Error {
    constructor(what, attempts, cause) {
        super(`${what} failed ${attempts} times; the last error: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(cause)}`, { cause });
        this.name = 'RetriesExhausted';
    }
}
/**
 * Run `operation` until it succeeds, `retryable` says an error is final, or the policy's tries are
 * used up; each retry is logged with the error that caused it.
 */
async function withRetry(what, operation, retryable, policy) {
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!retryable(error))
                throw error;
            if (attempt >= policy.attempts)
                throw new RetriesExhausted(what, attempt, error);
            const delay = policy.firstDelayMs * 2 ** (attempt - 1);
            policy.log?.(`${what} failed (${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}); try ${attempt + 1} of ${policy.attempts} in ${delay} ms`);
            await new Promise((resolve) => setTimeout(resolve, delay));
        }
    }
}


/***/ })

};
