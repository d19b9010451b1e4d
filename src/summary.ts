import type { ExposureReport } from './exposure-check.js'
import type { GeneratedUnits } from './generate-units.js'
import type { VerifyReport } from './verify-step.js'
import { targetOf } from './targets.js'

/** The job summary: the target, every unit in full, what was left out and how exposed each service is. Markdown, with user text escaped. */
export function unitsSummary(generated: GeneratedUnits, files: readonly string[], exposure?: ExposureReport, verification?: VerifyReport): string {
  const { settings, units, notices } = generated
  const title = [settings.string('service_name'), settings.optional('version')].filter(Boolean).join(' ')
  const lines = [`### systemd units for ${escapeHtml(title)}`, '']
  lines.push(`Target: ${escapeHtml(targetOf(settings).description)}; hardening: ${escapeHtml(settings.flag('paranoia') ? 'paranoia' : settings.string('hardening'))} for ${escapeHtml(settings.string('runtime'))}.`, '')
  const written = files.length > 0 ? `Written to \`${escapeHtml(generated.outputDir)}\`:` : 'Nothing was written:'
  lines.push(written, '', '| Unit file | Template | systemd-analyze verify |', '| --- | --- | --- |')
  for (const [index, unit] of units.entries()) {
    lines.push(`| ${escapeHtml(files[index] ?? unit.name)} | ${escapeHtml(unit.template)} | ${verifyCell(unit.name, verification)} |`)
  }
  lines.push('')
  if (verification?.general.length) {
    lines.push('**systemd-analyze verify:**', '', ...verification.general.map((message) => `- ${escapeHtml(message.text)}`), '')
  }
  if (notices.length > 0) {
    lines.push('**Left out for this target:**', '', ...notices.map((notice) => `- ${escapeHtml(notice)}`), '')
  }
  if (exposure) lines.push(...exposureLines(exposure))
  for (const unit of units) lines.push(`#### ${escapeHtml(unit.name)}`, '', ...codeBlock(unit.content, 'ini'), '')
  return lines.join('\n') + '\n'
}

/** A unit's verification result: clean, its messages, or why verification did not run. */
function verifyCell(unit: string, verification: VerifyReport | undefined): string {
  if (!verification) return 'not run'
  if (verification.skipped !== undefined) return `not run: ${escapeHtml(verification.skipped)}`
  const messages = verification.units.find((entry) => entry.name === unit)?.messages ?? []
  return messages.length === 0 ? 'clean' : messages.map((message) => escapeHtml(message.text)).join('<br>')
}

/** `systemd-analyze security` per service: the score, and the checks that still cost points. */
function exposureLines({ scores, skipped }: ExposureReport): string[] {
  if (skipped !== undefined) return [`Exposure not scored: ${escapeHtml(skipped)}.`, '']
  const lines = ['**Exposure** (`systemd-analyze security`, 0.0 locked down to 10.0 unprotected):', '', '| Service | Exposure | Checks that still cost points |', '| --- | ---: | --- |']
  for (const { unit, exposure, rating, costly } of scores) {
    // Plain text: a code span would show escapeHtml's &#124; literally.
    const checks = costly.map((check) => `${escapeHtml(check.name)} ${check.exposure.toFixed(1)}`).join(', ')
    lines.push(`| ${escapeHtml(unit)} | ${exposure.toFixed(1)} ${escapeHtml(rating)} | ${checks || 'none'} |`)
  }
  return [...lines, '']
}

/** A fence longer than any run of backticks inside, so the content cannot close it. */
export function codeBlock(content: string, language: string): string[] {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  return [fence + language, content.replace(/\n$/, ''), fence]
}

/** The summary is rendered as HTML-capable Markdown and the toolkit does not escape: we do. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')
}
