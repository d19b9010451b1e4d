export const id = 613;
export const ids = [613];
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


/***/ })

};
