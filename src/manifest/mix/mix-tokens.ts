import { SystemdUnitsError } from '../../shared/errors.js'

/**
 * A token of Elixir source, as much as reading mix.exs statically needs: literals keep their
 * value, everything else is kept only so brackets, blocks and expression ends can be followed.
 */
export interface Token {
  kind:
    | 'string' // "..." or """...""" (charlists too: their value is the same text)
    | 'atom' // :name or :"name"
    | 'key' // `name:` or `"name":` in a keyword list
    | 'identifier' // lower-case names, including def, do, end, fn
    | 'alias' // MyApp.MixProject
    | 'attribute' // @version
    | 'number'
    | 'literal' // sigils and ?c character literals: values we never need
    | 'open' // ( [ { <<
    | 'close' // ) ] } >>
    | 'comma'
    | 'operator' // any other punctuation, one character per token
  /** Decoded text of string/atom/key tokens (undefined when it interpolates `#{...}`); the name for the others. */
  value: string | undefined
  /** A plain string that interpolates: its literal text and the tokens of each `#{...}`, in order. */
  parts?: Array<string | Token[]>
  line: number
}

/** A quoted text: its decoded value, or its parts when it interpolates. */
interface Body {
  value: string | undefined
  parts?: Array<string | Token[]>
}

const IDENTIFIER = /[\p{Ll}_][\p{L}\p{N}_]*[?!]?/uy
const ATOM_NAME = /[\p{L}_][\p{L}\p{N}_@]*[?!]?/uy
const ALIAS = /[A-Z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)*/y
const NUMBER = /0x[0-9a-fA-F_]+|0b[01_]+|0o[0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?/y
const SIGIL_NAME = /[a-z]|[A-Z][A-Z0-9]*/y
const MODIFIERS = /[a-zA-Z]*/y
const SIGIL_CLOSERS: Record<string, string> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '<': '>',
  '/': '/',
  '|': '|',
  '"': '"',
  "'": "'",
}
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', s: ' ', e: '\x1b', '0': '\0' }

/** Split Elixir source into tokens; comments are dropped, strings and sigils are read whole. */
export function tokenize(text: string, file: string): Token[] {
  return new Lexer(text, file).tokens()
}

class Lexer {
  private pos = 0
  private line = 1

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  tokens(): Token[] {
    const tokens: Token[] = []
    this.scan((token) => tokens.push(token), false)
    return tokens
  }

