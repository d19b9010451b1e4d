import { ecosystemDocs } from '../config/ecosystem-defaults.js'
import type { SchemaNode } from '../config/schema.js'
import type { Ecosystem } from '../manifest/types.js'
import { CAPABILITIES } from '../systemd/capabilities.js'
import { DIRECTORY_KINDS, SYSTEMD_DIRECTORIES } from '../systemd/directories.js'
import { limitOption, RESOURCE_LIMITS, type LimitUnit } from '../systemd/resource-limits.js'
import { TARGET_SYSTEMD } from '../systemd/targets.js'
import { RUNTIMES, runtimeFor } from '../units/hardening/profiles.js'

/**
 * The parts of systemd-units.schema.json that restate a table of the code: the enums of `target`,
 * `runtime`, `dirs` and the capability lists, the prose that lists their values, and one
 * `limit_*` option per resource limit. `npm run docs` writes them from the
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
  for (const option of ['ambient_capabilities', 'capability_bounding_set']) {
    properties[option] = { ...properties[option], items: { type: 'string', enum: [...CAPABILITIES] } }
  }
  return { ...schema, properties: withResourceLimits(properties) }
}

const LIMIT_FORMATS: Record<LimitUnit, string> = {
  count: 'resource-limit',
  bytes: 'resource-limit-bytes',
  time: 'resource-limit-time',
  nice: 'resource-limit-nice',
}
const LIMIT_FORMS: Record<LimitUnit, string> = {
  count: 'a number',
  bytes: 'bytes, with K, M, G, T, P or E (base 1024)',
  time: 'seconds or a time span',
  nice: 'a nice level, -20 to 19, or 0 to 40 raw',
}

/** One `limit_*` option per resource limit, in the table's order where the first one stood; defaults kept. */
function withResourceLimits(properties: Record<string, SchemaNode>): Record<string, SchemaNode> {
  const limits = Object.fromEntries(
    RESOURCE_LIMITS.map((limit) => {
      const option = limitOption(limit)
      const node: SchemaNode = {
        type: ['integer', 'string', 'null'],
        format: LIMIT_FORMATS[limit.unit],
        description: `\`${limit.directive}=\` (${limit.rlimit}), ${limit.what}: ${LIMIT_FORMS[limit.unit]}, \`infinity\`, or \`soft:hard\`.`,
        ...(properties[option]?.default !== undefined ? { default: properties[option].default } : {}),
        'x-directive': `Service.${limit.directive}`,
      }
      return [option, node]
    }),
  )
  const entries = Object.entries(properties)
  const at = entries.findIndex(([name]) => name.startsWith('limit_'))
  const others = entries.filter(([name]) => !name.startsWith('limit_'))
  const before = entries.slice(0, at).filter(([name]) => !name.startsWith('limit_'))
  return Object.fromEntries([...before, ...Object.entries(limits), ...others.slice(before.length)])
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
