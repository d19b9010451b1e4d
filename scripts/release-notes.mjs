#!/usr/bin/env node
// Print the CHANGELOG.md section of one release, for the GitHub release's notes:
//   scripts/release-notes.mjs v1.2.3 [CHANGELOG.md]
// The changelog follows Keep a Changelog (https://keepachangelog.com/en/1.1.0/): a release is a
// `## [1.2.3] - 2026-11-24` heading followed by its `### Added`, `### Fixed`, ... lists. A tag
// with no section, or an empty one, fails: a release must say what changed.
import { readFileSync } from 'node:fs'

const [tag, file = 'CHANGELOG.md'] = process.argv.slice(2)
const version = /^v(\d+\.\d+\.\d+)$/.exec(tag ?? '')?.[1]
if (!version) fail(`expected a tag vX.Y.Z, got ${JSON.stringify(tag ?? '')}`)

const lines = readFileSync(file, 'utf8').split('\n')
const start = lines.findIndex((line) => line.startsWith(`## [${version}]`))
if (start === -1) fail(`${file} has no "## [${version}] - YYYY-MM-DD" section`)
// The section ends at the next release heading, or at the link references at the bottom.
const length = lines.slice(start + 1).findIndex((line) => line.startsWith('## ') || /^\[[^\]]+\]: /.test(line))
const notes = lines
  .slice(start + 1, length === -1 ? undefined : start + 1 + length)
  .join('\n')
  .trim()
if (notes === '') fail(`${file}: the section of ${version} is empty`)
process.stdout.write(notes + '\n')

function fail(message) {
  process.stderr.write(`release-notes: ${message}\n`)
  process.exit(1)
}
