// Real applications under our generated units: an HTTP server per runtime
// the hardening profiles know (Node, the BEAM, Python: Debian's, in the
// machine's root; and native programs), each under no profile, `standard`
// and `strict`, answering on 127.0.0.1 inside the machine's network
// namespace. A profile is proven for a runtime when the app serves under it.
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { check } from './check-table.js';
import { runsCleanly } from './common-checks.js';
import { generateApp, installStandIn, installUnits, machineConfig, mixProject, type App } from './deploy.js';
import { bootMachine, waitFor, type Machine } from './harness.js';
import { mainPid, mainProcess, mountHolding, mountsOf, waitForNewMainPid } from './inspect.js';

let machine: Machine;

beforeAll(async () => {
  machine = await bootMachine();
});
afterAll(async () => {
  await machine?.shutdown();
});

/** What every server answers: the request path, and its own PID and working directory, as JSON. */
interface Answer {
  path: string;
  pid: number;
  cwd: string;
}

const NODE_SERVER = `const http = require('node:http');
http
  .createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ path: request.url, pid: process.pid, cwd: process.cwd() }));
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
`;

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
`;

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
`;

/** A release's start script reduced to what starts the BEAM: exec erl, which execs beam.smp. */
const ERLANG_RELEASE = `#!/bin/bash
[[ \${1-} == start ]] || { echo "usage: $0 start" >&2; exit 2; }
exec erl -noshell -eval "$(<"\${0%/*}/../server.erl")"
`;

/** GETs a path from 127.0.0.1:port inside the machine, with Node as the client; undefined while nothing listens. */
async function get(port: number, path: string): Promise<Answer | undefined> {
  const client = `require('node:http')
    .get({ host: '127.0.0.1', port: ${port}, path: ${JSON.stringify(path)} }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk)).on('end', () => process.stdout.write(body));
    })
    .on('error', () => process.exit(7));`;
  const { code, stdout } = await machine.exec(['node', '-e', client], { allowFailure: true });
  return code === 0 ? (JSON.parse(stdout) as Answer) : undefined;
}

type Runtime = 'node' | 'beam' | 'python' | 'native';
type Profile = 'none' | 'standard' | 'strict' | 'paranoia';

interface RealApp {
  /** The project the units are generated from: a manifest of the runtime's ecosystem and a .systemd.yml. */
  files: Record<string, string>;
  /** Installs the app where its units run it. */
  install(app: App): Promise<void>;
  /** Where it serves; none for the native stand-in, which only idles. */
  port?: number;
}

let nextPort = 8080;

/** An app of `runtime` named `name`, with `config` in its .systemd.yml. */
function realApp(runtime: Runtime, name: string, config: string): RealApp {
  const port = nextPort++;
  const settings = machineConfig(`env_vars:\n  PORT: ${port}\nrestart_sec: 100ms\n${config}`);
  switch (runtime) {
    case 'node':
      return {
        port,
        files: { 'package.json': JSON.stringify({ name: `@acme/${name}`, version: '1.0.0', main: 'server.js' }), '.systemd.yml': settings },
        install: (app) => machine.writeFile(`${app.setting('current_dir')}/server.js`, NODE_SERVER),
      };
    case 'python':
      return {
        port,
        files: {
          'pyproject.toml': `[project]\nname = "${name}"\nversion = "1.0.0"\n\n[project.scripts]\n${name} = "web:main"\n`,
          '.systemd.yml': settings,
        },
        install: (app) => machine.writeFile(`${app.setting('current_dir')}/bin/${name}`, PYTHON_SERVER, 0o755),
      };
    case 'beam':
      return {
        port,
        files: mixProject(name.replaceAll('-', '_'), settings),
        install: async (app) => {
          await machine.writeFile(`${app.setting('current_dir')}/server.erl`, ERLANG_SERVER);
          await machine.writeFile(`${app.setting('current_dir')}/bin/${app.setting('release_name')}`, ERLANG_RELEASE, 0o755);
        },
      };
    case 'native':
      // No compiler in the machine: bash and coreutils are the native programs.
      // The stand-in logs next to the release, which strict makes read-only.
      return {
        files: {
          'Cargo.toml': `[package]\nname = "${name}"\nversion = "1.0.0"\n`,
          '.systemd.yml': machineConfig(`${config}exec_start: ["{{current_dir}}/bin/{{release_name}}", "start"]\nread_write_paths: ["{{current_dir}}/stand-in.log"]\n`),
        },
        install: (app) => installStandIn(machine, app),
      };
  }
}

