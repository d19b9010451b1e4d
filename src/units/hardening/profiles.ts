/**
 * The hardening profiles, as data: which sandboxing directives each profile writes, for which
 * runtimes, and what each protects against (the README's table is rendered from this list).
 * Runtime limits come from measurements on systemd 252 (Debian 12's runtimes, the real-systemd suite:
 * __tests__/systemd/apps.test.ts runs each runtime under each profile, runtime-limits.test.ts re-adds
 * what a runtime goes without and shows how it dies). Under strict, BEAM (OTP 25, JIT on), Python 3.11
 * and native programs serve with everything here; Node 18 serves with everything but
 * MemoryDenyWriteExecute=yes (SIGTRAP at start: V8's JIT), and only with SystemCallErrorNumber=EPERM
 * (without it SIGSYS). What is not proven for a runtime is not in its profile.
 */
import type { Ecosystem } from '../../manifest/types.js'

export const RUNTIMES = ['beam', 'node', 'python', 'native'] as const
export type Runtime = (typeof RUNTIMES)[number]

/** The profiles a unit can get: `none` and the three sets below. */
export type ProfileName = 'none' | 'paranoia' | 'standard' | 'strict'
type SetName = Exclude<ProfileName, 'none'>

/** A value written as is, or read from a setting. */
export type ProfileValue = string | { setting: 'address_families' }

export interface HardeningLine {
  directive: string
  /** What it protects against (systemd.exec(5)), for the README. */
  protects: string
  /** Its value in each set that writes it. */
  values: Partial<Record<SetName, ProfileValue>>
  /** The runtimes standard and strict write it for (all when absent); paranoia is mix_systemd's set and ignores runtimes. */
  runtimes?: readonly Runtime[]
  /** Why the other runtimes go without it. */
  why?: string
}

/** Every line any set writes, in the order units get them (paranoia's order is mix_systemd's). */
export const HARDENING_LINES: readonly HardeningLine[] = [
  {
    directive: 'NoNewPrivileges',
    protects: 'gaining privileges through setuid/setgid binaries or file capabilities',
    values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'PrivateDevices',
    protects: 'access to physical devices (/dev gets only pseudo-devices such as /dev/null)',
    values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'PrivateTmp',
    protects: 'reading or planting files in the shared /tmp and /var/tmp',
    values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'ProtectSystem',
    protects: 'writing to /usr, /boot and /etc (`full`), or to anything but the writable paths (`strict`)',
    values: { paranoia: 'full', standard: 'full', strict: 'strict' },
  },
  {
    directive: 'ProtectHome',
    protects: "reading users' home directories (/home, /root, /run/user)",
    values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'PrivateUsers',
    protects: 'seeing or acting as other users: only root, nobody and the service user are mapped',
    values: { paranoia: 'yes', strict: 'yes' },
  },
  {
    directive: 'ProtectKernelModules',
    protects: 'loading kernel modules',
    values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'ProtectKernelTunables',
    protects: 'changing kernel settings in /proc/sys and /sys',
    values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'ProtectControlGroups',
    protects: 'changing control groups (resource limits of this and other services)',
    values: { paranoia: 'yes', standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'MountAPIVFS',
    protects: "nothing by itself: mounts /proc, /sys and /dev in the service's namespace (mix_systemd sets it)",
    values: { paranoia: 'yes' },
  },
  {
    directive: 'ProtectKernelLogs',
    protects: 'reading or writing the kernel log ring buffer',
    values: { standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'ProtectClock',
    protects: 'changing the system or hardware clock',
    values: { standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'ProtectHostname',
    protects: 'changing the host or domain name',
    values: { standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'RestrictAddressFamilies',
    protects: 'opening sockets of other families (raw packets, netlink, bluetooth …)',
    values: { standard: { setting: 'address_families' }, strict: { setting: 'address_families' } },
  },
  {
    directive: 'RestrictNamespaces',
    protects: 'creating namespaces, a common step in container escapes and kernel exploits',
    values: { standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'RestrictRealtime',
    protects: 'taking realtime scheduling and starving the machine',
    values: { standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'RestrictSUIDSGID',
    protects: 'creating setuid/setgid files',
    values: { standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'LockPersonality',
    protects: 'switching execution domain (personality(2)), which can re-enable old, weaker ABIs',
    values: { standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'RemoveIPC',
    protects: 'System V and POSIX IPC objects outliving the service',
    values: { standard: 'yes', strict: 'yes' },
  },
  {
    directive: 'CapabilityBoundingSet',
    protects: 'ever holding a capability (the empty set), even through a setuid binary or `!` commands',
    values: { standard: '', strict: '' },
  },
  {
    directive: 'SystemCallArchitectures',
    protects: 'system calls through other ABIs (e.g. 32-bit x86 on x86-64), which bypass filters',
    values: { standard: 'native', strict: 'native' },
  },
  {
    directive: 'PrivateMounts',
    protects: "mounts made by the service reaching the host, and the host's reaching the service",
    values: { strict: 'yes' },
  },
  {
    directive: 'ProtectProc',
    protects: "seeing other users' processes in /proc",
    values: { strict: 'invisible' },
  },
  {
    directive: 'ProcSubset',
    protects: 'reading /proc beyond the process directories (kernel and hardware details)',
    values: { strict: 'pid' },
  },
  {
    directive: 'SystemCallFilter',
    protects: "system calls a service has no use for (allow list: systemd's @system-service group)",
    values: { strict: '@system-service' },
  },
  {
    directive: 'SystemCallFilter',
    protects: 'privileged and resource-control system calls within @system-service',
    values: { strict: '~@privileged @resources' },
  },
  {
    directive: 'SystemCallErrorNumber',
    protects:
      'nothing by itself: a filtered call fails with EPERM instead of killing the service (Node 18 needs it: V8 calls pkey_alloc, outside @system-service)',
    values: { strict: 'EPERM' },
  },
  {
    directive: 'MemoryDenyWriteExecute',
    protects: 'writable and executable memory, which injected code needs',
    values: { strict: 'yes' },
    // BEAM's JIT maps its code twice, writable and executable apart; CPython 3.11 has no JIT, and a
    // ctypes callback through Debian 12's libffi 3.4.4 works under it (measured); native code is fixed at build time.
    runtimes: ['beam', 'python', 'native'],
    why: "V8's JIT needs writable executable memory: Node 18 is killed by SIGTRAP (status 5) as it starts",
  },
]

/** One directive line of a profile, its value not yet read from settings. */
export interface ProfileDirective {
  directive: string
  value: ProfileValue
}

/** The lines a profile writes for a runtime, in order: the data a real-systemd proof iterates over. */
export function profileDirectives(profile: ProfileName, runtime: Runtime): ProfileDirective[] {
  if (profile === 'none') return []
  return HARDENING_LINES.flatMap((line) => {
    const value = line.values[profile]
    if (value === undefined) return []
    if (profile !== 'paranoia' && line.runtimes && !line.runtimes.includes(runtime)) return []
    return [{ directive: line.directive, value }]
  })
}

/** The runtime a manifest's ecosystem implies; compiled languages (and no manifest) are native. */
export function runtimeFor(ecosystem: Ecosystem | undefined): Runtime {
  switch (ecosystem) {
    case 'mix':
      return 'beam'
    case 'node':
      return 'node'
    case 'python':
      return 'python'
    default:
      return 'native'
  }
}
