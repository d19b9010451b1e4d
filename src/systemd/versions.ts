/**
 * The one table of which systemd version first understands each directive we write, and each
 * value or Exec prefix that came later than its directive. systemd ignores what it does not know
 * with only a warning (systemd.unit(5) "unknown settings ... ignored"), so a unit written for a
 * newer systemd silently does less on an older one: everything that gates on a version reads
 * this table.
 *
 * Versions come from systemd's own NEWS file ("CHANGES WITH N"; Debian ships it as
 * /usr/share/doc/systemd/NEWS.gz, upstream at github.com/systemd/systemd/blob/main/NEWS).
 * `news` names the release whose entry announces the feature and quotes enough of it to find.
 */
import { configSchema } from '../config/schema.js'
import { SYSTEMD_DIRECTORIES } from './directories.js'
import { introducedIn } from './directives.js'

export interface Introduced {
  /** The first systemd version that understands it. */
  since: number
  /** Where `since` comes from. */
  news: string
}

export interface DirectiveRow extends Introduced {
  /** The name the directive had before `since`, with the same meaning, written instead on older targets. */
  olderName?: string
  /** A sandboxing directive of systemd.exec(5) that `hardening_overrides` may set. */
  sandboxing?: true
}

export interface ValueRow extends Introduced {
  /** The value written instead on older targets, doing less; a notice says so. */
  olderValue?: string
}

/** The oldest version `systemd_version` accepts: a feature older than it needs no gate. */
export const OLDEST_ACCEPTED: number = configSchema.properties['systemd_version']!.minimum!

/** What every accepted version has: its `since` is only known to be at most OLDEST_ACCEPTED, which is all a gate needs. */
const ALWAYS = (news: string): Introduced => ({ since: OLDEST_ACCEPTED, news })
const EARLY = 'in systemd since its first releases, before NEWS recorded settings'
const sandboxing = <T extends Introduced>(row: T): T & { sandboxing: true } => ({ ...row, sandboxing: true })

