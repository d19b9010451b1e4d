import { expect } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { generateUnits, type GeneratedUnits } from '../../src/jobs/generate.js'
import type { JobRequest } from '../../src/config/load.js'
import { verifyUnits } from '../../src/validate/verify/verify-units.js'
import { makeProject, removeProject } from './project.js'

export interface Generated {
  generated: GeneratedUnits
  /** Unit contents by file name. */
  units: Record<string, string>
}

/** Generate units for a throwaway project in memory, and prove them with systemd-analyze verify. */
export async function generateFor(
  files: Record<string, string>,
  request: Partial<JobRequest> = {},
): Promise<Generated> {
  const dir = await makeProject(files)
  try {
    const generated = await generateUnits({ workingDirectory: dir, ...request })
    await expectVerified(generated.units)
    return { generated, units: Object.fromEntries(generated.units.map((unit) => [unit.name, unit.content])) }
  } finally {
    await removeProject(dir)
  }
}

/** Every unit the suite generates must pass systemd-analyze verify without a single message. */
export async function expectVerified(units: ReadonlyArray<{ name: string; content: string }>): Promise<void> {
  const result = await verifyUnits(units, { standIns: true })
  expect(result.messages).toEqual([])
  expect(result.ok).toBe(true)
}

/** Verify unit files a run wrote, given their paths relative to `dir` (as the `files` output lists them). */
export async function expectWrittenUnitsVerified(dir: string, files: readonly string[]): Promise<void> {
  const units = await Promise.all(
    files.map(async (file) => ({ name: basename(file), content: await readFile(join(dir, file), 'utf8') })),
  )
  expect(units.length).toBeGreaterThan(0)
  await expectVerified(units)
}

/** The lines of a unit that set `key`, as `key=value` strings. */
export function directives(unit: string | undefined, key: string): string[] {
  return (unit ?? '').split('\n').filter((line) => line.startsWith(`${key}=`))
}
