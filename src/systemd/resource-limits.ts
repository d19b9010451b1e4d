/**
 * The process resource limits systemd sets (systemd.exec(5) "Process Properties", LimitCPU= and
 * the table after it): each directive, the setrlimit(2) resource and how its value is read.
 * The schema's `limit_*` options are written from this table (npm run docs).
 */
export type LimitUnit = 'count' | 'bytes' | 'time' | 'nice'

export interface ResourceLimit {
  directive: `Limit${string}`
  rlimit: `RLIMIT_${string}`
  /** What the value counts: `ulimit` in systemd.exec(5)'s table gives the equivalent shell option. */
  unit: LimitUnit
  what: string
}

export const RESOURCE_LIMITS: readonly ResourceLimit[] = [
  { directive: 'LimitCPU', rlimit: 'RLIMIT_CPU', unit: 'time', what: 'CPU time' },
  { directive: 'LimitFSIZE', rlimit: 'RLIMIT_FSIZE', unit: 'bytes', what: 'file size' },
  { directive: 'LimitDATA', rlimit: 'RLIMIT_DATA', unit: 'bytes', what: 'data segment size' },
  { directive: 'LimitSTACK', rlimit: 'RLIMIT_STACK', unit: 'bytes', what: 'stack size' },
  { directive: 'LimitCORE', rlimit: 'RLIMIT_CORE', unit: 'bytes', what: 'core dump size' },
  { directive: 'LimitRSS', rlimit: 'RLIMIT_RSS', unit: 'bytes', what: 'resident set size' },
  { directive: 'LimitNOFILE', rlimit: 'RLIMIT_NOFILE', unit: 'count', what: 'open files' },
  { directive: 'LimitAS', rlimit: 'RLIMIT_AS', unit: 'bytes', what: 'address space' },
  { directive: 'LimitNPROC', rlimit: 'RLIMIT_NPROC', unit: 'count', what: 'processes of the user' },
  { directive: 'LimitMEMLOCK', rlimit: 'RLIMIT_MEMLOCK', unit: 'bytes', what: 'locked memory' },
  { directive: 'LimitLOCKS', rlimit: 'RLIMIT_LOCKS', unit: 'count', what: 'file locks' },
  { directive: 'LimitSIGPENDING', rlimit: 'RLIMIT_SIGPENDING', unit: 'count', what: 'queued signals' },
  { directive: 'LimitMSGQUEUE', rlimit: 'RLIMIT_MSGQUEUE', unit: 'bytes', what: 'POSIX message queue bytes' },
  { directive: 'LimitNICE', rlimit: 'RLIMIT_NICE', unit: 'nice', what: 'nice priority ceiling' },
  { directive: 'LimitRTPRIO', rlimit: 'RLIMIT_RTPRIO', unit: 'count', what: 'real-time priority' },
  { directive: 'LimitRTTIME', rlimit: 'RLIMIT_RTTIME', unit: 'time', what: 'real-time CPU time without blocking' },
]

/** The option that sets a limit: `LimitNOFILE` → `limit_nofile`. */
export function limitOption(limit: ResourceLimit): string {
  return `limit_${limit.directive.slice('Limit'.length).toLowerCase()}`
}
