/**
 * Adding directives to a rendered unit: each line goes at the end of its section (systemd reads a
 * section's lines in order, so a later assignment is the one that counts for single values), and a
 * section the template lacks is created where systemd.unit(5) lays sections out: [Unit] first,
 * [Install] last, the type's own section between.
 */
export type SectionLines = ReadonlyMap<string, readonly string[]>

export function addToSections(content: string, additions: SectionLines | undefined): string {
  if (!additions || additions.size === 0) return content
  const lines = content.replace(/\n+$/, '').split('\n')
  for (const [section, added] of additions) {
    if (added.length === 0) continue
    const header = lines.indexOf(`[${section}]`)
    if (header >= 0) {
      let end = header + 1
      while (end < lines.length && !lines[end]!.startsWith('[')) end++
      while (end > header + 1 && lines[end - 1] === '') end--
      lines.splice(end, 0, ...added)
      continue
    }
    const install = lines.indexOf('[Install]')
    if (section === 'Unit') lines.splice(0, 0, `[${section}]`, ...added, '')
    else if (section !== 'Install' && install >= 0) lines.splice(install, 0, `[${section}]`, ...added, '')
    else lines.push(...(lines.at(-1) === '' ? [] : ['']), `[${section}]`, ...added)
  }
  return `${lines.join('\n')}\n`
}
