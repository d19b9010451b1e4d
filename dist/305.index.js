export const id = 305;
export const ids = [305];
export const modules = {

/***/ 4305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   memberBuildsBinary: () => (/* binding */ memberBuildsBinary),
/* harmony export */   parseCargoToml: () => (/* binding */ parseCargoToml),
/* harmony export */   workspaceVersion: () => (/* binding */ workspaceVersion)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26289);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51474);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87725);



/**
 * Read `[package]` and the binary to run from a crate's Cargo.toml; a crate that builds no binary is not a
 * program, and a virtual workspace is left to the caller, which can read its members.
 */
function parseCargoToml(text, file, files = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_FILES */ .E) {
    const toml = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .M)(text, file);
    const pkg = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)(toml, 'package');
    if (!pkg)
        return virtualWorkspace(toml, file);
    const name = pkg.name;
    if (typeof name !== 'string' || name === '') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp('[package] has no name', { kind: 'file', file, key: 'package.name' });
    }
    if (!buildsBinary(toml, files)) {
        return { notAProgram: `the crate ${name} is a library: it builds no binary ([[bin]], src/main.rs or default-run)` };
    }
    const inheritsWorkspaceVersion = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)(pkg, 'version')?.workspace === true;
    if (pkg.version !== undefined && typeof pkg.version !== 'string' && !inheritsWorkspaceVersion) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp('must be a string or { workspace = true }', {
            kind: 'file',
            file,
            key: 'package.version',
        });
    }
    if (pkg.workspace !== undefined && typeof pkg.workspace !== 'string') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp("must be a string: the path of the workspace root's directory", {
            kind: 'file',
            file,
            key: 'package.workspace',
        });
    }
    return {
        manifest: {
            ecosystem: 'cargo',
            file,
            appName: name,
            ...(typeof pkg.version === 'string' && { version: pkg.version }),
            entryPoint: { kind: 'binary', path: `bin/${binaryName(toml, name)}` },
        },
        inheritsWorkspaceVersion,
        ...(typeof pkg.workspace === 'string' && { workspaceRoot: pkg.workspace }),
    };
}
/**
 * The version a workspace root gives its members, or undefined when this Cargo.toml is not a
 * workspace root (has no `[workspace]`).
 */
function workspaceVersion(text, file) {
    const workspace = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)((0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .M)(text, file), 'workspace');
    if (!workspace)
        return undefined;
    const version = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)(workspace, 'package')?.version;
    if (typeof version !== 'string') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp('a member crate inherits its version from here, but [workspace.package] sets no version', {
            kind: 'file',
            file,
            key: 'workspace.package.version',
        });
    }
    return version;
}
/**
 * The `[[bin]]` named after the package, else the only `[[bin]]`, else Cargo's default: the
 * package name. With several targets the one named after the package is the package name, so
 * only the single-target case needs looking at.
 */
function binaryName(toml, packageName) {
    const bins = Array.isArray(toml.bin) ? toml.bin : [];
    const names = bins.flatMap((bin) => {
        const name = bin?.name;
        return typeof name === 'string' ? [name] : [];
    });
    return names.length === 1 ? names[0] : packageName;
}
/**
 * Whether Cargo builds a binary from this crate: `[[bin]]`, `default-run` or `src/main.rs` say so; `[lib]`
 * or `src/lib.rs` without any of them say not. A crate that shows neither is taken to build one, as before.
 */
function buildsBinary(toml, files) {
    if (Array.isArray(toml.bin) && toml.bin.length > 0)
        return true;
    if (typeof (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)(toml, 'package')?.['default-run'] === 'string')
        return true;
    if (files.read('src/main.rs') !== undefined)
        return true;
    return (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)(toml, 'lib') === undefined && files.read('src/lib.rs') === undefined;
}
/** buildsBinary for a workspace member's Cargo.toml. */
function memberBuildsBinary(text, file, files) {
    return buildsBinary((0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .M)(text, file), files);
}
function virtualWorkspace(toml, file) {
    const workspace = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .a)(toml, 'workspace');
    if (!workspace)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp('has no [package] table', { kind: 'file', file, key: 'package' });
    const strings = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
    return {
        members: strings(workspace.members),
        defaultMembers: strings(workspace['default-members']),
        exclude: strings(workspace.exclude),
    };
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
