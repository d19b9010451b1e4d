export const id = 396;
export const ids = [396];
export const modules = {

/***/ 31716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ runSystemdAnalyze)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);


/** Runs systemd-analyze without a shell; rejects only when it could not run or did not exit normally. */
function runSystemdAnalyze(binary, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(binary, args, { env: analyzeEnvironment() }, (error, stdout, stderr) => {
            if (error && typeof error.code !== 'number') {
                reject(new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SystemdUnitsError */ .dp(`could not run ${binary}: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`));
            }
            else {
                resolve({ exitCode: error ? Number(error.code) : 0, output: stderr + stdout });
            }
        });
    });
}
/**
 * The caller's environment without its SYSTEMD_* settings: an inherited
 * SYSTEMD_UNIT_PATH would change which units load, SYSTEMD_LOG_LEVEL=debug
 * would add dumps. Then plain console lines, the shapes parse-output reads.
 */
function analyzeEnvironment() {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SYSTEMD_')));
    return { ...env, SYSTEMD_LOG_COLOR: '0', SYSTEMD_LOG_LOCATION: '0', SYSTEMD_LOG_TARGET: 'console' };
}


/***/ }),

/***/ 83423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wi: () => (/* binding */ HOST_UNIT_DIR),
  ot: () => (/* binding */ OUR_UNIT_DIR),
  T3: () => (/* binding */ stageRoot)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/systemd/command-line.ts
var command_line = __webpack_require__(68197);
;// CONCATENATED MODULE: ./src/validate/verify/exec-paths.ts
/**
 * Finds the executables a unit's Exec*= lines would run, so the verify root can
 * hold a stub at each one: systemd-analyze verify fails on a missing executable,
 * and the build machine does not have the target's binaries.
 */

/** Every key whose commands systemd-analyze checks for an executable (services and sockets). */
const EXEC_KEYS = new Set([
    'ExecCondition',
    'ExecStartPre',
    'ExecStart',
    'ExecStartPost',
    'ExecReload',
    'ExecStopPre', // sockets only; verify checks socket commands too
    'ExecStop',
    'ExecStopPost',
]);
/**
 * systemd looks a bare command name up on its fixed search path, /usr/bin included.
 * As with absolute paths, whether it exists on the target is not checked here.
 */
const BARE_NAME_DIR = '/usr/bin';
/**
 * Absolute paths of the executables named in `content`'s Exec*= lines.
 * Leaves out words systemd would have to resolve itself (specifiers such as
 * `%h`, relative paths), so it reports them as it sees them.
 */
