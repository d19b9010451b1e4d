import { join } from 'node:path'
import type { CheckResult, UnitDifference } from './check.js'
import type { JobRequest } from '../config/load.js'
import type { Reporter } from './reporter.js'
import { FIELDS, REQUEST_FIELDS, type InputName } from './request.js'
import { codeBlock, escapeHtml } from '../shared/markdown.js'

/** How each kind of drift reads in messages. */
const DRIFT_TEXT = {
  missing: 'is generated but not committed',
  changed: 'differs from what the config generates',
  extra: 'is committed but no longer generated',
} as const

/** An input as a workflow sets it, its name checked against the field table. */
const inputSet = (name: InputName, value: string): string => `\`${name}: ${value}\``

/** What a user changes in the workflow instead of regenerating by hand. */
const WORKFLOW_CHANGE = `or let the workflow do it: run this action with ${inputSet('mode', 'generate')} and ${inputSet('commit', 'true')} (or ${inputSet('pull-request', 'true')})`

/**
 * The exact CLI command that regenerates the units with the same inputs, to run from the
 * repository root. Quoted for a POSIX shell.
 */
export function regenerateCommand(request: JobRequest, dir: string): string {
  const args = ['npx', 'systemd-units', 'generate']
  if (dir !== '.' && dir !== '') args.push(`--${FIELDS['working-directory'].cli.flag}`, dir)
  for (const field of REQUEST_FIELDS) {
    const value = request[field.request]
    if (value && field.cli) args.push(`--${field.cli.flag}`, value)
  }
  return args.map(shellQuote).join(' ')
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/**
 * The check's outputs, one error annotation per differing unit file (paths relative to the
 * working directory), and the summary.
 */
export function reportCheck(result: CheckResult, command: string, reporter: Reporter): void {
  const { differences, diff } = result.comparison
  reporter.output('changed', String(differences.length > 0))
  reporter.output('diff', diff)
  reporter.output('units', JSON.stringify(result.generated.units.map((unit) => unit.name)))
  reporter.output('directory', result.generated.outputDir)
  for (const difference of differences) {
    reporter.annotate(
      'error',
      `${difference.name} ${DRIFT_TEXT[difference.drift]}. Regenerate with \`${command}\` and commit the result, ${WORKFLOW_CHANGE}.`,
      {
        title: `systemd-units: ${difference.name} is out of date`,
        file: join(result.generated.outputDir, difference.name),
        line: difference.line,
      },
    )
  }
  reporter.summary(checkSummary(result, command))
}

/** The job summary of a check: the verdict, a table of drifted units, and each unit's unified diff. */
export function checkSummary(result: CheckResult, command: string): string {
  const { generated, comparison } = result
  const { settings } = generated
  const title = [settings.string('service_name'), settings.optional('version')].filter(Boolean).join(' ')
  const where = `\`${escapeHtml(generated.outputDir)}\``
  if (comparison.differences.length === 0) {
    return `### systemd units for ${escapeHtml(title)}: up to date\n\nThe ${generated.units.length} unit files at ${where} match what the config generates.\n`
  }
  const lines = [`### systemd units for ${escapeHtml(title)}: ${comparison.differences.length} out of date`, '']
  lines.push(`The unit files committed at ${where} do not match what the config generates.`, '')
  lines.push(
    '| Unit file | Drift |',
    '| --- | --- |',
    ...comparison.differences.map((d) => `| ${escapeHtml(d.name)} | ${d.drift} |`),
    '',
  )
  lines.push(
    `To fix: run ${inlineCode(command)} from the repository root and commit the result, ${WORKFLOW_CHANGE}.`,
    '',
  )
  for (const difference of comparison.differences)
    lines.push(
      `#### ${escapeHtml(difference.name)} (${difference.drift})`,
      '',
      ...codeBlock(difference.diff, 'diff'),
      '',
    )
  return lines.join('\n') + '\n'
}

/** The CLI's report of a check: one line per drifted unit, then the diffs. */
export function checkText(result: CheckResult, command: string): string {
  const { differences, diff } = result.comparison
  if (differences.length === 0)
    return `up to date: ${result.generated.units.length} unit files at ${result.generated.outputDir}\n`
  const verdicts = differences.map(
    (difference: UnitDifference) => `${difference.name} ${DRIFT_TEXT[difference.drift]}\n`,
  )
  return `${verdicts.join('')}\n${diff}\nregenerate with: ${command}\n`
}

/** Inline code that user text cannot break out of: a backtick run longer than any inside, as Markdown allows. */
function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence} ${text} ${fence}`
}
