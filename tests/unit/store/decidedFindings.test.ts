import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../electron/store/memoryStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { RecordChange } from '../../../electron/store/port';
import type { Finding } from '../../../shared/schema';
import { buildGeneratedWorkspace } from './helpers/generatedWorkspace';
import { fullAnalysisOfLazy, lazyChunks, lazyOpen } from './helpers/lazyAnalysis';

/** Findings per chunk: a few hundred findings span many chunks. */
const CHUNK = 20;
const AT = '2026-06-01T00:00:00.000Z';
const DECIDED = { statuses: ['resolved', 'dismissed'] as Finding['status'][] };

/** One finding of every `every` decided (resolved and dismissed in turn): decisions in every chunk. */
function decisions(all: readonly Finding[], every: number): RecordChange[] {
  return all.flatMap((f, i) => {
    if (i % every !== 0) return [];
    const kind = (i / every) % 2 === 0 ? ('resolved' as const) : ('dismissed' as const);
    const after: Finding = { ...f, status: kind, decision: { kind, rightClaimId: null, note: `quyết định ${i}`, by: 'Lan', at: AT } };
    return [{ table: 'findings' as const, id: f.id, before: f, after }];
  });
}

/**
 * The decided findings a full analysis and a re-extraction start from (StoreReader.decidedFindings):
 * the findings page of those statuses, in stored order — read by the lowdb folder store from the chunks
 * that hold them without loading the chunks (issue 9: decisions spread over every chunk of a
 * 10,000-article workspace made each full analysis load all 450k stored findings, 1.1 GB).
 */
describe('decidedFindings', { timeout: 300_000 }, () => {
  it('gives the findings page of the decided statuses on a lazily opened workspace, parsing no chunk', async () => {
    const folder = await buildGeneratedWorkspace(25, { findingChunk: CHUNK });
    const eager = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0 });
    const all = (await eager.findings()).items;
    expect(all.length).toBeGreaterThan(CHUNK * 5);
    await eager.commit({ action: 'finding.decide', who: 'Lan', at: AT, changes: decisions(all, 7), audit: [] });
    const expected = (await eager.findings(DECIDED)).items;
    await eager.close();
    expect(expected.length).toBe(Math.ceil(all.length / 7));

    const lazy = await lazyOpen(folder);
    try {
      const chunks = lazyChunks(lazy);
      expect(chunks).toBeGreaterThan(5);
      expect(await lazy.decidedFindings!()).toEqual(expected);
      // Every chunk holds a decided finding; none was loaded for them.
      expect(lazyChunks(lazy)).toBe(chunks);
      // Some chunks parsed (a findings page), one more finding decided (its chunk parsed by the commit),
      // one decision taken back: the same answer as the page of those statuses.
      await lazy.findings({ offset: 0, limit: CHUNK * 2 });
      const open = all.find((f, i) => i % 7 !== 0 && i > CHUNK * 4) as Finding;
      const undone = expected.at(-1) as Finding;
      await lazy.commit({
        action: 'finding.decide',
        who: 'Lan',
        at: AT,
        changes: [
          { table: 'findings', id: open.id, before: open, after: { ...open, status: 'dismissed', decision: { kind: 'dismissed', reason: 'not-same-fact', rightClaimId: null, note: '', by: 'Lan', at: AT } } },
          { table: 'findings', id: undone.id, before: undone, after: { ...undone, status: 'open', decision: null } },
        ],
        audit: [],
      });
      const now = await lazy.decidedFindings!();
      expect(now.map((f) => f.id)).toContain(open.id);
      expect(now.map((f) => f.id)).not.toContain(undone.id);
      expect(lazyChunks(lazy)).toBeGreaterThan(0);
      expect(now).toEqual((await lazy.findings(DECIDED)).items);
    } finally {
      await lazy.close();
    }

    // The in-memory adapter gives the same answer as its page.
    const memory = createMemoryStore();
    await memory.commit({ action: 'seed', who: 'Lan', at: AT, changes: expected.map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f })), audit: [] });
    expect(await memory.decidedFindings!()).toEqual(expected);
  });

  it('lets a full analysis of a lazily opened workspace with decisions in every chunk parse none, keeping every decision', async () => {
    const folder = await buildGeneratedWorkspace(25, { findingChunk: CHUNK });
    let decided = 0;
    const { before, stored } = await fullAnalysisOfLazy(folder, async (store) => {
      const changes = decisions((await store.findings()).items, 9);
      decided = changes.length;
      await store.commit({ action: 'finding.decide', who: 'Lan', at: AT, changes, audit: [] });
    });
    expect(decided).toBeGreaterThan(5);
    expect(stored).toEqual(before);
    expect(stored.filter((f) => f.decision).length).toBe(decided);
  });
});
