import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { json, LoopbackServer, type Request } from './loopback-server.js'

/**
 * The part of GitHub's REST and GraphQL APIs that publishing uses, over one repository held in
 * memory: refs, commits as whole file maps, compare, merges, pull requests, and
 * createCommitOnBranch with its expectedHeadOid check. It answers as GitHub does, refusals
 * included, and logs every request for the tests to assert on.
 */
export interface FakeCommit {
  oid: string
  parents: string[]
  message: string
  files: Map<string, string>
}

export interface FakePull {
  number: number
  head: string
  base: string
  title: string
  body: string
  state: 'open' | 'closed'
  html_url: string
}

/** What the token may do, as a workflow's `permissions:` grants it. */
export interface FakePermissions {
  contents: 'read' | 'write'
  pullRequests: 'none' | 'write'
}

export const OWNER = 'acme'
export const REPO = 'shop'
export const TOKEN = 'ghs_fakeTokenThatMustNeverBePrinted0123'

/** The `input` of the createCommitOnBranch mutation, as far as the fake reads it. */
interface CommitInput {
  branch: { branchName: string }
  expectedHeadOid: string
  message: { headline: string; body?: string }
  fileChanges: { additions?: Array<{ path: string; contents: string }>; deletions?: Array<{ path: string }> }
}

export class FakeGitHub {
  readonly commits = new Map<string, FakeCommit>()
  readonly branches = new Map<string, string>()
  readonly pulls: FakePull[] = []
  permissions: FakePermissions = { contents: 'write', pullRequests: 'write' }
  /** Runs before createCommitOnBranch is applied, once: a concurrent push lands first. */
  beforeNextCommit: (() => void) | undefined
  /** The next createCommitOnBranch is applied but its answer is lost: the connection drops. */
  loseNextCommitAnswer = false

  private constructor(readonly server: LoopbackServer) {}

  static async start(files: Record<string, string>): Promise<FakeGitHub> {
    let self: FakeGitHub | undefined
    const server = await LoopbackServer.start((request, response) => self!.handle(request, response))
    self = new FakeGitHub(server)
    self.branches.set('main', self.commit([], 'Start the project', new Map(Object.entries(files))))
    return self
  }

  get url(): string {
    return this.server.url
  }

  /** The environment the runner gives an action in this repository. */
  env(): Record<string, string> {
    return {
      GITHUB_API_URL: this.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REF: 'refs/heads/main',
    }
  }

  close(): Promise<void> {
    return this.server.close()
  }

  /** A commit; returns its oid. */
  commit(parents: string[], message: string, files: Map<string, string>): string {
    const oid = createHash('sha1')
      .update(JSON.stringify({ parents, message, files: [...files].sort(), n: this.commits.size }))
      .digest('hex')
    this.commits.set(oid, { oid, parents, message, files })
    return oid
  }

  /** Someone else pushes `files` onto `branch`. */
  pushElsewhere(branch: string, files: Record<string, string>, message = 'Edit elsewhere'): string {
    const head = this.head(branch)
    const oid = this.commit([head.oid], message, new Map([...head.files, ...Object.entries(files)]))
    this.branches.set(branch, oid)
    return oid
  }

  head(branch: string): FakeCommit {
    return this.commits.get(this.branches.get(branch)!)!
  }

  /** Requests by `METHOD path` (GraphQL as `graphql OperationName`), for asserting what was called. */
  calls(): string[] {
    return this.server.requests.map((request) =>
      request.path === '/graphql' ? `graphql ${operationOf(request)}` : `${request.method} ${request.path}`,
    )
  }

