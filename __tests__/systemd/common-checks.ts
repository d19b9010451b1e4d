// Checks every configuration gets, whatever else its file tests: it starts,
// it runs as app_user:app_group in working_dir, and systemd took every line.
import { expect } from '@jest/globals'
import { check } from './check-table.js'
import type { App } from './deploy.js'
import type { Machine } from './harness.js'
import { idsOf, mainProcess, show, standInRuns, unitFileMessages } from './inspect.js'

/** `systemctl start` returns (for notify, once READY=1 was accepted; for forking, once the PID file named the daemon). */
function startsCheck(machine: () => Machine, deployed: () => App): void {
  check('starts', 'systemctl start returns with the service active and running as its Type=', async () => {
    const app = deployed()
    await machine().systemctl('start', app.service)
    expect(await show(machine(), app.service, 'Type', 'ActiveState', 'SubState')).toEqual({
      Type: app.setting('service_type'),
      ActiveState: 'active',
      SubState: 'running',
    })
  })
}

/**
 * The main process, read from /proc, has the app's user, group (and no
 * other groups) and working directory; with `standIn`, so did the stand-in
 * release when it last started (its own record, see stand-in-release.sh).
 */
function identityCheck(machine: () => Machine, deployed: () => App, { standIn }: { standIn: boolean }): void {
  check('identity', 'the main process runs as app_user:app_group in working_dir', async () => {
    const app = deployed()
    const ids = await idsOf(machine(), app.setting('app_user'), app.setting('app_group'))
    const expected = { ...ids, groups: [ids.gid], cwd: app.setting('working_dir') }
    const { uid, gid, groups, cwd } = await mainProcess(machine(), app.service)
    expect({ uid, gid, groups, cwd }).toEqual(expected)
    if (!standIn) return
    const started = (await standInRuns(machine(), app.setting('current_dir'))).filter((run) =>
      /^(start|foreground|daemon)\b/.test(run.command),
    )
    expect(started.at(-1)).toMatchObject(expected)
  })
}

/** systemd loaded each of the app's unit files and said nothing about any line of them. */
function cleanCheck(machine: () => Machine, deployed: () => App): void {
  check('clean', 'systemd loads every unit file without a message about it', async () => {
    const app = deployed()
    for (const unit of Object.keys(app.units)) {
      expect({ unit, ...(await show(machine(), unit, 'LoadState')) }).toEqual({ unit, LoadState: 'loaded' })
    }
    expect(await unitFileMessages(machine(), Object.keys(app.units))).toEqual([])
  })
}

/** starts, identity and clean: what every configuration that should run gets. */
export function runsCleanly(machine: () => Machine, deployed: () => App, options: { standIn: boolean }): void {
  startsCheck(machine, deployed)
  identityCheck(machine, deployed, options)
  cleanCheck(machine, deployed)
}
