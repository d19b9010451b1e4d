// mix_systemd options and edge cases that real configs hit (issue: "mix_systemd parity gaps").
// Every unit generated here is proven with systemd-analyze verify by generateFor.
import { describe, expect, test } from '@jest/globals'
import { directives, generateFor } from '../helpers/generate.js'
import { generationError } from '../helpers/generation-error.js'
import { MIX_EXS } from '../helpers/project.js'

const mix = (config: string) => ({ 'mix.exs': MIX_EXS, '.systemd.yml': config })

describe('tmp_directory_mode', () => {
  test('is accepted, reaches templates with tmp in dirs, and writes no directive (systemd has no TmpDirectory=)', async () => {
    const template = '[Service]\nExecStart={{exec_start}}\n# tmp mode {{tmp_directory_mode}}\n'
    const { units } = await generateFor({
      ...mix('dirs: [runtime, tmp]\ntmp_directory_mode: 0700\n'),
      'rel/templates/systemd/systemd.service.mustache': template,
    })
    expect(units['my-app.service']).toBe('[Service]\nExecStart=/srv/my-app/current/bin/my_app start\n# tmp mode 0700\n')
    const { units: plain } = await generateFor(mix('dirs: [runtime, tmp]\ntmp_directory_mode: "0700"\n'))
    expect(plain['my-app.service']).toContain('Environment=TMP_DIR=/var/tmp/my-app\n')
    expect(plain['my-app.service']).not.toMatch(/TmpDirectory|0700/)
  })

  test('a mode that is not octal is refused at its line', async () => {
    expect(await generationError(mix('dirs: [tmp]\ntmp_directory_mode: "0789"\n'))).toMatch(
      /^\.systemd\.yml:2: tmp_directory_mode: /,
    )
  })
})

describe('mix_env', () => {
  for (const value of ['null', '""']) {
    test(`mix_env: ${value} leaves MIX_ENV out and writes to _build/systemd`, async () => {
      const { units, generated } = await generateFor(mix(`mix_env: ${value}\n`))
      expect(units['my-app.service']).not.toContain('MIX_ENV')
      expect(units['my-app.service']).toContain('Environment=RELEASE_TMP=/run/my-app\n')
      expect(generated.outputDir).toBe('_build/systemd/lib/systemd/system')
    })
  }

  test('a set mix_env is exported and names the build directory, as mix_systemd does', async () => {
    const { units, generated } = await generateFor(mix('mix_env: staging\n'))
    expect(directives(units['my-app.service'], 'Environment')).toContain('Environment=MIX_ENV=staging')
    expect(generated.outputDir).toBe('_build/staging/systemd/lib/systemd/system')
  })

  test('a mix_env with white space is still refused at its line', async () => {
    expect(await generationError(mix('app_user: app\nmix_env: "my env"\n'))).toBe(
      '.systemd.yml:2: mix_env: must not contain white space or "/"',
    )
  })
})

describe('exec_start_wrap', () => {
  test('a wrapper that ends in spaces gives one space before the program', async () => {
    const { units } = await generateFor(mix('exec_start_wrap: "/usr/local/bin/wrap --   "\n'))
    expect(directives(units['my-app.service'], 'ExecStart')).toEqual([
      'ExecStart=/usr/local/bin/wrap -- /srv/my-app/current/bin/my_app start',
    ])
  })
})

describe('Environment= values ending in a backslash', () => {
  test('are written quoted, the backslash doubled before the closing quote, in both env_vars forms', async () => {
    const { units: listed } = await generateFor(mix('env_vars: ["WIN_DIR=C:\\\\temp\\\\", "ONE=\\\\"]\n'))
    expect(directives(listed['my-app.service'], 'Environment').slice(-2)).toEqual([
      'Environment="WIN_DIR=C:\\\\temp\\\\"',
      'Environment="ONE=\\\\"',
    ])
    const { units: mapped } = await generateFor(mix('env_vars:\n  WIN_DIR: "C:\\\\temp\\\\"\n'))
    expect(directives(mapped['my-app.service'], 'Environment').at(-1)).toBe('Environment="WIN_DIR=C:\\\\temp\\\\"')
  })

  test('a value written unquoted to the end of the line still may not end in a lone backslash', async () => {
    expect(await generationError(mix('app_user: app\nsyslog_identifier: "shop\\\\"\n'))).toBe(
      '.systemd.yml:2: syslog_identifier: ends with an unpaired backslash, which systemd reads as joining the next line',
    )
  })
})

describe('read_write_paths, read_only_paths, inaccessible_paths', () => {
  test('accept "-" (ignore when missing), "+" (relative to RootDirectory=) and "-+"', async () => {
    const { units } = await generateFor(
      mix(
        'read_write_paths: [-/var/spool/shop]\nread_only_paths: [+/etc/shop, -+/etc/shop.d]\ninaccessible_paths: [-/home]\n',
      ),
    )
    const unit = units['my-app.service']
    expect(directives(unit, 'ReadWritePaths')).toEqual(['ReadWritePaths=-/var/spool/shop'])
    expect(directives(unit, 'ReadOnlyPaths')).toEqual(['ReadOnlyPaths=+/etc/shop -+/etc/shop.d'])
    expect(directives(unit, 'InaccessiblePaths')).toEqual(['InaccessiblePaths=-/home'])
  })

  test('refuse a relative path, and "+" before "-", naming the item', async () => {
    expect(await generationError(mix('app_user: app\nread_only_paths: [/etc/ssl, +-/etc/shop]\n'))).toBe(
      '.systemd.yml:2: read_only_paths[1]: must be an absolute path, starting with "/"',
    )
    expect(await generationError(mix('app_user: app\ninaccessible_paths: [-home]\n'))).toBe(
      '.systemd.yml:2: inaccessible_paths[0]: must be an absolute path, starting with "/"',
    )
  })

  test('refuse "+" where the target only has the older names, which take host paths', async () => {
    expect(await generationError(mix('systemd_version: 229\nread_only_paths: [-/etc/ssl, +/etc/shop]\n'))).toBe(
      '.systemd.yml:2: read_only_paths[1]: the "+" prefix needs ReadOnlyPaths= (systemd 231) and the target is systemd 229 (systemd_version), whose ReadOnlyDirectories= takes host paths only',
    )
    const { units } = await generateFor(mix('systemd_version: 229\nread_only_paths: [-/etc/ssl]\n'))
    expect(directives(units['my-app.service'], 'ReadOnlyDirectories')).toEqual(['ReadOnlyDirectories=-/etc/ssl'])
  })
})

describe('EnvironmentFile=', () => {
  test('is written once when current_dir equals deploy_dir', async () => {
    const { units } = await generateFor(mix('current_dir: "{{deploy_dir}}"\n'))
    expect(directives(units['my-app.service'], 'EnvironmentFile')).toEqual([
      'EnvironmentFile=-/srv/my-app/etc/environment',
      'EnvironmentFile=-/etc/my-app/environment',
      'EnvironmentFile=-/run/my-app/runtime-environment',
    ])
  })

  test('a file listed twice keeps its last place (it overrides what came between) and is required if any entry is', async () => {
    const { units } = await generateFor(mix('env_files: [/etc/a.env, -/etc/b.env, -/etc/a.env]\n'))
    expect(directives(units['my-app.service'], 'EnvironmentFile')).toEqual([
      'EnvironmentFile=-/etc/b.env',
      'EnvironmentFile=/etc/a.env',
    ])
  })
})
