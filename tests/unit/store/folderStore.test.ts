import { createHash } from 'node:crypto';
import { copyFile, lstat, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { openForWriting } from '../../../electron/services/open';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { verifyAuditChain } from '../../../electron/store/auditChain';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore, WorkspaceLockedError, WorkspaceOpenError } from '../../../electron/store/open';
import { EXTRACTOR_VERSION } from '../../../shared/extract';
import { Workspace } from '../../../shared/schema';
import { repoRoot, seedsDir, tempDir } from '../helpers';
import { cli as runCommand } from '../cli/helpers';

const fixture = join(repoRoot, 'tests/fixtures/workspace-v1.json');

/** The CLI in this process; `cliElsewhere` as another process (this test holds the workspace open). */
const cli = (...args: string[]) => runCommand(args);
const cliElsewhere = (...args: string[]) => runCommand(args, { process: true });

/** Every file under a folder with the sha256 of its bytes and its mode. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string, rel: string) => {
    for (const name of await readdir(d)) {
      const path = join(d, name);
      const info = await lstat(path);
      if (info.isDirectory()) await walk(path, join(rel, name));
      else out[join(rel, name)] = `${createHash('sha256').update(await readFile(path)).digest('hex')} ${info.mode.toString(8)} ${info.mtimeMs}`;
    }
  };
  await walk(dir, '');
  return out;
}

/** The real fs, with a switch that makes writes fail as a full disk does, and a log of every fsync. */
function wrappedFs() {
  const state = { full: false, log: [] as string[] };
  const fs: StoreFs = {
    ...nodeFs,
    open: (async (path: string, flags?: string | number, mode?: number) => {
      const handle = await fsp.open(path, flags, mode);
      const name = String(path).split('/').slice(-2).join('/');
      return new Proxy(handle, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver) as unknown;
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            if ((prop === 'write' || prop === 'writeFile') && state.full) {
              return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
            }
            if (prop === 'sync' || prop === 'datasync' || prop === 'write' || prop === 'writeFile') state.log.push(`${String(prop)} ${name}`);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
    }) as StoreFs['open'],
    rename: async (from, to) => {
      state.log.push(`rename ${String(to).split('/').slice(-2).join('/')}`);
      return fsp.rename(from, to);
    },
  };
  return { fs, state };
}

