import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findingsUpToDate } from '../../../electron/services/findings';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { StoreWriteError } from '../../../electron/store/port';
import { contract, DeskEvent } from '../../../shared/ipc/contract';
import type { MethodName } from '../../../shared/ipc/methods';
import { seedsDir, tempDir } from '../helpers';
import { closedAfterEach } from './keptAnalysis';

/**
 * Every action that commits and then re-analyses (reanalysisFailure.test.ts covers a review): when
 * the analysis after it fails to be written (a full disk), the action is on disk and answered as
 * saved, with the notice; so the caller does not retry it, and doing the next action does not do
 * this one twice.
 */

const opened = closedAfterEach();
const NOTICE_VI = /^Thay đổi đã được lưu, nhưng chưa cập nhật được các phát hiện/;

/** What crosses to the renderer: the outcome as the contract's output schema passes it (dispatch checks every answer so). */
function viaContract(method: MethodName, outcome: unknown): { findingsNotUpdated?: string } {
  return contract[method].output.parse(outcome) as { findingsNotUpdated?: string };
}

async function openAt(path: string): Promise<WorkspaceService> {
  const s = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(path), seedsDir, defaultReviewer: 'Ngọc', sliceMs: 0 });
  opened.push(s);
  return s;
}

/** The seeds workspace on disk; failNext() makes the next findings commit ('analysis.run') fail as a full disk does. */
async function seeded() {
  const path = join(await tempDir(), 'ws.json');
  const s = await openAt(path);
  const store = s.ctx.store;
  const commit = store.commit.bind(store);
  let armed = false;
  let failed = 0;
  vi.spyOn(store, 'commit').mockImplementation(async (req) => {
    if (armed && req.action === 'analysis.run') {
      armed = false;
      failed++;
      throw new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
    }
    return commit(req);
  });
  /** The action's findings commit failed once, and the stored meta says the findings are behind (the next open analyses again). */
  const failedOnce = async (): Promise<void> => {
    expect(failed).toBe(1);
    expect(findingsUpToDate(await s.ctx.store.meta())).toBe(false);
  };
  /** The workspace read back from disk. */
  const reopened = async (): Promise<WorkspaceService> => {
    await s.close();
    return openAt(path);
  };
  return { s, failNext: () => void (armed = true), failedOnce, reopened };
}

/** A claim with a value that stands in a finding of two claims, and the finding. */
async function claimInFinding(s: WorkspaceService) {
  const finding = (await s.listFindings()).find((f) => f.type === 'conflict' && f.claimIds.length === 2) ?? (await s.listFindings()).find((f) => f.claimIds.length === 2);
  if (!finding) throw new Error('no finding of two claims in the seeds');
  const claim = await s.findClaim(finding.claimIds[0]!);
  return { finding, claim };
}

