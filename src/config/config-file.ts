import { readTextFile, type Boundary } from '../shared/boundary.js'
import { parseYamlMapping, type YamlMapping } from './yaml-source.js'

export const DEFAULT_CONFIG = '.systemd.yml'

/**
 * Read the config file, inside the boundary. The default file may be absent (defaults apply);
 * a file the user named explicitly must exist; a dangling symlink is an error either way.
 * Synchronous on purpose: see write-files.ts.
 */
export function readConfigFile(
  workingDirectory: string,
  config: string | undefined,
  boundary: Boundary,
): YamlMapping | undefined {
  const file = config ?? DEFAULT_CONFIG
  const text = readTextFile(boundary, {
    path: file,
    base: workingDirectory,
    file,
    what: 'config file',
    // The default file is repository content; a file the config input names is the caller's choice.
    origin: config === undefined ? 'content' : 'input',
    location: config === undefined ? { kind: 'file', file } : { kind: 'input', name: 'config' },
    optional: config === undefined,
  })
  return text === undefined ? undefined : parseYamlMapping(text, { kind: 'file', file })
}

/** The `settings` input: a YAML mapping written inline in the workflow. */
export function parseSettingsInput(text: string | undefined): YamlMapping | undefined {
  return text === undefined || text.trim() === ''
    ? undefined
    : parseYamlMapping(text, { kind: 'input', name: 'settings' })
}
