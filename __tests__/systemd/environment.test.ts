// The environment family: what the process sees from Environment= and the
// EnvironmentFile= chain, and the runtime-environment oneshot that writes
// the last file of that chain before the main service starts, at start,
// restart, after kill -9, on stop and at boot.
import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import { check } from './check-table.js'
import { runsCleanly } from './common-checks.js'
import { deployMixApp, type App } from './deploy.js'
import { bootMachine, waitFor, type Machine } from './harness.js'
import {
  exists,
  idsOf,
  mainPid,
  mainProcess,
  parseEnvironment,
  show,
  standInRuns,
  statOf,
  waitForNewMainPid,
} from './inspect.js'

let machine: Machine

beforeAll(async () => {
  machine = await bootMachine()
})
afterAll(async () => {
  await machine?.shutdown()
})

describe('env_vars + env_files', () => {
  // Values systemd would otherwise expand, split or join: quotes, $, %, backslashes (a trailing one too), spaces.
  const literal = {
    QUOTED: `say "hi", it's fine`,
    DOLLARS: '$HOME ${PATH} $$',
    PERCENT: '100% %h %n',
    BACKSLASH: 'C:\\path\\to\\thing',
    SPACES: '  leading and trailing  ',
    // Quoted, a trailing backslash is "\\" before the closing quote, not a line continuation.
    TRAILING_BACKSLASH: 'C:\\temp\\',
    LONE_BACKSLASH: '\\',
  }
  let app: App
  beforeAll(async () => {
    app = await deployMixApp(
      machine,
      'env_app',
      `env_lang: C.UTF-8
env_vars:
  MIX_ENV: staging
  OVERRIDDEN: from env_vars
  KEPT: from env_vars
  MULTI_LINE: "one\\ntwo"
${Object.entries(literal)
  .map(([name, value]) => `  ${name}: ${JSON.stringify(value)}`)
  .join('\n')}
`,
    )
    // The default env_files, in order; the fourth (the runtime environment) stays missing.
    await machine.writeFile(
      `${app.setting('current_dir')}/etc/environment`,
      'OVERRIDDEN=current\nLEVEL1=current\nLEVEL2=current\nLEVEL3=current\n',
    )
    await machine.writeFile(`${app.setting('deploy_dir')}/etc/environment`, 'LEVEL2=deploy\nLEVEL3=deploy\n')
    await machine.writeFile(`${app.setting('configuration_dir')}/environment`, 'LEVEL3=configuration\n')
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )

  check('env', 'the process sees every Environment= value exactly as configured, built-ins included', async () => {
    const { environment } = await mainProcess(machine, app.service)
    const expected = {
      ...literal,
      KEPT: 'from env_vars',
      LANG: 'C.UTF-8',
      MIX_ENV: 'staging',
      RELEASE_TMP: app.setting('runtime_dir'),
      DEPLOY_DIR: app.setting('deploy_dir'),
      RUNTIME_DIR: app.setting('runtime_dir'),
      CONFIGURATION_DIR: app.setting('configuration_dir'),
    }
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, environment.get(name)]))).toEqual(expected)
    // A newline is C-escaped on the one Environment= line and reaches the process as a newline.
    expect(environment.get('MULTI_LINE')).toBe('one\ntwo')
    // The release saw the same.
    const started = (await standInRuns(machine, app.setting('current_dir'))).at(-1)
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, started?.environment.get(name)]))).toEqual(
      expected,
    )
  })

  check(
    'env-files',
    'later EnvironmentFile= entries override earlier ones and all override Environment=; a missing optional one is skipped',
    async () => {
      expect(await exists(machine, `${app.setting('runtime_dir')}/runtime-environment`)).toBe(false)
      const { environment } = await mainProcess(machine, app.service)
      const names = ['OVERRIDDEN', 'LEVEL1', 'LEVEL2', 'LEVEL3']
      expect(Object.fromEntries(names.map((name) => [name, environment.get(name)]))).toEqual({
        OVERRIDDEN: 'current',
        LEVEL1: 'current',
        LEVEL2: 'deploy',
        LEVEL3: 'configuration',
      })
    },
  )
})

