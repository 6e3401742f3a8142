// @vitest-environment happy-dom
import { join } from 'node:path';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoreWriteError, type WorkspaceStore } from '../../../electron/store/port';
import { failNextCommits } from './helpers/deskApi';
import { buildDocument } from '../../../shared/document';
import { bootDesk, openInStore, sample } from './helpers/desk';
import { tempDir } from '../helpers';

/**
 * An action the service saved but whose findings it could not update after it (the re-analysis's
 * write failed: a full disk) comes back as saved with a notice (findingsNotUpdated). The desk
 * applies it like any saved action, shows the notice, and offers no retry: a retry would do the
 * saved action a second time.
 */

const NOTICE_VI = /^Thay đổi đã được lưu, nhưng chưa cập nhật được các phát hiện/;

/** Makes the next findings commit ('analysis.run') fail as a full disk does; answers how many failed. */
function failNextAnalysis(store: WorkspaceStore): () => number {
  const commit = store.commit.bind(store);
  let failed = 0;
  store.commit = (request) => {
    if (request.action !== 'analysis.run' || failed > 0) return commit(request);
    failed++;
    return Promise.reject(new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })));
  };
  return () => failed;
}

describe('an action refused for what was asked (QA31 bug 4)', () => {
  it('adding a claim on words already a claim: the reason is shown, with no failed save and no retry', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const existing = data.bacGiang.claims[0]!;
    r.useDesk.getState().setSelection({ articleId: data.bacGiang.article.id, start: existing.start, end: existing.end });
    expect(await act(() => r.useDesk.getState().addClaim({ kind: 'count', value: 1 }))).toBe(false);
    const desk = r.useDesk.getState();
    expect(desk.error).toBe('Đoạn này đã là một nhận định.');
    expect(desk.saveState).not.toBe('failed');
    expect(desk.failed).toEqual([]);
  });
});

describe('a saved action whose findings could not be updated', () => {
  it('adding a claim: the claim is shown once, the notice too, and there is nothing to retry', async () => {
    const { served, store, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const text = data.bacGiang.article.text;
    const start = text.indexOf('209/209');
    const end = start + '209/209 tổ công nghệ số'.length;
    const before = served.ws.claims.length;
    r.useDesk.getState().setSelection({ articleId: data.bacGiang.article.id, start, end });
    const failures = failNextAnalysis(store);
    expect(await act(() => r.useDesk.getState().addClaim({ kind: 'count', value: 209 }))).toBe(true);
    expect(failures()).toBe(1);
    const desk = r.useDesk.getState();
    expect(desk.saveState).toBe('saved');
    expect(desk.failed).toEqual([]);
    expect(desk.error).toMatch(NOTICE_VI);
    const added = served.ws.claims.filter((c) => c.start === start && c.end === end);
    expect(added).toHaveLength(1);
    expect(served.ws.claims).toHaveLength(before + 1);
    expect(desk.current?.claims.filter((c) => c.id === added[0]!.id)).toHaveLength(1);
    expect(desk.rows.filter((row) => row.id === added[0]!.id)).toHaveLength(1);
    expect(desk.rows.find((row) => row.id === added[0]!.id)).not.toHaveProperty('findingsNotUpdated');
    // Nothing waits for a retry: pressing it (were it shown) adds nothing.
    await act(() => r.useDesk.getState().retryFailed());
    expect(served.callsTo('addClaim')).toHaveLength(1);
    expect(served.ws.claims).toHaveLength(before + 1);
  });

  it('undo: applied and announced with the notice; the next undo steps back the action before it', async () => {
    const { served, store, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    const other = data.bacGiang.claims.find((c) => c.id !== data.grdp.id && c.value !== null);
    if (!other) throw new Error('no second claim with a figure');
    expect(await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'corrected', correctedValue: 41.5 }))).toBe(true);
    expect(await act(() => r.useDesk.getState().review(other.id, { status: 'rejected' }))).toBe(true);
    const failures = failNextAnalysis(store);
    await act(() => r.useDesk.getState().undo());
    expect(failures()).toBe(1);
    let desk = r.useDesk.getState();
    expect(desk.error).toMatch(NOTICE_VI);
    expect(desk.actionNotice).toMatchObject({ direction: 'undo', action: 'review.rejected', claimId: other.id });
    expect(desk.canRedo).toBe(true);
    expect(served.statusOf(other.id)).toBe('unreviewed');
    expect(desk.rows.find((row) => row.id === other.id)?.status).toBe('unreviewed');
    // The next undo is the correction's, not the rejection's again.
    await act(() => r.useDesk.getState().undo());
    desk = r.useDesk.getState();
    expect(desk.actionNotice).toMatchObject({ direction: 'undo', action: 'review.corrected', claimId: data.grdp.id });
    expect(served.statusOf(data.grdp.id)).toBe('unreviewed');
    expect(served.callsTo('undo')).toHaveLength(2);
  });
});

