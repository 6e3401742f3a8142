import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { Article, Claim } from '../../../shared/schema';
import { tempDir } from '../helpers';

// A read of every claim (claims(), claimPage() without an article) parses every content bucket, then
// builds the list of every claim in slices. A backup restored between two slices empties the maps
// and makes the buckets lazy again: the read must not then answer from the restored state with none
// of its buckets parsed (it answered 0 claims), but from one whole state. (Review of s29-loop, BUG 1.)

const at = '2026-11-30T08:00:00.000Z';
const N = 100;
const article = (i: number): Article => ({ id: `a_rs${i}`, title: `Bài ${i}`, outlet: null, author: null, publishedAt: '2026-05-01', source: `s/${i}.txt`, text: 'x'.repeat(200), importedAt: at });
const claimsOf = (i: number): Claim[] =>
  Array.from({ length: 3 }, (_, k) => ({ id: `c_rs${i}_${k}`, articleId: `a_rs${i}`, start: k * 10, end: k * 10 + 5, quote: 'số', kind: 'number', value: k, unit: null, subject: null, period: null }) as unknown as Claim);
const changesFor = (from: number, to: number) => {
  const changes = [];
  for (let i = from; i < to; i++) {
    changes.push({ table: 'articles' as const, id: `a_rs${i}`, before: null, after: article(i) });
    for (const c of claimsOf(i)) changes.push({ table: 'claims' as const, id: c.id, before: null, after: c });
  }
  return changes;
};

/** A workspace of N + 1 articles (3 claims each) whose backup at seq 1 holds N of them. */
async function workspace(): Promise<string> {
  const folder = join(await tempDir(), 'ws');
  const w = await openWorkspaceStore(folder, { mode: 'write' });
  await w.commit({ action: 'import', who: 'Lan', at, changes: changesFor(0, N), audit: [] });
  await (w as LowdbFolderStore).checkpoint();
  await w.commit({ action: 'import', who: 'Lan', at, changes: changesFor(N, N + 1), audit: [] });
  await w.close();
  return folder;
}

type Warm = { warmAllClaimsStaged: () => Generator<void, boolean> };

/** Opens the workspace lazily (the restore then reloads no bucket) with the list build paused after its first step until `resume()`. */
async function pausedStore(folder: string, options: { alwaysVoid?: boolean } = {}) {
  const store = (await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false, sliceMs: 0.01 })) as LowdbFolderStore;
  let paused = true;
  let builds = 0;
  const inner = store as unknown as Warm;
  const build = inner.warmAllClaimsStaged;
  inner.warmAllClaimsStaged = function* () {
    builds++;
    const stages = build.call(store);
    let step = stages.next();
    while (!step.done) {
      if (paused) {
        yield;
        continue;
      }
      step = stages.next();
    }
    // alwaysVoid: as if a claim were put between two steps of every build (a steady stream of commits).
    return options.alwaysVoid ? false : step.value;
  };
  return { store, resume: () => (paused = false), builds: () => builds };
}

/**
 * The reads, through the read gate (which runs a read again when a restore landed meanwhile) or
 * without it (the store's own method): each of the two checks alone answers one whole state.
 */
const reads = {
  claims: (s: LowdbFolderStore, gated: boolean) => (gated ? s : (Object.getPrototypeOf(s) as LowdbFolderStore)).claims.call(s).then((l) => l.map((c) => c.id)),
  claimPage: (s: LowdbFolderStore, gated: boolean) =>
    (gated ? s : (Object.getPrototypeOf(s) as LowdbFolderStore)).claimPage.call(s, { offset: 0, limit: 1e9 }).then((p) => p.items.map((i) => i.claim.id)),
};
const restoredIds = Array.from({ length: N }, (_, i) => claimsOf(i).map((c) => c.id)).flat();

for (const [name, gated] of [['claims', true], ['claimPage', true], ['claims', false], ['claimPage', false]] as const) {
  describe(`${name}() of every claim ${gated ? '' : '(without the read gate) '}while a backup is restored between two slices of the list build`, () => {
    it('answers the restored state whole (the build is made again from its parsed buckets)', async () => {
      const folder = await workspace();
      const { store, resume, builds } = await pausedStore(folder);
      try {
        const backup = (await store.listBackups()).find((b) => b.seq === 1);
        expect(backup).toBeDefined();
        const reading = reads[name](store, gated);
        // The read is in its list build (its first slice done) when the restore runs.
        while (builds() === 0) await new Promise((r) => setImmediate(r));
        await store.restoreBackup(backup!.id);
        resume();
        expect(await reading).toEqual(restoredIds);
        // Built again after the restore (the read gate may run the whole read once more too).
        expect(builds()).toBeGreaterThanOrEqual(2);
      } finally {
        await store.close();
      }
    });
  });
}

describe('a read of every claim whose sliced build is void every time', () => {
  it('is answered after a few tries in the commit queue, from the whole state', async () => {
    const folder = await workspace();
    const { store, resume, builds } = await pausedStore(folder, { alwaysVoid: true });
    try {
      resume();
      const ids = (await store.claims()).map((c) => c.id);
      expect(ids).toEqual(Array.from({ length: N + 1 }, (_, i) => claimsOf(i).map((c) => c.id)).flat());
      // CONSISTENT_READ_TRIES sliced builds, then the list built at once in the queue.
      expect(builds()).toBe(3);
    } finally {
      await store.close();
    }
  });
});
