// Boots real systemd as PID 1 in private namespaces over a cached Debian
// root, so tests can install units and watch how systemd runs them.
// boot-machine.sh says how the namespaces, mounts and cgroups are set up;
// build-root.sh what the root holds.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, constants as fsConstants, existsSync, openSync } from 'node:fs'
import { access, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises'
import { constants as osConstants, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url))
const cacheDir = join(here('../..'), '.cache', 'systemd-root')
const buildScript = here('./build-root.sh')
const bootScript = here('./boot-machine.sh')

export interface ExecResult {
  code: number
  stdout: string
  stderr: string
}

export interface ExecOptions {
  /** Run as this user (via runuser) instead of root. */
  user?: string
  /** Written to the command's stdin. */
  input?: string
  /** Return a non-zero exit instead of throwing. */
  allowFailure?: boolean
}

export interface Machine {
  /** Runs argv inside the machine, in all its namespaces, with a clean environment (PATH, HOME, LANG). */
  exec(argv: string[], opts?: ExecOptions): Promise<ExecResult>
  /**
   * Runs systemctl and returns its stdout without the trailing newline. A
   * non-zero exit throws, with the tail of the journal; query verbs that
   * answer through their exit code (is-active, is-failed) belong in exec.
   */
  systemctl(...args: string[]): Promise<string>
  /** Writes a file inside the machine, creating its parent directories. */
  writeFile(path: string, content: string, mode?: number): Promise<void>
  readFile(path: string): Promise<string>
  /** The journal of one unit since boot. */
  journal(unit: string): Promise<string>
  /** Powers off (SIGKILL after 10 s), then removes the machine's temp dir and cgroup. Safe to call twice. */
  shutdown(): Promise<void>
  /**
   * Powers off and boots a new machine from the same disk (the overlay's
   * upper layer): files and enabled units stay, /run and /tmp start empty,
   * as after a real reboot. Use the returned machine from then on.
   */
  reboot(): Promise<Machine>
  /** Where the machine lives on the host, for tests that check it leaves nothing behind. */
  readonly host: {
    /** Host PID of the machine's systemd (PID 1 inside). */
    readonly initPid: number
    /** Host PID of the `unshare` process, the parent of initPid. */
    readonly launcherPid: number
    /** Temp dir holding the overlay's upper, work and merged dirs. */
    readonly dir: string
    /** The cgroup2 directory that is the machine's cgroup root. */
    readonly cgroup: string
  }
}

/** Calls probe every 50 ms until it returns something other than undefined; throws after timeoutMs. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(50)
  }
}

let testRoot: Promise<string> | undefined

/**
 * The cached Debian root machines boot from, built on first use (about two
 * minutes). Throws, saying why, when this machine cannot run the suite.
 */
export function ensureTestRoot(): Promise<string> {
  testRoot ??= findOrBuildTestRoot()
  return testRoot
}

/** Boots a fresh machine; resolves once systemd reports the boot finished (running or degraded). */
export async function bootMachine(): Promise<Machine> {
  await ensureTestRoot()
  return boot(await mkdtemp(join(tmpdir(), 'systemd-machine-')))
}

