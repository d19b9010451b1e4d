import { load } from 'js-yaml'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from './project.js'

/** The parts of a workflow file the tests read ("Workflow syntax for GitHub Actions"). */
export interface Workflow {
  on: unknown
  permissions?: Permissions
  jobs: Record<string, Job>
}

export type Permissions = Record<string, string> | 'read-all' | 'write-all'

export interface Job {
  'runs-on'?: unknown
  permissions?: Permissions
  strategy?: { matrix?: Record<string, unknown> }
  steps?: Step[]
}

export interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

export interface WorkflowFile {
  /** Relative to the repository root. */
  path: string
  text: string
  workflow: Workflow
}

/** The repository's own workflows, which run here (uses: ./). */
export const OWN_WORKFLOWS = '.github/workflows'
/** The workflows the README shows users, which use the published action. */
export const EXAMPLE_WORKFLOWS = 'examples/workflows'
/** How users reference the action, as the README's usage shows it. */
export const PUBLISHED_ACTION = 'org/systemd-units@v1'

export async function workflowFiles(directory: string): Promise<WorkflowFile[]> {
  const names = (await readdir(join(repoRoot, directory))).filter((name) => name.endsWith('.yml')).sort()
  return Promise.all(
    names.map(async (name) => {
      const path = `${directory}/${name}`
      const text = await readFile(join(repoRoot, path), 'utf8')
      return { path, text, workflow: load(text) as Workflow }
    }),
  )
}

/** Steps that run this action, from the checkout or as published. */
export function isOurAction(step: Step): boolean {
  return step.uses === './' || step.uses === PUBLISHED_ACTION
}

export function steps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
}

/**
 * The README's copy of each example workflow, between `<!-- examples/workflows/NAME.yml:start -->`
 * and `<!-- …:end -->` markers, for `fillReadme`: `npm run docs` writes them, a test keeps them equal.
 */
export async function exampleWorkflowBlocks(): Promise<Record<string, string>> {
  const files = await workflowFiles(EXAMPLE_WORKFLOWS)
  return Object.fromEntries(files.map((file) => [file.path, '```yaml\n' + file.text + '```']))
}
