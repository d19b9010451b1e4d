export const id = 234;
export const ids = [234];
export const modules = {

/***/ 99234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   memberBuildsBinary: () => (/* binding */ memberBuildsBinary),
/* harmony export */   parseCargoToml: () => (/* binding */ parseCargoToml),
/* harmony export */   workspaceVersion: () => (/* binding */ workspaceVersion)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67429);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52628);



/**
 * Read `[package]` and the binary to run from a crate's Cargo.toml; a crate that builds no binary is not a
 * program, and a virtual workspace is left to the caller, which can read its members.
 */
function parseCargoToml(text, file, files = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_FILES */ .E) {
    const toml = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(text, file);
    const pkg = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .af)(toml, 'package');
    if (!pkg)
        return virtualWorkspace(toml, file, (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tomlKeyLine */ .eb)(text, 'workspace', 'members'));
    const name = pkg.name;
    if (typeof name !== 'string' || name === '') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp('[package] has no name', { kind: 'file', file, key: 'package.name' });
    }
    if (!buildsBinary(toml, files)) {
        return { notAProgram: `the crate ${name} is a library: it builds no binary ([[bin]], src/main.rs or default-run)` };
    }
    const inheritsWorkspaceVersion = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .af)(pkg, 'version')?.workspace === true;
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
            ...binaryEntry(toml, name),
            nameField: { key: 'package.name', ...lineOf((0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tomlKeyLine */ .eb)(text, 'package', 'name')) },
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
    const workspace = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .af)((0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(text, file), 'workspace');
    if (!workspace)
        return undefined;
    const version = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .af)(workspace, 'package')?.version;
    if (typeof version !== 'string') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp('a member crate inherits its version from here, but [workspace.package] sets no version', {
            kind: 'file',
            file,
            key: 'workspace.package.version',
        });
    }
    return version;
}
function lineOf(line) {
    return line === undefined ? {} : { line };
}
/**
 * `default-run` when set, else the `[[bin]]` named after the package, else the only `[[bin]]`,
 * else Cargo's default: the package name. With several targets the one named after the package
 * is the package name, so only the single-target case needs looking at.
 */
function binaryEntry(toml, packageName) {
    const defaultRun = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .af)(toml, 'package')?.['default-run'];
    if (typeof defaultRun === 'string') {
        return {
            entryPoint: { kind: 'binary', path: `bin/${defaultRun}`, reason: '`package.default-run`, what `cargo run` runs' },
        };
    }
    const bins = Array.isArray(toml.bin) ? toml.bin : [];
    const names = bins.flatMap((bin) => {
        const name = bin?.name;
        return typeof name === 'string' ? [name] : [];
    });
    if (names.length === 1)
        return { entryPoint: { kind: 'binary', path: `bin/${names[0]}`, reason: 'the only `[[bin]]`' } };
    // Several [[bin]] and none is the package's: `cargo run` would ask which, and so do we.
    if (names.length > 1 && !names.includes(packageName))
        return { candidates: names.map((name) => `bin/${name}`) };
    const reason = names.length > 1 ? 'the `[[bin]]` named like the package' : "the package's binary, named like it";
    return { entryPoint: { kind: 'binary', path: `bin/${packageName}`, reason } };
}
/**
 * Whether Cargo builds a binary from this crate: `[[bin]]`, `default-run` or `src/main.rs` say so; `[lib]`
 * or `src/lib.rs` without any of them say not. A crate that shows neither is taken to build one, as before.
 */
function buildsBinary(toml, files) {
    if (Array.isArray(toml.bin) && toml.bin.length > 0)
        return true;
    if (typeof (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .af)(toml, 'package')?.['default-run'] === 'string')
        return true;
    if (files.read('src/main.rs') !== undefined)
        return true;
    return (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .af)(toml, 'lib') === undefined && files.read('src/lib.rs') === undefined;
}
/** buildsBinary for a workspace member's Cargo.toml. */
function memberBuildsBinary(text, file, files) {
    return buildsBinary((0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(text, file), files);
}
function virtualWorkspace(toml, file, membersLine) {
    const workspace = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .tableAt */ .af)(toml, 'workspace');
    if (!workspace)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .dp('has no [package] table', { kind: 'file', file, key: 'package' });
    const strings = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
    return {
        members: strings(workspace.members),
        defaultMembers: strings(workspace['default-members']),
        exclude: strings(workspace.exclude),
        ...(membersLine !== undefined && { membersLine }),
    };
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
