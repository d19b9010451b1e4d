import { access, chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { systemdAnalyzeAvailable, verifyUnits } from '../../src/validate/verify/verify-units.js'
import type { UnitFile } from '../../src/units/unit-file.js'
import { executablePaths } from '../../src/validate/verify/exec-paths.js'

/** A service that verifies clean; `extra` lines go at the end of [Service], from line 8 on (with no `unitLines`). */
function service(name: string, extra: string[] = [], unitLines: string[] = []): UnitFile {
  return {
    name,
    content: [
      '[Unit]',
      'Description=My app',
      'After=network-online.target',
      'Wants=network-online.target',
      ...unitLines,
      '',
      '[Service]',
      'ExecStart=/opt/my-app/bin/my-app start',
      ...extra,
      'Restart=on-failure',
      '',
      '[Install]',
      'WantedBy=multi-user.target',
      '',
    ].join('\n'),
  }
}

describe('executablePaths', () => {
  it.each([
    ['ExecStart=/usr/bin/app --flag', ['/usr/bin/app']],
    ['ExecStartPre=-+@/usr/bin/pre argv0', ['/usr/bin/pre']],
    ['ExecStartPost=!!/usr/bin/post', ['/usr/bin/post']],
    ['ExecStart="/opt/my app/run%%1" "--x y"', ['/opt/my app/run%1']],
    ["ExecStop='/opt/a b/stop'", ['/opt/a b/stop']],
    ['ExecReload=/opt/a\\x20b/reload', ['/opt/a b/reload']],
    ['ExecStartPre=/bin/one ; /bin/two \\; /bin/arg', ['/bin/one', '/bin/two']],
    ['ExecStart=%h/bin/app', []],
    ['ExecStart=node server.js', ['/usr/bin/node']],
    ['ExecStart=bin/app', []],
    ['ExecStart=\\\n  # comment\n  /opt/app/bin/app start', ['/opt/app/bin/app']],
    ['Environment=ExecStart=/not/this', []],
  ])('%j → %j', (line, paths) => {
    expect(executablePaths(`[Service]\n${line}\n`)).toEqual(paths)
  })
})

// These prove behaviour against the real tool; without it they must fail, not skip
// (.ci/run installs Debian's systemd when systemd-analyze is missing).
describe('verifyUnits (real systemd-analyze)', () => {
  it('finds systemd-analyze and the system unit directory', async () => {
    expect(await systemdAnalyzeAvailable()).toBe(true)
  })

  it('passes a clean unit with no messages', async () => {
    expect(await verifyUnits([service('my-app.service')])).toEqual({ ok: true, messages: [], standIns: [] })
  })

  it('reports an unknown key with its unit and line', async () => {
    const result = await verifyUnits([service('my-app.service', ['Bogus=1'])])
    expect(result).toEqual({
      ok: false,
      standIns: [],
      messages: [{ unit: 'my-app.service', line: 8, text: expect.stringMatching(/^my-app\.service:8: .*'Bogus'/) }],
    })
  })

  it('reports an unquoted Environment= word with a space', async () => {
    const result = await verifyUnits([service('my-app.service', ['Environment=GREETING=hello world'])])
    expect(result).toEqual({
      ok: false,
      standIns: [],
      messages: [{ unit: 'my-app.service', line: 8, text: expect.stringMatching(/^my-app\.service:8: .*world/) }],
    })
  })

  it('reports a bad value', async () => {
    const result = await verifyUnits([service('my-app.service', ['Restart=sometimes'])])
    expect(result.ok).toBe(false)
    expect(result.messages).toEqual([
      { unit: 'my-app.service', line: 8, text: expect.stringMatching(/^my-app\.service:8: .*sometimes/) },
    ])
  })

  it('stubs a quoted executable path with a space and %%', async () => {
    const unit = service('my-app.service', [
      'ExecStartPre=-+"/opt/my app/bin/migrate%%1" --up',
      'ExecStop=/opt/my\\x20app/bin/stop ; /usr/local/bin/notify stopped',
    ])
    expect(await verifyUnits([unit])).toEqual({ ok: true, messages: [], standIns: [] })
  })

  it('leaves an executable with a specifier to systemd', async () => {
    const result = await verifyUnits([service('my-app.service', ['ExecStartPost=%h/bin/announce'])])
    expect(result.ok).toBe(false)
    expect(result.messages).toEqual([{ unit: 'my-app.service', text: expect.stringMatching(/is not executable/) }])
  })

  it('verifies a .path unit together with the service it triggers', async () => {
    const watch: UnitFile = {
      name: 'my-app-config.path',
      content:
        '[Path]\nPathChanged=/etc/my-app/config.toml\nUnit=my-app-reload.service\n\n[Install]\nWantedBy=paths.target\n',
    }
    const reload: UnitFile = {
      name: 'my-app-reload.service',
      content:
        '[Unit]\nRequires=my-app.service\n\n[Service]\nType=oneshot\nExecStart=/usr/bin/systemctl reload my-app.service\n',
    }
    expect(await verifyUnits([watch, reload, service('my-app.service')])).toEqual({
      ok: true,
      messages: [],
      standIns: [],
    })
  })

  // systemd 252 fails to queue the start job: an error naming our unit, no line.
  it('reports a Requires= on a unit that exists nowhere', async () => {
    const result = await verifyUnits([service('my-app.service', [], ['Requires=no-such-database.service'])])
    expect(result).toEqual({
      ok: false,
      standIns: [],
      messages: [
        {
          unit: 'my-app.service',
          text: expect.stringMatching(/^my-app\.service: .*no-such-database\.service not found/),
        },
      ],
    })
  })

  it('stands in for a dependency this machine lacks when asked, and names it', async () => {
    const unit = service('my-app.service', [], ['Requires=no-such-database.service', 'After=no-such-database.service'])
    expect(await verifyUnits([unit], { standIns: true })).toEqual({
      ok: true,
      messages: [],
      standIns: ['no-such-database.service'],
    })
  })

  it('reports a template once, under its own name', async () => {
    const result = await verifyUnits([service('worker@.service', ['Bogus=%i'])])
    expect(result.messages).toEqual([{ unit: 'worker@.service', line: 8, text: expect.stringMatching(/'Bogus'/) }])
  })

  it('ignores warnings in host units that ours pull in', async () => {
    const hostUnits = await mkdtemp(join(tmpdir(), 'verify-units-test-host-'))
    try {
      await cp('/usr/lib/systemd/system', hostUnits, { recursive: true, verbatimSymlinks: true })
      await writeFile(join(hostUnits, 'legacy-host.service'), '[Service]\nFrob=1\nExecStart=/usr/sbin/legacy\n')
      const ours = service('my-app.service', [], ['Wants=legacy-host.service'])
      expect(await verifyUnits([ours], { systemUnitDir: hostUnits })).toEqual({ ok: true, messages: [], standIns: [] })
    } finally {
      await rm(hostUnits, { recursive: true, force: true })
    }
  })

  it('rejects a unit name that is not a plain file name', async () => {
    await expect(verifyUnits([service('../my-app.service')])).rejects.toThrow(/not a plain file name/)
  })

  describe('removes the temp root', () => {
    let bin: string
    beforeEach(async () => {
      bin = await mkdtemp(join(tmpdir(), 'verify-units-test-bin-'))
    })
    afterEach(async () => {
      await rm(bin, { recursive: true, force: true })
    })

    /** A systemd-analyze that records its arguments first; `then` runs after. */
    async function recordingAnalyze(then: string): Promise<string> {
      const script = join(bin, 'systemd-analyze')
      await writeFile(script, `#!/bin/sh\nprintf '%s\\n' "$@" > "${bin}/args"\n${then}\n`)
      await chmod(script, 0o755)
      return script
    }
    async function recordedRoot(): Promise<string> {
      const args = (await readFile(join(bin, 'args'), 'utf8')).split('\n')
      return args.find((arg) => arg.startsWith('--root='))!.slice('--root='.length)
    }

    it('after a failed verification', async () => {
      const systemdAnalyze = await recordingAnalyze('exec systemd-analyze "$@"')
      const result = await verifyUnits([service('my-app.service', ['Bogus=1'])], { systemdAnalyze })
      expect(result.ok).toBe(false)
      await expect(access(await recordedRoot())).rejects.toThrow(/ENOENT/)
    })

    it('when systemd-analyze dies', async () => {
      const systemdAnalyze = await recordingAnalyze('kill -KILL $$')
      await expect(verifyUnits([service('my-app.service')], { systemdAnalyze })).rejects.toThrow(/could not run/)
      await expect(access(await recordedRoot())).rejects.toThrow(/ENOENT/)
    })
  })
})
