import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/services/audit';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { seedsDir, tempDir } from '../helpers';

const open = (file: string) =>
  WorkspaceService.open({ repository: new LowdbWorkspaceRepository(file), seedsDir, defaultReviewer: 'Thu' });

function bacGiang(service: WorkspaceService) {
  const article = service.workspace.articles.find((a) => a.title?.includes('Những kết quả ấn tượng'));
  if (!article) throw new Error('seed missing');
  return article;
}

describe('review actions', () => {
  it('flags with a reason, keeps note and evidence through later status changes, and clears the reason', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const claim = service.workspace.claims.find((c) => c.quote === '42,13%');
    if (!claim) throw new Error('claim missing');
    const flagged = await service.reviewClaim({
      claimId: claim.id,
      status: 'flagged',
      flagReason: 'needs_source',
      note: 'Chưa thấy số liệu của Cục Thống kê',
      evidence: [{ url: 'https://bacgiang.gov.vn/bao-cao-2023', note: 'Báo cáo KT-XH 2023' }],
    });
    expect(flagged).toMatchObject({ status: 'flagged', flagReason: 'needs_source' });
    const verified = await service.reviewClaim({ claimId: claim.id, status: 'verified', verdict: 'true' });
    expect(verified).toMatchObject({
      status: 'verified',
      flagReason: null,
      verdict: 'true',
      note: 'Chưa thấy số liệu của Cục Thống kê',
      evidence: [{ url: 'https://bacgiang.gov.vn/bao-cao-2023', note: 'Báo cáo KT-XH 2023' }],
    });
    await expect(service.reviewClaim({ claimId: claim.id, status: 'verified', verdict: 'kinda' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('a corrected value is checked against the claim kind', () => {
  it('refuses 9,5 years for a streak and a rank above its total, in both languages, and saves nothing', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const streak = service.workspace.claims.find((c) => c.kind === 'streak' && c.quote.startsWith('3 năm liên tiếp'));
    if (!streak) throw new Error('streak claim missing');
    const refused = service.reviewClaim({ claimId: streak.id, status: 'corrected', correctedValue: 9.5 });
    await expect(refused).rejects.toMatchObject({ code: 'invalid_input', messages: { vi: expect.stringContaining('Độ dài chuỗi liên tiếp'), en: expect.stringContaining('The length of a streak is a whole number') } });
    expect(service.workspace.reviews[streak.id]?.status ?? 'unreviewed').toBe('unreviewed');
    await expect(service.reviewClaim({ claimId: streak.id, status: 'corrected', correctedValue: 4 })).resolves.toMatchObject({ status: 'corrected', correctedValue: 4 });
    // A note on that correction later is not refused for the value it keeps.
    await expect(service.reviewClaim({ claimId: streak.id, status: 'corrected', note: 'Sở TT&TT xác nhận' })).resolves.toMatchObject({ correctedValue: 4 });
    const rank = service.workspace.claims.find((c) => c.kind === 'rank' && c.total !== null);
    if (!rank || rank.total === null) throw new Error('rank claim missing');
    await expect(service.reviewClaim({ claimId: rank.id, status: 'corrected', correctedValue: rank.total + 1 })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('a claim edit is checked against the value it was corrected to', () => {
  it('refuses a new kind or total the correction does not fit, in both languages, and keeps the claim', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const rank = service.workspace.claims.find((c) => c.kind === 'rank' && c.total === null);
    if (!rank) throw new Error('rank claim without a total missing');
    await service.reviewClaim({ claimId: rank.id, status: 'corrected', correctedValue: 90 });
    const refused = service.editClaim({ claimId: rank.id, fields: { total: 63 } });
    await expect(refused).rejects.toMatchObject({
      code: 'invalid_input',
      messages: { vi: expect.stringContaining('đã được sửa thành 90'), en: expect.stringContaining('corrected to 90') },
    });
    await expect(refused).rejects.toMatchObject({ messages: { vi: expect.stringContaining('Thứ hạng không thể lớn hơn'), en: expect.stringContaining('A rank cannot be above') } });
    expect(service.workspace.claims.find((c) => c.id === rank.id)?.total).toBeNull();
    // A total the value fits is saved; turning a count of 2,5 into a streak is refused the same way.
    await expect(service.editClaim({ claimId: rank.id, fields: { total: 100 } })).resolves.toMatchObject({ total: 100 });
    const count = service.workspace.claims.find((c) => c.kind === 'count');
    if (!count) throw new Error('count claim missing');
    await service.reviewClaim({ claimId: count.id, status: 'corrected', correctedValue: 2.5 });
    await expect(service.editClaim({ claimId: count.id, fields: { kind: 'streak' } })).rejects.toMatchObject({ messages: { vi: expect.stringContaining('Độ dài chuỗi liên tiếp') } });
    // Fields that leave kind and total alone are not held up by the check.
    await expect(service.editClaim({ claimId: count.id, fields: { metric: 'số xã' } })).resolves.toMatchObject({ metric: 'số xã' });
  });
});

describe("a claim's own value is checked against its kind", () => {
  it('refuses 9,5 years for a streak or a rank above its total from Chỉnh thông tin or a new claim, and not an unrelated edit', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const streak = service.workspace.claims.find((c) => c.kind === 'streak');
    if (!streak) throw new Error('streak claim missing');
    await expect(service.editClaim({ claimId: streak.id, fields: { value: 9.5 } })).rejects.toMatchObject({
      code: 'invalid_input',
      messages: { vi: 'Độ dài chuỗi liên tiếp phải là một số nguyên dương, ví dụ 4.', en: 'The length of a streak is a whole number, for example 4.' },
    });
    expect(service.workspace.claims.find((c) => c.id === streak.id)?.value).toBe(streak.value);
    const rank = service.workspace.claims.find((c) => c.kind === 'rank' && c.value !== null && c.total === null);
    if (!rank || rank.value === null) throw new Error('rank claim without a total missing');
    await expect(service.editClaim({ claimId: rank.id, fields: { total: rank.value - 1 } })).rejects.toMatchObject({ messages: { vi: expect.stringContaining('Thứ hạng không thể lớn hơn') } });
    await expect(service.editClaim({ claimId: rank.id, fields: { subject: 'Bắc Giang' } })).resolves.toMatchObject({ subject: 'Bắc Giang' });
    const article = bacGiang(service);
    const start = article.text.indexOf('4G, 5G');
    await expect(service.addClaim({ articleId: article.id, start, end: start + '4G, 5G'.length, fields: { kind: 'streak', value: 2.5 } })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('manual claims and claim edits', () => {
  it('adds a claim from a selection with the quote and sentence of that span', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const article = bacGiang(service);
    const start = article.text.indexOf('4G, 5G');
    const claim = await service.addClaim({ articleId: article.id, start, end: start + '4G, 5G'.length, fields: { kind: 'measure', metric: 'phủ sóng di động' } });
    expect(claim).toMatchObject({ origin: 'manual', quote: '4G, 5G', kind: 'measure', metric: 'phủ sóng di động' });
    expect(article.text.slice(claim.sentenceStart, claim.sentenceEnd)).toMatch(/^100% diện tích và 78% số điện thoại.*4G, 5G\.$/);
    expect((await service.getArticle(article.id)).claims.map((c) => c.id)).toContain(claim.id);
    // The same span twice, or a span the extractor already has, is refused.
    await expect(service.addClaim({ articleId: article.id, start, end: start + '4G, 5G'.length })).rejects.toMatchObject({ code: 'invalid_input' });
    const extracted = service.workspace.claims.find((c) => c.articleId === article.id && c.quote === '14 mục tiêu');
    await expect(service.addClaim({ articleId: article.id, start: extracted?.start ?? 0, end: extracted?.end ?? 0 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(service.addClaim({ articleId: article.id, start: 5, end: 5 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(service.addClaim({ articleId: article.id, start: 0, end: article.text.length + 10 })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('edits a span and fields; the quote follows the span', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const claim = service.workspace.claims.find((c) => c.quote === '209/209 tổ');
    if (!claim) throw new Error('claim missing');
    const edited = await service.editClaim({ claimId: claim.id, end: claim.end + ' cấp xã'.length, fields: { subject: 'Bắc Giang', metric: 'tổ công nghệ số cấp xã' } });
    expect(edited).toMatchObject({ quote: '209/209 tổ cấp xã', subject: 'Bắc Giang', metric: 'tổ công nghệ số cấp xã', value: 209 });
  });
});

describe('undo and redo', () => {
  it('undoes and redoes reviews, additions and edits, also after a restart, with every step audited', async () => {
    const file = join(await tempDir(), 'ws.json');
    const first = await open(file);
    const article = bacGiang(first);
    const claim = first.workspace.claims.find((c) => c.quote === '42,13%');
    if (!claim) throw new Error('claim missing');
    await first.reviewClaim({ claimId: claim.id, status: 'verified' });
    await first.reviewClaim({ claimId: claim.id, status: 'corrected', correctedValue: 42.1 });
    const start = article.text.indexOf('16 nghìn');
    const added = await first.addClaim({ articleId: article.id, start, end: start + 8 });

    // Restart: the last actions can still be undone.
    const second = await open(file);
    expect((await second.info())).toMatchObject({ canUndo: true, canRedo: false });
    // The outcome carries the touched claims' rows as they are now: none for a claim that is gone.
    expect(await second.undo()).toMatchObject({ action: 'claim.add', claimIds: [added.id], rows: [], canRedo: true });
    expect(second.workspace.claims.some((c) => c.id === added.id)).toBe(false);
    expect(await second.undo()).toMatchObject({ action: 'review.corrected', rows: [{ id: claim.id, status: 'verified' }] });
    expect(second.workspace.reviews[claim.id]?.status).toBe('verified');
    expect(await second.undo()).toMatchObject({ action: 'review.verified', canUndo: false });
    expect(second.workspace.reviews[claim.id]).toBeUndefined();
    expect(await second.undo()).toMatchObject({ action: null, claimIds: [] });

    expect(await second.redo()).toMatchObject({ action: 'review.verified' });
    expect(second.workspace.reviews[claim.id]?.status).toBe('verified');

    const third = await open(file);
    expect(third.workspace.reviews[claim.id]?.status).toBe('verified');
    expect((await third.info())).toMatchObject({ canUndo: true, canRedo: true });
    // A new action clears what could be redone.
    await third.reviewClaim({ claimId: claim.id, status: 'rejected' });
    expect((await third.info()).canRedo).toBe(false);
    expect(verifyAuditChain(third.workspace.auditLog)).toBe(-1);

    const claimHistory = (await third.getHistory({ claimId: claim.id })).map((e) => e.action);
    expect(claimHistory).toEqual([
      'review.verified',
      'review.corrected',
      'undo.review.corrected',
      'undo.review.verified',
      'redo.review.verified',
      'review.rejected',
    ]);
    const articleHistory = (await third.getHistory({ articleId: article.id })).map((e) => e.action);
    expect(articleHistory).toEqual(expect.arrayContaining(['article.import', 'claim.add', 'undo.claim.add', 'review.rejected']));
  });
});
