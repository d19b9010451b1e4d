/**
 * Unified diffs ("diff -u" / "git diff" format) between two texts, so a drift report reads like
 * the patch that would fix it and `git apply` / `patch` accept it. Lines keep their terminator:
 * a last line without a newline differs from the same line with one, as in GNU diff.
 */

/** Lines of context around each change, as `diff -u` and git use. */
const CONTEXT = 3

type Edit = { kind: ' ' | '-' | '+'; line: string }

/** `--- a/path` … `+++ b/path` with hunks; `undefined` on a side means the file does not exist there. '' when equal. */
export function unifiedDiff(path: string, before: string | undefined, after: string | undefined): string {
  if (before === after) return ''
  const edits = diffLines(splitLines(before ?? ''), splitLines(after ?? ''))
  const header = [
    before === undefined ? '--- /dev/null' : `--- a/${path}`,
    after === undefined ? '+++ /dev/null' : `+++ b/${path}`,
  ]
  return [...header, ...hunks(edits)].join('\n') + '\n'
}

/** Each line with its `\n`; the last one may lack it. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/**
 * The shortest edit script (Myers, "An O(ND) Difference Algorithm and Its Variations", 1986):
 * walk diagonals keeping the furthest-reaching path per edit count, then backtrack.
 */
function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  const max = a.length + b.length
  const offset = max + 1
  const furthest = new Array<number>(2 * max + 3).fill(0)
  const trace: number[][] = []
  outer: for (let d = 0; d <= max; d++) {
    trace.push([...furthest])
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && furthest[offset + k - 1]! < furthest[offset + k + 1]!)
      let x = down ? furthest[offset + k + 1]! : furthest[offset + k - 1]! + 1
      let y = x - k
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++
        y++
      }
      furthest[offset + k] = x
      if (x >= a.length && y >= b.length) break outer
    }
  }
  const edits: Edit[] = []
  let x = a.length
  let y = b.length
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!
    const k = x - y
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
    const previousK = down ? k + 1 : k - 1
    const previousX = v[offset + previousK]!
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      x--
      y--
      edits.push({ kind: ' ', line: a[x]! })
    }
    if (d === 0) break
    if (down) edits.push({ kind: '+', line: b[--y]! })
    else edits.push({ kind: '-', line: a[--x]! })
  }
  return edits.reverse()
}

/** Group edits into hunks with CONTEXT lines around changes; nearby changes share a hunk. */
function hunks(edits: readonly Edit[]): string[] {
  const changed = edits.flatMap((edit, index) => (edit.kind === ' ' ? [] : [index]))
  const out: string[] = []
  let index = 0
  while (index < changed.length) {
    const start = Math.max(0, changed[index]! - CONTEXT)
    let end = changed[index]!
    while (index < changed.length && changed[index]! - end <= 2 * CONTEXT) end = changed[index++]!
    const slice = edits.slice(start, Math.min(edits.length, end + CONTEXT + 1))
    const before = edits.slice(0, start)
    const oldStart = before.filter((edit) => edit.kind !== '+').length
    const newStart = before.filter((edit) => edit.kind !== '-').length
    const oldCount = slice.filter((edit) => edit.kind !== '+').length
    const newCount = slice.filter((edit) => edit.kind !== '-').length
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`)
    for (const edit of slice) {
      out.push(edit.kind + edit.line.replace(/\n$/, ''))
      if (!edit.line.endsWith('\n')) out.push('\\ No newline at end of file')
    }
  }
  return out
}

/** `start,count` as diff prints it: 1-based, `,1` left out, an empty range at the line before it. */
function range(linesBefore: number, count: number): string {
  if (count === 0) return `${linesBefore},0`
  return count === 1 ? `${linesBefore + 1}` : `${linesBefore + 1},${count}`
}