  private handle(request: Request, response: ServerResponse): void {
    if (request.headers.authorization !== `token ${TOKEN}`) return json(response, 401, { message: 'Bad credentials' })
    if (request.path === '/graphql') return this.graphql(request, response)
    const prefix = `/repos/${OWNER}/${REPO}`
    if (!request.path.startsWith(prefix)) return json(response, 404, { message: 'Not Found' })
    const path = request.path.slice(prefix.length)
    const body = request.body.length > 0 ? JSON.parse(request.body.toString('utf8')) : {}
    const route = `${request.method} ${path}`
    let match: RegExpMatchArray | null
    if ((match = route.match(/^GET \/git\/ref\/heads\/(.+)$/))) return this.getRef(response, match[1]!)
    if ((match = route.match(/^GET \/git\/commits\/([0-9a-f]+)$/))) return this.getCommit(response, match[1]!)
    if (route === 'POST /git/refs') return this.createRef(response, body)
    if ((match = route.match(/^DELETE \/git\/refs\/heads\/(.+)$/))) return this.deleteRef(response, match[1]!)
    if ((match = route.match(/^GET \/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/)))
      return this.compare(response, match[1]!, match[2]!)
    if (route === 'POST /merges') return this.merge(response, body)
    if (route === 'GET /pulls') return this.listPulls(response, request.query)
    if (route === 'POST /pulls') return this.createPull(response, body)
    if ((match = route.match(/^PATCH \/pulls\/(\d+)$/))) return this.updatePull(response, Number(match[1]), body)
    json(response, 404, { message: 'Not Found' })
  }

  private getRef(response: ServerResponse, branch: string): void {
    const oid = this.branches.get(branch)
    if (!oid) return json(response, 404, { message: 'Not Found' })
    json(response, 200, { ref: `refs/heads/${branch}`, object: { sha: oid, type: 'commit' } })
  }

  private getCommit(response: ServerResponse, oid: string): void {
    const commit = this.commits.get(oid)
    if (!commit) return json(response, 404, { message: 'Not Found' })
    json(response, 200, { sha: oid, message: commit.message, parents: commit.parents.map((sha) => ({ sha })) })
  }

