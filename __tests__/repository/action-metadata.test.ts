import { describe, expect, test } from '@jest/globals'
import { load } from 'js-yaml'
import { access, cp, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInputs } from '../../src/action/inputs.js'
import { bundledExamples, COMMITTED_UNITS_DIR, examplesRoot } from '../helpers/examples.js'
import { removeProject, repoRoot, runAction } from '../helpers/project.js'

/**
 * action.yml as the runner and the Marketplace read it. README tables and INPUT_DEFAULTS are
 * kept equal to it by readme.test.ts; this file pins the metadata itself and the inputs and
 * outputs the code really reads and sets.
 */
interface ActionYaml {
  name?: unknown
  description?: unknown
  author?: unknown
  branding?: { icon?: unknown; color?: unknown }
  inputs: Record<string, { description?: unknown; default?: unknown; required?: unknown }>
  outputs: Record<string, { description?: unknown }>
  runs?: { using?: unknown; main?: unknown }
}

const action = load(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as ActionYaml

const examples = await bundledExamples()

/** The colours the Marketplace accepts for `branding.color` ("Metadata syntax for GitHub Actions"). */
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']

describe('action.yml', () => {
  test('has a name, an author and a description short enough for the Marketplace (under 125 characters)', () => {
    expect(action.name).toEqual(expect.any(String))
    expect(action.author).toEqual(expect.any(String))
    expect(action.description).toEqual(expect.any(String))
    expect((action.description as string).length).toBeLessThan(125)
  })

  test('sets branding with an icon and a colour the Marketplace accepts', () => {
    expect(action.branding?.icon).toEqual(expect.stringMatching(/^[a-z0-9-]+$/))
    expect(BRANDING_COLORS).toContain(action.branding?.color)
  })

  test('runs dist/index.js on node24', async () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    await access(join(repoRoot, 'dist', 'index.js'))
  })

  test.each(Object.keys(action.inputs))('input %s has a description and a string default', (name) => {
    const input = action.inputs[name]!
    expect(input.description).toEqual(expect.stringMatching(/\S/))
    // YAML reads an unquoted `false` or `1` as a boolean or number; the runner passes strings.
    if ('default' in input) expect(typeof input.default).toBe('string')
    if ('required' in input) expect(typeof input.required).toBe('boolean')
  })

  test.each(Object.keys(action.outputs))('output %s has a description', (name) => {
    expect(action.outputs[name]!.description).toEqual(expect.stringMatching(/\S/))
  })

  test('the inputs the code reads are exactly those declared', () => {
    const read = new Set<string>()
    const recording = new Proxy<Record<string, string | undefined>>(
      {},
      {
        get(_target, key) {
          if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key)
          return undefined
        },
      },
    )
    readInputs(recording)
    // The runner's naming: INPUT_ and the name in upper case, hyphens kept.
    expect([...read].sort()).toEqual(
      Object.keys(action.inputs)
        .map((name) => `INPUT_${name.toUpperCase()}`)
        .sort(),
    )
  })

  const runs = examples.flatMap((example): Array<{ example: string; mode: string; inputs: Record<string, string> }> => [
    { example, mode: 'generate', inputs: {} },
    { example, mode: 'check', inputs: { mode: 'check', 'output-dir': COMMITTED_UNITS_DIR } },
  ])
  test.each(runs)(
    'every output the action sets on examples/$example in mode $mode is declared',
    async ({ example, inputs }) => {
      const workspace = await mkdtemp(join(tmpdir(), 'action-outputs-'))
      try {
        await cp(join(examplesRoot, example), workspace, { recursive: true })
        const result = await runAction(workspace, inputs)
        expect(result.code).toBe(0)
        expect(Object.keys(result.outputs).length).toBeGreaterThan(0)
        for (const name of Object.keys(result.outputs)) expect(Object.keys(action.outputs)).toContain(name)
      } finally {
        await removeProject(workspace)
      }
    },
  )
})
