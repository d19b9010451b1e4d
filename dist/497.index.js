export const id = 497;
export const ids = [497];
export const modules = {

/***/ 1497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseMixExs: () => (/* binding */ parseMixExs)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/manifest/mix-terms.ts

/** Identifiers that start or end blocks rather than name values. */
const BLOCK_OPENERS = new Set(['do', 'fn']);
const MATCHING_OPEN = { ')': '(', ']': '[', '}': '{', '>>': '<<' };
/** Reads terms out of a token list; every read returns the term and the index just after it. */
class TermReader {
    tokens;
    file;
    constructor(tokens, file) {
        this.tokens = tokens;
        this.file = file;
    }
    /**
     * One expression starting at `at`: its term when it is a single literal, list, attribute or
     * local call; opaque when it is anything more (`@version <> "-dev"`, `Mix.env() == :prod`).
     */
    readExpression(at) {
        const primary = this.readPrimary(at);
        if (primary && this.endsExpression(primary.next))
            return primary;
        return { term: { kind: 'opaque', line: this.lineAt(at) }, next: this.skipExpression(at) };
    }
    /** Whether the expression that ends just before `at` cannot continue there. */
    endsExpression(at) {
        const token = this.tokens[at];
        if (!token || this.isHardEnd(token))
            return true;
        // A new line starts a new expression unless an operator joins the lines (`|> String.trim()`).
        const previous = this.tokens[at - 1];
        return previous !== undefined && token.line > previous.line && token.kind !== 'operator' && previous.kind !== 'operator';
    }
    /** Tokens that end an expression wherever they appear: `,`, a closing bracket, `end`. */
    isHardEnd(token) {
        return token.kind === 'comma' || token.kind === 'close' || (token.kind === 'identifier' && token.value === 'end');
    }
    readPrimary(at) {
        const token = this.tokens[at];
        if (!token)
            return undefined;
        const { line } = token;
        switch (token.kind) {
            case 'string':
            case 'atom':
                return token.value === undefined ? undefined : { term: { kind: token.kind, value: token.value, line }, next: at + 1 };
            case 'attribute':
                return { term: { kind: 'attribute', name: token.value, at, line }, next: at + 1 };
            case 'identifier': {
                if (BLOCK_OPENERS.has(token.value) || token.value === 'end')
                    return undefined;
                const emptyParens = this.tokens[at + 1]?.value === '(' && this.tokens[at + 2]?.value === ')';
                return { term: { kind: 'call', name: token.value, line }, next: emptyParens ? at + 3 : at + 1 };
            }
            case 'open':
                return token.value === '[' ? this.readList(at) : undefined;
            default:
                return undefined;
        }
    }
    /** `[...]` with plain and keyword entries; the cursor is on `[`. */
    readList(at) {
        const entries = [];
        let i = at + 1;
        while (this.tokens[i]?.value !== ']') {
            const token = this.tokens[i];
            if (!token)
                this.fail('unclosed [', this.lineAt(at));
            const key = token.kind === 'key' ? token.value : undefined;
            if (token.kind === 'key')
                i++;
            const { term, next } = this.readExpression(i);
            if (next === i)
                this.fail(`unexpected ${this.tokens[i]?.value ?? 'end of file'} in a list`, this.lineAt(i));
            entries.push(key === undefined ? { value: term, line: token.line } : { key, value: term, line: token.line });
            i = next;
            if (this.tokens[i]?.kind === 'comma')
                i++;
        }
        return { term: { kind: 'list', entries, line: this.lineAt(at) }, next: i + 1 };
    }
    /**
     * Index just after the expression starting at `at`, following brackets and do/fn...end blocks
     * so a comma or line break inside them does not end it.
     */
    skipExpression(at) {
        const open = [];
        let i = at;
        for (; i < this.tokens.length; i++) {
            const token = this.tokens[i];
            if (open.length === 0 && (this.isHardEnd(token) || (i > at && this.endsExpression(i))))
                break;
            if (token.kind === 'open' || (token.kind === 'identifier' && BLOCK_OPENERS.has(token.value))) {
                open.push(token.value);
            }
            else if (token.kind === 'close' || (token.kind === 'identifier' && token.value === 'end')) {
                const opener = open.pop();
                const matches = token.value === 'end' ? opener !== undefined && BLOCK_OPENERS.has(opener) : opener === MATCHING_OPEN[token.value];
                if (!matches)
                    this.fail(`unexpected ${token.value}`, token.line);
            }
        }
        return i;
    }
    lineAt(at) {
        return (this.tokens[at] ?? this.tokens[this.tokens.length - 1])?.line ?? 1;
    }
    fail(reason, line) {
        throw new errors/* SystemdUnitsError */.d(reason, { file: this.file, line });
    }
}

;// CONCATENATED MODULE: ./src/manifest/mix-tokens.ts

const IDENTIFIER = /[\p{Ll}_][\p{L}\p{N}_]*[?!]?/uy;
const ATOM_NAME = /[\p{L}_][\p{L}\p{N}_@]*[?!]?/uy;
const ALIAS = /[A-Z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)*/y;
const NUMBER = /0x[0-9a-fA-F_]+|0b[01_]+|0o[0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?/y;
const SIGIL_NAME = /[a-z]|[A-Z][A-Z0-9]*/y;
const MODIFIERS = /[a-zA-Z]*/y;
const SIGIL_CLOSERS = { '(': ')', '[': ']', '{': '}', '<': '>', '/': '/', '|': '|', '"': '"', "'": "'" };
const ESCAPES = { n: '\n', t: '\t', r: '\r', s: ' ', e: '\x1b', '0': '\0' };
/** Split Elixir source into tokens; comments are dropped, strings and sigils are read whole. */
function tokenize(text, file) {
    return new Lexer(text, file).tokens();
}
class Lexer {
    text;
    file;
    pos = 0;
    line = 1;
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    tokens() {
        const tokens = [];
        this.scan((token) => tokens.push(token), false);
        return tokens;
    }
    /**
     * Read tokens until the end of the text or, inside `#{...}`, until the brace that closes
     * the interpolation (tokens inside an interpolation only matter for finding that brace).
     */
    scan(emit, inInterpolation) {
        let braceDepth = 0;
        const startLine = this.line;
        while (this.pos < this.text.length) {
            const c = this.text[this.pos];
            const line = this.line;
            const push = (kind, value) => emit({ kind, value, line });
            if (c === '\n') {
                this.line++;
                this.pos++;
            }
            else if (c === ' ' || c === '\t' || c === '\r') {
                this.pos++;
            }
            else if (c === '#') {
                this.skipComment();
            }
            else if (c === '"' || c === "'") {
                const value = this.readQuoted();
                if (this.atKeySuffix()) {
                    this.pos++;
                    push('key', value);
                }
                else {
                    push('string', value);
                }
            }
            else if (c === ':' && this.peek(1) !== ':' && this.startsAtom(this.pos + 1)) {
                this.pos++;
                push('atom', this.peek(0) === '"' || this.peek(0) === "'" ? this.readQuoted() : this.match(ATOM_NAME));
            }
            else if (c === '~' && this.startsSigil()) {
                this.readSigil();
                push('literal', undefined);
            }
            else if (c === '?') {
                // A character literal such as ?" or ?# must not open a string or a comment.
                this.pos += this.peek(1) === '\\' ? 3 : 1 + String.fromCodePoint(this.text.codePointAt(this.pos + 1) ?? 0).length;
                push('literal', undefined);
            }
            else if (c === '@' && this.matchAt(IDENTIFIER, this.pos + 1)) {
                this.pos++;
                push('attribute', this.match(IDENTIFIER));
            }
            else if (this.matchAt(IDENTIFIER, this.pos)) {
                const name = this.match(IDENTIFIER);
                if (this.atKeySuffix()) {
                    this.pos++;
                    push('key', name);
                }
                else {
                    push('identifier', name);
                }
            }
            else if (this.matchAt(ALIAS, this.pos)) {
                push('alias', this.match(ALIAS));
            }
            else if (this.matchAt(NUMBER, this.pos)) {
                push('number', this.match(NUMBER));
            }
            else if (this.text.startsWith('<<<', this.pos) || this.text.startsWith('>>>', this.pos)) {
                this.pos += 3;
                push('operator', c.repeat(3));
            }
            else if (this.text.startsWith('<<', this.pos) || this.text.startsWith('>>', this.pos)) {
                this.pos += 2;
                push(c === '<' ? 'open' : 'close', c.repeat(2));
            }
            else if (c === '(' || c === '[' || c === '{') {
                this.pos++;
                if (c === '{')
                    braceDepth++;
                push('open', c);
            }
            else if (c === ')' || c === ']' || c === '}') {
                this.pos++;
                if (c === '}' && inInterpolation && braceDepth === 0)
                    return;
                if (c === '}')
                    braceDepth--;
                push('close', c);
            }
            else if (c === ',') {
                this.pos++;
                push('comma', c);
            }
            else {
                this.pos++;
                push('operator', c);
            }
        }
        if (inInterpolation)
            this.fail('unterminated #{ interpolation', startLine);
    }
    skipComment() {
        const end = this.text.indexOf('\n', this.pos);
        this.pos = end === -1 ? this.text.length : end;
    }
    /** `"name":` makes a keyword key only when the colon is not the start of `::`. */
    atKeySuffix() {
        return this.peek(0) === ':' && this.peek(1) !== ':';
    }
    startsAtom(at) {
        const c = this.text[at];
        return c === '"' || c === "'" || this.matchAt(ATOM_NAME, at);
    }
    startsSigil() {
        SIGIL_NAME.lastIndex = this.pos + 1;
        const name = SIGIL_NAME.exec(this.text);
        return name !== null && this.text[this.pos + 1 + name[0].length] in SIGIL_CLOSERS;
    }
    /** A string or charlist (plain or heredoc); the cursor is on its opening quote. */
    readQuoted() {
        const quote = this.text[this.pos];
        if (this.text.startsWith(quote.repeat(3), this.pos)) {
            this.pos += 3;
            return this.readBody(quote.repeat(3), { interpolates: true, heredoc: true });
        }
        this.pos++;
        return this.readBody(quote, { interpolates: true, heredoc: false });
    }
    /** ~r/.../i, ~w(...)a, ~S"""...""": skipped whole so their contents are never read as code. */
    readSigil() {
        this.pos++;
        const name = this.match(SIGIL_NAME);
        const open = this.text[this.pos];
        const interpolates = name === name.toLowerCase();
        if ((open === '"' || open === "'") && this.text.startsWith(open.repeat(3), this.pos)) {
            this.pos += 3;
            this.readBody(open.repeat(3), { interpolates, heredoc: true });
        }
        else {
            this.pos++;
            this.readBody(SIGIL_CLOSERS[open], { interpolates, heredoc: false });
        }
        this.match(MODIFIERS);
    }
    /**
     * Read up to and past `close`. Returns the decoded text, or undefined when it interpolates or
     * is a heredoc (a heredoc's value depends on indentation rules no manifest field needs).
     * A heredoc closes only on a line that starts (after indentation) with its delimiter.
     */
    readBody(close, options) {
        const startLine = this.line;
        let value = '';
        let interpolated = false;
        let atLineStart = false;
        while (this.pos < this.text.length) {
            const c = this.text[this.pos];
            if (options.heredoc && atLineStart && this.text.startsWith(close, this.pos)) {
                this.pos += close.length;
                return undefined;
            }
            if (!options.heredoc && this.text.startsWith(close, this.pos)) {
                this.pos += close.length;
                return interpolated ? undefined : value;
            }
            if (c === '\\' && this.pos + 1 < this.text.length) {
                const next = this.text[this.pos + 1];
                if (next === '\n')
                    this.line++;
                value += options.interpolates ? (ESCAPES[next] ?? next) : c + next;
                this.pos += 2;
            }
            else if (options.interpolates && this.text.startsWith('#{', this.pos)) {
                this.pos += 2;
                this.scan(() => { }, true);
                interpolated = true;
            }
            else {
                if (c === '\n')
                    this.line++;
                value += c;
                this.pos++;
            }
            if (c === '\n')
                atLineStart = true;
            else if (c !== ' ' && c !== '\t')
                atLineStart = false;
        }
        return this.fail(`no closing ${close} for the text that starts on this line`, startLine);
    }
    peek(offset) {
        return this.text[this.pos + offset];
    }
    matchAt(pattern, at) {
        pattern.lastIndex = at;
        return pattern.test(this.text);
    }
    /** Consume `pattern` at the cursor and return what it matched. */
    match(pattern) {
        pattern.lastIndex = this.pos;
        const found = pattern.exec(this.text);
        if (!found)
            return undefined;
        this.pos += found[0].length;
        return found[0];
    }
    fail(reason, line) {
        throw new errors/* SystemdUnitsError */.d(reason, { file: this.file, line });
    }
}

;// CONCATENATED MODULE: ./src/manifest/mix-exs.ts



/** How many attribute or function indirections to follow before giving up (they could loop). */
const MAX_INDIRECTIONS = 8;
/**
 * Read the app name, version, module and release name out of a mix.exs without running it:
 * only literals, module attributes and zero-arity local functions returning literals are understood.
 */
function parseMixExs(text, file) {
    const source = new MixSource(text, file);
    const project = source.projectKeywords();
    const lookup = (key) => project.entries.find((entry) => entry.key === key);
    const app = lookup('app');
    const appName = app && source.atomOf(app, 'app');
    const version = lookup('version');
    const versionTerm = version && source.resolve(version.value);
    const releaseName = source.releaseName(lookup('default_release'), lookup('releases'));
    const umbrella = lookup('apps_path') !== undefined;
    const moduleName = source.moduleName();
    const name = umbrella ? releaseName : appName;
    if (name === undefined) {
        throw umbrella
            ? new errors/* SystemdUnitsError */.d('this umbrella project (apps_path:) has no default_release: or literal releases: to name the service after; add one to project/0, or set app_name', { file, line: project.line, key: 'releases' })
            : new errors/* SystemdUnitsError */.d('project/0 has no app: entry', { file, line: project.line, key: 'app' });
    }
    return {
        ecosystem: 'mix',
        file,
        appName: name,
        ...(versionTerm?.kind === 'string' && { version: versionTerm.value }),
        ...(moduleName !== undefined && { moduleName }),
        ...(releaseName !== undefined && { releaseName }),
    };
}
/** The tokens of one mix.exs and what can be looked up in them. */
class MixSource {
    file;
    reader;
    constructor(text, file) {
        this.file = file;
        this.reader = new TermReader(tokenize(text, file), file);
    }
    get tokens() {
        return this.reader.tokens;
    }
    /** `MyApp` from `defmodule MyApp.MixProject do` (or `.Mixfile`, the older convention). */
    moduleName() {
        const modules = this.tokens.flatMap((token, i) => {
            const name = this.tokens[i + 1];
            return token.kind === 'identifier' && token.value === 'defmodule' && name?.kind === 'alias' ? [name.value] : [];
        });
        const project = modules.find((name) => /\.(MixProject|Mixfile)$/.test(name)) ?? modules[0];
        return project?.replace(/\.(MixProject|Mixfile)$/, '');
    }
    /** The keyword list project/0 returns. */
    projectKeywords() {
        const body = this.functionBody('project');
        if (body === undefined) {
            throw new errors/* SystemdUnitsError */.d('no `def project` found; is this a Mix project file?', { file: this.file, key: 'project' });
        }
        const project = this.resolve(body);
        if (project.kind !== 'list') {
            throw new errors/* SystemdUnitsError */.d('project/0 does not return a literal keyword list', {
                file: this.file,
                line: project.line,
                key: 'project',
            });
        }
        return project;
    }
    /** `default_release:` when set, else the first release under `releases:`. */
    releaseName(defaultRelease, releases) {
        if (defaultRelease)
            return this.atomOf(defaultRelease, 'default_release');
        const list = releases && this.resolve(releases.value);
        return list?.kind === 'list' ? list.entries.find((entry) => entry.key !== undefined)?.key : undefined;
    }
    /** The atom an entry is set to; anything else is an error, as the name cannot be guessed. */
    atomOf(entry, key) {
        const term = this.resolve(entry.value);
        if (term.kind !== 'atom') {
            throw new errors/* SystemdUnitsError */.d('must be a literal atom such as :my_app to be read without running mix', {
                file: this.file,
                line: entry.line,
                key,
            });
        }
        return term.value;
    }
    /** Follow `@attribute` and `local_function()` references to the literal they stand for. */
    resolve(term, depth = 0) {
        if (depth > MAX_INDIRECTIONS)
            return { kind: 'opaque', line: term.line };
        if (term.kind === 'attribute') {
            const value = this.attributeValue(term.name, term.at);
            return value === undefined ? { kind: 'opaque', line: term.line } : this.resolve(value, depth + 1);
        }
        if (term.kind === 'call') {
            const body = this.functionBody(term.name);
            return body === undefined ? { kind: 'opaque', line: term.line } : this.resolve(body, depth + 1);
        }
        return term;
    }
    /** The value of `@name` as seen at token `at`: its last definition before that point, as in Elixir. */
    attributeValue(name, at) {
        for (let i = at - 1; i >= 0; i--) {
            const token = this.tokens[i];
            if (token.kind === 'attribute' && token.value === name && this.isAttributeDefinition(i)) {
                return this.reader.readExpression(i + 1).term;
            }
        }
        return undefined;
    }
    /** `@version "0.1.0"` defines; `version: @version` and `@version <> "-dev"` only read. */
    isAttributeDefinition(at) {
        const next = this.tokens[at + 1];
        if (next === undefined || next.line !== this.tokens[at].line || next.kind === 'operator')
            return false;
        return !this.reader.endsExpression(at + 1);
    }
    /**
     * The body of the zero-arity `def name`/`defp name`, when it is a single expression
     * (`def project do [...] end` or `defp releases, do: [...]`).
     */
    functionBody(name) {
        for (let i = 0; i < this.tokens.length; i++) {
            const keyword = this.tokens[i];
            if (keyword.kind !== 'identifier' || (keyword.value !== 'def' && keyword.value !== 'defp'))
                continue;
            if (this.tokens[i + 1]?.kind !== 'identifier' || this.tokens[i + 1]?.value !== name)
                continue;
            const afterName = this.tokens[i + 2]?.value === '(' && this.tokens[i + 3]?.value === ')' ? i + 4 : i + 2;
            const opener = this.tokens[afterName];
            if (opener?.kind === 'identifier' && opener.value === 'do') {
                const { term, next } = this.reader.readExpression(afterName + 1);
                const closesBlock = this.tokens[next]?.kind === 'identifier' && this.tokens[next]?.value === 'end';
                return closesBlock ? term : { kind: 'opaque', line: opener.line };
            }
            if (opener?.kind === 'comma' && this.tokens[afterName + 1]?.kind === 'key' && this.tokens[afterName + 1]?.value === 'do') {
                return this.reader.readExpression(afterName + 2).term;
            }
        }
        return undefined;
    }
}


/***/ })

};
