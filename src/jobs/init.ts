import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { boundaryOf, loadSettings, type JobRequest } from '../config/load.js'
import { confinePath, originOf } from '../shared/boundary.js'
import { readBuiltInTemplate, TEMPLATE_SUFFIX } from '../units/templates.js'
import { templateNames } from '../units/views.js'
import { writeFilesAtomically } from '../output/write-files.js'
import type { UnitFile } from '../units/unit-file.js'

export interface InitResult {
  /** template_dir relative to the working directory. */
  templateDir: string
  /** Templates written, relative to the working directory. */
  written: string[]
  /** Templates already there and left alone (no `force`). */
  kept: string[]
}

/** Copy our templates into template_dir for the repository to edit (mix systemd.init). */
export async function initTemplates(request: JobRequest, force: boolean): Promise<InitResult> {
  const settings = await loadSettings(request)
  const templateDir = settings.string('template_dir')
  const location = settings.locate('template_dir')
  // Before anything is written: template_dir must lead inside the boundary, symlinks followed.
  const where = { path: templateDir, base: request.workingDirectory, origin: originOf(location), location }
  confinePath(boundaryOf(request), { ...where, what: 'template_dir' })
  const directory = resolve(request.workingDirectory, templateDir)
  const files: UnitFile[] = []
  const kept: string[] = []
  for (const name of templateNames) {
    const file = name + TEMPLATE_SUFFIX
    if (!force && existsSync(join(directory, file))) kept.push(join(templateDir, file))
    else files.push({ name: file, content: readBuiltInTemplate(name) })
  }
  const written = files.length > 0 ? await writeFilesAtomically(directory, files) : []
  return { templateDir, written: written.map((path) => relative(request.workingDirectory, path)), kept }
}
