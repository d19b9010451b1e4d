// The first-class directive settings do under real systemd what their names
// promise: ambient_capabilities lets an unprivileged server under strict bind
// port 80, exec_reload runs on `systemctl reload`, watchdog_sec kills and
// restarts a service that stops pinging, and requires keeps a service from
// starting when what it requires fails.
import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import { directives } from '../helpers/generate.js'
import { check } from './check-table.js'
import { runsCleanly } from './common-checks.js'
import { deployMixApp, type App } from './deploy.js'
import { bootMachine, waitFor, type Machine } from './harness.js'
import { mainPid, mainProcess, show, standInRuns, unitFileMessages, waitForNewMainPid } from './inspect.js'
import { deployRealApp, get, realApp } from './real-apps.js'

let machine: Machine

beforeAll(async () => {
  machine = await bootMachine()
})
afterAll(async () => {
  await machine?.shutdown()
})

/** capability(7) number of CAP_NET_BIND_SERVICE: binding ports below 1024. */
const CAP_NET_BIND_SERVICE = 10n

describe('node app, strict + ambient_capabilities on port 80', () => {
  const real = realApp(
    () => machine,
    'node',
    'node-port-80',
    'hardening: strict\nambient_capabilities: [CAP_NET_BIND_SERVICE]\n',
    { port: 80 },
  )
  let app: App
  beforeAll(async () => {
    app = await deployRealApp(machine, real)
  })
  // The servers below try port 80 next: EACCES must be their only reason to fail.
  afterAll(async () => {
    await machine.systemctl('stop', app.service)
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: false },
  )

  check(
    'capabilities',
    'the unprivileged main process holds CAP_NET_BIND_SERVICE, and only it, in its bounding, ambient and effective sets, outside a user namespace',
    async () => {
      const only = 1n << CAP_NET_BIND_SERVICE
      const main = await mainProcess(machine, app.service)
      expect({
        uid: main.uid === 0 ? 'root' : 'unprivileged',
        bounding: main.capabilityBoundingSet,
        ambient: main.ambientCapabilities,
        effective: main.effectiveCapabilities,
        // Outside a user namespace uid_map is the identity: PrivateUsers= gave way, as the notice says.
        uidMap: main.uidMap.trim().split(/\s+/),
      }).toEqual({
        uid: 'unprivileged',
        bounding: only,
        ambient: only,
        effective: only,
        uidMap: ['0', '0', '4294967295'],
      })
      expect(app.notices).toContainEqual(expect.stringMatching(/^PrivateUsers= left out: ambient capabilities/))
    },
  )

  check('http', 'answers a request on 127.0.0.1:80 from its main process', async () => {
    const answer = await waitFor('the server to answer on port 80', () => get(machine, 80, '/privileged-port'))
    expect(answer).toEqual({
      path: '/privileged-port',
      pid: await mainPid(machine, app.service),
      cwd: app.setting('working_dir'),
    })
  })
})

/**
 * Why the capability rules exist, shown on the same server: without the
 * ambient capability, and with it but inside a user namespace (PrivateUsers=
 * put back through hardening_overrides), the bind fails with EACCES, because
 * the machine's network namespace belongs to the initial user namespace
 * (user_namespaces(7)).
 */
const REFUSED_BINDS = [
  { row: 'without ambient_capabilities', config: '', lines: ['PrivateUsers=yes'] },
  {
    row: '+ ambient_capabilities + PrivateUsers=yes',
    config: 'ambient_capabilities: [CAP_NET_BIND_SERVICE]\nhardening_overrides:\n  PrivateUsers: true\n',
    lines: ['PrivateUsers=yes', 'AmbientCapabilities=CAP_NET_BIND_SERVICE'],
  },
]

for (const [index, { row, config, lines }] of REFUSED_BINDS.entries()) {
  describe(`node app, strict ${row}, on port 80`, () => {
    // Restart=no: the first death is the one systemd reports.
    const real = realApp(
      () => machine,
      'node',
      `node-port-80-refused-${index}`,
      `hardening: strict\nrestart: "no"\n${config}`,
      { port: 80 },
    )
    let app: App
    beforeAll(async () => {
      app = await deployRealApp(machine, real)
    })

    check('capabilities', 'the server dies as it binds port 80, with EACCES', async () => {
      const unit = app.units[app.service]
      expect([...directives(unit, 'PrivateUsers'), ...directives(unit, 'AmbientCapabilities')]).toEqual(lines)
      // Type=simple: the start job may succeed before the process dies.
      await machine.exec(['systemctl', 'start', app.service], { allowFailure: true })
      await waitFor(`${app.service} to fail`, async () =>
        (await show(machine, app.service, 'ActiveState')).ActiveState === 'failed' ? true : undefined,
      )
      expect((await show(machine, app.service, 'Result')).Result).toBe('exit-code')
      await waitFor(`the journal of ${app.service} to report the refused bind`, async () =>
        (await machine.journal(app.service)).includes('Error: listen EACCES: permission denied 127.0.0.1:80')
          ? true
          : undefined,
      )
    })
  })
}

/**
 * A Type=notify app that sends its own datagrams to NOTIFY_SOCKET from its
 * main process (sd_notify(3); NotifyAccess=main): READY=1 once up, then
 * WATCHDOG=1 at a quarter of WATCHDOG_USEC until SIGUSR1 tells it to stop.
 * It logs each SIGHUP as `reload <count>`.
 */
