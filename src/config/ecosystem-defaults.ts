import type { Ecosystem, EntryPoint, Manifest } from '../manifest/types.js'

/**
 * Defaults that depend on the kind of project, layered over the schema's defaults and under
 * what the manifest and the user say. Values may reference other settings as {{name}}.
 */
export function ecosystemDefaults(manifest: Manifest | undefined): Record<string, unknown> {
  if (manifest?.ecosystem === 'mix') return { ...MIX_DEFAULTS }
  return { exec_start: entryPointCommand(manifest?.entryPoint) }
}

/** Where units are written: mix_systemd's `_build/<mix_env>/systemd/...` for a release with a MIX_ENV. */
export function outputDir(mix: boolean, mixEnv: unknown): string {
  return mix && typeof mixEnv === 'string' && mixEnv !== ''
    ? '_build/{{mix_env}}/systemd/lib/systemd/system'
    : '_build/systemd/lib/systemd/system'
}

const MIX_DEFAULTS = {
  // mix_systemd runs the release script: bin/<release> start (or daemon when forking).
  exec_start: ['{{current_dir}}/bin/{{release_name}}', '{{start_command}}'],
}

/** The argument vector that runs a manifest's declared entry point from the release root. */
function entryPointCommand(entryPoint: EntryPoint | undefined): string[] {
  if (!entryPoint) return ['{{current_dir}}/bin/{{app_name}}']
  const path = `{{current_dir}}/${entryPoint.path}`
  // env finds node on the service's PATH, wherever the distribution or nodesource put it.
  return entryPoint.kind === 'node' ? ['/usr/bin/env', 'node', path] : [path]
}

/** Mix release script argument (mix_systemd's start_command/2). */
export function startCommand(serviceType: string, releaseSystem: string): string {
  if (releaseSystem === 'distillery') return serviceType === 'forking' ? 'start' : 'foreground'
  return serviceType === 'forking' ? 'daemon' : 'start'
}

/** Whether the project is an Elixir release, which adds MIX_ENV, RELEASE_TMP and the release's stop command. */
export function isMix(manifest: Manifest | undefined): boolean {
  return manifest?.ecosystem === 'mix'
}

/** Rows for the README's ecosystem table: what each manifest contributes and runs by default. */
export const ecosystemDocs: Record<Ecosystem, { manifest: string; entryPoint: string }> = {
  mix: {
    manifest: 'mix.exs',
    entryPoint:
      '`{{current_dir}}/bin/{{release_name}} start` (`daemon` when forking; distillery: `foreground`/`start`)',
  },
  cargo: {
    manifest: 'Cargo.toml',
    entryPoint:
      '`{{current_dir}}/bin/<bin>`: the `[[bin]]` named like the package, else the only one, else the package name; a virtual workspace runs its member named by `default-members`, else its one member that builds a binary',
  },
  go: {
    manifest: 'go.mod',
    entryPoint:
      '`{{current_dir}}/bin/<name>`: the single `cmd/<name>/` directory, else the last element of `module` (before a `/vN` suffix)',
  },
  python: {
    manifest: 'pyproject.toml',
    entryPoint:
      '`{{current_dir}}/bin/<script>`: the `[project.scripts]` (or poetry) script named like the project, else the only one',
  },
  node: {
    manifest: 'package.json',
    entryPoint:
      '`{{current_dir}}/<bin>` from `bin` (the command named like the package, ignoring case and scope, else the only one), else `/usr/bin/env node {{current_dir}}/<main>`, else the file of a plain `node <file>` start script, else `server.js` when it exists',
  },
}
