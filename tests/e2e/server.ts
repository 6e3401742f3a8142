// The e2e loopback bridge: serves the built renderer and answers each contract method with the
// same path the Electron main process takes (input checked against the contract, then forwarded to
// the service host worker thread), over 127.0.0.1 only. Pushed events (job progress, counts after
// a change, the worker's state) reach the page as server-sent events on /events.
import { timingSafeEqual } from 'node:crypto';
import { isPacked } from '../../shared/ipc/packed';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { DeskEvent } from '../../shared/ipc/contract';
import { ServiceHostClient } from '../../electron/host/client';
import { DeskConnector } from '../../electron/host/deskConnector';
import { parseInput } from '../../electron/ipc/dispatch';
import { withContentSecurityPolicy } from '../../electron/security';
import { BRIDGE_TOKEN_HEADER, PACKED_HEADER } from './bridgeToken';

const root = resolve(import.meta.dirname, '../..');
const rendererDir = join(root, 'out/renderer');
const port = Number(process.env.CROSSCHECK_E2E_PORT ?? 4517);
const token = process.env.CROSSCHECK_E2E_TOKEN;
if (!token || token.length < 16) throw new Error('CROSSCHECK_E2E_TOKEN (the per-run bridge token) must be set');
const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

/** The request names this server (no DNS rebinding) and, for anything that acts, carries the run's token. */
function hostAllowed(req: IncomingMessage): boolean {
  return allowedHosts.has(req.headers.host ?? '');
}
function tokenPresented(req: IncomingMessage, url: URL): boolean {
  const given = url.pathname === '/events' ? url.searchParams.get('token') : req.headers[BRIDGE_TOKEN_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token as string);
  return a.length === b.length && timingSafeEqual(a, b);
}
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// CROSSCHECK_E2E_WORKSPACE=<file>: serve that workspace file (the benchmark's generated one)
// instead of a fresh temp workspace started on the seeds; /__test/reset then only re-reads it.
const fixedWorkspace = process.env.CROSSCHECK_E2E_WORKSPACE ? resolve(process.env.CROSSCHECK_E2E_WORKSPACE) : null;

let dialogAnswer: { importPaths: string[] | null; saveDir: string | null; paceMs?: number } = { importPaths: null, saveDir: null };
/** This run's folder (tests/e2e/runFolder.ts), removed by the Playwright runner at exit; the system temp when run by hand. */
const runDir = process.env.CROSSCHECK_E2E_RUN_DIR ?? tmpdir();
let dir = fixedWorkspace ? null : await mkdtemp(join(runDir, 'crosscheck-e2e-'));
let host: ServiceHostClient | null = null;
let workspacePath = fixedWorkspace ?? join(dir as string, 'workspace.json');
const streams = new Set<ServerResponse>();

function push(event: DeskEvent): void {
  const checked = DeskEvent.safeParse(event);
  if (!checked.success) return;
  const line = `data: ${JSON.stringify(checked.data)}\n\n`;
  for (const res of streams) res.write(line);
}

// The worker the app runs (out/main/serviceWorker.js: `npm run build` first, as for the renderer).
const builtWorker = join(root, 'out/main/serviceWorker.js');

/** Settings → Shared desk as main answers it (no OS keychain here: a password is never remembered). */
let desk: DeskConnector | null = null;

/** Set on SIGTERM: no reset opens another workspace after that. */
let stopping = false;
/** The workspace a reset is opening, until it is open. */
let resetting: Promise<void> | null = null;

