import { describe, expect, it } from 'vitest';
import { diffRecords } from '../../../electron/services/context';
import { createMemoryStore } from '../../../electron/store/memoryStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { Finding } from '../../../shared/schema';
import { buildGeneratedWorkspace } from './helpers/generatedWorkspace';
import { fullAnalysisOfLazy, lazyChunks, lazyOpen } from './helpers/lazyAnalysis';

/** Findings per chunk: a few hundred findings span many chunks. */
const CHUNK = 20;

/**
 * What a full analysis's result is compared with in the store (StoreReader.findingChanges): the
 * changes are those a comparison with every stored finding gives (diffRecords), and a lowdb
 * workspace's findings chunks not parsed yet stay unparsed (issue 9: 450k stored findings held
 * 1.1 GB of a 10,000-article workspace's heap once a full analysis had read them all).
 */
describe('findingChanges', { timeout: 300_000 }, () => {
  /** `after`: the stored findings with one changed, one removed and one new (in stored order, the new one last). */
  function edited(all: readonly Finding[]): Finding[] {
    const after = all.filter((_, i) => i !== 3).map((f, i) => (i === 10 ? { ...f, explanation: `${f.explanation} (khác)` } : f));
    const template = all[0] as Finding;
    after.push({ ...template, id: 'f_new0000000000000000000000000', explanation: 'mới' });
    return after;
  }

  it('gives, on a lowdb workspace opened lazily, the changes a comparison with every finding gives, parsing no chunk', async () => {
    const folder = await buildGeneratedWorkspace(25, { findingChunk: CHUNK });
    const eager = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0 });
    const all = (await eager.findings()).items;
    await eager.close();
    expect(all.length).toBeGreaterThan(CHUNK * 5);
    const after = edited(all);
    const expected = diffRecords('findings', all, after, (f) => f.id);
    expect(expected.map((c) => [c.id, c.before === null, c.after === null])).toEqual([
      [all[11]!.id, false, false],
      ['f_new0000000000000000000000000', true, false],
      [all[3]!.id, false, true],
    ]);

    const lazy = await lazyOpen(folder);
    try {
      const chunks = lazyChunks(lazy);
      expect(chunks).toBeGreaterThan(5);
      expect(await lazy.findingChanges!(after)).toEqual(expected);
      // Compared chunk by chunk, none loaded.
      expect(lazyChunks(lazy)).toBe(chunks);
      // Some chunks parsed meanwhile (a findings page): compared from memory, the same answer.
      await lazy.findings({ offset: 0, limit: CHUNK * 2 });
      expect(lazyChunks(lazy)).toBeLessThan(chunks);
      expect(await lazy.findingChanges!(after)).toEqual(expected);
      // The changes commit (their `before` is what is stored), and the store then holds `after`.
      await lazy.commit({ action: 'analysis.run', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: expected, audit: [] });
      expect(await lazy.findingChanges!(after)).toEqual([]);
      expect(new Set((await lazy.findings()).items.map((f) => f.id))).toEqual(new Set(after.map((f) => f.id)));
    } finally {
      await lazy.close();
    }

    // The in-memory adapter gives the same answer.
    const memory = createMemoryStore();
    await memory.commit({ action: 'seed', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: all.map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f })), audit: [] });
    expect(await memory.findingChanges!(after)).toEqual(expected);
  });

  it('lets a full analysis that changes few findings of a lazily opened workspace leave most chunks unparsed, and store what a comparison with every finding stores', async () => {
    const folder = await buildGeneratedWorkspace(25, { findingChunk: CHUNK });
    // The same engine on the same claims: nothing to change, nothing parsed (checked by the helper).
    const { before, stored } = await fullAnalysisOfLazy(folder);
    expect(stored).toEqual(before);
  });
});
