import { ecosystemDocs } from '../config/ecosystem-defaults.js'
import { MANIFEST_FILES } from '../manifest/read-manifest.js'
import { configSchema, type SchemaNode } from '../config/schema.js'
import { scalarText } from '../shared/text.js'

/**
 * The README's reference tables, generated from their sources of truth (the schema, action.yml,
 * the ecosystem defaults) so the docs cannot drift. `npm run docs` writes them between markers;
 * a test fails when README.md differs.
 */
export interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

export function readmeTables(action: ActionMetadata): Record<string, string> {
  return {
    inputs: table(
      ['Input', 'Default', 'Meaning'],
      Object.entries(action.inputs).map(([name, input]) => [
        code(name),
        input.default ? code(input.default) : 'empty',
        cell(input.description),
      ]),
    ),
    outputs: table(
      ['Output', 'Meaning'],
      Object.entries(action.outputs).map(([name, output]) => [code(name), cell(output.description)]),
    ),
    options: table(
      ['Setting', 'Type', 'Default', 'Meaning'],
      Object.entries(configSchema.properties).map(([name, node]) => [
        code(name),
        typeOf(node),
        defaultOf(node),
        cell(node.description ?? ''),
      ]),
    ),
    // In the order the manifests are tried, which is the reader's own list.
    ecosystems: [
      `Manifests are tried in this order: ${MANIFEST_FILES.map(code).join(', ')}.`,
      '',
      table(
        ['Manifest', 'App name', 'Version', 'Runs by default (ExecStart=)'],
        MANIFEST_FILES.map((file) => Object.values(ecosystemDocs).find((doc) => doc.manifest === file)!).map((doc) => [
          code(doc.manifest),
          cell(doc.appName),
          cell(doc.version),
          cell(doc.entryPoint),
        ]),
      ),
    ].join('\n'),
  }
}

/** Replace each `<!-- name:start -->…<!-- name:end -->` block of `readme` with its table. */
export function fillReadme(readme: string, tables: Record<string, string>): string {
  let result = readme
  for (const [name, content] of Object.entries(tables)) {
    const pattern = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!pattern.test(result)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`)
    result = result.replace(pattern, (_match, start: string, end: string) => `${start}${content}\n${end}`)
  }
  return result
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}

function typeOf(node: SchemaNode): string {
  if (node.enum)
    return node.enum
      .filter((value) => value !== null)
      .map((value) => code(String(value)))
      .join(' \\| ')
  if (node.anyOf) return node.anyOf.map(typeOf).join(' or ')
  // A command is described under "Commands"; any other definition by what it is.
  if (node.$ref === '#/$defs/command') return 'command'
  if (node.$ref) return typeOf(configSchema.$defs[node.$ref.replace('#/$defs/', '')] ?? {})
  const types = [node.type ?? []].flat().filter((type) => type !== 'null')
  if (types.includes('array'))
    return node.items?.enum ? `list of ${typeOf(node.items)}` : `list of ${typeOf(node.items ?? {})}`
  return types.join(' or ') || 'any'
}

function defaultOf(node: SchemaNode): string {
  // Defaults derived from other values are described in the text ("Default: …").
  if (node.default === undefined) return node.description?.includes('Default:') ? 'computed' : 'none'
  if (Array.isArray(node.default) && node.default.length === 0) return '`[]`'
  return code(Array.isArray(node.default) ? node.default.join(', ') : scalarText(node.default))
}

function code(text: string): string {
  return `\`${text.replace(/\|/g, '\\|')}\``
}

/** Table cells cannot hold a raw pipe or a newline. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ')
}
