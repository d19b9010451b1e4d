export const id = 124;
export const ids = [124,613];
export const modules = {

/***/ 38613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkUnits: () => (/* binding */ checkUnits),
  compareUnits: () => (/* binding */ compareUnits),
  readUnitFiles: () => (/* binding */ readUnitFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/jobs/units.ts + 5 modules
var units = __webpack_require__(76754);
// EXTERNAL MODULE: ./src/config/load.ts + 16 modules
var load = __webpack_require__(51007);
// EXTERNAL MODULE: ./src/shared/boundary.ts
var shared_boundary = __webpack_require__(85463);
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

// EXTERNAL MODULE: ./src/systemd/unit-names.ts
var unit_names = __webpack_require__(58940);
;// CONCATENATED MODULE: ./src/jobs/check.ts







/**
 * Unit files in `directory` by name, as committed; an absent directory holds none. Only regular
 * files count (a symlink or FIFO named like a unit is not one), each read inside the boundary.
 */
async function readUnitFiles(directory, boundary = (0,shared_boundary/* makeBoundary */.nj)(directory), shownAs = directory) {
    const entries = await (0,promises_.readdir)(directory, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    });
    const names = entries.filter((entry) => entry.isFile() && (0,unit_names/* isUnitFileName */.o8)(entry.name)).map((entry) => entry.name);
    const read = (name) => {
        const file = (0,external_node_path_.join)(shownAs, name);
        const where = { path: name, base: directory, file, origin: 'content', optional: false };
        return (0,shared_boundary/* readTextFile */.Gu)(boundary, { ...where, location: { kind: 'file', file }, what: 'unit file' });
    };
    return new Map(names.map((name) => [name, read(name)]));
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
    const directory = (0,external_node_path_.resolve)(request.workingDirectory, generated.outputDir);
    const committed = await readUnitFiles(directory, (0,load/* boundaryOf */.i)(request), generated.outputDir);
    return { generated, comparison: compareUnits(generated.units, committed, (0,external_node_path_.join)(diffRoot, generated.outputDir)) };
}


/***/ }),

/***/ 37179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ explainRefusal),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   hB: () => (/* binding */ needing)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24646);


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
    const answer = status ? `HTTP ${status}: ${(0,_shared_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error))}` : (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error));
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

/***/ 88124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planPublishing: () => (/* binding */ planPublishing),
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(24646);
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
            throw new errors/* SystemdUnitsError */.dp(`${source} decompresses to more than ${(0,shared_text/* formatBytes */.z3)(limit)}, the limit for a tarball to append to; is it really a release tarball?`);
        throw new errors/* SystemdUnitsError */.dp(`${source} is not a gzip file: ${error.message}`);
    }
}

// EXTERNAL MODULE: ./src/shared/boundary.ts
var shared_boundary = __webpack_require__(85463);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/output/signal-guard.ts
var signal_guard = __webpack_require__(19061);
// EXTERNAL MODULE: ./src/output/write-errors.ts
var write_errors = __webpack_require__(37412);
;// CONCATENATED MODULE: ./src/publish/archive/replace-file.ts





/**
 * Replace `path` with `bytes` as one step: write a temporary file beside it, then rename it
 * over the target, so a reader never sees half a file and a failure leaves the old one. The
 * temporary file is removed on failure and on SIGTERM or SIGINT; errors say what to do.
 */
