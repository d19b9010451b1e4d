// The first-class settings for directives real services ship (issue: "Say anything systemd can say").
// Every unit is proven with systemd-analyze verify by generateFor.
import { describe, expect, test } from '@jest/globals'
import { directives, generateFor } from '../helpers/generate.js'
import { generationError } from '../helpers/generation-error.js'
import { MIX_EXS } from '../helpers/project.js'

const mix = (config: string) => ({ 'mix.exs': MIX_EXS, '.systemd.yml': config })
const node = (config: string) => ({
  'package.json': JSON.stringify({ name: 'api', version: '1.0.0', main: 'server.js' }),
  '.systemd.yml': config,
})

/** The lines of one section of a unit. */
function section(unit: string | undefined, name: string): string[] {
  const lines = (unit ?? '').split('\n')
  const start = lines.indexOf(`[${name}]`)
  if (start < 0) return []
  const end = lines.findIndex((line, index) => index > start && line.startsWith('['))
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line !== '')
}

describe('each setting writes its directive in the section systemd reads it from', () => {
  // setting (as YAML) → section → line
  const cases: Array<[string, string, string]> = [
    ['description: Shop API', 'Unit', 'Description=Shop API'],
    [
      'documentation: [https://shop.example/docs, "man:shop(8)"]',
      'Unit',
      'Documentation=https://shop.example/docs man:shop(8)',
    ],
    ['wants: [network-online.target]', 'Unit', 'Wants=network-online.target'],
    ['requires: [systemd-journald.service]', 'Unit', 'Requires=systemd-journald.service'],
    ['binds_to: [systemd-networkd.service]', 'Unit', 'BindsTo=systemd-networkd.service'],
    ['part_of: [shop.target]', 'Unit', 'PartOf=shop.target'],
    ['before: [nginx.service]', 'Unit', 'Before=nginx.service'],
    ['start_limit_interval_sec: 5min', 'Unit', 'StartLimitIntervalSec=5min'],
    ['start_limit_burst: 10', 'Unit', 'StartLimitBurst=10'],
    [
      'exec_start_post: ["/usr/bin/curl -fsS http://127.0.0.1:4000/health"]',
      'Service',
      'ExecStartPost=/usr/bin/curl -fsS http://127.0.0.1:4000/health',
    ],
    ['exec_reload: /bin/kill -HUP $MAINPID', 'Service', 'ExecReload=/bin/kill -HUP $MAINPID'],
    [
      'exec_stop_post: [["/usr/bin/logger", "stopped 100%"]]',
      'Service',
      'ExecStopPost=/usr/bin/logger "stopped 100%%"',
    ],
    ['timeout_stop_sec: 30s', 'Service', 'TimeoutStopSec=30s'],
    ['timeout_sec: 2min', 'Service', 'TimeoutSec=2min'],
    ['watchdog_sec: 10', 'Service', 'WatchdogSec=10'],
    ['kill_mode: mixed', 'Service', 'KillMode=mixed'],
    ['kill_signal: SIGINT', 'Service', 'KillSignal=SIGINT'],
    ['service_type: notify\nnotify_access: exec', 'Service', 'NotifyAccess=exec'],
    ['success_exit_status: [143, SIGTERM]', 'Service', 'SuccessExitStatus=143 SIGTERM'],
    ['restart_prevent_exit_status: [78]', 'Service', 'RestartPreventExitStatus=78'],
    ['memory_max: 1G', 'Service', 'MemoryMax=1G'],
    ['memory_high: 80%', 'Service', 'MemoryHigh=80%'],
    ['cpu_quota: 150%', 'Service', 'CPUQuota=150%'],
    ['cpu_weight: 200', 'Service', 'CPUWeight=200'],
    ['io_weight: 50', 'Service', 'IOWeight=50'],
    ['tasks_max: 512', 'Service', 'TasksMax=512'],
    ['limit_nproc: 4096', 'Service', 'LimitNPROC=4096'],
    ['limit_memlock: infinity', 'Service', 'LimitMEMLOCK=infinity'],
    ['limit_cpu: 1h', 'Service', 'LimitCPU=1h'],
    ['limit_nice: "-5"', 'Service', 'LimitNICE=-5'],
    ['limit_stack: 8M:16M', 'Service', 'LimitSTACK=8M:16M'],
    ['ambient_capabilities: [CAP_NET_BIND_SERVICE]', 'Service', 'AmbientCapabilities=CAP_NET_BIND_SERVICE'],
    [
      'capability_bounding_set: [CAP_NET_BIND_SERVICE, CAP_CHOWN]',
      'Service',
      'CapabilityBoundingSet=CAP_NET_BIND_SERVICE CAP_CHOWN',
    ],
  ]
  for (const [config, name, line] of cases) {
    test(`${config.replace(/\n/g, '; ')} → [${name}] ${line}`, async () => {
      const { units } = await generateFor(mix(`systemd_version: 252\n${config}\n`))
      const lines = section(units['my-app.service'], name)
      expect(lines).toContain(line)
      expect(lines.filter((other) => other.split('=')[0] === line.split('=')[0])).toHaveLength(1)
    })
  }
})

