import { DEFAULT_CONFIG } from '../config/config-file.js'
import type { JobRequest } from '../config/load.js'
import { SystemdUnitsError } from '../shared/errors.js'
import type { Environment } from '../shared/environment.js'
import type { VerifyMode } from '../validate/verify-step.js'

/**
 * Every field a run can be asked for, once: its action input (and default, as in action.yml), the
 * CLI flag that mirrors it (when the CLI has one) and the flag's help. The action reads its inputs
 * from this table, the CLI builds its options and --help from it, messages name inputs through it,
 * and `check` prints the regenerate command with it.
 */
export interface Field {
  /** The action's default, as action.yml declares it. */
  default: string
  /** The JobRequest property this field fills, when it is one. */
  request?: Exclude<keyof JobRequest, 'workingDirectory' | 'boundary'>
  cli?: {
    flag: string
    /** The value's placeholder in --help; none for a boolean flag. */
    arg?: string
    /** The CLI's default, when it has one. */
    default?: string
    /** Help lines. */
    help: string[]
  }
}

export const FIELDS = {
  config: {
    default: DEFAULT_CONFIG,
    request: 'config',
    cli: { flag: 'config', arg: 'FILE', help: ['config file, relative to --dir (default .systemd.yml, optional)'] },
  },
  settings: {
    default: '',
    request: 'settings',
    cli: { flag: 'settings', arg: 'YAML', help: ['a YAML mapping merged over the config file'] },
  },
  'working-directory': {
    default: '.',
    cli: { flag: 'dir', arg: 'DIR', default: '.', help: ['the project root (working-directory; default .)'] },
  },
  'app-name': {
    default: '',
    request: 'appName',
    cli: { flag: 'app-name', arg: 'NAME', help: ["override the manifest's app name"] },
  },
  version: {
    default: '',
    request: 'version',
    cli: { flag: 'version', arg: 'VERSION', help: ["override the manifest's version"] },
  },
  'output-dir': {
    default: '',
    request: 'outputDir',
    cli: { flag: 'output-dir', arg: 'DIR', help: ['where units are written, relative to --dir'] },
  },
  target: {
    default: '',
    request: 'target',
    cli: {
      flag: 'target',
      arg: 'NAMES',
      help: ['distributions the units are for, e.g. debian-12 or', '"rhel-8, ubuntu-24.04" (sets systemd_version)'],
    },
  },
  verify: {
    default: 'auto',
    cli: {
      flag: 'verify',
      arg: 'MODE',
      default: 'auto',
      help: [
        'generate: prove the units with systemd-analyze verify before',
        'writing them; any warning fails. auto (default) when',
        'systemd-analyze is installed, true to require it, false to',
        'skip; --verify alone means true',
      ],
    },
  },
  'max-exposure': {
    default: '',
    cli: {
      flag: 'max-exposure',
      arg: 'N',
      help: [
        "generate: fail when the main service's exposure score",
        '(systemd-analyze security, 0.0 to 10.0) is above N',
      ],
    },
  },
  mode: { default: 'generate' },
  force: {
    default: 'false',
    cli: {
      flag: 'force',
      help: ['init: overwrite existing templates; --append-to: replace', 'units the tarball already holds'],
    },
  },
  'upload-artifact': { default: 'false' },
  'artifact-name': { default: '' },
  'retention-days': { default: '' },
  archive: {
    default: 'false',
    cli: { flag: 'archive', help: ['generate: also write <service>-systemd-<version>.tar.gz'] },
  },
  'append-to': {
    default: '',
    cli: { flag: 'append-to', arg: 'FILE', help: ['generate: add the units to this existing .tar.gz'] },
  },
  'archive-prefix': {
    default: 'lib/systemd/system/',
    cli: {
      flag: 'archive-prefix',
      arg: 'DIR',
      default: 'lib/systemd/system/',
      help: ['directory of the units inside archives', '(default lib/systemd/system/)'],
    },
  },
  commit: { default: 'false' },
  'commit-method': { default: 'git' },
  'commit-branch': { default: '' },
  'commit-message': { default: '' },
  'pull-request': { default: 'false' },
  token: { default: '${{ github.token }}' },
} as const satisfies Record<string, Field>

export type InputName = keyof typeof FIELDS

const fieldOf = (name: string): Field | undefined => (FIELDS as Record<string, Field>)[name]

/** The CLI's flag for an input, `--settings`; `input "x"` for an input the CLI has no flag for. */
export function flagName(input: string): string {
  const flag = fieldOf(input)?.cli?.flag
  return flag === undefined ? `input "${input}"` : `--${flag}`
}

/** The fields that fill a JobRequest property, with their input names. */
export const REQUEST_FIELDS = Object.entries(FIELDS as Record<InputName, Field>).flatMap(([input, field]) =>
  field.request === undefined ? [] : [{ input: input as InputName, request: field.request, cli: field.cli }],
)

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

/** Publishing with nothing asked for but `overrides`. */
export function publishRequest(overrides: Partial<PublishInputs> = {}): PublishInputs {
  return {
    uploadArtifact: false,
    artifactName: '',
    retentionDays: undefined,
    archive: false,
    appendTo: '',
    archivePrefix: FIELDS['archive-prefix'].default,
    commit: false,
    commitMethod: 'git',
    commitBranch: '',
    commitMessage: '',
    pullRequest: false,
    token: '',
    ...overrides,
  }
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

/** What `generate` is asked to do, from the action's inputs or the CLI's flags alike. */
export interface GenerateRequest {
  job: JobRequest
  /** Prove the units with systemd-analyze verify before writing: auto (when installed), true (required), false. */
  verify: VerifyMode
  /** Fail when the main service's exposure score is above this; undefined for no limit. */
  maxExposure: number | undefined
  publish: PublishInputs
  /** append-to: replace units the tarball already holds. */
  force: boolean
  env: Environment
}

/** A field that takes one of a few words. */
export function choiceField<T extends string>(name: InputName, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new SystemdUnitsError(`expected one of ${choices.join(', ')}, got ${JSON.stringify(value)}`, {
    kind: 'input',
    name,
  })
}
