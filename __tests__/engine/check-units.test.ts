import { describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { checkSummary, regenerateCommand } from '../../src/jobs/check-report.js'
import { checkUnits, compareUnits } from '../../src/jobs/check.js'
import { unifiedDiff } from '../../src/output/unified-diff.js'
import { runActionWithEnv } from '../helpers/action-env.js'
import { listFiles, MIX_EXS, runCli } from '../helpers/project.js'
import { projectsRemovedAfterEach } from '../helpers/scratch-projects.js'

const run = promisify(execFile)
const project = projectsRemovedAfterEach()

const OUT = 'deploy/units'
const CONFIG = `output_dir: ${OUT}\nrestart_method: systemd_flag\n`

/** A project whose committed units are exactly what its config generates. */
async function upToDateProject(root = '.'): Promise<string> {
  const dir = await project({ [`${root}/mix.exs`]: MIX_EXS, [`${root}/.systemd.yml`]: CONFIG })
  const { generated } = await checkUnits({ workingDirectory: join(dir, root) })
  await mkdir(join(dir, root, OUT), { recursive: true })
  for (const unit of generated.units) await writeFile(join(dir, root, OUT, unit.name), unit.content)
  return dir
}

/** Apply a unified diff with git apply (outside any repository it works like patch) and return the file. */
async function applied(dir: string, diff: string, path: string): Promise<string> {
  await writeFile(join(dir, 'change.diff'), diff)
  await run('git', ['apply', 'change.diff'], { cwd: dir })
  return readFile(join(dir, path), 'utf8')
}

describe('unified diffs', () => {
  const cases: Array<[string, string, string]> = [
    ['one changed line', 'a\nb\nc\n', 'a\nB\nc\n'],
    [
      'changes far apart make two hunks',
      Array.from({ length: 30 }, (_, i) => `line ${i}\n`).join(''),
      Array.from({ length: 30 }, (_, i) => (i === 2 || i === 25 ? `LINE ${i}\n` : `line ${i}\n`)).join(''),
    ],
    ['a missing final newline', 'a\nb', 'a\nb\n'],
    ['lines added at the end', '[Unit]\n', '[Unit]\nDescription=x\n\n[Service]\nUser=app\n'],
    ['everything removed but one line', 'a\nb\nc\nd\n', 'c\n'],
  ]
  test.each(cases)('%s: git apply turns the old text into the new one', async (_name, before, after) => {
    const dir = await project({ 'unit.service': before })
    const diff = unifiedDiff('unit.service', before, after)
    expect(diff.startsWith('--- a/unit.service\n+++ b/unit.service\n@@ -')).toBe(true)
    expect(await applied(dir, diff, 'unit.service')).toBe(after)
  })

  test.each(cases)('%s: the hunks are those of GNU diff -u', async (_name, before, after) => {
    const dir = await project({ before, after })
    const gnu = await run('diff', ['-u', 'before', 'after'], { cwd: dir }).catch((error: { stdout: string }) => error)
    const body = (text: string) => text.split('\n').slice(2).join('\n')
    expect(body(unifiedDiff('unit.service', before, after))).toBe(body(gnu.stdout))
  })

  test('two changes more than six lines apart get hunks of their own with three lines of context', () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i}\n`).join('')
    const after = before.replace('line 2\n', 'LINE 2\n').replace('line 25\n', 'LINE 25\n')
    expect(unifiedDiff('u', before, after).match(/^@@ .* @@$/gm)).toEqual(['@@ -1,6 +1,6 @@', '@@ -23,7 +23,7 @@'])
  })

  test('a new file and a deleted file read against /dev/null; equal texts give no diff', () => {
    expect(unifiedDiff('x.service', undefined, 'a\nb\n')).toBe(
      '--- /dev/null\n+++ b/x.service\n@@ -0,0 +1,2 @@\n+a\n+b\n',
    )
    expect(unifiedDiff('x.service', 'a\n', undefined)).toBe('--- a/x.service\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n')
    expect(unifiedDiff('x.service', 'a\n', 'a\n')).toBe('')
  })
})

describe('comparing generated units with the committed ones', () => {
  test('reports missing, changed and extra unit files, and ignores other files', () => {
    const generated = [
      { name: 'a.service', content: 'x\n' },
      { name: 'b.service', content: 'new\n' },
      { name: 'c.path', content: 'p\n' },
    ]
    const committed = new Map([
      ['b.service', 'old\n'],
      ['c.path', 'p\n'],
      ['old.timer', 't\n'],
    ])
    const { differences, diff } = compareUnits(generated, committed, 'units')
    expect(differences.map(({ name, drift, line }) => ({ name, drift, line }))).toEqual([
      { name: 'a.service', drift: 'missing', line: 1 },
      { name: 'b.service', drift: 'changed', line: 1 },
      { name: 'old.timer', drift: 'extra', line: 1 },
    ])
    expect(diff).toBe(differences.map((difference) => difference.diff).join(''))
    expect(diff).toContain('--- a/units/old.timer\n+++ /dev/null\n')
  })

  test('a clean project has no differences and a summary that says so', async () => {
    const dir = await upToDateProject()
    const result = await checkUnits({ workingDirectory: dir })
    expect(result.comparison).toEqual({ differences: [], diff: '' })
    expect(checkSummary(result, 'npx systemd-units generate')).toBe(
      '### systemd units for my-app 1.2.3: up to date\n\nThe 3 unit files at `deploy/units` match what the config generates.\n',
    )
  })

  test('the regenerate command repeats the inputs, quoted for a shell', () => {
    const command = regenerateCommand(
      { workingDirectory: '/w/svc', config: 'ci/units.yml', settings: "app_user: o'brien\n", version: '1.0' },
      'svc',
    )
    expect(command).toBe(
      `npx systemd-units generate --dir svc --config ci/units.yml --settings 'app_user: o'\\''brien\n' --version 1.0`,
    )
  })
})