describe('an action whose analysis fails after its commit is answered as saved', () => {
  it('adding a claim: on disk once, the notice in Vietnamese; adding it again is refused, not doubled', async () => {
    const { s, failNext, failedOnce, reopened } = await seeded();
    const { claim } = await claimInFinding(s);
    const { article, claims } = await s.getArticle(claim.articleId);
    // Some words of the article that are no claim yet.
    const taken = (at: number) => claims.some((c) => c.start <= at && at < c.end);
    const start = [...article.text.matchAll(/\d+/g)].find((m) => m.index !== undefined && !taken(m.index) && !taken(m.index + m[0].length - 1))?.index;
    if (start === undefined) throw new Error('no free figure in the article');
    const end = start + /^\d+/.exec(article.text.slice(start))![0].length;
    failNext();
    const added = await s.addClaim({ articleId: article.id, start, end });
    await failedOnce();
    expect(added.findingsNotUpdated).toMatch(NOTICE_VI);
    expect(added).toMatchObject({ articleId: article.id, start, end, origin: 'manual' });
    expect(viaContract('addClaim', added)).toEqual(added);
    await expect(s.addClaim({ articleId: article.id, start, end })).rejects.toMatchObject({ code: 'invalid_input' });
    const back = await reopened();
    const after = (await back.getArticle(article.id)).claims;
    expect(after.filter((c) => c.start === start && c.end === end)).toHaveLength(1);
    expect(after).toHaveLength(claims.length + 1);
  });

  it('editing a claim: the new value is on disk, with the notice (in English when the desk is)', async () => {
    const { s, failNext, failedOnce, reopened } = await seeded();
    await s.updateSettings({ language: 'en' });
    const { claim } = await claimInFinding(s);
    const value = (claim.value ?? 0) * 7 + 11;
    failNext();
    const edited = await s.editClaim({ claimId: claim.id, fields: { value } });
    await failedOnce();
    expect(edited.findingsNotUpdated).toMatch(/^The change is saved, but the findings could not be updated/);
    expect(edited.value).toBe(value);
    expect(viaContract('editClaim', edited)).toEqual(edited);
    const back = await reopened();
    expect((await back.findClaim(claim.id)).value).toBe(value);
    // One edit, one undo step: the undo takes it back to the extracted value.
    await back.undo();
    expect((await back.findClaim(claim.id)).value).toBe(claim.value);
  });

  it('undo: the step is on disk with the notice, and the next undo undoes the action before it, not the same one again', async () => {
    const { s, failNext, failedOnce, reopened } = await seeded();
    const { finding, claim: a } = await claimInFinding(s);
    const b = await s.findClaim(finding.claimIds[1]!);
    await s.reviewClaim({ claimId: a.id, status: 'corrected', correctedValue: (a.value ?? 0) + 5 });
    await s.reviewClaim({ claimId: b.id, status: 'rejected' });
    failNext();
    const first = await s.undo();
    await failedOnce();
    expect(first.findingsNotUpdated).toMatch(NOTICE_VI);
    expect(first).toMatchObject({ action: 'review.rejected', claimIds: [b.id], canUndo: true, canRedo: true });
    expect(viaContract('undo', first)).toEqual(first);
    const second = await s.undo();
    expect(second.findingsNotUpdated).toBeUndefined();
    expect(second).toMatchObject({ action: 'review.corrected', claimIds: [a.id] });
    // Reopened from disk: both reviews undone, two steps to redo (the rejection last undone, first redone).
    await s.redo();
    const back = await reopened();
    expect(await back.ctx.store.reviews([a.id, b.id])).toEqual([expect.objectContaining({ claimId: a.id, status: 'corrected' })]);
    expect(await back.ctx.store.undoDepth()).toMatchObject({ undo: 1, redo: 1 });
    expect((await back.redo()).action).toBe('review.rejected');
  });

  it('redo: the step is on disk with the notice, and the next redo has nothing left to redo', async () => {
    const { s, failNext, failedOnce, reopened } = await seeded();
    const { claim } = await claimInFinding(s);
    await s.reviewClaim({ claimId: claim.id, status: 'rejected' });
    await s.undo();
    failNext();
    const redone = await s.redo();
    await failedOnce();
    expect(redone.findingsNotUpdated).toMatch(NOTICE_VI);
    expect(redone).toMatchObject({ action: 'review.rejected', canUndo: true, canRedo: false });
    expect(viaContract('redo', redone)).toEqual(redone);
    expect(await s.redo()).toMatchObject({ action: null, claimIds: [] });
    const back = await reopened();
    expect(await back.ctx.store.reviews([claim.id])).toEqual([expect.objectContaining({ status: 'rejected' })]);
    expect(await back.ctx.store.undoDepth()).toMatchObject({ undo: 1, redo: 0 });
  });

  it('a finding resolved with its reviews: decision and reviews on disk, with the notice', async () => {
    const { s, failNext, failedOnce, reopened } = await seeded();
    const { finding, claim } = await claimInFinding(s);
    // Corrected to the figure it already says: the finding stays, and verifying it changes what the analysis sees.
    await s.reviewClaim({ claimId: claim.id, status: 'corrected', correctedValue: claim.value ?? 0 });
    const current = (await s.listFindings()).find((f) => f.claimIds.includes(claim.id) && f.claimIds.length === 2 && f.status === 'open');
    if (!current) throw new Error(`finding ${finding.id} gone after the correction`);
    failNext();
    const decided = await s.decideFinding({ findingId: current.id, decision: 'resolve', rightClaimId: claim.id, applyReviews: true });
    await failedOnce();
    expect(decided.findingsNotUpdated).toMatch(NOTICE_VI);
    expect(decided).toMatchObject({ id: current.id, status: 'resolved' });
    expect(viaContract('decideFinding', decided)).toEqual(decided);
    const back = await reopened();
    expect((await back.ctx.store.getFindings([current.id]))[0]).toMatchObject({ status: 'resolved' });
    expect(await back.ctx.store.reviews([claim.id])).toEqual([expect.objectContaining({ status: 'verified' })]);
    // The decision's reviews are one undo step, saved once.
    expect((await back.ctx.store.undoEntries('undo')).filter((e) => e.action === 'finding.resolve')).toHaveLength(1);
  });

  it('a merge conflict settled for the incoming review: the review is on disk with the notice; settling it again is refused', async () => {
    const { s, failNext, failedOnce, reopened } = await seeded();
    // The same seeds elsewhere, with the claim verified there, exported.
    const dir = await tempDir();
    const elsewhere = await openAt(join(dir, 'elsewhere.json'));
    const claimId = (await elsewhere.listClaims()).find((c) => c.quote === '42,13%')?.id ?? '';
    await elsewhere.reviewClaim({ claimId, status: 'verified' });
    const exported = join(dir, 'export.json');
    await elsewhere.exportTo(exported, { format: 'json', scope: {} });
    // Here it was rejected: merging the export leaves a conflict to settle.
    await s.reviewClaim({ claimId, status: 'rejected', note: 'Không phải số liệu' });
    expect((await s.importPaths([exported])).merged?.conflicts).toBe(1);
    failNext();
    // Keeping the incoming review (verified) brings the claim back into the analysis.
    const settled = await s.resolveImportConflict(`review:${claimId}`, 'incoming');
    await failedOnce();
    expect(settled).toEqual({ remaining: 0, findingsNotUpdated: expect.stringMatching(NOTICE_VI) });
    expect(viaContract('resolveImportConflict', settled)).toEqual(settled);
    await expect(s.resolveImportConflict(`review:${claimId}`, 'incoming')).rejects.toMatchObject({ code: 'not_found' });
    const back = await reopened();
    expect(await back.ctx.store.reviews([claimId])).toEqual([expect.objectContaining({ status: 'verified' })]);
  });

  it('a re-extraction: the claims it brings back are on disk with the notice; re-extracting again changes nothing', async () => {
    const { s, failNext, failedOnce, reopened } = await seeded();
    const { claim } = await claimInFinding(s);
    const count = (await s.listClaims()).length;
    // A claim the engine extracts is missing from the stored workspace (written by an engine that missed it).
    await s.ctx.store.commit({ action: 'test', who: 'Ngọc', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'claims', id: claim.id, before: claim, after: null }], audit: [] });
    failNext();
    const report = await s.reextract();
    await failedOnce();
    expect(report).toMatchObject({ before: count - 1, after: count, findingsNotUpdated: expect.stringMatching(NOTICE_VI) });
    // A re-extraction runs as a job: its report reaches the renderer in a pushed event, checked by DeskEvent.
    const job = { type: 'job', job: { id: 'j2', kind: 'reextract', state: 'finished', done: 1, total: 1, current: null, analysis: null, result: report, error: null } };
    expect(DeskEvent.parse(job)).toEqual(job);
    const back = await reopened();
    expect(await back.findClaim(claim.id)).toMatchObject({ quote: claim.quote });
    expect(await back.reextract()).toMatchObject({ before: count, after: count, detached: [] });
    expect(await back.listClaims()).toHaveLength(count);
  });

  it('an import: the article is on disk with the notice; importing it again finds the duplicate', async () => {
    const { s, failNext, failedOnce, reopened } = await seeded();
    const before = (await s.listArticles()).length;
    const title = 'Doanh thu du lịch quý I';
    const text = 'Hà Nội, ngày 12/4/2024 – Doanh thu du lịch quý I đạt 30.500 tỷ đồng, tăng 12% so với cùng kỳ.';
    failNext();
    const report = await s.importText(title, text);
    await failedOnce();
    expect(report.findingsNotUpdated).toMatch(NOTICE_VI);
    expect(report.imported).toHaveLength(1);
    expect(viaContract('importText', report)).toEqual(report);
    // An import by a job: its report reaches the renderer in a pushed event, checked by DeskEvent.
    const job = { type: 'job', job: { id: 'j1', kind: 'import', state: 'finished', done: 1, total: 1, current: null, analysis: null, result: report, error: null } };
    expect(DeskEvent.parse(job)).toEqual(job);
    const again = await s.importText(title, text);
    expect(again.imported).toHaveLength(0);
    expect(again.duplicates).toHaveLength(1);
    const back = await reopened();
    expect(await back.listArticles()).toHaveLength(before + 1);
    expect((await back.getArticle(report.imported[0]!.articleId)).claims.length).toBeGreaterThan(0);
  });
});
