// Why the strict profile differs per runtime, shown by the runtime itself:
// each directive the profile leaves out for a runtime (or writes only
// because a runtime dies without it) is undone with hardening_overrides on
// a real app of that runtime, and the app dies as it starts, as systemd and
// the journal report. apps.test.ts shows every runtime serving under the
// profile as it is; together they pin each per-runtime decision.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HARDENING_LINES, RUNTIMES, type Runtime } from '../../src/units/hardening/profiles.js'
import { check } from './check-table.js'
import { runsCleanly } from './common-checks.js'
import type { App } from './deploy.js'
import { bootMachine, waitFor, type Machine } from './harness.js'
import { execInServiceNamespace, idsOf, mainPid, mainProcess, show } from './inspect.js'
import { deployRealApp, get, realApp } from './real-apps.js'

let machine: Machine

beforeAll(async () => {
  machine = await bootMachine()
})
afterAll(async () => {
  await machine?.shutdown()
})

/** A profile decision for one runtime, undone. */
interface Undone {
  runtime: Runtime
  directive: string
  /** The value re-added, or null: the profile's line removed. */
  value: string | null
  /** The signal that kills the main process: its signal(7) number and the name systemd logs. */
  signal: { number: number; name: string }
  /** What the runtime itself writes to the journal as it dies. */
  says?: string
}

const UNDONE: readonly Undone[] = [
  {
    // V8 maps its code space writable and executable as it deserializes its
    // startup snapshot; the filter refuses the mapping, and V8 aborts with a
    // trap instruction.
    runtime: 'node',
    directive: 'MemoryDenyWriteExecute',
    value: 'yes',
    signal: { number: 5, name: 'TRAP' },
    says: '# Fatal javascript OOM in MemoryChunk allocation failed during deserialization.',
  },
  {
    // V8 calls pkey_alloc(2), which @system-service does not allow (the
    // kernel's audit line names syscall 330); without an error number the
    // filter kills the process (systemd.exec(5) SystemCallErrorNumber=).
    runtime: 'node',
    directive: 'SystemCallErrorNumber',
    value: null,
    signal: { number: 31, name: 'SYS' },
  },
]

it('every directive strict leaves out for a runtime is re-added here', () => {
  const leftOut = HARDENING_LINES.flatMap((line) => {
    const { strict } = line.values
    if (typeof strict !== 'string' || !line.runtimes) return []
    return RUNTIMES.filter((runtime) => !line.runtimes?.includes(runtime)).map(
      (runtime) => `${runtime}: ${line.directive}=${strict}`,
    )
  })
  const readded = UNDONE.filter(({ value }) => value !== null).map(
    ({ runtime, directive, value }) => `${runtime}: ${directive}=${value}`,
  )
  expect(readded.sort()).toEqual(leftOut.sort())
})

/** The unit's lines that set `directive`. */
function linesOf(app: App, directive: string): string[] {
  return (app.units[app.service] ?? '').split('\n').filter((line) => line.startsWith(`${directive}=`))
}

for (const undone of UNDONE) {
  const { runtime, directive, value, signal } = undone
  const change = value === null ? `without ${directive}=` : `+ ${directive}=${value}`
  describe(`${runtime} app, strict ${change}`, () => {
    let app: App
    beforeAll(async () => {
      const name = `${runtime}-${directive.toLowerCase()}`
      const override = `hardening_overrides:\n  ${directive}: ${value ?? 'null'}\n`
      // Restart=no: the first death is the one systemd reports.
      const real = realApp(() => machine, runtime, name, `hardening: strict\nrestart: "no"\n${override}`)
      app = await deployRealApp(machine, real)
    })

    check(
      'dies',
      `the main process is killed by SIG${signal.name} as it starts, as systemd and the journal report`,
      async () => {
        expect(linesOf(app, directive)).toEqual(value === null ? [] : [`${directive}=${value}`])
        // Type=simple: the start job may succeed before the process dies.
        await machine.exec(['systemctl', 'start', app.service], { allowFailure: true })
        await waitFor(`${app.service} to fail`, async () =>
          (await show(machine, app.service, 'ActiveState')).ActiveState === 'failed' ? true : undefined,
        )
        // CLD_KILLED (2), not CLD_DUMPED: systemd's default soft LimitCORE= is 0, so nothing is dumped.
        expect(await show(machine, app.service, 'Result', 'ExecMainCode', 'ExecMainStatus')).toEqual({
          Result: 'signal',
          ExecMainCode: '2',
          ExecMainStatus: String(signal.number),
        })
        const expected = [
          `${app.service}: Main process exited, code=killed, status=${signal.number}/${signal.name}`,
          ...(undone.says ? [undone.says] : []),
        ]
        await waitFor(`the journal of ${app.service} to report the death`, async () => {
          const journal = await machine.journal(app.service)
          return expected.every((line) => journal.includes(line)) ? true : undefined
        })
      },
    )
  })
}