async function openService(): Promise<void> {
  const options = { workspacePath, seedsDir: join(root, 'seeds'), defaultReviewer: 'e2e-editor', paced: true };
  const connector = () => {
    desk = new DeskConnector({ host: host as ServiceHostClient, local: options, configPath: join(dir ?? tmpdir(), 'desk.json'), secrets: null, language: () => (host as ServiceHostClient).language });
  };
  // One worker for the whole run: a reset or a "restart" reopens the workspace from disk in it
  // (leaving a shared desk the previous test connected to).
  if (host) {
    await host.reopen(options);
    connector();
    return;
  }
  host = new ServiceHostClient({
    host: options,
    worker: { file: builtWorker },
    onEvent: push,
    deps: {
      openExternal: () => undefined,
      // The native dialogs are stood in for by what the test set with /__test/dialog.
      chooseImportPaths: async () => dialogAnswer.importPaths,
      chooseSavePath: async (defaultName) => (dialogAnswer.saveDir ? join(dialogAnswer.saveDir, defaultName) : null),
      paceImport: () => new Promise((r) => setTimeout(r, dialogAnswer.paceMs ?? 0)),
    },
  });
  await host.start();
  connector();
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function send(res: ServerResponse, status: number, type: string, payload: string | Buffer | Uint8Array, headers: Record<string, string> = {}): void {
  res.writeHead(status, withContentSecurityPolicy({ 'Content-Type': type, 'Cache-Control': 'no-store', ...headers }));
  res.end(payload);
}

await openService();

const server = createServer((req, res) => {
  void (async () => {
    if (!hostAllowed(req)) return send(res, 403, 'text/plain', 'forbidden host');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    // The event stream is read by EventSource, which cannot send headers: it carries the token in its query.
    const acts =
      url.pathname.startsWith('/api/') || url.pathname === '/events' || (url.pathname.startsWith('/__test/') && url.pathname !== '/__test/health');
    if (acts && !tokenPresented(req, url)) return send(res, 403, 'text/plain', 'missing or wrong bridge token');
    const service = host as ServiceHostClient;
    if (url.pathname.startsWith('/api/') && req.method === 'POST') {
      const parsed = parseInput(url.pathname.slice(5), await body(req), service.language);
      const connector = desk as DeskConnector;
      const result = !parsed.ok
        ? parsed
        : connector.handles(parsed.value.method)
          ? await connector.call(parsed.value.method, parsed.value.input)
          : await service.pass(parsed.value.method, parsed.value.input);
      // A listing's answer goes on as the worker's bytes, as main passes it to the window in the app;
      // the page's api reads them (renderer/src/api.ts, shared/ipc/packed.ts).
      if (isPacked(result)) return send(res, 200, 'application/octet-stream', result, { [PACKED_HEADER]: '1' });
      return send(res, 200, 'application/json', JSON.stringify(result));
    }
    if (url.pathname === '/events' && req.method === 'GET') {
      res.writeHead(200, withContentSecurityPolicy({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' }));
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname === '/__test/health') return send(res, 200, 'text/plain', 'ok');
    if (url.pathname === '/__test/reset' && req.method === 'POST') {
      // A reset arriving while the server is being stopped would make a folder after its clean-up.
      if (stopping) return send(res, 503, 'text/plain', 'stopping');
      // A fresh workspace for each test: first start on the seeds.
      dialogAnswer = { importPaths: null, saveDir: null };
      // The whole reset is awaited by the SIGTERM clean-up: the folder it makes is the one removed.
      resetting = (async () => {
        if (!fixedWorkspace) {
          // One writer per workspace: the worker lets go of the old one (checkpoint, lock) before it is removed.
          await host?.close();
          if (dir) await rm(dir, { recursive: true, force: true });
          dir = await mkdtemp(join(runDir, 'crosscheck-e2e-'));
          workspacePath = join(dir, 'workspace.json');
        }
        await openService();
      })();
      await resetting;
      return send(res, 200, 'application/json', JSON.stringify({ workspacePath }));
    }
    if (url.pathname === '/__test/dialog' && req.method === 'POST') {
      dialogAnswer = (await body(req)) as typeof dialogAnswer;
      return send(res, 200, 'application/json', '{}');
    }
    if (url.pathname === '/__test/reopen' && req.method === 'POST') {
      // Simulates quitting and restarting the app: everything is read back from disk.
      await openService();
      return send(res, 200, 'application/json', JSON.stringify({ workspacePath }));
    }
    if (url.pathname === '/__test/crash' && req.method === 'POST') {
      // Kills the service host worker as a crash would: the page must be told, and it comes back.
      await service.simulateCrash();
      return send(res, 200, 'application/json', '{}');
    }
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(rendererDir, rel));
    if (!file.startsWith(rendererDir)) return send(res, 403, 'text/plain', 'forbidden');
    try {
      return send(res, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
  })().catch((e: unknown) => send(res, 500, 'text/plain', String(e)));
});

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`crosscheck e2e bridge on http://127.0.0.1:${port}\n`);
});

// Stopped by Playwright (gracefulShutdown: SIGTERM): the worker lets go of the workspace, whose temp
// folder then goes (the served workspace file of CROSSCHECK_E2E_WORKSPACE is never removed).
// Bounded: a worker that has not let go within 3 s (a checkpoint on a loaded machine) is ended, and the
// folder goes before Playwright's SIGKILL (a crosscheck-e2e-* folder was left behind now and then: the
// worker, only asked to close, went on writing into it after it was removed).
// `on`, not `once`, and repeats ignored: a SIGTERM sent twice (to the process group and relayed by a
// launcher) must not end the process by the default action while the clean-up below is running.
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  void (async () => {
    try {
      // A reset still opening its fresh workspace (the last test's) finishes first: its worker and folder
      // are then the ones stopped and removed below.
      await Promise.race([resetting?.catch(() => undefined), new Promise((done) => setTimeout(done, 3_000))]);
      // Stop, not only close: the worker is ended after at most 3 s, so no checkpoint of it can write into
      // the folder (recreating what rm removed) while or after it goes; rm retries a folder busy meanwhile.
      await Promise.race([host?.stop(3_000).catch(() => undefined), new Promise((done) => setTimeout(done, 4_000))]);
      // A worker still opening its workspace (stop waits for it to be ready before asking it to close) is
      // ended here, so nothing of it writes into the folder once it is removed.
      await host?.simulateCrash().catch(() => undefined);
      if (!fixedWorkspace && dir) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
    } finally {
      process.exit(0);
    }
  })();
});