describe('dependencies', () => {
  test('wants, requires, binds_to and part_of also order after the unit, unless it is in before', async () => {
    const { units } = await generateFor(
      mix(
        'wants: [network-online.target]\nrequires: [systemd-journald.service]\nbinds_to: [systemd-networkd.service]\npart_of: [nginx.service]\nbefore: [nginx.service]\n',
      ),
    )
    expect(directives(units['my-app.service'], 'After')).toEqual([
      'After=local-fs.target network.target network-online.target systemd-journald.service systemd-networkd.service',
    ])
  })

  test('requires keeps the runtime-environment oneshot first', async () => {
    const { units } = await generateFor(
      mix(
        'runtime_environment_service_script: deploy-runtime-environment-file\nrequires: [systemd-journald.service]\n',
      ),
    )
    expect(directives(units['my-app.service'], 'Requires')).toEqual([
      'Requires=my-app-runtime-environment.service',
      'Requires=systemd-journald.service',
    ])
  })

  test('a unit name systemd cannot hold is refused at its item', async () => {
    expect(await generationError(mix('app_user: app\nwants: [ok.service, "bad name"]\n'))).toMatch(
      /^\.systemd\.yml:2: wants\[1\]: /,
    )
  })
})

describe('NotifyAccess=', () => {
  test('is all for a mix release (its start script notifies) and main for a runtime that notifies itself', async () => {
    const { units: release } = await generateFor(mix('service_type: notify\n'))
    expect(directives(release['my-app.service'], 'NotifyAccess')).toEqual(['NotifyAccess=all'])
    const { units: server } = await generateFor(node('service_type: notify\n'))
    expect(directives(server['api.service'], 'NotifyAccess')).toEqual(['NotifyAccess=main'])
    const { units: simple } = await generateFor(node(''))
    expect(directives(simple['api.service'], 'NotifyAccess')).toEqual([])
  })
})

describe('versions', () => {
  test('the start limit moves to [Service], under its old name, for a systemd before 229', async () => {
    const { units } = await generateFor(
      mix('target: amazonlinux-2\nstart_limit_interval_sec: 60\nstart_limit_burst: 3\n'),
    )
    const unit = units['my-app.service']
    expect(section(unit, 'Unit').filter((line) => line.startsWith('StartLimit'))).toEqual([])
    expect(section(unit, 'Service')).toEqual(expect.arrayContaining(['StartLimitBurst=3']))
    expect(section(unit, 'Service').filter((line) => line.startsWith('StartLimit'))).toEqual([
      'StartLimitInterval=60',
      'StartLimitBurst=3',
    ])
  })

  test('a setting the target lacks is an error naming the release it needs', async () => {
    expect(await generationError(mix('target: debian-12\nrestart_steps: 5\n'))).toBe(
      '.systemd.yml:2: restart_steps: RestartSteps= needs systemd 254; the target is debian-12 (systemd 252)',
    )
    expect(await generationError(mix('target: amazonlinux-2\nmemory_max: 1G\n'))).toBe(
      '.systemd.yml:2: memory_max: MemoryMax= needs systemd 231; the target is amazonlinux-2 (systemd 219)',
    )
  })
})

describe('values are checked as systemd parses them, at their line', () => {
  const cases: Array<[string, RegExp]> = [
    ['kill_signal: SIGNOPE', /kill_signal: "SIGNOPE" is not a signal/],
    ['kill_mode: gentle', /kill_mode: expected one of control-group, mixed, process, none/],
    ['memory_max: 1X', /memory_max: "1X" is not bytes/],
    ['memory_high: 150%', /memory_high: "150%" is not bytes/],
    ['cpu_quota: fast', /cpu_quota: "fast" is not a percentage/],
    ['cpu_weight: 0', /cpu_weight: must be at least 1/],
    ['tasks_max: lots', /tasks_max: "lots" is not a number of tasks/],
    ['success_exit_status: [256]', /success_exit_status\[0\]: must be an exit code from 0 to 255/],
    ['limit_nice: "-30"', /limit_nice: must be a nice level/],
    ['limit_cpu: soon', /limit_cpu: must be seconds, a time span/],
    ['documentation: [shop.example]', /documentation\[0\]: "shop.example" is not an http/],
    ['ambient_capabilities: [CAP_NET_BIND]', /ambient_capabilities\[0\]: expected one of CAP_CHOWN, /],
    ['exec_reload: "bin/reload"', /exec_reload: /],
  ]
  for (const [config, message] of cases) {
    test(config, async () => {
      expect(await generationError(mix(`app_user: app\n${config}\n`))).toMatch(
        new RegExp(`^\\.systemd\\.yml:2: ${message.source}`),
      )
    })
  }
})

