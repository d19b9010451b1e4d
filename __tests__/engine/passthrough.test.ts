// The `directives` passthrough and `unit_directives` (issue 13, "Passthrough for everything else"),
// through the module API. Every unit generated is proven with systemd-analyze verify by generateFor.
import { describe, expect, test } from '@jest/globals'
import { directives, generateFor } from '../helpers/generate.js'
import { generationError } from '../helpers/generation-error.js'
import { MIX_EXS } from '../helpers/project.js'

const mix = (config: string) => ({ 'mix.exs': MIX_EXS, '.systemd.yml': `systemd_version: 252\n${config}` })

/** The lines of one section of a unit. */
function section(unit: string | undefined, name: string): string[] {
  const lines = (unit ?? '').split('\n')
  const start = lines.indexOf(`[${name}]`)
  if (start < 0) return []
  const end = lines.findIndex((line, index) => index > start && line.startsWith('['))
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line !== '')
}

describe('directives are written as given, in their section', () => {
  test('the issue’s example: scalars, a list one line per item, a section the template lacks', async () => {
    const { units } = await generateFor(
      mix(`directives:
  Unit:
    ConditionPathExists: /etc/myapp/config.toml
  Service:
    ExecReload: /bin/kill -HUP $MAINPID
    OOMScoreAdjust: -500
    Environment: ["A=1", "B=2"]
  Install:
    Alias: myapp-web.service
`),
    )
    const unit = units['my-app.service']
    expect(section(unit, 'Unit')).toContain('ConditionPathExists=/etc/myapp/config.toml')
    expect(section(unit, 'Service')).toEqual(
      expect.arrayContaining(['ExecReload=/bin/kill -HUP $MAINPID', 'OOMScoreAdjust=-500']),
    )
    expect(directives(unit, 'Environment')).toEqual(['Environment=A=1', 'Environment=B=2'])
    expect(section(unit, 'Install')).toContain('Alias=myapp-web.service')
  })

  test('a directive replaces the line the template writes, where it was, never a duplicate', async () => {
    const { units } = await generateFor(mix('directives:\n  Service:\n    Restart: always\n    TimeoutStartSec: 90\n'))
    const service = section(units['my-app.service'], 'Service')
    expect(directives(units['my-app.service'], 'Restart')).toEqual(['Restart=always'])
    expect(directives(units['my-app.service'], 'TimeoutStartSec')).toEqual(['TimeoutStartSec=90'])
    // In place: still before RestartSec=, as the template writes them.
    expect(service.indexOf('Restart=always')).toBeLessThan(service.findIndex((line) => line.startsWith('RestartSec=')))
  })

  test('a directive replaces a hardening profile’s line too', async () => {
    const { units } = await generateFor(mix('hardening: strict\ndirectives:\n  Service:\n    ProtectHome: tmpfs\n'))
    expect(directives(units['my-app.service'], 'ProtectHome')).toEqual(['ProtectHome=tmpfs'])
  })

  test('an empty list writes the reset form Key= for a list directive', async () => {
    const { units } = await generateFor(
      mix('hardening: strict\ndirectives:\n  Service:\n    SystemCallFilter: []\n    CapabilityBoundingSet: []\n'),
    )
    expect(directives(units['my-app.service'], 'SystemCallFilter')).toEqual(['SystemCallFilter='])
    expect(directives(units['my-app.service'], 'CapabilityBoundingSet')).toEqual(['CapabilityBoundingSet='])
  })

  test('booleans are yes/no; %% and known specifiers are written as given', async () => {
    const { units } = await generateFor(
      mix(
        'directives:\n  Unit:\n    Documentation: "man:%N(8)"\n    StopWhenUnneeded: false\n  Service:\n    Environment: "RATE=100%%"\n',
      ),
    )
    const unit = units['my-app.service']
    expect(directives(unit, 'Documentation')).toEqual(['Documentation=man:%N(8)'])
    expect(directives(unit, 'StopWhenUnneeded')).toEqual(['StopWhenUnneeded=no'])
    expect(directives(unit, 'Environment')).toEqual(['Environment=RATE=100%%'])
  })

  test('a value may reference another setting, as every string may', async () => {
    const { units } = await generateFor(
      mix('directives:\n  Unit:\n    ConditionPathExists: "{{deploy_dir}}/etc/app.toml"\n'),
    )
    expect(directives(units['my-app.service'], 'ConditionPathExists')).toEqual([
      'ConditionPathExists=/srv/my-app/etc/app.toml',
    ])
  })

  test('AmbientCapabilities= here adapts the profile as ambient_capabilities does', async () => {
    const { units, generated } = await generateFor(
      mix('hardening: strict\ndirectives:\n  Service:\n    AmbientCapabilities: CAP_NET_BIND_SERVICE\n'),
    )
    const service = section(units['my-app.service'], 'Service')
    expect(service).toContain('AmbientCapabilities=CAP_NET_BIND_SERVICE')
    expect(service).toContain('CapabilityBoundingSet=CAP_NET_BIND_SERVICE')
    expect(service.filter((line) => line.startsWith('PrivateUsers='))).toEqual([])
    expect(generated.notices).toContainEqual(expect.stringMatching(/^PrivateUsers= left out: ambient capabilities/))
  })
})

