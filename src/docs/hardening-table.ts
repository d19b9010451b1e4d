/** The README's table of hardening profiles, rendered from the profile data so the two cannot drift. */
import { HARDENING_LINES, RUNTIMES, type ProfileValue } from '../units/hardening/profiles.js'

const COLUMNS = ['standard', 'strict', 'paranoia'] as const

export function hardeningReadmeTable(): string {
  const rows = [
    `| Directive | ${COLUMNS.join(' | ')} | Protects against |`,
    `| --- |${' --- |'.repeat(COLUMNS.length)} --- |`,
  ]
  for (const line of HARDENING_LINES) {
    const only = line.runtimes ? ` (${line.runtimes.join(', ')})` : ''
    const cells = COLUMNS.map((set) => {
      const value = line.values[set]
      if (value === undefined) return ''
      return `${cell(value)}${set === 'paranoia' ? '' : only}`
    })
    const others = RUNTIMES.filter((runtime) => line.runtimes && !line.runtimes.includes(runtime))
    const why = others.length > 0 ? ` Not for ${others.join(', ')}: ${line.why}.` : ''
    rows.push(`| \`${line.directive}=\` | ${cells.join(' | ')} | ${line.protects}.${why} |`)
  }
  return rows.join('\n')
}

function cell(value: ProfileValue): string {
  if (typeof value !== 'string') return `from \`${value.setting}\``
  return value === '' ? '(empty)' : `\`${value}\``
}
