// A jest reporter that prints, after the run, the suite's results as a table:
// one row per configuration, one column per check, each cell the outcome of
// the tests behind it. Tests opt in through check() (check-table.ts), which
// names them `<check>: <behaviour>` inside a describe block named after the
// configuration; other tests (the harness's own) are left out of the table.
//
// It is plain JavaScript because jest loads reporters without transforming them.
const CHECK_TITLE = /^([a-z][a-z0-9-]*): /

/** The outcome of several tests in one cell: any failure fails it. */
const WORST = ['FAIL', 'pass', 'skip']

export default class CheckTableReporter {
  onRunComplete(_contexts, results) {
    /** configuration → check → outcome */
    const table = new Map()
    const checks = []
    const broken = []
    // Files in name order, tests in the order they ran: the same table every run.
    const files = [...results.testResults].sort((a, b) => a.testFilePath.localeCompare(b.testFilePath))
    for (const file of files) {
      if (file.testExecError) broken.push(`${file.testFilePath}: ${file.testExecError.message}`)
      for (const test of file.testResults) {
        const check = CHECK_TITLE.exec(test.title)?.[1]
        const configuration = test.ancestorTitles.at(-1)
        if (!check || !configuration) continue
        if (!checks.includes(check)) checks.push(check)
        if (!table.has(configuration)) table.set(configuration, new Map())
        const row = table.get(configuration)
        const outcome = test.status === 'passed' ? 'pass' : test.status === 'failed' ? 'FAIL' : 'skip'
        const previous = row.get(check)
        row.set(check, previous && WORST.indexOf(previous) < WORST.indexOf(outcome) ? previous : outcome)
      }
    }
    if (table.size === 0 && broken.length === 0) return

    const header = ['configuration', ...checks]
    const rows = [...table].map(([configuration, row]) => [
      configuration,
      ...checks.map((check) => row.get(check) ?? '·'),
    ])
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)))
    const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
    const out = [
      '',
      'Generated units under real systemd (pass/FAIL per check; · = not checked for that configuration):',
      '',
      line(header),
      `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
      ...rows.map(line),
      ...broken.map((message) => `\nNot run: ${message}`),
      '',
    ]
    process.stdout.write(`${out.join('\n')}\n`)
  }
}
