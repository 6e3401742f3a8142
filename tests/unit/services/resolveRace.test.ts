import { describe, expect, it, vi } from 'vitest';
import { analyze, computeFindings, findingsUpToDate } from '../../../electron/services/findings';
import { openForWriting } from '../../../electron/services/open';
import { nextReview } from '../../../shared/review';
import type { Finding } from '../../../shared/schema';
import { closedAfterEach, findingsShape, generatedWorkspace, openKept } from './keptAnalysis';

const shape = (findings: readonly Finding[]) => findingsShape(findings);

const opened = closedAfterEach();

/**
 * "Resolve, and mark the right claim verified" on a corrected claim changes what the analysis sees
 * (the corrected value no longer applies) but is followed by no re-analysis: only its dirty mark
 * (noted as its commit STARTS) tells the next analysis. An analysis that runs while that commit is
 * in flight (the previous edit's, queued behind the background build) takes the mark, reads the review
 * as it was (still corrected), and clears it; nothing notes it again. The kept analysis then keeps
 * the old value, every later incremental run stores findings from it, and marks them up to date
 * (findingsRevision = claimsRevision): the next open trusts them.
 */
describe('resolve with applyReviews racing an analysis', { timeout: 300_000 }, () => {
  it('the stored findings still answer the claims after later edits, and after a reopen', async () => {
    const { folder } = await generatedWorkspace();
    const service = await openKept(folder, opened);

    // A corrected claim standing in an open conflict.
    const claims = (await service.listClaims()).filter((c) => c.value !== null);
    let pick: { claimId: string; finding: Finding } | null = null;
    for (const c of claims) {
      await service.reviewClaim({ claimId: c.id, status: 'corrected', correctedValue: (c.value ?? 0) * 3 + 1 });
      const f = (await service.listFindings()).find((x) => x.status === 'open' && x.type === 'conflict' && x.claimIds.includes(c.id));
      if (f) {
        pick = { claimId: c.id, finding: f };
        break;
      }
      await service.undo();
    }
    expect(pick).not.toBeNull();

    // The resolve's review commit is in flight (noted dirty, not yet stored) when an analysis runs.
    const store = service.ctx.store;
    const commit = store.commit.bind(store);
    vi.spyOn(store, 'commit').mockImplementation(async (request) => {
      if (request.action === 'finding.resolve') await analyze(service.ctx, { incremental: true });
      return commit(request);
    });
    await service.decideFinding({ findingId: pick!.finding.id, decision: 'resolve', rightClaimId: pick!.claimId, applyReviews: true, note: '' });
    vi.restoreAllMocks();
    expect((await store.reviews([pick!.claimId]))[0]?.status).toBe('verified');

    // A later, unrelated edit (incremental).
    const other = claims.find((c) => c.id !== pick!.claimId && !pick!.finding.claimIds.includes(c.id))!;
    await service.reviewClaim({ claimId: other.id, status: 'rejected' });
    // The stored findings are marked up to date: the next open trusts them (checked below).
    expect(findingsUpToDate(await store.meta())).toBe(true);
    const stored = shape(await service.listFindings());
    const full = shape((await computeFindings(service.ctx)).after);
    const inSession = JSON.stringify(stored) === JSON.stringify(full);
    await service.close();
    opened.splice(0);
    // The next open trusts what is stored (the meta says up to date) and keeps it.
    const again = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan', prepareAnalysis: true });
    opened.push(again);
    await again.analysisReady;
    const storedAgain = shape(await again.listFindings());
    const fullAgain = shape((await computeFindings(again.ctx)).after);
    expect(storedAgain).toEqual(fullAgain);
    expect(inSession).toBe(true);
  });

  it('any commit changing claims is noted again when it lands, even when its action asks for no re-analysis', async () => {
    const { folder } = await generatedWorkspace();
    const service = await openKept(folder, opened);
    const store = service.ctx.store;
    const findings = await service.listFindings();
    const inFindings = new Set(findings.filter((f) => f.type !== 'consistent').flatMap((f) => f.claimIds));
    const claims = (await service.listClaims()).filter((c) => inFindings.has(c.id) && c.value !== null);
    const [target, other] = claims;
    // A rejection committed with no re-analysis after it, while an incremental analysis runs in its window.
    const commit = store.commit.bind(store);
    vi.spyOn(store, 'commit').mockImplementation(async (request) => {
      if (request.action === 'test.reject') await analyze(service.ctx, { incremental: true });
      return commit(request);
    });
    const at = '2026-06-01T00:00:00.000Z';
    await service.ctx.commitAction('test.reject', [{ table: 'reviews', id: target!.id, before: null, after: nextReview(null, { claimId: target!.id, status: 'rejected' }, 'Lan', at) }]);
    vi.restoreAllMocks();
    // A later, unrelated edit: its incremental analysis also takes the rejection.
    await service.reviewClaim({ claimId: other!.id, status: 'corrected', correctedValue: (other!.value ?? 0) * 3 + 1 });
    expect(findingsUpToDate(await store.meta())).toBe(true);
    expect(shape(await service.listFindings())).toEqual(shape((await computeFindings(service.ctx)).after));
  });
});
