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

/**
 * Rows for the README's ecosystem table: what each manifest gives as the app name and the version,
 * and what runs by default. Written next to the defaults so the docs change with them.
 */
export const ecosystemDocs: Record<
  Ecosystem,
  { manifest: string; appName: string; version: string; entryPoint: string }
> = {
  mix: {
    manifest: 'mix.exs',
    appName: '`app:` (umbrella: `default_release`, else the first of `releases:`); `module_name` from `defmodule`',
    version:
      '`version:`, read through module attributes (`@version`), their interpolation (`"#{@base}-dev"`), zero-arity local functions and `File.read!("VERSION") |> String.trim()` (or `String.trim(…)`, `String.strip(…)`, the path as `Path.join(__DIR__, …)`) of a file next to `mix.exs` (dot-files too; the first line when it has several); a local helper called with a literal (`version("2.2.50")`) gives the literal, with a notice that the helper may add to it; a release\'s `version:` wins over the project\'s; anything only running mix would give is a warning at the line of `version:`',
    entryPoint:
      '`{{current_dir}}/bin/{{release_name}} start` (`daemon` when forking; distillery: `foreground`/`start`)',
  },
  cargo: {
    manifest: 'Cargo.toml',
    appName:
      '`[package] name`; a virtual workspace is read through one member: the one `default-members` names, else the one member that builds a binary (`[[bin]]`, a `main.rs` in the crate\'s source folder, `default-run`; several: an error listing them, naming the `manifest` setting). A crate or workspace that only builds libraries (`[lib]`, `crate-type = ["cdylib"]`) is passed over',
    version:
      '`version`, with `version.workspace = true` read from the workspace root: the one `package.workspace` names, else the nearest `[workspace]` above the crate, up to the repository root',
    entryPoint:
      '`{{current_dir}}/bin/<bin>`: the `[[bin]]` named like the package, else the only one, else the package name; a virtual workspace runs its member named by `default-members`, else its one member that builds a binary',
  },
  go: {
    manifest: 'go.mod',
    appName:
      'what `go build` names the binary: the last element of `module`, on its line or in a `module ( … )` block, that is not a `/vN` major-version suffix, dots kept (`github.com/x/edgeproxy/v3` → `edgeproxy`, `example.app/v2` → `example.app`)',
    version:
      'the first line of a `VERSION` file next to `go.mod` (the promu convention), else `git describe --tags` when the repository has tags; a leading `v` is dropped',
    entryPoint:
      '`{{current_dir}}/bin/<name>`: the single `cmd/<name>/` directory, else the last element of `module` (before a `/vN` suffix)',
  },
  python: {
    manifest: 'pyproject.toml',
    appName:
      '`[project] name`, else `[tool.poetry] name`; a file with neither table only configures tools and is passed over',
    version:
      '`version`; when `dynamic`, where the backend reads it: setuptools `attr` (a literal assignment in the module, flat or `src/` layout or `package-dir`) and `file`, hatch `[tool.hatch.version] path`, pdm `source = "file"`, flit\'s `__version__`; setuptools-scm, hatch-vcs, uv-dynamic-versioning, versioningit, pdm `scm` and poetry-dynamic-versioning take `git describe --tags`; what cannot be read is a warning at the line of `dynamic`',
    entryPoint:
      '`{{current_dir}}/bin/<script>`: the `[project.scripts]` (or poetry) script named like the project, names compared as PEP 503 normalises them, else the only one; several and none named like the project: a warning lists them and names `exec_start`',
  },
  node: {
    manifest: 'package.json',
    appName: '`name` without its `@scope/`',
    version: '`version`, cleaned as npm does (`v4.2.0` and `=4.2.0` → `4.2.0`, surrounding spaces dropped)',
    entryPoint:
      "`{{current_dir}}/<bin>` from `bin` (the command named like the package, ignoring case and scope, else the only one), else `/usr/bin/env node {{current_dir}}/<main>`, else the file of a plain `node <file>` start script, else `server.js` when it exists (npm's own default for `npm start`)",
  },
}
