import { afterEach, describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { runActionWithEnv } from '../helpers/action-env.js'
import { FakeResultsService } from '../helpers/fake-results-service.js'
import { makeProject, MIX_EXS, removeProject } from '../helpers/project.js'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()))
})

/** The chunks of dist/ a run loaded that hold the toolkit (@actions/*) or its HTTP client (undici). */
async function toolkitChunks(loaded: string[]): Promise<string[]> {
  const chunks = loaded.filter((url) => url.includes('/dist/'))
  const code = await Promise.all(chunks.map((url) => readFile(new URL(url), 'utf8')))
  return chunks
    .filter((_, index) => /node_modules\/@actions\/|undici:request/.test(code[index]!))
    .map((url) => url.replace(/^.*\/dist\//, 'dist/'))
}

describe('the publishing clients load only when an input asks for them', () => {
  async function project(): Promise<string> {
    const dir = await makeProject({ 'mix.exs': MIX_EXS })
    cleanups.push(() => removeProject(dir))
    return dir
  }

  test.each([
    ['generate', {}],
    ['check', { mode: 'check' }],
    ['archive', { archive: 'true' }],
  ])('%s loads neither @actions/* nor undici', async (_name, inputs) => {
    const dir = await project()
    const result = await runActionWithEnv(dir, inputs, { env: { SOURCE_DATE_EPOCH: '0' }, traceImports: true })
    expect(result.loaded.some((url) => url.endsWith('/dist/index.js'))).toBe(true)
    expect(await toolkitChunks(result.loaded)).toEqual([])
  })

  test('upload-artifact loads them', async () => {
    const dir = await project()
    const results = await FakeResultsService.start()
    cleanups.push(() => results.close())
    const result = await runActionWithEnv(
      dir,
      { 'upload-artifact': 'true' },
      { env: results.env(), traceImports: true },
    )
    expect(result.code).toBe(0)
    expect(await toolkitChunks(result.loaded)).not.toEqual([])
  })
})
