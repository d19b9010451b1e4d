/** A value read from YAML or JSON, as text: scalars as they print, anything else as JSON. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value)
  return JSON.stringify(value)
}