/** Directives, by name (section-independent unless `unitSection` says otherwise). */
const directives: Record<string, DirectiveRow> = {
  // [Unit] and [Install]
  Description: ALWAYS(EARLY),
  After: ALWAYS(EARLY),
  Before: ALWAYS(EARLY),
  Requires: ALWAYS(EARLY),
  PartOf: ALWAYS('NEWS 188: "A new PartOf= unit dependency type has been introduced"'),
  WantedBy: ALWAYS(EARLY),
  // [Path]
  PathModified: ALWAYS(EARLY),
  // [Service]
  Type: ALWAYS(EARLY),
  NotifyAccess: ALWAYS(EARLY),
  RemainAfterExit: ALWAYS(EARLY),
  User: ALWAYS(EARLY),
  Group: ALWAYS(EARLY),
  WorkingDirectory: ALWAYS(EARLY),
  RootDirectory: ALWAYS(EARLY),
  ExecStartPre: ALWAYS(EARLY),
  ExecStart: ALWAYS(EARLY),
  ExecStop: ALWAYS(EARLY),
  PIDFile: ALWAYS(EARLY),
  EnvironmentFile: ALWAYS(EARLY),
  Environment: ALWAYS(EARLY),
  LimitNOFILE: ALWAYS(EARLY),
  LimitCORE: ALWAYS(EARLY),
  UMask: ALWAYS(EARLY),
  SyslogIdentifier: ALWAYS(EARLY),
  Restart: ALWAYS(EARLY),
  RestartSec: ALWAYS(EARLY),
  TimeoutStartSec: ALWAYS('NEWS 188: "TimeoutStartSec= and TimeoutStopSec= to allow configuration"'),
  // systemd.exec(5) RuntimeDirectory= and friends, with their *Mode=: from the directory table.
  ...Object.fromEntries(
    SYSTEMD_DIRECTORIES.flatMap(({ directive, since, news }) =>
      [directive, `${directive}Mode`].map((name) => [name, { since, news }]),
    ),
  ),
  RuntimeDirectoryPreserve: {
    since: 235,
    news: 'NEWS 235: "A new unit setting RuntimeDirectoryPreserve= has been added"',
  },
  ReadWritePaths: {
    since: 231,
    news: 'NEWS 231: "ReadWriteDirectories= ... renamed to ... ReadWritePaths="',
    olderName: 'ReadWriteDirectories',
  },
  ReadOnlyPaths: {
    since: 231,
    news: 'NEWS 231: "ReadOnlyDirectories= ... renamed to ... ReadOnlyPaths="',
    olderName: 'ReadOnlyDirectories',
  },
  InaccessiblePaths: {
    since: 231,
    news: 'NEWS 231: "InaccessableDirectories= ... renamed to InaccessablePaths="',
    olderName: 'InaccessibleDirectories',
  },
  ReadWriteDirectories: ALWAYS(
    'NEWS 199: "Behaviour of PrivateTmp=, ReadWriteDirectories=, ReadOnlyDirectories= and InaccessibleDirectories= has changed" (older than that)',
  ),
  ReadOnlyDirectories: ALWAYS(
    'NEWS 199: "Behaviour of PrivateTmp=, ReadWriteDirectories=, ReadOnlyDirectories= and InaccessibleDirectories= has changed" (older than that)',
  ),
  InaccessibleDirectories: ALWAYS(
    'NEWS 199: "Behaviour of PrivateTmp=, ReadWriteDirectories=, ReadOnlyDirectories= and InaccessibleDirectories= has changed" (older than that)',
  ),

  // Sandboxing (systemd.exec(5) "Security", "Sandboxing", "System Call Filtering", "Capabilities").
  NoNewPrivileges: sandboxing(
    ALWAYS('in systemd 187 with SystemCallFilter=, which NEWS 187 announces; NoNewPrivileges= has no entry of its own'),
  ),
  PrivateTmp: sandboxing(ALWAYS('NEWS 183: "PrivateTmp= now affects both /tmp and /var/tmp" (older than that)')),
  PrivateNetwork: sandboxing(
    ALWAYS(
      'NEWS 212: "PrivateDevices=, PrivateNetwork= and PrivateTmp= is now used comprehensively" (older than that)',
    ),
  ),
  CapabilityBoundingSet: sandboxing(ALWAYS(EARLY)),
  DevicePolicy: sandboxing(ALWAYS('NEWS 212: "imply DevicePolicy=closed" (older than that)')),
  DeviceAllow: sandboxing(ALWAYS(EARLY)),
  SystemCallFilter: sandboxing(ALWAYS('NEWS 187: "A new setting SystemCallFilters= has been added to services"')),
  PrivateDevices: sandboxing({
    since: 209,
    news: 'NEWS 209: "A new PrivateDevices= switch has been added to service units"',
  }),
  SystemCallErrorNumber: sandboxing({
    since: 209,
    news: 'NEWS 209: "a new SystemCallErrorNumber= setting has been introduced"',
  }),
  SystemCallArchitectures: sandboxing({
    since: 209,
    news: 'NEWS 209: "Also, SystemCallArchitectures= has been added"',
  }),
  RestrictAddressFamilies: sandboxing({
    since: 211,
    news: 'NEWS 211: "A new unit file setting RestrictAddressFamilies= has been added"',
  }),
  ProtectSystem: sandboxing({
    since: 214,
    news: 'NEWS 214: "Two new service settings, ProtectHome= and ProtectSystem=, have been added"',
  }),
  ProtectHome: sandboxing({
    since: 214,
    news: 'NEWS 214: "Two new service settings, ProtectHome= and ProtectSystem=, have been added"',
  }),
  AmbientCapabilities: sandboxing({
    since: 229,
    news: 'NEWS 229: "A new service setting AmbientCapabilities= has been added"',
  }),
  MemoryDenyWriteExecute: sandboxing({
    since: 231,
    news: 'NEWS 231: "A new service setting MemoryDenyWriteExecute= has been added"',
  }),
  RestrictRealtime: sandboxing({
    since: 231,
    news: 'NEWS 231: "A new RestrictRealtime= service setting has been added"',
  }),
  PrivateUsers: sandboxing({
    since: 232,
    news: 'NEWS 232: "their own user namespace using the new boolean PrivateUsers= option"',
  }),
  ProtectKernelModules: sandboxing({ since: 232, news: 'NEWS 232: "The new ProtectKernelModules= option"' }),
  ProtectKernelTunables: sandboxing({ since: 232, news: 'NEWS 232: "The new ProtectKernelTunables= option"' }),
  ProtectControlGroups: sandboxing({ since: 232, news: 'NEWS 232: "The new ProtectControlGroups= option"' }),
  RemoveIPC: sandboxing({
    since: 232,
    news: 'NEWS 232: "The new RemoveIPC= option can be used to remove IPC objects"',
  }),
  MountAPIVFS: sandboxing({ since: 233, news: 'NEWS 233: "A new MountAPIVFS= unit file option has been added"' }),
  RestrictNamespaces: sandboxing({
    since: 233,
    news: 'NEWS 233: "A new unit file option RestrictNamespaces= has been added"',
  }),
  LockPersonality: sandboxing({
    since: 235,
    news: 'NEWS 235: "A new unit file setting LockPersonality= has been added"',
  }),
  KeyringMode: sandboxing({ since: 235, news: 'NEWS 235: "A new setting KeyringMode= has been added to unit files"' }),
  IPAddressAllow: sandboxing({
    since: 235,
    news: 'NEWS 235: "Service units acquired two new options IPAddressAllow= and IPAddressDeny="',
  }),
  IPAddressDeny: sandboxing({
    since: 235,
    news: 'NEWS 235: "Service units acquired two new options IPAddressAllow= and IPAddressDeny="',
  }),
  PrivateMounts: sandboxing({ since: 239, news: 'NEWS 239: "A new unit file setting PrivateMounts= has been added"' }),
  ProtectHostname: sandboxing({ since: 242, news: 'NEWS 242: "A new unit setting ProtectHostname= may be used"' }),
  RestrictSUIDSGID: sandboxing({
    since: 242,
    news: 'NEWS 242: "A new boolean sandboxing option RestrictSUIDSGID= has been added"',
  }),
  ProtectKernelLogs: sandboxing({
    since: 244,
    news: 'NEWS 244: "Service units gained a new sandboxing option ProtectKernelLogs="',
  }),
  ProtectClock: sandboxing({
    since: 245,
    news: 'NEWS 245: "A new per-service sandboxing option ProtectClock= has been added"',
  }),
  ProtectProc: sandboxing({ since: 247, news: 'NEWS 247: "Two new unit file settings ProtectProc= and ProcSubset="' }),
  ProcSubset: sandboxing({ since: 247, news: 'NEWS 247: "Two new unit file settings ProtectProc= and ProcSubset="' }),
  PrivateIPC: sandboxing({ since: 248, news: 'NEWS 248: "A new PrivateIPC= setting on a unit file"' }),
}

