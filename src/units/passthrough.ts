/**
 * The passthrough: `directives` (the main service) and `unit_directives` (every other unit we
 * generate, by its file name) write directives no setting covers, sections and names exactly as
 * systemd spells them and values as written. systemd ignores an unknown directive with only a
 * warning (systemd.unit(5)), so every key is checked against the directives systemd knows for
 * that section, and every value gets the one-line checks every other value gets. Every problem
 * of the file is reported at once, each at its key. Pure.
 */
import { OPTION_DIRECTIVES } from '../config/option-directives.js'
import type { OptionName, Settings } from '../config/settings.js'
import { SystemdUnitsError, throwAll } from '../shared/errors.js'
import { closestName } from '../config/schema.js'
import { checkSpecifiers } from '../systemd/command-line.js'
import { lookUpDirective, takesReset, UNIT_SECTIONS } from '../systemd/directives.js'
import { checkSingleLine } from '../systemd/syntax.js'
import type { VersionGate } from '../systemd/version-gate.js'
import type { SectionDirectives } from './sections.js'

type Scalar = string | number | boolean
type Written = Record<string, Record<string, Scalar | readonly Scalar[]>>

/** Where a unit's passthrough comes from: the setting and, for `unit_directives`, the unit's key. */
type Origin = readonly [OptionName, ...string[]]

/**
 * The directives each generated unit is given, by unit file name. `main` is the main service;
 * `others` the rest of the units generated, which `unit_directives` must name.
 */
export function passthroughDirectives(
  settings: Settings,
  gate: VersionGate,
  main: string,
  others: readonly string[],
): Map<string, SectionDirectives> {
  const errors: SystemdUnitsError[] = []
  const result = new Map<string, SectionDirectives>()
  const given: Array<[string, Origin, Written]> = [[main, ['directives'], asWritten(settings, 'directives')]]
  for (const [unit, sections] of settings.mapping('unit_directives')) {
    if (others.includes(unit)) given.push([unit, ['unit_directives', unit], sections as Written])
    else
      errors.push(new SystemdUnitsError(unknownUnit(unit, main, others), settings.locateKey(['unit_directives', unit])))
  }
  for (const [unit, origin, sections] of given) {
    const checked = checkUnit(settings, gate, unit, origin, sections, errors)
    if (checked.size > 0) result.set(unit, checked)
  }
  errors.push(...conflicts(settings, gate, result.get(main)))
  throwAll(errors)
  return result
}

function asWritten(settings: Settings, option: OptionName): Written {
  return Object.fromEntries(settings.mapping(option)) as Written
}

function unknownUnit(unit: string, main: string, others: readonly string[]): string {
  if (unit === main) return `${main} is the main service: give its directives in directives`
  const suggestion = closestName(unit, others)
  const generated =
    others.length > 0 ? `the other units generated are ${others.join(', ')}` : 'no other unit is generated'
  return `no unit ${unit} is generated${suggestion ? ` (did you mean ${suggestion}?)` : ''}; ${generated}`
}

/** The sections a unit of this file name has (systemd.unit(5): [Unit], the type's own, [Install]). */
function sectionsOf(unit: string): string[] {
  const type = unit.slice(unit.lastIndexOf('.') + 1)
  return ['Unit', `${type[0]!.toUpperCase()}${type.slice(1)}`, 'Install']
}

function checkUnit(
  settings: Settings,
  gate: VersionGate,
  unit: string,
  origin: Origin,
  sections: Written,
  errors: SystemdUnitsError[],
): Map<string, Map<string, string[]>> {
  const checked = new Map<string, Map<string, string[]>>()
  const allowed = sectionsOf(unit)
  for (const [section, directives] of Object.entries(sections)) {
    const fail = (path: readonly string[], reason: string) =>
      errors.push(new SystemdUnitsError(reason, settings.locateKey([...origin, ...path])))
    if (!allowed.includes(section)) {
      const suggestion = closestName(section, allowed)
      const known = UNIT_SECTIONS.includes(section)
      fail(
        [section],
        `${known ? `${unit} has no [${section}] section` : `unknown section [${section}]`}${suggestion && suggestion !== section ? ` (did you mean ${suggestion}?)` : ''}; it has ${allowed.map((name) => `[${name}]`).join(', ')}`,
      )
      continue
    }
    const lines = new Map<string, string[]>()
    for (const [name, value] of Object.entries(directives)) {
      const problem = checkDirective(gate, section, name, value)
      if (problem) fail([section, name], problem)
      else lines.set(name, valuesOf(value))
    }
    if (lines.size > 0) checked.set(section, lines)
  }
  return checked
}

