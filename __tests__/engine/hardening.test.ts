import { describe, expect, test } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { hardeningReadmeTable } from '../../src/docs/hardening-table.js'
import { RUNTIMES, profileDirectives } from '../../src/units/hardening/profiles.js'
import { directives, generateFor } from '../helpers/generate.js'
import { generationError } from '../helpers/generation-error.js'
import { MIX_EXS, repoRoot } from '../helpers/project.js'

const mix = (config: string) => ({ 'mix.exs': MIX_EXS, '.systemd.yml': config })
const node = (config: string) => ({
  'package.json': JSON.stringify({ name: 'api', version: '1.0.0', main: 'server.js' }),
  '.systemd.yml': config,
})

/** The lines of a unit that no template writes: the hardening block. */
const SANDBOXING =
  /^(NoNewPrivileges|Private\w+|Protect\w+|ProcSubset|MountAPIVFS|Restrict\w+|LockPersonality|RemoveIPC|CapabilityBoundingSet|SystemCall\w+|MemoryDenyWriteExecute|KeyringMode|IPAddress\w+|Device\w+)=/
const sandboxing = (unit: string | undefined) => (unit ?? '').split('\n').filter((line) => SANDBOXING.test(line))

const MIX_SYSTEMD_PARANOIA = [
  'NoNewPrivileges=yes',
  'PrivateDevices=yes',
  'PrivateTmp=yes',
  'ProtectSystem=full',
  'ProtectHome=yes',
  'PrivateUsers=yes',
  'ProtectKernelModules=yes',
  'ProtectKernelTunables=yes',
  'ProtectControlGroups=yes',
  'MountAPIVFS=yes',
]

describe('paranoia', () => {
  test("keeps producing mix_systemd's exact set, gated where mix_systemd gates it", async () => {
    expect(sandboxing((await generateFor(mix('paranoia: true\n'))).units['my-app.service'])).toEqual(
      MIX_SYSTEMD_PARANOIA,
    )
    expect(
      sandboxing((await generateFor(mix('paranoia: true\nsystemd_version: 232\n'))).units['my-app.service']),
    ).toEqual(MIX_SYSTEMD_PARANOIA.slice(0, -1))
    const old = await generateFor(mix('paranoia: true\ntarget: amazonlinux-2\n'))
    expect(sandboxing(old.units['my-app.service'])).toEqual(MIX_SYSTEMD_PARANOIA.slice(0, 5))
    expect(old.generated.notices).toContain(
      'hardening paranoia: left out for amazonlinux-2 (systemd 219), which lacks them: PrivateUsers= (232), ProtectKernelModules= (232), ProtectKernelTunables= (232), ProtectControlGroups= (232), MountAPIVFS= (233)',
    )
  })

  test("is mix_systemd's set, not runtime-aware: node gets it too", async () => {
    expect(sandboxing((await generateFor(node('paranoia: true\n'))).units['api.service'])).toEqual(MIX_SYSTEMD_PARANOIA)
  })

  test('cannot be combined with hardening', async () => {
    expect(await generationError(mix('hardening: strict\nparanoia: true\n'))).toBe(
      ".systemd.yml:2: paranoia: paranoia is mix_systemd's set and hardening: strict is another: set one of them",
    )
  })
})

