import * as fsp from 'node:fs/promises';
import { appendFile, readdir, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openForWriting } from '../../../electron/services/open';
import { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { WorkspaceState } from '../../../electron/store/state';
import type { Finding } from '../../../shared/schema';
import { seedsDir, tempDir } from '../helpers';

afterEach(() => vi.restoreAllMocks());

/** Abandons a writer as a crash would: no closing checkpoint, the lock released. */
async function crash(store: unknown): Promise<void> {
  const s = store as { journal: fsp.FileHandle; releaseLock: () => Promise<void>; closed: boolean };
  await s.journal.close();
  await s.releaseLock();
  s.closed = true;
}

/** The last journal segment of a workspace folder. */
async function lastSegment(folder: string): Promise<string> {
  return join(folder, 'journal', (await readdir(join(folder, 'journal'))).sort().at(-1)!);
}

/**
 * The real fs; every time a read of `what` (journal segments, or any file) resolves, a timer is set
 * (setImmediate): `pending` counts those that have not fired yet.
 */
function timerAfterReads(what: (path: string) => boolean) {
  const state = { pending: 0, set: 0 };
  const mark = <T>(value: T): T => {
    state.pending++;
    state.set++;
    setImmediate(() => state.pending--);
    return value;
  };
  const fs: StoreFs = {
    ...nodeFs,
    readFile: (async (path: string, options?: unknown) => {
      const out = await (nodeFs.readFile as (p: string, o?: unknown) => Promise<unknown>)(path, options);
      return what(String(path)) ? mark(out) : out;
    }) as StoreFs['readFile'],
  };
  return { fs, state };
}

/** A seeds workspace whose journal ends with a full analysis's commit of `count` findings (some 1 MB as one line), never checkpointed. */
async function withBigJournalLine(count: number): Promise<{ folder: string; ids: string[] }> {
  const folder = join(await tempDir(), 'ws');
  const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
  const claims = service.workspace.claims;
  // The seeds' commits in the documents: the journal then holds the big line alone.
  await (service.store as LowdbFolderStore).checkpoint();
  const at = new Date().toISOString();
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    id: `f_big${String(i).padStart(6, '0')}`,
    type: 'conflict',
    claimIds: [claims[i % claims.length]!.id, claims[(i + 1) % claims.length]!.id],
    articleIds: [claims[i % claims.length]!.articleId],
    explanation: `Hai bài đưa hai con số khác nhau cho cùng một sự kiện (${i}): "trích dẫn" \\ và {ngoặc} [vuông]`,
    status: 'open',
    resolution: null,
    rule: 'cross-source',
    severity: 'high',
    confidence: 0.8,
    fingerprint: `fp${i}`,
  }));
  await service.store.commit({
    action: 'analysis.run',
    who: 'Lan',
    at,
    changes: findings.map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f })),
    audit: [{ who: 'Lan', when: at, action: 'analysis.run', target: 'findings', before: { count: 0 }, after: { count } }],
  });
  await crash(service.store);
  return { folder, ids: findings.map((f) => f.id) };
}

describe('opening a workspace lets the event loop turn (issue 9: no block over ~16 ms at open)', () => {
  it('parses a big journal line in slices: a timer set when the journal is read fires before any of it is applied, and all of it is applied', async () => {
    const { folder, ids } = await withBigJournalLine(3000);
    expect((await fsp.stat(await lastSegment(folder))).size).toBeGreaterThan(512 * 1024);
    const { fs, state } = timerAfterReads((p) => p.includes('/journal/'));
    const pendingAtApply: number[] = [];
    const applyStaged = WorkspaceState.prototype.applyStaged;
    vi.spyOn(WorkspaceState.prototype, 'applyStaged').mockImplementation(function (this: WorkspaceState, commit) {
      if (commit.set.length >= 3000) pendingAtApply.push(state.pending);
      return applyStaged.call(this, commit);
    });
    // The line is parsed in pieces, never by one JSON.parse of the whole line (a turn between lines alone
    // would let the timer fire too).
    const parse = JSON.parse;
    let longestParse = 0;
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      if (typeof text === 'string') longestParse = Math.max(longestParse, text.length);
      return parse(text, reviver);
    });
    const store = await LowdbFolderStore.open(folder, { fs, readOnly: false, sliceMs: 0 });
    vi.mocked(JSON.parse).mockRestore();
    expect(longestParse).toBeGreaterThan(0);
    expect(longestParse).toBeLessThan(256 * 1024);
    expect(state.set).toBeGreaterThan(0);
    expect(pendingAtApply).toEqual([0]);
    expect(store.replayed.commits).toBe(1);
    expect(store.notices).toEqual([]);
    expect((await store.getFindings(ids)).map((f) => f.id)).toEqual(ids);
    await store.close();
  });

  it('drops a big torn last line whole (cut short, with or without its newline), with a notice', async () => {
    for (const newline of [false, true]) {
      const { folder, ids } = await withBigJournalLine(2000);
      const journal = await lastSegment(folder);
      const text = await readFile(journal, 'utf8');
      const start = text.lastIndexOf('\n', text.length - 2) + 1;
      const cut = start + Math.floor((text.length - start) * 0.7);
      await truncate(journal, Buffer.byteLength(text.slice(0, cut)));
      if (newline) await appendFile(journal, '\n');
      const store = await LowdbFolderStore.open(folder, { fs: nodeFs, readOnly: false, sliceMs: 0 });
      expect(store.notices).toEqual([expect.objectContaining({ kind: 'torn-journal' })]);
      expect(store.replayed.commits).toBe(0);
      expect(await store.getFindings(ids)).toEqual([]);
      await store.close();
    }
  });

  it('checks the audit chain in slices: a timer set when the last file is read fires before the open returns; a broken event is still reported', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    const at = new Date().toISOString();
    const target = `claim:${service.workspace.claims[0]!.id}`;
    await service.store.commit({
      action: 'bench.history',
      who: 'Lan',
      at,
      changes: [],
      audit: Array.from({ length: 2000 }, () => ({ who: 'Lan', when: at, action: 'review.verified', target, before: null, after: { status: 'verified' } })),
    });
    await service.close();
    const { fs, state } = timerAfterReads(() => true);
    const store = await LowdbFolderStore.open(folder, { fs, readOnly: true, sliceMs: 0 });
    expect(state.set).toBeGreaterThan(0);
    expect(state.pending).toBe(0);
    expect(store.notices).toEqual([]);
    expect(store.audit.length).toBeGreaterThan(2000);
    await store.close();
    // One event changed far down the chain: reported at its seq, as before.
    const data = join(folder, 'data');
    const name = (await readdir(data)).filter((n) => n.startsWith('audit-000000.')).sort((a, b) => Number(b.split('.')[1]) - Number(a.split('.')[1]))[0]!;
    const doc = JSON.parse(await readFile(join(data, name), 'utf8')) as { events: { seq: number; who: string }[] };
    const event = doc.events.find((e) => e.seq === 1500)!;
    event.who = 'someone else';
    await fsp.writeFile(join(data, name), JSON.stringify(doc));
    const tampered = await LowdbFolderStore.open(folder, { fs: nodeFs, readOnly: true, sliceMs: 0 });
    expect(tampered.notices).toEqual([{ kind: 'audit-broken', atSeq: 1500 }]);
    await tampered.close();
  });
});
