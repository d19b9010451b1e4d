import { atLine, type SourceLocation } from '../shared/errors.js'
import { keyPath, type YamlMapping } from './yaml-source.js'

/** One source of settings: the config file, the `settings` input, the action inputs, the manifest, the defaults. */
export interface SettingsLayer {
  /** Values by option name, as written (references not yet resolved); `null` unsets. */
  values: Record<string, unknown>
  /** Where a value, or one item of it, came from. */
  locate(key: string, item?: number | string): SourceLocation
  /** Where a key nested in a setting is, `path` starting at the setting: line and column of the key itself. */
  locateKey(path: readonly string[]): SourceLocation
}

/** A layer read from YAML: locations carry the line of the key or of the offending item. */
export function yamlLayer(mapping: YamlMapping): SettingsLayer {
  return {
    values: mapping.values,
    locate(key, item) {
      const itemLines = mapping.itemLines.get(key)
      const itemIndex =
        typeof item === 'number' ? item : item === undefined ? -1 : Object.keys(mapping.values[key] ?? {}).indexOf(item)
      const line = itemLines?.[itemIndex] ?? mapping.keyLines.get(key)
      return { ...atLine(mapping.source, line), key: item === undefined ? key : `${key}[${JSON.stringify(item)}]` }
    },
    locateKey(path) {
      const position = mapping.keyPositions.get(keyPath(path))
      const at = atLine(mapping.source, position?.line ?? mapping.keyLines.get(path[0]!))
      const column = position && at !== mapping.source ? { column: position.column } : {}
      return { ...at, ...column, key: path.join('.') }
    },
  }
}

/** A layer whose values all come from one place per key (the defaults, `mix.exs`, the `app-name` input). */
export function fixedLayer(values: Record<string, unknown>, sourceOf: (key: string) => SourceLocation): SettingsLayer {
  return {
    values,
    locate: (key, item) => ({ ...sourceOf(key), key: item === undefined ? key : `${key}[${JSON.stringify(item)}]` }),
    locateKey: (path) => ({ ...sourceOf(path[0]!), key: path.join('.') }),
  }
}