describe('profiles are per runtime', () => {
  test('none writes no sandboxing at all', async () => {
    expect(sandboxing((await generateFor(mix(''))).units['my-app.service'])).toEqual([])
  })

  test('runtime comes from the manifest and can be set', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [mix(''), 'beam'],
      [node(''), 'node'],
      [{ 'pyproject.toml': '[project]\nname = "w"\nversion = "1"\n' }, 'python'],
      [{ 'Cargo.toml': '[package]\nname = "w"\nversion = "1.0.0"\n' }, 'native'],
      [{ 'go.mod': 'module example.com/w\n' }, 'native'],
      [{ '.systemd.yml': 'app_name: w\n' }, 'native'],
      [node('runtime: native\n'), 'native'],
    ]
    for (const [files, runtime] of cases)
      expect((await generateFor(files)).generated.settings.string('runtime')).toBe(runtime)
  })

  test('strict: Node goes without MemoryDenyWriteExecute= (V8 dies under it); every runtime gets the narrower filter', () => {
    for (const runtime of RUNTIMES) {
      const lines = profileDirectives('strict', runtime).map(
        ({ directive, value }) => `${directive}=${typeof value === 'string' ? value : ''}`,
      )
      expect([runtime, lines.includes('MemoryDenyWriteExecute=yes')]).toEqual([runtime, runtime !== 'node'])
      expect([runtime, lines.includes('SystemCallFilter=~@privileged @resources')]).toEqual([runtime, true])
      expect(lines).toEqual(
        expect.arrayContaining([
          'SystemCallFilter=@system-service',
          'SystemCallErrorNumber=EPERM',
          'ProtectSystem=strict',
          'PrivateUsers=yes',
        ]),
      )
    }
  })

  test('strict for node, as written on debian-12', async () => {
    const { units } = await generateFor(node('target: debian-12\nhardening: strict\n'))
    expect(sandboxing(units['api.service'])).toEqual([
      'NoNewPrivileges=yes',
      'PrivateDevices=yes',
      'PrivateTmp=yes',
      'ProtectSystem=strict',
      'ProtectHome=yes',
      'PrivateUsers=yes',
      'ProtectKernelModules=yes',
      'ProtectKernelTunables=yes',
      'ProtectControlGroups=yes',
      'ProtectKernelLogs=yes',
      'ProtectClock=yes',
      'ProtectHostname=yes',
      'RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6',
      'RestrictNamespaces=yes',
      'RestrictRealtime=yes',
      'RestrictSUIDSGID=yes',
      'LockPersonality=yes',
      'RemoveIPC=yes',
      'CapabilityBoundingSet=',
      'SystemCallArchitectures=native',
      'PrivateMounts=yes',
      'ProtectProc=invisible',
      'ProcSubset=pid',
      'SystemCallFilter=@system-service',
      'SystemCallFilter=~@privileged @resources',
      'SystemCallErrorNumber=EPERM',
    ])
  })

  test('standard keeps the file system writable but for /usr, /boot and /etc, and filters no system calls', async () => {
    const unit = (await generateFor(mix('hardening: standard\n'))).units['my-app.service']
    expect(directives(unit, 'ProtectSystem')).toEqual(['ProtectSystem=full'])
    expect(directives(unit, 'SystemCallFilter')).toEqual([])
    expect(directives(unit, 'MemoryDenyWriteExecute')).toEqual([])
    expect(directives(unit, 'ReadWritePaths')).toEqual([])
  })

  test('allowed address families come from address_families', async () => {
    const unit = (await generateFor(mix('hardening: standard\naddress_families: [AF_UNIX, AF_NETLINK]\n'))).units[
      'my-app.service'
    ]
    expect(directives(unit, 'RestrictAddressFamilies')).toEqual(['RestrictAddressFamilies=AF_UNIX AF_NETLINK'])
  })
})

describe('strict keeps the app working on a read-only file system', () => {
  test('BEAM: the runtime directory is created for RELEASE_TMP even when dirs leaves it out, and crash dumps go there', async () => {
    const unit = (await generateFor(mix('hardening: strict\ndirs: [configuration]\n'))).units['my-app.service']
    expect(directives(unit, 'RuntimeDirectory')).toEqual(['RuntimeDirectory=my-app'])
    expect(directives(unit, 'Environment')).toEqual(
      expect.arrayContaining([
        'Environment=RELEASE_TMP=/run/my-app',
        'Environment=ERL_CRASH_DUMP=/run/my-app/erl_crash.dump',
      ]),
    )
  })

  test('BEAM: crash dumps go to the state directory when there is one; env_vars can still say otherwise', async () => {
    const withState = (await generateFor(mix('hardening: strict\ndirs: [runtime, state]\n'))).units['my-app.service']
    expect(directives(withState, 'Environment')).toContain('Environment=ERL_CRASH_DUMP=/var/lib/my-app/erl_crash.dump')
    const own = (await generateFor(mix('hardening: strict\nenv_vars: {ERL_CRASH_DUMP: /dev/null}\n'))).units[
      'my-app.service'
    ]
    expect(directives(own, 'Environment').filter((line) => line.includes('ERL_CRASH_DUMP'))).toEqual([
      'Environment=ERL_CRASH_DUMP=/dev/null',
    ])
  })

  test('standard leaves the working directory writable, so BEAM needs nothing extra', async () => {
    const unit = (await generateFor(mix('hardening: standard\n'))).units['my-app.service']
    expect(directives(unit, 'Environment').filter((line) => line.includes('ERL_CRASH_DUMP'))).toEqual([])
  })

  test("directories systemd does not create for the unit become writable paths, after the user's", async () => {
    const { units } = await generateFor(
      mix(
        'hardening: strict\ndirs: [runtime, state, cache, tmp]\nstate_directory_base: /data\nruntime_environment_service_script: env-file\nread_write_paths: [/srv/shared]\n',
      ),
    )
    // runtime: owned by the oneshot; state: outside /var/lib; cache: created here; tmp: under the private /var/tmp.
    expect(directives(units['my-app.service'], 'ReadWritePaths')).toEqual([
      'ReadWritePaths=/srv/shared /run/my-app /data/my-app',
    ])
  })

  test('a forking service can write its PID file', async () => {
    const unit = (
      await generateFor(node('hardening: strict\nservice_type: forking\npid_file: /srv/api/pids/api.pid\n'))
    ).units['api.service']
    expect(directives(unit, 'ReadWritePaths')).toEqual(['ReadWritePaths=/srv/api/pids'])
  })

  test('an app deployed under /home gets ProtectHome=read-only, so it can still read itself', async () => {
    const unit = (await generateFor(node('hardening: standard\nbase_dir: /home/deploy\n'))).units['api.service']
    expect(directives(unit, 'ProtectHome')).toEqual(['ProtectHome=read-only'])
  })
})

