import { describe, expect, test } from '@jest/globals'
import { load } from 'js-yaml'
import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fillReadme, readmeTables, type ActionMetadata } from '../../src/docs/readme-tables.js'
import { schemaWithCodeTables } from '../../src/docs/schema-tables.js'
import type { configSchema } from '../../src/config/schema.js'
import { INPUT_DEFAULTS } from '../../src/action/inputs.js'
import { repoRoot } from '../helpers/project.js'
import { exampleWorkflowBlocks } from '../helpers/workflows.js'

const readmePath = join(repoRoot, 'README.md')

async function actionMetadata(): Promise<ActionMetadata> {
  return load(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as ActionMetadata
}

describe('documentation stays true to the code', () => {
  test('README tables and example workflows are generated from action.yml, the schema, the ecosystem defaults and examples/workflows (npm run docs)', async () => {
    const readme = await readFile(readmePath, 'utf8')
    const filled = fillReadme(readme, { ...readmeTables(await actionMetadata()), ...(await exampleWorkflowBlocks()) })
    if (process.env['UPDATE_README']) await writeFile(readmePath, filled)
    else expect(readme).toBe(filled)
  })

  test('the inputs the code reads are exactly those of action.yml, with the same defaults', async () => {
    const { inputs } = await actionMetadata()
    const declared = Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.default ?? '']))
    expect(INPUT_DEFAULTS).toEqual(declared)
  })

  test('the quick start opens the README with exactly two commands', async () => {
    const readme = await readFile(readmePath, 'utf8')
    const quickStart = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(quickStart?.trim().split('\n')).toHaveLength(2)
    expect(readme.indexOf('\n## ')).toBe(readme.indexOf('\n## Quick start'))
  })
})

describe('the schema stays true to the code', () => {
  test("the schema's target, runtime and dirs enums and their prose come from the code's tables (npm run docs)", async () => {
    const schemaPath = join(repoRoot, 'systemd-units.schema.json')
    const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as typeof configSchema
    const synced = schemaWithCodeTables(schema)
    if (process.env['UPDATE_README']) {
      await writeFile(schemaPath, JSON.stringify(synced, null, 2) + '\n')
      execFileSync(join(repoRoot, 'node_modules/.bin/prettier'), ['--write', schemaPath], { stdio: 'ignore' })
    } else expect(schema).toEqual(synced)
  })
})