function executablePaths(content) {
    const paths = new Set();
    for (const line of logicalLines(content)) {
        const match = /^([A-Za-z]+)\s*=\s*(.*)$/.exec(line);
        if (!match || !EXEC_KEYS.has(match[1]))
            continue;
        // The lenient mode of the one command-line parser: the unit is read as systemd reads it.
        for (const [firstWord = ''] of (0,command_line/* readCommandLines */.FA)(match[2])) {
            const path = executablePath(firstWord);
            if (path)
                paths.add(path);
        }
    }
    return [...paths];
}
/** The unit's lines with `\`-continuations joined, as systemd reads them. */
function logicalLines(content) {
    const lines = [];
    let pending;
    for (const physical of content.split(/\r?\n/)) {
        const line = physical.trim();
        // systemd drops comment lines that sit inside a continued line.
        if (pending !== undefined && /^[#;]/.test(line))
            continue;
        const joined = pending === undefined ? line : pending + line;
        if (joined.endsWith('\\')) {
            pending = `${joined.slice(0, -1)} `;
            continue;
        }
        lines.push(joined);
        pending = undefined;
    }
    if (pending !== undefined)
        lines.push(pending);
    return lines;
}
function executablePath(firstWord) {
    // `@`, `-`, `:`, `+`, `!`, `!!` in any mix only change how systemd runs the command.
    const path = withoutSpecifierEscapes(firstWord.replace(command_line/* EXEC_PREFIXES */.bB, ''));
    if (!path)
        return undefined;
    if (path.startsWith('/'))
        return path;
    return path.includes('/') ? undefined : `${BARE_NAME_DIR}/${path}`;
}
/** `%%` becomes `%`; any other specifier leaves the word to systemd (undefined). */
function withoutSpecifierEscapes(word) {
    if (word.replaceAll('%%', '').includes('%'))
        return undefined;
    return word.replaceAll('%%', '%');
}

;// CONCATENATED MODULE: ./src/validate/verify/stage-root.ts
/**
 * Builds the --root tree systemd-analyze verify loads from: the host's units
 * (so sysinit.target and friends exist), our units, and a stub at every
 * executable our units run (so it checks the unit, not the build machine).
 */




/** Our units go where an admin's would: it wins over a host unit of the same name. */
const OUR_UNIT_DIR = '/etc/systemd/system';
/** systemd 252 finds the host units here under --root; a `/lib` copy is not needed (measured). */
const HOST_UNIT_DIR = '/usr/lib/systemd/system';
const STUB = '#!/bin/sh\nexit 0\n';
/** Fills the empty directory `root`; returns the absolute paths of our staged unit files, and the stand-ins staged. */
async function stageRoot(root, units, systemUnitDir, { standIns = false } = {}) {
    assertPlainDistinctNames(units);
    await linkTree(systemUnitDir, (0,external_node_path_.join)(root, HOST_UNIT_DIR));
    const stoodIn = standIns ? await writeStandIns(root, units) : [];
    const unitDir = (0,external_node_path_.join)(root, OUR_UNIT_DIR);
    await (0,promises_.mkdir)(unitDir, { recursive: true });
    const unitPaths = await Promise.all(units.map(async ({ name, content }) => {
        const path = (0,external_node_path_.join)(unitDir, name);
        await (0,promises_.writeFile)(path, content);
        return path;
    }));
    const executables = new Set(units.flatMap(({ content }) => executablePaths(content)));
    await Promise.all([...executables].map((path) => writeStub(root, path)));
    return { unitPaths, standIns: stoodIn };
}
/** systemd.unit(5): the [Unit] settings that name other units a start pulls in or orders against. */
const DEPENDENCY = /^(?:Wants|Requires|Requisite|BindsTo|PartOf|Upholds|After|Before|OnFailure|OnSuccess)=(.*)$/;
/**
 * The units ours depend on that neither we nor this machine provide (the database a service
 * requires is on the servers, not on the CI runner): each gets a stand-in that does nothing, so
 * verify checks our units instead of failing on what the build machine lacks.
 */
async function writeStandIns(root, units) {
    const ours = new Set(units.map(({ name }) => name));
    const named = new Set(units.flatMap(({ content }) => content.split('\n').flatMap((line) => DEPENDENCY.exec(line)?.[1]?.split(/\s+/).filter(Boolean) ?? [])));
    const missing = [];
    for (const name of named) {
        // Only plain unit names: anything else is for verify to report, and must not become a path.
        if (ours.has(name) || !/^[A-Za-z0-9:_.@\\-]+\.(service|socket|target|mount|path|timer|slice)$/.test(name))
            continue;
        const path = (0,external_node_path_.join)(root, HOST_UNIT_DIR, name);
        if (await exists(path))
            continue;
        const service = name.endsWith('.service')
            ? '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/true\n'
            : '';
        await (0,promises_.writeFile)(path, `[Unit]\nDescription=stand-in for ${name}, which this machine lacks\n${service}`, {
            flag: 'wx',
        });
        missing.push(name);
    }
    return missing;
}
async function exists(path) {
    return (0,promises_.lstat)(path).then(() => true, () => false);
}
/** A name with a slash would write outside the unit directory; a repeated one would silently replace a unit. */
function assertPlainDistinctNames(units) {
    const seen = new Set();
    for (const { name } of units) {
        if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
            throw new errors/* SystemdUnitsError */.dp(`cannot verify a unit file named ${JSON.stringify(name)}: not a plain file name`);
        }
        if (seen.has(name))
            throw new errors/* SystemdUnitsError */.dp(`cannot verify unit file ${name}: it is listed twice`);
        seen.add(name);
    }
}
/**
 * Mirrors `from` into `to` with hard links, about 4x faster than copying
 * (measured, ~13 ms vs ~50 ms for Debian 12's 265 entries). Linking is refused
 * across filesystems and, with protected_hardlinks, for files the user does not
 * own (a CI runner's), so each file falls back to a copy. Symlinks stay as
 * written: unit aliases are relative links that must resolve inside the root.
 * Nothing writes through these paths afterwards (see writeStub), so the host's
 * files are never changed through a link.
 */
async function linkTree(from, to) {
    await (0,promises_.mkdir)(to, { recursive: true });
    const entries = await (0,promises_.readdir)(from, { withFileTypes: true });
    await Promise.all(entries.map(async (entry) => {
        const source = (0,external_node_path_.join)(from, entry.name);
        const target = (0,external_node_path_.join)(to, entry.name);
        if (entry.isDirectory())
            return linkTree(source, target);
        if (entry.isSymbolicLink())
            return (0,promises_.symlink)(await (0,promises_.readlink)(source), target);
        return (0,promises_.link)(source, target).catch(() => (0,promises_.copyFile)(source, target));
    }));
}
async function writeStub(root, executable) {
    // Resolving against / keeps `..` from climbing out of the root, as systemd does under --root.
    const path = external_node_path_.posix.resolve('/', executable);
    // The unit directories hold our units and links to the host's files: no program lives there.
    if ([HOST_UNIT_DIR, OUR_UNIT_DIR].some((dir) => path === dir || path.startsWith(`${dir}/`)))
        return;
    const target = (0,external_node_path_.join)(root, path);
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        // `wx` never writes through an existing file or link.
        await (0,promises_.writeFile)(target, STUB, { mode: 0o755, flag: 'wx' });
    }
    catch (error) {
        // Another executable path already made this a file or a directory; systemd reports what it finds there.
        const code = error.code;
        if (code !== 'EEXIST' && code !== 'ENOTDIR')
            throw error;
    }
}


