import { ecosystemDocs } from '../config/ecosystem-defaults.js'
import type { SchemaNode } from '../config/schema.js'
import type { Ecosystem } from '../manifest/types.js'
import { DIRECTORY_KINDS, SYSTEMD_DIRECTORIES } from '../systemd/directories.js'
import { TARGET_SYSTEMD } from '../systemd/targets.js'
import { RUNTIMES, runtimeFor } from '../units/hardening/profiles.js'

/**
 * The parts of systemd-units.schema.json that restate a table of the code: the enums of `target`,
 * `runtime` and `dirs`, and the prose that lists their values. `npm run docs` writes them from the
 * tables (the targets, the hardening runtimes, the directory kinds), and a test fails when the
 * schema differs, so editor completion and the README cannot drift from what the code accepts.
 */
export function schemaWithCodeTables<T extends { properties: Record<string, SchemaNode> }>(schema: T): T {
  const properties = { ...schema.properties }
  const targets = Object.keys(TARGET_SYSTEMD)
  const [one, list] = properties['target']!.anyOf!
  properties['target'] = {
    ...properties['target'],
    description: `Distribution(s) the units are for; a list means units that work on all of them (the lowest systemd decides). Sets systemd_version: ${Object.entries(
      TARGET_SYSTEMD,
    )
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
    anyOf: [
      { ...one, enum: targets },
      { ...list, items: { ...list!.items, enum: targets } },
    ],
  }
  properties['runtime'] = {
    ...properties['runtime'],
    enum: [...RUNTIMES],
    description: `What runs the service, for the hardening profile: JIT runtimes do not get what breaks them. Default: from the manifest (${manifestsByRuntime()}), else native.`,
  }
  const exportedOnly = DIRECTORY_KINDS.filter((directory) => !directory.systemd)
  properties['dirs'] = {
    ...properties['dirs'],
    items: { ...properties['dirs']!.items, enum: DIRECTORY_KINDS.map((directory) => directory.kind) },
    description: `Standard directories the app uses. systemd creates ${words(SYSTEMD_DIRECTORIES.map((directory) => directory.kind))} with the configured owner and mode (${createdSince()}); ${exportedOnly.map((directory) => `${directory.kind} is only exported as ${directory.variable}`).join('; ')}.`,
  }
  return { ...schema, properties }
}

/** `runtime from 211, configuration, state, cache and logs from 235`: the kinds systemd creates, by the release that added each. */
function createdSince(): string {
  const releases = [...new Set(SYSTEMD_DIRECTORIES.map((directory) => directory.since))].sort((a, b) => a - b)
  return releases
    .map((since) => {
      const kinds = SYSTEMD_DIRECTORIES.filter((directory) => directory.since === since).map((d) => d.kind)
      return `${words(kinds)} from ${since}`
    })
    .join('; ')
}

/** `mix.exs beam, package.json node, ...`: each runtime with the manifests that imply it. */
function manifestsByRuntime(): string {
  const ecosystems = Object.keys(ecosystemDocs) as Ecosystem[]
  return RUNTIMES.flatMap((runtime) => {
    const manifests = ecosystems.filter((ecosystem) => runtimeFor(ecosystem) === runtime)
    return manifests.length === 0 ? [] : [`${words(manifests.map((e) => ecosystemDocs[e].manifest))} ${runtime}`]
  }).join(', ')
}

/** `a`, `a and b`, `a, b and c`. */
function words(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
