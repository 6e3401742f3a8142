import { describe, expect, it, vi } from 'vitest';
import { factPairKey } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { changedWithAnalysisOff, closedAfterEach, generatedWorkspace, onFirstFullRead } from './keptAnalysis';

const opened = closedAfterEach();

/**
 * A "not the same fact" dismissal holds for the pair whatever its values become (shared/analysis:
 * findings()). Made while a full analysis computes (its read saw the finding open), it must survive
 * that analysis' commit, as it did when the commit conflicted and the analysis ran again.
 */
describe('not-same-fact dismissal during a full analysis', { timeout: 300_000 }, () => {
  it('is kept for its pair when the analysis no longer raises the finding', async () => {
    const { folder } = await generatedWorkspace();

    // A finding an earlier analysis engine raised for a pair under another rule (so another id): the
    // full analysis after an upgrade (ANALYSIS_VERSION moved) no longer raises it and removes it.
    const { service, changed: target } = await changedWithAnalysisOff(folder, opened, async (off, real) => {
      const old: Finding = { ...real, id: `${real.id}0`, rule: `${real.rule}-old` };
      await off.ctx.store.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'findings', id: old.id, before: null, after: old }], audit: [] });
      return old;
    });
    const store = service.ctx.store;
    // The editor dismisses the (still stored) conflict as "not the same fact" right after the
    // analysis read the findings: the window is the whole build (seconds at newsroom scale).
    const decided = onFirstFullRead(store, async () => {
      await service.decideFinding({ findingId: target.id, decision: 'dismiss', note: 'hai số khác nhau', reason: 'not-same-fact' });
    });
    await service.analyze();
    expect(decided()).toBe(true);
    vi.restoreAllMocks();
    const pair = factPairKey(target);
    const forPair = (await service.listFindings()).filter((f) => factPairKey(f) === pair);
    expect(forPair.some((f) => f.status === 'dismissed' && f.decision?.kind === 'dismissed' && f.decision.reason === 'not-same-fact')).toBe(true);
  });
});
