/** Where a JSON text first breaks the grammar, and what was expected there. */
export interface JsonSyntaxError {
  /** 1-based line of the offending character. */
  line: number
  reason: string
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const STRING_CHARS = /(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*/y

/**
 * Locate the first syntax error in `text` by scanning it against the JSON grammar. V8's
 * JSON.parse messages carry a position only for some errors ("Unexpected token ']', "[1,]" is
 * not valid JSON" has none), so the line cannot be taken from them.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text)
  try {
    scanner.document()
    return undefined
  } catch (error) {
    if (!(error instanceof ScanError)) throw error
    return { line: lineOf(text, error.offset), reason: error.message }
  }
}

function lineOf(text: string, offset: number): number {
  // An error at the very end (unclosed brace) belongs to the last line that has content.
  const end = Math.min(offset, text.trimEnd().length)
  return text.slice(0, end).split('\n').length
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

class Scanner {
  private pos = 0

  constructor(private readonly text: string) {}

  document(): void {
    this.value()
    this.whitespace()
    if (this.pos < this.text.length) this.fail('unexpected content after the end of the document')
  }

  private value(): void {
    this.whitespace()
    const c = this.text[this.pos]
    if (c === '{') this.object()
    else if (c === '[') this.array()
    else if (c === '"') this.string()
    else if (!this.eat('true') && !this.eat('false') && !this.eat('null') && !this.number()) {
      this.fail('expected a value')
    }
  }

  private object(): void {
    this.pos++
    this.whitespace()
    if (this.eat('}')) return
    do {
      this.whitespace()
      if (this.text[this.pos] !== '"') this.fail('expected a double-quoted property name')
      this.string()
      this.whitespace()
      if (!this.eat(':')) this.fail("expected ':' after a property name")
      this.value()
      this.whitespace()
    } while (this.eat(','))
    if (!this.eat('}')) this.fail("expected ',' or '}'")
  }

  private array(): void {
    this.pos++
    this.whitespace()
    if (this.eat(']')) return
    do {
      this.value()
      this.whitespace()
    } while (this.eat(','))
    if (!this.eat(']')) this.fail("expected ',' or ']'")
  }

  private string(): void {
    this.pos++
    STRING_CHARS.lastIndex = this.pos
    this.pos += STRING_CHARS.exec(this.text)![0].length
    if (!this.eat('"'))
      this.fail(this.pos < this.text.length ? 'bad character or escape in a string' : 'unterminated string')
  }

  private number(): boolean {
    NUMBER.lastIndex = this.pos
    const found = NUMBER.exec(this.text)
    if (found) this.pos += found[0].length
    return found !== null
  }

  private whitespace(): void {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? '')) this.pos++
  }

  private eat(expected: string): boolean {
    if (!this.text.startsWith(expected, this.pos)) return false
    this.pos += expected.length
    return true
  }

  private fail(reason: string): never {
    throw new ScanError(reason, this.pos)
  }
}
