export const id = 686;
export const ids = [686];
export const modules = {

/***/ 76686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePackageJson: () => (/* binding */ parsePackageJson)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/manifest/entry-path.ts


/**
 * Normalise a path a manifest declares ('./dist/server.js' → 'dist/server.js'). It is run
 * relative to the release root, so a path that is absolute or leaves that root is an error.
 */
function entryPath(declared, where) {
    const path = external_node_path_.posix.normalize(declared);
    if (declared.trim() === '' || external_node_path_.posix.isAbsolute(path) || path === '..' || path.startsWith('../')) {
        throw new errors/* SystemdUnitsError */.d(`"${declared}" is not a path inside the project`, where);
    }
    return path;
}

;// CONCATENATED MODULE: ./src/manifest/json-syntax.ts
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_CHARS = /(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*/y;
/**
 * Locate the first syntax error in `text` by scanning it against the JSON grammar. V8's
 * JSON.parse messages carry a position only for some errors ("Unexpected token ']', "[1,]" is
 * not valid JSON" has none), so the line cannot be taken from them.
 */
function findJsonSyntaxError(text) {
    const scanner = new Scanner(text);
    try {
        scanner.document();
        return undefined;
    }
    catch (error) {
        if (!(error instanceof ScanError))
            throw error;
        return { line: lineOf(text, error.offset), reason: error.message };
    }
}
function lineOf(text, offset) {
    // An error at the very end (unclosed brace) belongs to the last line that has content.
    const end = Math.min(offset, text.trimEnd().length);
    return text.slice(0, end).split('\n').length;
}
class ScanError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    document() {
        this.value();
        this.whitespace();
        if (this.pos < this.text.length)
            this.fail('unexpected content after the end of the document');
    }
    value() {
        this.whitespace();
        const c = this.text[this.pos];
        if (c === '{')
            this.object();
        else if (c === '[')
            this.array();
        else if (c === '"')
            this.string();
        else if (!this.eat('true') && !this.eat('false') && !this.eat('null') && !this.number()) {
            this.fail('expected a value');
        }
    }
    object() {
        this.pos++;
        this.whitespace();
        if (this.eat('}'))
            return;
        do {
            this.whitespace();
            if (this.text[this.pos] !== '"')
                this.fail('expected a double-quoted property name');
            this.string();
            this.whitespace();
            if (!this.eat(':'))
                this.fail("expected ':' after a property name");
            this.value();
            this.whitespace();
        } while (this.eat(','));
        if (!this.eat('}'))
            this.fail("expected ',' or '}'");
    }
    array() {
        this.pos++;
        this.whitespace();
        if (this.eat(']'))
            return;
        do {
            this.value();
            this.whitespace();
        } while (this.eat(','));
        if (!this.eat(']'))
            this.fail("expected ',' or ']'");
    }
    string() {
        this.pos++;
        STRING_CHARS.lastIndex = this.pos;
        this.pos += STRING_CHARS.exec(this.text)[0].length;
        if (!this.eat('"'))
            this.fail(this.pos < this.text.length ? 'bad character or escape in a string' : 'unterminated string');
    }
    number() {
        NUMBER.lastIndex = this.pos;
        const found = NUMBER.exec(this.text);
        if (found)
            this.pos += found[0].length;
        return found !== null;
    }
    whitespace() {
        while (/[ \t\n\r]/.test(this.text[this.pos] ?? ''))
            this.pos++;
    }
    eat(expected) {
        if (!this.text.startsWith(expected, this.pos))
            return false;
        this.pos += expected.length;
        return true;
    }
    fail(reason) {
        throw new ScanError(reason, this.pos);
    }
}

;// CONCATENATED MODULE: ./src/manifest/package-json.ts



/** Read name, version and entry point (bin, else main) from a package.json. */
function parsePackageJson(text, file) {
    const pkg = parseJsonObject(text, file);
    if (typeof pkg.name !== 'string' || pkg.name.trim() === '') {
        throw new errors/* SystemdUnitsError */.d('package.json has no name', { file, key: 'name' });
    }
    const appName = pkg.name.replace(/^@[^/]+\//, '');
    const entryPoint = binEntry(pkg.bin, appName, file) ?? mainEntry(pkg.main, file);
    return {
        ecosystem: 'node',
        file,
        appName,
        ...(typeof pkg.version === 'string' && { version: pkg.version }),
        ...(entryPoint && { entryPoint }),
    };
}
function parseJsonObject(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const syntax = findJsonSyntaxError(text);
        const reason = syntax?.reason ?? (error instanceof Error ? error.message : String(error));
        throw new errors/* SystemdUnitsError */.d(`invalid JSON: ${reason}`, { file, ...(syntax && { line: syntax.line }) });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* SystemdUnitsError */.d('package.json must hold a JSON object', { file });
    }
    return value;
}
/**
 * `"bin": "cli.js"` names the program outright; in `"bin": { ... }` the command named after the
 * package is the program, or the only command when there is just one.
 */
function binEntry(bin, appName, file) {
    if (typeof bin === 'string')
        return { kind: 'binary', path: entryPath(bin, { file, key: 'bin' }) };
    if (typeof bin !== 'object' || bin === null)
        return undefined;
    const commands = Object.entries(bin).filter((entry) => typeof entry[1] === 'string');
    const [command, path] = commands.find(([name]) => name === appName) ?? (commands.length === 1 ? commands[0] : []);
    return path === undefined ? undefined : { kind: 'binary', path: entryPath(path, { file, key: `bin.${command}` }) };
}
function mainEntry(main, file) {
    return typeof main === 'string' ? { kind: 'node', path: entryPath(main, { file, key: 'main' }) } : undefined;
}


/***/ })

};