async function replaceFile(path, bytes, mode, location) {
    const temporary = `${path}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const guard = new signal_guard/* SignalGuard */.Y();
    try {
        await (0,promises_.writeFile)(temporary, bytes, { flag: 'wx', mode });
        await (0,promises_.chmod)(temporary, mode);
        await guard.checkpoint();
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        guard.release();
        throw error instanceof signal_guard/* Interrupted */.j
            ? new errors/* SystemdUnitsError */.dp(`stopped by ${error.signal} while writing ${path}; it was left as it was`, location)
            : (0,write_errors/* writeFailure */.E)(error, path, 'write', location);
    }
    guard.release();
}

// EXTERNAL MODULE: ./src/publish/archive/tar.ts
var tar = __webpack_require__(40157);
;// CONCATENATED MODULE: ./src/publish/archive/unit-entries.ts
/** Modes of what we put in an archive: readable unit files, traversable directories. */
const FILE_MODE = 0o644;
const DIRECTORY_MODE = 0o755;
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
    const entries = (0,tar/* readEntries */.$2)(gunzip(bytes, tarball, MAX_DECOMPRESSED_BYTES), tarball);
    const present = new Set(entries.flatMap((entry) => (entry.path === undefined ? [] : [entry.path])));
    const unitPaths = new Set(request.units.map((unit) => prefix + unit.name));
    const clashes = [...unitPaths].filter((path) => present.has(path)).sort();
    if (clashes.length > 0 && !force) {
        throw new errors/* SystemdUnitsError */.dp(`${tarball} already holds ${clashes.join(', ')}; set force: true to replace ${clashes.length === 1 ? 'it' : 'them'}`, { kind: 'input', name: 'append-to' });
    }
    const kept = entries.filter((entry) => entry.path === undefined || !unitPaths.has(entry.path));
    const added = unitEntries(request.units, prefix, request.mtime, present);
    const body = Buffer.concat([...kept.map((entry) => entry.bytes), ...added.map(tar/* encodeEntry */.vv)]);
    await replaceFile(tarball, gzipReproducibly(Buffer.concat([body, (0,tar/* endOfArchive */.PG)(body.length)])), mode, {
        kind: 'input',
        name: 'append-to',
    });
    return { added: added.map((entry) => entry.path), replaced: clashes };
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
        const kind = (0,shared_boundary/* notRegular */.oQ)(stats);
        // A symlink is refused rather than followed: append-to replaces the file it names.
        const hint = stats.isSymbolicLink() ? ' (name the tarball itself: append-to replaces the file it names)' : '';
        if (kind !== undefined)
            throw fail(`is ${kind}${hint}, not a .tar.gz file`);
        if (size > MAX_TARBALL_BYTES)
            throw fail(`is larger than ${(0,shared_text/* formatBytes */.z3)(MAX_TARBALL_BYTES)}, the limit for append-to`);
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

;// CONCATENATED MODULE: ./src/publish/archive/write-archive.ts





function archiveName(serviceName, version) {
    return version ? `${serviceName}-systemd-${version}.tar.gz` : `${serviceName}-systemd.tar.gz`;
}
/** The archive's bytes: same units, prefix and time give the same bytes. */
function buildArchive(archive) {
    const entries = Buffer.concat(unitEntries(archive.units, archive.prefix, archive.mtime).map(tar/* encodeEntry */.vv));
    return gzipReproducibly(Buffer.concat([entries, (0,tar/* endOfArchive */.PG)(entries.length)]));
}
/** Write the archive into `directory`; returns its path. */
async function writeArchive(directory, archive) {
    const path = (0,external_node_path_.join)(directory, archive.name);
    await replaceFile(path, buildArchive(archive), 0o644, { kind: 'input', name: 'archive' });
    return path;
}

;// CONCATENATED MODULE: ./src/publish/archive/archive-units.ts



/** The `archive` and `append-to` steps: both reproducible, both from the units in memory. */
async function archiveUnits(workingDirectory, generated, request) {
    const { prefix, mtime } = request;
    const { units } = generated;
    const result = {};
    if (request.archive !== undefined) {
        const name = request.archive;
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
var markdown = __webpack_require__(11680);
// EXTERNAL MODULE: ./src/jobs/check.ts + 1 modules
var check = __webpack_require__(38613);
// EXTERNAL MODULE: ./src/systemd/unit-names.ts
var unit_names = __webpack_require__(58940);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/publish/git.ts


/** A git command that exited non-zero, with what it printed. */
class GitError extends Error {
    args;
    code;
    stdout;
    stderr;
    constructor(args, code, stdout, stderr) {
        super(`git ${args[0]} failed: ${(0,shared_text/* excerpt */.Kb)(stderr.trim() || stdout.trim() || `exit code ${code}`)}`);
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

// EXTERNAL MODULE: ./src/publish/publish-checks.ts
var publish_checks = __webpack_require__(99132);
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
    (0,publish_checks/* checkBranchName */.I$)(branch, 'commit-branch');
    const service = generated.settings.string('service_name');
    const version = generated.settings.optional('version');
    const pullRequestBranch = publish.pullRequest ? `systemd-units/${service}/${branch}` : undefined;
    const problem = pullRequestBranch === undefined ? undefined : (0,publish_checks/* branchNameProblem */.hq)(pullRequestBranch);
    if (problem !== undefined)
        throw new errors/* SystemdUnitsError */.dp(`the pull request's branch ${JSON.stringify(pullRequestBranch)} is not a branch name git accepts: ${problem}; set service_name or commit-branch so it is`, { kind: 'input', name: 'pull-request' });
    return {
        checkout,
        unitsDir,
        branch,
        pullRequestBranch,
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
var permissions = __webpack_require__(37179);
// EXTERNAL MODULE: ./src/publish/retry.ts
var retry = __webpack_require__(30833);
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
        .filter((entry) => entry.type === 'blob' && (0,unit_names/* isUnitFileName */.o8)(entry.name))
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
// EXTERNAL MODULE: ./src/jobs/units.ts + 5 modules
var units = __webpack_require__(76754);
// EXTERNAL MODULE: ./src/output/write-files.ts
var write_files = __webpack_require__(36260);
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
        // The worktree stands in for the workspace: what its files name must stay inside it.
        const boundary = (0,shared_boundary/* makeBoundary */.nj)(worktree, request.boundary?.inputs ?? []);
        const generated = await (0,units/* generateUnits */.n)({ ...request, workingDirectory, boundary });
        const outputDir = (0,external_node_path_.resolve)(workingDirectory, generated.outputDir);
        const unitsDir = (0,external_node_path_.relative)(worktree, outputDir).split(external_node_path_.sep).join('/');
        const committed = await (0,check.readUnitFiles)(outputDir);
        const { differences, diff } = (0,check.compareUnits)(generated.units, committed, unitsDir);
        if (differences.length === 0)
            return undefined;
        await refuseIgnored(worktree, unitsDir, differences.filter((d) => d.drift === 'missing').map((d) => d.name));
        await (0,write_files/* writeFilesAtomically */.i)(outputDir, generated.units);
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
    const reason = (0,shared_text/* excerpt */.Kb)(words.length > 0 ? words.join('; ') : error.stderr.trim());
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
    return new errors/* SystemdUnitsError */.dp(`git fetch of ${branch} from origin failed: ${(0,shared_text/* excerpt */.Kb)(error.stderr.trim())}.${permission}`, {
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
async function commitUnits(request, generated, inputs, env, policy, 
/** Where to commit, when planPublishing worked it out already. */
planned) {
    const target = planned ?? (await commitTarget(request.workingDirectory, generated, inputs, env));
    const needsApi = inputs.commitMethod === 'api' || target.pullRequestBranch !== undefined;
    // Only these paths load the GitHub client (and undici with it).
    const client = needsApi ? await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 67426)) : undefined;
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
    const epoch = (0,publish_checks/* sourceDateEpoch */.pA)(env);
    if (epoch !== undefined)
        return epoch;
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

;// CONCATENATED MODULE: ./src/publish/publish.ts










/**
 * Check what publishing needs from the generated units and the environment, and plan it; the
 * generate pipeline calls this before it writes a byte (the inputs themselves were checked by
 * checkPublishInputs before generating).
 */
async function planPublishing({ request, generated, inputs, env, }) {
    const plan = {};
    const { settings, units } = generated;
    const service = settings.string('service_name');
    const archive = inputs.archive ? archiveName(service, settings.optional('version')) : undefined;
    if (archive !== undefined && (archive.includes('/') || archive.startsWith('.')))
        throw new errors/* SystemdUnitsError */.dp(`the archive's name ${JSON.stringify(archive)} is not a plain file name: set a version without "/" (version input or setting)`, { kind: 'input', name: 'archive' });
    if (inputs.archive || inputs.appendTo)
        plan.archive = {
            name: archive,
            prefix: (0,publish_checks/* archivePrefix */.pY)(inputs.archivePrefix),
            mtime: await archiveTime(request.workingDirectory, env),
        };
    if (inputs.uploadArtifact) {
        plan.artifactName = inputs.artifactName || `${service}-systemd-units`;
        (0,publish_checks/* checkArtifactName */.CN)(plan.artifactName, inputs.artifactName ? 'artifact-name' : 'upload-artifact');
        for (const name of [...units.map((unit) => unit.name), ...(archive === undefined ? [] : [archive])]) {
            const problem = (0,publish_checks/* artifactNameProblem */.NH)(name, true);
            if (problem !== undefined)
                throw new errors/* SystemdUnitsError */.dp(`cannot upload ${JSON.stringify(name)}: ${problem}`, {
                    kind: 'input',
                    name: 'upload-artifact',
                });
        }
    }
    if (inputs.commit || inputs.pullRequest)
        plan.commit = await commitTarget(request.workingDirectory, generated, inputs, env);
    return plan;
}
/**
 * Take the generated units where the inputs ask: archives, then the workflow artifact (which
 * carries the archive), then the commit or pull request. Each step sets its outputs and adds a
 * line to the job summary. The artifact and GitHub clients load only when their step runs.
 */
async function publish({ request, generated, inputs, force, env, reporter }, plan) {
    const policy = (0,retry/* retryPolicy */.Jb)(env, (message) => reporter.info(message));
    const outcome = {};
    const summary = [];
    let archive;
    if (plan.archive) {
        const result = await archiveUnits(request.workingDirectory, generated, {
            archive: plan.archive.name,
            appendTo: inputs.appendTo,
            prefix: plan.archive.prefix,
            mtime: plan.archive.mtime,
            force,
        });
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
    if (plan.artifactName !== undefined) {
        const { uploadUnitsArtifact } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(712), __webpack_require__.e(157)]).then(__webpack_require__.bind(__webpack_require__, 16157));
        const name = plan.artifactName;
        const extraFiles = archive ? [(0,external_node_path_.resolve)(request.workingDirectory, archive)] : [];
        const artifact = await uploadUnitsArtifact({ name, units: generated.units, extraFiles, retentionDays: inputs.retentionDays }, env, policy);
        reporter.info(`uploaded artifact ${name} (id ${artifact.id})`);
        reporter.output('artifact-id', String(artifact.id));
        reporter.output('artifact-url', artifact.url);
        summary.push(`- Artifact: [${(0,markdown/* escapeHtml */.Z)(name)}](${artifact.url})`);
    }
    if (plan.commit) {
        const { target, outcome: committed, pullRequestUrl, } = await commitUnits(request, generated, inputs, env, policy, plan.commit);
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


/***/ }),

/***/ 30833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   w1: () => (/* binding */ RetriesExhausted)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24646);
/* harmony import */ var _publish_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99132);



