import { describe, expect, test } from '@jest/globals'
import { readBuiltInTemplate } from '../../src/units/templates.js'
import { directives, generateFor } from '../helpers/generate.js'
import { generationError } from '../helpers/generation-error.js'
import { MIX_EXS } from '../helpers/project.js'

const TEMPLATE = 'rel/templates/systemd/systemd.service.mustache'

/** Our systemd.service template with `lines` added to [Service], as a user edits a copy `init` wrote. */
function editedService(lines: string): string {
  return readBuiltInTemplate('systemd.service').replace(
    'ExecStart={{exec_start}}\n',
    `ExecStart={{exec_start}}\n${lines}`,
  )
}

const project = (config: string, template: string) => ({
  'mix.exs': MIX_EXS,
  '.systemd.yml': config,
  [TEMPLATE]: template,
})

describe('templates see every setting', () => {
  test('a copied template renders current_dir, deploy_dir and version as resolved', async () => {
    const { units } = await generateFor(
      project(
        'deploy_dir: /srv/my-app\n',
        editedService(
          'ExecStartPost=/bin/test -d {{current_dir}}\nExecReload=/bin/test -d {{deploy_dir}}\nEnvironment=APP_VERSION={{version}}\n',
        ),
      ),
    )
    const unit = units['my-app.service']
    expect(directives(unit, 'ExecStartPost')).toEqual(['ExecStartPost=/bin/test -d /srv/my-app/current'])
    expect(directives(unit, 'ExecReload')).toEqual(['ExecReload=/bin/test -d /srv/my-app'])
    expect(directives(unit, 'Environment')).toContain('Environment=APP_VERSION=1.2.3')
  })

  test('a % in a setting renders as %%, a literal % for systemd', async () => {
    const { units } = await generateFor(
      project('deploy_dir: /srv/100%app\n', editedService('ExecStartPost=/bin/test -d {{current_dir}}\n')),
    )
    expect(directives(units['my-app.service'], 'ExecStartPost')).toEqual([
      'ExecStartPost=/bin/test -d /srv/100%%app/current',
    ])
  })

  test('a newline cannot reach a unit: refused in the setting, escaped where the directive carries it', async () => {
    expect(
      await generationError(
        project('version: "1.0\\n[Service]\\nExecStartPre=/bin/true"\n', editedService('Environment=V={{version}}\n')),
      ),
    ).toMatch(/^\.systemd\.yml:1: version: contains the control character "\\n"/)

    const { units } = await generateFor(
      project(
        'env_vars: {GREETING: "hello\\n[Service]"}\n',
        editedService('{{#env_vars}}\nEnvironment={{.}}\n{{/env_vars}}\n'),
      ),
    )
    expect(directives(units['my-app.service'], 'Environment')).toContain('Environment="GREETING=hello\\n[Service]"')
    expect(units['my-app.service']!.split('\n')).not.toContain('[Service]"')
  })

  test('a list setting renders item by item, a command as its Exec line', async () => {
    const { units } = await generateFor(
      project(
        'exec_reload: ["/bin/kill", "-HUP", "$MAINPID"]\nunit_after_targets: [time-sync.target]\n',
        editedService(
          '{{#exec_reload}}\nExecReload={{exec_reload}}\n{{/exec_reload}}\n{{#unit_after_targets}}\n# after {{.}}\n{{/unit_after_targets}}\n',
        ),
      ),
    )
    const unit = units['my-app.service']
    // The template names exec_reload, so it writes ExecReload= and the line is not added again.
    expect(directives(unit, 'ExecReload')).toEqual(['ExecReload=/bin/kill -HUP $$MAINPID'])
    expect(unit).toContain('# after time-sync.target\n')
  })

  test('a flag is a section condition, a mapping a list of key=value items, an unset setting nothing', async () => {
    const { units } = await generateFor(
      project(
        'paranoia: true\nhardening_overrides: {ProtectControlGroups: "yes"}\n',
        editedService(
          '{{#paranoia}}\n# paranoid\n{{/paranoia}}\n{{#hardening_overrides}}\n# override {{.}}\n{{/hardening_overrides}}\n# reload {{exec_reload}}.\n',
        ),
      ),
    )
    const unit = units['my-app.service']
    expect(unit).toContain('# paranoid\n# override ProtectControlGroups=yes\n# reload .\n')
  })

  test("a unit's own view wins over a setting of the same name", async () => {
    const { units } = await generateFor({
      'mix.exs': MIX_EXS,
      '.systemd.yml': 'restart_method: systemd_flag\ndescription: The app\n',
      'rel/templates/systemd/restart.path.mustache': readBuiltInTemplate('restart.path').replace(
        'PathModified={{path_modified}}',
        'PathModified={{flags_dir}}/restart.flag',
      ),
    })
    const unit = units['my-app-restart.path']
    expect(directives(unit, 'Description')).toEqual([
      'Description=Restart my-app when /srv/my-app/flags/restart.flag changes',
    ])
    expect(directives(unit, 'PathModified')).toEqual(['PathModified=/srv/my-app/flags/restart.flag'])
  })

  test('an unknown variable is an error naming it, the template, its line and the closest setting', async () => {
    const template = '[Unit]\nDescription={{description}}\n\n[Service]\nExecStart=/bin/test -d {{curent_dir}}\n'
    expect(await generationError(project('', template))).toBe(
      `${TEMPLATE}:5: curent_dir: unknown template variable (did you mean current_dir?)`,
    )
  })
})
