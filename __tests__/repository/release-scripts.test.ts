import { afterEach, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../helpers/project.js'

/**
 * The scripts the release and CI workflows run, against real git repositories: nothing here can
 * run on GitHub, so each piece of the release flow is proven locally.
 */
const execFileAsync = promisify(execFile)

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(file: string, args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileAsync(file, args, { cwd })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string }
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr }
  }
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(
    'git',
    ['-c', 'user.name=Release Test', '-c', 'user.email=release@example.invalid', ...args],
    { cwd },
  )
  return stdout.trim()
}

const scratch: string[] = []
afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  scratch.push(dir)
  return dir
}

describe('scripts/release-notes.mjs', () => {
  const CHANGELOG = `# Changelog

## [Unreleased]

### Added
- Something not yet released.

## [1.2.0] - 2026-11-20

### Added
- Pull requests.

### Fixed
- A quoting bug.

## [1.1.0] - 2026-10-01

## [1.0.0] - 2026-09-01

### Added
- The first release.

[Unreleased]: https://github.com/org/systemd-units/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/org/systemd-units/compare/v1.1.0...v1.2.0
[1.0.0]: https://github.com/org/systemd-units/releases/tag/v1.0.0
`
  async function notes(...args: string[]): Promise<Run> {
    const dir = await tempDir('changelog-')
    await writeFile(join(dir, 'CHANGELOG.md'), CHANGELOG)
    return run(join(repoRoot, 'scripts', 'release-notes.mjs'), args, dir)
  }

  test('prints the section of the tagged version, without its heading or the next release', async () => {
    const result = await notes('v1.2.0')
    expect(result).toEqual({
      code: 0,
      stdout: '### Added\n- Pull requests.\n\n### Fixed\n- A quoting bug.\n',
      stderr: '',
    })
  })

  test('stops the last release before the link references', async () => {
    expect((await notes('v1.0.0')).stdout).toBe('### Added\n- The first release.\n')
  })

  test('fails for a version the changelog does not describe', async () => {
    const result = await notes('v1.3.0')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('has no "## [1.3.0] - YYYY-MM-DD" section')
  })

  test('fails for a release whose section is empty', async () => {
    const result = await notes('v1.1.0')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('the section of 1.1.0 is empty')
  })

  test('rejects a tag that is not vX.Y.Z', async () => {
    const result = await notes('1.2.0')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('expected a tag vX.Y.Z, got "1.2.0"')
  })
})

