import type { ExposureReport } from '../validate/exposure/gate.js'
import type { GeneratedUnits } from './units.js'
import type { VerifyReport } from '../validate/verify-step.js'
import { targetOf } from '../systemd/targets.js'
import { codeBlock, escapeHtml } from '../shared/markdown.js'

/** The job summary: the target, every unit in full, what was left out and how exposed each service is. Markdown, with user text escaped. */
export function unitsSummary(
  generated: GeneratedUnits,
  files: readonly string[],
  exposure?: ExposureReport,
  verification?: VerifyReport,
): string {
  const { settings, units, notices } = generated
  const title = [settings.string('service_name'), settings.optional('version')].filter(Boolean).join(' ')
  const lines = [`### systemd units for ${escapeHtml(title)}`, '']
  lines.push(
    `Target: ${escapeHtml(targetOf(settings).description)}; hardening: ${escapeHtml(settings.flag('paranoia') ? 'paranoia' : settings.string('hardening'))} for ${escapeHtml(settings.string('runtime'))}.`,
    '',
  )
  if (settings.manifest) {
    const { file, notices, warnings, execStart } = settings.manifest
    lines.push(`Manifest: \`${escapeHtml(file)}\`.`, '')
    if (execStart !== undefined) lines.push(`ExecStart= runs ${escapeHtml(execStart)}.`, '')
    lines.push(...warnings.map((warning) => `- **Warning:** ${escapeHtml(warning)}`))
    lines.push(...notices.map((notice) => `- ${escapeHtml(notice)}`))
    if (notices.length + warnings.length > 0) lines.push('')
  }
  const written = files.length > 0 ? `Written to \`${escapeHtml(generated.outputDir)}\`:` : 'Nothing was written:'
  lines.push(written, '', '| Unit file | Template | systemd-analyze verify |', '| --- | --- | --- |')
  for (const [index, unit] of units.entries()) {
    lines.push(
      `| ${escapeHtml(files[index] ?? unit.name)} | ${escapeHtml(unit.template)} | ${verifyCell(unit.name, verification)} |`,
    )
  }
  lines.push('')
  if (verification?.general.length) {
    lines.push(
      '**systemd-analyze verify:**',
      '',
      ...verification.general.map((message) => `- ${escapeHtml(message.text)}`),
      '',
    )
  }
  if (verification?.standIns?.length) {
    // A dependency verified against a stub only proves our unit's side: the host must provide it.
    const names = verification.standIns.map((name) => `\`${escapeHtml(name)}\``).join(', ')
    lines.push(`Verified against stand-ins for units this runner lacks (the host must provide them): ${names}.`, '')
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
  const lines = [
    '**Exposure** (`systemd-analyze security`, 0.0 locked down to 10.0 unprotected):',
    '',
    '| Service | Exposure | Checks that still cost points |',
    '| --- | ---: | --- |',
  ]
  for (const { unit, exposure, rating, costly } of scores) {
    // Plain text: a code span would show escapeHtml's &#124; literally.
    const checks = costly.map((check) => `${escapeHtml(check.name)} ${check.exposure.toFixed(1)}`).join(', ')
    lines.push(`| ${escapeHtml(unit)} | ${exposure.toFixed(1)} ${escapeHtml(rating)} | ${checks || 'none'} |`)
  }
  return [...lines, '']
}
