import { isAbsolute, resolve } from 'node:path'
import { SystemdUnitsError } from '../shared/errors.js'
import { confinePath, makeBoundary } from '../shared/boundary.js'
import { parseMaxExposure } from '../validate/exposure/gate.js'
import { DEFAULT_CONFIG } from '../config/config-file.js'
import type { JobRequest } from '../config/load.js'
import { getInput } from './runner.js'
import type { Environment } from '../shared/environment.js'
import { VERIFY_MODES, type VerifyMode } from '../validate/verify-step.js'
import {
  choiceField,
  COMMIT_METHODS,
  FIELDS,
  publishingInputsSet,
  REQUEST_FIELDS,
  type InputName,
  type PublishInputs,
} from '../jobs/request.js'

export const MODES = ['generate', 'init', 'check'] as const
export type Mode = (typeof MODES)[number]

/** The action's inputs, typed. */
export interface ActionInputs {
  mode: Mode
  /** `init`: overwrite templates that already exist. */
  force: boolean
  request: JobRequest
  /** working-directory as given, for paths in annotations (relative to the workspace). */
  workingDirectoryInput: string
  /** Prove the units with systemd-analyze verify before writing: auto (when installed), true (required), false. */
  verify: VerifyMode
  /** Fail when the main service's exposure score is above this; undefined for no limit. */
  maxExposure: number | undefined
  publish: PublishInputs
}

export { COMMIT_METHODS, publishingInputsSet, type InputName, type PublishInputs } from '../jobs/request.js'

/**
 * Defaults as in action.yml, for inputs absent from the environment (local runs and tests
 * set only some); from the field table. A test keeps this table and action.yml equal.
 */
export const INPUT_DEFAULTS = Object.fromEntries(
  Object.entries(FIELDS).map(([name, field]) => [name, field.default]),
) as { [Name in InputName]: (typeof FIELDS)[Name]['default'] }

export function readInputs(env: Environment = process.env): ActionInputs {
  const input = (name: InputName): string => getInput(name, env) || INPUT_DEFAULTS[name]
  const mode = enumInput('mode', input('mode'), MODES)
  const workingDirectoryInput = input('working-directory')
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd()
  const config = input('config')
  const workingDirectory = isAbsolute(workingDirectoryInput)
    ? workingDirectoryInput
    : resolve(workspace, workingDirectoryInput)
  // SECURITY.md, "The boundary": repository content stays in the workspace; inputs may also name RUNNER_TEMP.
  const boundary = makeBoundary(workspace, [env['RUNNER_TEMP']])
  const location = { kind: 'input', name: 'working-directory' } as const
  const where = { path: workingDirectoryInput, base: workspace, origin: 'content', location } as const
  confinePath(boundary, { ...where, what: 'working directory' })
  return {
    mode,
    force: booleanInput('force', input('force')),
    workingDirectoryInput,
    verify: enumInput('verify', input('verify'), VERIFY_MODES),
    maxExposure: parseMaxExposure(input('max-exposure')),
    request: {
      workingDirectory,
      boundary,
      ...Object.fromEntries(REQUEST_FIELDS.map((field) => [field.request, input(field.input) || undefined])),
      // The default file may be absent; a file named explicitly may not.
      config: config === DEFAULT_CONFIG ? undefined : config,
    },
    publish: readPublishInputs(mode, input, env),
  }
}

function readPublishInputs(mode: Mode, input: (name: InputName) => string, env: Environment): PublishInputs {
  const commitMethod = enumInput('commit-method', input('commit-method'), COMMIT_METHODS)
  const retentionDays = input('retention-days')
  if (retentionDays !== '' && !/^[1-9]\d*$/.test(retentionDays)) {
    throw new SystemdUnitsError(`expected a whole number of days, got ${JSON.stringify(retentionDays)}`, {
      kind: 'input',
      name: 'retention-days',
    })
  }
  const publish: PublishInputs = {
    uploadArtifact: booleanInput('upload-artifact', input('upload-artifact')),
    artifactName: input('artifact-name'),
    retentionDays: retentionDays === '' ? undefined : Number(retentionDays),
    archive: booleanInput('archive', input('archive')),
    appendTo: input('append-to'),
    archivePrefix: input('archive-prefix'),
    commit: booleanInput('commit', input('commit')),
    commitMethod,
    commitBranch: input('commit-branch'),
    commitMessage: input('commit-message'),
    pullRequest: booleanInput('pull-request', input('pull-request')),
    token: tokenInput(env),
  }
  const asked = publishingInputsSet(publish)
  if (mode !== 'generate' && asked.length > 0) {
    throw new SystemdUnitsError(
      `needs mode generate: mode ${mode} writes ${mode === 'check' ? 'nothing' : 'only templates'}`,
      { kind: 'input', name: asked[0]! },
    )
  }
  return publish
}

/**
 * The token input, as the runner passes it (trimmed). Outside a workflow nothing expands the
 * default expression; the environment's token stands in.
 */
export function tokenInput(env: Environment): string {
  const token = getInput('token', env)
  return token === '' || token === INPUT_DEFAULTS.token ? (env['GITHUB_TOKEN'] ?? '').trim() : token
}

const enumInput = choiceField

/** The YAML 1.2 core booleans, as the runner's own toolkit accepts them. */
function booleanInput(name: InputName, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new SystemdUnitsError(`expected true or false, got ${JSON.stringify(value)}`, { kind: 'input', name: name })
}