/***/ }),

/***/ 47396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  systemdAnalyzeAvailable: () => (/* binding */ systemdAnalyzeAvailable),
  verifyUnits: () => (/* binding */ verifyUnits)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/output/write-errors.ts
var write_errors = __webpack_require__(37412);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/validate/verify/stage-root.ts + 1 modules
var stage_root = __webpack_require__(83423);
// EXTERNAL MODULE: ./src/systemd/unit-names.ts
var unit_names = __webpack_require__(58940);
;// CONCATENATED MODULE: ./src/validate/verify/parse-output.ts
/**
 * Turns systemd-analyze verify's output into messages about our units.
 *
 * Shapes systemd 252 prints (no colour, no source location):
 *   1. `<root>/etc/systemd/system/a.service:7: Unknown key 'Bogus' in section [Service], ignoring.`
 *      a warning while parsing one of our units;
 *   2. `<root>/usr/lib/systemd/system/b.service:2: …` (or under `<root>/lib/…`)
 *      a warning while parsing a host unit that one of ours pulled in;
 *   3. `a.service: Command /x is not executable: No such file or directory`,
 *      `a.service: Failed to create a.service/start: Unit nope.service not found.`
 *      a message scoped to one unit; a template is checked as an instance
 *      (`w@.service` as `w@i.service`);
 *   4. anything else, e.g. `Failed to prepare filename …: Invalid argument`,
 *      `Unit a.path has a bad unit file setting.`
 *
 * Ignored, and nothing else: shape 2, and shape 3 when the unit is neither ours
 * nor an instance of one of our templates. Both are about host units we did not
 * write and cannot fix; the host's own units need not be clean. Every other line
 * is kept, shape 4 with unit '', because we cannot tell it is harmless.
 */



/** Where systemd-analyze may report host units from: the copy we staged, or its split-/usr twin. */
const HOST_UNIT_DIRS = [stage_root/* HOST_UNIT_DIR */.wi, '/lib/systemd/system'];
const FILE_LINE = /^(\/.*?):(\d+): (.*)$/;
function parseVerifyOutput(output, root, ourUnits) {
    const messages = new Map();
    for (const line of output.split('\n')) {
        if (line.trim() === '')
            continue;
        const message = toMessage(line, root, ourUnits);
        // A template pulled in by name and by instance is parsed, and reported, twice.
        if (message)
            messages.set(JSON.stringify(message), message);
    }
    return [...messages.values()];
}
/** The message `line` carries about our units, or undefined when it is about a host unit. */
function toMessage(line, root, ourUnits) {
    const text = line.replaceAll(`${root}${stage_root/* OUR_UNIT_DIR */.ot}/`, '').replaceAll(root, '');
    const fileLine = FILE_LINE.exec(line);
    if (fileLine && fileLine[1].startsWith(`${root}/`)) {
        const file = fileLine[1].slice(root.length);
        if (HOST_UNIT_DIRS.some((dir) => file.startsWith(`${dir}/`)))
            return undefined;
        const lineNumber = Number(fileLine[2]);
        const unit = external_node_path_.posix.dirname(file) === stage_root/* OUR_UNIT_DIR */.ot ? external_node_path_.posix.basename(file) : '';
        return { unit, line: lineNumber, text };
    }
    const scoped = unit_names/* UNIT_SCOPED_MESSAGE */.uS.exec(line);
    if (scoped) {
        const unit = ourUnitFor(scoped[1], ourUnits);
        return unit === undefined ? undefined : { unit, text };
    }
    return { unit: '', text };
}
/** `unit` itself, or the template of ours it is an instance of (`w@i.service` → `w@.service`). */
function ourUnitFor(unit, ourUnits) {
    if (ourUnits.has(unit))
        return unit;
    const template = unit.replace(/@[^@]*(\.[^.]+)$/, '@$1');
    return ourUnits.has(template) ? template : undefined;
}

