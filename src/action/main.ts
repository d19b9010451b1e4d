import { join } from 'node:path'
import { SystemdUnitsError, SystemdUnitsErrors, messageOf } from '../shared/errors.js'
import { excerpt } from '../shared/text.js'
import { runGenerate } from '../jobs/generate.js'
import { initTemplates } from '../jobs/init.js'
import type { Reporter } from '../jobs/reporter.js'
import type { GenerateRequest } from '../jobs/request.js'
import { readInputs, tokenInput, type ActionInputs } from './inputs.js'
import { annotate, appendSummary, info, maskSecret, setOutput } from './runner.js'
import type { Environment } from '../shared/environment.js'

/** The action: read inputs, run the job, report outputs, summary and annotations. */
export async function run(env: Environment = process.env): Promise<void> {
  // Before anything else is printed, on every path: whether or not a step will use the token,
  // an error or a tool's output could still quote it.
  const token = tokenInput(env)
  if (token !== '') maskSecret(token)
  let workingDirectory = '.'
  try {
    const inputs = readInputs(env)
    workingDirectory = inputs.workingDirectoryInput
    const reporter = actionReporter(workingDirectory, env)
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
      const [{ checkUnits }, { regenerateCommand, reportCheck }] = await Promise.all([
        import('../jobs/check.js'),
        import('../jobs/check-report.js'),
      ])
      const result = await checkUnits(inputs.request, workingDirectory)
      reportCheck(result, regenerateCommand(inputs.request, workingDirectory), reporter)
      if (result.comparison.differences.length > 0) process.exitCode = 1
      return
    }
    const outcome = await runGenerate(generateRequest(inputs, env), reporter)
    if (outcome.status === 'verify-failed') throw outcome.error
  } catch (error) {
    reportFailure(error, workingDirectory)
  }
}

/** The action's inputs as the generate job's request. */
export function generateRequest(inputs: ActionInputs, env: Environment): GenerateRequest {
  const { request: job, verify, maxExposure, publish, force } = inputs
  return { job, verify, maxExposure, publish, force, env }
}

/** Workflow commands, outputs and the job summary; annotation paths from the repository root. */
function actionReporter(workingDirectory: string, env: Environment): Reporter {
  return {
    info,
    annotate: (kind, message, properties = {}) =>
      annotate(kind, message, {
        ...properties,
        file: properties.file === undefined ? undefined : join(workingDirectory, properties.file),
      }),
    output: (name, value) => setOutput(name, value, env),
    summary: (markdown) => appendSummary(markdown, env),
  }
}

/** One error annotation per error, on the file, line and column at fault when we know them, and a failed step. */
function reportFailure(error: unknown, workingDirectory: string): void {
  const errors = error instanceof SystemdUnitsErrors ? error.errors : [error]
  for (const each of errors) {
    const location = each instanceof SystemdUnitsError ? each.location : undefined
    // Annotations take paths from the repository root; ours are relative to working-directory.
    const file = location?.kind === 'file' ? location : undefined
    // Our own errors say what they mean to; anything else (a library's, a service's) is quoted in part.
    const message = each instanceof SystemdUnitsError ? each.message : excerpt(messageOf(each))
    annotate('error', message, {
      title: 'systemd-units',
      file: file ? join(workingDirectory, file.file) : undefined,
      line: file?.line,
      col: file?.column,
    })
  }
  process.exitCode = 1
}
