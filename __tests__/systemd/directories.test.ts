// The `dirs` family: every directory systemd creates for an enabled `dirs`
// entry exists with app_user:app_group and its configured mode, the process
// is told where they are, and RuntimeDirectoryPreserve= keeps or drops the
// runtime directory across restart and stop as configured.
import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import { check } from './check-table.js'
import { runsCleanly } from './common-checks.js'
import { deployMixApp, type App } from './deploy.js'
import { bootMachine, type Machine } from './harness.js'
import { exists, mainProcess, statOf } from './inspect.js'

let machine: Machine

beforeAll(async () => {
  machine = await bootMachine()
})
afterAll(async () => {
  await machine?.shutdown()
})

/** The directories systemd creates, by `dirs` entry; tmp is only exported as TMP_DIR. */
const CREATED_BY_SYSTEMD = ['runtime', 'configuration', 'state', 'cache', 'logs'] as const
type Kind = (typeof CREATED_BY_SYSTEMD)[number]

/** `kinds` must exist as configured; `notCreated` are exported but left to the deploy scripts. */
function dirsCheck(deployed: () => App, kinds: readonly Kind[], notCreated: ReadonlyArray<Kind | 'tmp'> = []): void {
  const names = kinds.join(', ')
  check(
    'dirs',
    `creates ${names} with app_user:app_group and the configured modes, and exports their paths`,
    async () => {
      const app = deployed()
      await machine.systemctl('start', app.service)
      const owner = { owner: app.setting('app_user'), group: app.setting('app_group') }
      for (const kind of kinds) {
        const mode = Number.parseInt(app.setting(`${kind}_directory_mode`), 8).toString(8)
        expect({ kind, ...(await statOf(machine, app.setting(`${kind}_dir`))) }).toEqual({ kind, ...owner, mode })
      }
      for (const kind of notCreated)
        expect({ kind, exists: await exists(machine, app.setting(`${kind}_dir`)) }).toEqual({ kind, exists: false })
      const { environment } = await mainProcess(machine, app.service)
      for (const kind of [...kinds, ...notCreated]) {
        expect(environment.get(`${kind.toUpperCase()}_DIR`)).toBe(app.setting(`${kind}_dir`))
      }
    },
  )
}

/** RuntimeDirectoryPreserve= as systemd.exec(5) describes it: no drops, restart keeps across restarts, yes keeps always. */
function preserveCheck(deployed: () => App, keptOnRestart: boolean, keptOnStop: boolean): void {
  const outcome = (kept: boolean): string => (kept ? 'keeps' : 'removes')
  check(
    'preserve',
    `${outcome(keptOnRestart)} the runtime directory on restart and ${outcome(keptOnStop)} it on stop`,
    async () => {
      const app = deployed()
      const marker = `${app.setting('runtime_dir')}/marker`
      await machine.systemctl('start', app.service)
      await machine.writeFile(marker, 'left by the test\n')

      await machine.systemctl('restart', app.service)
      expect({ afterRestart: await exists(machine, marker) }).toEqual({ afterRestart: keptOnRestart })

      await machine.writeFile(marker, 'left by the test\n')
      await machine.systemctl('stop', app.service)
      expect({ afterStop: await exists(machine, marker) }).toEqual({ afterStop: keptOnStop })
    },
  )
}

describe('dirs: defaults (preserve no)', () => {
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(machine, 'dirs_default')
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )
  dirsCheck(() => app, ['runtime', 'configuration'])
  preserveCheck(() => app, false, false)
})

describe('dirs: all, own modes (preserve restart)', () => {
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(
      machine,
      'dirs_all',
      `dirs: [runtime, configuration, state, cache, logs, tmp]
runtime_directory_mode: "770"
configuration_directory_mode: "700"
state_directory_mode: "0750"
cache_directory_mode: 755
logs_directory_mode: "740"
runtime_directory_preserve: restart
`,
    )
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )
  dirsCheck(() => app, CREATED_BY_SYSTEMD, ['tmp'])
  preserveCheck(() => app, true, false)
})

describe('dirs: preserve yes', () => {
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(machine, 'dirs_preserved', 'runtime_directory_preserve: "yes"\n')
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )
  preserveCheck(() => app, true, true)
})

describe('dirs: systemd 219 (CentOS 7)', () => {
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(machine, 'dirs_old', 'systemd_version: 219\ndirs: [runtime, configuration, state]\n')
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )

  check('dirs', 'reports configuration and state as left for the deploy scripts (RuntimeDirectory= only)', () => {
    expect([...app.notices].sort()).toEqual([
      expect.stringMatching(
        /^ConfigurationDirectory= left out: it needs systemd 235 .*create \/etc\/dirs-old in your deploy scripts$/,
      ),
      expect.stringMatching(
        /^StateDirectory= left out: it needs systemd 235 .*create \/var\/lib\/dirs-old in your deploy scripts$/,
      ),
    ])
  })
  dirsCheck(() => app, ['runtime'], ['configuration', 'state'])
  // Without RuntimeDirectoryPreserve= (235+), systemd's default is no.
  preserveCheck(() => app, false, false)
})
