import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SystemdUnitsError } from '../shared/errors.js'
import { parseYamlMapping, type YamlMapping } from './yaml-source.js'

export const DEFAULT_CONFIG = '.systemd.yml'

/**
 * Read the config file. The default file may be absent (defaults apply);
 * a file the user named explicitly must exist. Synchronous on purpose: see write-files.ts.
 */
export function readConfigFile(workingDirectory: string, config: string | undefined): YamlMapping | undefined {
  const file = config ?? DEFAULT_CONFIG
  let text: string
  try {
    text = readFileSync(join(workingDirectory, file), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && config === undefined) return undefined
    const reason = code === 'ENOENT' ? 'config file not found' : `cannot read config file: ${(error as Error).message}`
    throw new SystemdUnitsError(reason, { kind: 'file', file })
  }
  return parseYamlMapping(text, { kind: 'file', file })
}

/** The `settings` input: a YAML mapping written inline in the workflow. */
export function parseSettingsInput(text: string | undefined): YamlMapping | undefined {
  return text === undefined || text.trim() === ''
    ? undefined
    : parseYamlMapping(text, { kind: 'input', name: 'settings' })
}
