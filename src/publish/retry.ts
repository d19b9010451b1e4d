import { messageOf } from '../shared/errors.js'
import { excerpt } from '../shared/text.js'
import type { Environment } from '../shared/environment.js'
import { positiveInteger } from './publish-checks.js'

/**
 * The one place publishing retries: transient failures of the GitHub API and the artifact
 * service, and pushes that lost a race with another push. Each caller says which errors are
 * worth another try; everything else fails at once.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number
  /** Wait before the second try; it doubles for each try after. */
  firstDelayMs: number
  /** Where each retry is logged; nowhere when unset. */
  log?: (message: string) => void
}

/** Waits of 1, 2 and 4 s ride out a service's brief outage without holding a job for minutes. */
const DEFAULT_POLICY: RetryPolicy = { attempts: 4, firstDelayMs: 1000 }

/** The policy, with SYSTEMD_UNITS_RETRY_DELAY_MS to shorten or lengthen the waits (slow GHES, fast tests). */
export function retryPolicy(env: Environment = process.env, log?: (message: string) => void): RetryPolicy {
  return {
    ...DEFAULT_POLICY,
    ...(log && { log }),
    firstDelayMs: positiveInteger(env, 'SYSTEMD_UNITS_RETRY_DELAY_MS') ?? DEFAULT_POLICY.firstDelayMs,
  }
}

/** The error of the last try when every try failed; `cause` is that try's error. */
export class RetriesExhausted extends Error {
  constructor(what: string, attempts: number, cause: unknown) {
    super(`${what} failed ${attempts} times; the last error: ${excerpt(messageOf(cause))}`, { cause })
    this.name = 'RetriesExhausted'
  }
}

/**
 * Run `operation` until it succeeds, `retryable` says an error is final, or the policy's tries are
 * used up; each retry is logged with (an excerpt of) the error that caused it.
 */
export async function withRetry<T>(
  what: string,
  operation: (attempt: number) => Promise<T>,
  retryable: (error: unknown) => boolean,
  policy: RetryPolicy,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      if (!retryable(error)) throw error
      if (attempt >= policy.attempts) throw new RetriesExhausted(what, attempt, error)
      const delay = policy.firstDelayMs * 2 ** (attempt - 1)
      policy.log?.(
        `${what} failed (${excerpt(messageOf(error))}); try ${attempt + 1} of ${policy.attempts} in ${delay} ms`,
      )
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}
