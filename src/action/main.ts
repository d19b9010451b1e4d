import { join } from 'node:path'
import { SystemdUnitsError, messageOf } from '../shared/errors.js'
import { assessExposure, exposureOutput } from '../validate/exposure/gate.js'
import { generateUnits, writeUnits } from '../jobs/generate.js'
import { initTemplates } from '../jobs/init.js'
import { publishingInputsSet, readInputs } from './inputs.js'
import { annotate, appendSummary, info, setOutput } from './runner.js'
import type { Environment } from '../shared/environment.js'
import { unitsSummary } from './summary.js'
import { verifyFailed, verifyGenerated, type VerifyReport } from '../validate/verify-step.js'

/** The action: read inputs, run the job, report outputs, summary and annotations. */
export async function run(env: Environment = process.env): Promise<void> {
  let workingDirectory = '.'
  try {
    const inputs = readInputs(env)
    workingDirectory = inputs.workingDirectoryInput
    if (inputs.mode === 'init') {
      const result = await initTemplates(inputs.request, inputs.force)
      for (const file of result.written) info(`wrote ${file}`)
      for (const file of result.kept) info(`kept ${file} (exists; set force: true to overwrite)`)
      setOutput('files', JSON.stringify(result.written), env)
      setOutput('directory', result.templateDir, env)
      return
    }
    if (inputs.mode === 'check') {
      // The comparison and its diff load only for check.
      const { checkForAction } = await import('../jobs/check-report.js')
      if (!(await checkForAction(inputs, env))) process.exitCode = 1
      return
    }
    // Archives, the artifact and the GitHub clients load only when an input asks for them.
    const publisher = publishingInputsSet(inputs.publish).length > 0 ? await import('../publish/publish.js') : undefined
    await publisher?.maskToken(inputs.publish)
    const generated = await generateUnits(inputs.request)
    const verification = await verifyGenerated(generated.units, inputs.verify)
    if (verifyFailed(verification)) {
      reportVerifyFailure(verification, join(workingDirectory, generated.outputDir))
      appendSummary(unitsSummary(generated, [], undefined, verification), env)
      throw new SystemdUnitsError('systemd-analyze verify found problems in the generated units; nothing was written', {
        file: 'input "verify"',
      })
    }
    const exposure = await assessExposure(generated.units, inputs.maxExposure, env)
    const files = writeUnits(inputs.request.workingDirectory, generated)
    for (const file of files) info(`wrote ${file}`)
    for (const notice of generated.notices) annotate('warning', notice, { title: 'systemd-units' })
    const { settings } = generated
    setOutput('files', JSON.stringify(files), env)
    setOutput('directory', generated.outputDir, env)
    setOutput('units', JSON.stringify(generated.units.map((unit) => unit.name)), env)
    setOutput('app-name', settings.string('app_name'), env)
    setOutput('version', settings.optional('version') ?? '', env)
    setOutput('service-name', settings.string('service_name'), env)
    setOutput('exposure', exposureOutput(exposure), env)
    appendSummary(unitsSummary(generated, files, exposure, verification), env)
    await publisher?.publish({ request: inputs.request, generated, inputs: inputs.publish, force: inputs.force, env })
  } catch (error) {
    reportFailure(error, workingDirectory)
  }
}

/** An error annotation per systemd-analyze message, on the unit file (as it would be written) and line. */
function reportVerifyFailure(report: VerifyReport, outputDir: string): void {
  for (const { name, messages } of report.units) {
    for (const message of messages)
      annotate('error', message.text, {
        title: 'systemd-analyze verify',
        file: join(outputDir, name),
        line: message.line,
      })
  }
  for (const message of report.general) annotate('error', message.text, { title: 'systemd-analyze verify' })
}

/** One error annotation, on the file and line at fault when we know them, and a failed step. */
function reportFailure(error: unknown, workingDirectory: string): void {
  const location = error instanceof SystemdUnitsError ? error.location : undefined
  // Annotations take paths from the repository root; ours are relative to working-directory.
  const isFile =
    location && !location.file.startsWith('input ') && location.file !== 'default' && location.file !== 'built-in'
  annotate('error', messageOf(error), {
    title: 'systemd-units',
    file: isFile ? join(workingDirectory, location.file) : undefined,
    line: isFile ? location.line : undefined,
  })
  process.exitCode = 1
}