/** Why `name` with `value` cannot go in `section`, if it cannot. */
function checkDirective(
  gate: VersionGate,
  section: string,
  name: string,
  value: Scalar | readonly Scalar[],
): string | undefined {
  const lookup = lookUpDirective(section, name)
  switch (lookup.kind) {
    case 'unknown-section':
      return `unknown section [${section}]`
    case 'unknown':
      return `unknown directive ${name}= in [${section}]${lookup.closest ? ` (did you mean ${lookup.closest}?)` : ''}`
    case 'other-section':
      return `${name}= belongs in ${lookup.sections.map((name) => `[${name}]`).join(' or ')}, not [${section}]`
    case 'known':
      break
  }
  const { directive } = lookup
  const values = valuesOf(value)
  if (Array.isArray(value) && value.length === 0 && !takesReset(directive)) {
    return `an empty list writes ${name}=, which resets only a list, and ${name}= takes one value (${directive.type})`
  }
  for (const item of values) {
    const problem = checkSingleLine(item) ?? checkSpecifiers(item)
    if (problem) return `the value ${JSON.stringify(item)} ${problem}`
  }
  if (directive.since !== undefined && directive.since > gate.target.version) {
    return `${name}= needs systemd ${directive.since}; the target is ${gate.target.description}`
  }
  for (const item of values) {
    const missing = gate.missing(name, item)
    if (missing) return gate.needs(missing)
  }
  return undefined
}

/** One line's value per item; an empty list is the one empty value of the reset form `Key=`. */
function valuesOf(value: Scalar | readonly Scalar[]): string[] {
  const items = Array.isArray(value) ? (value as readonly Scalar[]) : [value as Scalar]
  if (items.length === 0) return ['']
  return items.map((item) => (typeof item === 'boolean' ? (item ? 'yes' : 'no') : String(item)))
}

/**
 * A directive both a setting the user set and `directives` write would be written twice over,
 * one silently winning: name both, as for hardening_overrides and the capability settings.
 */
function conflicts(settings: Settings, gate: VersionGate, main: SectionDirectives | undefined): SystemdUnitsError[] {
  if (!main) return []
  const errors: SystemdUnitsError[] = []
  for (const { option, section, directive: name } of OPTION_DIRECTIVES) {
    const { section: placed, directive } = gate.placed(section, name)
    if (!main.get(placed)?.has(directive) || !userSet(settings, option)) continue
    errors.push(
      new SystemdUnitsError(
        `${option} and directives.${placed}.${directive} both write ${directive}=: set one of them`,
        settings.locateKey(['directives', placed, directive]),
      ),
    )
  }
  for (const [directive] of settings.mapping('hardening_overrides')) {
    if (!main.get('Service')?.has(directive)) continue
    errors.push(
      new SystemdUnitsError(
        `hardening_overrides["${directive}"] and directives.Service.${directive} both write ${directive}=: set one of them`,
        settings.locateKey(['directives', 'Service', directive]),
      ),
    )
  }
  return errors
}

/** Whether the user (or the manifest) gave the option a value; defaults write what `directives` may replace. */
function userSet(settings: Settings, option: OptionName): boolean {
  // `command` reads any option's value as it is; an empty list writes nothing.
  const value = settings.command(option)
  const written = value !== undefined && !(Array.isArray(value) && value.length === 0)
  return written && settings.locate(option).kind !== 'default'
}
