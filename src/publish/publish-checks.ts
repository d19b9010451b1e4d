import { SystemdUnitsError } from '../shared/errors.js'
import type { Environment } from '../shared/environment.js'
import type { InputName, PublishInputs } from '../jobs/request.js'
import { normalise } from './archive/tar.js'

/**
 * Every check of a publishing input that needs nothing but the inputs and the environment, in
 * one place. The generate pipeline runs them before it generates, verifies or writes anything,
 * so a bad publishing input fails the run with nothing written; each error names the input.
 */
export function checkPublishInputs(inputs: PublishInputs, env: Environment): void {
  checkToken(inputs)
  const committing = inputs.commit || inputs.pullRequest
  if (committing && inputs.commitBranch !== '') checkBranchName(inputs.commitBranch, 'commit-branch')
  if (committing) checkCommitMessage(inputs.commitMessage)
  if (inputs.archive || inputs.appendTo !== '') {
    archivePrefix(inputs.archivePrefix)
    sourceDateEpoch(env)
  }
  if (inputs.appendTo !== '') checkAppendTo(inputs.appendTo)
  if (inputs.uploadArtifact && inputs.artifactName !== '') checkArtifactName(inputs.artifactName, 'artifact-name')
  if (usesGitHubApi(inputs)) checkRepository(env)
  for (const name of ['SYSTEMD_UNITS_RETRY_DELAY_MS', 'SYSTEMD_UNITS_HTTP_TIMEOUT_MS']) positiveInteger(env, name)
}

const fail = (input: InputName, reason: string) => new SystemdUnitsError(reason, { kind: 'input', name: input })

/** Whether a step calls the GitHub API with `token`: commit-method api, and pull requests. */
export function usesGitHubApi(inputs: PublishInputs): boolean {
  return inputs.pullRequest || (inputs.commit && inputs.commitMethod === 'api')
}

/**
 * A token is one word of printable characters: whitespace or a control character means a
 * secret pasted with more than the token (HTTP header values cannot carry a line break, and
 * the clients' errors would then quote the header). The message never shows the value.
 */
export function checkToken(inputs: PublishInputs): void {
  if (/[\s\p{Cc}]/u.test(inputs.token))
    throw fail(
      'token',
      'contains whitespace or a control character, so it is no token: check the secret it comes from (its value is not shown)',
    )
  if (usesGitHubApi(inputs) && inputs.token === '')
    throw fail(
      'token',
      'is empty: commit-method api and pull requests call the GitHub API with it (default: github.token)',
    )
}

/**
 * Why `name` is not a branch name as `git check-ref-format --branch` accepts it
 * (git-check-ref-format(1), rules 1 to 10, and no leading `-`), or undefined when it is one.
 * So a branch can never turn a refspec into two refs (`main:refs/heads/other`) or an option.
 */
export function branchNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty'
  if (name.startsWith('-')) return 'it starts with "-"'
  if (name === '@' || name === 'HEAD') return `${name} names no branch`
  const character = /[\p{Cc} ~^:?*[\\]/u.exec(name)?.[0]
  if (character !== undefined) return `it contains ${JSON.stringify(character)}`
  if (name.includes('..')) return 'it contains ".."'
  if (name.includes('@{')) return 'it contains "@{"'
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
    return 'it starts or ends with "/" or has an empty part between slashes'
  if (name.endsWith('.')) return 'it ends with "."'
  const part = name.split('/').find((component) => component.startsWith('.') || component.endsWith('.lock'))
  if (part !== undefined) return `its part ${JSON.stringify(part)} starts with "." or ends with ".lock"`
  return undefined
}

/** A branch name, or an error naming the input and what git refuses in it. */
export function checkBranchName(name: string, input: InputName): void {
  const problem = branchNameProblem(name)
  if (problem !== undefined)
    throw fail(
      input,
      `${JSON.stringify(name)} is not a branch name git accepts (git check-ref-format --branch): ${problem}`,
    )
}

/** git commit-tree -m takes an argument, and an argument cannot hold a NUL byte. */
function checkCommitMessage(message: string): void {
  if (message.includes('\0')) throw fail('commit-message', 'contains a NUL byte, which a commit message cannot hold')
}

