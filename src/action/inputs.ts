import { isAbsolute, resolve } from 'node:path'
import { SystemdUnitsError } from '../shared/errors.js'
import { parseMaxExposure } from '../validate/exposure/gate.js'
import { DEFAULT_CONFIG } from '../config/config-file.js'
import type { JobRequest } from '../config/load.js'
import { getInput } from './runner.js'
import type { Environment } from '../shared/environment.js'
import { VERIFY_MODES, type VerifyMode } from '../validate/verify-step.js'

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

export const COMMIT_METHODS = ['git', 'api'] as const

/** Where the generated units go besides output-dir; everything off by default. */
export interface PublishInputs {
  /** Upload the units (and the archive, if made) as a workflow artifact. */
  uploadArtifact: boolean
  /** The artifact's name; '' means `<service>-systemd-units`. */
  artifactName: string
  /** Days to keep the artifact; undefined means the repository's default. */
  retentionDays: number | undefined
  /** Write `<service>-systemd-<version>.tar.gz` into working-directory. */
  archive: boolean
  /** An existing `.tar.gz`, relative to working-directory, to add the units to; '' for none. */
  appendTo: string
  /** Directory of the units inside both archives. */
  archivePrefix: string
  /** Commit the units at output-dir to the repository (implied by pullRequest). */
  commit: boolean
  /** `git`: commit and push with the checkout's credentials; `api`: createCommitOnBranch, signed by GitHub. */
  commitMethod: (typeof COMMIT_METHODS)[number]
  /** Branch to commit to, or to open the pull request against; '' means the current branch. */
  commitBranch: string
  /** '' means `chore: regenerate systemd units for <service> <version>`. */
  commitMessage: string
  /** Push to a branch of our own and open or update a pull request against commitBranch. */
  pullRequest: boolean
  /** For the API (commit-method api, pull requests) and nothing else; '' when none was given. */
  token: string
}

/**
 * Defaults as in action.yml, for inputs absent from the environment (local runs and tests
 * set only some). A test keeps this table and action.yml equal.
 */
export const INPUT_DEFAULTS = {
  config: DEFAULT_CONFIG,
  settings: '',
  'working-directory': '.',
  'app-name': '',
  version: '',
  'output-dir': '',
  target: '',
  verify: 'auto',
  'max-exposure': '',
  mode: 'generate',
  force: 'false',
  'upload-artifact': 'false',
  'artifact-name': '',
  'retention-days': '',
  archive: 'false',
  'append-to': '',
  'archive-prefix': 'lib/systemd/system/',
  commit: 'false',
  'commit-method': 'git',
  'commit-branch': '',
  'commit-message': '',
  'pull-request': 'false',
  token: '${{ github.token }}',
} as const

export type InputName = keyof typeof INPUT_DEFAULTS

export function readInputs(env: Environment = process.env): ActionInputs {
  const input = (name: InputName): string => getInput(name, env) || INPUT_DEFAULTS[name]
  const mode = enumInput('mode', input('mode'), MODES)
  const workingDirectoryInput = input('working-directory')
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd()
  const config = input('config')
  return {
    mode,
    force: booleanInput('force', input('force')),
    workingDirectoryInput,
    verify: enumInput('verify', input('verify'), VERIFY_MODES),
    maxExposure: parseMaxExposure(input('max-exposure')),
    request: {
      workingDirectory: isAbsolute(workingDirectoryInput)
        ? workingDirectoryInput
        : resolve(workspace, workingDirectoryInput),
      // The default file may be absent; a file named explicitly may not.
      config: config === DEFAULT_CONFIG ? undefined : config,
      settings: input('settings') || undefined,
      appName: input('app-name') || undefined,
      version: input('version') || undefined,
      outputDir: input('output-dir') || undefined,
      target: input('target') || undefined,
    },
    publish: readPublishInputs(mode, input, env),
  }
}

function readPublishInputs(mode: Mode, input: (name: InputName) => string, env: Environment): PublishInputs {
  const commitMethod = enumInput('commit-method', input('commit-method'), COMMIT_METHODS)
  const retentionDays = input('retention-days')
  if (retentionDays !== '' && !/^[1-9]\d*$/.test(retentionDays)) {
    throw new SystemdUnitsError(`expected a whole number of days, got ${JSON.stringify(retentionDays)}`, {
      file: 'input "retention-days"',
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
    // Outside a workflow nothing expands the default expression; the environment's token stands in.
    token: input('token') === INPUT_DEFAULTS.token ? (env['GITHUB_TOKEN'] ?? '') : input('token'),
  }
  const asked = publishingInputsSet(publish)
  if (mode !== 'generate' && asked.length > 0) {
    throw new SystemdUnitsError(
      `needs mode generate: mode ${mode} writes ${mode === 'check' ? 'nothing' : 'only templates'}`,
      { file: `input "${asked[0]}"` },
    )
  }
  return publish
}

/** The publishing inputs that ask for something, by input name. */
export function publishingInputsSet(publish: PublishInputs): InputName[] {
  const asked: Array<[InputName, boolean]> = [
    ['upload-artifact', publish.uploadArtifact],
    ['archive', publish.archive],
    ['append-to', publish.appendTo !== ''],
    ['commit', publish.commit],
    ['pull-request', publish.pullRequest],
  ]
  return asked.filter(([, set]) => set).map(([name]) => name)
}

/** An input that takes one of a few words. */
function enumInput<T extends string>(name: InputName, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new SystemdUnitsError(`expected one of ${choices.join(', ')}, got ${JSON.stringify(value)}`, {
    file: `input "${name}"`,
  })
}

/** The YAML 1.2 core booleans, as the runner's own toolkit accepts them. */
function booleanInput(name: InputName, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new SystemdUnitsError(`expected true or false, got ${JSON.stringify(value)}`, { file: `input "${name}"` })
}