/** Waits of 1, 2 and 4 s ride out a service's brief outage without holding a job for minutes. */
const DEFAULT_POLICY = { attempts: 4, firstDelayMs: 1000 };
/** The policy, with SYSTEMD_UNITS_RETRY_DELAY_MS to shorten or lengthen the waits (slow GHES, fast tests). */
function retryPolicy(env = process.env, log) {
    return {
        ...DEFAULT_POLICY,
        ...(log && { log }),
        firstDelayMs: (0,_publish_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveInteger */ .Cq)(env, 'SYSTEMD_UNITS_RETRY_DELAY_MS') ?? DEFAULT_POLICY.firstDelayMs,
    };
}
/** The error of the last try when every try failed; `cause` is that try's error. */
class RetriesExhausted extends Error {
    constructor(what, attempts, cause) {
        super(`${what} failed ${attempts} times; the last error: ${(0,_shared_text_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(cause))}`, { cause });
        this.name = 'RetriesExhausted';
    }
}
/**
 * Run `operation` until it succeeds, `retryable` says an error is final, or the policy's tries are
 * used up; each retry is logged with (an excerpt of) the error that caused it.
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
            policy.log?.(`${what} failed (${(0,_shared_text_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error))}); try ${attempt + 1} of ${policy.attempts} in ${delay} ms`);
            await new Promise((resolve) => setTimeout(resolve, delay));
        }
    }
}


/***/ })

};
