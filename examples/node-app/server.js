// Answers every request with the service's name: enough for systemd-units to find an entry point
// (package.json "main") and for a deploy to prove the unit starts it.
import { createServer } from 'node:http'

const port = Number(process.env.PORT ?? 4000)
createServer((_request, response) => response.end('webhook-relay\n')).listen(port, '127.0.0.1')
