// paranoia, the path settings and chroot: each configuration starts, and
// each directive is in effect on the running process, read from /proc and
// tried from inside the service's own mount namespace.
import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import { check } from './check-table.js'
import { runsCleanly } from './common-checks.js'
import { deployMixApp, installIntoChroot, type App } from './deploy.js'
import { bootMachine, waitFor, type Machine } from './harness.js'
import {
  execInServiceNamespace,
  exists,
  idsOf,
  mainProcess,
  mountHolding,
  mountsOf,
  show,
  type MountView,
  type ProcessView,
} from './inspect.js'

let machine: Machine

beforeAll(async () => {
  machine = await bootMachine()
})
afterAll(async () => {
  await machine?.shutdown()
})

/** capability(7) numbers. */
const CAP_SYS_MODULE = 16n
const CAP_SYS_RAWIO = 17n
const CAP_MKNOD = 27n

/** Where ProtectSystem=full and ProtectHome=yes act (systemd.exec(5)): on a normal root, all of these exist. */
const PROTECTED = { system: ['/usr', '/boot', '/etc'], home: ['/home', '/root', '/run/user'] }

/**
 * Whether each directive of the paranoia set shows on the process, by
 * directive. ProtectSystem= and ProtectHome= act on the dirs in `where`;
 * ProtectHome= is left out when there are none.
 */
function paranoiaInEffect(
  main: ProcessView,
  mounts: Map<string, MountView>,
  where = PROTECTED,
): Record<string, boolean> {
  const readOnly = (...points: string[]): boolean => points.every((point) => mounts.get(point)?.readOnly === true)
  const mountedFrom = (pattern: RegExp, ...points: string[]): boolean =>
    points.every((point) => pattern.test(mounts.get(point)?.root ?? ''))
  const dropped = (...capabilities: bigint[]): boolean =>
    capabilities.every((cap) => (main.capabilityBoundingSet & (1n << cap)) === 0n)
  // Outside a user namespace uid_map is the identity `0 0 4294967295`; PrivateUsers= maps root and the user only.
  const mappedIds = main.uidMap
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).slice(0, 2).join(':'))
  return {
    'NoNewPrivileges=yes': main.noNewPrivileges,
    'PrivateDevices=yes': dropped(CAP_SYS_RAWIO, CAP_MKNOD),
    'PrivateTmp=yes': mountedFrom(/systemd-private-/, '/tmp', '/var/tmp'),
    'ProtectSystem=full': readOnly(...where.system),
    ...(where.home.length > 0 ? { 'ProtectHome=yes': mountedFrom(/inaccessible/, ...where.home) } : {}),
    'PrivateUsers=yes': mappedIds.join(' ') === `0:0 ${main.uid}:${main.uid}`,
    'ProtectKernelModules=yes': dropped(CAP_SYS_MODULE),
    'ProtectKernelTunables=yes': readOnly('/proc/sys'),
    'ProtectControlGroups=yes': readOnly('/sys/fs/cgroup'),
    'MountAPIVFS=yes': mounts.has('/proc') && mounts.has('/sys') && mounts.has('/dev'),
  }
}

describe('paranoia + paths', () => {
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(
      machine,
      'paranoid_app',
      `paranoia: true
read_write_paths: ["/etc/{{ext_name}}-writable"]
read_only_paths: ["{{deploy_dir}}/data"]
inaccessible_paths: ["{{deploy_dir}}/secrets"]
`,
    )
    // Every one of them is the app user's, so only the unit's settings stand in its way.
    for (const dir of [
      '/etc/paranoid-app-writable',
      `${app.setting('deploy_dir')}/data`,
      `${app.setting('deploy_dir')}/secrets`,
    ]) {
      await machine.exec(['install', '-d', '-o', app.setting('app_user'), '-g', app.setting('app_group'), dir])
    }
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )

  check('hardening', 'every directive of the paranoia set is in effect on the main process', async () => {
    const main = await mainProcess(machine, app.service)
    const effect = paranoiaInEffect(main, await mountsOf(machine, main.pid))
    expect(effect).toEqual(Object.fromEntries(Object.keys(effect).map((directive) => [directive, true])))
  })

  check(
    'paths',
    'ReadWritePaths= opens a dir under the read-only /etc; ReadOnlyPaths= and InaccessiblePaths= close the app user’s own dirs',
    async () => {
      const ids = await idsOf(machine, app.setting('app_user'), app.setting('app_group'))
      const { pid } = await mainProcess(machine, app.service)
      const inService = (argv: string[]): Promise<number> =>
        execInServiceNamespace(machine, pid, ids, argv).then(({ code }) => code)
      const data = `${app.setting('deploy_dir')}/data`
      const secrets = `${app.setting('deploy_dir')}/secrets`
      expect({
        'ReadWritePaths=': await inService(['touch', '/etc/paranoid-app-writable/probe']),
        'ReadOnlyPaths=': await inService(['touch', `${data}/probe`]),
        'InaccessiblePaths=': await inService(['ls', secrets]),
        'outside the service, the user may write data/': (
          await machine.exec(['touch', `${data}/probe`], { user: app.setting('app_user') })
        ).code,
        'outside the service, the user may list secrets/': (
          await machine.exec(['ls', secrets], { user: app.setting('app_user') })
        ).code,
      }).toEqual({
        'ReadWritePaths=': 0,
        'ReadOnlyPaths=': 1,
        'InaccessiblePaths=': 2,
        'outside the service, the user may write data/': 0,
        'outside the service, the user may list secrets/': 0,
      })
    },
  )
})

/**
 * What a chroot deployment must provide, with root_directory = current_dir:
 * the release, every program it runs with the libraries they load, and unit
 * paths that name places inside the root (ExecStart=, WorkingDirectory= are
 * resolved there, systemd.exec(5) RootDirectory=).
 */
