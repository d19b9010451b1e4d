/**
 * What systemd accepts in each section of a unit file, read off the generated table of its own
 * parser (directive-table.ts). The passthrough (`directives`) and `hardening_overrides` check
 * their keys here: a key systemd does not know is ignored with only a warning (systemd.unit(5)),
 * so a typo would silently do nothing.
 */
import { closestName } from '../config/schema.js'
import { SYSTEMD_DIRECTIVES, type DirectiveRow } from './directive-table.js'

export interface KnownDirective {
  name: string
  /** The parser's value type, e.g. `BOOLEAN`, `UNIT [...]`, `PATH [ARGUMENT [...]]`. */
  type: string
  /** The release that introduced it, when newer than every systemd_version accepted. */
  since?: number
  /** Every section that takes it. */
  sections: readonly string[]
}

const rows = SYSTEMD_DIRECTIVES.flatMap(({ sections, directives }) =>
  directives.map((row: DirectiveRow) => ({ row, sections })),
)
const sectionsOf = new Map<string, string[]>()
for (const { row, sections } of rows) sectionsOf.set(row[0], [...(sectionsOf.get(row[0]) ?? []), ...sections])
const bySection = new Map<string, Map<string, KnownDirective>>()
for (const {
  row: [name, type, since],
  sections,
} of rows) {
  const directive: KnownDirective = { name, type, ...(since ? { since } : {}), sections: sectionsOf.get(name)! }
  for (const section of sections) {
    if (!bySection.has(section)) bySection.set(section, new Map())
    bySection.get(section)!.set(name, directive)
  }
}

/** The unit file sections systemd knows (systemd.unit(5) and the per-type pages). */
export const UNIT_SECTIONS: readonly string[] = [...bySection.keys()]

export type DirectiveLookup =
  | { kind: 'known'; directive: KnownDirective }
  | { kind: 'unknown-section'; closest?: string }
  | { kind: 'other-section'; sections: readonly string[] }
  | { kind: 'unknown'; closest?: string }

/** Whether `name` is a directive of `section`, and if not, the closest thing that is. */
export function lookUpDirective(section: string, name: string): DirectiveLookup {
  const directives = bySection.get(section)
  if (!directives) return { kind: 'unknown-section', closest: closestName(section, UNIT_SECTIONS) }
  const directive = directives.get(name)
  if (directive) return { kind: 'known', directive }
  const elsewhere = sectionsOf.get(name)
  if (elsewhere) return { kind: 'other-section', sections: elsewhere }
  return { kind: 'unknown', closest: closestName(name, [...directives.keys()]) }
}

/** The release that introduced `name` in any section, when newer than every systemd_version accepted. */
export function introducedIn(name: string): number | undefined {
  for (const section of sectionsOf.get(name) ?? []) {
    const since = bySection.get(section)?.get(name)?.since
    if (since) return since
  }
  return undefined
}

/**
 * Parser value types that hold a list, which an empty assignment resets (systemd.unit(5): "If the
 * empty string is assigned to this option, the list ... is reset"; the same in systemd.exec(5) for
 * Environment=, EnvironmentFile=, CapabilityBoundingSet=, SystemCallFilter=, DeviceAllow=, ...).
 * `[...]` in a type marks the other lists.
 */
const LIST_TYPES = new Set([
  'ARCHS',
  'BANDWIDTH',
  'BOUNDINGSET',
  'CONDITION',
  'CPUAFFINITY',
  'DEVICE',
  'DEVICELATENCY',
  'DEVICEWEIGHT',
  'ENVIRON',
  'FAMILIES',
  'FILE',
  'FILESYSTEMS',
  'SOCKETS',
  'STATUS',
  'SYSCALLS',
])
/** [Install]'s lists, typed OTHER by the parser (install.c reads them with config_parse_strv). */
const INSTALL_LISTS = new Set(['Alias', 'WantedBy', 'RequiredBy', 'Also'])

/** Whether `Key=` (empty) resets the directive: only lists can be reset. */
export function takesReset(directive: KnownDirective): boolean {
  return directive.type.includes('[...]') || LIST_TYPES.has(directive.type) || INSTALL_LISTS.has(directive.name)
}

/** The sections that take `name`, [Unit] and the type's own first as the table lists them; none when unknown. */
export function directiveSections(name: string): readonly string[] {
  return sectionsOf.get(name) ?? []
}
