import { describe, expect, it, vi } from 'vitest';
import { analysesSettled } from '../../../electron/services/findings';
import { explainStoredFinding } from '../../../shared/analysis';
import { closedAfterEach, openSlicedSeeds } from './keptAnalysis';

const opened = closedAfterEach();

describe('a language switch during an edit re-analysis', () => {
  it('leaves no finding of the edit in the old language (one the edit only adds, too)', async () => {
    const service = await openSlicedSeeds(opened);
    const findings = await service.listFindings();
    const f = findings.find((x) => x.claimIds.length === 2 && x.type !== 'consistent') ?? findings.find((x) => x.claimIds.length === 2)!;
    const claimId = f.claimIds[0]!;
    // Rejected, the claim's findings leave; verified again, the edit's delta only adds them back.
    await service.reviewClaim({ claimId, status: 'rejected' });
    const store = service.ctx.store;
    let switching: Promise<unknown> | null = null;
    const readFindings = store.getFindings.bind(store);
    // The switch starts as the re-analysis reads the findings it touched (the language is read then).
    vi.spyOn(store, 'getFindings').mockImplementation(async (ids) => {
      if (switching === null) switching = service.updateSettings({ language: 'en' });
      return readFindings(ids);
    });
    await service.reviewClaim({ claimId, status: 'verified' });
    expect(switching).not.toBeNull();
    await switching;
    // The switch is answered at once; its re-explanation of the findings was queued behind the
    // edit's re-analysis (in flight as it was asked) and runs after that analysis's commit.
    await analysesSettled(service.ctx);
    vi.restoreAllMocks();
    const stored = await service.listFindings();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((x) => x.claimIds.includes(claimId)).length).toBeGreaterThan(0);
    expect(stored.filter((x) => x.explanation !== explainStoredFinding(x, 'en')).map((x) => x.explanation)).toEqual([]);
  });
});
