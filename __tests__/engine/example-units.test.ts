import { describe, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { generateUnits, writeUnits } from '../../src/jobs/generate.js'
import { bundledExamples, COMMITTED_UNITS_DIR, committedUnits, examplesRoot } from '../helpers/examples.js'
import { expectVerified } from '../helpers/generate.js'

/**
 * The units committed under examples/<project>/systemd/ are what the self-test workflow's
 * `mode: check` compares against, so they must be exactly what the code generates today.
 * After an intended output change: `UPDATE_EXAMPLES=1 npm test`, or per example
 * `node dist/cli/index.js generate --dir examples/<project> --output-dir systemd` after `npm run package`.
 */
const examples = await bundledExamples()

describe('the units committed with each bundled example', () => {
  test.each(examples)('examples/%s/systemd holds exactly the units generated from its config', async (example) => {
    const workingDirectory = join(examplesRoot, example)
    const generated = await generateUnits({ workingDirectory, outputDir: COMMITTED_UNITS_DIR })
    if (process.env['UPDATE_EXAMPLES']) {
      await rm(join(workingDirectory, COMMITTED_UNITS_DIR), { recursive: true, force: true })
      await writeUnits(workingDirectory, generated)
    }
    const expected = Object.fromEntries(generated.units.map((unit) => [unit.name, unit.content]))
    expect(await committedUnits(example)).toEqual(expected)
  })

  test.each(examples)('the committed units of examples/%s pass systemd-analyze verify', async (example) => {
    const units = Object.entries(await committedUnits(example)).map(([name, content]) => ({ name, content }))
    expect(units.length).toBeGreaterThan(0)
    await expectVerified(units)
  })
})
