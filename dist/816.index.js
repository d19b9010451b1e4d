export const id = 816;
export const ids = [816];
export const modules = {

/***/ 57816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkForAction: () => (/* binding */ checkForAction)
/* harmony export */ });
/* unused harmony exports regenerateCommand, reportCheck, checkSummary, checkText */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16768);
/* harmony import */ var _action_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66825);
/* harmony import */ var _shared_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29039);




/** How each kind of drift reads in messages. */
const DRIFT_TEXT = {
    missing: 'is generated but not committed',
    changed: 'differs from what the config generates',
    extra: 'is committed but no longer generated',
};
/** What a user changes in the workflow instead of regenerating by hand. */
const WORKFLOW_CHANGE = 'or let the workflow do it: run this action with `mode: generate` and `commit: true` (or `pull-request: true`)';
/**
 * The exact CLI command that regenerates the units with the same inputs, to run from the
 * repository root. Quoted for a POSIX shell.
 */
function regenerateCommand(request, dir) {
    const args = ['npx', 'systemd-units', 'generate'];
    if (dir !== '.' && dir !== '')
        args.push('--dir', dir);
    const flags = [
        ['--config', request.config],
        ['--settings', request.settings],
        ['--app-name', request.appName],
        ['--version', request.version],
        ['--output-dir', request.outputDir],
        ['--target', request.target],
    ];
    for (const [flag, value] of flags)
        if (value)
            args.push(flag, value);
    return args.map(shellQuote).join(' ');
}
function shellQuote(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** `mode: check` in the action: compare and report; false when any unit file is out of date. */
async function checkForAction(inputs, env) {
    const dir = inputs.workingDirectoryInput;
    const result = await (0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .checkUnits */ .wG)(inputs.request, dir);
    reportCheck(result, regenerateCommand(inputs.request, dir), dir, env);
    return result.comparison.differences.length === 0;
}
/** The check's outputs, one error annotation per differing unit file, and the summary. */
function reportCheck(result, command, dir, env) {
    const { differences, diff } = result.comparison;
    (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('changed', String(differences.length > 0), env);
    (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('diff', diff, env);
    (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('units', JSON.stringify(result.generated.units.map((unit) => unit.name)), env);
    (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('directory', result.generated.outputDir, env);
    for (const difference of differences) {
        (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .annotate */ .fz)('error', `${difference.name} ${DRIFT_TEXT[difference.drift]}. Regenerate with \`${command}\` and commit the result, ${WORKFLOW_CHANGE}.`, {
            title: `systemd-units: ${difference.name} is out of date`,
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, result.generated.outputDir, difference.name),
            line: difference.line,
        });
    }
    (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .appendSummary */ .fe)(checkSummary(result, command), env);
}
/** The job summary of a check: the verdict, a table of drifted units, and each unit's unified diff. */
function checkSummary(result, command) {
    const { generated, comparison } = result;
    const { settings } = generated;
    const title = [settings.string('service_name'), settings.optional('version')].filter(Boolean).join(' ');
    const where = `\`${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(generated.outputDir)}\``;
    if (comparison.differences.length === 0) {
        return `### systemd units for ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(title)}: up to date\n\nThe ${generated.units.length} unit files at ${where} match what the config generates.\n`;
    }
    const lines = [`### systemd units for ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(title)}: ${comparison.differences.length} out of date`, ''];
    lines.push(`The unit files committed at ${where} do not match what the config generates.`, '');
    lines.push('| Unit file | Drift |', '| --- | --- |', ...comparison.differences.map((d) => `| ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(d.name)} | ${d.drift} |`), '');
    lines.push(`To fix: run ${inlineCode(command)} from the repository root and commit the result, ${WORKFLOW_CHANGE}.`, '');
    for (const difference of comparison.differences)
        lines.push(`#### ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(difference.name)} (${difference.drift})`, '', ...(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeBlock */ .D)(difference.diff, 'diff'), '');
    return lines.join('\n') + '\n';
}
/** The CLI's report of a check: one line per drifted unit, then the diffs. */
function checkText(result, command) {
    const { differences, diff } = result.comparison;
    if (differences.length === 0)
        return `up to date: ${result.generated.units.length} unit files at ${result.generated.outputDir}\n`;
    const verdicts = differences.map((difference) => `${difference.name} ${DRIFT_TEXT[difference.drift]}\n`);
    return `${verdicts.join('')}\n${diff}\nregenerate with: ${command}\n`;
}
/** Inline code that user text cannot break out of: a backtick run longer than any inside, as Markdown allows. */
function inlineCode(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence} ${text} ${fence}`;
}


/***/ }),

/***/ 16768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wG: () => (/* binding */ checkUnits),
  HG: () => (/* binding */ compareUnits),
  o8: () => (/* binding */ isUnitFileName),
  _r: () => (/* binding */ readUnitFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/jobs/generate.ts + 2 modules
var generate = __webpack_require__(98421);
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
    const generated = await (0,generate/* generateUnits */.n)(request);
    const committed = await readUnitFiles((0,external_node_path_.resolve)(request.workingDirectory, generated.outputDir));
    return { generated, comparison: compareUnits(generated.units, committed, (0,external_node_path_.join)(diffRoot, generated.outputDir)) };
}


/***/ })

};