/** Values that came later than their directive, by directive. */
const values: Record<string, Record<string, ValueRow>> = {
  Type: { exec: { since: 240, news: 'NEWS 240: "A new service type has been added: Type=exec"' } },
  Restart: {
    'on-abnormal': { since: 214, news: 'NEWS 214: "A new "on-abnormal" setting for Restart= has been added"' },
  },
  ProtectSystem: {
    strict: {
      since: 232,
      news: 'NEWS 232: DynamicUser= services "have ProtectHome=read-only and ProtectSystem=strict enabled"',
      olderValue: 'full',
    },
  },
  ProtectHome: { tmpfs: { since: 238, news: 'NEWS 238: "ProtectHome=tmpfs may now be used"' } },
  // System call groups (systemd.exec(5) "System Call Filtering"), checked word by word.
  SystemCallFilter: {
    '@privileged': {
      since: 231,
      news: 'NEWS 231: "SystemCallFilter= ... gained support for pre-defined, named system call filter sets"',
    },
    '@resources': {
      since: 231,
      news: 'NEWS 231: "SystemCallFilter= ... gained support for pre-defined, named system call filter sets"',
    },
    // NEWS never announced @system-service; 239 is the first release whose seccomp-util.c has
    // it, and NEWS 241 already changes it ("mincore() ... dropped from the @system-service").
    '@system-service': {
      since: 239,
      news: 'systemd 239 src/shared/seccomp-util.c (NEWS 241 amends it: "dropped from the @system-service system call filter group")',
    },
  },
}

