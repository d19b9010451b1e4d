// Real applications under our generated units (real-apps.ts): an HTTP
// server per runtime the hardening profiles know, and native programs, each
// under no profile, `standard` and `strict`, answering on 127.0.0.1 inside
// the machine's network namespace. A profile is proven for a runtime when
// the app serves under it.
import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import type { ProfileName as Profile, Runtime } from '../../src/units/hardening/profiles.js'
import { check } from './check-table.js'
import { runsCleanly } from './common-checks.js'
import type { App } from './deploy.js'
import { bootMachine, waitFor, type Machine } from './harness.js'
import { mainPid, mainProcess, mountHolding, mountsOf, waitForNewMainPid } from './inspect.js'
import { deployRealApp, get, realApp } from './real-apps.js'

let machine: Machine

beforeAll(async () => {
  machine = await bootMachine()
})
afterAll(async () => {
  await machine?.shutdown()
})

/** What each profile must show on the running process (the app serving is the rest of the proof). */
async function expectProfileInEffect(app: App, profile: Profile): Promise<void> {
  const main = await mainProcess(machine, app.service)
  const mounts = await mountsOf(machine, main.pid)
  const readOnly = (path: string): boolean => mountHolding(mounts, path)?.readOnly === true
  const sandbox = {
    noNewPrivileges: main.noNewPrivileges,
    noCapabilities: main.capabilityBoundingSet === 0n,
    // Every profile filters some system calls (SystemCallArchitectures=, PrivateDevices=, Restrict*=).
    seccomp: main.seccomp === 2,
    privateTmp: /systemd-private-/.test(mounts.get('/tmp')?.root ?? ''),
    readOnlyUsr: readOnly('/usr'),
    readOnlyRoot: readOnly('/'),
    // Outside a user namespace, uid_map is the identity `0 0 4294967295`.
    privateUsers: !/^\s*0\s+0\s+4294967295\s*$/.test(main.uidMap),
  }
  const none = {
    noNewPrivileges: false,
    noCapabilities: false,
    seccomp: false,
    privateTmp: false,
    readOnlyUsr: false,
    readOnlyRoot: false,
    privateUsers: false,
  }
  const sandboxed = { ...none, noNewPrivileges: true, seccomp: true, privateTmp: true, readOnlyUsr: true }
  const expected = {
    none,
    standard: { ...sandboxed, noCapabilities: true },
    strict: { ...sandboxed, noCapabilities: true, readOnlyRoot: true, privateUsers: true },
    paranoia: { ...sandboxed, privateUsers: true },
  }[profile]
  expect(sandbox).toEqual(expected)
}

function realAppChecks(runtime: Runtime, profile: Profile, { killNine = false } = {}): void {
  const name = `${runtime}-${profile}`
  const config = profile === 'none' ? '' : profile === 'paranoia' ? 'paranoia: true\n' : `hardening: ${profile}\n`
  const real = realApp(() => machine, runtime, name, config)
  describe(`${runtime} app${profile === 'none' ? '' : `, ${profile}`}`, () => {
    let app: App
    beforeAll(async () => {
      app = await deployRealApp(machine, real)
    })
    runsCleanly(
      () => machine,
      () => app,
      { standIn: runtime === 'native' },
    )

    const effect =
      profile === 'none'
        ? 'without a profile, the app runs unsandboxed'
        : `the ${profile} profile is in effect on the running app`
    check('hardening', effect, async () => {
      await expectProfileInEffect(app, profile)
    })

    const { port } = real
    if (port === undefined) return
    check('http', 'answers a request on 127.0.0.1 from its main process, in working_dir', async () => {
      const answer = await waitFor(`the ${runtime} server to answer on port ${port}`, () =>
        get(machine, port, '/hello'),
      )
      expect(answer).toEqual({
        path: '/hello',
        pid: await mainPid(machine, app.service),
        cwd: app.setting('working_dir'),
      })
    })

    if (!killNine) return
    check('kill-9', 'Restart= brings the server back after kill -9, answering again', async () => {
      const killed = await mainPid(machine, app.service)
      await machine.exec(['kill', '-9', String(killed)])
      const restarted = await waitForNewMainPid(machine, app.service, killed)
      const answer = await waitFor(`the restarted server to answer on port ${port}`, () => get(machine, port, '/again'))
      expect(answer.pid).toBe(restarted)
    })
  })
}

for (const runtime of ['node', 'beam', 'python', 'native'] as const) {
  for (const profile of ['none', 'standard', 'strict'] as const)
    realAppChecks(runtime, profile, { killNine: runtime === 'node' && profile === 'none' })
}
realAppChecks('node', 'paranoia', { killNine: true })
