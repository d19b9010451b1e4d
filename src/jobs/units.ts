import { relative, resolve } from 'node:path'
import { loadSettings, type JobRequest } from '../config/load.js'
import { renderUnits, type RenderedUnit } from '../units/render.js'
import type { Settings } from '../config/settings.js'
import { loadTemplates } from '../units/templates.js'
import { planUnits } from '../units/views.js'
import { writeFilesAtomically } from '../output/write-files.js'

export interface GeneratedUnits {
  settings: Settings
  units: RenderedUnit[]
  /** Things the target cannot do that were left out, for the user to handle. */
  notices: string[]
  /** Where the units go, relative to the working directory. */
  outputDir: string
}

/** inputs → config → settings → units, all in memory: nothing is written until everything is valid. */
export async function generateUnits(request: JobRequest): Promise<GeneratedUnits> {
  const settings = await loadSettings(request)
  const templates = loadTemplates(request.workingDirectory, settings.string('template_dir'))
  const { units: plans, notices } = planUnits(settings)
  return { settings, units: renderUnits(plans, templates), notices, outputDir: settings.string('output_dir') }
}

/** Write the units, all or none; returns their paths relative to the working directory. */
export async function writeUnits(workingDirectory: string, generated: GeneratedUnits): Promise<string[]> {
  const written = await writeFilesAtomically(resolve(workingDirectory, generated.outputDir), generated.units)
  return written.map((path) => relative(workingDirectory, path))
}
