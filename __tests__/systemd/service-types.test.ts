// Every service_type we generate reaches active under real systemd, runs as
// app_user:app_group in working_dir, and comes back after kill -9; plus the
// process settings (limits, umask, journal identifier, ExecStartPre=) that
// ride along in the same units. One machine hosts all the apps: their names,
// users and directories differ, so they cannot see each other.
import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import { check } from './check-table.js'
import { runsCleanly } from './common-checks.js'
import { deployMixApp, type App } from './deploy.js'
import { bootMachine, waitFor, type Machine } from './harness.js'
import { idsOf, mainPid, mainProcess, show, standInRuns, waitForNewMainPid } from './inspect.js'

let machine: Machine

beforeAll(async () => {
  machine = await bootMachine()
})
afterAll(async () => {
  await machine?.shutdown()
})

/** The checks every service type gets: it starts as its type, as its user, loads cleanly, and is restarted. */
function serviceTypeChecks(deployed: () => App): void {
  runsCleanly(() => machine, deployed, { standIn: true })

  check('kill-9', 'Restart= brings the service back after kill -9 of its main process', async () => {
    const app = deployed()
    const killed = await mainPid(machine, app.service)
    await machine.exec(['kill', '-9', String(killed)])
    await waitForNewMainPid(machine, app.service, killed)
    expect(await show(machine, app.service, 'NRestarts', 'ActiveState')).toEqual({
      NRestarts: '1',
      ActiveState: 'active',
    })
  })
}

describe('mix defaults (simple)', () => {
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(machine, 'plain_app')
  })
  serviceTypeChecks(() => app)

  check('limits', 'the default LimitNOFILE=65535 applies, up to the hard limit systemd itself may grant', async () => {
    // systemd sets the closest limit it can (setrlimit_closest): without
    // CAP_SYS_RESOURCE, as in this sandbox, no more than its own hard limit.
    const openFiles = (limits: string): number[] =>
      (/^Max open files\s+(\d+)\s+(\d+)/m.exec(limits) ?? []).slice(1).map(Number)
    const [, grantable = 0] = openFiles(await machine.readFile('/proc/1/limits'))
    const expected = Math.min(65535, grantable)
    expect(openFiles((await mainProcess(machine, app.service)).limits)).toEqual([expected, expected])
  })
})

describe('exec + distillery + process settings', () => {
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(
      machine,
      'exec_app',
      `release_system: distillery
service_type: exec
restart: on-failure
restart_sec: 100ms
timeout_start_sec: 30s
exec_start_pre:
  - "!{{current_dir}}/bin/{{release_name}} eval Pre.as_root"
  - ["{{current_dir}}/bin/{{release_name}}", "eval", "Pre.as_app"]
limit_nofile: 4096
limit_core: infinity
umask: "0077"
syslog_identifier: exec-stand-in
`,
    )
  })
  serviceTypeChecks(() => app)

  check(
    'pre-root',
    'ExecStartPre= with ! runs as root, without it as app_user, both before the release starts',
    async () => {
      const ids = await idsOf(machine, app.setting('app_user'), app.setting('app_group'))
      const runs = (await standInRuns(machine, app.setting('current_dir'))).map(({ command, uid, gid }) => ({
        command,
        uid,
        gid,
      }))
      expect(runs.slice(0, 3)).toEqual([
        { command: 'eval Pre.as_root', uid: 0, gid: 0 },
        { command: 'eval Pre.as_app', ...ids },
        { command: 'foreground', ...ids },
      ])
    },
  )

  check(
    'limits',
    'LimitNOFILE=, LimitCORE=, UMask= apply to the process and SyslogIdentifier= tags its journal',
    async () => {
      const main = await mainProcess(machine, app.service)
      expect(main.limits).toMatch(/^Max open files\s+4096\s+4096\s+files/m)
      expect(main.limits).toMatch(/^Max core file size\s+unlimited\s+unlimited\s+bytes/m)
      expect(main.umask).toBe('0077')
      await waitFor('the release to log under its identifier', async () => {
        const { stdout } = await machine.exec([
          'journalctl',
          '--no-pager',
          '-b',
          '--identifier=exec-stand-in',
          '--output=cat',
        ])
        return stdout.includes('stand-in foreground') ? true : undefined
      })
      expect(await show(machine, app.service, 'TimeoutStartUSec', 'RestartUSec', 'Restart')).toEqual({
        TimeoutStartUSec: '30s',
        RestartUSec: '100ms',
        Restart: 'on-failure',
      })
    },
  )
})

describe('notify', () => {
  let app: App
  beforeAll(async () => {
    // A short start timeout: if READY=1 were refused, start fails in 10 s rather than 90.
    app = await deployMixApp(
      machine,
      'notify_app',
      'service_type: notify\nrestart_sec: 100ms\ntimeout_start_sec: 10s\n',
    )
  })
  serviceTypeChecks(() => app)
})

describe('forking (PIDFile)', () => {
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(machine, 'forking_app', 'service_type: forking\nrestart_sec: 100ms\n')
  })
  serviceTypeChecks(() => app)

  check('pidfile', 'the main PID is the daemon the release wrote to PIDFile=', async () => {
    const pidFile = await machine.readFile(app.setting('pid_file'))
    expect(await mainPid(machine, app.service)).toBe(Number(pidFile))
  })

  check('stop', 'systemctl stop runs the release stop command and the service ends inactive, not failed', async () => {
    await machine.systemctl('stop', app.service)
    const runs = await standInRuns(machine, app.setting('current_dir'))
    expect(runs.at(-1)?.command).toBe('stop')
    expect(await show(machine, app.service, 'ActiveState', 'Result')).toEqual({
      ActiveState: 'inactive',
      Result: 'success',
    })
  })
})