describe('unit_directives address the other generated units by file name', () => {
  test('the restarter .path unit and the runtime-environment oneshot', async () => {
    const { units } = await generateFor(
      mix(`restart_method: systemd_flag
runtime_environment_service_script: /srv/env.sh
unit_directives:
  my-app-restart.path:
    Path:
      TriggerLimitBurst: 5
  my-app-runtime-environment.service:
    Service:
      TimeoutStartSec: 30
`),
    )
    expect(section(units['my-app-restart.path'], 'Path')).toContain('TriggerLimitBurst=5')
    expect(directives(units['my-app-runtime-environment.service'], 'TimeoutStartSec')).toEqual(['TimeoutStartSec=30'])
    expect(directives(units['my-app.service'], 'TriggerLimitBurst')).toEqual([])
  })

  test('a unit that is not generated is an error with the closest name and the list', async () => {
    expect(
      await generationError(
        mix('restart_method: systemd_flag\nunit_directives:\n  my-app-restrat.path:\n    Path: {}\n'),
      ),
    ).toBe(
      '.systemd.yml:4:3: unit_directives.my-app-restrat.path: no unit my-app-restrat.path is generated (did you mean my-app-restart.path?); the other units generated are my-app-restart.path, my-app-restart.service',
    )
    expect(await generationError(mix('unit_directives:\n  my-app.service:\n    Service: {}\n'))).toBe(
      '.systemd.yml:3:3: unit_directives.my-app.service: my-app.service is the main service: give its directives in directives',
    )
  })
})

describe('every problem of the file is reported at once, each at its key', () => {
  test('unknown section, unknown and misplaced directives, a too-new one, bad values', async () => {
    const message = await generationError(
      mix(`directives:
  Servce:
    Foo: 1
  Path:
    PathExists: /x
  Unit:
    ExecReload: /bin/true
    Wnats: network-online.target
  Service:
    RestartSteps: 3
    Environment: "A=1\\nB=2"
    ExecStartPost: "/bin/echo %Q"
    Nice: []
    SyslogFacility: "line\\\\"
`),
    )
    expect(message.split('\n')).toEqual([
      '.systemd.yml:3:3: directives.Servce: unknown section [Servce] (did you mean Service?); it has [Unit], [Service], [Install]',
      '.systemd.yml:5:3: directives.Path: my-app.service has no [Path] section; it has [Unit], [Service], [Install]',
      '.systemd.yml:8:5: directives.Unit.ExecReload: ExecReload= belongs in [Service], not [Unit]',
      '.systemd.yml:9:5: directives.Unit.Wnats: unknown directive Wnats= in [Unit] (did you mean Wants?)',
      '.systemd.yml:11:5: directives.Service.RestartSteps: RestartSteps= needs systemd 254; the target is systemd 252 (systemd_version)',
      '.systemd.yml:12:5: directives.Service.Environment: the value "A=1\\nB=2" contains the control character "\\n"',
      '.systemd.yml:13:5: directives.Service.ExecStartPost: the value "/bin/echo %Q" uses the unknown specifier "%Q"; write "%%" for a literal "%"',
      '.systemd.yml:14:5: directives.Service.Nice: an empty list writes Nice=, which resets only a list, and Nice= takes one value (NICE)',
      '.systemd.yml:15:5: directives.Service.SyslogFacility: the value "line\\\\" ends with an unpaired backslash, which systemd reads as joining the next line',
    ])
  })

  test('a carriage return or NUL is refused; a [Section] inside a value stays on its line', async () => {
    expect(await generationError(mix('directives:\n  Service:\n    Environment: "A=1\\r[Install]"\n'))).toBe(
      '.systemd.yml:4:5: directives.Service.Environment: the value "A=1\\r[Install]" contains the control character "\\r"',
    )
    expect(await generationError(mix('directives:\n  Service:\n    Environment: "A=\\0"\n'))).toMatch(
      /^\.systemd\.yml:4:5: directives\.Service\.Environment: the value "A=\\u0000" contains the control character/,
    )
  })

  test('a setting and directives naming the same directive is an error naming both', async () => {
    expect(
      await generationError(
        mix('exec_reload: /bin/kill -HUP $MAINPID\ndirectives:\n  Service:\n    ExecReload: /bin/true\n'),
      ),
    ).toBe(
      '.systemd.yml:5:5: directives.Service.ExecReload: exec_reload and directives.Service.ExecReload both write ExecReload=: set one of them',
    )
    expect(
      await generationError(
        mix('hardening_overrides:\n  ProtectHome: "no"\ndirectives:\n  Service:\n    ProtectHome: tmpfs\n'),
      ),
    ).toBe(
      '.systemd.yml:6:5: directives.Service.ProtectHome: hardening_overrides["ProtectHome"] and directives.Service.ProtectHome both write ProtectHome=: set one of them',
    )
  })

  test('hardening_overrides points a directive that is not sandboxing at its setting or at directives', async () => {
    expect(await generationError(mix('hardening_overrides:\n  Requires: redis.service\n'))).toBe(
      '.systemd.yml:3: hardening_overrides["Requires"]: Requires= is not a sandboxing directive; set it with requires',
    )
    expect(await generationError(mix('hardening_overrides:\n  OOMScoreAdjust: -500\n'))).toBe(
      '.systemd.yml:3: hardening_overrides["OOMScoreAdjust"]: OOMScoreAdjust= is not a sandboxing directive; set it with directives.Service.OOMScoreAdjust',
    )
  })
})
