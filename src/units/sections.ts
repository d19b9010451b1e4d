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

/** Lines by section, then by directive: the values after `Key=`, one line each. */
export type SectionDirectives = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>

/**
 * Give each directive exactly the lines asked for: every line the rendered unit already has for
 * it in that section is removed, and the new ones go where the first of them was (or at the end
 * of the section, created if need be), so a directive is never written twice.
 */
export function replaceInSections(content: string, replacements: SectionDirectives | undefined): string {
  if (!replacements || replacements.size === 0) return content
  let lines = content.replace(/\n+$/, '').split('\n')
  const appended = new Map<string, string[]>()
  for (const [section, directives] of replacements) {
    const header = lines.indexOf(`[${section}]`)
    let end = header + 1
    while (header >= 0 && end < lines.length && !lines[end]!.startsWith('[')) end++
    for (const [directive, values] of directives) {
      const written = values.map((value) => `${directive}=${value}`)
      const owned = (line: string) => line.startsWith(`${directive}=`)
      const first = header < 0 ? -1 : lines.slice(header + 1, end).findIndex(owned)
      if (first < 0) {
        appended.set(section, [...(appended.get(section) ?? []), ...written])
        continue
      }
      const body = lines.slice(header + 1, end)
      const kept = body.filter((line) => !owned(line))
      kept.splice(first, 0, ...written)
      lines = [...lines.slice(0, header + 1), ...kept, ...lines.slice(end)]
      end = header + 1 + kept.length
    }
  }
  return addToSections(`${lines.join('\n')}\n`, appended)
}
