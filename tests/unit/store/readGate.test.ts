import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CHUNK, READ_GATING, type LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { Finding, Review } from '../../../shared/schema';
import { openForWriting } from '../../../electron/services/open';
import { seedsDir, tempDir } from '../helpers';
import { addAll, bigFindings } from './helpers/bigCommit';

const at = '2026-11-30T03:00:00.000Z';
const turn = () => new Promise<void>((r) => setImmediate(r));

/** A checkpointed workspace of `count` findings in chunks of 1,000 (the default) (read lazily when reopened). */
async function withFindings(count: number): Promise<string> {
  const folder = join(await tempDir(), 'ws');
  expect(FINDING_CHUNK).toBe(1000);
  const first = await openWorkspaceStore(folder, { mode: 'write' });
  await first.commit(addAll(count, 'f_old'));
  await first.close();
  return folder;
}

/** An fs whose reads of a findings chunk (the first by default) wait for `release()` once `arm()` was called. */
function holdingFs(chunk = 'fchunk-00000', holdAll = false): { fs: StoreFs; arm: () => void; release: () => void; held: () => number } {
  let armed = false;
  let heldReads = 0;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const fs: StoreFs = {
    ...nodeFs,
    readFile: (async (...args: Parameters<StoreFs['readFile']>) => {
      if (armed && (holdAll ? String(args[0]).includes('/data/content-') : String(args[0]).includes(chunk))) {
        heldReads++;
        await gate;
      }
      return (nodeFs.readFile as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as StoreFs['readFile'],
  };
  return { fs, arm: () => (armed = true), release, held: () => heldReads };
}

const applying = (store: LowdbFolderStore) => (store as unknown as { applying: Promise<void> | null }).applying;

describe('reads during a big commit applied in slices', { timeout: 120_000 }, () => {
  it('a read under way when the apply starts (its chunk read still running) answers from none or all of the commit', async () => {
    const folder = await withFindings(5000);
    const hold = holdingFs();
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs: hold.fs, sliceMs: 0, lazyContentAbove: 0 })) as LowdbFolderStore;
    try {
      hold.arm();
      const newIds = bigFindings(5000, 'f_new').map((f) => f.id);
      const read = store.getFindings(['f_old000001', ...newIds]);
      const counts = store.consistentRead(async () => ({ found: await store.getFindings(['f_old000001', ...newIds]), counts: await store.counts() }));
      const big = store.commit(addAll(5000, 'f_new'));
      while (applying(store) === null) await turn();
      expect(hold.held()).toBeGreaterThan(0);
      hold.release();
      const answer = await read;
      await big;
      const seen = answer.filter((f) => f.id.startsWith('f_new')).length;
      expect([0, 5000]).toContain(seen);
      expect(answer.some((f) => f.id === 'f_old000001')).toBe(true);
      // Several reads in one consistentRead (an export): one state for all of them.
      const both = await counts;
      const seenThere = both.found.filter((f) => f.id.startsWith('f_new')).length;
      expect([0, 5000]).toContain(seenThere);
      expect(both.counts.findings).toBe(5000 + seenThere);
    } finally {
      hold.release();
      await store.close();
    }
  });

  it('a findings page whose records are read while a commit removes some of them never holds an undefined item', async () => {
    const folder = await withFindings(3000);
    const hold = holdingFs('fchunk-00001');
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs: hold.fs, sliceMs: 0, lazyContentAbove: 0 })) as LowdbFolderStore;
    try {
      // The index built and the first chunk read; the page spans it and the second (held) chunk.
      await (store as unknown as { findingIndexReady(): Promise<unknown> }).findingIndexReady();
      const gone = bigFindings(3000, 'f_old').slice(995, 1000);
      expect(await store.getFindings(gone.map((f) => f.id))).toHaveLength(5);
      hold.arm();
      const page = store.findings({ offset: 990, limit: 20 });
      while (hold.held() === 0) await turn();
      // A small commit removing five findings of the page lands while its records are read.
      await store.commit({
        action: 'finding.remove',
        who: 'Lan',
        at,
        changes: gone.map((f) => ({ table: 'findings', id: f.id, before: f, after: null })),
        audit: [{ who: 'Lan', when: at, action: 'finding.remove', target: 'findings', before: { count: 5 }, after: { count: 0 } }],
      });
      hold.release();
      const answer = await page;
      expect(answer.items.filter((f: Finding | undefined) => f === undefined)).toHaveLength(0);
      expect(answer.items.map((f) => f.id)).not.toContain(gone[0]!.id);
      expect(answer.total).toBe(2995);
      expect(answer.items).toHaveLength(20);
    } finally {
      hold.release();
      await store.close();
    }
  });

  it('a claim page of a lazily opened workspace (its content bucket read under way) shows none or all of a big commit\'s reviews', async () => {
    const folder = join(await tempDir(), 'ws');
    await (await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' })).close();
    const hold = holdingFs('', true);
    const lazy = (await openWorkspaceStore(folder, { mode: 'write', fs: hold.fs, sliceMs: 0, lazyContentAbove: 0, warmUp: false })) as LowdbFolderStore;
    const reader = await openWorkspaceStore(folder, { mode: 'read' });
    const claims = await reader.claims();
    await reader.close();
    expect(claims.length).toBeGreaterThan(4);
    try {
      hold.arm();
      const page = lazy.claimPage({ offset: 0, limit: 10_000 });
      while (hold.held() === 0) await turn();
      // A big commit: reviews of the first half of the claims first, 20,000 findings, the rest last.
      const review = (claimId: string): Review => ({ claimId, status: 'verified', correctedValue: null, correctedText: null, note: 'lô', evidence: [], reviewer: 'Lan', updatedAt: at });
      const half = Math.ceil(claims.length / 2);
      const reviewsOf = (list: typeof claims) => list.map((c) => ({ table: 'reviews' as const, id: c.id, before: null, after: review(c.id) }));
      const request = addAll(20_000, 'f_new');
      const big = lazy.commit({ ...request, changes: [...reviewsOf(claims.slice(0, half)), ...request.changes, ...reviewsOf(claims.slice(half))] });
      while (applying(lazy) === null) await turn();
      hold.release();
      const answer = await page;
      await big;
      const reviewed = answer.items.filter((c) => c.review?.status === 'verified').length;
      expect([0, claims.length]).toContain(reviewed);
      expect(answer.total).toBe(claims.length);
    } finally {
      hold.release();
      await lazy.close();
    }
  });

  it('every read of the store port is classified, and the gated ones are wrapped', async () => {
    const folder = await withFindings(10);
    const store = (await openWorkspaceStore(folder, { mode: 'read' })) as LowdbFolderStore;
    try {
      const asRecord = store as unknown as Record<string, unknown>;
      for (const [name, kind] of Object.entries(READ_GATING)) {
        if (kind === 'gated') expect({ name, gated: store.isGatedRead(name) }).toEqual({ name, gated: true });
        // An optional read implemented later must be classified as gated.
        else expect({ name, implemented: typeof asRecord[name] }).toEqual({ name, implemented: 'undefined' });
      }
    } finally {
      await store.close();
    }
  });
});
