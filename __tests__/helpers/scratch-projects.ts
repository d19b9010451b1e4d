import { afterEach } from '@jest/globals'
import { makeProject, removeProject } from './project.js'

/** makeProject for a test file, each project removed after its test. */
export function projectsRemovedAfterEach(): (files: Record<string, string>) => Promise<string> {
  const dirs: string[] = []
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map(removeProject))
  })
  return async (files) => {
    const dir = await makeProject(files)
    dirs.push(dir)
    return dir
  }
}
