import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { generateUnits, type GeneratedUnits } from './units.js'
import { boundaryOf, type JobRequest } from '../config/load.js'
import { makeBoundary, readTextFile, type Boundary } from '../shared/boundary.js'
import { unifiedDiff } from '../output/unified-diff.js'
import type { UnitFile } from '../units/unit-file.js'
import { isUnitFileName } from '../systemd/unit-names.js'

export type UnitDrift = 'missing' | 'changed' | 'extra'

export interface UnitDifference {
  /** Unit file name. */
  name: string
  drift: UnitDrift
  /** Unified diff from the committed file to the generated one, paths relative to the repository's view given. */
  diff: string
  /** First line that differs in the committed file (1-based), for the annotation; 1 for a missing file. */
  line: number
}

export interface UnitComparison {
  /** Differing units, in generated order, then extra files by name. */
  differences: UnitDifference[]
  /** Every difference's diff, concatenated: the `diff` output. */
  diff: string
}

/**
 * Unit files in `directory` by name, as committed; an absent directory holds none. Only regular
 * files count (a symlink or FIFO named like a unit is not one), each read inside the boundary.
 */
export async function readUnitFiles(
  directory: string,
  boundary: Boundary = makeBoundary(directory),
  shownAs = directory,
): Promise<Map<string, string>> {
  const entries = await readdir(directory, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const names = entries.filter((entry) => entry.isFile() && isUnitFileName(entry.name)).map((entry) => entry.name)
  const read = (name: string): string => {
    const file = join(shownAs, name)
    const where = { path: name, base: directory, file, origin: 'content', optional: false } as const
    return readTextFile(boundary, { ...where, location: { kind: 'file', file }, what: 'unit file' })!
  }
  return new Map(names.map((name) => [name, read(name)]))
}

/**
 * Generated units against committed ones: missing (generated, not committed), changed, and
 * extra (committed unit files nothing generates any more). `pathPrefix` is the directory as
 * the diff headers should show it, e.g. `svc/deploy/units`.
 */
export function compareUnits(
  generated: readonly UnitFile[],
  committed: ReadonlyMap<string, string>,
  pathPrefix: string,
): UnitComparison {
  const differences: UnitDifference[] = []
  const path = (name: string) => (pathPrefix ? `${pathPrefix.replace(/\/+$/, '')}/${name}` : name)
  for (const unit of generated) {
    const before = committed.get(unit.name)
    if (before === unit.content) continue
    differences.push({
      name: unit.name,
      drift: before === undefined ? 'missing' : 'changed',
      diff: unifiedDiff(path(unit.name), before, unit.content),
      line: before === undefined ? 1 : firstDifferentLine(before, unit.content),
    })
  }
  const generatedNames = new Set(generated.map((unit) => unit.name))
  for (const [name, before] of [...committed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (generatedNames.has(name)) continue
    differences.push({ name, drift: 'extra', diff: unifiedDiff(path(name), before, undefined), line: 1 })
  }
  return { differences, diff: differences.map((difference) => difference.diff).join('') }
}

function firstDifferentLine(before: string, after: string): number {
  const a = before.split('\n')
  const b = after.split('\n')
  const index = a.findIndex((line, i) => line !== b[i])
  return index === -1 ? a.length : index + 1
}

export interface CheckResult {
  generated: GeneratedUnits
  comparison: UnitComparison
}

/**
 * Generate in memory and compare with the unit files at output_dir. Writes nothing.
 * `diffRoot` is the working directory as the diff's paths should start (the repository root's view).
 */
export async function checkUnits(request: JobRequest, diffRoot = '.'): Promise<CheckResult> {
  const generated = await generateUnits(request)
  const directory = resolve(request.workingDirectory, generated.outputDir)
  const committed = await readUnitFiles(directory, boundaryOf(request), generated.outputDir)
  return { generated, comparison: compareUnits(generated.units, committed, join(diffRoot, generated.outputDir)) }
}
