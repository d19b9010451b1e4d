import { describe, expect, test } from '@jest/globals'
import { directives, generateFor } from '../helpers/generate.js'
import { MIX_EXS } from '../helpers/project.js'
import { generationError } from '../helpers/generation-error.js'

const mix = (config: string, extra: Record<string, string> = {}) => ({
  'mix.exs': MIX_EXS,
  '.systemd.yml': config,
  ...extra,
})

describe('defaults', () => {
  test('follow mix_systemd: /srv layout, users named after ext_name, runtime and configuration dirs', async () => {
    const { units, generated } = await generateFor({ 'mix.exs': MIX_EXS })
    const unit = units['my-app.service']
    expect(Object.keys(units)).toEqual(['my-app.service'])
    expect(directives(unit, 'User')).toEqual(['User=my-app'])
    expect(directives(unit, 'Group')).toEqual(['Group=my-app'])
    expect(directives(unit, 'WorkingDirectory')).toEqual(['WorkingDirectory=/srv/my-app/current'])
    expect(directives(unit, 'ExecStart')).toEqual(['ExecStart=/srv/my-app/current/bin/my_app start'])
    expect(directives(unit, 'ExecStop')).toEqual([])
    expect(directives(unit, 'LimitNOFILE')).toEqual(['LimitNOFILE=65535'])
    expect(directives(unit, 'UMask')).toEqual(['UMask=0027'])
    expect(directives(unit, 'Restart')).toEqual(['Restart=always'])
    expect(directives(unit, 'RestartSec')).toEqual(['RestartSec=1'])
    expect(directives(unit, 'RuntimeDirectory')).toEqual(['RuntimeDirectory=my-app'])
    expect(directives(unit, 'RuntimeDirectoryMode')).toEqual(['RuntimeDirectoryMode=750'])
    expect(directives(unit, 'ConfigurationDirectory')).toEqual(['ConfigurationDirectory=my-app'])
    expect(directives(unit, 'StateDirectory')).toEqual([])
    expect(directives(unit, 'EnvironmentFile')).toEqual([
      'EnvironmentFile=-/srv/my-app/current/etc/environment',
      'EnvironmentFile=-/srv/my-app/etc/environment',
      'EnvironmentFile=-/etc/my-app/environment',
      'EnvironmentFile=-/run/my-app/runtime-environment',
    ])
    expect(directives(unit, 'Environment')).toEqual([
      'Environment=LANG=en_US.UTF-8',
      'Environment=MIX_ENV=prod',
      'Environment=RELEASE_TMP=/run/my-app',
      'Environment=DEPLOY_DIR=/srv/my-app',
      'Environment=RUNTIME_DIR=/run/my-app',
      'Environment=CONFIGURATION_DIR=/etc/my-app',
    ])
    expect(generated.outputDir).toBe('_build/prod/systemd/lib/systemd/system')
  })

  test('exports a variable for each enabled dir, and tmp_dir derives from the tmp base, not logs_dir', async () => {
    const { units } = await generateFor(mix('dirs: [runtime, configuration, state, cache, logs, tmp]\n'))
    const environment = directives(units['my-app.service'], 'Environment')
    expect(environment).toEqual(
      expect.arrayContaining([
        'Environment=STATE_DIR=/var/lib/my-app',
        'Environment=CACHE_DIR=/var/cache/my-app',
        'Environment=LOGS_DIR=/var/log/my-app',
        'Environment=TMP_DIR=/var/tmp/my-app',
      ]),
    )
  })

  test('ExecStop appears for forking releases, with PIDFile and PIDFILE, and daemon as the start command', async () => {
    const { units } = await generateFor(mix('service_type: forking\n'))
    const unit = units['my-app.service']
    expect(directives(unit, 'ExecStart')).toEqual(['ExecStart=/srv/my-app/current/bin/my_app daemon'])
    expect(directives(unit, 'ExecStop')).toEqual(['ExecStop=/srv/my-app/current/bin/my_app stop'])
    expect(directives(unit, 'PIDFile')).toEqual(['PIDFile=/run/my-app/my_app.pid'])
    expect(directives(unit, 'Environment')).toContain('Environment=PIDFILE=/run/my-app/my_app.pid')
  })

  test('distillery releases run foreground', async () => {
    const { units } = await generateFor(mix('release_system: distillery\n'))
    expect(directives(units['my-app.service'], 'ExecStart')).toEqual([
      'ExecStart=/srv/my-app/current/bin/my_app foreground',
    ])
  })
})

