import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { WorkspaceStore } from '../../../electron/store/port';
import type { Article, Claim } from '../../../shared/schema';
import { tempDir } from '../helpers';
import { turnsDuring } from './helpers/slices';

// The list of every claim in order (read by the analysis after each open, and by the claim rows
// without an article) is built in slices with the event loop turning between them: at 10,000
// articles it was one block of ~100 ms. A commit landing meanwhile never gives a list of two states.

const at = '2026-11-30T08:00:00.000Z';
const ARTICLES = 400;
const article = (i: number): Article => ({ id: `a_slice${i}`, title: `Bài ${i}`, outlet: null, author: null, publishedAt: '2026-05-01', source: `s/${i}.txt`, text: 'x'.repeat(200), importedAt: at });
// Claims put in reverse start order: each article's list is sorted when built.
const claimsOf = (i: number): Claim[] =>
  Array.from({ length: 5 }, (_, k) => ({ id: `c_slice${i}_${k}`, articleId: `a_slice${i}`, start: 100 - k * 10, end: 105 - k * 10, quote: 'số', kind: 'number', value: k, unit: null, subject: null, period: null }) as unknown as Claim);

async function filled(): Promise<WorkspaceStore> {
  const folder = join(await tempDir(), 'ws');
  const store = await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0.01 });
  const changes = [];
  for (let i = 0; i < ARTICLES; i++) {
    changes.push({ table: 'articles' as const, id: `a_slice${i}`, before: null, after: article(i) });
    for (const c of claimsOf(i)) changes.push({ table: 'claims' as const, id: c.id, before: null, after: c });
  }
  await store.commit({ action: 'import', who: 'Lan', at, changes, audit: [] });
  return store;
}


describe('the list of every claim', () => {
  it('is built with the event loop turning, in article then start order', async () => {
    const store = await filled();
    try {
      const { value, turns } = await turnsDuring(() => store.claims());
      expect(turns).toBeGreaterThan(5);
      expect(value.map((c) => c.id)).toEqual(Array.from({ length: ARTICLES }, (_, i) => claimsOf(i).reverse().map((c) => c.id)).flat());
      // Built once: the next read is at once, the same list.
      const again = await turnsDuring(() => store.claims());
      expect(again.turns).toBe(0);
      expect(again.value).toEqual(value);
    } finally {
      await store.close();
    }
  });

  it('is of one state when a commit lands while it is built', async () => {
    const store = await filled();
    try {
      // The first build paused after its first step until the commit has landed (then a commit always
      // lands between two slices, as it may in use).
      let committed = false;
      let builds = 0;
      const inner = store as unknown as { warmAllClaimsStaged: () => Generator<void, boolean> };
      const build = inner.warmAllClaimsStaged;
      inner.warmAllClaimsStaged = function* () {
        const stages = build.call(store);
        if (builds++ > 0) return yield* stages;
        let step = stages.next();
        while (!step.done) {
          if (!committed) {
            yield;
            continue;
          }
          step = stages.next();
        }
        return step.value;
      };
      const reading = store.claims();
      const extra = { ...claimsOf(0)[0]!, id: 'c_slice_extra', start: 150, end: 151 };
      await store.commit({ action: 'add', who: 'Lan', at, changes: [{ table: 'claims', id: extra.id, before: null, after: extra }], audit: [] });
      committed = true;
      const read = await reading;
      // Counted here: the reads below may build the list again on their own.
      const buildsForTheRead = builds;
      const ids = read.map((c) => c.id);
      // Either before the commit or after it, never a list missing what it had when asked.
      expect(ids.length === ARTICLES * 5 || ids.length === ARTICLES * 5 + 1).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      const now = (await store.claims()).map((c) => c.id);
      expect(now).toHaveLength(ARTICLES * 5 + 1);
      expect(now.indexOf('c_slice_extra')).toBe(5);
      const page = await store.claimPage({ offset: 0, limit: 10 });
      expect(page.total).toBe(ARTICLES * 5 + 1);
      // The read was made again (the paused build was not kept).
      expect(buildsForTheRead).toBeGreaterThan(1);
    } finally {
      await store.close();
    }
  });
});
