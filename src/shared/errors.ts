/**
 * Where a bad value came from, so the message can point a user at it. A front end names an
 * input its own way: `input "settings"` in the action, `--settings` in the CLI.
 */
export type SourceLocation =
  | {
      kind: 'file'
      /** Path relative to the working directory. */
      file: string
      /** 1-based line in that file, when known. */
      line?: number
      /** 1-based column in that line, when known. */
      column?: number
      /** The setting or field the value belongs to, e.g. `env_vars` or `package.name`. */
      key?: string
    }
  | {
      kind: 'input'
      /** The action input's name, e.g. `settings`; the CLI's flag comes from the field table. */
      name: string
      /** 1-based line inside a multi-line input (the `settings` YAML), when known. */
      line?: number
      /** 1-based column in that line, when known. */
      column?: number
      key?: string
    }
  | { kind: 'default'; key?: string }
  | { kind: 'built-in'; key?: string }

/** How a front end names an input in messages. */
export type InputNamer = (name: string) => string

/** The action's way, and the default: `input "settings"`. */
export const actionInputName: InputNamer = (name) => `input "${name}"`

/** A location in a file, the common case. */
export function inFile(file: string, line?: number, key?: string): SourceLocation {
  return { kind: 'file', file, ...(line === undefined ? {} : { line }), ...(key === undefined ? {} : { key }) }
}

/** A location at an input (or the CLI's flag for it). */
export function atInput(name: string): SourceLocation {
  return { kind: 'input', name }
}

/** The location with the setting or field it belongs to. */
export function withKey(location: SourceLocation, key: string | undefined): SourceLocation {
  return key === undefined ? location : { ...location, key }
}

/** The location at a line: files and multi-line inputs have lines; the defaults and our templates do not. */
export function atLine(location: SourceLocation, line: number | undefined): SourceLocation {
  return line !== undefined && (location.kind === 'file' || location.kind === 'input')
    ? { ...location, line }
    : location
}

/** Where, as a message shows it: `path:line`, `input "x"` (or the front end's name), `default`, `built-in`. */
export function describeLocation(location: SourceLocation, nameInput: InputNamer = actionInputName): string {
  switch (location.kind) {
    case 'file':
      return `${location.file}${lineAndColumn(location)}`
    case 'input':
      return `${nameInput(location.name)}${lineAndColumn(location)}`
    case 'default':
      return 'default'
    case 'built-in':
      return 'built-in'
  }
}

/** `:line:column`, `:line` or nothing, as compilers print positions. */
function lineAndColumn({ line, column }: { line?: number; column?: number }): string {
  if (!line) return ''
  return column ? `:${line}:${column}` : `:${line}`
}

/**
 * The one error type users see. Its message names the file, line and key so the
 * action can turn it into an annotation and the CLI can print it as is.
 */
export class SystemdUnitsError extends Error {
  constructor(
    /** What is wrong, without the location prefix. */
    readonly reason: string,
    readonly location?: SourceLocation,
  ) {
    super(formatMessage(reason, location))
    this.name = 'SystemdUnitsError'
  }

  /** The message with inputs named by the front end. */
  describe(nameInput: InputNamer): string {
    return formatMessage(this.reason, this.location, nameInput)
  }
}

function formatMessage(reason: string, location?: SourceLocation, nameInput?: InputNamer): string {
  if (!location) return reason
  const where = describeLocation(location, nameInput)
  return location.key ? `${where}: ${location.key}: ${reason}` : `${where}: ${reason}`
}

/** Narrow an unknown thrown value to a message worth showing, inputs named by `nameInput` when given. */
export function messageOf(error: unknown, nameInput?: InputNamer): string {
  if (error instanceof SystemdUnitsError && nameInput) return error.describe(nameInput)
  return error instanceof Error ? error.message : String(error)
}

/**
 * Several errors found in one pass over a file, reported together so a user fixes them all at
 * once. It is a SystemdUnitsError at the first of them, whose message lists every one, a line each.
 */
export class SystemdUnitsErrors extends SystemdUnitsError {
  constructor(readonly errors: readonly SystemdUnitsError[]) {
    super(errors[0]!.reason, errors[0]!.location)
    this.message = errors.map((error) => error.message).join('\n')
  }

  override describe(nameInput: InputNamer): string {
    return this.errors.map((error) => error.describe(nameInput)).join('\n')
  }
}

/** Throw what was found: nothing, the one error, or all of them together. */
export function throwAll(errors: readonly SystemdUnitsError[]): void {
  if (errors.length === 1) throw errors[0]!
  if (errors.length > 1) throw new SystemdUnitsErrors(errors)
}
