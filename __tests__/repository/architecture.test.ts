import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { repoRoot } from '../helpers/project.js'

// src/ reads as the pipeline: front ends (action, cli), the job layer, the stages and the pure
// systemd library. These tests hold the layout to that shape, so it cannot rot back.
const SRC = join(repoRoot, 'src')

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

/** Every relative import of each file (static, dynamic and type-only), as files under src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const specifier = /(?:\bfrom|\bimport\s*\(|^import)\s*['"](\.{1,2}\/[^'"]+)['"]/gm
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(specifier)]
      .map((match) => resolve(dirname(file), match[1]!).replace(/\.js$/, '.ts'))
      .filter((target) => target.startsWith(SRC + '/') && target.endsWith('.ts'))
    graph.set(
      relative(SRC, file),
      targets.map((target) => relative(SRC, target)),
    )
  }
  return graph
}

/** The first import cycle found, as the files around it; undefined when there is none. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file]
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    stack.pop()
    state.set(file, 'done')
    return undefined
  }
  for (const file of graph.keys()) {
    const cycle = visit(file)
    if (cycle) return cycle
  }
  return undefined
}

const topFolder = (file: string): string => file.split('/')[0]!

describe('the layout of src/', () => {
  const graph = importGraph()

  test('holds only folders at its top level', () => {
    const files = readdirSync(SRC).filter((name) => !statSync(join(SRC, name)).isDirectory())
    expect(files).toEqual([])
  })

  test('has no import cycle, counting type-only and dynamic imports', () => {
    expect(findCycle(graph)).toBeUndefined()
  })

  test('keeps config, manifest, systemd and units free of the front ends, the jobs and publishing', () => {
    const inner = new Set(['config', 'manifest', 'systemd', 'units'])
    const outer = new Set(['action', 'cli', 'jobs', 'publish'])
    const crossings = [...graph].flatMap(([file, targets]) =>
      inner.has(topFolder(file))
        ? targets.filter((target) => outer.has(topFolder(target))).map((target) => `${file} -> ${target}`)
        : [],
    )
    expect(crossings).toEqual([])
  })

  test('lets only the front ends import the front ends', () => {
    const frontEnds = new Set(['action', 'cli'])
    const crossings = [...graph].flatMap(([file, targets]) =>
      frontEnds.has(topFolder(file))
        ? []
        : targets.filter((target) => frontEnds.has(topFolder(target))).map((target) => `${file} -> ${target}`),
    )
    expect(crossings).toEqual([])
  })

  test('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ])
    expect(findCycle(looped)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts'])
  })
})
