import { SystemdUnitsError } from '../../shared/errors.js'
import type { Token } from './mix-tokens.js'

/** A value written in mix.exs, as far as it can be known without running Elixir. */
export type Term =
  | { kind: 'string'; value: string; line: number }
  | { kind: 'atom'; value: string; line: number }
  | { kind: 'list'; entries: ListEntry[]; line: number }
  /** `@name`: its value is the attribute's last definition before `at` (a token index). */
  | { kind: 'attribute'; name: string; at: number; line: number }
  /** `"#{@base}-dev"`: literal text and the terms interpolated into it. */
  | { kind: 'interpolation'; parts: Array<string | Term>; line: number }
  /**
   * `name()` or a bare `name`: a zero-arity local function (or a variable, which we cannot read);
   * `name("literal")`: a one-argument local function called with a literal.
   */
  | { kind: 'call'; name: string; argument?: Term; line: number }
  /** `File.read!("VERSION")`, trimmed or not: the text of a file next to mix.exs. */
  | { kind: 'file'; path: string; line: number }
  /** Anything only running the code would tell: operators, calls with arguments, maps, tuples... */
  | { kind: 'opaque'; line: number }

/** An element of a list; `key` is set for keyword entries such as `app: :my_app`. */
export interface ListEntry {
  key?: string
  value: Term
  line: number
}

/** Identifiers that start or end blocks rather than name values. */
const BLOCK_OPENERS = new Set(['do', 'fn'])
const MATCHING_OPEN: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>>': '<<' }

/** The String functions a VERSION file is read through; each leaves the version itself as it is. */
const TRIMS = new Set(['trim', 'strip', 'trim_trailing'])

/** Reads terms out of a token list; every read returns the term and the index just after it. */
export class TermReader {
  constructor(
    readonly tokens: readonly Token[],
    private readonly file: string,
  ) {}

  /**
   * One expression starting at `at`: its term when it is a single literal, list, attribute or
   * local call; opaque when it is anything more (`@version <> "-dev"`, `Mix.env() == :prod`).
   */
  readExpression(at: number): { term: Term; next: number } {
    const primary = this.readPrimary(at)
    if (primary && this.endsExpression(primary.next)) return primary
    return { term: { kind: 'opaque', line: this.lineAt(at) }, next: this.skipExpression(at) }
  }

  /** Whether the expression that ends just before `at` cannot continue there. */
  endsExpression(at: number): boolean {
    const token = this.tokens[at]
    if (!token || this.isHardEnd(token)) return true
    // A new line starts a new expression unless an operator joins the lines (`|> String.trim()`).
    const previous = this.tokens[at - 1]
    return (
      previous !== undefined && token.line > previous.line && token.kind !== 'operator' && previous.kind !== 'operator'
    )
  }

  /** Tokens that end an expression wherever they appear: `,`, a closing bracket, `end`. */
  private isHardEnd(token: Token): boolean {
    return token.kind === 'comma' || token.kind === 'close' || (token.kind === 'identifier' && token.value === 'end')
  }

  private readPrimary(at: number): { term: Term; next: number } | undefined {
    const token = this.tokens[at]
    if (!token) return undefined
    const { line } = token
    switch (token.kind) {
      case 'string':
        if (token.parts) return { term: this.interpolation(token.parts, at, line), next: at + 1 }
        return token.value === undefined
          ? undefined
          : { term: { kind: 'string', value: token.value, line }, next: at + 1 }
      case 'atom':
        return token.value === undefined
          ? undefined
          : { term: { kind: 'atom', value: token.value, line }, next: at + 1 }
      case 'alias':
        return this.readFileRead(at)
      case 'attribute':
        return { term: { kind: 'attribute', name: token.value!, at, line }, next: at + 1 }
      case 'identifier': {
        if (BLOCK_OPENERS.has(token.value!) || token.value === 'end') return undefined
        const emptyParens = this.tokens[at + 1]?.value === '(' && this.tokens[at + 2]?.value === ')'
        const literalArgument =
          this.tokens[at + 1]?.value === '(' &&
          this.tokens[at + 2]?.kind === 'string' &&
          this.tokens[at + 2]?.value !== undefined &&
          this.tokens[at + 3]?.value === ')'
        if (literalArgument) {
          const argument: Term = { kind: 'string', value: this.tokens[at + 2]!.value!, line }
          return { term: { kind: 'call', name: token.value!, argument, line }, next: at + 4 }
        }
        return { term: { kind: 'call', name: token.value!, line }, next: emptyParens ? at + 3 : at + 1 }
      }
      case 'open':
        return token.value === '[' ? this.readList(at) : undefined
      default:
        return undefined
    }
  }

  /**
   * The parts of an interpolating string at token `at`; each `#{...}` is read as an expression
   * of its own, and an attribute in it takes its value as seen at the string.
   */
  private interpolation(parts: Array<string | Token[]>, at: number, line: number): Term {
    const terms = parts.map((part): string | Term => {
      if (typeof part === 'string') return part
      const inner = new TermReader(part, this.file)
      const { term, next } = inner.readExpression(0)
      if (next < part.length) return { kind: 'opaque', line }
      return term.kind === 'attribute' ? { ...term, at } : term
    })
    return { kind: 'interpolation', parts: terms, line }
  }

