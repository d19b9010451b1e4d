import schemaJson from '../../systemd-units.schema.json' with { type: 'json' }
import { scalarText } from '../shared/text.js'

/** The subset of JSON Schema that systemd-units.schema.json uses. */
/** A value JSON can hold without nesting: what the schema's enums and scalar defaults are made of. */
export type JsonScalar = string | number | boolean | null

export interface SchemaNode {
  type?: string | string[]
  enum?: JsonScalar[]
  format?: string
  description?: string
  default?: unknown
  items?: SchemaNode
  prefixItems?: SchemaNode[]
  anyOf?: SchemaNode[]
  minimum?: number
  maximum?: number
  minItems?: number
  uniqueItems?: boolean
  propertyNames?: SchemaNode
  additionalProperties?: SchemaNode | boolean
  $ref?: string
  /** The directive an option writes, as `Section.Name` (systemd-units' own annotation). */
  'x-directive'?: string
}

/** The published schema of `.systemd.yml`: the one list of options, their types, defaults and docs. */
export const configSchema = schemaJson as unknown as {
  $id: string
  properties: Record<string, SchemaNode>
  $defs: Record<string, SchemaNode>
}

export const optionNames: readonly string[] = Object.keys(configSchema.properties)

export function isOption(name: string): boolean {
  return Object.hasOwn(configSchema.properties, name)
}

/** Defaults declared in the schema (strings may reference other settings as {{name}}). */
export function schemaDefaults(): Record<string, unknown> {
  const defaults: Record<string, unknown> = {}
  for (const [name, node] of Object.entries(configSchema.properties)) {
    if (node.default !== undefined) defaults[name] = structuredClone(node.default)
  }
  return defaults
}

/** A format name → checker, returning a reason when the value does not fit. */
export type FormatCheckers = Record<string, (value: string) => string | undefined>

/** Where in a value a problem is: the item index of a list or the key of a mapping. */
export interface SchemaViolation {
  reason: string
  item?: number | string
}

/**
 * Validate `value` against the schema of option `name`. Without `formats` only the shape
 * is checked (types, enums, ranges): references are not resolved yet at that point.
 */
export function validateOption(name: string, value: unknown, formats?: FormatCheckers): SchemaViolation | undefined {
  const node = configSchema.properties[name]
  if (!node) return { reason: 'unknown setting' }
  return validateNode(node, value, formats)
}

function validateNode(node: SchemaNode, value: unknown, formats?: FormatCheckers): SchemaViolation | undefined {
  if (node.$ref) return validateNode(resolveRef(node.$ref), value, formats)
  if (node.anyOf) return validateAnyOf(node, value, formats)
  const types = node.type === undefined ? undefined : [node.type].flat()
  if (types && !types.some((type) => hasType(value, type))) {
    return { reason: `expected ${describeTypes(types)}, got ${describeValue(value)}` }
  }
  if (node.enum && !node.enum.includes(value as JsonScalar)) {
    return { reason: `expected one of ${node.enum.filter((v) => v !== null).join(', ')}, got ${describeValue(value)}` }
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) return { reason: `must be at least ${node.minimum}` }
    if (node.maximum !== undefined && value > node.maximum) return { reason: `must be at most ${node.maximum}` }
  }
  if (Array.isArray(value)) return validateArray(node, value, formats)
  if (isMapping(value)) return validateMapping(node, value, formats)
  if (formats && node.format && value !== null) {
    const reason = formats[node.format]?.(scalarText(value))
    if (reason) return { reason }
  }
  return undefined
}

function validateAnyOf(node: SchemaNode, value: unknown, formats?: FormatCheckers): SchemaViolation | undefined {
  // Report against the alternative whose type matches, so the message is about content, not shape.
  const matching = node.anyOf!.find((alternative) => typesOf(alternative).some((type) => hasType(value, type)))
  if (!matching) return { reason: `expected ${describeTypes(typesOf(node))}, got ${describeValue(value)}` }
  return validateNode(matching, value, formats)
}

/** The JSON types a node accepts, looking through $ref and anyOf. */
function typesOf(node: SchemaNode): string[] {
  if (node.$ref) return typesOf(resolveRef(node.$ref))
  if (node.anyOf) return node.anyOf.flatMap(typesOf)
  return [node.type ?? []].flat()
}

function validateArray(node: SchemaNode, value: unknown[], formats?: FormatCheckers): SchemaViolation | undefined {
  if (node.minItems !== undefined && value.length < node.minItems) {
    return { reason: `needs at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}` }
  }
  if (node.uniqueItems) {
    const seen = new Set<unknown>()
    for (const [index, item] of value.entries()) {
      if (seen.has(item)) return { reason: `${describeValue(item)} is listed twice`, item: index }
      seen.add(item)
    }
  }
  for (const [index, item] of value.entries()) {
    // JSON Schema 2020-12: prefixItems describe the first items, items the rest.
    const itemNode = node.prefixItems?.[index] ?? node.items
    const violation = itemNode && validateNode(itemNode, item, formats)
    if (violation) return { reason: violation.reason, item: index }
  }
  return undefined
}

function validateMapping(
  node: SchemaNode,
  value: Record<string, unknown>,
  formats?: FormatCheckers,
): SchemaViolation | undefined {
  for (const [key, item] of Object.entries(value)) {
    if (formats && node.propertyNames?.format) {
      const reason = formats[node.propertyNames.format]?.(key)
      if (reason) return { reason, item: key }
    }
    if (typeof node.additionalProperties === 'object') {
      const violation = validateNode(node.additionalProperties, item, formats)
      if (violation) return { reason: violation.reason, item: key }
    }
  }
  return undefined
}

function resolveRef(ref: string): SchemaNode {
  const name = ref.replace('#/$defs/', '')
  const node = configSchema.$defs[name]
  if (!node) throw new Error(`schema: unresolved $ref ${ref}`)
  return node
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'array':
      return Array.isArray(value)
    case 'object':
      return isMapping(value)
    default:
      return typeof value === type
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeTypes(types: string[]): string {
  const names = [...new Set(types)].map((type) =>
    type === 'array' ? 'a list' : type === 'object' ? 'a mapping' : `a ${type}`,
  )
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (isMapping(value)) return 'a mapping'
  return typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${scalarText(value)}`
}

/** The valid name closest to `name` (edit distance), if any is close enough to be a likely typo. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution)
    }
    previous = current
  }
  return previous[b.length]!
}