describe('mode: check through dist/index.js', () => {
  test('passes on a clean project: changed=false, an empty diff, nothing written', async () => {
    const dir = await upToDateProject('svc')
    const before = await listFiles(dir)
    const result = await runActionWithEnv(dir, { mode: 'check', 'working-directory': 'svc' })
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ changed: 'false', diff: '' })
    expect(result.stdout).not.toContain('::error')
    expect(result.summary).toContain('up to date')
    expect(await listFiles(dir)).toEqual(before)
  })

  test('fails on changed, missing and extra units: an annotation on each file, the diffs in the summary, nothing written', async () => {
    const dir = await upToDateProject('svc')
    const units = join(dir, 'svc', OUT)
    await writeFile(
      join(units, 'my-app.service'),
      (await readFile(join(units, 'my-app.service'), 'utf8')).replace('Restart=always', 'Restart=no'),
    )
    await run('rm', [join(units, 'my-app-restart.path')])
    await writeFile(join(units, 'my-app-old.timer'), '[Timer]\nOnCalendar=daily\n')
    const before = await listFiles(dir)
    const result = await runActionWithEnv(dir, { mode: 'check', 'working-directory': 'svc' })
    expect(result.code).toBe(1)
    expect(result.outputs['changed']).toBe('true')
    const command = '`npx systemd-units generate --dir svc`'
    const changedLine = (await readFile(join(units, 'my-app.service'), 'utf8')).split('\n').indexOf('Restart=no') + 1
    expect(result.stdout).toContain(
      `::error title=systemd-units%3A my-app.service is out of date,file=svc/${OUT}/my-app.service,line=${changedLine}::my-app.service differs from what the config generates. Regenerate with ${command} and commit the result, or let the workflow do it: run this action with \`mode: generate\` and \`commit: true\` (or \`pull-request: true\`).`,
    )
    expect(result.stdout).toContain(
      `file=svc/${OUT}/my-app-restart.path,line=1::my-app-restart.path is generated but not committed.`,
    )
    expect(result.stdout).toContain(
      `file=svc/${OUT}/my-app-old.timer,line=1::my-app-old.timer is committed but no longer generated.`,
    )
    expect(result.summary).toContain('### systemd units for my-app 1.2.3: 3 out of date')
    expect(result.summary).toContain(
      '| my-app.service | changed |\n| my-app-restart.path | missing |\n| my-app-old.timer | extra |',
    )
    expect(result.summary).toContain(
      `#### my-app.service (changed)\n\n\`\`\`diff\n--- a/svc/${OUT}/my-app.service\n+++ b/svc/${OUT}/my-app.service\n`,
    )
    expect(result.summary).toContain('-Restart=no\n+Restart=always\n')
    expect(result.summary).toContain(`To fix: run \` npx systemd-units generate --dir svc \` from the repository root`)
    expect(result.outputs['diff']).toContain(`--- /dev/null\n+++ b/svc/${OUT}/my-app-restart.path\n`)
    expect(await listFiles(dir)).toEqual(before)
    // The diff output is the patch that brings the committed files up to date.
    await writeFile(join(dir, 'fix.diff'), result.outputs['diff']! + '\n')
    await run('git', ['apply', 'fix.diff'], { cwd: dir })
    expect((await runActionWithEnv(dir, { mode: 'check', 'working-directory': 'svc' })).code).toBe(0)
  })

  test('escapes HTML in the summary and fences diffs that hold backticks', async () => {
    const dir = await upToDateProject()
    const result = await runActionWithEnv(dir, {
      mode: 'check',
      version: '1.0<script>',
      settings: 'env_vars: ["NOTE=```x```"]',
    })
    expect(result.code).toBe(1)
    expect(result.summary).toMatch(/### systemd units for my-app 1\.0&lt;script&gt;: \d out of date/)
    // Code spans and blocks show their text as is; everywhere else it is escaped.
    expect(result.summary).toContain(
      "run ```` npx systemd-units generate --settings 'env_vars: [\"NOTE=```x```\"]' --version '1.0<script>' ````",
    )
    expect(result.summary.replace(/`{4} [^`]*(`{1,3}[^`]+)*`{4}/, '')).not.toContain('<script>')
    expect(result.summary).toContain('````diff\n')
  })

  test('refuses publishing inputs: check writes nothing', async () => {
    const dir = await upToDateProject()
    const result = await runActionWithEnv(dir, { mode: 'check', archive: 'true' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error title=systemd-units::input "archive": needs mode generate: mode check writes nothing',
    )
  })
})

describe('systemd-units check (CLI)', () => {
  test('exits 0 when up to date and 1 with the diffs and the command when not', async () => {
    const dir = await upToDateProject('svc')
    expect(await runCli(['check', '--dir', 'svc'], dir)).toEqual({
      code: 0,
      stdout: `up to date: 3 unit files at ${OUT}\n`,
      stderr: '',
    })
    await run('rm', [join(dir, 'svc', OUT, 'my-app-restart.service')])
    const result = await runCli(['check', '--dir', 'svc'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      `my-app-restart.service is generated but not committed\n\n${unifiedDiff(`svc/${OUT}/my-app-restart.service`, undefined, (await checkUnits({ workingDirectory: join(dir, 'svc') })).generated.units.find((u) => u.name === 'my-app-restart.service')!.content)}\nregenerate with: npx systemd-units generate --dir svc\n`,
    )
  })
})
