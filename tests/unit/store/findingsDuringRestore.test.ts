import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingIndex } from '../../../electron/store/findingIndex';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { FindingQuery } from '../../../electron/store/port';
import type { Article, Claim, Finding } from '../../../shared/schema';
import { benchFindings } from '../../bench/benchFindings';
import { tempDir } from '../helpers';

// A restore empties the maps, reloads, and puts seq back to the number it had; its own commit lands
// later (after its journal write). A findings page merged in slices across it, or several reads in
// one consistentRead, must not mix the state before with the restored one. (Review of s29-loop, BUG 2.)

const at = '2026-11-30T08:00:00.000Z';
const COUNT = 12_000;
const article = (i: number): Article => ({ id: `a_fr${i}`, title: `Bài ${i}`, outlet: null, author: null, publishedAt: '2026-05-01', source: `s/${i}.txt`, text: 'x'.repeat(200), importedAt: at });
const claim = (i: number, k: number) =>
  ({ id: `c_fr${i}_${k}`, articleId: `a_fr${i}`, start: k * 10, end: k * 10 + 5, quote: `số ${k}`, kind: 'number', value: k, unit: null, subject: null, period: null }) as unknown as Claim;

/** COUNT findings now; the backup of seq 1 holds the first half. */
async function workspace(): Promise<string> {
  const folder = join(await tempDir(), 'ws');
  const w = (await openWorkspaceStore(folder, { mode: 'write' })) as LowdbFolderStore;
  const articles = Array.from({ length: 20 }, (_, i) => article(i));
  const claims = articles.flatMap((_, i) => Array.from({ length: 4 }, (__, k) => claim(i, k)));
  const findings = benchFindings(COUNT, claims).map((f, i): Finding => (i % 3 === 1 ? { ...f, status: 'resolved' } : f));
  await w.commit({
    action: 'import',
    who: 'Lan',
    at,
    audit: [],
    changes: [
      ...articles.map((a) => ({ table: 'articles' as const, id: a.id, before: null, after: a })),
      ...claims.map((c) => ({ table: 'claims' as const, id: c.id, before: null, after: c })),
      ...findings.slice(0, COUNT / 2).map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f })),
    ],
  });
  await w.checkpoint();
  await w.commit({ action: 'analysis.run', who: 'Lan', at, audit: [], changes: findings.slice(COUNT / 2).map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f })) });
  await w.close();
  return folder;
}

const turn = () => new Promise<void>((r) => setImmediate(r));

/**
 * An eager store being restored; `reloaded()` says when the restored state is in memory (the
 * restore's own commit is applied in the same turn, before the findings index is rebuilt).
 * `release` is kept for the tests' shape: nothing is held back any more.
 */
async function restoringStore() {
  const folder = await workspace();
  const store = (await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0.01 })) as LowdbFolderStore;
  await store.findings({ limit: 1 });
  const backup = (await store.listBackups()).find((b) => b.seq === 1);
  if (!backup) throw new Error('no backup of seq 1');
  let reloaded = false;
  const release = (): void => undefined;
  const inner = store as unknown as { indexFindingsInBackground: () => void };
  const index = inner.indexFindingsInBackground.bind(store);
  inner.indexFindingsInBackground = () => {
    reloaded = true;
    index();
  };
  return { store, backup, reloaded: () => reloaded, release };
}

describe('a backup restored while findings are read', () => {
  it('a findings page merged in slices across the restore is of one state (no undefined item)', async () => {
    const { store, backup, reloaded, release } = await restoringStore();
    try {
      const inner = store as unknown as { findingPage: (i: FindingIndex, q: FindingQuery) => Promise<{ total: number; ids: string[] }> };
      const page = inner.findingPage.bind(store);
      let paused = 0;
      // The merge paused after its first step until the restored state is in memory (once).
      inner.findingPage = async (index, query) => {
        if (paused++ > 0) return page(index, query);
        const stages = index.pageStaged(query);
        let step = stages.next();
        while (!reloaded()) await turn();
        while (!step.done) step = stages.next();
        return step.value;
      };
      const reading = store.findings();
      const restoring = store.restoreBackup(backup.id);
      const answer = await reading;
      release();
      await restoring;
      expect(paused).toBeGreaterThan(1);
      expect(answer.items.filter((f) => f === undefined)).toHaveLength(0);
      expect(answer.total).toBe(COUNT / 2);
      expect(answer.items).toHaveLength(COUNT / 2);
    } finally {
      release();
      await store.close();
    }
  });

  it('two reads in one consistentRead across the restore see one state', async () => {
    const { store, backup, reloaded, release } = await restoringStore();
    try {
      let tries = 0;
      const reading = store.consistentRead(async () => {
        tries++;
        const before = await store.counts();
        // The first try's second read comes once the restored state is in memory (seq back to where it was).
        if (tries === 1) while (!reloaded()) await turn();
        const after = await store.counts();
        return [before.findings, after.findings];
      });
      const restoring = store.restoreBackup(backup.id);
      const answer = await reading;
      release();
      await restoring;
      expect(answer).toEqual([COUNT / 2, COUNT / 2]);
      expect(tries).toBe(2);
    } finally {
      release();
      await store.close();
    }
  });
});
