// Generates units for a project with the real engine and installs them into
// a test machine the way a deploy would: the app's user and group, the unit
// files under /etc/systemd/system, and a release where the units expect it.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { generateFor } from '../helpers/generate.js'
import type { OptionName } from '../../src/config/settings.js'
import type { Machine } from './harness.js'

const standInScript = fileURLToPath(new URL('./stand-in-release.sh', import.meta.url))

/** What the engine generated for one project, and the settings it resolved. */
export interface App {
  /** Unit file contents by file name. */
  units: Record<string, string>
  /** Things the engine left out for the target, as it reports them. */
  notices: string[]
  /** The main unit's file name, `<service_name>.service`. */
  service: string
  /** A resolved setting, as the engine used it. */
  setting(name: OptionName): string
}

/**
 * A .systemd.yml for units that run on the test machines (Debian 12, systemd
 * 252): `config`, generated for that target unless it names its own.
 */
export function machineConfig(config: string): string {
  return /^(target|systemd_version):/m.test(config) ? config : `target: debian-12\n${config}`
}

/** The files of a mix project named `app`, with `config` (see machineConfig) as its .systemd.yml. */
export function mixProject(app: string, config = ''): Record<string, string> {
  const module = app.replace(/(^|_)(\w)/g, (_, _sep: string, letter: string) => letter.toUpperCase())
  const mixExs = `defmodule ${module}.MixProject do
  use Mix.Project

  def project do
    [app: :${app}, version: "0.1.0", elixir: "~> 1.15", deps: []]
  end
end
`
  return { 'mix.exs': mixExs, '.systemd.yml': machineConfig(config) }
}

/** Generates the units of a throwaway project (proven by systemd-analyze verify on the way). */
export async function generateApp(files: Record<string, string>): Promise<App> {
  const { generated, units } = await generateFor(files)
  const { settings } = generated
  return {
    units,
    notices: generated.notices,
    service: `${settings.string('service_name')}.service`,
    setting: (name) => settings.string(name),
  }
}

/**
 * Creates the app's group and system user (once per machine: apps may share
 * them), installs the unit files and reloads systemd. Nothing is started or
 * enabled: tests do that, as a deploy script would.
 */
export async function installUnits(machine: Machine, app: App): Promise<void> {
  const user = app.setting('app_user')
  const group = app.setting('app_group')
  await machine.exec(['groupadd', '--force', '--system', group])
  if ((await machine.exec(['id', '-u', user], { allowFailure: true })).code !== 0) {
    await machine.exec([
      'useradd',
      '--system',
      '--gid',
      group,
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      user,
    ])
  }
  for (const [name, content] of Object.entries(app.units)) {
    await machine.writeFile(`/etc/systemd/system/${name}`, content)
  }
  await machine.systemctl('daemon-reload')
}

/**
 * Installs the stand-in release as `bin/<release_name>` under `releaseRoot`
 * (by default current_dir, where the generated ExecStart= looks), with the
 * log it writes, which the app user must be able to append to.
 */
export async function installStandIn(
  machine: Machine,
  app: App,
  releaseRoot = app.setting('current_dir'),
): Promise<void> {
  await machine.writeFile(
    `${releaseRoot}/bin/${app.setting('release_name')}`,
    await readFile(standInScript, 'utf8'),
    0o755,
  )
  await machine.writeFile(`${releaseRoot}/stand-in.log`, '', 0o666)
}

/** generateApp + installUnits + installStandIn: a mix app ready to start. */
export async function deployMixApp(machine: Machine, app: string, config = ''): Promise<App> {
  const generated = await generateApp(mixProject(app, config))
  await installUnits(machine, generated)
  await installStandIn(machine, generated)
  return generated
}

/**
 * Copies executables into a chroot at the paths they have in the machine,
 * with every shared library they load (as ldd lists them, the dynamic
 * loader included), so they run inside it.
 */
export async function installIntoChroot(machine: Machine, root: string, executables: readonly string[]): Promise<void> {
  const script = `root=$1; shift
for executable in "$@"; do
  for file in "$executable" $(ldd "$executable" | grep -o '/[^ ]*'); do
    mkdir -p "$root\${file%/*}" && cp -L "$file" "$root$file"
  done
done`
  await machine.exec(['bash', '-euo', 'pipefail', '-c', script, 'bash', root, ...executables])
}
