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