  private createRef(response: ServerResponse, body: { ref: string; sha: string }): void {
    if (this.permissions.contents !== 'write')
      return json(response, 403, { message: 'Resource not accessible by integration' })
    const branch = body.ref.replace(/^refs\/heads\//, '')
    if (this.branches.has(branch)) return json(response, 422, { message: 'Reference already exists' })
    this.branches.set(branch, body.sha)
    json(response, 201, { ref: body.ref, object: { sha: body.sha, type: 'commit' } })
  }

  private deleteRef(response: ServerResponse, branch: string): void {
    if (this.permissions.contents !== 'write')
      return json(response, 403, { message: 'Resource not accessible by integration' })
    if (!this.branches.delete(branch)) return json(response, 422, { message: 'Reference does not exist' })
    response.writeHead(204).end()
  }

  private compare(response: ServerResponse, base: string, head: string): void {
    const status =
      base === head
        ? 'identical'
        : this.ancestors(head).has(base)
          ? 'ahead'
          : this.ancestors(base).has(head)
            ? 'behind'
            : 'diverged'
    json(response, 200, { status })
  }

  /** POST /merges: merge `head` (a sha) into the branch `base`; 204 when it is already in. */
  private merge(response: ServerResponse, body: { base: string; head: string; commit_message?: string }): void {
    if (this.permissions.contents !== 'write')
      return json(response, 403, { message: 'Resource not accessible by integration' })
    const ours = this.head(body.base)
    if (this.ancestors(ours.oid).has(body.head)) return void response.writeHead(204).end()
    const theirs = this.commits.get(body.head)!
    const base = this.commits.get([...this.ancestors(theirs.oid)].find((oid) => this.ancestors(ours.oid).has(oid))!)!
    const files = new Map(ours.files)
    for (const path of new Set([...base.files.keys(), ...theirs.files.keys()])) {
      if (theirs.files.get(path) === base.files.get(path)) continue
      if (ours.files.get(path) !== base.files.get(path) && ours.files.get(path) !== theirs.files.get(path))
        return json(response, 409, { message: 'Merge conflict' })
      if (theirs.files.has(path)) files.set(path, theirs.files.get(path)!)
      else files.delete(path)
    }
    const oid = this.commit([ours.oid, theirs.oid], body.commit_message ?? 'Merge', files)
    this.branches.set(body.base, oid)
    json(response, 201, { sha: oid })
  }

  private listPulls(response: ServerResponse, query: URLSearchParams): void {
    const head = query.get('head')?.replace(`${OWNER}:`, '')
    json(
      response,
      200,
      this.pulls.filter(
        (pull) =>
          pull.state === query.get('state') &&
          (!head || pull.head === head) &&
          (!query.get('base') || pull.base === query.get('base')),
      ),
    )
  }

  private createPull(
    response: ServerResponse,
    body: { head: string; base: string; title: string; body: string },
  ): void {
    if (this.permissions.pullRequests !== 'write')
      return json(response, 403, { message: 'Resource not accessible by integration' })
    if (this.pulls.some((pull) => pull.state === 'open' && pull.head === body.head && pull.base === body.base)) {
      return json(response, 422, {
        message: 'Validation Failed',
        errors: [{ message: `A pull request already exists for ${OWNER}:${body.head}.` }],
      })
    }
    const number = this.pulls.length + 1
    const pull: FakePull = {
      number,
      head: body.head,
      base: body.base,
      title: body.title,
      body: body.body,
      state: 'open',
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`,
    }
    this.pulls.push(pull)
    json(response, 201, pull)
  }

  private updatePull(response: ServerResponse, number: number, body: { title?: string; body?: string }): void {
    if (this.permissions.pullRequests !== 'write')
      return json(response, 403, { message: 'Resource not accessible by integration' })
    const pull = this.pulls.find((candidate) => candidate.number === number)
    if (!pull) return json(response, 404, { message: 'Not Found' })
    Object.assign(pull, body)
    json(response, 200, pull)
  }

  private graphql(request: Request, response: ServerResponse): void {
    const { query, variables } = JSON.parse(request.body.toString('utf8')) as {
      query: string
      variables: Record<string, unknown>
    }
    const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1]
    if (operation === 'UnitFiles') return this.unitFiles(response, variables as Record<string, string>)
    if (operation === 'CreateUnitsCommit') return this.createCommitOnBranch(response, variables['input'] as CommitInput)
    json(response, 200, { errors: [{ message: `unknown operation ${operation}` }] })
  }

  private unitFiles(response: ServerResponse, variables: Record<string, string>): void {
    const [oid, dir] = variables['expression']!.split(':') as [string, string]
    const commit = this.commits.get(oid)
    const prefix = dir ? `${dir}/` : ''
    const entries = [...(commit?.files ?? [])]
      .filter(([path]) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
      .map(([path, text]) => ({ name: path.slice(prefix.length), type: 'blob', object: { text } }))
    const object = entries.length > 0 ? { entries } : null
    json(response, 200, { data: { repository: { object } } })
  }

  private createCommitOnBranch(response: ServerResponse, input: CommitInput): void {
    if (this.permissions.contents !== 'write') {
      return json(response, 200, {
        data: { createCommitOnBranch: null },
        errors: [
          { type: 'FORBIDDEN', path: ['createCommitOnBranch'], message: 'Resource not accessible by integration' },
        ],
      })
    }
    this.beforeNextCommit?.()
    this.beforeNextCommit = undefined
    const branch = input.branch.branchName
    const head = this.branches.get(branch)
    if (head === undefined || head !== input.expectedHeadOid) {
      return json(response, 200, {
        data: { createCommitOnBranch: null },
        errors: [
          {
            type: 'STALE_DATA',
            path: ['createCommitOnBranch'],
            message: `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
          },
        ],
      })
    }
    const files = new Map(this.commits.get(head)!.files)
    for (const addition of input.fileChanges.additions ?? [])
      files.set(addition.path, Buffer.from(addition.contents, 'base64').toString('utf8'))
    for (const deletion of input.fileChanges.deletions ?? []) files.delete(deletion.path)
    const message = input.message.body ? `${input.message.headline}\n\n${input.message.body}` : input.message.headline
    const oid = this.commit([head], message, files)
    this.branches.set(branch, oid)
    if (this.loseNextCommitAnswer) {
      this.loseNextCommitAnswer = false
      return void response.socket?.destroy()
    }
    json(response, 200, { data: { createCommitOnBranch: { commit: { oid } } } })
  }

  private ancestors(oid: string): Set<string> {
    const seen = new Set<string>()
    const queue = [oid]
    while (queue.length > 0) {
      const next = queue.pop()!
      if (seen.has(next)) continue
      seen.add(next)
      queue.push(...(this.commits.get(next)?.parents ?? []))
    }
    return seen
  }
}

function operationOf(request: Request): string {
  return /^\s*(?:query|mutation)\s+(\w+)/.exec(JSON.parse(request.body.toString('utf8')).query)?.[1] ?? '?'
}
