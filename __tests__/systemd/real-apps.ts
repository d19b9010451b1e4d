// Real applications for the runtimes the hardening profiles know: an HTTP
// server each for Node, the BEAM and Python (Debian's, in the machine's
// root) and the stand-in release for native programs, as throwaway projects
// the engine generates units for, installed where those units run them.
import type { Runtime } from '../../src/units/hardening/profiles.js'
import { generateApp, installStandIn, installUnits, machineConfig, mixProject, type App } from './deploy.js'
import type { Machine } from './harness.js'

/** What every server answers: the request path, and its own PID and working directory, as JSON. */
export interface Answer {
  path: string
  pid: number
  cwd: string
}

const NODE_SERVER = `const http = require('node:http');
http
  .createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ path: request.url, pid: process.pid, cwd: process.cwd() }));
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
`

const PYTHON_SERVER = `#!/usr/bin/python3
import http.server, json, os

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"path": self.path, "pid": os.getpid(), "cwd": os.getcwd()}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

http.server.HTTPServer(("127.0.0.1", int(os.environ["PORT"])), Handler).serve_forever()
`

/** Expressions for `erl -eval`: gen_tcp in {packet, http_bin} mode, from the kernel application alone. */
const ERLANG_SERVER = `
{ok, Listen} = gen_tcp:listen(list_to_integer(os:getenv("PORT")),
  [binary, {ip, {127, 0, 0, 1}}, {active, false}, {reuseaddr, true}, {packet, http_bin}]),
Headers = fun Headers(Socket) ->
  case gen_tcp:recv(Socket, 0) of {ok, http_eoh} -> ok; {ok, _} -> Headers(Socket) end
end,
Serve = fun Serve() ->
  {ok, Socket} = gen_tcp:accept(Listen),
  {ok, {http_request, _, {abs_path, Path}, _}} = gen_tcp:recv(Socket, 0),
  ok = Headers(Socket),
  {ok, Cwd} = file:get_cwd(),
  Body = iolist_to_binary(["{\\"path\\":\\"", Path, "\\",\\"pid\\":", os:getpid(), ",\\"cwd\\":\\"", Cwd, "\\"}"]),
  ok = inet:setopts(Socket, [{packet, raw}]),
  ok = gen_tcp:send(Socket, ["HTTP/1.1 200 OK\\r\\ncontent-type: application/json\\r\\ncontent-length: ",
    integer_to_list(byte_size(Body)), "\\r\\nconnection: close\\r\\n\\r\\n", Body]),
  gen_tcp:close(Socket),
  Serve()
end,
Serve().
`

/** A release's start script reduced to what starts the BEAM: exec erl, which execs beam.smp. */
const ERLANG_RELEASE = `#!/bin/bash
[[ \${1-} == start ]] || { echo "usage: $0 start" >&2; exit 2; }
exec erl -noshell -eval "$(<"\${0%/*}/../server.erl")"
`

/** GETs a path from 127.0.0.1:port inside the machine, with Node as the client; undefined while nothing listens. */
export async function get(machine: Machine, port: number, path: string): Promise<Answer | undefined> {
  const client = `require('node:http')
    .get({ host: '127.0.0.1', port: ${port}, path: ${JSON.stringify(path)} }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk)).on('end', () => process.stdout.write(body));
    })
    .on('error', () => process.exit(7));`
  const { code, stdout } = await machine.exec(['node', '-e', client], { allowFailure: true })
  return code === 0 ? (JSON.parse(stdout) as Answer) : undefined
}

export interface RealApp {
  /** The project the units are generated from: a manifest of the runtime's ecosystem and a .systemd.yml. */
  files: Record<string, string>
  /** Installs the app where its units run it. */
  install(app: App): Promise<void>
  /** Where it serves; none for the native stand-in, which only idles. */
  port?: number
}

/** Ports, one per app: a test file's apps share its machine's network namespace. */
let nextPort = 8080

/**
 * An app of `runtime` named `name`, with `config` in its .systemd.yml, to
 * run on the machine `machine()` returns once the test runs (apps are
 * described before their file's machine boots). It serves on `port`, by
 * default the next free one of its file's.
 */
export function realApp(
  machine: () => Machine,
  runtime: Runtime,
  name: string,
  config: string,
  { port = nextPort++ }: { port?: number } = {},
): RealApp {
  const settings = machineConfig(`env_vars:\n  PORT: ${port}\nrestart_sec: 100ms\n${config}`)
  switch (runtime) {
    case 'node':
      return {
        port,
        files: {
          'package.json': JSON.stringify({ name: `@acme/${name}`, version: '1.0.0', main: 'server.js' }),
          '.systemd.yml': settings,
        },
        install: (app) => machine().writeFile(`${app.setting('current_dir')}/server.js`, NODE_SERVER),
      }
    case 'python':
      return {
        port,
        files: {
          'pyproject.toml': `[project]\nname = "${name}"\nversion = "1.0.0"\n\n[project.scripts]\n${name} = "web:main"\n`,
          '.systemd.yml': settings,
        },
        install: (app) => machine().writeFile(`${app.setting('current_dir')}/bin/${name}`, PYTHON_SERVER, 0o755),
      }
    case 'beam':
      return {
        port,
        files: mixProject(name.replaceAll('-', '_'), settings),
        install: async (app) => {
          await machine().writeFile(`${app.setting('current_dir')}/server.erl`, ERLANG_SERVER)
          await machine().writeFile(
            `${app.setting('current_dir')}/bin/${app.setting('release_name')}`,
            ERLANG_RELEASE,
            0o755,
          )
        },
      }
    case 'native':
      // No compiler in the machine: bash and coreutils are the native programs.
      // The stand-in logs next to the release, which strict makes read-only.
      return {
        files: {
          'Cargo.toml': `[package]\nname = "${name}"\nversion = "1.0.0"\n`,
          '.systemd.yml': machineConfig(
            `${config}exec_start: ["{{current_dir}}/bin/{{release_name}}", "start"]\nread_write_paths: ["{{current_dir}}/stand-in.log"]\n`,
          ),
        },
        install: (app) => installStandIn(machine(), app),
      }
  }
}

/** Generates the app's units, installs them with the app's user and group, and installs the app: ready to start. */
export async function deployRealApp(machine: Machine, real: RealApp): Promise<App> {
  const app = await generateApp(real.files)
  await installUnits(machine, app)
  await real.install(app)
  return app
}
