import { describe, expect, test } from '@jest/globals'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateFor } from '../helpers/generate.js'
import { MIX_EXS, repoRoot } from '../helpers/project.js'

/**
 * Golden files: the exact bytes we generate for a set of configurations. Regenerate them with
 * `UPDATE_GOLDEN=1 npm test` after an intended change, and review the diff.
 */
const GOLDEN = join(repoRoot, '__tests__', 'golden')

const PACKAGE_JSON = JSON.stringify({ name: '@acme/web-api', version: '2.0.1', main: 'dist/server.js' })

const cases: Record<string, Record<string, string>> = {
  'mix-defaults': { 'mix.exs': MIX_EXS },
  // The settings mix_systemd's README shows, all at once.
  'mix-seed-examples': {
    'mix.exs': MIX_EXS,
    '.systemd.yml': `app_user: app
app_group: app
base_dir: /opt
dirs: [runtime, configuration, state, cache, logs, tmp]
restart_method: systemd_flag
exec_start_pre:
  - "!{{deploy_dir}}/bin/deploy-sync-config-s3"
exec_start_wrap: "{{scripts_dir}}/deploy-runtime-environment-wrap"
env_vars:
  - "REPLACE_OS_VARS=true"
  - "RELEASE_MUTABLE_DIR={{runtime_dir}}"
runtime_environment_service_script: deploy-runtime-environment-file
runtime_environment_unit_after_targets: [network-online.target]
unit_after_targets: [cloud-init.target]
`,
  },
  'mix-forking': {
    'mix.exs': MIX_EXS,
    '.systemd.yml':
      'service_type: forking\nruntime_directory_preserve: restart\nlimit_core: 0\ntimeout_start_sec: 1min 30s\n',
  },
  'distillery-exec': {
    'mix.exs': MIX_EXS,
    '.systemd.yml':
      'target: ubuntu-22.04\nrelease_system: distillery\nservice_type: exec\nrestart: on-failure\nrestart_sec: 5\n',
  },
  'paranoia-chroot-232': {
    'mix.exs': MIX_EXS,
    '.systemd.yml': `systemd_version: 232
paranoia: true
chroot: true
read_write_paths: ["/var/lib/my-app", "/srv/shared data"]
read_only_paths: [/etc/ssl]
inaccessible_paths: [/home]
`,
  },
  'centos7-219': {
    'mix.exs': MIX_EXS,
    '.systemd.yml': 'systemd_version: 219\ndirs: [runtime, configuration, state]\nparanoia: true\n',
  },
  'node-main': { 'package.json': PACKAGE_JSON },
  'cargo-bin': {
    'Cargo.toml': '[package]\nname = "edge_proxy"\nversion = "0.4.0"\nedition = "2021"\n',
    '.systemd.yml': 'service_type: notify\nenv_vars:\n  RUST_LOG: info\n  PORT: 8080\n',
  },
  'go-module': { 'go.mod': 'module example.com/acme/billing/v2\n\ngo 1.22\n' },
  'python-scripts': {
    'pyproject.toml':
      '[project]\nname = "report-worker"\nversion = "3.1.0"\n\n[project.scripts]\nreport-worker = "report_worker.main:run"\n',
  },
}

describe('golden units', () => {
  for (const [name, files] of Object.entries(cases)) {
    test(`${name} renders exactly the golden files and verifies cleanly`, async () => {
      const { units } = await generateFor(files)
      const directory = join(GOLDEN, name)
      if (process.env['UPDATE_GOLDEN']) {
        await rm(directory, { recursive: true, force: true })
        await mkdir(directory, { recursive: true })
        for (const [unit, content] of Object.entries(units)) await writeFile(join(directory, unit), content)
      }
      const expected: Record<string, string> = {}
      for (const unit of await readdir(directory)) expected[unit] = await readFile(join(directory, unit), 'utf8')
      expect(units).toEqual(expected)
    })
  }

  test('renders the same bytes twice', async () => {
    const first = await generateFor(cases['mix-seed-examples']!)
    const second = await generateFor(cases['mix-seed-examples']!)
    expect(second.units).toEqual(first.units)
  })
})
