import { join } from 'node:path'
import { boundaryOf } from '../config/load.js'
import { confinePath } from '../shared/boundary.js'
import { SystemdUnitsError } from '../shared/errors.js'
import { assessExposure, exposureOutput, type ExposureReport } from '../validate/exposure/gate.js'
import { verifyFailed, verifyGenerated, type VerifyReport } from '../validate/verify-step.js'
import type { PublishOutcome } from '../publish/publish.js'
import { checkPublishInputs } from '../publish/publish-checks.js'
import { publishingInputsSet, type GenerateRequest } from './request.js'
import type { Reporter } from './reporter.js'
import { unitsSummary } from './summary.js'
import { generateUnits, writeUnits, type GeneratedUnits } from './units.js'

export { generateUnits, writeUnits, type GeneratedUnits } from './units.js'

/** What a generate run came to, for the front end to print. */
export type GenerateOutcome =
  | {
      /** systemd-analyze verify found problems: nothing was written; `error` says so. */
      status: 'verify-failed'
      generated: GeneratedUnits
      verification: VerifyReport
      error: SystemdUnitsError
    }
  | {
      status: 'written'
      generated: GeneratedUnits
      verification: VerifyReport
      exposure: ExposureReport
      /** Unit files written, relative to the working directory. */
      files: string[]
      /** What publishing did; undefined when nothing was asked for. */
      published: PublishOutcome | undefined
    }

/**
 * The one generate pipeline, for the action and the CLI alike: check the publishing inputs,
 * generate in memory, plan publishing (names, branch, archive time), verify, score (the exposure
 * gate), write, then publish when asked. Nothing is written unless every check before it passed;
 * a bad input or a failed gate throws a SystemdUnitsError.
 */
export async function runGenerate(request: GenerateRequest, reporter: Reporter): Promise<GenerateOutcome> {
  checkPublishInputs(request.publish, request.env)
  // append-to is replaced in place: it must lead inside the boundary before it is read or anything is written.
  if (request.publish.appendTo !== '') {
    const location = { kind: 'input', name: 'append-to' } as const
    const { workingDirectory: base } = request.job
    const where = { path: request.publish.appendTo, base, origin: 'input', location } as const
    confinePath(boundaryOf(request.job), { ...where, what: 'tarball' })
  }
  // Archives, the artifact and the GitHub clients load only when a field asks for them.
  const publisher = publishingInputsSet(request.publish).length > 0 ? await import('../publish/publish.js') : undefined
  const generated = await generateUnits(request.job)
  const job = { request: request.job, generated, inputs: request.publish, force: request.force, env: request.env }
  const plan = await publisher?.planPublishing(job)
  const verification = await verifyGenerated(generated.units, request.verify)
  if (verifyFailed(verification)) {
    reportVerifyFailure(verification, generated.outputDir, reporter)
    reporter.summary(unitsSummary(generated, [], undefined, verification))
    const error = new SystemdUnitsError(
      'systemd-analyze verify found problems in the generated units; nothing was written',
      { kind: 'input', name: 'verify' },
    )
    return { status: 'verify-failed', generated, verification, error }
  }
  const exposure = await assessExposure(generated.units, request.maxExposure, request.env)
  const files = await writeUnits(request.job.workingDirectory, generated)
  for (const file of files) reporter.info(`wrote ${file}`)
  const { settings } = generated
  const manifest = settings.manifest
  for (const [kind, messages] of [
    ['warning', manifest?.warnings ?? []],
    ['notice', manifest?.notices ?? []],
  ] as const) {
    for (const message of messages) {
      const file = manifest?.file
      reporter.annotate(kind, message, {
        title: 'systemd-units',
        file,
        line: file === undefined ? undefined : lineOf(file, message),
      })
    }
  }
  for (const notice of generated.notices) reporter.annotate('warning', notice, { title: 'systemd-units' })
  if (verification.standIns?.length) {
    const names = verification.standIns.join(', ')
    reporter.annotate('notice', `verified against stand-ins for units this runner lacks: ${names}`, {
      title: 'systemd-units',
    })
  }
  reporter.output('files', JSON.stringify(files))
  reporter.output('directory', generated.outputDir)
  reporter.output('units', JSON.stringify(generated.units.map((unit) => unit.name)))
  reporter.output('app-name', settings.string('app_name'))
  reporter.output('version', settings.optional('version') ?? '')
  reporter.output('service-name', settings.string('service_name'))
  reporter.output('exposure', exposureOutput(exposure))
  reporter.summary(unitsSummary(generated, files, exposure, verification))
  const published = plan && (await publisher?.publish({ ...job, reporter }, plan))
  return { status: 'written', generated, verification, exposure, files, published }
}

/** An error per systemd-analyze message, on the unit file (as it would be written) and line. */
function reportVerifyFailure(report: VerifyReport, outputDir: string, reporter: Reporter): void {
  for (const { name, messages } of report.units) {
    for (const message of messages)
      reporter.annotate('error', message.text, {
        title: 'systemd-analyze verify',
        file: join(outputDir, name),
        line: message.line,
      })
  }
  for (const message of report.general) reporter.annotate('error', message.text, { title: 'systemd-analyze verify' })
}

/** The line a manifest's message names (`mix.exs:7: version: …`), so its annotation sits on that line. */
function lineOf(file: string, message: string): number | undefined {
  const line = message.startsWith(`${file}:`) ? /^(\d+): /.exec(message.slice(file.length + 1))?.[1] : undefined
  return line === undefined ? undefined : Number(line)
}
