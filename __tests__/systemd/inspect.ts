// What tests read from a running machine: a service's main process as the
// kernel sees it, systemd's view of a unit, files, and the stand-in's log.
import type { Machine } from './harness.js'
import { waitFor } from './harness.js'

/** A process as /proc shows it to root in the machine. */
export interface ProcessView {
  pid: number
  uid: number
  gid: number
  /** Supplementary groups. */
  groups: number[]
  /** Octal, as /proc/<pid>/status prints it: `0027`. */
  umask: string
  noNewPrivileges: boolean
  /** seccomp(2) mode: 0 none, 2 a system call filter. */
  seccomp: number
  /** The working directory, as seen from the machine's root. */
  cwd: string
  environment: Map<string, string>
  /** /proc/<pid>/limits, as text. */
  limits: string
  /** Capabilities the process can never regain, a bit per capability(7) number. */
  capabilityBoundingSet: bigint
  /** Capabilities it keeps across execve(2) as an unprivileged user (capabilities(7) "ambient"), a bit per number. */
  ambientCapabilities: bigint
  /** Capabilities the kernel checks it for, a bit per number. */
  effectiveCapabilities: bigint
  /** /proc/<pid>/uid_map: how its user namespace maps user IDs, as text. */
  uidMap: string
}

export async function readProcess(machine: Machine, pid: number): Promise<ProcessView> {
  const status = await machine.readFile(`/proc/${pid}/status`)
  const field = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1] ?? ''
  // Real, effective, saved and filesystem IDs: the first is enough here.
  const first = (name: string): number => Number(field(name).split(/\s+/)[0])
  const environ = await machine.readFile(`/proc/${pid}/environ`)
  return {
    pid,
    uid: first('Uid'),
    gid: first('Gid'),
    groups: field('Groups').split(/\s+/).filter(Boolean).map(Number),
    umask: field('Umask'),
    noNewPrivileges: field('NoNewPrivs') === '1',
    seccomp: Number(field('Seccomp')),
    cwd: (await machine.exec(['readlink', `/proc/${pid}/cwd`])).stdout.trim(),
    environment: parseEnvironment(environ.split('\0')),
    limits: await machine.readFile(`/proc/${pid}/limits`),
    capabilityBoundingSet: BigInt(`0x${field('CapBnd')}`),
    ambientCapabilities: BigInt(`0x${field('CapAmb')}`),
    effectiveCapabilities: BigInt(`0x${field('CapEff')}`),
    uidMap: await machine.readFile(`/proc/${pid}/uid_map`),
  }
}

/** A mount as a process sees it (proc(5) /proc/<pid>/mountinfo). */
export interface MountView {
  /** The directory of the mounted file system that appears here: `/systemd/inaccessible/dir`, ... */
  root: string
  readOnly: boolean
}

/** The mount that holds `path`: the one at the longest mount point above it. */
export function mountHolding(mounts: Map<string, MountView>, path: string): MountView | undefined {
  const holders = [...mounts.keys()].filter((point) => point === '/' || path === point || path.startsWith(`${point}/`))
  const deepest = holders.sort((a, b) => b.length - a.length)[0]
  return deepest === undefined ? undefined : mounts.get(deepest)
}

/** The mounts a process sees, by mount point relative to its own root; the topmost one where several stack. */
export async function mountsOf(machine: Machine, pid: number): Promise<Map<string, MountView>> {
  const mounts = new Map<string, MountView>()
  // Mount points escape space, tab, newline and backslash as octal.
  const unescape = (field: string): string =>
    field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)))
  for (const line of (await machine.readFile(`/proc/${pid}/mountinfo`)).split('\n').filter(Boolean)) {
    const [, , , root = '', mountPoint = '', options = ''] = line.split(' ')
    mounts.set(unescape(mountPoint), { root: unescape(root), readOnly: options.split(',').includes('ro') })
  }
  return mounts
}

/** `NAME=value` entries as a map (the first `=` separates). */
export function parseEnvironment(entries: readonly string[]): Map<string, string> {
  const environment = new Map<string, string>()
  for (const entry of entries) {
    const at = entry.indexOf('=')
    if (at > 0) environment.set(entry.slice(0, at), entry.slice(at + 1))
  }
  return environment
}

