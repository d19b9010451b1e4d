/**
 * The hardening the main service gets: its profile for the runtime, adapted to the configuration,
 * with the user's overrides, gated on the target's systemd. Pure.
 */
import { posix } from 'node:path'
import { SystemdUnitsError } from '../../shared/errors.js'
import { profileDirectives, type ProfileName, type Runtime } from './profiles.js'
import { closestName } from '../../config/schema.js'
import type { Settings } from '../../config/settings.js'
import { escapeText } from '../../systemd/syntax.js'
import { directiveRow, sandboxingDirectives } from '../../systemd/versions.js'
import type { VersionGate } from '../../systemd/version-gate.js'
import { DIRECTORY_KINDS } from '../../systemd/directories.js'
import { CAPABILITIES } from '../../systemd/capabilities.js'
import { OPTION_DIRECTIVES } from '../../config/option-directives.js'
import { directiveSections } from '../../systemd/directives.js'

export interface ServiceHardening {
  /** `Directive=value` lines, escaped, in the order written. */
  lines: string[]
  /** True when the file system is read-only but for the paths the unit makes writable (ProtectSystem=strict). */
  readOnlySystem: boolean
  /** Directory kinds the service needs systemd to create for it beyond `dirs`. */
  directories: Array<'runtime'>
  /** Environment variables the profile needs, before env_vars (which may replace them). */
  environment: Array<[string, string]>
}

/** Home directories ProtectHome= hides (systemd.exec(5) ProtectHome=). */
const HOME_DIRECTORIES = ['/home', '/root', '/run/user']

export function serviceHardening(settings: Settings, gate: VersionGate, notices: string[]): ServiceHardening {
  const profile = profileOf(settings)
  const runtime = settings.string('runtime') as Runtime
  const chosen = profileDirectives(profile, runtime).map(({ directive, value }) => ({
    directive,
    value: typeof value === 'string' ? value : settings.list(value.setting).join(' '),
  }))
  adaptToPaths(settings, chosen)
  const overrides = overridesOf(settings)
  adaptToCapabilities(settings, chosen, overrides, notices)

  const lines: string[] = []
  const changes: string[] = []
  const leftOut: string[] = []
  const overridden = new Set<string>()
  for (const { directive, value } of chosen) {
    // An override replaces every line of its directive, where the first of them was.
    if (overrides.has(directive)) {
      if (!overridden.has(directive)) lines.push(...explicitLines(settings, gate, directive, overrides.get(directive)))
      overridden.add(directive)
      continue
    }
    const result = gate.chosen(directive, value)
    if (result.kind === 'kept') lines.push(result.line)
    else if (result.kind === 'older') {
      lines.push(result.line)
      changes.push(result.change)
    } else leftOut.push(`${result.missing.feature} (${result.missing.since})`)
  }
  for (const [directive, value] of overrides) {
    if (!overridden.has(directive)) lines.push(...explicitLines(settings, gate, directive, value))
  }
  if (leftOut.length > 0) {
    notices.push(
      `hardening ${profile}: left out for ${gate.target.description}, which lacks them: ${leftOut.join(', ')}`,
    )
  }
  notices.push(...changes.map((change) => `hardening ${profile}: ${change}`))

  const readOnlySystem = lines.includes('ProtectSystem=strict')
  const beamNeeds = runtime === 'beam' && readOnlySystem
  return {
    lines,
    readOnlySystem,
    // The release writes RELEASE_TMP (the runtime directory) at start.
    directories: beamNeeds && !settings.list('dirs').includes('runtime') ? ['runtime'] : [],
    // Without ERL_CRASH_DUMP the VM writes erl_crash.dump to its working directory, read-only here.
    environment: beamNeeds
      ? [
          [
            'ERL_CRASH_DUMP',
            `${settings.string(settings.list('dirs').includes('state') ? 'state_dir' : 'runtime_dir')}/erl_crash.dump`,
          ],
        ]
      : [],
  }
}

/** `hardening`, or mix_systemd's `paranoia` set for users migrating; not both. */
function profileOf(settings: Settings): ProfileName {
  const hardening = settings.string('hardening') as ProfileName
  if (!settings.flag('paranoia')) return hardening
  if (hardening !== 'none') {
    throw new SystemdUnitsError(
      `paranoia is mix_systemd's set and hardening: ${hardening} is another: set one of them`,
      settings.locate('paranoia'),
    )
  }
  return 'paranoia'
}

