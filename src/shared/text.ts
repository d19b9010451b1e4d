/** A value read from YAML or JSON, as text: scalars as they print, anything else as JSON. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value)
  return JSON.stringify(value)
}

/** `1 GiB (1073741824 bytes)`: a limit as a person reads it, and exactly. */
export function formatBytes(bytes: number): string {
  return `${bytes / 2 ** 20 >= 1024 ? `${bytes / 2 ** 30} GiB` : `${bytes / 2 ** 20} MiB`} (${bytes} bytes)`
}

/** Characters of another party's words (a response body, a tool's stderr) a message quotes at most. */
export const EXCERPT_LENGTH = 300

/**
 * The start of `text`, on one line, for a message that quotes what a service answered or a tool
 * printed: never a whole response body or file, which may be huge or hold what should not be
 * shown. Line breaks become spaces; a cut says how much was left out.
 */
export function excerpt(text: string, limit = EXCERPT_LENGTH): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
  return line.length <= limit ? line : `${line.slice(0, limit)}… (${line.length - limit} more characters)`
}