/** systemd's properties of a unit (`systemctl show`), by name. */
export async function show(machine: Machine, unit: string, ...properties: string[]): Promise<Record<string, string>> {
  const text = await machine.systemctl('show', unit, ...properties.map((p) => `--property=${p}`))
  return Object.fromEntries(
    text.split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
}

/** The unit's main PID; throws when it has none, naming the unit's state. */
export async function mainPid(machine: Machine, unit: string): Promise<number> {
  const { MainPID, ActiveState, SubState } = await show(machine, unit, 'MainPID', 'ActiveState', 'SubState')
  const pid = Number(MainPID)
  if (!pid) throw new Error(`${unit} has no main process (${ActiveState}/${SubState})`)
  return pid
}

/** The unit's main process, read from /proc. */
export async function mainProcess(machine: Machine, unit: string): Promise<ProcessView> {
  return readProcess(machine, await mainPid(machine, unit))
}

/** Waits until the unit is active again with a main PID other than `previous` (systemd restarted it). */
export async function waitForNewMainPid(machine: Machine, unit: string, previous: number): Promise<number> {
  return waitFor(`${unit} to run with a main PID other than ${previous}`, async () => {
    const { MainPID, ActiveState } = await show(machine, unit, 'MainPID', 'ActiveState')
    const pid = Number(MainPID)
    return ActiveState === 'active' && pid !== 0 && pid !== previous ? pid : undefined
  })
}

/** Numeric IDs of a user and a group in the machine. */
export async function idsOf(machine: Machine, user: string, group: string): Promise<{ uid: number; gid: number }> {
  const uid = Number((await machine.exec(['id', '-u', user])).stdout)
  const gid = Number((await machine.exec(['getent', 'group', group])).stdout.split(':')[2])
  return { uid, gid }
}

/** Owner, group and octal mode of a path, or undefined when it does not exist. */
export async function statOf(
  machine: Machine,
  path: string,
): Promise<{ owner: string; group: string; mode: string } | undefined> {
  const { code, stdout } = await machine.exec(['stat', '--format=%U %G %a', '--', path], { allowFailure: true })
  if (code !== 0) return undefined
  const [owner = '', group = '', mode = ''] = stdout.trim().split(' ')
  return { owner, group, mode }
}

export async function exists(machine: Machine, path: string): Promise<boolean> {
  return (await machine.exec(['test', '-e', path], { allowFailure: true })).code === 0
}

/** One run of the stand-in release, from its log (see stand-in-release.sh). */
export interface StandInRun {
  /** The command and its arguments: `start`, `eval Pre.root`, ... */
  command: string
  pid: number
  uid: number
  gid: number
  groups: number[]
  cwd: string
  environment: Map<string, string>
}

/** Every run the stand-in recorded under releaseRoot, oldest first. */
export async function standInRuns(machine: Machine, releaseRoot: string): Promise<StandInRun[]> {
  const log = await machine.readFile(`${releaseRoot}/stand-in.log`)
  return log
    .split(/^== /m)
    .slice(1)
    .map((record) => {
      const [command = '', ...lines] = record.split('\n')
      const facts = new Map<string, string>()
      const environment: string[] = []
      for (const line of lines) {
        const space = line.indexOf(' ')
        const [key, value] = [line.slice(0, space), line.slice(space + 1)]
        if (key === 'env') environment.push(value)
        else if (key) facts.set(key, value)
      }
      const numbers = (key: string): number[] => (facts.get(key) ?? '').split(' ').filter(Boolean).map(Number)
      return {
        command,
        pid: Number(facts.get('pid')),
        uid: Number(facts.get('uid')),
        gid: Number(facts.get('gid')),
        groups: numbers('groups'),
        cwd: facts.get('cwd') ?? '',
        environment: parseEnvironment(environment),
      }
    })
}

/**
 * What systemd said about these unit files when it loaded them: it reports
 * an unknown key, a bad value or a broken line as `<path>:<line>: ...` in
 * its own journal and carries on without the setting, so none may appear.
 */
export async function unitFileMessages(machine: Machine, units: readonly string[]): Promise<string[]> {
  // journald reads PID 1's messages asynchronously: --sync waits until it has.
  await machine.exec(['journalctl', '--sync'])
  const { stdout } = await machine.exec(['journalctl', '--no-pager', '-b', '_PID=1', '--output=cat'])
  const paths = units.map((unit) => `/etc/systemd/system/${unit}:`)
  return stdout.split('\n').filter((line) => paths.some((path) => line.includes(path)))
}

/** Runs argv in the mount namespace (and root) of a process, as uid:gid: what the service itself can do there. */
export async function execInServiceNamespace(
  machine: Machine,
  pid: number,
  ids: { uid: number; gid: number },
  argv: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const enter = [
    'nsenter',
    `--target=${pid}`,
    '--mount',
    '--root',
    '--wd',
    `--setuid=${ids.uid}`,
    `--setgid=${ids.gid}`,
    '--',
  ]
  return machine.exec([...enter, ...argv], { allowFailure: true })
}