/** systemd.service(5) "Command lines", table 1: the prefixes newer than Exec*= itself ("-" and "@" are older). */
const execPrefixes: Record<string, Introduced> = {
  '+': {
    since: 231,
    news: 'NEWS 231: "if the character \'+\' is used the specified command line it will be run with full privileges"',
  },
  '!': {
    since: 235,
    news: 'NEWS 235: "when a command line is prefixed with "!" the command will be executed as configured, except for the credentials"',
  },
  '!!': { since: 235, news: 'NEWS 235: "There\'s also "!!" now"' },
  ':': { since: 242, news: 'NEWS 242: "ExecStart= command lines in unit files may now be prefixed with \':\'"' },
}

/** Directives that moved into [Unit]: before `since` they are only understood under their [Service] name. */
const unitSection: Record<string, DirectiveRow> = {
  StartLimitIntervalSec: {
    since: 229,
    news: 'NEWS 229: "StartLimitBurst=, StartLimitInterval=, ... have been moved from the [Service] section of unit files to [Unit]"',
    olderName: 'StartLimitInterval',
  },
  StartLimitBurst: {
    since: 229,
    news: 'NEWS 229: "StartLimitBurst=, StartLimitInterval=, ... have been moved from the [Service] section of unit files to [Unit]"',
  },
}

/** The table, for tests and documentation; code asks through the functions below. */
export const SYSTEMD_VERSIONS = { directives, values, execPrefixes, unitSection } as const

/** What systemd needs to understand one part of a setting, named as it appears in the unit. */
export interface Requirement extends Introduced {
  /** e.g. `ProtectClock=`, `ProtectSystem=strict`, `SystemCallFilter=@system-service`, `the "!" Exec prefix`. */
  feature: string
  olderName?: string
  olderValue?: string
}

/** A directive's row: hand-quoted here for those we write by default, else from the generated table. */
export function directiveRow(name: string): DirectiveRow | undefined {
  if (Object.hasOwn(directives, name)) return directives[name]
  const since = introducedIn(name)
  return since === undefined ? undefined : { since, news: GENERATED }
}

const GENERATED = 'systemd NEWS, as scripts/directive-table.mjs reads it (src/systemd/directive-table.ts)'

/** Every directive the table knows, for suggestions. */
export const knownDirectives: readonly string[] = Object.keys(directives)

/** Sandboxing directives `hardening_overrides` may set. */
export const sandboxingDirectives: readonly string[] = knownDirectives.filter((name) => directives[name]!.sandboxing)

/**
 * Everything `Name=value` needs from systemd, newest first: the directive itself, then the value
 * as a whole, then each word of it (a system call group, say, with its `~` taken off).
 */
export function requirementsOf(name: string, value: string): Requirement[] {
  const found: Requirement[] = []
  const directive = directiveRow(name)
  if (directive) found.push({ ...directive, feature: `${name}=` })
  const byValue = Object.hasOwn(values, name) ? values[name]! : {}
  const words = [value, ...value.split(/\s+/).map((word) => word.replace(/^~/, ''))]
  for (const word of new Set(words)) {
    const row = Object.hasOwn(byValue, word) ? byValue[word] : undefined
    if (row) found.push({ ...row, feature: `${name}=${word}` })
  }
  return found.sort((a, b) => b.since - a.since)
}

/** The requirements of an Exec prefix string such as `-!!` or `:+`. */
export function execPrefixRequirements(prefixes: string): Requirement[] {
  // "!!" is one prefix; a lone "!" is another (systemd.service(5) table 1).
  const used = prefixes.includes('!!') ? [...prefixes.replace('!!', ''), '!!'] : [...prefixes]
  return used
    .filter((prefix) => Object.hasOwn(execPrefixes, prefix))
    .map((prefix) => ({ ...execPrefixes[prefix]!, feature: `the "${prefix}" Exec prefix` }))
    .sort((a, b) => b.since - a.since)
}