describe('lowdb folder store', () => {
  it('writes a folder of 0600 lowdb documents and a journal, and reads every commit back after a restart', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    const claim = service.workspace.claims[0]!;
    await service.reviewClaim({ claimId: claim.id, status: 'verified', note: 'Khớp số liệu' });
    const journal = await readdir(join(folder, 'journal'));
    const lines = (await readFile(join(folder, 'journal', journal[0]!), 'utf8')).trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ action: 'review.verified', set: [{ table: 'reviews', id: claim.id }] });
    await service.close();
    for (const [name, line] of Object.entries(await fingerprint(folder))) {
      expect(line.split(' ')[1], name).toBe('100600');
    }
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    const again = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    expect(again.workspace.reviews[claim.id]).toMatchObject({ status: 'verified', note: 'Khớp số liệu' });
    expect(again.workspace.articles).toHaveLength(5);
    expect(verifyAuditChain(again.workspace.auditLog)).toBe(-1);
    await again.close();
  });

  it('fsyncs the journal line before an action is acknowledged, and the folder when a file is created (power loss)', async () => {
    const folder = join(await tempDir(), 'ws');
    const { fs, state } = wrappedFs();
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder, undefined, { fs }), seedsDir, defaultReviewer: 'Lan' });
    const claim = service.workspace.claims[0]!;
    state.log.length = 0;
    await service.reviewClaim({ claimId: claim.id, status: 'flagged', flagReason: 'needs_source' });
    const at = state.log.length;
    // The line is written, then the journal fsynced, before reviewClaim resolved.
    const write = state.log.findIndex((l) => l.startsWith('write journal/'));
    const sync = state.log.findIndex((l, i) => i > write && l.startsWith('datasync journal/'));
    expect(write).toBeGreaterThanOrEqual(0);
    expect(sync).toBeGreaterThan(write);
    expect(sync).toBeLessThan(at);
    // A checkpoint: documents synced before the manifest is renamed in, and the folders synced.
    state.log.length = 0;
    await service.close();
    const manifestRename = state.log.indexOf('rename ws/workspace.json');
    expect(manifestRename).toBeGreaterThan(0);
    const docSyncs = state.log.slice(0, manifestRename).filter((l) => /^sync data\/\.tmp-/.test(l));
    expect(docSyncs.length).toBeGreaterThan(0);
    expect(state.log.slice(0, manifestRename)).toContain('sync ws/data');
    expect(state.log.slice(manifestRename)).toContain('sync tmp/ws'.replace('tmp/', state.log.find((l) => l.endsWith('/ws') && l.startsWith('sync '))?.slice(5, -2) ?? ''));
  });

  it('a failed save through the real IPC dispatch keeps nothing, a retry while failing fails, and a retry once freed is on disk', async () => {
    const folder = join(await tempDir(), 'ws');
    const { fs, state } = wrappedFs();
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder, undefined, { fs }), seedsDir, defaultReviewer: 'Lan' });
    const handlers = createHandlers(service, { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null });
    const claim = service.workspace.claims.find((c) => c.quote === '42,13%')!;
    const input = { claimId: claim.id, status: 'corrected', correctedValue: 42.1, note: 'Theo Sở' };
    state.full = true;
    expect(await dispatch(handlers, 'reviewClaim', input, 'vi')).toMatchObject({ ok: false, error: { code: 'save_failed' } });
    expect(await dispatch(handlers, 'reviewClaim', input, 'vi')).toMatchObject({ ok: false, error: { code: 'save_failed' } });
    expect(service.workspace.reviews[claim.id]).toBeUndefined();
    expect(await dispatch(handlers, 'getWorkspaceInfo', {}, 'vi')).toMatchObject({ ok: true, value: { canUndo: false } });
    state.full = false;
    expect(await dispatch(handlers, 'reviewClaim', input, 'vi')).toMatchObject({ ok: true, value: { status: 'corrected', correctedValue: 42.1 } });
    // Read back from disk by another (read-only) opening, as after a restart.
    const fromDisk = await openWorkspaceStore(folder, { mode: 'read' });
    expect((await fromDisk.reviews([claim.id]))[0]).toMatchObject({ status: 'corrected', correctedValue: 42.1, note: 'Theo Sở' });
    expect((await fromDisk.history([claim.id])).map((e) => e.action)).toEqual(['review.corrected']);
    expect(verifyAuditChain(await fromDisk.auditLog())).toBe(-1);
    await service.close();
  });

  it('drops a torn last journal line with a notice, and says when the audit chain is broken', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    const claim = service.workspace.claims[1]!;
    await service.reviewClaim({ claimId: claim.id, status: 'verified' });
    // Simulate a crash: the store is abandoned without closing; a half line is appended.
    const journal = join(folder, 'journal', (await readdir(join(folder, 'journal'))).sort().at(-1)!);
    await writeFile(journal, '{"seq": 99, "action": "review.ver', { flag: 'a' });
    await (service.store as unknown as { journal: fsp.FileHandle }).journal.close();
    await (service.store as unknown as { releaseLock: () => Promise<void> }).releaseLock();
    // Dead as after a crash: nothing of it may run again (no closing checkpoint).
    (service.store as unknown as { closed: boolean }).closed = true;
    const reopened = await openWorkspaceStore(folder, { mode: 'write' });
    expect(reopened.notices).toEqual([expect.objectContaining({ kind: 'torn-journal', droppedBytes: 33 })]);
    expect((await reopened.reviews([claim.id]))[0]?.status).toBe('verified');
    await reopened.close();
    // Tamper with a stored audit event: the chain no longer verifies, and opening says so.
    const data = join(folder, 'data');
    const auditDoc = (await readdir(data)).filter((n) => n.startsWith('audit-')).sort((a, b) => Number(b.split('.')[1]) - Number(a.split('.')[1]))[0]!;
    const doc = JSON.parse(await readFile(join(data, auditDoc), 'utf8')) as { events: { who: string }[] };
    doc.events[0]!.who = 'someone else';
    await writeFile(join(data, auditDoc), JSON.stringify(doc));
    const tampered = await openWorkspaceStore(folder, { mode: 'read' });
    expect(tampered.notices).toEqual([{ kind: 'audit-broken', atSeq: 0 }]);
  });

  it('refuses a record id that does not match the pattern when reading a document', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    await service.close();
    const data = join(folder, 'data');
    const content = (await readdir(data)).find((n) => n.startsWith('content-') && n.length > 0 && !n.endsWith('.0.json'))!;
    const doc = JSON.parse(await readFile(join(data, content), 'utf8')) as { claims: { id: string }[] };
    doc.claims[0]!.id = '../../etc/passwd';
    await writeFile(join(data, content), JSON.stringify(doc));
    await expect(openWorkspaceStore(folder, { mode: 'read' })).rejects.toThrow(/Invalid claims record id/);
  });

  it('keeps backups of earlier checkpoints and restores one (the current state kept as a backup too)', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    const claim = service.workspace.claims[2]!;
    await service.close();
    const second = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    await second.reviewClaim({ claimId: claim.id, status: 'rejected' });
    await second.close();
    const third = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    const backups = await third.listBackups();
    expect(backups.length).toBeGreaterThan(0);
    const before = backups.find((b) => b.seq < (backups[0]?.seq ?? 0)) ?? backups[0]!;
    await third.restoreBackup(before.id);
    expect(third.workspace.reviews[claim.id]).toBeUndefined();
    expect(third.workspace.auditLog.at(-1)).toMatchObject({ action: 'workspace.restore' });
    expect(verifyAuditChain(third.workspace.auditLog)).toBe(-1);
    await third.close();
    const listed = await cli('restore', '--workspace', folder, '--silent');
    expect(listed.code).toBe(0);
    const ids = (JSON.parse(listed.stdout) as { backups: { id: string }[] }).backups.map((b) => b.id);
    expect(ids.length).toBeGreaterThan(1);
  }, 240_000);

  it('opens the workspace a symbolic link points to, and says so', async () => {
    const dir = await tempDir();
    const real = join(dir, 'real-ws');
    await (await openForWriting(real, { seedsDir: null, defaultReviewer: 'Lan' })).close();
    await symlink(real, join(dir, 'link-ws'));
    const store = await openWorkspaceStore(join(dir, 'link-ws'), { mode: 'read' });
    expect(store.location).toBe(real);
    expect(store.notices).toContainEqual({ kind: 'symlink-resolved', from: join(dir, 'link-ws'), to: real });
  });

  it('takes over the lock of a dead process, and refuses a live one with the process named', async () => {
    const folder = join(await tempDir(), 'ws');
    await (await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan' })).close();
    await writeFile(join(folder, 'lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }));
    const store = await openWorkspaceStore(folder, { mode: 'write' });
    expect(store.notices).toContainEqual({ kind: 'stale-lock-taken', pid: 2 ** 22 + 12345, host: hostname() });
    await store.close();
    const parent = process.ppid;
    await writeFile(join(folder, 'lock'), JSON.stringify({ pid: parent, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }));
    const refused = await openWorkspaceStore(folder, { mode: 'write' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkspaceLockedError);
    expect((refused as WorkspaceLockedError).messages.vi).toContain(`tiến trình ${parent}`);
  });
});

describe('migration of a v1 single-file workspace (checked-in fixture written by the previous version)', () => {
  it('opens in the folder layout at the same path with every record, audit event and undo step, the original kept beside it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'workspace.json');
    await copyFile(fixture, path);
    const original = await readFile(fixture, 'utf8');
    const v1 = Workspace.parse(JSON.parse(original));
    const service = await openForWriting(path, { seedsDir, defaultReviewer: 'ai đó' });
    expect(service.notices).toContainEqual(expect.objectContaining({ kind: 'migrated', keptAt: join(dir, 'workspace.v1-original.json') }));
    expect(await readFile(join(dir, 'workspace.v1-original.json'), 'utf8')).toBe(original);
    expect((await stat(path)).isDirectory()).toBe(true);
    const ws = service.workspace;
    expect(ws.articles).toEqual(v1.articles);
    // The fixture was written by an older engine, so opening re-extracts it (upgrade). Every claim
    // keeps its id and its words (re-anchored); only what the engine reads around them may change.
    expect(v1.extractorVersion).toBeLessThan(EXTRACTOR_VERSION);
    expect(ws.extractorVersion).toBe(EXTRACTOR_VERSION);
    const words = (c: Workspace['claims'][number]) => ({ id: c.id, articleId: c.articleId, start: c.start, end: c.end, quote: c.quote, origin: c.origin });
    const byId = new Map(ws.claims.map((c) => [c.id, c]));
    for (const c of v1.claims) expect(byId.get(c.id) && words(byId.get(c.id)!), c.quote).toEqual(words(c));
    for (const c of ws.claims) expect(ws.articles.find((a) => a.id === c.articleId)?.text.slice(c.start, c.end)).toBe(c.quote);
    // Every review stays on the claim with the same words, unchanged.
    expect(ws.reviews).toEqual(v1.reviews);
    expect(Object.keys(v1.reviews)).toHaveLength(5);
    // Every finding decision survives on a finding about the same claims.
    const decided = v1.findings.filter((f) => f.decision);
    expect(decided.length).toBeGreaterThan(0);
    for (const f of decided) {
      expect(ws.findings.find((g) => g.type === f.type && g.claimIds.join() === f.claimIds.join())?.decision, f.id).toEqual(f.decision);
    }
    expect(ws.findings.filter((f) => f.decision)).toHaveLength(decided.length);
    // The audit trail is kept verbatim and still chains; the upgrade is appended to it.
    expect(ws.auditLog.slice(0, v1.auditLog.length)).toEqual(v1.auditLog);
    expect(ws.auditLog.slice(v1.auditLog.length).map((e) => e.action)).toContain('workspace.reextract');
    expect(verifyAuditChain(ws.auditLog)).toBe(-1);
    expect(ws.settings).toEqual(v1.settings);
    // The re-extraction changed no record an undo step names, so every undo and redo step is kept.
    expect(ws.history).toEqual(v1.history);
    // The undo steps still work: redo the step undone before the migration, then undo it again.
    const redone = await service.redo();
    expect(redone.action).toBe(v1.history?.redo.at(-1)?.action);
    const undone = await service.undo();
    expect(undone.action).toBe(redone.action);
    expect(service.workspace.reviews).toEqual(v1.reviews);
    await service.close();
    // No samples were added, and a second open does not migrate again.
    const again = await openForWriting(path, { seedsDir, defaultReviewer: 'ai đó' });
    expect(again.notices.filter((n) => n.kind === 'migrated')).toEqual([]);
    expect(again.workspace.articles).toHaveLength(v1.articles.length);
    await again.close();
  });
});

describe('writers and readers from other processes (CLI)', () => {
  it('refuses a second writer with one sentence naming the process, loses nothing, and lets read-only commands work meanwhile', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    const [a, b] = service.workspace.claims;
    await service.reviewClaim({ claimId: a!.id, status: 'verified' });
    const second = await cliElsewhere('review', b!.id, '--status', 'flagged', '--workspace', folder, '--lang', 'en');
    expect(second.code).not.toBe(0);
    expect(second.stderr.trim()).toBe(
      `crosscheck: This workspace is open in Crosscheck, process ${process.pid} (since ${JSON.parse(await readFile(join(folder, 'lock'), 'utf8')).startedAt}). Close it there (or let its command finish) and try again.`,
    );
    const listed = await cliElsewhere('list', '--workspace', folder, '--silent');
    expect(listed.code).toBe(0);
    const statuses = (JSON.parse(listed.stdout) as { articles: { claims: { id: string; status: string }[] }[] }).articles.flatMap((x) => x.claims);
    expect(statuses.find((c) => c.id === a!.id)?.status).toBe('verified');
    await service.reviewClaim({ claimId: b!.id, status: 'rejected' });
    await service.close();
    const after = await cli('review', a!.id, '--status', 'flagged', '--workspace', folder, '--silent');
    expect(after.code).toBe(0);
    const store = await openWorkspaceStore(folder, { mode: 'read' });
    expect((await store.reviews([a!.id, b!.id])).map((r) => r.status)).toEqual(['flagged', 'rejected']);
  }, 240_000);

  it.each([
    ['an unreadable file', async (p: string) => writeFile(p, '{"schemaVersion": 1, "articles": ['), 1, /cannot be read/],
    ['a newer single file', async (p: string) => writeFile(p, JSON.stringify({ schemaVersion: 3, articles: [] })), 1, /newer Crosscheck \(schemaVersion 3/],
    [
      'a newer workspace folder',
      async (p: string) => {
        await mkdir(p);
        await writeFile(join(p, 'workspace.json'), JSON.stringify({ format: 'crosscheck-workspace', schemaVersion: 7, checkpointSeq: 0, documents: {} }));
      },
      1,
      /newer Crosscheck \(schemaVersion 7/,
    ],
    ['an older (v1) workspace', async (p: string) => copyFile(fixture, p), 0, null],
  ] as const)('read-only commands on %s leave every byte as it was', async (_label, make, failing, message) => {
    const dir = await tempDir();
    const path = join(dir, 'workspace.json');
    await make(path);
    const before = await fingerprint(dir);
    const out = join(await tempDir(), 'out.csv');
    for (const args of [['list'], ['check'], ['export', '--format', 'csv', '--out', out]]) {
      const run = await cli(...args, '--workspace', path, '--silent', '--lang', 'en');
      if (failing) {
        expect(run.code, args[0]).not.toBe(0);
        expect(run.stderr, args[0]).toMatch(message as RegExp);
        expect(run.stderr, args[0]).toMatch(/Nothing was changed/);
      } else expect(run.code, `${args[0]}: ${run.stderr}`).toBe(0);
    }
    expect(await fingerprint(dir)).toEqual(before);
    if (!failing) await expect(openWorkspaceStore(path, { mode: 'read' })).resolves.toBeTruthy();
    else await expect(openWorkspaceStore(path, { mode: 'read' })).rejects.toBeInstanceOf(WorkspaceOpenError);
  }, 300_000);
});
