import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { confinePath, originOf, readTextFile, type Boundary } from '../shared/boundary.js'
import type { SourceLocation } from '../shared/errors.js'
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

/** Where templates are read from: template_dir, and the setting that set it. */
export interface TemplateDirectory {
  workingDirectory: string
  /** template_dir, relative to the working directory. */
  templateDir: string
  /** Where template_dir was set, for an error about where it leads. */
  location: SourceLocation
  boundary: Boundary
}

/**
 * Every template: the repository's override from `templateDir` where there is one, else ours.
 * template_dir and every file in it must resolve inside the boundary; an override must be a
 * regular text file with no control character but newline and tab (a NUL or CR can hide a
 * directive from review and from the template check). Synchronous on purpose: see write-files.ts.
 */
export function loadTemplates(directory: TemplateDirectory): Map<TemplateName, Template> {
  const { workingDirectory, templateDir, location, boundary } = directory
  const origin = originOf(location)
  confinePath(boundary, { path: templateDir, base: workingDirectory, origin, location, what: 'template_dir' })
  const templates = new Map<TemplateName, Template>()
  for (const name of templateNames) {
    const file = join(templateDir, name + TEMPLATE_SUFFIX)
    const override = readTextFile(boundary, {
      path: file,
      base: workingDirectory,
      file,
      what: 'template',
      origin,
      location: { kind: 'file', file },
      optional: true,
      controlCharacters: 'refuse',
    })
    templates.set(
      name,
      override === undefined
        ? { name, text: readBuiltInTemplate(name), source: { kind: 'built-in' } }
        : { name, text: override, source: { kind: 'file', file } },
    )
  }
  return templates
}
