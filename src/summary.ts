import type { ExposureReport } from './exposure-check.js'
import type { GeneratedUnits } from './generate-units.js'
import { targetOf } from './targets.js'

/** The job summary: the target, every unit in full, what was left out and how exposed each service is. Markdown, with user text escaped. */
export function unitsSummary(generated: GeneratedUnits, files: readonly string[], exposure?: ExposureReport): string {
  const { settings, units, notices } = generated
  const title = [settings.string('service_name'), settings.optional('version')].filter(Boolean).join(' ')
  const lines = [`### systemd units for ${escapeHtml(title)}`, '']
  lines.push(`Target: ${escapeHtml(targetOf(settings).description)}; hardening: ${escapeHtml(settings.flag('paranoia') ? 'paranoia' : settings.string('hardening'))} for ${escapeHtml(settings.string('runtime'))}.`, '')
  lines.push(`Written to \`${escapeHtml(generated.outputDir)}\`:`, '', '| Unit file | Template |', '| --- | --- |')
  for (const [index, unit] of units.entries()) {
    lines.push(`| ${escapeHtml(files[index] ?? unit.name)} | ${escapeHtml(unit.template)} |`)
  }
  lines.push('')
  if (notices.length > 0) {
    lines.push('**Left out for this target:**', '', ...notices.map((notice) => `- ${escapeHtml(notice)}`), '')
  }
  if (exposure) lines.push(...exposureLines(exposure))
  for (const unit of units) lines.push(`#### ${escapeHtml(unit.name)}`, '', ...codeBlock(unit.content, 'ini'), '')
  return lines.join('\n') + '\n'
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