/** Boots systemd over the overlay in dir: a fresh dir, or the one a machine powered off for reboot() left. */
async function boot(dir: string): Promise<Machine> {
  const root = await ensureTestRoot()
  const cgroup = join((await cgroup2Mount()) ?? '/sys/fs/cgroup', basename(dir))
  await mkdir(cgroup)
  // setpriv --pdeathsig: if this test process dies without shutting the
  // machine down, the kernel kills the launcher, and its --kill-child the machine.
  const launcher = spawn('setpriv', ['--pdeathsig', 'KILL', '--', 'bash', bootScript, root, dir, cgroup], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keepOutput = (chunk: string): void => {
    output = (output + chunk).slice(-20_000)
  }
  launcher.stdout.setEncoding('utf8').on('data', keepOutput)
  launcher.stderr.setEncoding('utf8').on('data', keepOutput)
  let exitReason: string | undefined
  const exited = new Promise<void>((resolve) => {
    launcher.once('error', (error) => resolve(void (exitReason = String(error))))
    launcher.once('exit', (code, signal) => resolve(void (exitReason = `exited with ${code ?? signal}`)))
  })
  const machine = new RunningMachine(dir, cgroup, launcher.pid ?? 0, exited, () => exitReason)
  try {
    machine.host.initPid = await waitFor('the launcher to start systemd', () => {
      if (exitReason) throw new Error(`the launcher ${exitReason}`)
      return initPidOf(machine.host.launcherPid)
    })
    await waitFor(
      'systemd to finish booting',
      async () => {
        if (exitReason) throw new Error(`systemd ${exitReason}`)
        const { stdout } = await machine.exec(['systemctl', 'is-system-running'], { allowFailure: true })
        return ['running', 'degraded'].includes(stdout.trim()) ? true : undefined
      },
      30_000,
    )
    return machine
  } catch (error) {
    const diagnosis = exitReason ? '' : await machine.diagnose()
    await machine.shutdown()
    throw new Error(`Booting the test machine failed: ${(error as Error).message}\n${diagnosis}${output}`, {
      cause: error,
    })
  }
}

class RunningMachine implements Machine {
  readonly host: { initPid: number; launcherPid: number; dir: string; cgroup: string }
  private stopping: Promise<void> | undefined

  constructor(
    dir: string,
    cgroup: string,
    launcherPid: number,
    private readonly exited: Promise<void>,
    private readonly exitReason: () => string | undefined,
  ) {
    this.host = { initPid: 0, launcherPid, dir, cgroup }
  }

  async exec(argv: string[], opts: ExecOptions = {}): Promise<ExecResult> {
    const asUser = opts.user ? ['runuser', '-u', opts.user, '--'] : []
    const result = await run(
      'nsenter',
      [
        ...['-t', String(this.host.initPid), '-m', '-u', '-i', '-n', '-p', '-r', '-w', '--'],
        ...['/usr/bin/env', '-i', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
        ...['HOME=/root', 'LANG=C.UTF-8', ...asUser, ...argv],
      ],
      opts.input,
    )
    if (result.code !== 0 && !opts.allowFailure) {
      const who = opts.user ? ` as ${opts.user}` : ''
      throw new Error(`\`${argv.join(' ')}\`${who} exited with ${result.code}\n${result.stdout}${result.stderr}`)
    }
    return result
  }

  async systemctl(...args: string[]): Promise<string> {
    const result = await this.exec(['systemctl', ...args], { allowFailure: true })
    if (result.code === 0) return result.stdout.trimEnd()
    const journal = await this.exec(['journalctl', '--no-pager', '-n', '30'], { allowFailure: true })
    throw new Error(
      `systemctl ${args.join(' ')} exited with ${result.code}\n${result.stdout}${result.stderr}` +
        `--- journal ---\n${journal.stdout}`,
    )
  }

  async writeFile(path: string, content: string, mode = 0o644): Promise<void> {
    const script = 'mkdir -p -- "$(dirname -- "$1")" && cat > "$1" && chmod "$2" -- "$1"'
    await this.exec(['sh', '-c', script, 'sh', path, mode.toString(8)], { input: content })
  }

  async readFile(path: string): Promise<string> {
    return (await this.exec(['cat', '--', path])).stdout
  }

  async journal(unit: string): Promise<string> {
    return (await this.exec(['journalctl', '--no-pager', '-b', '-u', unit])).stdout
  }

  shutdown(): Promise<void> {
    this.stopping ??= this.stop({ keepDisk: false })
    return this.stopping
  }

  async reboot(): Promise<Machine> {
    if (this.stopping) throw new Error('reboot() of a machine that was already shut down')
    await (this.stopping = this.stop({ keepDisk: true }))
    return boot(this.host.dir)
  }

  /** What a failed boot left to read: the state, failed units and the journal, if systemd still answers. */
  async diagnose(): Promise<string> {
    if (!this.host.initPid) return ''
    const script = 'systemctl is-system-running; systemctl --failed --no-pager; journalctl --no-pager -n 50'
    const { stdout, stderr } = await this.exec(['sh', '-c', script], { allowFailure: true })
    return stdout + stderr
  }

  private async stop({ keepDisk }: { keepDisk: boolean }): Promise<void> {
    if (this.host.initPid && !this.exitReason()) {
      await this.exec(['systemctl', 'poweroff', '--no-block'], { allowFailure: true })
      await Promise.race([this.exited, sleep(10_000, undefined, { ref: false })])
    }
    // Killing PID 1 of a PID namespace kills everything in it; killing the
    // launcher before it started systemd kills its child through --kill-child.
    const pid = this.host.initPid || this.host.launcherPid
    if (!this.exitReason() && pid > 0) {
      process.kill(pid, 'SIGKILL')
      await this.exited
    }
    // The mounts lived in the machine's mount namespace and went with it.
    await removeCgroup(this.host.cgroup)
    if (!keepDisk) await rm(this.host.dir, { recursive: true, force: true })
  }
}

/** The launcher's child once it has become systemd, i.e. after the mounts and the pivot_root. */
async function initPidOf(launcherPid: number): Promise<number | undefined> {
  const children = await readFile(`/proc/${launcherPid}/task/${launcherPid}/children`, 'utf8').catch(() => '')
  const pid = Number(children.trim().split(' ')[0])
  if (!pid) return undefined
  const comm = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '')
  return comm.trim() === 'systemd' ? pid : undefined
}

/** systemd leaves its slices' directories behind; cgroup directories go leaves first. */
async function removeCgroup(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) if (entry.isDirectory()) await removeCgroup(join(dir, entry.name))
  await waitFor(`cgroup ${dir} to empty`, () =>
    rmdir(dir).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return true
        if (error.code === 'EBUSY') return undefined
        throw error
      },
    ),
  )
}

