/**
 * Unit names, per systemd.unit(5) DESCRIPTION: the one table of unit types and of the characters
 * a unit name may hold. Syntax checks, formats, the verify output parser and the views read it.
 */

/** systemd.unit(5) DESCRIPTION: the unit types, each a file name suffix. */
export const UNIT_TYPES = [
  'service',
  'socket',
  'device',
  'mount',
  'automount',
  'swap',
  'target',
  'path',
  'timer',
  'slice',
  'scope',
] as const

export type UnitType = (typeof UNIT_TYPES)[number]

/** systemd.unit(5) DESCRIPTION: "ASCII letters, digits, ":", "-", "_", ".", and "\"", as a character class body. */
const NAME_CHARACTERS = String.raw`A-Za-z0-9:_.\-\\`

/** systemd.unit(5) DESCRIPTION: a name's characters, and the "@" that makes a template or an instance. */
export const UNIT_NAME_INVALID = new RegExp(`[^${NAME_CHARACTERS}@]`, 'u')

/** The characters our own name parts may hold: those of systemd.unit(5) without "\" (an escape) and "@" (a template). */
export const UNIT_NAME_PART = /^[A-Za-z0-9:_.-]+$/u

/** `a.service: message`: systemd-analyze's messages scoped to one unit, named with its type suffix. */
export const UNIT_SCOPED_MESSAGE = new RegExp(String.raw`^([^\s/]+?\.(?:${UNIT_TYPES.join('|')})): (.*)$`)

export function isUnitType(type: string): type is UnitType {
  return (UNIT_TYPES as readonly string[]).includes(type)
}

/** A unit's file name: its name and its type suffix (systemd.unit(5) DESCRIPTION). */
export function unitName(stem: string, type: UnitType): string {
  return `${stem}.${type}`
}

/** A file named for a unit type is a unit (systemd.unit(5) DESCRIPTION): what `check` compares and commits count. */
export function isUnitFileName(name: string): boolean {
  return UNIT_TYPES.some((type) => name.endsWith(`.${type}`) && name.length > type.length + 1)
}
