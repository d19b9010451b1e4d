import { describe, expect, test } from '@jest/globals'
import { directives, generateFor } from '../helpers/generate.js'
import { listFiles, makeProject, MIX_EXS, removeProject, runCli } from '../helpers/project.js'

const mix = (config: string) => ({ 'mix.exs': MIX_EXS, '.systemd.yml': config })

describe('hostile values reach systemd as written', () => {
  test('Environment= values with quotes, spaces, %, $, backslashes, a newline and a [Section] are quoted and escaped', async () => {
    const { units } = await generateFor(
      mix(`env_vars:
  GREETING: 'say "hi" there'
  PERCENT: "100%"
  DOLLAR: "$HOME and \${PATH}"
  BACKSLASH: 'C:\\temp\\new'
  SECTION: "[Service]"
  EMPTY: ""
  APOSTROPHE: "it's"
  NEWLINE: "A=1\\nExecStartPre=/bin/sh"
`),
    )
    const environment = directives(units['my-app.service'], 'Environment')
    expect(environment).toEqual(
      expect.arrayContaining([
        'Environment="GREETING=say \\"hi\\" there"',
        'Environment=PERCENT=100%%',
        'Environment="DOLLAR=$HOME and ${PATH}"',
        'Environment="BACKSLASH=C:\\\\temp\\\\new"',
        'Environment=SECTION=[Service]',
        'Environment="EMPTY="',
        'Environment="APOSTROPHE=it\'s"',
        // C-escaped on one line: systemd gives the process the newline, and no directive starts.
        'Environment="NEWLINE=A=1\\nExecStartPre=/bin/sh"',
      ]),
    )
  })

  test('argument vectors reach the program literally: % → %%, $ → $$, quotes and backslashes escaped', async () => {
    const { units } = await generateFor(
      mix(`exec_start: ["/usr/bin/app", "--name", "a b", "100%", "$HOME", 'q"uote', 'back\\slash', ";", ""]
exec_start_pre:
  - ["/usr/bin/prepare", "--dir", "{{runtime_dir}}/with space"]
  - "!/usr/bin/sync --from \${CONFIG_URL}"
`),
    )
    const unit = units['my-app.service']
    expect(directives(unit, 'ExecStart')).toEqual([
      'ExecStart=/usr/bin/app --name "a b" 100%% $$HOME "q\\"uote" back\\\\slash \\; ""',
    ])
    expect(directives(unit, 'ExecStartPre')).toEqual([
      'ExecStartPre=/usr/bin/prepare --dir "/run/my-app/with space"',
      'ExecStartPre=!/usr/bin/sync --from ${CONFIG_URL}',
    ])
  })

  test('% in paths and names becomes %% so no specifier expands', async () => {
    const { units } = await generateFor(
      mix('base_dir: "/srv/100%"\nsyslog_identifier: "app%i"\nread_write_paths: ["/data/a b", "/data/50%"]\n'),
    )
    const unit = units['my-app.service']
    expect(directives(unit, 'WorkingDirectory')).toEqual(['WorkingDirectory=/srv/100%%/my-app/current'])
    expect(directives(unit, 'SyslogIdentifier')).toEqual(['SyslogIdentifier=app%%i'])
    expect(directives(unit, 'ReadWritePaths')).toEqual(['ReadWritePaths="/data/a b" /data/50%%'])
  })
})

describe('hostile values are refused', () => {
  const cases: Record<string, string> = {
    'a carriage return in a path': 'base_dir: "/srv\\r[Service]"\n',
    'a NUL in a user name': 'app_user: "app\\0"\n',
    'a newline in a command line': 'exec_start: "/usr/bin/app\\nExecStartPre=/bin/sh"\n',
    'a newline inside an argument vector': 'exec_start: ["/usr/bin/app", "x\\n[Service]"]\n',
    'a relative executable': 'exec_start: ["bin/app"]\n',
    'an unbalanced quote in a command line': 'exec_start: "/usr/bin/app \\"unclosed"\n',
    'a path escaping with ..': 'base_dir: /srv/../etc\n',
    'an env var name with a space': 'env_vars: ["BAD NAME=1"]\n',
    'a unit name with a slash': 'unit_after_targets: ["../../etc/passwd"]\n',
    'a user name with a colon': 'app_user: "root:root"\n',
  }
  for (const [name, config] of Object.entries(cases)) {
    test(name, async () => {
      const dir = await makeProject(mix(config))
      try {
        const result = await runCli(['generate'], dir)
        expect(result.code).toBe(1)
        expect(result.stderr).toMatch(/^error: \.systemd\.yml:\d+: [a-z_]+(\[\d+\]|\["[A-Z ]+"\])?: /)
        expect(await listFiles(dir)).toEqual(['.systemd.yml', 'mix.exs'])
      } finally {
        await removeProject(dir)
      }
    })
  }
})