describe('the target', () => {
  test('what it lacks is left out with one notice; ProtectSystem=strict becomes full before 232', async () => {
    const { units, generated } = await generateFor(node('target: rhel-8\nhardening: strict\n'))
    const lines = sandboxing(units['api.service'])
    expect(lines).not.toContain('ProtectClock=yes')
    expect(lines).toContain('SystemCallFilter=@system-service')
    expect(generated.notices).toEqual([
      'hardening strict: left out for rhel-8 (systemd 239), which lacks them: ProtectKernelLogs= (244), ProtectClock= (245), ProtectHostname= (242), RestrictSUIDSGID= (242), ProtectProc= (247), ProcSubset= (247)',
    ])
    const old = await generateFor(node('systemd_version: 231\nhardening: strict\n'))
    expect(directives(old.units['api.service'], 'ProtectSystem')).toEqual(['ProtectSystem=full'])
    expect(old.generated.notices).toContain(
      'hardening strict: ProtectSystem=strict written as ProtectSystem=full: ProtectSystem=strict needs systemd 232; the target is systemd 231 (systemd_version)',
    )
  })
})

describe('hardening_overrides', () => {
  test('null removes a directive, a value replaces every line of it in place, a list writes one line per item, booleans are yes/no', async () => {
    const config = `target: debian-12
hardening: strict
hardening_overrides:
  MemoryDenyWriteExecute: null
  ProtectHome: read-only
  SystemCallFilter: ["@system-service", "~@mount"]
  PrivateUsers: false
  IPAddressDeny: any
`
    const lines = sandboxing((await generateFor(mix(config))).units['my-app.service'])
    expect(lines).not.toContain('MemoryDenyWriteExecute=yes')
    expect(lines[lines.indexOf('PrivateTmp=yes') + 2]).toBe('ProtectHome=read-only')
    expect(lines.filter((line) => line.startsWith('SystemCallFilter='))).toEqual([
      'SystemCallFilter=@system-service',
      'SystemCallFilter=~@mount',
    ])
    expect(lines).toContain('PrivateUsers=no')
    expect(lines.at(-1)).toBe('IPAddressDeny=any')
  })

  test('apply without a profile, and write values literally', async () => {
    const unit = (await generateFor(mix('hardening_overrides:\n  DeviceAllow: "/dev/%i rw"\n'))).units['my-app.service']
    expect(sandboxing(unit)).toEqual(['DeviceAllow=/dev/%%i rw'])
  })

  test('an unknown directive is refused at its line, with the closest sandboxing directive', async () => {
    expect(await generationError(mix('hardening: strict\nhardening_overrides:\n  ProtectKernelLog: yes\n'))).toBe(
      '.systemd.yml:3: hardening_overrides["ProtectKernelLog"]: unknown sandboxing directive ProtectKernelLog= (did you mean ProtectKernelLogs?)',
    )
  })

  test('a directive with a setting of its own is refused', async () => {
    expect(await generationError(mix('hardening_overrides:\n  User: root\n'))).toBe(
      '.systemd.yml:2: hardening_overrides["User"]: User= is not a sandboxing directive; set it with app_user',
    )
  })

  test('one the target lacks is an error, not a silent omission', async () => {
    expect(await generationError(mix('target: rhel-8\nhardening_overrides:\n  ProtectClock: yes\n'))).toBe(
      '.systemd.yml:3: hardening_overrides["ProtectClock"]: ProtectClock= needs systemd 245; the target is rhel-8 (systemd 239)',
    )
  })

  test('a value that would start a new line is refused', async () => {
    expect(await generationError(mix('hardening_overrides:\n  ProtectHome: "yes\\nUser=root"\n'))).toBe(
      '.systemd.yml:2: hardening_overrides["ProtectHome"]: contains the control character "\\n"',
    )
  })
})

describe('README', () => {
  test("lists each profile's directives with what they protect against, as the profile data says", async () => {
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8')
    const start = '<!-- hardening-table:start -->\n'
    const end = '<!-- hardening-table:end -->'
    const table = `${start}${hardeningReadmeTable()}\n${end}`
    const current = readme.slice(readme.indexOf(start), readme.indexOf(end) + end.length)
    if (process.env['UPDATE_README'] && readme.includes(start))
      await writeFile(join(repoRoot, 'README.md'), readme.replace(current, table))
    else expect(current).toBe(table)
  })
})
