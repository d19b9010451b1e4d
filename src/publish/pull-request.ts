import { codeBlock } from '../shared/markdown.js'
import type { GitHub, Repository } from './github-client.js'
import { explainRefusal, needing, statusOf } from './permissions.js'

export interface PullRequestRequest {
  /** The branch holding the units commit. */
  head: string
  /** The branch to merge into (commit-branch). */
  base: string
  /** The commit message: its first line is the title. */
  message: string
  diff: string
}

/** GitHub refuses a body over 65536 characters; a diff that long is cut, the commit has it all. */
const MAX_DIFF_IN_BODY = 60_000

/** Open the pull request from `head` into `base`, or update the one already open; its URL. */
export async function openOrUpdatePullRequest(
  github: GitHub,
  repository: Repository,
  request: PullRequestRequest,
): Promise<string> {
  const [title] = request.message.split('\n')
  const body = pullRequestBody(request)
  const existing = await findOpen(github, repository, request)
  if (existing) {
    await needing('pull-requests: write', `updating pull request #${existing.number}`, () =>
      github.rest.pulls.update({ ...repository, pull_number: existing.number, title, body }),
    )
    return existing.html_url
  }
  try {
    const { data } = await github.rest.pulls.create({
      ...repository,
      head: request.head,
      base: request.base,
      title: title!,
      body,
    })
    return data.html_url
  } catch (error) {
    // 422 when one appeared meanwhile (or an earlier try created it before its answer was lost).
    const appeared = statusOf(error) === 422 ? await findOpen(github, repository, request) : undefined
    if (appeared) return appeared.html_url
    throw explainRefusal(
      error,
      `opening a pull request from ${request.head} into ${request.base}`,
      'pull-requests: write',
    )
  }
}

async function findOpen(
  github: GitHub,
  repository: Repository,
  request: PullRequestRequest,
): Promise<{ number: number; html_url: string } | undefined> {
  const { data } = await needing('pull-requests: write', `listing pull requests from ${request.head}`, () =>
    github.rest.pulls.list({
      ...repository,
      state: 'open',
      head: `${repository.owner}:${request.head}`,
      base: request.base,
    }),
  )
  return data[0]
}

function pullRequestBody(request: PullRequestRequest): string {
  const diff =
    request.diff.length > MAX_DIFF_IN_BODY
      ? `${request.diff.slice(0, MAX_DIFF_IN_BODY)}\n… (cut; the commit has the whole change)\n`
      : request.diff
  return [
    `The systemd units generated from this repository's configuration differ from those on \`${request.base}\`.`,
    'This branch is updated by the systemd-units action; merge it to bring the committed units up to date.',
    '',
    ...codeBlock(diff, 'diff'),
    '',
  ].join('\n')
}