describe('precedence', () => {
  test('inputs beat settings, settings beat the config file, the config file beats the manifest', async () => {
    const files = mix('app_name: from_config\nbase_dir: /config\nsyslog_identifier: config-id\n')
    const settings = 'app_name: from_settings\nbase_dir: /settings\n'
    const both = await generateFor(files, { settings })
    expect(both.generated.settings.string('app_name')).toBe('from_settings')
    expect(both.generated.settings.string('base_dir')).toBe('/settings')
    expect(both.generated.settings.string('syslog_identifier')).toBe('config-id')
    const input = await generateFor(files, { settings, appName: 'from_input', version: '9.9.9' })
    expect(input.generated.settings.string('app_name')).toBe('from_input')
    expect(input.generated.settings.string('version')).toBe('9.9.9')
    expect(Object.keys(input.units)).toEqual(['from-input.service'])
    const manifestOnly = await generateFor({ 'mix.exs': MIX_EXS })
    expect(manifestOnly.generated.settings.string('version')).toBe('1.2.3')
  })

  test('null unsets an optional value', async () => {
    const { units } = await generateFor(
      mix('limit_nofile: null\nrestart_sec: null\nenv_lang: null\nservice_type: forking\nexec_stop: null\n'),
    )
    const unit = units['my-app.service']
    expect(directives(unit, 'LimitNOFILE')).toEqual([])
    expect(directives(unit, 'RestartSec')).toEqual([])
    expect(directives(unit, 'ExecStop')).toEqual([])
    expect(unit).not.toContain('LANG=')
  })

  test('a user env var replaces the built-in of the same name in place', async () => {
    const { units } = await generateFor(mix('env_vars: ["LANG=C.UTF-8", "PORT=4000"]\n'))
    const environment = directives(units['my-app.service'], 'Environment')
    expect(environment[0]).toBe('Environment=LANG=C.UTF-8')
    expect(environment.at(-1)).toBe('Environment=PORT=4000')
    expect(environment.filter((line) => line.includes('LANG='))).toHaveLength(1)
  })
})

describe('references', () => {
  test('resolve recursively after merging, in lists too', async () => {
    const { units } = await generateFor(
      mix('base_dir: /opt\nenv_vars: ["RELEASE_MUTABLE_DIR={{runtime_dir}}", "HOME_OF={{deploy_dir}}/{{version}}"]\n'),
    )
    const environment = directives(units['my-app.service'], 'Environment')
    expect(environment).toContain('Environment=RELEASE_MUTABLE_DIR=/run/my-app')
    expect(environment).toContain('Environment=HOME_OF=/opt/my-app/1.2.3')
  })

  test('a default made from a setting that does not fit it blames that setting, not the default', async () => {
    // app_group defaults to {{ext_name}}; ":" is fine in a unit name but not in a group name.
    expect(await generationError(mix('app_user: app\next_name: "my:app"\n'))).toBe(
      '.systemd.yml:2: ext_name: app_group "my:app", made from ext_name here: must be ASCII letters, digits, "_" and "-", starting with a letter or "_"; set app_group to override it',
    )
    // current_dir is {{deploy_dir}}/current, deploy_dir {{base_dir}}/{{ext_name}}: two steps away.
    const long = '/aaaaaaaaa'.repeat(409)
    expect(await generationError(mix(`app_user: app\nbase_dir: "${long}"\n`))).toMatch(
      /^\.systemd\.yml:2: base_dir: deploy_dir "\/a[/a]+…[/a]+\/my-app", made from base_dir here: is \d+ bytes long; systemd allows at most 4095 \(PATH_MAX\); set deploy_dir to override it$/,
    )
  })

  test('a setting the user wrote with a reference is blamed itself', async () => {
    expect(await generationError(mix('app_user: app\nbase_dir: /srv\ndeploy_dir: "{{base_dir}}/x/"\n'))).toBe(
      '.systemd.yml:3: deploy_dir: ends with "/"',
    )
  })

  test('\\{{ writes a literal {{', async () => {
    const { units } = await generateFor(mix('env_vars: ["TEMPLATE=\\\\{{name}}"]\n'))
    expect(directives(units['my-app.service'], 'Environment')).toContain('Environment=TEMPLATE={{name}}')
  })

  test('a referenced value inside a command line stays one word', async () => {
    const { units } = await generateFor(
      mix('deploy_dir: "/srv/my app"\nexec_start_pre: ["!{{deploy_dir}}/bin/sync --all"]\n'),
    )
    expect(directives(units['my-app.service'], 'ExecStartPre')).toEqual([
      'ExecStartPre=!/srv/my\\x20app/bin/sync --all',
    ])
  })
})

