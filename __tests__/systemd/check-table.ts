// Tests that fill the table check-table-reporter.js prints after the suite:
// the enclosing describe block names the configuration (one row), `column`
// names the check (one column), and the title says the behaviour.
import { it } from '@jest/globals'

export function check(column: string, behaviour: string, test: () => void | Promise<void>): void {
  it(`${column}: ${behaviour}`, test)
}
