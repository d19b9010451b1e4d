import type { GeneratedUnits } from './generate-units.js'

/** The job summary: every unit in full, and what was left out. Markdown, with user text escaped. */
export function unitsSummary(generated: GeneratedUnits, files: readonly string[]): string {
  const { settings, units, notices } = generated
  const title = [settings.string('service_name'), settings.optional('version')].filter(Boolean).join(' ')
  const lines = [`### systemd units for ${escapeHtml(title)}`, '']
  lines.push(`Written to \`${escapeHtml(generated.outputDir)}\`:`, '', '| Unit file | Template |', '| --- | --- |')
  for (const [index, unit] of units.entries()) {
    lines.push(`| ${escapeHtml(files[index] ?? unit.name)} | ${escapeHtml(unit.template)} |`)
  }
  lines.push('')
  if (notices.length > 0) {
    lines.push('**Left out for this target:**', '', ...notices.map((notice) => `- ${escapeHtml(notice)}`), '')
  }
  for (const unit of units) lines.push(`#### ${escapeHtml(unit.name)}`, '', ...codeBlock(unit.content, 'ini'), '')
  return lines.join('\n') + '\n'
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
