export const id = 806;
export const ids = [806];
export const modules = {

/***/ 86806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   normalise: () => (/* binding */ normalise),
/* harmony export */   parsePyproject: () => (/* binding */ parsePyproject)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67429);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52628);




/**
 * Read name, version and console script from PEP 621 `[project]`, else Poetry's `[tool.poetry]`. A file with
 * neither only configures tools (black, ruff, pytest) and describes no program. A dynamic version is read
 * where the build backend would find it in the tree, or from `git describe` for the backends that version
 * from git tags; what cannot be read is a warning.
 */
async function parsePyproject(text, file, files = _types_js__WEBPACK_IMPORTED_MODULE_3__/* .NO_FILES */ .E, describe = () => Promise.resolve(undefined)) {
    const toml = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToml */ .MT)(text, file);
    const project = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(toml, 'project');
    const poetry = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)((0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(toml, 'tool'), 'poetry');
    if (!project && !poetry)
        return { notAProgram: 'only tool configuration: no [project] or [tool.poetry]' };
    const source = typeof project?.name === 'string' ? project : typeof poetry?.name === 'string' ? poetry : undefined;
    if (!source)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SystemdUnitsError */ .dp('no name in [project] or [tool.poetry]', { kind: 'file', file, key: 'project.name' });
    const name = source.name;
    const table = source === project ? 'project' : 'tool.poetry';
    const nameLine = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tomlKeyLine */ .eb)(text, table, 'name');
    const version = await projectVersion({ toml, text, file, files, describe, source, table, name });
    const scripts = Object.keys((0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(project, 'scripts') ?? (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(poetry, 'scripts') ?? {});
    const script = consoleScript(scripts, name);
    return {
        ecosystem: 'python',
        file,
        appName: name,
        ...(version.value !== undefined && { version: version.value }),
        // pip installs console scripts into the virtualenv's bin/.
        ...(script !== undefined && { entryPoint: { kind: 'binary', path: `bin/${script.name}`, reason: script.reason } }),
        nameField: { key: `${table}.name`, ...(nameLine !== undefined && { line: nameLine }) },
        ...(script === undefined && scripts.length > 0 && { candidates: scripts.map((script) => `bin/${script}`) }),
        ...(version.notices.length > 0 && { notices: version.notices }),
        ...(version.warnings.length > 0 && { warnings: version.warnings }),
    };
}
/**
 * The version as the build backend computes it: written in the table; else, when `[project]` lists
 * it as dynamic (or poetry-dynamic-versioning is enabled), from the file or module the backend reads,
 * or from `git describe --tags` for setuptools-scm, hatch-vcs, pdm's scm source and
 * poetry-dynamic-versioning.
 */
async function projectVersion(read) {
    const { toml, source, file } = read;
    const tool = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(toml, 'tool');
    const poetryDynamic = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(tool, 'poetry-dynamic-versioning')?.enable === true;
    const dynamic = Array.isArray(source.dynamic) && source.dynamic.includes('version');
    if (!dynamic && !poetryDynamic) {
        return { ...(typeof source.version === 'string' && { value: source.version }), notices: [], warnings: [] };
    }
    const where = `${file}:${(0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tomlKeyLine */ .eb)(read.text, read.table, dynamic ? 'dynamic' : 'version') ?? 1}`;
    const found = fromTree(read, tool) ?? (poetryDynamic || versionsFromGit(toml, tool) ? await fromGit(read) : undefined);
    if (found?.value !== undefined)
        return { value: found.value, notices: [`${where}: version ${found.how}`], warnings: [] };
    const why = found?.why ?? 'is dynamic, and the build backend computes it in a way that cannot be read statically';
    return { notices: [], warnings: [`${where}: version ${why}; the units carry no version: set version`] };
}
/** A version written in a file the backend reads: setuptools' attr/file, hatch's path, pdm's file, flit's module. */
function fromTree(read, tool) {
    const setuptools = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)((0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)((0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(tool, 'setuptools'), 'dynamic'), 'version');
    if (typeof setuptools?.attr === 'string')
        return fromAttribute(read, setuptools.attr, (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(tool, 'setuptools'));
    if (setuptools?.file !== undefined) {
        const files = Array.isArray(setuptools.file) ? setuptools.file : [setuptools.file];
        const [path] = files;
        if (typeof path === 'string')
            return fromFile(read, path, `from ${path} (tool.setuptools.dynamic)`);
    }
    const hatch = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)((0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(tool, 'hatch'), 'version');
    if (typeof hatch?.path === 'string' && (hatch.source === undefined || hatch.source === 'regex')) {
        return fromModule(read, hatch.path, `from ${hatch.path} (tool.hatch.version)`);
    }
    const pdm = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)((0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(tool, 'pdm'), 'version');
    if (pdm?.source === 'file' && typeof pdm.path === 'string') {
        return fromModule(read, pdm.path, `from ${pdm.path} (tool.pdm.version)`);
    }
    if (buildBackend(read.toml).startsWith('flit')) {
        const module = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)((0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(tool, 'flit'), 'module')?.name;
        return fromAttribute(read, `${typeof module === 'string' ? module : importName(read.name)}.__version__`, undefined);
    }
    return undefined;
}
/**
 * Sources that version from git tags: setuptools-scm (its table or in build-system.requires), and
 * hatch's or pdm's version source `vcs` (hatch-vcs), `scm` (pdm), `uv-dynamic-versioning` and `versioningit`.
 */
const GIT_VERSION_SOURCES = new Set(['vcs', 'scm', 'uv-dynamic-versioning', 'versioningit']);
function versionsFromGit(toml, tool) {
    if ((0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(tool, 'setuptools_scm') !== undefined || (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(tool, 'setuptools-scm') !== undefined)
        return true;
    const source = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)((0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(tool, 'hatch'), 'version')?.source ?? (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)((0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(tool, 'pdm'), 'version')?.source;
    if (typeof source === 'string' && GIT_VERSION_SOURCES.has(source))
        return true;
    const requires = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(toml, 'build-system')?.requires;
    return (Array.isArray(requires) && requires.some((name) => typeof name === 'string' && /^setuptools[-_]scm\b/i.test(name)));
}
async function fromGit(read) {
    const description = await read.describe();
    if (description === undefined)
        return { why: 'comes from git tags, and `git describe --tags` found none' };
    return {
        value: description.replace(/^v(?=\d)/, ''),
        how: `from \`git describe --tags\`, as the backend takes it from the tag`,
    };
}
function buildBackend(toml) {
    const backend = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(toml, 'build-system')?.['build-backend'];
    return typeof backend === 'string' ? backend : '';
}
/** The import name a distribution name stands for: PEP 503 normalised, `-` as `_`. */
function importName(name) {
    return normalise(name).replace(/-/g, '_');
}
/**
 * setuptools' `attr = "pkg.module.__version__"`: the module file under the package directory
 * (`[tool.setuptools.package-dir]`, else the flat or the src layout), and a literal assignment in it.
 */
function fromAttribute(read, attr, setuptools) {
    const dot = attr.lastIndexOf('.');
    if (dot <= 0)
        return { why: `names attr "${attr}", which is not module.attribute` };
    const module = attr.slice(0, dot).split('.');
    const attribute = attr.slice(dot + 1);
    const rootDir = (0,_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .tableAt */ .af)(setuptools, 'package-dir')?.[''];
    const roots = typeof rootDir === 'string' ? [rootDir] : ['', 'src'];
    const paths = roots.flatMap((root) => [`${module.join('/')}.py`, `${module.join('/')}/__init__.py`].map((path) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, path)));
    const path = paths.find((candidate) => read.files.read(candidate) !== undefined);
    if (path === undefined)
        return { why: `is the attribute ${attr}, and none of ${paths.join(', ')} exists` };
    return fromModule(read, path, `from ${attr} in ${path}`, attribute);
}
/** A literal `NAME = "1.2.3"` (or `NAME: str = '1.2.3'`) in a Python file, as hatch's regex source reads it. */
function fromModule(read, path, how, attribute) {
    const text = read.files.read(path);
    if (text === undefined)
        return { why: `is read from ${path}, which does not exist` };
    const names = attribute === undefined ? '__version__|VERSION' : attribute.replace(/[^\w]/g, '');
    const assignment = new RegExp(`^(?:${names})\\s*(?::\\s*[\\w.]+\\s*)?=\\s*(['"])v?([^'"\\n]+)\\1`, 'm').exec(text);
    if (!assignment)
        return { why: `is read from ${path}, which assigns it no string literal` };
    return { value: assignment[2].trim(), how };
}
/** The first line of a plain version file, as setuptools' `file =` reads it (it strips the text). */
function fromFile(read, path, how) {
    const first = read.files.read(path)?.trim().split(/\r?\n/, 1)[0]?.trim();
    return first ? { value: first, how } : { why: `is read from ${path}, which is missing or empty` };
}
/** The script named after the project (compared as PEP 503 normalises names), else the only script. */
function consoleScript(names, projectName) {
    const named = names.find((name) => normalise(name) === normalise(projectName));
    if (named !== undefined)
        return { name: named, reason: `the script \`${named}\`, named like the project` };
    return names.length === 1 ? { name: names[0], reason: `\`${names[0]}\`, the only script` } : undefined;
}
/** PEP 503: names compare lowercased, with runs of `-`, `_` and `.` as one `-`. */
function normalise(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}


/***/ }),

/***/ 67429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ parseToml),
/* harmony export */   af: () => (/* binding */ tableAt),
/* harmony export */   eb: () => (/* binding */ tomlKeyLine)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);


