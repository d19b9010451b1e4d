import { parse, TomlError } from 'smol-toml'
import { SystemdUnitsError } from '../shared/errors.js'

export type TomlTable = Record<string, unknown>

/** Parse TOML, turning a syntax error into one that points at the file and line. */
export function parseToml(text: string, file: string): TomlTable {
  try {
    return parse(text)
  } catch (error) {
    if (!(error instanceof TomlError)) throw error
    // smol-toml's message repeats the source as a code block after its first line.
    const reason = error.message.split('\n', 1)[0]!.replace(/^Invalid TOML document: /, '')
    throw new SystemdUnitsError(`invalid TOML: ${reason} (column ${error.column})`, {
      kind: 'file',
      file,
      line: error.line,
    })
  }
}

/** The sub-table at `key`, if it is one (a TOML array of tables or a value is not). */
export function tableAt(table: TomlTable | undefined, key: string): TomlTable | undefined {
  const value = table?.[key]
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as TomlTable) : undefined
}

/**
 * The line of `key` in table `table` (`package`, `project`, `tool.poetry`), for messages about a
 * value read from it; smol-toml keeps no positions. Finds `key =` under `[table]`, or the dotted
 * `table.key =` at the top level, which covers how manifests write their names.
 */
export function tomlKeyLine(text: string, table: string, key: string): number | undefined {
  const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const inTable = new RegExp(`^\\s*["']?${escaped(key)}["']?\\s*=`)
  const dotted = new RegExp(`^\\s*${escaped(table)}\\.${escaped(key)}\\s*=`)
  let current = ''
  for (const [index, line] of text.split('\n').entries()) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?/.exec(line)
    if (header) current = header[1]!.replace(/\s*\.\s*/g, '.')
    else if ((current === table && inTable.test(line)) || (current === '' && dotted.test(line))) return index + 1
  }
  return undefined
}