  /**
   * `File.read!("VERSION")`, `File.read!("VERSION") |> String.trim()` or
   * `String.trim(File.read!("VERSION"))` (`String.strip` in older projects, `trim_trailing` too),
   * the path also as `Path.join(__DIR__, "VERSION")` or `Path.expand("VERSION", __DIR__)`:
   * the cursor is on the alias.
   */
  private readFileRead(at: number): { term: Term; next: number } | undefined {
    const trimCall = (i: number) =>
      this.matches(i, ['String', '.']) &&
      TRIMS.has(this.tokens[i + 2]?.value ?? '') &&
      this.tokens[i + 3]?.value === '('
        ? i + 4
        : undefined
    const inner = trimCall(at)
    if (inner !== undefined) {
      const read = this.readFileRead(inner)
      return read && this.tokens[read.next]?.value === ')' ? { term: read.term, next: read.next + 1 } : undefined
    }
    if (!this.matches(at, ['File', '.', 'read!', '('])) return undefined
    const path = this.readPath(at + 4)
    if (path === undefined || this.tokens[path.next]?.value !== ')') return undefined
    let next = path.next + 1
    if (this.matches(next, ['|', '>', 'String', '.']) && TRIMS.has(this.tokens[next + 4]?.value ?? '')) {
      next += 5
      if (this.tokens[next]?.value === '(' && this.tokens[next + 1]?.value === ')') next += 2
    }
    return { term: { kind: 'file', path: path.value, line: path.line }, next }
  }

  /** A path next to mix.exs: `"VERSION"`, `Path.join(__DIR__, "VERSION")` or `Path.expand("VERSION", __DIR__)`. */
  private readPath(at: number): { value: string; line: number; next: number } | undefined {
    const literal = (i: number) => {
      const token = this.tokens[i]
      return token?.kind === 'string' && token.value !== undefined
        ? { value: token.value, line: token.line }
        : undefined
    }
    const plain = literal(at)
    if (plain) return { ...plain, next: at + 1 }
    if (this.matches(at, ['Path', '.', 'join', '(', '__DIR__', ','])) {
      const name = literal(at + 6)
      return name && this.tokens[at + 7]?.value === ')' ? { ...name, next: at + 8 } : undefined
    }
    if (this.matches(at, ['Path', '.', 'expand', '('])) {
      const name = literal(at + 4)
      return name && this.matches(at + 5, [',', '__DIR__', ')']) ? { ...name, next: at + 8 } : undefined
    }
    return undefined
  }

  /** Whether the tokens from `at` have exactly these values. */
  private matches(at: number, values: string[]): boolean {
    return values.every((value, i) => this.tokens[at + i]?.value === value)
  }

  /** `[...]` with plain and keyword entries; the cursor is on `[`. */
  private readList(at: number): { term: Term; next: number } {
    const entries: ListEntry[] = []
    let i = at + 1
    while (this.tokens[i]?.value !== ']') {
      const token = this.tokens[i]
      if (!token) this.fail('unclosed [', this.lineAt(at))
      const key = token.kind === 'key' ? token.value : undefined
      if (token.kind === 'key') i++
      const { term, next } = this.readExpression(i)
      if (next === i) this.fail(`unexpected ${this.tokens[i]?.value ?? 'end of file'} in a list`, this.lineAt(i))
      entries.push(key === undefined ? { value: term, line: token.line } : { key, value: term, line: token.line })
      i = next
      if (this.tokens[i]?.kind === 'comma') i++
    }
    return { term: { kind: 'list', entries, line: this.lineAt(at) }, next: i + 1 }
  }

  /**
   * Index just after the expression starting at `at`, following brackets and do/fn...end blocks
   * so a comma or line break inside them does not end it.
   */
  skipExpression(at: number): number {
    const open: string[] = []
    let i = at
    for (; i < this.tokens.length; i++) {
      const token = this.tokens[i]!
      if (open.length === 0 && (this.isHardEnd(token) || (i > at && this.endsExpression(i)))) break
      if (token.kind === 'open' || (token.kind === 'identifier' && BLOCK_OPENERS.has(token.value!))) {
        open.push(token.value!)
      } else if (token.kind === 'close' || (token.kind === 'identifier' && token.value === 'end')) {
        const opener = open.pop()
        const matches =
          token.value === 'end'
            ? opener !== undefined && BLOCK_OPENERS.has(opener)
            : opener === MATCHING_OPEN[token.value!]
        if (!matches) this.fail(`unexpected ${token.value}`, token.line)
      }
    }
    return i
  }

  lineAt(at: number): number {
    return (this.tokens[at] ?? this.tokens[this.tokens.length - 1])?.line ?? 1
  }

  private fail(reason: string, line: number): never {
    throw new SystemdUnitsError(reason, { kind: 'file', file: this.file, line })
  }
}