describe('capabilities under a hardening profile', () => {
  test('ambient capabilities join the bounding set, and PrivateUsers= is left out with a notice', async () => {
    const { units, generated } = await generateFor(
      mix('hardening: strict\nambient_capabilities: [CAP_NET_BIND_SERVICE]\n'),
    )
    const service = section(units['my-app.service'], 'Service')
    expect(service).toContain('AmbientCapabilities=CAP_NET_BIND_SERVICE')
    expect(service.filter((line) => line.startsWith('CapabilityBoundingSet='))).toEqual([
      'CapabilityBoundingSet=CAP_NET_BIND_SERVICE',
    ])
    expect(service.filter((line) => line.startsWith('PrivateUsers='))).toEqual([])
    expect(generated.notices).toContainEqual(expect.stringMatching(/^PrivateUsers= left out: ambient capabilities/))
  })

  test('the same when AmbientCapabilities= comes through hardening_overrides', async () => {
    const { units } = await generateFor(
      mix('hardening: strict\nhardening_overrides:\n  AmbientCapabilities: CAP_NET_BIND_SERVICE\n'),
    )
    const service = section(units['my-app.service'], 'Service')
    expect(service).toContain('CapabilityBoundingSet=CAP_NET_BIND_SERVICE')
    expect(service.filter((line) => line.startsWith('PrivateUsers='))).toEqual([])
  })

  test('a bounding set the user wrote replaces the profile’s, and must hold the ambient capabilities', async () => {
    const { units } = await generateFor(
      mix(
        'hardening: strict\nambient_capabilities: [CAP_NET_BIND_SERVICE]\ncapability_bounding_set: [CAP_NET_BIND_SERVICE, CAP_CHOWN]\n',
      ),
    )
    expect(directives(units['my-app.service'], 'CapabilityBoundingSet')).toEqual([
      'CapabilityBoundingSet=CAP_NET_BIND_SERVICE CAP_CHOWN',
    ])
    expect(
      await generationError(
        mix('hardening: strict\nambient_capabilities: [CAP_NET_BIND_SERVICE]\ncapability_bounding_set: [CAP_CHOWN]\n'),
      ),
    ).toBe(
      '.systemd.yml:3: capability_bounding_set: lacks CAP_NET_BIND_SERVICE, which ambient capabilities grant: outside the bounding set the service cannot use them',
    )
  })

  // CapabilityBoundingSet= lines as hardening_overrides writes them, read as systemd merges them.
  const ambientWithBoundingOverride = (value: string) =>
    mix(
      `hardening: strict\nambient_capabilities: [CAP_NET_BIND_SERVICE]\nhardening_overrides:\n  CapabilityBoundingSet: ${value}\n`,
    )
  test.each([
    ['CAP_NET_BIND_SERVICE', ['CapabilityBoundingSet=CAP_NET_BIND_SERVICE']],
    [
      '[CAP_CHOWN, CAP_NET_BIND_SERVICE]',
      ['CapabilityBoundingSet=CAP_CHOWN', 'CapabilityBoundingSet=CAP_NET_BIND_SERVICE'],
    ],
    ['"~CAP_SYS_ADMIN"', ['CapabilityBoundingSet=~CAP_SYS_ADMIN']],
    ['["", "~"]', ['CapabilityBoundingSet=', 'CapabilityBoundingSet=~']],
    ['null', []],
  ])('an overridden bounding set that holds the ambient capabilities is written as given: %s', async (value, lines) => {
    const { units } = await generateFor(ambientWithBoundingOverride(value))
    expect(directives(units['my-app.service'], 'CapabilityBoundingSet')).toEqual(lines)
  })

  test.each([
    '""',
    '[]',
    'CAP_CHOWN',
    '"~CAP_NET_BIND_SERVICE CAP_SYS_ADMIN"',
    '[CAP_NET_BIND_SERVICE, ""]',
    '[CAP_CHOWN, "~CAP_NET_BIND_SERVICE"]',
    '["~CAP_SYS_ADMIN", "~CAP_NET_BIND_SERVICE"]',
  ])('an overridden bounding set that lacks an ambient capability is an error at the override: %s', async (value) => {
    // Under real systemd the service then cannot bind port 80 (EACCES): the capability never takes effect.
    expect(await generationError(ambientWithBoundingOverride(value))).toBe(
      '.systemd.yml:4: hardening_overrides["CapabilityBoundingSet"]: CapabilityBoundingSet= lacks CAP_NET_BIND_SERVICE, which ambient capabilities grant: outside the bounding set the service cannot use them',
    )
  })

  test('a setting and an override of the same directive is an error naming both', async () => {
    expect(
      await generationError(
        mix('ambient_capabilities: [CAP_NET_BIND_SERVICE]\nhardening_overrides:\n  AmbientCapabilities: CAP_NET_RAW\n'),
      ),
    ).toBe(
      '.systemd.yml:3: hardening_overrides["AmbientCapabilities"]: ambient_capabilities and hardening_overrides["AmbientCapabilities"] both write AmbientCapabilities=: set one of them',
    )
  })
})
