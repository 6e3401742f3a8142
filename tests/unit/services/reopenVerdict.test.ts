import { describe, expect, it, vi } from 'vitest';
import { changedWithAnalysisOff, closedAfterEach, generatedWorkspace, onFirstFullRead } from './keptAnalysis';

const opened = closedAfterEach();

/**
 * A finding whose claims changed is open again (README, shared/analysis): a dismissal made while a
 * full analysis computes, on the finding as it stood before the change, must not be put on the
 * changed finding. (Review 2 of the background analysis, RISK C.)
 */
describe('a dismissal during a full analysis, of a finding whose claims changed before it', { timeout: 300_000 }, () => {
  it('leaves the finding open again, as a decision made before the change would (README, shared/analysis)', async () => {
    const { folder } = await generatedWorkspace();

    // An edit whose analysis did not land (crash, kill, analysis off): one claim of an open conflict
    // gets another value (still a conflict: same finding id, another fingerprint).
    const { service, changed: target } = await changedWithAnalysisOff(folder, opened, async (off, conflict) => {
      const [a] = await off.ctx.store.claims([conflict.claimIds[0]!]);
      await off.reviewClaim({ claimId: a!.id, status: 'corrected', correctedValue: (a!.value ?? 0) * 7 + 13 });
      return conflict;
    });
    const store = service.ctx.store;
    // The editor dismisses the (still stored) conflict as "not the same fact" right after the
    // analysis read the findings: the window is the whole build (seconds at newsroom scale).
    const decided = onFirstFullRead(store, async () => {
      await service.decideFinding({ findingId: target.id, decision: 'dismiss', note: 'đã kiểm tra' });
    });
    await service.analyze();
    expect(decided()).toBe(true);
    vi.restoreAllMocks();
    const [after] = await service.ctx.store.getFindings([target.id]);
    expect(after?.fingerprint).not.toBe(target.fingerprint);
    expect(after?.status).toBe('open');
  });
});
