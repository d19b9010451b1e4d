/**
 * Checks for the values of resource-control, kill and exit-status settings, as systemd parses
 * them (systemd.resource-control(5), systemd.kill(5), systemd.service(5)). Like syntax.ts, each
 * returns a short reason for an invalid value and undefined for a valid one.
 */
import { checkResourceLimit, checkTimespan } from './syntax.js'

/** signal(7), as signal_from_string() reads them: with or without SIG, or RTMIN+n / RTMAX-n. */
const SIGNALS = new Set(
  'HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS'.split(
    ' ',
  ),
)
/** Linux has 64 signals. */
const SIGNAL_MAX = 64

export function checkSignal(value: string | number): string | undefined {
  const text = String(value)
  const invalid = `${JSON.stringify(text)} is not a signal such as SIGTERM, SIGINT or 15 (signal(7))`
  if (/^\d+$/.test(text)) return Number(text) >= 1 && Number(text) <= SIGNAL_MAX ? undefined : invalid
  const name = text.replace(/^SIG/, '')
  if (SIGNALS.has(name) || /^RTMIN(\+\d+)?$|^RTMAX(-\d+)?$/.test(name)) return undefined
  return invalid
}

/** systemd.service(5) SuccessExitStatus=: "exit status definitions ... numeric exit codes or termination signal names". */
export function checkExitStatus(value: string | number): string | undefined {
  const text = String(value)
  if (/^\d+$/.test(text))
    return Number(text) <= 255 ? undefined : 'must be an exit code from 0 to 255, or a signal name'
  if (/^SIG/.test(text) && !checkSignal(text)) return undefined
  return `${JSON.stringify(text)} is not an exit code (0-255) or a signal name such as SIGTERM`
}

/** systemd.resource-control(5) MemoryMax=: bytes with K/M/G/T (base 1024), a percentage, or "infinity". */
export function checkMemoryLimit(value: string | number): string | undefined {
  const text = String(value)
  if (text === 'infinity' || /^\d+[KMGT]?$/.test(text) || isPercentage(text, 100)) return undefined
  return `${JSON.stringify(text)} is not bytes (with K, M, G or T), a percentage up to 100% or "infinity"`
}

/** systemd.resource-control(5) TasksMax=: a number, a percentage of the system's limit, or "infinity". */
export function checkTasksLimit(value: string | number): string | undefined {
  const text = String(value)
  if (text === 'infinity' || (/^\d+$/.test(text) && Number(text) > 0) || isPercentage(text, 100)) return undefined
  return `${JSON.stringify(text)} is not a number of tasks, a percentage up to 100% or "infinity"`
}

/** systemd.resource-control(5) CPUQuota=: "a percentage value, suffixed with %"; more than 100% uses several CPUs. */
export function checkCpuQuota(value: string): string | undefined {
  return isPercentage(value, Infinity) && parseFloat(value) > 0
    ? undefined
    : `${JSON.stringify(value)} is not a percentage of one CPU such as "50%" or "200%"`
}

/** LimitCPU= and LimitRTTIME=: "may be specified in time units" as well as as a plain number. */
export function checkTimeLimit(value: string | number): string | undefined {
  if (checkResourceLimit(value, 'count') === undefined) return undefined
  const parts = String(value).split(':')
  if (parts.length <= 2 && parts.every((part) => part === 'infinity' || checkTimespan(part) === undefined))
    return undefined
  return 'must be seconds, a time span such as "10min", "infinity", or "soft:hard" of those (systemd.exec(5) LimitCPU=)'
}

/** LimitNICE=: a nice level -20..19 with its sign ("+0" too), or the raw value 0..40 (systemd.exec(5)). */
export function checkNiceLimit(value: string | number): string | undefined {
  const parts = String(value).split(':')
  const valid = (part: string): boolean =>
    part === 'infinity' ||
    (/^[+-]\d+$/.test(part) && Number(part) >= -20 && Number(part) <= 19) ||
    (/^\d+$/.test(part) && Number(part) <= 40)
  return parts.length <= 2 && parts.every(valid)
    ? undefined
    : 'must be a nice level from -20 to 19 (signed, e.g. "+5"), a raw value from 0 to 40, or "soft:hard" of those'
}

/** systemd.unit(5) Documentation=: "URIs of the types http://, https://, file:, info:, man:". */
export function checkDocumentationUrl(value: string): string | undefined {
  return /^(https?:\/\/|file:|info:|man:)[^\s"'\\]+$/.test(value)
    ? undefined
    : `${JSON.stringify(value)} is not an http://, https://, file:, info: or man: URI (systemd.unit(5) Documentation=)`
}

function isPercentage(text: string, most: number): boolean {
  return /^\d+(\.\d+)?%$/.test(text) && parseFloat(text) <= most
}