  /**
   * Read tokens until the end of the text or, inside `#{...}`, until the brace that closes
   * the interpolation (tokens inside an interpolation only matter for finding that brace).
   */
  private scan(emit: (token: Token) => void, inInterpolation: boolean): void {
    let braceDepth = 0
    const startLine = this.line
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!
      const line = this.line
      const push = (kind: Token['kind'], value: string | undefined) => emit({ kind, value, line })

      if (c === '\n') {
        this.line++
        this.pos++
      } else if (c === ' ' || c === '\t' || c === '\r') {
        this.pos++
      } else if (c === '#') {
        this.skipComment()
      } else if (c === '"' || c === "'") {
        const { value, parts } = this.readQuoted()
        if (this.atKeySuffix()) {
          this.pos++
          push('key', value)
        } else {
          emit({ kind: 'string', value, ...(parts && { parts }), line })
        }
      } else if (c === ':' && this.peek(1) !== ':' && this.startsAtom(this.pos + 1)) {
        this.pos++
        push('atom', this.peek(0) === '"' || this.peek(0) === "'" ? this.readQuoted().value : this.match(ATOM_NAME))
      } else if (c === '~' && this.startsSigil()) {
        this.readSigil()
        push('literal', undefined)
      } else if (c === '?') {
        // A character literal such as ?" or ?# must not open a string or a comment.
        this.pos +=
          this.peek(1) === '\\' ? 3 : 1 + String.fromCodePoint(this.text.codePointAt(this.pos + 1) ?? 0).length
        push('literal', undefined)
      } else if (c === '@' && this.matchAt(IDENTIFIER, this.pos + 1)) {
        this.pos++
        push('attribute', this.match(IDENTIFIER))
      } else if (this.matchAt(IDENTIFIER, this.pos)) {
        const name = this.match(IDENTIFIER)
        if (this.atKeySuffix()) {
          this.pos++
          push('key', name)
        } else {
          push('identifier', name)
        }
      } else if (this.matchAt(ALIAS, this.pos)) {
        push('alias', this.match(ALIAS))
      } else if (this.matchAt(NUMBER, this.pos)) {
        push('number', this.match(NUMBER))
      } else if (this.text.startsWith('<<<', this.pos) || this.text.startsWith('>>>', this.pos)) {
        this.pos += 3
        push('operator', c.repeat(3))
      } else if (this.text.startsWith('<<', this.pos) || this.text.startsWith('>>', this.pos)) {
        this.pos += 2
        push(c === '<' ? 'open' : 'close', c.repeat(2))
      } else if (c === '(' || c === '[' || c === '{') {
        this.pos++
        if (c === '{') braceDepth++
        push('open', c)
      } else if (c === ')' || c === ']' || c === '}') {
        this.pos++
        if (c === '}' && inInterpolation && braceDepth === 0) return
        if (c === '}') braceDepth--
        push('close', c)
      } else if (c === ',') {
        this.pos++
        push('comma', c)
      } else {
        this.pos++
        push('operator', c)
      }
    }
    if (inInterpolation) this.fail('unterminated #{ interpolation', startLine)
  }

  private skipComment(): void {
    const end = this.text.indexOf('\n', this.pos)
    this.pos = end === -1 ? this.text.length : end
  }

  /** `"name":` makes a keyword key only when the colon is not the start of `::`. */
  private atKeySuffix(): boolean {
    return this.peek(0) === ':' && this.peek(1) !== ':'
  }

  private startsAtom(at: number): boolean {
    const c = this.text[at]
    return c === '"' || c === "'" || this.matchAt(ATOM_NAME, at)
  }

  private startsSigil(): boolean {
    SIGIL_NAME.lastIndex = this.pos + 1
    const name = SIGIL_NAME.exec(this.text)
    return name !== null && this.text[this.pos + 1 + name[0].length]! in SIGIL_CLOSERS
  }

  /** A string or charlist (plain or heredoc); the cursor is on its opening quote. */
  private readQuoted(): Body {
    const quote = this.text[this.pos]!
    if (this.text.startsWith(quote.repeat(3), this.pos)) {
      this.pos += 3
      return this.readBody(quote.repeat(3), { interpolates: true, heredoc: true })
    }
    this.pos++
    return this.readBody(quote, { interpolates: true, heredoc: false })
  }

  /** ~r/.../i, ~w(...)a, ~S"""...""": skipped whole so their contents are never read as code. */
  private readSigil(): void {
    this.pos++
    const name = this.match(SIGIL_NAME)!
    const open = this.text[this.pos]!
    const interpolates = name === name.toLowerCase()
    if ((open === '"' || open === "'") && this.text.startsWith(open.repeat(3), this.pos)) {
      this.pos += 3
      this.readBody(open.repeat(3), { interpolates, heredoc: true })
    } else {
      this.pos++
      this.readBody(SIGIL_CLOSERS[open]!, { interpolates, heredoc: false })
    }
    this.match(MODIFIERS)
  }

  /**
   * Read up to and past `close`. Returns the decoded text, or, when it interpolates, its parts
   * (literal text and the tokens of each `#{...}`); a heredoc has neither, as its value depends
   * on indentation rules no manifest field needs. A heredoc closes only on a line that starts
   * (after indentation) with its delimiter.
   */
  private readBody(close: string, options: { interpolates: boolean; heredoc: boolean }): Body {
    const startLine = this.line
    let value = ''
    const parts: Array<string | Token[]> = []
    let atLineStart = false
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!
      if (options.heredoc && atLineStart && this.text.startsWith(close, this.pos)) {
        this.pos += close.length
        return { value: undefined }
      }
      if (!options.heredoc && this.text.startsWith(close, this.pos)) {
        this.pos += close.length
        if (parts.length === 0) return { value }
        return { value: undefined, parts: value === '' ? parts : [...parts, value] }
      }
      if (c === '\\' && this.pos + 1 < this.text.length) {
        const next = this.text[this.pos + 1]!
        if (next === '\n') this.line++
        value += options.interpolates ? (ESCAPES[next] ?? next) : c + next
        this.pos += 2
      } else if (options.interpolates && this.text.startsWith('#{', this.pos)) {
        this.pos += 2
        if (value !== '') parts.push(value)
        value = ''
        const inner: Token[] = []
        this.scan((token) => inner.push(token), true)
        parts.push(inner)
      } else {
        if (c === '\n') this.line++
        value += c
        this.pos++
      }
      if (c === '\n') atLineStart = true
      else if (c !== ' ' && c !== '\t') atLineStart = false
    }
    return this.fail(`no closing ${close} for the text that starts on this line`, startLine)
  }

  private peek(offset: number): string | undefined {
    return this.text[this.pos + offset]
  }

  private matchAt(pattern: RegExp, at: number): boolean {
    pattern.lastIndex = at
    return pattern.test(this.text)
  }

  /** Consume `pattern` at the cursor and return what it matched. */
  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos
    const found = pattern.exec(this.text)
    if (!found) return undefined
    this.pos += found[0].length
    return found[0]
  }

  private fail(reason: string, line: number): never {
    throw new SystemdUnitsError(reason, { kind: 'file', file: this.file, line })
  }
}
