import { isAbsolute, resolve } from 'node:path'
import { SystemdUnitsError } from './errors.js'
import { DEFAULT_CONFIG } from './load-config.js'
import type { JobRequest } from './load-settings.js'
import { getInput, type Environment } from './runner.js'

export const MODES = ['generate', 'init'] as const
export type Mode = (typeof MODES)[number]

/** The action's inputs, typed. */
export interface ActionInputs {
  mode: Mode
  /** `init`: overwrite templates that already exist. */
  force: boolean
  request: JobRequest
  /** working-directory as given, for paths in annotations (relative to the workspace). */
  workingDirectoryInput: string
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
  mode: 'generate',
  force: 'false',
} as const

export type InputName = keyof typeof INPUT_DEFAULTS

export function readInputs(env: Environment = process.env): ActionInputs {
  const input = (name: InputName): string => getInput(name, env) || INPUT_DEFAULTS[name]
  const mode = input('mode')
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new SystemdUnitsError(`expected one of ${MODES.join(', ')}, got ${JSON.stringify(mode)}`, { file: 'input "mode"' })
  }
  const workingDirectoryInput = input('working-directory')
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd()
  const config = input('config')
  return {
    mode: mode as Mode,
    force: booleanInput('force', input('force')),
    workingDirectoryInput,
    request: {
      workingDirectory: isAbsolute(workingDirectoryInput) ? workingDirectoryInput : resolve(workspace, workingDirectoryInput),
      // The default file may be absent; a file named explicitly may not.
      config: config === DEFAULT_CONFIG ? undefined : config,
      settings: input('settings') || undefined,
      appName: input('app-name') || undefined,
      version: input('version') || undefined,
      outputDir: input('output-dir') || undefined,
    },
  }
}

/** The YAML 1.2 core booleans, as the runner's own toolkit accepts them. */
function booleanInput(name: InputName, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new SystemdUnitsError(`expected true or false, got ${JSON.stringify(value)}`, { file: `input "${name}"` })
}