describe('units', () => {
  test('unit_after_targets go on the After= line', async () => {
    const { units } = await generateFor(mix('unit_after_targets: [cloud-init.target, postgresql.service]\n'))
    expect(directives(units['my-app.service'], 'After')).toEqual([
      'After=local-fs.target network.target cloud-init.target postgresql.service',
    ])
  })

  test('systemd_flag adds a .path unit to enable and a restarter without [Install]', async () => {
    const { units } = await generateFor(mix('restart_method: systemd_flag\n'))
    expect(Object.keys(units).sort()).toEqual(['my-app-restart.path', 'my-app-restart.service', 'my-app.service'])
    const path = units['my-app-restart.path']!
    expect(path).toMatch(/^\[Unit\]\nDescription=.+\n/)
    expect(directives(path, 'PathModified')).toEqual(['PathModified=/srv/my-app/flags/restart.flag'])
    expect(path).toContain('[Install]\nWantedBy=multi-user.target')
    const restarter = units['my-app-restart.service']!
    expect(restarter).not.toContain('[Install]')
    expect(directives(restarter, 'ExecStart')).toEqual(['ExecStart=/bin/systemctl restart my-app.service'])
  })

  test('the runtime-environment oneshot runs first, stays up and owns the runtime directory', async () => {
    const { units } = await generateFor(mix('runtime_environment_service_script: deploy-runtime-environment-file\n'))
    const main = units['my-app.service']
    const oneshot = units['my-app-runtime-environment.service']
    expect(directives(main, 'Requires')).toEqual(['Requires=my-app-runtime-environment.service'])
    expect(directives(main, 'After')[0]).toContain('my-app-runtime-environment.service')
    expect(directives(main, 'RuntimeDirectory')).toEqual([])
    expect(directives(oneshot, 'Type')).toEqual(['Type=oneshot'])
    expect(directives(oneshot, 'RemainAfterExit')).toEqual(['RemainAfterExit=yes'])
    expect(directives(oneshot, 'Before')).toEqual(['Before=my-app.service'])
    expect(directives(oneshot, 'RuntimeDirectory')).toEqual(['RuntimeDirectory=my-app'])
    expect(directives(oneshot, 'ExecStart')).toEqual(['ExecStart=/srv/my-app/bin/deploy-runtime-environment-file'])
  })

  test('exec_start_wrap goes after the prefixes and before the command', async () => {
    const { units } = await generateFor(
      mix('exec_start: "-/usr/bin/app serve"\nexec_start_wrap: /usr/local/bin/wrap\n'),
    )
    expect(directives(units['my-app.service'], 'ExecStart')).toEqual([
      'ExecStart=-/usr/local/bin/wrap /usr/bin/app serve',
    ])
  })

  test('a directory outside systemd base is left out with a notice; so is one the target version lacks', async () => {
    const { units, generated } = await generateFor(
      mix('configuration_directory_base: /opt/etc\ndirs: [runtime, configuration, state]\nsystemd_version: 234\n'),
    )
    expect(directives(units['my-app.service'], 'ConfigurationDirectory')).toEqual([])
    expect(directives(units['my-app.service'], 'StateDirectory')).toEqual([])
    expect(directives(units['my-app.service'], 'RuntimeDirectoryPreserve')).toEqual([])
    expect(generated.notices).toEqual([
      expect.stringContaining('ConfigurationDirectory= left out: configuration_dir /opt/etc/my-app'),
      expect.stringContaining('StateDirectory= left out: it needs systemd 235'),
    ])
  })

  test('ext_name turns characters unit names cannot hold into -', async () => {
    const { units } = await generateFor({
      'package.json': JSON.stringify({ name: '@acme/web+api', version: '1.0.0', bin: 'bin/web' }),
    })
    expect(Object.keys(units)).toEqual(['web-api.service'])
    expect(directives(units['web-api.service'], 'ExecStart')).toEqual(['ExecStart=/srv/web-api/current/bin/web'])
  })
})

describe('ecosystems', () => {
  test('node runs main with node from PATH; output goes to _build/systemd', async () => {
    const { units, generated } = await generateFor({
      'package.json': JSON.stringify({ name: 'api', version: '1.0.0', main: 'dist/server.js' }),
    })
    expect(directives(units['api.service'], 'ExecStart')).toEqual([
      'ExecStart=/usr/bin/env node /srv/api/current/dist/server.js',
    ])
    expect(units['api.service']).not.toContain('MIX_ENV')
    expect(generated.outputDir).toBe('_build/systemd/lib/systemd/system')
  })

  test('without a manifest, app-name is enough', async () => {
    const { units } = await generateFor({}, { appName: 'tool' })
    expect(directives(units['tool.service'], 'ExecStart')).toEqual(['ExecStart=/srv/tool/current/bin/tool'])
  })
})

