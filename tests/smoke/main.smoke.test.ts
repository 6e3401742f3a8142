import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { channelFor, methodNames } from '../../shared/ipc/methods';

const root = resolve(import.meta.dirname, '../..');

interface ChannelReport {
  malformedNumber: { ok: boolean; error?: { code: string; message: string } };
  malformedExtra: { ok: boolean; error?: { code: string; message: string } };
  foreign: { ok: boolean; error?: { code: string } };
  trustedInfo?: { ok: boolean; value?: { articleCount: number } };
}
interface BootReport {
  title: string;
  webPreferences: Record<string, unknown>;
  preloadExists: boolean;
  loaded: { file?: string; url?: string };
  permissionChecks: unknown[];
  privilegedSchemes: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  protocol: Record<string, { status: number | string; type?: string | null; csp?: string | null; hasRoot?: boolean }>;
  scripts: Record<string, { status: number | string; type?: string | null; csp?: string | null }>;
  menu: string[][];
  csp: Record<string, string[]>;
  navigation: { external: boolean; otherFile: boolean; self: boolean };
  windowOpen: Record<string, { action: string }>;
  openedExternally: string[];
  permissionGranted: boolean;
  channels: Record<string, ChannelReport>;
  themeChange: { ok: boolean };
  reextractStarted: { ok: boolean; value?: { jobId: string } };
  pushed: Array<{ channel: string; type: string; state?: string }>;
}

let report: BootReport;

beforeAll(() => {
  if (!existsSync(join(root, 'out/main/main.js'))) {
    throw new Error('out/main/main.js is missing: run `npm run build` first (npm test does).');
  }
  const stdout = execFileSync(process.execPath, [join(root, 'tests/smoke/boot.mjs')], { cwd: root, encoding: 'utf8', timeout: 90_000 });
  report = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as BootReport;
  // Booting starts the service host worker and re-extracts the seeds: slow on a loaded 2-core machine.
}, 120_000);