// EXTERNAL MODULE: ./src/validate/run-systemd-analyze.ts
var run_systemd_analyze = __webpack_require__(31716);
;// CONCATENATED MODULE: ./src/validate/verify/verify-units.ts
/**
 * Proves generated unit files with `systemd-analyze verify`. systemd treats
 * most mistakes (unknown keys, bad values, unquoted words) as warnings and
 * still exits 0, so the verdict comes from reading its output, not its status.
 */








const DEFAULT_SYSTEM_UNIT_DIRS = ['/lib/systemd/system', '/usr/lib/systemd/system'];
/** True when systemd-analyze runs here and there are host units to verify against (for `verify: auto`). */
async function systemdAnalyzeAvailable(options = {}) {
    try {
        const run = await (0,run_systemd_analyze/* runSystemdAnalyze */.H)(systemdAnalyzeBinary(options), ['--version']);
        return run.exitCode === 0 && (await systemUnitDir(options)) !== undefined;
    }
    catch {
        return false;
    }
}
/** Stages `units` in a temporary root with stub executables and verifies them together. Always removes the temp root. */
async function verifyUnits(units, options = {}) {
    if (units.length === 0)
        return { ok: true, messages: [], standIns: [] };
    const hostUnits = await systemUnitDir(options);
    if (hostUnits === undefined) {
        const looked = options.systemUnitDir ?? DEFAULT_SYSTEM_UNIT_DIRS.join(', ');
        throw new errors/* SystemdUnitsError */.dp(`cannot verify units: no system unit directory (looked for ${looked})`);
    }
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'systemd-units-verify-')).catch((error) => {
        throw (0,write_errors/* writeFailure */.E)(error, (0,external_node_os_.tmpdir)(), 'make a directory for systemd-analyze verify in');
    });
    try {
        // A full disk or a file size limit fails here first, in the temporary directory: say so.
        const staging = (0,stage_root/* stageRoot */.T3)(root, units, hostUnits, { standIns: options.standIns });
        const { unitPaths, standIns } = await staging.catch((error) => {
            throw (0,write_errors/* writeFailure */.E)(error, root, 'stage the units for systemd-analyze verify in');
        });
        // No --recursive-errors (measured on 252): without it, warnings exit 0 but are
        // in the messages, and errors exit non-zero; `yes` also fails on host units'
        // warnings, `no` stops checking that Requires= targets exist.
        const run = await (0,run_systemd_analyze/* runSystemdAnalyze */.H)(systemdAnalyzeBinary(options), [
            'verify',
            `--root=${root}`,
            '--man=no',
            '--generators=no',
            ...unitPaths,
        ]);
        const messages = parseVerifyOutput(run.output, root, new Set(units.map(({ name }) => name)));
        // A failure should always come with a reason to show.
        if (run.exitCode !== 0 && messages.length === 0) {
            messages.push({ unit: '', text: `systemd-analyze verify exited with status ${run.exitCode}` });
        }
        return { ok: run.exitCode === 0 && messages.length === 0, messages, standIns };
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}
function systemdAnalyzeBinary(options) {
    return options.systemdAnalyze ?? 'systemd-analyze';
}
/** The given directory, or the first default that exists; undefined when there is none. */
async function systemUnitDir(options) {
    for (const dir of options.systemUnitDir !== undefined ? [options.systemUnitDir] : DEFAULT_SYSTEM_UNIT_DIRS) {
        if (await (0,promises_.stat)(dir).then((stats) => stats.isDirectory(), () => false))
            return dir;
    }
    return undefined;
}


/***/ })

};