/** What each profile must show on the running process (the app serving is the rest of the proof). */
async function expectProfileInEffect(app: App, profile: Profile): Promise<void> {
  const main = await mainProcess(machine, app.service);
  const mounts = await mountsOf(machine, main.pid);
  const readOnly = (path: string): boolean => mountHolding(mounts, path)?.readOnly === true;
  const sandbox = {
    noNewPrivileges: main.noNewPrivileges,
    noCapabilities: main.capabilityBoundingSet === 0n,
    // Every profile filters some system calls (SystemCallArchitectures=, PrivateDevices=, Restrict*=).
    seccomp: main.seccomp === 2,
    privateTmp: /systemd-private-/.test(mounts.get('/tmp')?.root ?? ''),
    readOnlyUsr: readOnly('/usr'),
    readOnlyRoot: readOnly('/'),
    // Outside a user namespace, uid_map is the identity `0 0 4294967295`.
    privateUsers: !/^\s*0\s+0\s+4294967295\s*$/.test(main.uidMap),
  };
  const none = { noNewPrivileges: false, noCapabilities: false, seccomp: false, privateTmp: false, readOnlyUsr: false, readOnlyRoot: false, privateUsers: false };
  const sandboxed = { ...none, noNewPrivileges: true, seccomp: true, privateTmp: true, readOnlyUsr: true };
  const expected = {
    none,
    standard: { ...sandboxed, noCapabilities: true },
    strict: { ...sandboxed, noCapabilities: true, readOnlyRoot: true, privateUsers: true },
    paranoia: { ...sandboxed, privateUsers: true },
  }[profile];
  expect(sandbox).toEqual(expected);
}

function realAppChecks(runtime: Runtime, profile: Profile, { killNine = false } = {}): void {
  const name = `${runtime}-${profile}`;
  const config = profile === 'none' ? '' : profile === 'paranoia' ? 'paranoia: true\n' : `hardening: ${profile}\n`;
  const real = realApp(runtime, name, config);
  describe(`${runtime} app${profile === 'none' ? '' : `, ${profile}`}`, () => {
    let app: App;
    beforeAll(async () => {
      app = await generateApp(real.files);
      await installUnits(machine, app);
      await real.install(app);
    });
    runsCleanly(() => machine, () => app, { standIn: runtime === 'native' });

    const effect = profile === 'none' ? 'without a profile, the app runs unsandboxed' : `the ${profile} profile is in effect on the running app`;
    check('hardening', effect, async () => {
      await expectProfileInEffect(app, profile);
    });

    const { port } = real;
    if (port === undefined) return;
    check('http', 'answers a request on 127.0.0.1 from its main process, in working_dir', async () => {
      const answer = await waitFor(`the ${runtime} server to answer on port ${port}`, () => get(port, '/hello'));
      expect(answer).toEqual({ path: '/hello', pid: await mainPid(machine, app.service), cwd: app.setting('working_dir') });
    });

    if (!killNine) return;
    check('kill-9', 'Restart= brings the server back after kill -9, answering again', async () => {
      const killed = await mainPid(machine, app.service);
      await machine.exec(['kill', '-9', String(killed)]);
      const restarted = await waitForNewMainPid(machine, app.service, killed);
      const answer = await waitFor(`the restarted server to answer on port ${port}`, () => get(port, '/again'));
      expect(answer.pid).toBe(restarted);
    });
  });
}

for (const runtime of ['node', 'beam', 'python', 'native'] as const) {
  for (const profile of ['none', 'standard', 'strict'] as const) realAppChecks(runtime, profile, { killNine: runtime === 'node' && profile === 'none' });
}
realAppChecks('node', 'paranoia', { killNine: true });
