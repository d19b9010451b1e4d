import { describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { HARDENING_LINES } from '../../src/units/hardening/profiles.js'
import {
  OLDEST_ACCEPTED,
  SYSTEMD_VERSIONS,
  requirementsOf,
  execPrefixRequirements,
} from '../../src/systemd/versions.js'
import { TARGET_SYSTEMD } from '../../src/systemd/targets.js'
import { directives, generateFor } from '../helpers/generate.js'
import { generationError } from '../helpers/generation-error.js'
import { MIX_EXS, repoRoot } from '../helpers/project.js'

const mix = (config: string) => ({ 'mix.exs': MIX_EXS, '.systemd.yml': config })

/** systemd's NEWS, split by release: version → its text with white space collapsed. */
async function newsSections(): Promise<Map<number, string>> {
  const news = gunzipSync(await readFile('/usr/share/doc/systemd/NEWS.gz')).toString('utf8')
  const sections = new Map<number, string>()
  for (const match of news.matchAll(/^CHANGES WITH (\d+)[^\n]*\n([\s\S]*?)(?=^CHANGES WITH |(?![\s\S]))/gm)) {
    sections.set(Number(match[1]), match[2]!.replace(/\s+/g, ' '))
  }
  return sections
}

const allRows = () => [
  ...Object.entries(SYSTEMD_VERSIONS.directives).map(([name, row]) => [`${name}=`, row] as const),
  ...Object.entries(SYSTEMD_VERSIONS.values).flatMap(([name, values]) =>
    Object.entries(values).map(([value, row]) => [`${name}=${value}`, row] as const),
  ),
  ...Object.entries(SYSTEMD_VERSIONS.execPrefixes).map(([prefix, row]) => [`prefix ${prefix}`, row] as const),
  ...Object.entries(SYSTEMD_VERSIONS.unitSection).map(([name, row]) => [`[Unit] ${name}=`, row] as const),
]

describe('the version table', () => {
  test("every NEWS quote is in systemd's NEWS under the release it names, and that release is the row's version", async () => {
    const sections = await newsSections()
    const newest = Math.max(...sections.keys())
    for (const [feature, { since, news }] of allRows()) {
      const cited = /^NEWS (\d+): "(.*)"/.exec(news)
      if (!cited) continue
      const release = Number(cited[1])
      // A row every accepted version has may cite a later entry that mentions it as existing.
      if (since > OLDEST_ACCEPTED) expect([feature, release]).toEqual([feature, since])
      if (release > newest) continue
      for (const fragment of cited[2]!.split(' ... ')) {
        expect([feature, sections.get(release)?.includes(fragment.replace(/\s+/g, ' '))]).toEqual([feature, true])
      }
    }
  })

  test('holds the versions systemd gave each feature the issue names', () => {
    const since = (name: string, value: string) => requirementsOf(name, value)[0]?.since
    expect(since('Type', 'exec')).toBe(240)
    expect(since('ProtectSystem', 'strict')).toBe(232)
    expect(execPrefixRequirements('!')[0]?.since).toBe(235)
    expect(execPrefixRequirements('-!!')[0]?.since).toBe(235)
    expect(execPrefixRequirements('+')[0]?.since).toBe(231)
    expect(execPrefixRequirements(':')[0]?.since).toBe(242)
    expect(execPrefixRequirements('-@')).toEqual([])
    expect(since('ReadWritePaths', '/srv')).toBe(231)
    expect(since('RuntimeDirectory', 'app')).toBe(211)
    for (const kind of ['State', 'Cache', 'Logs', 'Configuration']) expect(since(`${kind}Directory`, 'app')).toBe(235)
    expect(since('ProtectKernelLogs', 'yes')).toBe(244)
    expect(since('ProtectClock', 'yes')).toBe(245)
    expect(since('ProtectProc', 'invisible')).toBe(247)
    expect(since('ProcSubset', 'pid')).toBe(247)
    expect(since('SystemCallFilter', '@system-service')).toBe(239)
    expect(since('SystemCallFilter', '~@privileged @system-service')).toBe(239)
    expect(SYSTEMD_VERSIONS.unitSection.StartLimitIntervalSec).toMatchObject({
      since: 229,
      olderName: 'StartLimitInterval',
    })
  })

  test('has a row for every directive the templates and the profiles write', async () => {
    const written = new Set(HARDENING_LINES.map((line) => line.directive))
    for (const name of ['systemd.service', 'restart.path', 'restart.service', 'runtime-environment.service']) {
      const template = await readFile(join(repoRoot, 'templates', `${name}.mustache`), 'utf8')
      for (const match of template.matchAll(/^([A-Za-z]+)=/gm)) written.add(match[1]!)
    }
    expect([...written].filter((name) => !Object.hasOwn(SYSTEMD_VERSIONS.directives, name))).toEqual([])
  })
})

describe('targets', () => {
  test('a target sets the version: what it lacks is left out, with a notice naming the target', async () => {
    const { units, generated } = await generateFor(
      mix('target: amazonlinux-2\ndirs: [runtime, configuration, state]\n'),
    )
    expect(generated.settings.integer('systemd_version')).toBe(219)
    expect(directives(units['my-app.service'], 'RuntimeDirectory')).toEqual(['RuntimeDirectory=my-app'])
    expect(directives(units['my-app.service'], 'StateDirectory')).toEqual([])
    expect(generated.notices).toContain(
      'StateDirectory= left out: it needs systemd 235 and the target is amazonlinux-2 (systemd 219); create /var/lib/my-app in your deploy scripts',
    )
  })

  test('a list of targets takes the lowest systemd', async () => {
    const { generated } = await generateFor(mix('target: [debian-12, rhel-8, ubuntu-24.04]\n'))
    expect(generated.settings.integer('systemd_version')).toBe(239)
  })

  test('systemd_version wins over target', async () => {
    const { generated } = await generateFor(mix('target: rhel-8\nsystemd_version: 250\nservice_type: exec\n'))
    expect(generated.settings.integer('systemd_version')).toBe(250)
  })

  test('an unknown target is refused at its line, listing the known ones', async () => {
    expect(await generationError(mix('app_user: app\ntarget: [debian-12, centos-7]\n'))).toMatch(
      /^\.systemd\.yml:2: target\[1\]: expected one of ubuntu-20\.04, .*amazonlinux-2023, got "centos-7"$/,
    )
  })

  test('without target or systemd_version, the mix_systemd default of 235 applies and the message says to set target', async () => {
    const { generated } = await generateFor(mix('dirs: [runtime]\n'))
    expect(generated.settings.integer('systemd_version')).toBe(235)
    expect(await generationError(mix('service_type: exec\n'))).toBe(
      '.systemd.yml:1: service_type: Type=exec needs systemd 240; the target is systemd 235 (the default; set target to the distributions you deploy to)',
    )
  })
})

describe('settings the user wrote and the target lacks are errors naming the version, the target, file and line', () => {
  test('service_type: exec on rhel-8', async () => {
    expect(await generationError(mix('app_user: app\nservice_type: exec\ntarget: rhel-8\n'))).toBe(
      '.systemd.yml:2: service_type: Type=exec needs systemd 240; the target is rhel-8 (systemd 239)',
    )
  })

  test('Restart=on-abnormal below 214', async () => {
    expect(await generationError(mix('systemd_version: 213\nrestart: on-abnormal\n'))).toBe(
      '.systemd.yml:2: restart: Restart=on-abnormal needs systemd 214; the target is systemd 213 (systemd_version)',
    )
  })

  test('runtime_directory_preserve on amazonlinux-2; its default is left out without a word', async () => {
    expect(await generationError(mix('target: amazonlinux-2\nruntime_directory_preserve: restart\n'))).toBe(
      '.systemd.yml:2: runtime_directory_preserve: RuntimeDirectoryPreserve= needs systemd 235; the target is amazonlinux-2 (systemd 219)',
    )
    const { units, generated } = await generateFor(mix('target: amazonlinux-2\n'))
    expect(directives(units['my-app.service'], 'RuntimeDirectoryPreserve')).toEqual([])
    expect(generated.notices.filter((notice) => notice.includes('Preserve'))).toEqual([])
  })

  test('the "!" prefix on amazonlinux-2, at the item', async () => {
    expect(
      await generationError(mix('target: amazonlinux-2\nexec_start_pre:\n  - /usr/bin/true\n  - "!/usr/bin/setup"\n')),
    ).toBe(
      '.systemd.yml:4: exec_start_pre[1]: the "!" Exec prefix needs systemd 235; the target is amazonlinux-2 (systemd 219)',
    )
  })

  test('the ":" prefix on rhel-8, in exec_start', async () => {
    expect(await generationError(mix('target: rhel-8\nexec_start: ":/usr/bin/app $HOME"\n'))).toBe(
      '.systemd.yml:2: exec_start: the ":" Exec prefix needs systemd 242; the target is rhel-8 (systemd 239)',
    )
  })

  test('prefixes the target has pass: "+" from 231, "-" and "@" always', async () => {
    const { units } = await generateFor(
      mix('systemd_version: 231\nexec_start_pre: ["+/usr/bin/setup", "-@/usr/bin/other other"]\n'),
    )
    expect(directives(units['my-app.service'], 'ExecStartPre')).toEqual([
      'ExecStartPre=+/usr/bin/setup',
      'ExecStartPre=-@/usr/bin/other other',
    ])
  })
})

describe('older forms', () => {
  test('path lists on a target older than 231 are written under their older names, with a notice', async () => {
    const { units, generated } = await generateFor(
      mix(
        'target: amazonlinux-2\nread_write_paths: [/srv/data]\nread_only_paths: [/etc/ssl]\ninaccessible_paths: [/home]\n',
      ),
    )
    const unit = units['my-app.service']
    expect(directives(unit, 'ReadWritePaths')).toEqual([])
    expect(directives(unit, 'ReadWriteDirectories')).toEqual(['ReadWriteDirectories=/srv/data'])
    expect(directives(unit, 'ReadOnlyDirectories')).toEqual(['ReadOnlyDirectories=/etc/ssl'])
    expect(directives(unit, 'InaccessibleDirectories')).toEqual(['InaccessibleDirectories=/home'])
    expect(generated.notices).toContain(
      'ReadWritePaths=/srv/data written as ReadWriteDirectories=/srv/data: ReadWritePaths= needs systemd 231; the target is amazonlinux-2 (systemd 219)',
    )
  })

  test('from 231 they keep their names', async () => {
    const { units } = await generateFor(mix('systemd_version: 231\nread_write_paths: [/srv/data]\n'))
    expect(directives(units['my-app.service'], 'ReadWritePaths')).toEqual(['ReadWritePaths=/srv/data'])
  })
})

test('the README lists every target with its systemd, as the code maps them', async () => {
  const readme = await readFile(join(repoRoot, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### Targets'), readme.indexOf('### Hardening profiles'))
  const listed = Object.fromEntries(
    [...section.matchAll(/\| `([a-z0-9.-]+)` \| (\d+) /g)].map((match) => [match[1], Number(match[2])]),
  )
  expect(listed).toEqual(TARGET_SYSTEMD)
})