const PYTHON_NOTIFY_APP = `#!/usr/bin/python3
import os, signal, socket, time

def notify(message):
    address = os.environ["NOTIFY_SOCKET"]
    if address.startswith("@"):
        address = "\\0" + address[1:]
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.sendto(message.encode(), address)

reloads = 0
pinging = True

def reload(signum, frame):
    global reloads
    reloads += 1
    print(f"reload {reloads}", flush=True)

def stop_pinging(signum, frame):
    global pinging
    pinging = False
    print("no more WATCHDOG=1", flush=True)

signal.signal(signal.SIGHUP, reload)
signal.signal(signal.SIGUSR1, stop_pinging)
notify("READY=1")
watchdog_usec = int(os.environ.get("WATCHDOG_USEC", "0"))
while True:
    if pinging and watchdog_usec:
        notify("WATCHDOG=1")
    time.sleep(watchdog_usec / 4e6 if watchdog_usec else 1)
`

/** A python app whose program is PYTHON_NOTIFY_APP, deployed with `config`. */
async function deployNotifyApp(name: string, config: string): Promise<App> {
  const app = await deployRealApp(
    machine,
    realApp(() => machine, 'python', name, `service_type: notify\n${config}`),
  )
  await machine.writeFile(`${app.setting('current_dir')}/bin/${name}`, PYTHON_NOTIFY_APP, 0o755)
  return app
}

describe('exec_reload', () => {
  let app: App
  beforeAll(async () => {
    app = await deployNotifyApp('python-reload', 'exec_reload: "/bin/kill -HUP $MAINPID"\n')
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: false },
  )

  check('reload', 'systemctl reload runs ExecReload=, which signals the main process; nothing restarts', async () => {
    expect(directives(app.units[app.service], 'ExecReload')).toEqual(['ExecReload=/bin/kill -HUP $MAINPID'])
    const pid = await mainPid(machine, app.service)
    await machine.systemctl('reload', app.service)
    await waitFor(`${app.service} to log the reload`, async () =>
      (await machine.journal(app.service)).includes(`python-reload[${pid}]: reload 1`) ? true : undefined,
    )
    expect(await show(machine, app.service, 'MainPID', 'NRestarts', 'ActiveState')).toEqual({
      MainPID: String(pid),
      NRestarts: '0',
      ActiveState: 'active',
    })
  })
})

describe('watchdog_sec', () => {
  let app: App
  beforeAll(async () => {
    // A margin of seconds: a ping late on a loaded machine must not look like one that stopped.
    app = await deployNotifyApp('python-watchdog', 'watchdog_sec: 3s\n')
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: false },
  )

  check(
    'watchdog',
    'a main process that stops sending WATCHDOG=1 is killed and restarted, with the result watchdog',
    async () => {
      const unit = app.units[app.service]
      expect([...directives(unit, 'WatchdogSec'), ...directives(unit, 'NotifyAccess')]).toEqual([
        'WatchdogSec=3s',
        'NotifyAccess=main',
      ])
      const silenced = await mainPid(machine, app.service)
      expect(await show(machine, app.service, 'NRestarts', 'WatchdogUSec')).toEqual({
        NRestarts: '0',
        WatchdogUSec: '3s',
      })
      await machine.exec(['kill', '-USR1', String(silenced)])
      await waitForNewMainPid(machine, app.service, silenced)
      expect((await show(machine, app.service, 'NRestarts')).NRestarts).toBe('1')
      const journal = await machine.journal(app.service)
      expect(journal).toContain(`python-watchdog[${silenced}]: no more WATCHDOG=1`)
      expect(journal).toContain(`${app.service}: Watchdog timeout (limit 3s)!`)
      expect(journal).toContain(`${app.service}: Failed with result 'watchdog'.`)
    },
  )
})

/** A unit that fails every time it starts, as a database that cannot come up would. */
const FAILING_UNIT = 'failing-dependency.service'
const FAILING_UNIT_FILE = `[Unit]
Description=A dependency that fails to start

[Service]
Type=oneshot
ExecStart=/bin/false
`

describe('requires a failing unit', () => {
  let app: App
  beforeAll(async () => {
    await machine.writeFile(`/etc/systemd/system/${FAILING_UNIT}`, FAILING_UNIT_FILE)
    // deployMixApp reloads systemd, which then loads the failing unit too.
    app = await deployMixApp(machine, 'requires_app', `requires: [${FAILING_UNIT}]\n`)
  })

  check('requires', 'systemctl start fails with a dependency error and the service never runs', async () => {
    const unit = app.units[app.service]
    expect(directives(unit, 'Requires')).toEqual([`Requires=${FAILING_UNIT}`])
    expect(directives(unit, 'After')[0]?.split(/[= ]/)).toContain(FAILING_UNIT)
    expect(await unitFileMessages(machine, Object.keys(app.units))).toEqual([])

    const start = await machine.exec(['systemctl', 'start', app.service], { allowFailure: true })
    expect({ code: start.code, stderr: start.stderr.trim() }).toEqual({
      code: 1,
      stderr: `A dependency job for ${app.service} failed. See 'journalctl -xe' for details.`,
    })
    expect(await show(machine, FAILING_UNIT, 'ActiveState', 'Result')).toEqual({
      ActiveState: 'failed',
      Result: 'exit-code',
    })
    expect(await show(machine, app.service, 'ActiveState', 'ExecMainPID')).toEqual({
      ActiveState: 'inactive',
      ExecMainPID: '0',
    })
    // The stand-in records every run: there was none.
    expect(await standInRuns(machine, app.setting('current_dir'))).toEqual([])
  })
})