/**
 * Characters @actions/artifact refuses in an artifact's name (its validateArtifactName, and
 * validateFilePath for the files in it), checked here so the upload cannot fail after the
 * units were written. Its reason: file systems such as NTFS cannot hold them.
 */
const ARTIFACT_FILE_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n']
const ARTIFACT_NAME_CHARACTERS = [...ARTIFACT_FILE_CHARACTERS, '\\', '/']

/** Why @actions/artifact would refuse `name` as an artifact's name, or a file's when `file`. */
export function artifactNameProblem(name: string, file = false): string | undefined {
  if (name === '') return 'it is empty'
  const character = (file ? ARTIFACT_FILE_CHARACTERS : ARTIFACT_NAME_CHARACTERS).find((c) => name.includes(c))
  if (character !== undefined)
    return `it contains ${JSON.stringify(character)}, which the artifact service refuses (@actions/artifact: ${(file ? ARTIFACT_FILE_CHARACTERS : ARTIFACT_NAME_CHARACTERS).map((c) => JSON.stringify(c)).join(' ')} are not allowed)`
  return undefined
}

export function checkArtifactName(name: string, input: InputName): void {
  const problem = artifactNameProblem(name)
  if (problem !== undefined) throw fail(input, `${JSON.stringify(name)} is not an artifact name: ${problem}`)
}

/** `archive-prefix` as a relative directory path ending in `/` (or '' for the archive's root). */
export function archivePrefix(input: string): string {
  const path = normalise(input.trim())
  const parts = path.split('/')
  if (path !== '' && parts.some((part) => part === '..' || part === '.' || part === '')) {
    throw fail('archive-prefix', `expected a relative directory inside the archive, got ${JSON.stringify(input)}`)
  }
  if (/\p{Cc}/u.test(path))
    throw fail(
      'archive-prefix',
      `${JSON.stringify(input)} contains a control character, which no path in an archive should`,
    )
  return path === '' ? '' : `${path}/`
}

/** append-to names a gzip-compressed tarball by its path: a file name, not a directory. */
function checkAppendTo(path: string): void {
  if (/\p{Cc}/u.test(path)) throw fail('append-to', `${JSON.stringify(path)} contains a control character`)
  if (!/\.(tar\.gz|tgz)$/i.test(path))
    throw fail('append-to', `expected the path of a .tar.gz or .tgz file, got ${JSON.stringify(path)}`)
}

/**
 * The largest time an archive entry can carry: tar's 12-byte mtime field holds 11 octal digits
 * (POSIX pax, ustar header), 8^11 - 1 seconds, in the year 2242.
 */
export const MAX_ARCHIVE_TIME = 8 ** 11 - 1

/** SOURCE_DATE_EPOCH (reproducible-builds.org/specs/source-date-epoch) in seconds; undefined when unset. */
export function sourceDateEpoch(env: Environment): number | undefined {
  const epoch = env['SOURCE_DATE_EPOCH']
  if (epoch === undefined || epoch === '') return undefined
  if (!/^\d+$/.test(epoch))
    throw new SystemdUnitsError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got ${JSON.stringify(epoch)}`)
  const seconds = Number(epoch)
  if (seconds > MAX_ARCHIVE_TIME)
    throw new SystemdUnitsError(
      `SOURCE_DATE_EPOCH must be at most ${MAX_ARCHIVE_TIME} (the largest time a tar header holds), got ${epoch}`,
    )
  return seconds
}

/** The repository the workflow runs for, as the API calls need it. */
export function checkRepository(env: Environment): { owner: string; repo: string } {
  const [owner, repo, ...rest] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  if (!owner || !repo || rest.length > 0 || /[\s\p{Cc}]/u.test(env['GITHUB_REPOSITORY']!)) {
    throw new SystemdUnitsError(
      `GITHUB_REPOSITORY must be owner/name, got ${JSON.stringify(env['GITHUB_REPOSITORY'] ?? '')}`,
    )
  }
  return { owner, repo }
}

/** A number of milliseconds from the environment, or undefined when unset; anything else is an error. */
export function positiveInteger(env: Environment, name: string): number | undefined {
  const value = env[name]
  if (value === undefined || value === '') return undefined
  if (!/^\d+$/.test(value))
    throw new SystemdUnitsError(`${name} must be a whole number of milliseconds, got ${JSON.stringify(value)}`)
  return Number(value)
}
