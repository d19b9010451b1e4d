// restart_method: systemd_flag: a .path unit watches {{flags_dir}}/restart.flag
// and a oneshot restarts the service, so a deploy running as the unprivileged
// app user can restart it with `touch`. The restarter must stay idle until
// asked: not when installed, not at boot.
import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import { check } from './check-table.js'
import { runsCleanly } from './common-checks.js'
import { deployMixApp, type App } from './deploy.js'
import { bootMachine, waitFor, type Machine } from './harness.js'
import { mainPid, show, waitForNewMainPid } from './inspect.js'

let machine: Machine

beforeAll(async () => {
  machine = await bootMachine()
})
afterAll(async () => {
  await machine?.shutdown()
})

describe('systemd_flag restart', () => {
  let app: App
  let pathUnit: string
  let restarter: string
  let flag: string
  beforeAll(async () => {
    app = await deployMixApp(machine, 'flag_app', 'restart_method: systemd_flag\n')
    pathUnit = `${app.setting('service_name')}-restart.path`
    restarter = `${app.setting('service_name')}-restart.service`
    flag = `${app.setting('flags_dir')}/restart.flag`
    // The deploy gives the app user its flags dir.
    await machine.exec([
      'install',
      '-d',
      '-o',
      app.setting('app_user'),
      '-g',
      app.setting('app_group'),
      app.setting('flags_dir'),
    ])
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )

  /** The restarter never ran since boot. */
  async function expectRestarterIdle(): Promise<void> {
    expect(await show(machine, restarter, 'ActiveState', 'ExecMainStartTimestampMonotonic')).toEqual({
      ActiveState: 'inactive',
      ExecMainStartTimestampMonotonic: '0',
    })
  }

  check(
    'flag-restart',
    'installing the units starts nothing: the .path unit is inactive and the restarter has not run',
    async () => {
      expect(await show(machine, pathUnit, 'ActiveState', 'UnitFileState')).toEqual({
        ActiveState: 'inactive',
        UnitFileState: 'disabled',
      })
      await expectRestarterIdle()
    },
  )

  check(
    'flag-restart',
    'once the .path unit is enabled, each touch of the flag by the app user restarts the service',
    async () => {
      await machine.systemctl('enable', '--now', pathUnit)
      await expectRestarterIdle()
      let previous = await mainPid(machine, app.service)
      for (let touch = 1; touch <= 2; touch++) {
        await machine.exec(['touch', flag], { user: app.setting('app_user') })
        previous = await waitForNewMainPid(machine, app.service, previous)
      }
      expect(await show(machine, restarter, 'Result')).toEqual({ Result: 'success' })
    },
  )

  check(
    'flag-restart',
    'at boot the restarter does not run, though the .path unit is enabled and the flag exists',
    async () => {
      await machine.systemctl('enable', app.service)
      machine = await machine.reboot()
      await waitFor(`${app.service} to be started at boot`, async () => {
        const { ActiveState } = await show(machine, app.service, 'ActiveState')
        return ActiveState === 'active' ? true : undefined
      })
      expect(await show(machine, pathUnit, 'ActiveState', 'SubState')).toEqual({
        ActiveState: 'active',
        SubState: 'waiting',
      })
      await expectRestarterIdle()
      expect(await show(machine, app.service, 'NRestarts')).toEqual({ NRestarts: '0' })
      // And it still answers the flag.
      const booted = await mainPid(machine, app.service)
      await machine.exec(['touch', flag], { user: app.setting('app_user') })
      await waitForNewMainPid(machine, app.service, booted)
    },
  )
})
