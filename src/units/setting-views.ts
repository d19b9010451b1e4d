/**
 * Every resolved setting as a template sees it, under its option name ({{current_dir}},
 * {{version}}, ...), escaped so that it cannot end a line or expand a specifier wherever a
 * template puts it: a template writes the directive around a value, so each value is escaped as
 * free text (systemd.unit(5) "Specifiers": "%%" is a literal "%"), except the two kinds that have
 * only one form in a unit: commands, as the Exec line they are, and env_vars, as Environment=
 * assignments (systemd.exec(5) Environment=). Values come from the resolved settings only, never
 * from the process environment.
 */
import { configSchema, type SchemaNode } from '../config/schema.js'
import type { OptionName, Settings } from '../config/settings.js'
import { scalarText } from '../shared/text.js'
import { escapeEnvironment, escapeText } from '../systemd/syntax.js'
import { renderCommand } from './setting-directives.js'
import type { UnitView } from './views.js'

/** The template values of the settings `names` (option names), each escaped as the module comment says. Pure. */
export function settingViews(settings: Settings, names: Iterable<string>): UnitView {
  const view: UnitView = {}
  // Every string setting was checked to be one line (formats.ts), so the escapes here refuse nothing.
  for (const name of names) view[name] = settingView(settings, name as OptionName)
  return view
}

const COMMAND_REF = '#/$defs/command'

function settingView(settings: Settings, name: OptionName): UnitView[string] {
  const node = configSchema.properties[name] as SchemaNode
  if (isCommand(node)) {
    const command = settings.command(name)
    return command === undefined ? undefined : renderCommand(command)
  }
  if (node.items && isCommand(node.items)) return settings.commands(name).map(renderCommand)
  if (name === 'env_vars') return settings.environment().map(([variable, value]) => escapeEnvironment(variable, value))
  const value = settings.value(name)
  if (value === undefined || value === null) return undefined
  if (typeof value === 'boolean') return value
  if (Array.isArray(value)) return value.map((item) => escapeText(scalarText(item)))
  // A mapping (hardening_overrides) is one `key=value` item per value, a list value one per element.
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      [item]
        .flat()
        .filter((element) => element !== null && element !== undefined)
        .map((element) => escapeText(`${key}=${scalarText(element)}`)),
    )
  }
  return escapeText(scalarText(value))
}

function isCommand(node: SchemaNode): boolean {
  return node.$ref === COMMAND_REF || (node.anyOf ?? []).some((alternative) => alternative.$ref === COMMAND_REF)
}
