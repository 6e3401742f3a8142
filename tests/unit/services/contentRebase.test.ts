import { describe, expect, it, vi } from 'vitest';
import { computeFindings } from '../../../electron/services/findings';
import { openForWriting } from '../../../electron/services/open';
import { FindingsAnalysis } from '../../../shared/analysis';
import { closedAfterEach, generatedWorkspace, onFirstFullRead } from './keptAnalysis';

const opened = closedAfterEach();

/**
 * A finding changed in content by another writer while a full analysis computes (a restore, a merge)
 * is not overwritten by a change rebased onto it: the `before` checks refuse the analysis' commit,
 * and the findings are assembled again from the analysis already built and what is stored now.
 * (Review 2 of the background analysis, RISK C: an earlier version carried any change over as if it
 * were a decision.)
 */
describe('a finding changed meanwhile in content, not in decision', { timeout: 300_000 }, () => {
  it('makes the analysis assemble its findings again from what is stored (the before check), not overwrite it', async () => {
    const { folder } = await generatedWorkspace();
    const service = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan' });
    opened.push(service);
    const store = service.ctx.store;
    const [finding] = (await store.findings({ statuses: ['open'], types: ['conflict'], limit: 1 })).items;
    // The analysis will change this finding (its stored explanation differs from what it writes).
    await store.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'findings', id: finding!.id, before: finding!, after: { ...finding!, explanation: 'cũ' } }], audit: [] });
    const [old] = await store.getFindings([finding!.id]);
    const changed = onFirstFullRead(store, async () => {
      // Another writer replaces the finding's content meantime (what a restore or a merge does).
      await store.commit({ action: 'other', who: 'Minh', at: '2026-06-01T00:00:01.000Z', changes: [{ table: 'findings', id: old!.id, before: old!, after: { ...old!, explanation: 'của người khác', severity: 'low' } }], audit: [] });
    });
    const full = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    const builds = vi.spyOn(FindingsAnalysis, 'staged');
    await service.analyze();
    expect(changed()).toBe(true);
    // The commit is refused (before check) and the findings are assembled again from what is stored
    // now, from the analysis already built (not built a second time).
    expect(full.mock.calls.length).toBe(2);
    expect(builds).toHaveBeenCalledTimes(1);
    expect(full.mock.calls[1]![0]!.find((f) => f.id === old!.id)?.explanation).toBe('của người khác');
    vi.restoreAllMocks();
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    const stored = [...(await store.findings()).items].sort(byId);
    expect(stored).toEqual([...(await computeFindings(service.ctx)).after].sort(byId));
  });
});
