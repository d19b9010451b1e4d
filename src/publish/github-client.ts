import { getOctokit } from '@actions/github'
import type { Environment } from '../shared/environment.js'
import { statusOf } from './permissions.js'
import { checkRepository, positiveInteger } from './publish-checks.js'
import { withRetry, type RetryPolicy } from './retry.js'

export type GitHub = ReturnType<typeof getOctokit>

/** The repository the workflow runs for. */
export interface Repository {
  owner: string
  repo: string
}

/** A request that has not answered in 30 s is treated as lost and tried again. */
const DEFAULT_TIMEOUT_MS = 30_000

export function repositoryOf(env: Environment): Repository {
  return checkRepository(env)
}

/**
 * Octokit for the workflow's GitHub (GITHUB_API_URL; GraphQL at `<api>/graphql`, or
 * `/api/graphql` for a GHES `/api/v3`), where every request times out and transient failures
 * (5xx, 429, dropped connections, timeouts: Octokit reports the last three as 500) are retried.
 */
export function githubClient(token: string, env: Environment, policy: RetryPolicy): GitHub {
  const github = getOctokit(token, { baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com' })
  const timeout = positiveInteger(env, 'SYSTEMD_UNITS_HTTP_TIMEOUT_MS') ?? DEFAULT_TIMEOUT_MS
  github.hook.wrap('request', (request, options) =>
    withRetry(
      `GitHub API ${options.method} ${options.url}`,
      async () => {
        // The inner hooks (authentication) were bound to this very object and re-read it, so a
        // fresh timeout per try is set on it rather than on a copy.
        options.request = { ...options.request, signal: AbortSignal.timeout(timeout) }
        return request(options)
      },
      isTransient,
      policy,
    ),
  )
  return github
}

function isTransient(error: unknown): boolean {
  const status = statusOf(error)
  return status !== undefined && (status >= 500 || status === 429)
}