/** An app deployed under a home directory must still see it: ProtectHome=read-only instead of yes. */
function adaptToPaths(settings: Settings, chosen: Array<{ directive: string; value: string }>): void {
  const appPaths = [settings.string('deploy_dir'), settings.string('working_dir')]
  const underHome = appPaths.some((path) =>
    HOME_DIRECTORIES.some((home) => path === home || path.startsWith(`${home}/`)),
  )
  for (const line of chosen)
    if (underHome && line.directive === 'ProtectHome' && line.value === 'yes') line.value = 'read-only'
}

type OverrideValue = string | number | boolean | readonly string[] | null

/** The first-class settings that write a sandboxing directive, which the profile's line gives way to. */
const CAPABILITY_SETTINGS = [
  { option: 'ambient_capabilities', directive: 'AmbientCapabilities' },
  { option: 'capability_bounding_set', directive: 'CapabilityBoundingSet' },
] as const

/**
 * Capabilities the service is granted must survive the profile (systemd.exec(5)
 * AmbientCapabilities=, CapabilityBoundingSet=, PrivateUsers=):
 * - an ambient capability outside the bounding set is dropped, so the profile's bounding set
 *   (empty for standard and strict) grows by the ambient ones;
 * - capabilities held inside a user namespace do not count against the host's network namespace
 *   (user_namespaces(7)), so a bind below 1024 fails with EACCES: PrivateUsers= is left out.
 * A bounding set the user wrote (capability_bounding_set, or CapabilityBoundingSet= in
 * hardening_overrides) replaces the profile's and must hold every ambient capability.
 */
function adaptToCapabilities(
  settings: Settings,
  chosen: Array<{ directive: string; value: string }>,
  overrides: ReadonlyMap<string, OverrideValue>,
  notices: string[],
): void {
  for (const { option, directive } of CAPABILITY_SETTINGS) {
    if (settings.list(option).length > 0 && overrides.has(directive)) {
      throw new SystemdUnitsError(
        `${option} and hardening_overrides["${directive}"] both write ${directive}=: set one of them`,
        settings.locate('hardening_overrides', directive),
      )
    }
  }
  const override = overrides.get('AmbientCapabilities')
  // The passthrough's AmbientCapabilities= grants them just the same (directives.Service).
  const passthrough = settings.mapping('directives').find(([section]) => section === 'Service')?.[1] as
    Record<string, OverrideValue> | undefined
  const ambient = [
    ...settings.list('ambient_capabilities'),
    ...[override ?? [], passthrough?.['AmbientCapabilities'] ?? []]
      .flat()
      .flatMap((value) => String(value).split(/\s+/)),
  ].filter((capability) => capability !== '' && !capability.startsWith('~'))
  const bounding = settings.list('capability_bounding_set')
  const written =
    bounding.length > 0
      ? { held: new Set(bounding), location: settings.locate('capability_bounding_set'), what: '' }
      : overrides.has('CapabilityBoundingSet')
        ? {
            held: boundingSetOf(overrides.get('CapabilityBoundingSet')),
            location: settings.locate('hardening_overrides', 'CapabilityBoundingSet'),
            what: 'CapabilityBoundingSet= ',
          }
        : undefined
  const missing = ambient.filter((capability) => written && !written.held.has(capability))
  if (written && missing.length > 0) {
    throw new SystemdUnitsError(
      `${written.what}lacks ${missing.join(', ')}, which ambient capabilities grant: outside the bounding set the service cannot use them`,
      written.location,
    )
  }
  for (let index = chosen.length - 1; index >= 0; index--) {
    const line = chosen[index]!
    if (line.directive === 'CapabilityBoundingSet' && bounding.length > 0) chosen.splice(index, 1)
    else if (line.directive === 'CapabilityBoundingSet' && ambient.length > 0)
      line.value = [...new Set([...line.value.split(/\s+/).filter(Boolean), ...ambient])].join(' ')
    else if (line.directive === 'PrivateUsers' && ambient.length > 0 && !overrides.has('PrivateUsers')) {
      chosen.splice(index, 1)
      notices.push(
        `PrivateUsers= left out: ambient capabilities (${ambient.join(', ')}) held in a user namespace do not count on the host's network, so a bind below 1024 would fail with EACCES`,
      )
    }
  }
}

/**
 * The capabilities a CapabilityBoundingSet= override keeps, read as systemd reads its lines
 * (systemd.exec(5) CapabilityBoundingSet=, load-fragment.c config_parse_capability_set): the set
 * starts as every capability; a line replaces it while it is still that, or when the line names
 * none (the empty assignment, which leaves no capability), and otherwise adds to it; a leading `~`
 * means all but the named ones (and removes them when adding). No line at all keeps every one.
 */