describe('built main process under a stand-in electron module', () => {
  it('creates the window with the secure web preferences and the app title', () => {
    expect(report.title).toBe('Crosscheck — Kiểm chứng');
    expect(report.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(report.preloadExists).toBe(true);
    // Served from app://, never file://, and ELECTRON_RENDERER_URL (set by the boot script) is ignored.
    expect(report.loaded).toEqual({ url: 'app://crosscheck/index.html' });
  });

  it('applies a strict Content-Security-Policy to every response', () => {
    const csp = report.csp['Content-Security-Policy']?.[0] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(report.csp['X-Test']).toEqual(['1']);
  });

  it('refuses navigation away from the app and every window.open', () => {
    expect(report.navigation).toEqual({ external: true, otherFile: true, self: false });
    for (const outcome of Object.values(report.windowOpen)) expect(outcome).toEqual({ action: 'deny' });
    // Only the http(s) link reached the OS browser.
    expect(report.openedExternally).toEqual(['https://example.com/a']);
    expect(report.permissionGranted).toBe(false);
  });

  it('serves the built renderer over app://crosscheck only, with the CSP, and nothing outside it', () => {
    expect(report.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    for (const key of ['index', 'root'] as const) {
      expect(report.protocol[key]).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', hasRoot: true });
      expect(report.protocol[key]?.csp).toContain("default-src 'none'");
    }
    for (const key of ['traversal', 'encodedSlash', 'otherHost', 'missing'] as const) expect(report.protocol[key], key).toMatchObject({ status: 404 });
  });

  it('keeps the extraction engine and zod out of the first script, in chunks the app serves when asked', () => {
    // (The desk's first screen needs neither: loading them apart cut its time to interactive; issue 9.)
    const assets = join(root, 'out/renderer/assets');
    const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync(join(root, 'out/renderer/index.html'), 'utf8'))?.[1];
    expect(entry).toBeTruthy();
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const holding = (marker: string) => scripts.filter((f) => readFileSync(join(assets, f), 'utf8').includes(marker));
    // (The bundle is minified, comments and names gone: each is told by a string of its own code that
    // minifying keeps — the extraction engine's check of its day patterns in shared/extract/eventDay.ts, zod's
    // name of its object schema.)
    for (const marker of ['a look-around left in', 'ZodObject']) {
      const files = holding(marker);
      expect(files.length, marker).toBeGreaterThan(0);
      expect(files, marker).not.toContain(entry);
    }
    expect(Object.keys(report.scripts).sort()).toEqual(scripts.sort());
    for (const [f, served] of Object.entries(report.scripts)) expect(served, f).toMatchObject({ status: 200, type: expect.stringContaining('javascript') });
  });

  it('refuses every permission check and sets a production menu without reload or developer tools', () => {
    expect(report.permissionChecks).toEqual([false, false, false, false]);
    expect(report.menu).toHaveLength(1);
    const entries = report.menu[0] ?? [];
    expect(entries).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'selectAll']));
    for (const forbidden of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) expect(entries).not.toContain(forbidden);
  });

  it('registers a handler for every contract method, and each rejects malformed input and foreign senders', () => {
    expect(Object.keys(report.channels).sort()).toEqual(methodNames.map(channelFor).sort());
    for (const [channel, r] of Object.entries(report.channels)) {
      expect(r.malformedNumber, channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(r.malformedExtra, channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(r.foreign, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      // Errors are sentences for the user, never stack traces.
      expect(r.malformedNumber.error?.message ?? '').not.toMatch(/\n\s+at /);
    }
  });

  it('starts on the seeds workspace when none exists', () => {
    const info = report.channels[channelFor('getWorkspaceInfo')]?.trustedInfo;
    expect(info).toMatchObject({ ok: true, value: { articleCount: 5 } });
  });

  it('runs the services in the service host worker: main holds none of their code, and answers come from the worker', () => {
    const mainFiles = readdirSync(join(root, 'out/main')).filter((f) => f.endsWith('.js') && f !== 'serviceWorker.js');
    for (const file of mainFiles) {
      const code = readFileSync(join(root, 'out/main', file), 'utf8');
      expect(code, file).not.toMatch(/class WorkspaceService|detectFindings|FindingsAnalysis|extractClaims/);
    }
    expect(readFileSync(join(root, 'out/main/serviceWorker.js'), 'utf8')).toMatch(/FindingsAnalysis/);
    // The seeds' 5 articles could only have come from the worker.
    expect(report.channels[channelFor('getWorkspaceInfo')]?.trustedInfo).toMatchObject({ ok: true, value: { articleCount: 5 } });
  });

  it('pushes changes and job progress to the window on one event channel', () => {
    expect(report.themeChange).toMatchObject({ ok: true });
    expect(report.reextractStarted).toMatchObject({ ok: true });
    expect(new Set(report.pushed.map((p) => p.channel))).toEqual(new Set(['crosscheck:event']));
    const jobs = report.pushed.filter((p) => p.type === 'job');
    expect(jobs.at(-1)?.state).toBe('finished');
    expect(jobs.some((p) => p.state === 'running')).toBe(true);
  });
});

describe('built main process when its workspace cannot be opened', () => {
  it('says why in a dialog (Vietnamese, then English, with how to free a lock) and quits, with no window', () => {
    const stdout = execFileSync(process.execPath, [join(root, 'tests/smoke/boot.mjs')], { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...process.env, SMOKE_LOCKED: '1' } });
    const locked = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { errorBoxes: [string, string][]; quitCalls: number; windows: number; lockPath: string };
    expect(locked.windows).toBe(0);
    expect(locked.quitCalls).toBeGreaterThan(0);
    expect(locked.errorBoxes).toHaveLength(1);
    const [title, body] = locked.errorBoxes[0] ?? ['', ''];
    expect(title).toContain('Crosscheck không mở được không gian làm việc');
    expect(body).toContain('tiến trình 4242 trên máy may-bien-tap-2');
    expect(body).toContain(`hãy xóa tệp khóa ${locked.lockPath}`);
    expect(body).toContain('This workspace is open in Crosscheck, process 4242 on may-bien-tap-2');
  }, 120_000);
});
