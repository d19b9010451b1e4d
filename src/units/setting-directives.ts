/**
 * The directives of options the templates do not write themselves (ExecReload=, WatchdogSec=,
 * MemoryMax=, ...): one line each, escaped for its directive, added to the section systemd reads
 * it from. Which options these are, and their directives, comes from the schema (x-directive).
 */
import { OPTION_DIRECTIVES, type OptionDirective } from '../config/option-directives.js'
import type { Command, Settings } from '../config/settings.js'
import { escapeExecArgv, escapeText, escapeWordList } from '../systemd/syntax.js'
import type { VersionGate } from '../systemd/version-gate.js'
import type { SectionLines } from './sections.js'

/** A string is a command line, already checked and used as written; a list is an argument vector. */
export function renderCommand(command: Command): string {
  return typeof command === 'string' ? command : escapeExecArgv(command)
}

/** The lines of every set option whose directive the template does not write (its view has no key for it). */
export function settingDirectives(settings: Settings, gate: VersionGate, written: ReadonlySet<string>): SectionLines {
  const lines = new Map<string, string[]>()
  for (const entry of OPTION_DIRECTIVES) {
    if (written.has(entry.option)) continue
    const values = directiveValues(settings, entry)
    if (values.length === 0) continue
    const { section, directive } = gate.placed(entry.section, entry.directive)
    lines.set(section, [...(lines.get(section) ?? []), ...values.map((value) => `${directive}=${value}`)])
  }
  return lines
}

function directiveValues(settings: Settings, { option, shape, format }: OptionDirective): string[] {
  switch (shape) {
    case 'command': {
      const command = settings.command(option)
      return command === undefined ? [] : [renderCommand(command)]
    }
    case 'commands':
      return settings.commands(option).map(renderCommand)
    case 'list': {
      const items = settings.list(option)
      return items.length === 0 ? [] : [escapeWordList(items.map(String))]
    }
    case 'value': {
      const value = settings.optional(option)
      if (value === undefined) return []
      // Free text expands specifiers; every other format is checked to hold none of % \ " or space.
      return [format === 'single-line' ? escapeText(value) : value]
    }
  }
}
