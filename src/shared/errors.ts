/** Where a bad value came from, so the message can point a user at it. */
export interface SourceLocation {
  /** File the value was read from (relative to the working directory), or an input such as `input settings`. */
  file: string
  /** 1-based line in that file, when known. */
  line?: number
  /** The setting or field the value belongs to, e.g. `env_vars` or `package.name`. */
  key?: string
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
}

function formatMessage(reason: string, location?: SourceLocation): string {
  if (!location) return reason
  const where = location.line ? `${location.file}:${location.line}` : location.file
  return location.key ? `${where}: ${location.key}: ${reason}` : `${where}: ${reason}`
}

/** Narrow an unknown thrown value to a message worth showing. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
