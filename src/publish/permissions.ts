import { SystemdUnitsError, messageOf } from '../shared/errors.js'
import { excerpt } from '../shared/text.js'

/** The `permissions:` entries a publishing step needs from the workflow's token. */
export type Permission = 'contents: read' | 'contents: write' | 'pull-requests: write'

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * Turn GitHub's refusal into a message that names the permission to add. GitHub answers 403,
 * or 404 for a repository the token may not see; GraphQL answers 200 with a FORBIDDEN or
 * NOT_FOUND error ("Resource not accessible by integration"). Other errors pass unchanged.
 */
export function explainRefusal(error: unknown, what: string, permission: Permission): unknown {
  const status = statusOf(error)
  const graphqlTypes = ((error as { errors?: Array<{ type?: string }> } | null)?.errors ?? []).map(
    (entry) => entry.type,
  )
  const refused =
    status === 401 ||
    status === 403 ||
    status === 404 ||
    graphqlTypes.includes('FORBIDDEN') ||
    graphqlTypes.includes('NOT_FOUND')
  if (!refused) return error
  const answer = status ? `HTTP ${status}: ${excerpt(messageOf(error))}` : excerpt(messageOf(error))
  return new SystemdUnitsError(
    `GitHub refused ${what} (${answer}): the token needs \`${permission}\`; add it to the job's \`permissions:\``,
    { kind: 'input', name: 'token' },
  )
}

/** Run one API call, naming the permission it needs if GitHub refuses it. */
export async function needing<T>(permission: Permission, what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw explainRefusal(error, what, permission)
  }
}