async function findOrBuildTestRoot(): Promise<string> {
  const problems = await hostProblems()
  if (problems.length > 0) {
    throw new Error(
      `The systemd test suite cannot run on this machine: ${problems.join('; ')}. ` +
        'It needs root on Debian, with what scripts/systemd-test-deps.sh installs.',
    )
  }
  const key = createHash('sha256')
    .update(await readFile(buildScript))
    .digest('hex')
    .slice(0, 12)
  const root = join(cacheDir, `bookworm-${key}`)
  if (existsSync(root)) return root

  await mkdir(cacheDir, { recursive: true })
  await pruneCache(basename(root))
  const partial = join(cacheDir, `.partial-${process.pid}`)
  const log = `${partial}.log`
  await rm(partial, { recursive: true, force: true })
  const mirror = await debianMirror()
  process.stderr.write(`Building the systemd test root ${root} from ${mirror} (about 2 minutes, log: ${log})\n`)
  // A private mount and PID namespace: whatever debootstrap mounts or starts
  // dies with the build, which dies with this process, however it ends.
  const inPrivateNamespaces = ['unshare', '--mount', '--pid', '--fork', '--kill-child', '--']
  const build = ['bash', buildScript, partial, mirror]
  const code = await runLogged('setpriv', ['--pdeathsig', 'KILL', '--', ...inPrivateNamespaces, ...build], log)
  if (code !== 0) {
    const tail = (await readFile(log, 'utf8')).split('\n').slice(-30).join('\n')
    throw new Error(`Building the systemd test root failed (exit ${code}); the end of ${log}:\n${tail}`)
  }
  // Renaming makes the root appear whole or not at all. A concurrent run
  // that finished first makes it fail, and then its root is as good.
  await rename(partial, root).catch(async (error: unknown) => {
    if (!existsSync(root)) throw error
    await rm(partial, { recursive: true, force: true })
  })
  await rm(log, { force: true })
  return root
}

async function hostProblems(): Promise<string[]> {
  const problems: string[] = []
  const uid = process.getuid?.()
  if (uid !== 0) problems.push(`it runs as uid ${uid}, not root (mount, unshare and chroot need root)`)
  for (const tool of ['debootstrap', 'unshare', 'nsenter', 'setpriv', 'pivot_root', 'chroot', 'mount']) {
    if (!(await onPath(tool))) problems.push(`${tool} is not on PATH`)
  }
  if (!(await cgroup2Mount())) problems.push('no cgroup2 hierarchy is mounted')
  return problems
}

