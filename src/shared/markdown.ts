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
