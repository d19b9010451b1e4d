import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SystemdUnitsError, type SourceLocation } from '../shared/errors.js'
import { templateNames, type TemplateName } from './views.js'

/** A template's text and where it came from (for messages about it). */
export interface Template {
  name: TemplateName
  text: string
  /** The override's path relative to the working directory, or built-in for ours. */
  source: SourceLocation
}

/**
 * Our templates, shipped next to the bundle. Each URL is a literal so ncc copies the file
 * into dist/ and rewrites the URL.
 */
const BUILT_IN: Record<TemplateName, URL> = {
  'systemd.service': new URL('../../templates/systemd.service.mustache', import.meta.url),
  'restart.path': new URL('../../templates/restart.path.mustache', import.meta.url),
  'restart.service': new URL('../../templates/restart.service.mustache', import.meta.url),
  'runtime-environment.service': new URL('../../templates/runtime-environment.service.mustache', import.meta.url),
}

export const TEMPLATE_SUFFIX = '.mustache'

export function readBuiltInTemplate(name: TemplateName): string {
  return readFileSync(BUILT_IN[name], 'utf8')
}

/**
 * Every template: the repository's override from `templateDir` where there is one, else ours.
 * Synchronous on purpose: see write-files.ts.
 */
export function loadTemplates(workingDirectory: string, templateDir: string): Map<TemplateName, Template> {
  const templates = new Map<TemplateName, Template>()
  for (const name of templateNames) {
    const file = join(templateDir, name + TEMPLATE_SUFFIX)
    const override = readOptional(join(workingDirectory, file), file)
    templates.set(
      name,
      override === undefined
        ? { name, text: readBuiltInTemplate(name), source: { kind: 'built-in' } }
        : { name, text: override, source: { kind: 'file', file } },
    )
  }
  return templates
}

function readOptional(path: string, file: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new SystemdUnitsError(`cannot read template: ${(error as Error).message}`, { kind: 'file', file })
  }
}