describe('node app, strict: ProcSubset=pid', () => {
  const real = realApp(() => machine, 'node', 'node-proc-subset', 'hardening: strict\n')
  let app: App
  beforeAll(async () => {
    app = await deployRealApp(machine, real)
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: false },
  )

  check(
    'proc',
    'os.cpus() lists no CPU (it reads /proc/stat), os.availableParallelism() counts them all, and the server answers',
    async () => {
      expect(linesOf(app, 'ProcSubset')).toEqual(['ProcSubset=pid'])
      const cpus = ['node', '-p', 'JSON.stringify({ cpus: os.cpus().length, parallelism: os.availableParallelism() })']
      const count = Number((await machine.exec(['nproc'])).stdout)
      const ids = await idsOf(machine, app.setting('app_user'), app.setting('app_group'))
      // The service's /proc is a mount in its own mount namespace.
      const inService = await execInServiceNamespace(machine, await mainPid(machine, app.service), ids, cpus)
      expect(JSON.parse(inService.stdout)).toEqual({ cpus: 0, parallelism: count })
      expect(JSON.parse((await machine.exec(cpus)).stdout)).toEqual({ cpus: count, parallelism: count })
      const { port } = real
      if (port === undefined) throw new Error('a node app serves on a port')
      const answer = await waitFor(`the server to answer on port ${port}`, () => get(machine, port, '/cpus'))
      expect(answer.path).toBe('/cpus')
    },
  )
})

/** Sorts through a C callback (ctypes, through libffi), says so, and idles. */
const PYTHON_CALLBACK = `#!/usr/bin/python3
import ctypes, time
compare = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
numbers = (ctypes.c_int * 4)(3, 1, 4, 2)
ctypes.CDLL(None).qsort(numbers, 4, ctypes.sizeof(ctypes.c_int), compare(lambda a, b: a[0] - b[0]))
print("qsort through a ctypes callback:", list(numbers), flush=True)
while True:
    time.sleep(60)
`

describe('python app, strict: ctypes callback', () => {
  const real = realApp(() => machine, 'python', 'python-ctypes', 'hardening: strict\n')
  let app: App
  beforeAll(async () => {
    app = await deployRealApp(machine, real)
    // In place of the server the app came with.
    await machine.writeFile(`${app.setting('current_dir')}/bin/python-ctypes`, PYTHON_CALLBACK, 0o755)
  })
  runsCleanly(
    () => machine,
    () => app,
    { standIn: false },
  )

  // A callback needs a trampoline, code made at run time: libffi must get
  // it without memory that is writable and executable at once.
  check('ffi', 'under MemoryDenyWriteExecute=yes, a C function calls back into Python', async () => {
    expect(linesOf(app, 'MemoryDenyWriteExecute')).toEqual(['MemoryDenyWriteExecute=yes'])
    const { pid } = await mainProcess(machine, app.service)
    await waitFor(`${app.service} to report the sort`, async () => {
      const journal = await machine.journal(app.service)
      return journal.includes(`python-ctypes[${pid}]: qsort through a ctypes callback: [1, 2, 3, 4]`) ? true : undefined
    })
  })
})
