import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analysisKept, computeFindings, findingsUpToDate } from '../../../electron/services/findings';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { StoreWriteError } from '../../../electron/store/port';
import { seedsDir, tempDir } from '../helpers';
import { closedAfterEach, findingsShape } from './keptAnalysis';

const opened = closedAfterEach();

/** A service whose next findings commit ('analysis.run') fails as a full disk does. */
async function failingFindingsWrite(language?: 'en') {
  const s = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(await tempDir(), 'ws.json')), seedsDir, defaultReviewer: 'Ngọc', sliceMs: 0 });
  opened.push(s);
  if (language) await s.updateSettings({ language });
  const claims = (await s.listClaims()).filter((x) => x.value !== null);
  const inFindings = new Set((await s.listFindings()).flatMap((x) => x.claimIds));
  const [a, b] = claims.filter((x) => inFindings.has(x.id));
  const store = s.ctx.store;
  const commit = store.commit.bind(store);
  let failed = 0;
  vi.spyOn(store, 'commit').mockImplementation(async (req) => {
    if (req.action === 'analysis.run' && failed === 0) {
      failed++;
      throw new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
    }
    return commit(req);
  });
  return { s, a: a!, b: b!, failures: () => failed };
}

describe('a re-analysis that fails after a correction', () => {
  it('reports the correction saved, says separately (in Vietnamese) that the findings are behind, and the next edit redoes them', async () => {
    const { s, a, b, failures } = await failingFindingsWrite();
    const before = await s.listFindings();
    const outcome = await s.reviewClaim({ claimId: a.id, status: 'corrected', correctedValue: (a.value ?? 0) * 3 + 7 });
    expect(failures()).toBe(1);
    // The correction stands, and says so.
    expect(outcome).toMatchObject({ claimId: a.id, status: 'corrected', correctedValue: (a.value ?? 0) * 3 + 7 });
    expect(outcome.findingsNotUpdated).toMatch(/^Thay đổi đã được lưu, nhưng chưa cập nhật được các phát hiện/);
    expect((await s.ctx.store.reviews([a.id]))[0]).toMatchObject({ status: 'corrected' });
    // The findings are left as they were, marked behind the claims; the analysis is dropped.
    expect(await s.listFindings()).toEqual(before);
    expect(findingsUpToDate(await s.ctx.store.meta())).toBe(false);
    expect(analysisKept(s.ctx)).toBe(false);
    // The next correction analyses again (both corrections): findings as a full analysis says.
    const next = await s.reviewClaim({ claimId: b.id, status: 'corrected', correctedValue: (b.value ?? 0) * 5 + 3 });
    expect(next.findingsNotUpdated).toBeUndefined();
    vi.restoreAllMocks();
    expect(findingsShape(await s.listFindings(), true)).toEqual(findingsShape((await computeFindings(s.ctx)).after, true));
    expect(findingsUpToDate(await s.ctx.store.meta())).toBe(true);
  });

  it('says it in English when the desk is in English', async () => {
    const { s, a } = await failingFindingsWrite('en');
    const outcome = await s.reviewClaim({ claimId: a.id, status: 'corrected', correctedValue: (a.value ?? 0) * 3 + 7 });
    expect(outcome.status).toBe('corrected');
    expect(outcome.findingsNotUpdated).toMatch(/^The change is saved, but the findings could not be updated/);
  });
});
