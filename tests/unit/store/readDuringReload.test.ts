/**
 * A read made while a restore reloads the state (after reset(), before the reload ends) waits for the
 * reload: it never answers from the half-loaded state (0 claims, 0 articles) — a re-review found it (main too).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { Article, Claim } from '../../../shared/schema';
import { tempDir } from '../helpers';

const at = '2026-11-30T08:00:00.000Z';
const N = 20;
const article = (i: number): Article => ({ id: `a_rl${i}`, title: `B ${i}`, outlet: null, author: null, publishedAt: '2026-05-01', source: `s/${i}.txt`, text: 'x'.repeat(50), importedAt: at });
const claimOf = (i: number): Claim => ({ id: `c_rl${i}`, articleId: `a_rl${i}`, start: 0, end: 5, quote: 'số', kind: 'number', value: 1, unit: null, subject: null, period: null }) as unknown as Claim;
const changes = (from: number, to: number) => {
  const out = [];
  for (let i = from; i < to; i++) {
    out.push({ table: 'articles' as const, id: `a_rl${i}`, before: null, after: article(i) });
    out.push({ table: 'claims' as const, id: `c_rl${i}`, before: null, after: claimOf(i) });
  }
  return out;
};

describe('a read that arrives while a restore reloads the state (eager reload)', () => {
  for (const read of ['claims', 'claimPage', 'articles'] as const) {
    it(`${read}() answers one whole state, not the half-loaded one`, async () => {
      const folder = join(await tempDir(), 'ws');
      const w = await openWorkspaceStore(folder, { mode: 'write' });
      await w.commit({ action: 'import', who: 'Lan', at, changes: changes(0, N), audit: [] });
      await (w as LowdbFolderStore).checkpoint();
      await w.commit({ action: 'import', who: 'Lan', at, changes: changes(N, N + 1), audit: [] });
      await w.close();
      // Read by the fs wrapper below before the store is assigned (the open reads through it).
      // eslint-disable-next-line prefer-const
      let store!: LowdbFolderStore;
      let g0 = -1;
      let held = false;
      let reached!: () => void;
      const reachedP = new Promise<void>((r) => (reached = r));
      let release!: () => void;
      const releasedP = new Promise<void>((r) => (release = r));
      const fs: StoreFs = {
        ...nodeFs,
        readFile: (async (...args: Parameters<StoreFs['readFile']>) => {
          const path = String(args[0]);
          const bytes = await nodeFs.readFile(...args);
          const gen = store ? (store as unknown as { generation: number }).generation : -1;
          // the reload's (not the probe's) read of a data document: reset() has moved the generation
          if (g0 >= 0 && !held && gen !== g0 && /\/data\//.test(path)) {
            held = true;
            reached();
            await releasedP;
          }
          return bytes;
        }) as StoreFs['readFile'],
      };
      store = (await openWorkspaceStore(folder, { mode: 'write', fs, warmUp: false, lazyContentAbove: 1e9 })) as LowdbFolderStore;
      try {
        const backup = (await store.listBackups()).find((b) => b.seq === 1)!;
        g0 = (store as unknown as { generation: number }).generation;
        const restoring = store.restoreBackup(backup.id);
        await reachedP;
        const answer =
          read === 'claims' ? store.claims().then((l) => l.length) : read === 'claimPage' ? store.claimPage({ offset: 0, limit: 1e6 }).then((p) => p.total) : store.articles().then((l) => l.length);
        release();
        await restoring;
        expect([N, N + 1]).toContain(await answer);
      } finally {
        release();
        await store.close();
      }
    });
  }
});
