import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { branchNameProblem, checkPublishInputs } from '../../src/publish/publish-checks.js'
import { RetriesExhausted } from '../../src/publish/retry.js'
import { EXCERPT_LENGTH } from '../../src/shared/text.js'
import { publishInputs } from '../helpers/publish-inputs.js'

/** Names a hostile workflow or a typo could give commit-branch, and ordinary ones. */
const BRANCHES = [
  'main',
  'release/1.x',
  'feature/a-b_c',
  'v1.2.3',
  'deps/@scope',
  'main:refs/heads/victim',
  'refs/tags/v1:main',
  '-f',
  '--force',
  'a..b',
  'x@{1}',
  '@',
  'a b',
  'a\tb',
  'a\nb',
  'a~1',
  'a^',
  'a?',
  'a*',
  'a[b',
  'a\\b',
  'topic.lock',
  'a/b.lock/c',
  'topic/',
  '/topic',
  'a//b',
  'topic.',
  '.hidden',
  'a/.hidden',
  'a\u007fb',
  'a\u0001b',
]

describe('commit-branch is checked as git check-ref-format --branch checks it', () => {
  test.each(BRANCHES)('%j', (name) => {
    const git = spawnSync('git', ['check-ref-format', '--branch', name], { encoding: 'utf8' })
    // Stricter than git on two points: a leading "-" would be an option on git's command line, and
    // "@" alone, which git takes as a branch, is git's own name for HEAD (gitrevisions(7)).
    const gitAccepts = git.status === 0 && !name.startsWith('-') && name !== '@'
    expect(branchNameProblem(name) === undefined).toBe(gitAccepts)
  })
})

describe('checkPublishInputs', () => {
  test('refuses a token with a line break without quoting it', () => {
    const token = 'ghs_secretPart\nsecondPart'
    expect(() => checkPublishInputs(publishInputs({ token }), {})).toThrow(
      'input "token": contains whitespace or a control character',
    )
    try {
      checkPublishInputs(publishInputs({ token }), {})
    } catch (error) {
      expect(String(error)).not.toContain('secretPart')
      expect(String(error)).not.toContain('secondPart')
    }
  })

  test('passes what an ordinary run gives', () => {
    expect(() =>
      checkPublishInputs(publishInputs({ commit: true, commitBranch: 'release/1.x', token: 'ghs_x' }), {}),
    ).not.toThrow()
  })
})

describe('a service answer is quoted only in part', () => {
  test('the last error of exhausted retries is one line of at most an excerpt', () => {
    const body = `${'<html>'.repeat(2000)}\nsecret-looking line\n`
    const message = new RetriesExhausted('the upload', 3, new Error(body)).message
    expect(message).not.toContain('\n')
    expect(message).not.toContain('secret-looking line')
    expect(message.length).toBeLessThan(EXCERPT_LENGTH + 120)
    expect(message).toContain('more characters)')
  })
})
