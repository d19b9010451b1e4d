// Builds (or finds) the cached root once before any test boots a machine, so
// a machine that cannot run the suite fails the run once, saying why.
//
// Jest loads this file outside its module system, through a require hook that
// transpiles TypeScript: moduleNameMapper does not apply, so a static import
// of './harness.js' finds no such file. require() of the .ts file goes through
// that hook (and Node 20's require of an ES module).
import { createRequire } from 'node:module'

type Harness = typeof import('./harness.js')
const { ensureTestRoot } = createRequire(import.meta.url)('./harness.ts') as Harness

export default async function globalSetup(): Promise<void> {
  await ensureTestRoot()
}
