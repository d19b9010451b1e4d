/**
 * What the target's systemd can do, decided from the one table in systemd-versions.ts. What we
 * chose (a default, a profile) and the target lacks is written in its older form or left out,
 * and the caller says so in a notice; what the user asked for by name and the target lacks is an
 * error, because leaving it out would silently do less than they wrote.
 */
import { parseCommandLine } from './command-line.js'
import { SystemdUnitsError, type SourceLocation } from '../shared/errors.js'
import type { Command, OptionName, Settings } from '../config/settings.js'
import { OPTION_DIRECTIVES } from '../config/option-directives.js'
import { execPrefixRequirements, requirementsOf, SYSTEMD_VERSIONS, type Requirement } from './versions.js'
import { targetOf, type Target } from './targets.js'

/** What becomes of a directive we chose, on this target. */
export type GateResult =
  | { kind: 'kept'; line: string }
  /** Written in an older form; `change` says what changed, for a notice. */
  | { kind: 'older'; line: string; change: string }
  /** Left out; `missing` is what the target lacks. */
  | { kind: 'left-out'; missing: Requirement }

export class VersionGate {
  readonly target: Target

  constructor(settings: Settings) {
    this.target = targetOf(settings)
  }

  /**
   * Where the target reads a directive: those that moved into [Unit] are written under their
   * [Service] name for a systemd older than the move (systemd.unit(5) StartLimitIntervalSec=).
   */
  placed(section: string, directive: string): { section: string; directive: string } {
    const moved = Object.hasOwn(SYSTEMD_VERSIONS.unitSection, directive)
      ? SYSTEMD_VERSIONS.unitSection[directive]
      : undefined
    if (section !== 'Unit' || !moved || !this.lacks(moved)) return { section, directive }
    return { section: 'Service', directive: moved.olderName ?? directive }
  }

  /** The newest thing `Name=value` needs that the target lacks, if any. */
  missing(name: string, value: string): Requirement | undefined {
    return requirementsOf(name, value).find((requirement) => this.lacks(requirement))
  }

  /** A directive we chose: kept, written in its older form, or left out. */
  chosen(name: string, value: string): GateResult {
    const missing = this.missing(name, value)
    if (!missing) return { kind: 'kept', line: `${name}=${value}` }
    const older =
      missing.olderName !== undefined
        ? { name: missing.olderName, value }
        : missing.olderValue !== undefined
          ? { name, value: missing.olderValue }
          : undefined
    if (older && !this.missing(older.name, older.value)) {
      const line = `${older.name}=${older.value}`
      return { kind: 'older', line, change: `${name}=${value} written as ${line}: ${this.needs(missing)}` }
    }
    return { kind: 'left-out', missing }
  }

  /** A directive the user set by name (at `location`): the target must understand it. */
  explicit(name: string, value: string, location: SourceLocation): void {
    const missing = this.missing(name, value)
    if (missing) throw new SystemdUnitsError(this.needs(missing), location)
  }

  /** A command line the user wrote: its Exec prefixes must be ones the target understands. */
  command(key: OptionName, command: Command, locate: Settings['locate'], item?: number): void {
    // An argument vector is escaped whole and carries no prefixes.
    if (typeof command !== 'string') return
    const missing = execPrefixRequirements(parseCommandLine(command).prefixes).find((requirement) =>
      this.lacks(requirement),
    )
    if (missing) throw new SystemdUnitsError(this.needs(missing), locate(key, item))
  }

  private lacks(requirement: { since: number }): boolean {
    return requirement.since > this.target.version
  }

  /** `ProtectClock= needs systemd 245; the target is rhel-8 (systemd 239)`. */
  needs(requirement: Requirement): string {
    return `${requirement.feature} needs systemd ${requirement.since}; the target is ${this.target.description}`
  }
}

/** Fails on the first setting the user wrote that the target's systemd would ignore. */
export function checkUserSettings(settings: Settings, gate: VersionGate): void {
  for (const { option, section, directive: name, shape } of OPTION_DIRECTIVES) {
    const { directive } = gate.placed(section, name)
    if (shape === 'command') {
      const command = settings.command(option)
      if (command !== undefined) gate.command(option, command, settings.locate)
      continue
    }
    if (shape === 'commands') {
      for (const [index, command] of settings.commands(option).entries())
        gate.command(option, command, settings.locate, index)
      continue
    }
    const value = shape === 'list' ? settings.list(option).join(' ') : settings.optional(option)
    const location = settings.locate(option)
    if (value !== undefined && value !== '' && location.kind !== 'default') gate.explicit(directive, value, location)
  }
  // Not a directive of its own: the script becomes the oneshot's ExecStart=.
  const script = settings.command('runtime_environment_service_script')
  if (script !== undefined) gate.command('runtime_environment_service_script', script, settings.locate)
}