function boundingSetOf(value: OverrideValue | undefined): Set<string> {
  let held = new Set<string>(CAPABILITIES)
  if (value === null || value === undefined) return held
  const items = Array.isArray(value) ? value : [value]
  for (const item of items.length === 0 ? [''] : items) {
    const text = String(item).trim()
    const invert = text.startsWith('~')
    const named = new Set(
      text
        .slice(invert ? 1 : 0)
        .split(/\s+/)
        .filter(Boolean),
    )
    if (named.size === 0 || held.size === CAPABILITIES.length)
      held = new Set(invert ? CAPABILITIES.filter((capability) => !named.has(capability)) : named)
    else for (const capability of named) held[invert ? 'delete' : 'add'](capability)
  }
  return held
}

/** `hardening_overrides`, its directive names checked against the table. */
function overridesOf(settings: Settings): Map<string, OverrideValue> {
  const overrides = new Map<string, OverrideValue>()
  for (const [directive, value] of settings.mapping('hardening_overrides')) {
    if (!sandboxingDirectives.includes(directive)) {
      const known = directiveRow(directive) !== undefined || directiveSections(directive).length > 0
      const suggestion = known ? undefined : closestName(directive, sandboxingDirectives)
      const reason = known
        ? `${directive}= is not a sandboxing directive; ${ownSetting(directive)}`
        : `unknown sandboxing directive ${directive}=${suggestion ? ` (did you mean ${suggestion}?)` : ''}`
      throw new SystemdUnitsError(reason, settings.locate('hardening_overrides', directive))
    }
    overrides.set(directive, value as OverrideValue)
  }
  return overrides
}

/** Where a directive that is not a sandboxing one is set instead: its setting, else the passthrough. */
function ownSetting(directive: string): string {
  const setting = OPTION_DIRECTIVES.find((entry) => entry.directive === directive)
  if (setting) return `set it with ${setting.option}`
  const section = directiveSections(directive)[0] ?? 'Service'
  return `set it with directives.${section}.${directive}`
}

/** The lines an override writes: none for null, one per item of a list, else one; checked against the target. */
function explicitLines(
  settings: Settings,
  gate: VersionGate,
  directive: string,
  value: OverrideValue | undefined,
): string[] {
  if (value === null || value === undefined) return []
  const items = Array.isArray(value) ? value : [value]
  // An empty list resets the directive, as an empty assignment does (systemd.unit(5) "empty string").
  const words =
    items.length === 0 ? [''] : items.map((item) => (typeof item === 'boolean' ? (item ? 'yes' : 'no') : String(item)))
  return words.map((word) => {
    let escaped: string
    try {
      escaped = escapeText(word)
    } catch (error) {
      if (error instanceof SystemdUnitsError)
        throw new SystemdUnitsError(error.reason, settings.locate('hardening_overrides', directive))
      throw error
    }
    gate.explicit(directive, word, settings.locate('hardening_overrides', directive))
    return `${directive}=${escaped}`
  })
}

/** Directory kinds an app writes to. */
const WRITABLE_KINDS = DIRECTORY_KINDS.filter((kind) => kind.writable)

/**
 * What the service must still write when the file system is read-only: the enabled directories
 * this unit does not have systemd create (those systemd creates are writable already, systemd.exec(5)
 * RuntimeDirectory=), and the PID file's directory. A private /tmp and /var/tmp are writable.
 */
export function writablePaths(
  settings: Settings,
  hardening: ServiceHardening,
  enabled: ReadonlySet<string>,
  created: ReadonlySet<string>,
): string[] {
  const privateTmp = hardening.lines.includes('PrivateTmp=yes')
  const candidates = WRITABLE_KINDS.filter(({ kind }) => enabled.has(kind) && !created.has(kind)).map(({ setting }) =>
    settings.string(setting),
  )
  if (settings.string('service_type') === 'forking') candidates.push(posix.dirname(settings.string('pid_file')))
  const writable = WRITABLE_KINDS.filter(({ kind }) => created.has(kind)).map(({ setting }) => settings.string(setting))
  const covered = (path: string, by: string) => path === by || path.startsWith(`${by}/`)
  return [...new Set(candidates)].filter(
    (path) =>
      !writable.some((dir) => covered(path, dir)) &&
      !(privateTmp && ['/tmp', '/var/tmp'].some((tmp) => covered(path, tmp))),
  )
}
