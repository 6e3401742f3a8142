import { describe, expect, it, vi } from 'vitest';
import { computeFindings, findingsUpToDate } from '../../../electron/services/findings';
import { FindingsAnalysis } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { closedAfterEach, findingsShape, generatedWorkspace, openKept } from './keptAnalysis';

const shape = (findings: readonly Finding[]) => findingsShape(findings, true);

const opened = closedAfterEach();

/**
 * An edit's incremental analysis whose commit finds a finding it changes decided meanwhile: the
 * findings the edit re-examined are assembled again from the kept analysis and what is stored now (the
 * engine's rules: a finding whose claims changed is open again), without building the analysis again
 * nor assembling every finding.
 */
describe('a decision made while an edit is analysed incrementally', { timeout: 300_000 }, () => {
  it('makes the findings be assembled again from the kept analysis, not built again, and what is stored is what a full analysis gives', async () => {
    const { folder } = await generatedWorkspace();
    const service = await openKept(folder, opened);
    const store = service.ctx.store;
    const target = (await service.listFindings()).find((f) => f.type === 'conflict' && f.status === 'open' && f.claimIds.length === 2);
    expect(target).toBeDefined();
    const [claim] = await store.claims([target!.claimIds[0]!]);

    // Right after the edit's analysis read the findings it re-examines, the editor dismisses the finding.
    const read = store.getFindings.bind(store);
    let state: 'armed' | 'deciding' | 'done' = 'armed';
    vi.spyOn(store, 'getFindings').mockImplementation(async (ids) => {
      const found = await read(ids);
      if (state === 'armed' && ids.includes(target!.id) && ids.length > 1) {
        state = 'deciding';
        await service.decideFinding({ findingId: target!.id, decision: 'dismiss', note: 'đã kiểm tra' });
        state = 'done';
      }
      return found;
    });
    const builds = vi.spyOn(FindingsAnalysis, 'staged');
    // Re-assembled in proportion to the edit (review 3 NIT 5): only the findings the edit re-examined,
    // not every finding in one step (1.6 s at 100k claims).
    const everyFinding = vi.spyOn(FindingsAnalysis.prototype, 'findingsStaged');
    const again = vi.spyOn(FindingsAnalysis.prototype, 'changedFindingsAgainStaged');
    await service.reviewClaim({ claimId: claim!.id, status: 'corrected', correctedValue: (claim!.value ?? 0) * 7 + 13 });
    expect(state).toBe('done');
    expect(builds).not.toHaveBeenCalled();
    expect(everyFinding).not.toHaveBeenCalled();
    expect(again).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();

    const [after] = await store.getFindings([target!.id]);
    // Decided on the finding as it stood before the correction: the changed finding is open again.
    expect(after?.fingerprint).not.toBe(target!.fingerprint);
    expect(after?.status).toBe('open');
    expect(findingsUpToDate(await store.meta())).toBe(true);
    expect(shape(await service.listFindings())).toEqual(shape((await computeFindings(service.ctx)).after));
  });
});
