export const id = 468;
export const ids = [468];
export const modules = {

/***/ 61468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scoreUnits: () => (/* binding */ scoreUnits)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/validate/exposure/parse-output.ts
/**
 * Reads `systemd-analyze security` (systemd 252) as it prints to a pipe: per unit, a table of
 * checks, then the overall line. Shapes, with the ASCII forms systemd uses outside UTF-8 locales:
 *
 *     NAME                      DESCRIPTION                                       EXPOSURE
 *   ✗ PrivateNetwork=           Service has access to the host's network               0.5
 *   ✓ User=/DynamicUser=        Service runs under a static non-root user identity
 *   → Overall exposure level for my-app.service: 1.1 OK 🙂
 *
 * (`-`/`+` for ✗/✓, `->` for →). A check's name holds no spaces; its exposure ends the line.
 */
const FAILED_CHECK = /^(?:✗|-) (\S+)\s+(.*?)\s+(\d+\.\d+)$/;
const OVERALL = /^(?:→|->) Overall exposure level for (\S+): (\d+\.\d+) (\S+)/;
function parseSecurityOutput(output) {
    const units = [];
    let checks = [];
    for (const line of output.split('\n')) {
        const failed = FAILED_CHECK.exec(line);
        if (failed) {
            const exposure = Number(failed[3]);
            if (exposure > 0)
                checks.push({ name: failed[1], description: failed[2], exposure });
            continue;
        }
        const overall = OVERALL.exec(line);
        if (overall) {
            // A stable sort keeps systemd's order among checks of equal cost.
            units.push({
                unit: overall[1],
                exposure: Number(overall[2]),
                rating: overall[3],
                costly: checks.sort((a, b) => b.exposure - a.exposure),
            });
            checks = [];
        }
    }
    return units;
}

// EXTERNAL MODULE: ./src/validate/run-systemd-analyze.ts
var run_systemd_analyze = __webpack_require__(31716);
// EXTERNAL MODULE: ./src/validate/verify/stage-root.ts + 1 modules
var stage_root = __webpack_require__(83423);
;// CONCATENATED MODULE: ./src/validate/exposure/score.ts
/**
 * Scores generated services with `systemd-analyze security --offline=true`: the exposure systemd
 * itself assigns a unit file (0.0 locked down, 10.0 unprotected) and the checks that cost points.
 * The units are staged in a temporary root so no unit or drop-in of the machine running us
 * changes the score.
 */







/** The exposure of every service among `units` (other unit types have no score), in order. */
async function scoreUnits(units, options = {}) {
    const services = units.filter(({ name }) => name.endsWith('.service'));
    if (services.length === 0)
        return [];
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'systemd-units-security-'));
    try {
        await (0,promises_.mkdir)((0,external_node_path_.join)(root, stage_root/* OUR_UNIT_DIR */.ot), { recursive: true });
        await Promise.all(services.map(({ name, content }) => (0,promises_.writeFile)((0,external_node_path_.join)(root, stage_root/* OUR_UNIT_DIR */.ot, name), content)));
        // Under --root, unit names are looked up in the root's unit directories (measured on 252).
        const run = await (0,run_systemd_analyze/* runSystemdAnalyze */.H)(options.systemdAnalyze ?? 'systemd-analyze', [
            'security',
            '--offline=true',
            `--root=${root}`,
            '--no-pager',
            ...services.map(({ name }) => name),
        ]);
        const scores = parseSecurityOutput(run.output);
        const missing = services.filter(({ name }) => !scores.some((score) => score.unit === name));
        if (run.exitCode !== 0 || missing.length > 0) {
            throw new errors/* SystemdUnitsError */.dp(`systemd-analyze security could not score ${missing.map(({ name }) => name).join(', ') || 'the units'}: ${run.output.trim().split('\n').slice(-3).join(' ')}`);
        }
        return services.map(({ name }) => scores.find((score) => score.unit === name));
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}


/***/ }),

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


/***/ })

};
