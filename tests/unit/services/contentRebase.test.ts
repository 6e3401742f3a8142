import { describe, expect, it, vi } from 'vitest';
import { computeFindings } from '../../../electron/services/findings';
import { openForWriting } from '../../../electron/services/open';
import { FindingsAnalysis } from '../../../shared/analysis';
import { closedAfterEach, generatedWorkspace, onFirstFullRead } from './keptAnalysis';

const opened = closedAfterEach();

/**
 * A finding changed in content by another writer while a full analysis computes (what a merge does to
 * an open finding) is not carried over as if it were a decision (Review 2 of the background analysis,
 * RISK C: an earlier version did): an open finding is the engine's reading, so the analysis stores its
 * own, and what is stored is what a full analysis gives. With the store comparing the analysis's
 * findings itself (findingChanges) that needs no second assembly; decisions taken meanwhile are the
 * ones that send the analysis back to what is stored (reopenVerdict, notSameFactLost, reassembleFresh).
 */
describe('a finding changed meanwhile in content, not in decision', { timeout: 300_000 }, () => {
  it("is replaced by the analysis's own finding, not kept as if it were a decision", async () => {
    const { folder } = await generatedWorkspace();
    const service = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan' });
    opened.push(service);
    const store = service.ctx.store;
    const [finding] = (await store.findings({ statuses: ['open'], types: ['conflict'], limit: 1 })).items;
    // The analysis will change this finding (its stored explanation differs from what it writes).
    await store.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'findings', id: finding!.id, before: finding!, after: { ...finding!, explanation: 'cũ' } }], audit: [] });
    const [old] = await store.getFindings([finding!.id]);
    const changed = onFirstFullRead(store, async () => {
      // Another writer replaces the finding's content meantime (what a merge does).
      await store.commit({ action: 'other', who: 'Minh', at: '2026-06-01T00:00:01.000Z', changes: [{ table: 'findings', id: old!.id, before: old!, after: { ...old!, explanation: 'của người khác', severity: 'low' } }], audit: [] });
    });
    const full = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    const builds = vi.spyOn(FindingsAnalysis, 'staged');
    await service.analyze();
    expect(changed()).toBe(true);
    expect(full.mock.calls.length).toBe(1);
    expect(builds).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    const [stored] = await store.getFindings([old!.id]);
    expect(stored?.explanation).not.toBe('của người khác');
    expect(stored?.status).toBe('open');
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    const all = [...(await store.findings()).items].sort(byId);
    expect(all).toEqual([...(await computeFindings(service.ctx)).after].sort(byId));
  });
});
