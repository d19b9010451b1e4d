import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/**
 * An HTTP server on 127.0.0.1 for the publishing tests, with faults to inject: the real
 * Octokit and @actions/artifact clients talk to it as they would to GitHub.
 */
export interface Request {
  method: string
  /** Path without the query, percent-decoded. */
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: Buffer
}

export type Handler = (request: Request, response: ServerResponse) => void | Promise<void>

/**
 * A fault for the next `times` requests that `matches`: a 500, a connection dropped before
 * any answer, or an answer that never comes (the client's timeout must give up on it).
 */
export interface Fault {
  matches: (request: Request) => boolean
  kind: 'status-500' | 'drop' | 'hang'
  times: number
}

export class LoopbackServer {
  readonly requests: Request[] = []
  private readonly faults: Fault[] = []
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  static async start(handler: Handler): Promise<LoopbackServer> {
    let self: LoopbackServer | undefined
    const server = createServer((incoming, response) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('end', () => {
        const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
        const request: Request = {
          method: incoming.method ?? 'GET',
          path: decodeURIComponent(url.pathname),
          query: url.searchParams,
          headers: incoming.headers,
          body: Buffer.concat(chunks),
        }
        self!.requests.push(request)
        const fault = self!.takeFault(request)
        if (fault === 'drop') return void incoming.socket.destroy()
        if (fault === 'hang') return
        if (fault === 'status-500') return json(response, 500, { message: 'Server Error', msg: 'injected failure' })
        Promise.resolve(handler(request, response)).catch((error: unknown) =>
          json(response, 500, { message: String(error) }),
        )
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    self = new LoopbackServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    return self
  }

  fail(kind: Fault['kind'], matches: (request: Request) => boolean, times = 1): void {
    this.faults.push({ kind, matches, times })
  }

  private takeFault(request: Request): Fault['kind'] | undefined {
    const fault = this.faults.find((candidate) => candidate.times > 0 && candidate.matches(request))
    if (!fault) return undefined
    fault.times--
    return fault.kind
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}

export function json(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  response.end(text)
}
