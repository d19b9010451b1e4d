/**
 * The distributions units are written for, and the systemd version each ships: what `target`
 * turns into a `systemd_version`. Versions are each release's own systemd package.
 */
import type { Settings } from '../config/settings.js'

export const TARGET_SYSTEMD = {
  'ubuntu-20.04': 245,
  'ubuntu-22.04': 249,
  'ubuntu-24.04': 255,
  'debian-11': 247,
  'debian-12': 252,
  'debian-13': 257,
  'rhel-8': 239,
  'rhel-9': 252,
  'rhel-10': 256,
  'amazonlinux-2': 219,
  'amazonlinux-2023': 252,
} as const

export type TargetName = keyof typeof TARGET_SYSTEMD

/** `target` as the user wrote it: one name or a list. */
export function targetList(value: unknown): TargetName[] {
  return [value ?? []]
    .flat()
    .filter((name): name is TargetName => typeof name === 'string' && Object.hasOwn(TARGET_SYSTEMD, name))
}

/** Units for several targets must work on all of them: the lowest systemd decides. */
export function lowestSystemd(targets: readonly TargetName[]): number | undefined {
  return targets.length === 0 ? undefined : Math.min(...targets.map((name) => TARGET_SYSTEMD[name]))
}

/** mix_systemd's default systemd_version, used when neither target nor systemd_version is set. */
export const DEFAULT_SYSTEMD_VERSION = 235

/** The version units are written for and where it came from, for messages. */
export interface Target {
  version: number
  /** e.g. `rhel-8 (systemd 239)`, `systemd 219 (systemd_version)`. */
  description: string
}

export function targetOf(settings: Settings): Target {
  const version = settings.integer('systemd_version')
  // systemd_version wins over target when both are set (it is the more precise of the two).
  if (settings.locate('systemd_version').kind !== 'default')
    return { version, description: `systemd ${version} (systemd_version)` }
  const targets = targetList(settings.list('target').length > 0 ? settings.list('target') : settings.optional('target'))
  if (targets.length === 0)
    return { version, description: `systemd ${version} (the default; set target to the distributions you deploy to)` }
  return { version, description: `${targets.join(', ')} (systemd ${version})` }
}
