// The e2e loopback bridge: serves the built renderer and answers each contract method with the
// same handlers the Electron main process registers, over 127.0.0.1 only.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers, type Handlers } from '../../electron/ipc/handlers';
import { withContentSecurityPolicy } from '../../electron/security';
import { WorkspaceService } from '../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../electron/store/lowdbRepository';
import { BRIDGE_TOKEN_HEADER } from './bridgeToken';

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
function tokenPresented(req: IncomingMessage): boolean {
  const given = req.headers[BRIDGE_TOKEN_HEADER];
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
let dir = fixedWorkspace ? null : await mkdtemp(join(tmpdir(), 'crosscheck-e2e-'));
let service: WorkspaceService | undefined;
let handlers: Handlers;
let workspacePath = fixedWorkspace ?? join(dir as string, 'workspace.json');

async function openService(): Promise<void> {
  // One writer per workspace: the previous service lets go of it first (as the app does on quit).
  await service?.close();
  service = await WorkspaceService.open({
    repository: new LowdbWorkspaceRepository(workspacePath),
    seedsDir: join(root, 'seeds'),
    defaultReviewer: 'e2e-editor',
  });
  handlers = createHandlers(service as WorkspaceService, {
    openExternal: () => undefined,
    // The native dialogs are stood in for by what the test set with /__test/dialog.
    chooseImportPaths: async () => dialogAnswer.importPaths,
    chooseSavePath: async (defaultName) => (dialogAnswer.saveDir ? join(dialogAnswer.saveDir, defaultName) : null),
    paceImport: () => new Promise((r) => setTimeout(r, dialogAnswer.paceMs ?? 0)),
  });
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function send(res: ServerResponse, status: number, type: string, payload: string | Buffer): void {
  res.writeHead(status, withContentSecurityPolicy({ 'Content-Type': type, 'Cache-Control': 'no-store' }));
  res.end(payload);
}

await openService();

const server = createServer((req, res) => {
  void (async () => {
    if (!hostAllowed(req)) return send(res, 403, 'text/plain', 'forbidden host');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const acts = url.pathname.startsWith('/api/') || (url.pathname.startsWith('/__test/') && url.pathname !== '/__test/health');
    if (acts && !tokenPresented(req)) return send(res, 403, 'text/plain', 'missing or wrong bridge token');
    if (url.pathname.startsWith('/api/') && req.method === 'POST') {
      const result = await dispatch(handlers, url.pathname.slice(5), await body(req), (service as WorkspaceService).language);
      return send(res, 200, 'application/json', JSON.stringify(result));
    }
    if (url.pathname === '/__test/health') return send(res, 200, 'text/plain', 'ok');
    if (url.pathname === '/__test/reset' && req.method === 'POST') {
      // A fresh workspace for each test: first start on the seeds.
      dialogAnswer = { importPaths: null, saveDir: null };
      if (!fixedWorkspace) {
        if (dir) await rm(dir, { recursive: true, force: true });
        dir = await mkdtemp(join(tmpdir(), 'crosscheck-e2e-'));
        workspacePath = join(dir, 'workspace.json');
      }
      await openService();
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
