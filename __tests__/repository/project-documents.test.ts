import { describe, expect, test } from '@jest/globals'
import { access, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from '../helpers/project.js'

/** The documents users and contributors look for, held to what they promise. */
const read = (path: string) => readFile(join(repoRoot, path), 'utf8')
const packageJson = JSON.parse(await read('package.json')) as { license: string; scripts: Record<string, string> }

describe('LICENSE', () => {
  test('is the MIT license package.json declares', async () => {
    expect(packageJson.license).toBe('MIT')
    expect((await read('LICENSE')).split('\n')[0]).toBe('MIT License')
  })
})

describe('CHANGELOG.md', () => {
  /** Keep a Changelog 1.1.0: the kinds of change a release lists. */
  const KINDS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']

  test('follows Keep a Changelog: Unreleased first, then dated releases, newest first, each with a link', async () => {
    const changelog = await read('CHANGELOG.md')
    expect(changelog.startsWith('# Changelog\n')).toBe(true)
    const releases = [...changelog.matchAll(/^## (.*)$/gm)].map((match) => match[1]!)
    expect(releases[0]).toBe('[Unreleased]')
    const versions = releases.slice(1).map((heading) => {
      expect(heading).toMatch(/^\[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/)
      return /^\[([\d.]+)\]/.exec(heading)![1]!
    })
    const newestFirst = [...versions].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
    expect(versions).toEqual(newestFirst)
    for (const name of ['Unreleased', ...versions])
      expect(changelog).toMatch(new RegExp(`^\\[${name.replace(/\./g, '\\.')}\\]: https://`, 'm'))
  })

  test('lists changes only under the kinds Keep a Changelog names', async () => {
    const kinds = [...(await read('CHANGELOG.md')).matchAll(/^### (.*)$/gm)].map((match) => match[1])
    expect(kinds.length).toBeGreaterThan(0)
    for (const kind of kinds) expect(KINDS).toContain(kind)
  })
})

describe('SECURITY.md', () => {
  test('says how to report and what the action touches: output-dir, and the token only for commits and pull requests', async () => {
    const security = await read('SECURITY.md')
    expect(security).toContain('## Reporting a vulnerability')
    expect(security).toContain('## What the action touches')
    expect(security).toContain('under `output-dir`')
    expect(security).toMatch(/`token` input[\s\S]*`commit-method: api` and `pull-request: true`, and for nothing else/)
  })
})

describe('CONTRIBUTING.md', () => {
  const quickStart = (markdown: string) => /## Quick start\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(markdown)?.[1]

  test("starts contributors with the README's two quick-start commands", async () => {
    const commands = quickStart(await read('CONTRIBUTING.md'))
    expect(commands).toBe(quickStart(await read('README.md')))
    expect(commands?.trim().split('\n')).toHaveLength(2)
  })

  test('tells how to run the real-systemd suite and how to release', async () => {
    const contributing = await read('CONTRIBUTING.md')
    expect(contributing).toContain('scripts/systemd-test-deps.sh')
    expect(contributing).toContain('sudo npm run test:systemd')
    expect(contributing).toContain('## Releasing')
    expect(contributing).toContain('.github/workflows/release.yml')
  })

  test.each(['CONTRIBUTING.md', 'README.md', '.env.example'])(
    '%s names only npm scripts and files that exist',
    async (document) => {
      const text = await read(document)
      for (const [, script] of text.matchAll(/\bnpm run ([\w:-]+)/g))
        expect(Object.keys(packageJson.scripts)).toContain(script)
      for (const [path] of text.matchAll(
        /(?<![\w/])(?:scripts|src|\.github\/workflows|examples\/workflows|__tests__)\/[\w./-]*\w/g,
      )) {
        await expect(access(join(repoRoot, path.replace(/\/$/, '')))).resolves.toBeUndefined()
      }
    },
  )
})

describe('the JSON Schema', () => {
  test('has an $id at a stable path of the repository, and the README shows the yaml-language-server line for it', async () => {
    const schema = JSON.parse(await read('systemd-units.schema.json')) as { $id: string }
    // Served from the major tag users pin, at the schema's own path in the repository.
    expect(schema.$id).toBe('https://raw.githubusercontent.com/org/systemd-units/v1/systemd-units.schema.json')
    expect(await read('README.md')).toContain(`# yaml-language-server: $schema=${schema.$id}\n`)
  })
})
