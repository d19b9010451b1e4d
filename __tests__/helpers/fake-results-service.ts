import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { json, LoopbackServer, type Request } from './loopback-server.js'

/**
 * The Actions results service as @actions/artifact 6 uses it: Twirp JSON calls CreateArtifact
 * and FinalizeArtifact, and an Azure-style blob URL that takes blocks and a block list. An
 * artifact exists for the run only once finalized, as on GitHub.
 */
const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'
export const RUN_ID = '4242'

export interface FinalizedArtifact {
  id: number
  name: string
  /** The zip as uploaded. */
  content: Buffer
  size: string
  hash: string | undefined
  expiresAt: string | undefined
}

export class FakeResultsService {
  readonly finalized: FinalizedArtifact[] = []
  /** Artifacts created and not (yet) finalized, by name, with their expiry. */
  private readonly pending = new Map<string, string | undefined>()
  private readonly blocks = new Map<string, Buffer>()
  private readonly blobs = new Map<string, Buffer>()

  private constructor(readonly server: LoopbackServer) {}

  static async start(): Promise<FakeResultsService> {
    let self: FakeResultsService | undefined
    const server = await LoopbackServer.start((request, response) => self!.handle(request, response))
    self = new FakeResultsService(server)
    return self
  }

  /** What the runner gives a job: the service URL, a runtime token for run 1 job 1, the run. */
  env(): Record<string, string> {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const token = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ scp: 'Actions.ExampleScope Actions.Results:run-1:job-1' })}.not-checked`
    return {
      ACTIONS_RESULTS_URL: `${this.server.url}/`,
      ACTIONS_RUNTIME_TOKEN: token,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: RUN_ID,
    }
  }

  close(): Promise<void> {
    return this.server.close()
  }

  /** Requests by Twirp method, or `PUT block` / `PUT blocklist` for the blob store. */
  calls(): string[] {
    return this.server.requests.map((request) =>
      request.path.startsWith(SERVICE)
        ? request.path.slice(SERVICE.length)
        : `${request.method} ${request.query.get('comp')}`,
    )
  }

  private handle(request: Request, response: ServerResponse): void {
    if (request.path.startsWith(SERVICE)) {
      if (request.headers.authorization !== `Bearer ${this.env()['ACTIONS_RUNTIME_TOKEN']}`)
        return json(response, 401, { code: 'unauthenticated', msg: 'bad token' })
      const body = JSON.parse(request.body.toString('utf8'))
      if (body.workflow_run_backend_id !== 'run-1' || body.workflow_job_run_backend_id !== 'job-1')
        return json(response, 400, { code: 'invalid_argument', msg: 'wrong run' })
      const method = request.path.slice(SERVICE.length)
      if (method === 'CreateArtifact') return this.create(response, body)
      if (method === 'FinalizeArtifact') return this.finalize(response, body)
      return json(response, 404, { code: 'bad_route', msg: method })
    }
    if (request.method === 'PUT' && request.path.startsWith('/blob/')) return this.putBlob(request, response)
    json(response, 404, { message: 'Not Found' })
  }

  private create(response: ServerResponse, body: { name: string; expires_at?: string }): void {
    if (this.finalized.some((artifact) => artifact.name === body.name)) {
      return json(response, 409, {
        code: 'already_exists',
        msg: 'an artifact with this name already exists on the workflow run',
      })
    }
    this.pending.set(body.name, body.expires_at)
    json(response, 200, {
      ok: true,
      signed_upload_url: `${this.server.url}/blob/acct/run-1/${encodeURIComponent(body.name)}.zip?sig=signature-secret`,
    })
  }

  /** Blocks are staged, then a block list commits them into the blob, in its order. */
  private putBlob(request: Request, response: ServerResponse): void {
    const blob = request.path
    const headers = {
      'x-ms-request-id': 'fake',
      'x-ms-version': '2025-01-05',
      etag: '"0x1"',
      'last-modified': new Date(0).toUTCString(),
    }
    if (request.query.get('comp') === 'block') {
      this.blocks.set(`${blob}#${request.query.get('blockid')}`, request.body)
      return void response.writeHead(201, headers).end()
    }
    if (request.query.get('comp') === 'blocklist') {
      const ids = [...request.body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map(
        (match) => match[1]!,
      )
      this.blobs.set(blob, Buffer.concat(ids.map((id) => this.blocks.get(`${blob}#${id}`)!)))
      return void response.writeHead(201, headers).end()
    }
    json(response, 400, { message: 'unsupported blob operation' })
  }

  private finalize(response: ServerResponse, body: { name: string; size: string; hash?: string }): void {
    const content = this.blobs.get(`/blob/acct/run-1/${body.name}.zip`)
    if (!this.pending.has(body.name) || !content)
      return json(response, 400, { code: 'failed_precondition', msg: 'nothing uploaded' })
    const id = 1000 + this.finalized.length
    this.finalized.push({
      id,
      name: body.name,
      content,
      size: body.size,
      hash: body.hash,
      expiresAt: this.pending.get(body.name),
    })
    this.pending.delete(body.name)
    json(response, 200, { ok: true, artifact_id: String(id) })
  }
}

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex')
}
