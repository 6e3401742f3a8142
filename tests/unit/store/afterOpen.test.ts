import { describe, expect, it } from 'vitest';
import { WARM_UP_MAX_PAUSE_MS, WARM_UP_QUIET_MS, type LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { Review } from '../../../shared/schema';
import { buildGeneratedWorkspace } from './helpers/generatedWorkspace';
import { journalHandles } from './helpers/journalFs';

const build = (): Promise<string> => buildGeneratedWorkspace();

/** Journal fsyncs that take 30 ms (a slow disk): an action spends that long waiting for the disk. */
const slowDiskFs = journalHandles((handle, real) => {
  handle.datasync = async () => {
    await new Promise((r) => setTimeout(r, 30));
    return real.datasync();
  };
});

const unparsed = (store: LowdbFolderStore) => (store as unknown as { lazyContent: Map<string, string> }).lazyContent.size;

describe('actions right after a lazy open (content parsed in the background)', { timeout: 240_000 }, () => {
  it('are answered and durable while the background parse waits for them, then the parse finishes', async () => {
    const folder = await build();
    const reader = await openWorkspaceStore(folder, { mode: 'read' });
    const claims = (await reader.claims()).slice(0, 4);
    await reader.close();
    expect(claims).toHaveLength(4);

    const store = (await openWorkspaceStore(folder, { mode: 'write', fs: slowDiskFs, lazyContentAbove: 0 })) as LowdbFolderStore;
    const buckets = unparsed(store);
    expect(buckets).toBeGreaterThan(10);
    const reviews: Review[] = [];
    for (const [i, claim] of claims.entries()) {
      const at = `2026-11-30T03:0${i}:00.000Z`;
      const before = (await store.reviews([claim.id]))[0] ?? null;
      const review: Review = { claimId: claim.id, status: 'verified', correctedValue: null, correctedText: null, note: `sau khi mở ${i}`, evidence: [], reviewer: 'Lan', updatedAt: at };
      await store.commit({
        action: 'review.verified',
        who: 'Lan',
        at,
        changes: [{ table: 'reviews', id: claim.id, before, after: review }],
        audit: [{ who: 'Lan', when: at, action: 'review.verified', target: claim.id, before: null, after: { status: 'verified' } }],
        undo: { kind: 'push', limit: 50 },
      });
      reviews.push(review);
    }
    // Four actions, each 30 ms on the disk: no content bucket was parsed in the background meanwhile
    // (an action needing none never waits behind one), and every action is answered.
    expect(unparsed(store)).toBe(buckets);
    expect(await store.reviews(claims.map((c) => c.id))).toEqual(reviews);
    // Once the desk is quiet the background parse goes on, to the end.
    await store.warmedUp();
    expect(unparsed(store)).toBe(0);
    expect(await store.reviews(claims.map((c) => c.id))).toEqual(reviews);

    // Durable: a reader opened while the writer still runs (journal replay) sees them.
    const after = await openWorkspaceStore(folder, { mode: 'read' });
    expect(await after.reviews(claims.map((c) => c.id))).toEqual(reviews);
    await after.close();
    await store.close();
  });

  it('go on while the desk reads more often than every WARM_UP_QUIET_MS: the background parse still ends', async () => {
    const folder = await build();
    const store = (await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0 })) as LowdbFolderStore;
    try {
      expect(unparsed(store)).toBeGreaterThan(10);
      expect(WARM_UP_MAX_PAUSE_MS).toBeGreaterThan(WARM_UP_QUIET_MS);
      let warmed = false;
      void store.warmedUp().then(() => (warmed = true));
      // A read every ~5 ms (scrolling, paging) until the parse is over; the guard only stops a
      // parse that never ends (without the bound: no bucket at all while the reads go on).
      let reads = 0;
      const guard = performance.now() + 30_000;
      while (!warmed && performance.now() < guard) {
        await store.meta();
        reads++;
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(warmed).toBe(true);
      expect(unparsed(store)).toBe(0);
      expect(reads).toBeGreaterThan(10);
    } finally {
      await store.close();
    }
  });
});
