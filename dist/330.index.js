export const id = 330;
export const ids = [330];
export const modules = {

/***/ 43330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseGoMod: () => (/* binding */ parseGoMod)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** `/v2`, `/v3`...: a major-version suffix, which `go build` leaves out of the binary name. */
const MAJOR_VERSION_SUFFIX = /^v([2-9]|[1-9]\d+)$/;
const MODULE_DIRECTIVE = /^module\s+("(?:[^"\\]|\\.)*"|`[^`]*`|\S+)\s*$/;
/**
 * Read the binary name from go.mod's module path. go.mod carries no version, so it comes from
 * `gitDescription` (`git describe --tags`), with the tag's leading `v` dropped.
 */
function parseGoMod(text, file, gitDescription) {
    const { path, line } = modulePath(text, file);
    const elements = path.split('/');
    let appName = elements[elements.length - 1];
    if (elements.length > 1 && MAJOR_VERSION_SUFFIX.test(appName))
        appName = elements[elements.length - 2];
    if (appName === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .d(`"${path}" does not end in a name`, { file, line, key: 'module' });
    const version = gitDescription?.replace(/^v(?=\d)/, '');
    return {
        ecosystem: 'go',
        file,
        appName,
        ...(version !== undefined && { version }),
        entryPoint: { kind: 'binary', path: `bin/${appName}` },
    };
}
function modulePath(text, file) {
    const lines = text.split('\n');
    for (const [index, raw] of lines.entries()) {
        // A module path cannot contain `//`, so whatever follows one is a comment.
        const found = MODULE_DIRECTIVE.exec(raw.replace(/\/\/.*/, '').trim());
        if (found)
            return { path: unquote(found[1]), line: index + 1 };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SystemdUnitsError */ .d('go.mod has no module directive', { file, key: 'module' });
}
/** Module paths are plain ASCII, so undoing `\"` and `\\` is all an interpreted string needs. */
function unquote(token) {
    if (token.startsWith('`'))
        return token.slice(1, -1);
    return token.startsWith('"') ? token.slice(1, -1).replace(/\\(.)/g, '$1') : token;
}


/***/ })

};