describe('a finding decision that could not be saved', () => {
  it('offers to retry that decision, and the older failed action too', async () => {
    // Two stories that disagree on one figure: a conflict to decide.
    const daNang = (outlet: string, value: string, day: string) =>
      buildDocument(`Du lịch Đà Nẵng năm 2023\n\n${outlet} ${day}/01/2024\n\nNăm 2023, tổng thu du lịch của thành phố Đà Nẵng đạt ${value} tỷ đồng.`, `${outlet}.txt`, `2024-01-${day}T08:00:00.000Z`);
    const { served, store, r, data } = await bootDesk({ docs: [sample().bacGiang, daNang('Báo Đà Nẵng', '30.500', '08'), daNang('Tuổi Trẻ', '28.000', '10')] });
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    const { useFindings } = await import('../../../renderer/src/store/findings');
    // An earlier review whose save failed: its retry is pending.
    failNextCommits(store);
    expect(await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }))).toBe(false);
    expect(r.useDesk.getState().failed.map((f) => f.describe)).toEqual([`review:${data.grdp.id}:status`]);
    await served.service.analyze();
    const finding = (await served.service.listFindings()).find((f) => f.status === 'open' && f.type === 'conflict');
    if (!finding) throw new Error('no open finding in the sample');
    failNextCommits(store);
    const input = { findingId: finding.id, decision: 'dismiss' as const, note: 'khác phạm vi' };
    expect(await act(() => useFindings.getState().decide(input))).toBe(false);
    expect(r.useDesk.getState().saveState).toBe('failed');
    await act(() => r.useDesk.getState().retryFailed());
    expect((await served.service.listFindings()).find((f) => f.id === finding.id)?.status).toBe('dismissed');
    expect(served.callsTo('decideFinding')).toEqual([input, input]);
    // The earlier review is not hidden by the later failure: "Thử lại" sends it again too, by its own
    // retry (review of s32-ui, finding 5: one failed entry per action).
    expect(served.callsTo('reviewClaim')).toHaveLength(2);
    expect(served.statusOf(data.grdp.id)).toBe('verified');
    expect(r.useDesk.getState()).toMatchObject({ saveState: 'saved', failed: [] });
  });
});

describe('a re-extraction on opening whose analysis failed', () => {
  it('shows its report and the notice', async () => {
    const { served, r, data } = await bootDesk();
    // What the service answers when its re-extraction by a newer engine was saved but the analysis after it failed.
    const notice = 'Thay đổi đã được lưu, nhưng chưa cập nhật được các phát hiện theo thay đổi này.';
    served.service.upgraded = { articles: 2, before: 9, after: 9, reviewsMoved: 0, kept: 0, detached: [], findingsNotUpdated: notice };
    await openInStore(r, data.bacGiang.article.id);
    expect(r.useDesk.getState().upgraded).toEqual({ articles: 2, before: 9, after: 9, reviewsMoved: 0, kept: 0, detached: [] });
    expect(r.useDesk.getState().error).toBe(notice);
  });
});

describe('an import saved whose findings could not be updated', () => {
  const title = 'Doanh thu du lịch quý I';
  const text = 'Hà Nội, ngày 12/4/2024 – Doanh thu du lịch quý I của Hà Nội đạt 30.500 tỷ đồng, tăng 12% so với cùng kỳ.';

  async function booted() {
    const { served, store, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const { useTransfer } = await import('../../../renderer/src/store/transfer');
    return { served, store, r, data, useTransfer };
  }

  it('an import job (files dropped): the report is shown without the field, the notice too', async () => {
    const { served, store, r, useTransfer } = await booted();
    const articles = (await served.service.listArticles()).length;
    const failures = failNextAnalysis(store);
    await act(() => useTransfer.getState().importDropped([new File([text], 'du-lich.txt', { type: 'text/plain' })]));
    expect(failures()).toBe(1);
    const report = useTransfer.getState().report;
    expect(report?.imported).toHaveLength(1);
    expect(report).not.toHaveProperty('findingsNotUpdated');
    expect(r.useDesk.getState().error).toMatch(NOTICE_VI);
    expect(useTransfer.getState().job).toBeNull();
    expect(await served.service.listArticles()).toHaveLength(articles + 1);
  });

  it('pasted text: imported once, the report without the field, the notice shown', async () => {
    const { served, store, r, useTransfer } = await booted();
    const failures = failNextAnalysis(store);
    expect(await act(() => useTransfer.getState().importText(title, text))).toBe(true);
    expect(failures()).toBe(1);
    const report = useTransfer.getState().report;
    expect(report?.imported).toHaveLength(1);
    expect(report).not.toHaveProperty('findingsNotUpdated');
    expect(r.useDesk.getState().error).toMatch(NOTICE_VI);
    expect(served.callsTo('importText')).toHaveLength(1);
  });

  it('a merge conflict settled for the incoming review: settled, the notice shown', async () => {
    const { served, store, r, data, useTransfer } = await booted();
    // Verified in an export, rejected here since: merging the export leaves a conflict to settle.
    const claimId = data.grdp.id;
    await served.service.reviewClaim({ claimId, status: 'verified' });
    const exported = join(await tempDir(), 'export.json');
    await served.service.exportTo(exported, { format: 'json', scope: {} });
    await served.service.reviewClaim({ claimId, status: 'rejected', note: 'Không phải số liệu' });
    expect((await served.service.importPaths([exported])).merged?.conflicts).toBe(1);
    await act(() => useTransfer.getState().loadConflicts());
    expect(useTransfer.getState().conflicts).toHaveLength(1);
    const failures = failNextAnalysis(store);
    await act(() => useTransfer.getState().resolveConflict(`review:${claimId}`, 'incoming'));
    expect(failures()).toBe(1);
    expect(r.useDesk.getState().error).toMatch(NOTICE_VI);
    expect(useTransfer.getState()).toMatchObject({ conflicts: [], dialog: 'none' });
    expect(served.statusOf(claimId)).toBe('verified');
  });
});
