// Smoke test of the harness itself: one machine, booted once, driven the way
// the unit tests will drive it, then checked for leftovers after poweroff.
import { readdir, readFile, readlink } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { bootMachine, waitFor, type Machine } from './harness.js'

describe('a systemd test machine', () => {
  let machine: Machine

  beforeAll(async () => {
    machine = await bootMachine()
  })
  afterAll(async () => {
    await machine?.shutdown()
  })

  it('runs systemd as PID 1, booted to running', async () => {
    expect(await machine.readFile('/proc/1/comm')).toBe('systemd\n')
    expect(await machine.systemctl('is-system-running')).toBe('running')
  })

  it('has a network of its own: only lo, up, serving 127.0.0.1', async () => {
    expect((await machine.exec(['ls', '/sys/class/net'])).stdout).toBe('lo\n')
    const echo = `const net = require('net');
      const server = net.createServer((c) => c.end('pong')).listen(0, '127.0.0.1', () =>
        net.connect(server.address().port, '127.0.0.1').on('data', (d) => { console.log(String(d)); process.exit(0); }));`
    expect((await machine.exec(['node', '-e', echo])).stdout).toBe('pong\n')
  })

  it('runs a unit as its User= and restarts it after kill -9', async () => {
    await machine.exec(['useradd', '--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'smoke'])
    expect((await machine.exec(['id', '-un'], { user: 'smoke' })).stdout).toBe('smoke\n')
    await machine.writeFile(
      '/etc/systemd/system/smoke-loop.service',
      `[Service]
User=smoke
ExecStart=/bin/bash -c 'while :; do sleep 1; done'
Restart=always
RestartSec=100ms
`,
    )
    await machine.systemctl('daemon-reload')
    await machine.systemctl('start', 'smoke-loop.service')
    const mainPid = (): Promise<string> => machine.systemctl('show', '--value', '-p', 'MainPID', 'smoke-loop.service')

    const first = await mainPid()
    expect(await machine.systemctl('is-active', 'smoke-loop.service')).toBe('active')
    expect((await machine.exec(['ps', '-o', 'user=', '-p', first])).stdout.trim()).toBe('smoke')

    await machine.exec(['kill', '-9', first])
    const second = await waitFor('smoke-loop.service to come back', async () => {
      const pid = await mainPid()
      return pid !== '0' && pid !== first ? pid : undefined
    })
    expect((await machine.exec(['ps', '-o', 'user=', '-p', second])).stdout.trim()).toBe('smoke')
    expect(await machine.systemctl('show', '--value', '-p', 'NRestarts', 'smoke-loop.service')).toBe('1')
    expect(await machine.journal('smoke-loop.service')).toContain('status=9/KILL')
  })

  it('lets units use PrivateUsers=yes, which a chrooted systemd cannot', async () => {
    const unit = ['systemd-run', '--wait', '--quiet', '-p', 'PrivateUsers=yes', '-p', 'DynamicUser=yes', 'true']
    expect((await machine.exec(unit, { allowFailure: true })).code).toBe(0)
  })

  it('leaves no mounts, processes, cgroup or files behind after poweroff', async () => {
    const { initPid, launcherPid, dir, cgroup } = machine.host
    // The overlay exists, but only in the machine's mount namespace.
    expect(await readFile(`/proc/${initPid}/mountinfo`, 'utf8')).toContain(`upperdir=${dir}/upper`)
    const pidNamespace = await readlink(`/proc/${initPid}/ns/pid`)

    await machine.shutdown()

    expect(await readFile('/proc/self/mountinfo', 'utf8')).not.toContain(dir)
    expect(existsSync(`/proc/${launcherPid}`)).toBe(false)
    expect(await processesIn(pidNamespace)).toEqual([])
    expect(existsSync(cgroup)).toBe(false)
    expect(existsSync(dir)).toBe(false)
  })
})

/** Host PIDs of the processes still in a PID namespace. */
async function processesIn(namespace: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry))
  const inNamespace = await Promise.all(
    pids.map(async (pid) =>
      (await readlink(`/proc/${pid}/ns/pid`).catch(() => '')) === namespace ? [Number(pid)] : [],
    ),
  )
  return inNamespace.flat()
}