/** Parse TOML, turning a syntax error into one that points at the file and line. */
function parseToml(text, file) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        if (!(error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx))
            throw error;
        // smol-toml's message repeats the source as a code block after its first line.
        const reason = error.message.split('\n', 1)[0].replace(/^Invalid TOML document: /, '');
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SystemdUnitsError */ .dp(`invalid TOML: ${reason} (column ${error.column})`, {
            kind: 'file',
            file,
            line: error.line,
        });
    }
}
/** The sub-table at `key`, if it is one (a TOML array of tables or a value is not). */
function tableAt(table, key) {
    const value = table?.[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/**
 * The line of `key` in table `table` (`package`, `project`, `tool.poetry`), for messages about a
 * value read from it; smol-toml keeps no positions. Finds `key =` under `[table]`, or the dotted
 * `table.key =` at the top level, which covers how manifests write their names.
 */
function tomlKeyLine(text, table, key) {
    const escaped = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const inTable = new RegExp(`^\\s*["']?${escaped(key)}["']?\\s*=`);
    const dotted = new RegExp(`^\\s*${escaped(table)}\\.${escaped(key)}\\s*=`);
    let current = '';
    for (const [index, line] of text.split('\n').entries()) {
        const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?/.exec(line);
        if (header)
            current = header[1].replace(/\s*\.\s*/g, '.');
        else if ((current === table && inTable.test(line)) || (current === '' && dotted.test(line)))
            return index + 1;
    }
    return undefined;
}


/***/ })

};