async function onPath(tool: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) {
    if (
      await access(join(dir, tool), fsConstants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return true
  }
  return false
}

/** The host's cgroup2 mount point: /sys/fs/cgroup/unified on this cgroup v1 hybrid host, /sys/fs/cgroup on a pure v2 one. */
async function cgroup2Mount(): Promise<string | undefined> {
  const mountinfo = await readFile('/proc/self/mountinfo', 'utf8')
  for (const line of mountinfo.split('\n')) {
    const [mount, fs] = line.split(' - ')
    if (fs?.split(' ')[0] === 'cgroup2') return mount?.split(' ')[4]
  }
  return undefined
}

/** Removes roots built by older versions of build-root.sh and what interrupted builds left behind. */
async function pruneCache(keep: string): Promise<void> {
  for (const entry of await readdir(cacheDir)) {
    const builder = /^\.partial-(\d+)/.exec(entry)?.[1]
    if (entry === keep || (builder && isAlive(Number(builder)))) continue
    await rm(join(cacheDir, entry), { recursive: true, force: true })
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The Debian archive that apt on this machine already uses, so the root
 * comes from the same mirror as everything else installed here.
 */
async function debianMirror(): Promise<string> {
  const listDir = '/etc/apt/sources.list.d'
  const files = ['/etc/apt/sources.list', ...(await readdir(listDir).catch(() => [])).map((f) => join(listDir, f))]
  const sources: AptSource[] = []
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => '')
    if (file.endsWith('.sources')) sources.push(...parseDeb822Sources(text))
    if (file.endsWith('.list')) sources.push(...parseOneLineSources(text))
  }
  const suites = new Set(['bookworm', await debianCodename()])
  const archive = sources.find((s) => s.types.includes('deb') && s.suites.some((suite) => suites.has(suite)))
  if (!archive?.uris[0]) {
    throw new Error(
      `No apt source for the Debian archive (suite ${[...suites].filter(Boolean).join(' or ')}) ` +
        `in /etc/apt/sources.list or ${listDir}: the systemd test root is built from the mirror apt uses.`,
    )
  }
  return archive.uris[0]
}

interface AptSource {
  types: string[]
  uris: string[]
  suites: string[]
}

function parseDeb822Sources(text: string): AptSource[] {
  return text.split(/\n\s*\n/).flatMap((stanza) => {
    const fields = new Map<string, string>()
    let key = ''
    for (const line of stanza.split('\n')) {
      if (line.startsWith('#')) continue
      const field = /^([\w-]+):\s*(.*)$/.exec(line)
      if (field?.[1] !== undefined) fields.set((key = field[1].toLowerCase()), field[2] ?? '')
      else if (/^\s/.test(line) && key) fields.set(key, `${fields.get(key)} ${line.trim()}`)
    }
    if (fields.get('enabled')?.trim() === 'no') return []
    const words = (name: string): string[] => (fields.get(name) ?? '').split(/\s+/).filter(Boolean)
    return [{ types: words('types'), uris: words('uris'), suites: words('suites') }]
  })
}

function parseOneLineSources(text: string): AptSource[] {
  return text.split('\n').flatMap((line) => {
    const entry = /^\s*(deb|deb-src)\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/.exec(line)
    return entry ? [{ types: [entry[1] ?? ''], uris: [entry[2] ?? ''], suites: [entry[3] ?? ''] }] : []
  })
}

/** This host's codename when it is Debian: its own archive entry then serves bookworm too. */
async function debianCodename(): Promise<string> {
  const osRelease = await readFile('/etc/os-release', 'utf8').catch(() => '')
  if (!/^ID=debian$/m.test(osRelease)) return ''
  return /^VERSION_CODENAME=(\S+)$/m.exec(osRelease)?.[1] ?? ''
}

function run(command: string, args: string[], input?: string): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code: code ?? 128 + signalNumber(signal), stdout, stderr }))
    // A command that exits without reading its stdin makes this write fail
    // with EPIPE; its exit status, not the write, says how it went.
    child.stdin.on('error', () => undefined)
    child.stdin.end(input ?? '')
  })
}

/** Runs a command with its output going to a log file; resolves with its exit code. */
async function runLogged(command: string, args: string[], logPath: string): Promise<number> {
  const log = openSync(logPath, 'w')
  try {
    return await new Promise((resolve, reject) => {
      const child = spawn(command, args, { stdio: ['ignore', log, log] })
      child.on('error', reject)
      child.on('close', (code, signal) => resolve(code ?? 128 + signalNumber(signal)))
    })
  } finally {
    closeSync(log)
  }
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal ? osConstants.signals[signal] : 0
}
