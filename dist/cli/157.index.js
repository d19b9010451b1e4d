export const id = 157;
export const ids = [157];
export const modules = {

/***/ 25157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePyproject: () => (/* binding */ parsePyproject)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26289);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51474);


/**
 * Read name, version and console script from PEP 621 `[project]`, else Poetry's `[tool.poetry]`. A file with
 * neither only configures tools (black, ruff, pytest) and describes no program.
 */
function parsePyproject(text, file) {
    const toml = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .M)(text, file);
    const project = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)(toml, 'project');
    const poetry = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)((0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)(toml, 'tool'), 'poetry');
    if (!project && !poetry)
        return { notAProgram: 'only tool configuration: no [project] or [tool.poetry]' };
    const source = typeof project?.name === 'string' ? project : typeof poetry?.name === 'string' ? poetry : undefined;
    if (!source)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp('no name in [project] or [tool.poetry]', { kind: 'file', file, key: 'project.name' });
    const name = source.name;
    const script = consoleScript((0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)(project, 'scripts') ?? (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)(poetry, 'scripts'), name);
    return {
        ecosystem: 'python',
        file,
        appName: name,
        ...(typeof source.version === 'string' && !isDynamic(source, 'version') && { version: source.version }),
        // pip installs console scripts into the virtualenv's bin/.
        ...(script !== undefined && { entryPoint: { kind: 'binary', path: `bin/${script}` } }),
    };
}
/** PEP 621 `dynamic = ["version"]`: the build backend computes it, and we never run one. */
function isDynamic(project, field) {
    return Array.isArray(project.dynamic) && project.dynamic.includes(field);
}
/** The script named after the project (compared as PEP 503 normalises names), else the only script. */
function consoleScript(scripts, projectName) {
    const names = Object.keys(scripts ?? {});
    return names.find((name) => normalise(name) === normalise(projectName)) ?? (names.length === 1 ? names[0] : undefined);
}
function normalise(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}


/***/ }),

/***/ 51474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml),
/* harmony export */   a: () => (/* binding */ tableAt)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44410);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26289);


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


/***/ })

};
