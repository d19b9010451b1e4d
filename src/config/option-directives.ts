/**
 * The options that write one directive each, read off the schema's `x-directive` annotations:
 * the one table of option → section and directive that gating, rendering and the docs share.
 */
import { configSchema, type SchemaNode } from './schema.js'
import type { OptionName } from './settings.js'

export type OptionShape = 'value' | 'list' | 'command' | 'commands'

export interface OptionDirective {
  option: OptionName
  /** The unit file section systemd reads it from (on current systemd). */
  section: string
  directive: string
  /** A single value, a list written on one line, one command, or one line per command. */
  shape: OptionShape
  /** The value's format, which decides how it is escaped. */
  format?: string
}

const COMMAND_REF = '#/$defs/command'

function shapeOf(node: SchemaNode): OptionShape {
  if (node.anyOf?.some((alternative) => alternative.$ref === COMMAND_REF)) return 'command'
  if (node.items?.$ref === COMMAND_REF) return 'commands'
  return node.type === 'array' ? 'list' : 'value'
}

export const OPTION_DIRECTIVES: readonly OptionDirective[] = Object.entries(configSchema.properties).flatMap(
  ([option, node]) => {
    const annotation = node['x-directive']
    if (!annotation) return []
    const [section = '', directive = ''] = annotation.split('.')
    const format = node.format ?? node.items?.format
    return [{ option: option as OptionName, section, directive, shape: shapeOf(node), ...(format ? { format } : {}) }]
  },
)
