// One real application under our generated unit: a small Node HTTP server
// (Debian's nodejs, in the machine's root), found through package.json
// `main`, answering on 127.0.0.1 inside the machine's network namespace.
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { check } from './check-table.js';
import { cleanCheck, identityCheck, startsCheck } from './common-checks.js';
import { generateApp, installUnits, type App } from './deploy.js';
import { bootMachine, waitFor, type Machine } from './harness.js';
import { idsOf, mainPid, waitForNewMainPid } from './inspect.js';

let machine: Machine;

beforeAll(async () => {
  machine = await bootMachine();
});
afterAll(async () => {
  await machine?.shutdown();
});

/** Answers every request with who and where it runs, so the test can compare that with the unit. */
const SERVER = `const http = require('node:http');
http
  .createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({
      path: request.url,
      pid: process.pid,
      uid: process.getuid(),
      gid: process.getgid(),
      cwd: process.cwd(),
      runtimeDir: process.env.RUNTIME_DIR,
    }));
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
`;

interface Answer {
  path: string;
  pid: number;
  uid: number;
  gid: number;
  cwd: string;
  runtimeDir: string;
}

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

/** A configuration: the package `@acme/<app>` on `port`, with `extraConfig` in its .systemd.yml. */
function nodeAppChecks(title: string, { name, port, extraConfig = '' }: { name: string; port: number; extraConfig?: string }): void {
  describe(title, () => {
    let app: App;
    beforeAll(async () => {
      app = await generateApp({
        'package.json': JSON.stringify({ name: `@acme/${name}`, version: '1.0.0', main: 'server.js' }),
        '.systemd.yml': `env_vars:\n  PORT: ${port}\nrestart_sec: 100ms\n${extraConfig}`,
      });
      await installUnits(machine, app);
      await machine.writeFile(`${app.setting('current_dir')}/server.js`, SERVER);
    });

    startsCheck(() => machine, () => app);
    identityCheck(() => machine, () => app, { standIn: false });
    cleanCheck(() => machine, () => app);

    check('http', 'answers a request on 127.0.0.1 as app_user:app_group in working_dir', async () => {
      const answer = await waitFor(`the server to answer on port ${port}`, () => get(port, '/hello'));
      const ids = await idsOf(machine, app.setting('app_user'), app.setting('app_group'));
      expect(answer).toEqual({
        path: '/hello',
        pid: await mainPid(machine, app.service),
        ...ids,
        cwd: app.setting('working_dir'),
        runtimeDir: app.setting('runtime_dir'),
      });
    });

    check('kill-9', 'Restart= brings the server back after kill -9, answering again', async () => {
      const killed = await mainPid(machine, app.service);
      await machine.exec(['kill', '-9', String(killed)]);
      const restarted = await waitForNewMainPid(machine, app.service, killed);
      const answer = await waitFor(`the restarted server to answer on port ${port}`, () => get(port, '/again'));
      expect(answer.pid).toBe(restarted);
    });
  });
}

nodeAppChecks('node app (package.json main)', { name: 'hello-web', port: 8080 });
nodeAppChecks('node app + paranoia', { name: 'hello-web-paranoid', port: 8081, extraConfig: 'paranoia: true\n' });
