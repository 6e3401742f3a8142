import { describe, expect, it, vi } from 'vitest';
import { analysisKept, computeFindings, forgetAnalysis } from '../../../electron/services/findings';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { FindingsAnalysis } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { closedAfterEach, findingsShape, openSlicedSeeds } from './keptAnalysis';

const opened = closedAfterEach();

/**
 * Runs `meanwhile` from a callback queued (setImmediate) as an edit's re-analysis has read the claims
 * it brings the kept analysis up to date with, i.e. just before the update of the kept analysis
 * starts. The returned state tells whether the callback ran before the re-analysis read the findings
 * it re-examined (which it does once the kept analysis is updated and the touched findings named).
 */
function whileUpdating(service: WorkspaceService, meanwhile: () => Promise<unknown>): { ranBeforeUpdateEnded: boolean | null; done: Promise<unknown> | null } {
  const store = service.ctx.store;
  const state: { ranBeforeUpdateEnded: boolean | null; done: Promise<unknown> | null } = { ranBeforeUpdateEnded: null, done: null };
  let ran = false;
  let armed = true;
  // The review's own read of its claim (its kind, to check a corrected value) comes before the commit;
  // the re-analysis reads the changed claims after it.
  let committed = false;
  const commit = store.commit.bind(store);
  vi.spyOn(store, 'commit').mockImplementation(async (request) => {
    const result = await commit(request);
    committed = true;
    return result;
  });
  const readClaims = store.claims.bind(store);
  vi.spyOn(store, 'claims').mockImplementation(async (ids) => {
    const found = await readClaims(ids);
    // The re-analysis's read of the changed claims (a few ids, not every claim).
    if (armed && committed && ids !== undefined && ids.length > 0) {
      armed = false;
      setImmediate(() => {
        ran = true;
        state.done = meanwhile();
      });
    }
    return found;
  });
  const readFindings = store.getFindings.bind(store);
  vi.spyOn(store, 'getFindings').mockImplementation(async (ids) => {
    if (!armed && state.ranBeforeUpdateEnded === null) state.ranBeforeUpdateEnded = ran;
    return readFindings(ids);
  });
  return state;
}

describe("an edit's re-analysis in slices", () => {
  it('lets the event loop turn while the kept analysis is updated: a read meanwhile sees the findings before the edit, and after it those of a full analysis', async () => {
    const service = await openSlicedSeeds(opened);
    const claims = await service.listClaims();
    const pair = (await service.listFindings()).find((f) => f.type === 'consistent' && f.claimIds.length === 2);
    const target = claims.find((c) => c.id === pair?.claimIds[0]);
    if (!target) throw new Error('no claim in an agreeing pair among the seeds');
    const before = findingsShape(await service.listFindings());

    let seenMeanwhile: Finding[] | null = null;
    const state = whileUpdating(service, async () => {
      seenMeanwhile = await service.listFindings();
    });
    await service.reviewClaim({ claimId: target.id, status: 'corrected', correctedValue: (target.value ?? 0) * 3 + 7 });
    await state.done;
    vi.restoreAllMocks();

    // The callback queued as the update started ran before the update ended.
    expect(state.ranBeforeUpdateEnded).toBe(true);
    // What a read saw meanwhile is the findings stored before the edit, not a half-updated state...
    expect(findingsShape(seenMeanwhile ?? [])).toEqual(before);
    // ...and what is stored after is what a full analysis gives, which differs from before.
    const after = findingsShape(await service.listFindings());
    expect(after).toEqual(findingsShape((await computeFindings(service.ctx)).after));
    expect(after).not.toEqual(before);
  });

  it('queues a correction asked while another one is being re-analysed: both land, and the findings stored are those of a full analysis', async () => {
    const service = await openSlicedSeeds(opened);
    const claims = (await service.listClaims()).filter((c) => c.value !== null);
    const inFindings = new Set((await service.listFindings()).flatMap((f) => f.claimIds));
    const [first, second] = claims.filter((c) => inFindings.has(c.id));
    expect(second).toBeDefined();
    const before = findingsShape(await service.listFindings());

    let seenMeanwhile: Finding[] | null = null;
    const state = whileUpdating(service, async () => {
      // A read, then the second correction (its re-analysis waits for the first's), then a read again.
      seenMeanwhile = await service.listFindings();
      await service.reviewClaim({ claimId: second!.id, status: 'corrected', correctedValue: (second!.value ?? 0) * 5 + 3 });
    });
    await service.reviewClaim({ claimId: first!.id, status: 'corrected', correctedValue: (first!.value ?? 0) * 3 + 7 });
    await state.done;
    vi.restoreAllMocks();

    expect(state.ranBeforeUpdateEnded).toBe(true);
    expect(findingsShape(seenMeanwhile ?? [])).toEqual(before);
    const reviews = await service.ctx.store.reviews([first!.id, second!.id]);
    expect(reviews.map((r) => r.status)).toEqual(['corrected', 'corrected']);
    expect(findingsShape(await service.listFindings())).toEqual(findingsShape((await computeFindings(service.ctx)).after));
  });

  it('stores no delta from a kept analysis dropped while it was updated (a restore): the edit is analysed again in full', async () => {
    const service = await openSlicedSeeds(opened);
    const claims = (await service.listClaims()).filter((c) => c.value !== null);
    const inFindings = new Set((await service.listFindings()).flatMap((f) => f.claimIds));
    const target = claims.find((c) => inFindings.has(c.id));
    if (!target) throw new Error('no claim in a finding among the seeds');
    const state = whileUpdating(service, async () => forgetAnalysis(service.ctx));
    const builds = vi.spyOn(FindingsAnalysis, 'staged');
    await service.reviewClaim({ claimId: target.id, status: 'corrected', correctedValue: (target.value ?? 0) * 3 + 7 });
    await state.done;
    expect(state.ranBeforeUpdateEnded).toBe(true);
    // The delta computed from the dropped analysis was not stored: a full analysis ran and is kept.
    expect(builds).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    expect(analysisKept(service.ctx)).toBe(true);
    expect(findingsShape(await service.listFindings())).toEqual(findingsShape((await computeFindings(service.ctx)).after));
  });
});