describe('runtime-environment oneshot + wrap', () => {
  let app: App
  let oneshot: string
  beforeAll(async () => {
    app = await deployMixApp(
      machine,
      'rte_app',
      `base_dir: /opt
restart_sec: 100ms
exec_start_pre:
  - "!{{current_dir}}/bin/{{release_name}} eval Pre.as_root"
exec_start_wrap: "{{scripts_dir}}/deploy-runtime-environment-wrap"
runtime_environment_service_script: deploy-runtime-environment-file
runtime_environment_unit_after_targets: [network-online.target]
unit_after_targets: [time-sync.target]
`,
    )
    oneshot = `${app.setting('service_name')}-runtime-environment.service`
    const scripts = app.setting('scripts_dir')
    // As a deploy fetches secrets at boot: a new token on every run.
    await machine.writeFile(
      `${scripts}/deploy-runtime-environment-file`,
      `#!/bin/bash
set -eu
token=$(cat /proc/sys/kernel/random/uuid)
printf 'RUNTIME_TOKEN=%s\\nLEVEL3=runtime\\n' "$token" >"$RUNTIME_DIR/runtime-environment"
`,
      0o755,
    )
    await machine.writeFile(
      `${scripts}/deploy-runtime-environment-wrap`,
      '#!/bin/bash\necho "wrap: exec $*"\nexec "$@"\n',
      0o755,
    )
    await machine.writeFile(`${app.setting('configuration_dir')}/environment`, 'LEVEL3=configuration\n')
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: true },
  )

  /** The token the oneshot wrote last, and the one the main process was started with. */
  async function tokens(): Promise<{ written: string | undefined; seen: string | undefined }> {
    const file = parseEnvironment(
      (await machine.readFile(`${app.setting('runtime_dir')}/runtime-environment`)).split('\n'),
    )
    const { environment } = await mainProcess(machine, app.service)
    return { written: file.get('RUNTIME_TOKEN'), seen: environment.get('RUNTIME_TOKEN') }
  }

  /** systemd's clock readings: the oneshot finished before the main service began to start. */
  async function expectOneshotFirst(): Promise<void> {
    const { ActiveEnterTimestampMonotonic: oneshotDone } = await show(machine, oneshot, 'ActiveEnterTimestampMonotonic')
    const { InactiveExitTimestampMonotonic: mainBegan } = await show(
      machine,
      app.service,
      'InactiveExitTimestampMonotonic',
    )
    expect(Number(oneshotDone)).toBeGreaterThan(0)
    expect(Number(mainBegan)).toBeGreaterThanOrEqual(Number(oneshotDone))
  }

  check('runtime-env', 'runs before the main service, which reads the file it wrote in the runtime dir', async () => {
    await expectOneshotFirst()
    expect(await show(machine, oneshot, 'ActiveState', 'SubState')).toEqual({
      ActiveState: 'active',
      SubState: 'exited',
    })
    const { written, seen } = await tokens()
    expect(written).toMatch(/^[0-9a-f-]{36}$/)
    expect(seen).toBe(written)
    // The last env file wins over the configuration dir's.
    expect((await mainProcess(machine, app.service)).environment.get('LEVEL3')).toBe('runtime')
  })

  check(
    'runtime-env',
    'systemctl restart of the main service reruns it (PartOf=), and the new file is read',
    async () => {
      const before = await tokens()
      await machine.systemctl('restart', app.service)
      await expectOneshotFirst()
      const after = await tokens()
      expect(after.written).not.toBe(before.written)
      expect(after.seen).toBe(after.written)
    },
  )

  check(
    'runtime-env',
    'after kill -9, Restart= restarts the main service, reruns it, and the new file is read',
    async () => {
      const before = await tokens()
      const killed = await mainPid(machine, app.service)
      await machine.exec(['kill', '-9', String(killed)])
      await waitForNewMainPid(machine, app.service, killed)
      const after = await tokens()
      expect(after.written).not.toBe(before.written)
      expect(after.seen).toBe(after.written)
    },
  )

  check(
    'runtime-env',
    'stopping the main service stops it too and removes the runtime dir; starting brings both back',
    async () => {
      await machine.systemctl('stop', app.service)
      expect(await show(machine, oneshot, 'ActiveState')).toEqual({ ActiveState: 'inactive' })
      expect(await exists(machine, app.setting('runtime_dir'))).toBe(false)
      await machine.systemctl('start', app.service)
      const { written, seen } = await tokens()
      expect(seen).toBe(written)
    },
  )

  check(
    'dirs',
    'the oneshot owns the runtime dir, created with app_user:app_group and its mode; the main unit does not',
    async () => {
      expect(await statOf(machine, app.setting('runtime_dir'))).toEqual({
        owner: app.setting('app_user'),
        group: app.setting('app_group'),
        mode: Number.parseInt(app.setting('runtime_directory_mode'), 8).toString(8),
      })
      expect(await show(machine, oneshot, 'RuntimeDirectory')).toEqual({
        RuntimeDirectory: app.setting('runtime_directory'),
      })
      expect(await show(machine, app.service, 'RuntimeDirectory')).toEqual({ RuntimeDirectory: '' })
    },
  )

  check('pre-root', 'ExecStartPre= with ! runs as root before the release', async () => {
    const runs = await standInRuns(machine, app.setting('current_dir'))
    expect(runs.slice(0, 2).map(({ command, uid }) => ({ command, uid }))).toEqual([
      { command: 'eval Pre.as_root', uid: 0 },
      { command: 'start', uid: (await idsOf(machine, app.setting('app_user'), app.setting('app_group'))).uid },
    ])
  })

  check('identity', 'exec_start_wrap execs the release: the release itself is the main process', async () => {
    const main = await mainPid(machine, app.service)
    const started = (await standInRuns(machine, app.setting('current_dir'))).filter((run) => run.command === 'start')
    expect(started.at(-1)?.pid).toBe(main)
    const wrapped = `wrap: exec ${app.setting('current_dir')}/bin/${app.setting('release_name')} start`
    await waitFor('the wrapper to show in the journal', async () => {
      const { stdout } = await machine.exec(['journalctl', '--no-pager', '-b', `--unit=${app.service}`, '--output=cat'])
      return stdout.includes(wrapped) ? true : undefined
    })
  })

  check('runtime-env', 'at boot, with the main service enabled, it runs first and its file is read', async () => {
    await machine.systemctl('enable', app.service)
    machine = await machine.reboot()
    await waitFor(`${app.service} to be started at boot`, async () => {
      const { ActiveState } = await show(machine, app.service, 'ActiveState')
      return ActiveState === 'active' ? true : undefined
    })
    await expectOneshotFirst()
    const { written, seen } = await tokens()
    expect(written).toMatch(/^[0-9a-f-]{36}$/)
    expect(seen).toBe(written)
  })
})
