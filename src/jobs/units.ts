import { relative, resolve } from 'node:path'
import { boundaryOf, loadSettings, type JobRequest } from '../config/load.js'
import { confinePath, originOf } from '../shared/boundary.js'
import { renderUnits, type RenderedUnit } from '../units/render.js'
import type { Settings } from '../config/settings.js'
import { loadTemplates } from '../units/templates.js'
import { planUnits } from '../units/views.js'
import { templateVariables } from '../units/template-tags.js'
import { writeFilesAtomically } from '../output/write-files.js'

export interface GeneratedUnits {
  settings: Settings
  units: RenderedUnit[]
  /** Things the target cannot do that were left out, for the user to handle. */
  notices: string[]
  /** Where the units go, relative to the working directory. */
  outputDir: string
}

/**
 * inputs → config → settings → units, all in memory: nothing is written until everything is valid,
 * output_dir included (it must lead inside the boundary, symlinks followed).
 */
export async function generateUnits(request: JobRequest): Promise<GeneratedUnits> {
  const settings = await loadSettings(request)
  const boundary = boundaryOf(request)
  const { workingDirectory } = request
  const templates = loadTemplates({
    workingDirectory,
    templateDir: settings.string('template_dir'),
    location: settings.locate('template_dir'),
    boundary,
  })
  const outputDir = settings.string('output_dir')
  const location = settings.locate('output_dir')
  const where = { path: outputDir, base: workingDirectory, origin: originOf(location), location }
  confinePath(boundary, { ...where, what: 'output directory' })
  const { units: plans, notices } = planUnits(settings, (name) => templateVariables(templates.get(name)!))
  return { settings, units: renderUnits(plans, templates, settings), notices, outputDir }
}

/** Write the units, all or none; returns their paths relative to the working directory. */
export async function writeUnits(workingDirectory: string, generated: GeneratedUnits): Promise<string[]> {
  const written = await writeFilesAtomically(resolve(workingDirectory, generated.outputDir), generated.units)
  return written.map((path) => relative(workingDirectory, path))
}