async function deployChrootApp(name: string, extraConfig = ''): Promise<App> {
  const app = await deployMixApp(
    machine,
    name,
    `chroot: true
exec_start: ["/bin/{{release_name}}", "{{start_command}}"]
working_dir: /
${extraConfig}`,
  )
  const root = app.setting('root_directory')
  // The stand-in went to current_dir/bin, which is /bin inside the root.
  await installIntoChroot(machine, root, ['/bin/bash', '/usr/bin/id', '/usr/bin/sleep'])
  // EnvironmentFile= is read by systemd from the host before it enters the root.
  await machine.writeFile(`${app.setting('deploy_dir')}/etc/environment`, 'FROM_HOST_FILE=read before the chroot\n')
  return app
}

/** The chroot checks both chroot configurations get. */
function chrootChecks(deployed: () => App): void {
  check(
    'chroot',
    'the process’s root is root_directory, with the runtime and configuration dirs and the host’s env files',
    async () => {
      const app = deployed()
      const main = await mainProcess(machine, app.service)
      const inode = async (path: string): Promise<string> =>
        (await machine.exec(['stat', '-L', '--format=%d:%i', path])).stdout
      expect(await inode(`/proc/${main.pid}/root/`)).toBe(await inode(app.setting('root_directory')))
      // systemd mounts the dirs it made on the host at the same paths inside the root.
      const mounts = await mountsOf(machine, main.pid)
      expect({
        runtime: mounts.has(app.setting('runtime_dir')),
        configuration: mounts.has(app.setting('configuration_dir')),
      }).toEqual({
        runtime: true,
        configuration: true,
      })
      expect(main.environment.get('FROM_HOST_FILE')).toBe('read before the chroot')
    },
  )
}

describe('chroot', () => {
  let app: App
  beforeAll(async () => {
    app = await deployChrootApp('chroot_app')
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )
  chrootChecks(() => app)

  check(
    'chroot',
    'the root needs no /proc, /dev, /run or /tmp of its own: systemd mounts the first three, nothing mounts /tmp',
    async () => {
      const mounts = await mountsOf(machine, (await mainProcess(machine, app.service)).pid)
      expect({
        proc: mounts.has('/proc'),
        dev: mounts.has('/dev'),
        run: mounts.has('/run'),
        tmp: mounts.has('/tmp'),
      }).toEqual({
        proc: true,
        dev: true,
        run: true,
        tmp: false,
      })
    },
  )
})

describe('chroot + paranoia', () => {
  let app: App
  beforeAll(async () => {
    app = await deployChrootApp('chroot_paranoid', 'paranoia: true\n')
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )
  chrootChecks(() => app)

  check('hardening', 'the paranoia set applies inside the root, to the parts of the tree the root has', async () => {
    const main = await mainProcess(machine, app.service)
    // This root has /usr (the libraries) and /etc (systemd made it for the
    // configuration dir), but no /boot and no home dirs; PrivateTmp= gives it /tmp.
    const effect = paranoiaInEffect(main, await mountsOf(machine, main.pid), { system: ['/usr', '/etc'], home: [] })
    expect(effect).toEqual(Object.fromEntries(Object.keys(effect).map((directive) => [directive, true])))
  })
})

describe('chroot, default exec_start', () => {
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(machine, 'chroot_default', 'chroot: true\nrestart: "no"\n')
    await installIntoChroot(machine, app.setting('root_directory'), ['/bin/bash', '/usr/bin/id', '/usr/bin/sleep'])
  })

  check(
    'chroot',
    'fails with 203/EXEC: systemd looks the host path in ExecStart= up inside root_directory',
    async () => {
      expect(await exists(machine, `${app.setting('current_dir')}/bin/${app.setting('release_name')}`)).toBe(true)
      // Type=simple: the start job succeeds, then the exec fails in the service's process.
      await machine.systemctl('start', app.service)
      await waitFor(`${app.service} to fail`, async () => {
        const { ActiveState } = await show(machine, app.service, 'ActiveState')
        return ActiveState === 'failed' ? true : undefined
      })
      expect(await show(machine, app.service, 'Result', 'ExecMainStatus')).toEqual({
        Result: 'exit-code',
        ExecMainStatus: '203',
      })
    },
  )
})

describe('strict + runtime-environment oneshot + forking', () => {
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(
      machine,
      'strict_forking',
      `hardening: strict
service_type: forking
restart_sec: 100ms
runtime_environment_service_script: ["/bin/sh", "-c", "echo ONESHOT_WROTE=yes >\\"$RUNTIME_DIR/runtime-environment\\""]
read_write_paths: ["{{current_dir}}/stand-in.log"]
`,
    )
  })
  // Under ProtectSystem=strict the daemon can write its PID file only if the
  // profile opened the runtime dir, which the oneshot, not this unit, creates.
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )

  check('hardening', 'the file system is read-only but for the runtime dir and the read_write_paths', async () => {
    const main = await mainProcess(machine, app.service)
    const mounts = await mountsOf(machine, main.pid)
    const writable = (path: string): boolean => mountHolding(mounts, path)?.readOnly === false
    expect({
      '/': writable('/'),
      [app.setting('runtime_dir')]: writable(app.setting('runtime_dir')),
      'stand-in.log': writable(`${app.setting('current_dir')}/stand-in.log`),
    }).toEqual({ '/': false, [app.setting('runtime_dir')]: true, 'stand-in.log': true })
    expect(Number(await machine.readFile(app.setting('pid_file')))).toBe(main.pid)
  })

  check('runtime-env', 'the main service reads the file the oneshot wrote', async () => {
    expect((await mainProcess(machine, app.service)).environment.get('ONESHOT_WROTE')).toBe('yes')
  })
})