describe('scripts/move-major-tag.sh', () => {
  /** A bare origin and a clone of it, as the release workflow's checkout sees it. */
  async function repository(): Promise<{ origin: string; clone: string }> {
    const root = await tempDir('major-tag-')
    const origin = join(root, 'origin.git')
    const clone = join(root, 'clone')
    await git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin)
    await git(root, 'clone', '--quiet', origin, clone)
    return { origin, clone }
  }

  async function release(clone: string, tag: string, at = 'HEAD'): Promise<string> {
    if (at === 'HEAD') await git(clone, 'commit', '--quiet', '--allow-empty', '-m', `release ${tag}`)
    await git(clone, 'tag', '-a', tag, '-m', tag, at)
    await git(clone, 'push', '--quiet', 'origin', 'main', `refs/tags/${tag}`)
    return git(clone, 'rev-parse', `${tag}^{commit}`)
  }

  const moveMajorTag = (clone: string, tag: string) => run(join(repoRoot, 'scripts', 'move-major-tag.sh'), [tag], clone)
  const tagOnOrigin = (origin: string, tag: string) =>
    git(origin, 'rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`).catch(() => undefined)

  test('creates the major tag at the first release and pushes it', async () => {
    const { origin, clone } = await repository()
    const commit = await release(clone, 'v1.0.0')
    expect((await moveMajorTag(clone, 'v1.0.0')).code).toBe(0)
    expect(await tagOnOrigin(origin, 'v1')).toBe(commit)
  })

  test('moves the major tag to the next release, leaving other majors alone', async () => {
    const { origin, clone } = await repository()
    await release(clone, 'v1.0.0')
    await moveMajorTag(clone, 'v1.0.0')
    const v2 = await release(clone, 'v2.0.0')
    await moveMajorTag(clone, 'v2.0.0')
    const v1 = await release(clone, 'v1.1.0')
    expect((await moveMajorTag(clone, 'v1.1.0')).code).toBe(0)
    expect(await tagOnOrigin(origin, 'v1')).toBe(v1)
    expect(await tagOnOrigin(origin, 'v2')).toBe(v2)
  })

  test('leaves the major tag on the latest release when a backport is published', async () => {
    const { origin, clone } = await repository()
    const first = await release(clone, 'v1.0.0')
    const latest = await release(clone, 'v1.1.0')
    await moveMajorTag(clone, 'v1.1.0')
    await release(clone, 'v1.0.1', first)
    // The release workflow's checkout knows only the tag it was started for.
    const fresh = await tempDir('major-tag-fresh-')
    await git(fresh, 'init', '--quiet')
    await git(fresh, 'fetch', '--quiet', origin, 'refs/tags/v1.0.1:refs/tags/v1.0.1')
    await git(fresh, 'remote', 'add', 'origin', origin)
    const result = await moveMajorTag(fresh, 'v1.0.1')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('v1.0.1 is not the latest v1 release (v1.1.0 is); v1 stays')
    expect(await tagOnOrigin(origin, 'v1')).toBe(latest)
  })

  test('rejects a tag that is not vX.Y.Z and pushes nothing', async () => {
    const { origin, clone } = await repository()
    await release(clone, 'v1.0')
    const result = await moveMajorTag(clone, 'v1.0')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('expected a tag vX.Y.Z, got "v1.0"')
    expect(await tagOnOrigin(origin, 'v1')).toBeUndefined()
  })
})

describe('scripts/check-dist.sh', () => {
  /**
   * A repository holding the real script, with a package step that builds dist/ from src.txt
   * (ncc takes a minute; what is under test is how the script finds and reports a difference).
   */
  async function repository(): Promise<string> {
    const dir = await tempDir('check-dist-')
    await mkdir(join(dir, 'scripts'))
    await copyFile(join(repoRoot, 'scripts', 'check-dist.sh'), join(dir, 'scripts', 'check-dist.sh'))
    await chmod(join(dir, 'scripts', 'check-dist.sh'), 0o755)
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'check-dist-fixture', private: true, scripts: { package: 'node build.mjs' } }),
    )
    await writeFile(
      join(dir, 'build.mjs'),
      `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
mkdirSync('dist', { recursive: true })
const source = readFileSync('src.txt', 'utf8')
writeFileSync('dist/index.js', source)
if (source.includes('chunk')) writeFileSync('dist/1.index.js', 'a chunk\\n')
`,
    )
    await writeFile(join(dir, 'src.txt'), 'console.log("v1")\n')
    await git(dir, 'init', '--quiet')
    await execFileAsync('npm', ['run', 'package', '--silent'], { cwd: dir })
    await git(dir, 'add', '.')
    await git(dir, 'commit', '--quiet', '-m', 'with a fresh dist/')
    return dir
  }

  const checkDist = (dir: string) => run(join(dir, 'scripts', 'check-dist.sh'), [], dir)

  test('passes when the committed dist/ is what the sources build', async () => {
    const result = await checkDist(await repository())
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('dist/ matches the sources')
  })

  test('fails with the diff when a source changed and dist/ was not rebuilt', async () => {
    const dir = await repository()
    await writeFile(join(dir, 'src.txt'), 'console.log("v2")\n')
    const result = await checkDist(dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('-console.log("v1")\n+console.log("v2")')
    expect(result.stdout).toContain('::error title=dist/ is stale::')
  })

  test('fails when the build makes a file dist/ does not have', async () => {
    const dir = await repository()
    await writeFile(join(dir, 'src.txt'), 'import("../chunk")\n')
    const result = await checkDist(dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('+++ b/dist/1.index.js')
  })
})
