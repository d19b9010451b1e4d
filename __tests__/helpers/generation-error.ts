import { generateUnits } from '../../src/jobs/generate.js'
import { makeProject, removeProject } from './project.js'

/** Generate for a throwaway project that must fail; returns the message users see. */
export async function generationError(files: Record<string, string>): Promise<string> {
  const dir = await makeProject(files)
  try {
    await generateUnits({ workingDirectory: dir })
  } catch (error) {
    return (error as Error).message
  } finally {
    await removeProject(dir)
  }
  throw new Error('generation succeeded')
}