describe('each setting reaches its directive', () => {
  // setting (as YAML) → a line the main unit must contain
  const cases: Array<[string, string]> = [
    ['app_user: svc', 'User=svc'],
    ['app_group: svcgroup', 'Group=svcgroup'],
    ['syslog_identifier: shop', 'SyslogIdentifier=shop'],
    ['ext_name: shop', 'RuntimeDirectory=shop'],
    ['release_name: shop_release', 'ExecStart=/srv/my-app/current/bin/shop_release start'],
    ['start_command: foreground', 'ExecStart=/srv/my-app/current/bin/my_app foreground'],
    ['current_dir: /opt/live', 'WorkingDirectory=/opt/live'],
    ['working_dir: /var/lib/my-app', 'WorkingDirectory=/var/lib/my-app'],
    ['deploy_dir: /apps/shop', 'Environment=DEPLOY_DIR=/apps/shop'],
    ['runtime_directory: shop-run', 'RuntimeDirectory=shop-run'],
    ['runtime_directory_mode: 0700', 'RuntimeDirectoryMode=0700'],
    ['configuration_directory_mode: "0550"', 'ConfigurationDirectoryMode=0550'],
    ['runtime_directory_preserve: yes', 'RuntimeDirectoryPreserve=yes'],
    ['dirs: [state]\nstate_directory: shop-data\nstate_directory_mode: 700', 'StateDirectory=shop-data'],
    ['dirs: [cache]\ncache_directory_mode: 750', 'CacheDirectory=my-app'],
    ['dirs: [logs]\nlogs_directory_mode: 750', 'LogsDirectory=my-app'],
    ['runtime_dir: /run/other', 'Environment=RUNTIME_DIR=/run/other'],
    ['mix_env: staging', 'Environment=MIX_ENV=staging'],
    ['env_lang: C.UTF-8', 'Environment=LANG=C.UTF-8'],
    ['umask: 0077', 'UMask=0077'],
    ['limit_nofile: infinity', 'LimitNOFILE=infinity'],
    ['limit_core: 1G', 'LimitCORE=1G'],
    ['restart: on-abnormal', 'Restart=on-abnormal'],
    ['restart_sec: 500ms', 'RestartSec=500ms'],
    ['timeout_start_sec: 90', 'TimeoutStartSec=90'],
    ['service_type: notify', 'Type=notify'],
    ['env_files: ["/etc/shop.env"]', 'EnvironmentFile=/etc/shop.env'],
    ['exec_stop: /usr/bin/shop-stop --graceful', 'ExecStop=/usr/bin/shop-stop --graceful'],
    ['service_type: forking\npid_file: /run/my-app/shop.pid', 'PIDFile=/run/my-app/shop.pid'],
    ['chroot: true\nroot_directory: /srv/jail', 'RootDirectory=/srv/jail'],
    ['read_only_paths: [/etc/ssl]', 'ReadOnlyPaths=/etc/ssl'],
    ['inaccessible_paths: [/home]', 'InaccessiblePaths=/home'],
    ['paranoia: true', 'ProtectSystem=full'],
  ]
  for (const [config, line] of cases) {
    test(`${config.replace(/\n/g, '; ')} → ${line}`, async () => {
      const { units } = await generateFor(mix(config + '\n'))
      const main = Object.values(units)[0] // ext_name renames it
      expect(main?.split('\n')).toContain(line)
    })
  }

  test('restart_method: touch adds no unit (the app watches the flag itself)', async () => {
    const { units } = await generateFor(mix('restart_method: touch\n'))
    expect(Object.keys(units)).toEqual(['my-app.service'])
  })

  test('flags_dir moves the watched flag; scripts_dir hosts a bare runtime-environment script', async () => {
    const { units } = await generateFor(
      mix(
        'restart_method: systemd_flag\nflags_dir: /var/lib/my-app/flags\nscripts_dir: /usr/local/lib/my-app\nruntime_environment_service_script: [make-env, --verbose]\n',
      ),
    )
    expect(units['my-app-restart.path']).toContain('PathModified=/var/lib/my-app/flags/restart.flag\n')
    expect(units['my-app-runtime-environment.service']).toContain(
      'ExecStart=/usr/local/lib/my-app/make-env --verbose\n',
    )
  })

  test('the manifest setting picks a manifest other than the first found', async () => {
    const { units } = await generateFor({
      'mix.exs': MIX_EXS,
      'assets/package.json': JSON.stringify({ name: 'assets-server', version: '0.0.1', main: 'server.js' }),
      '.systemd.yml': 'manifest: assets/package.json\n',
    })
    expect(Object.keys(units)).toEqual(['assets-server.service'])
  })

  test('module_name and releases_dir can be referenced', async () => {
    const { units } = await generateFor(mix('env_vars: ["MODULE={{module_name}}", "RELEASES={{releases_dir}}"]\n'))
    expect(units['my-app.service']).toContain('Environment=MODULE=MyApp\n')
    expect(units['my-app.service']).toContain('Environment=RELEASES=/srv/my-app/releases\n')
  })
})
