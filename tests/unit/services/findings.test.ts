import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/services/audit';
import { describeHistory } from '../../../shared/i18n/history';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { seedsDir, tempDir } from '../helpers';

const open = (file: string) =>
  WorkspaceService.open({ repository: new LowdbWorkspaceRepository(file), seedsDir, defaultReviewer: 'Ngọc' });

async function streakFinding(service: WorkspaceService) {
  const f = (await service.listFindings()).find((x) => x.type === 'update' && x.explanation.includes('bốn năm liên tiếp'));
  if (!f) throw new Error(`no streak finding among ${(await service.listFindings()).map((x) => x.explanation).join(' | ')}`);
  return f;
}

describe('findings in the workspace', () => {
  it('finds the seed streak update on first start and shows both quotes with their articles and dates', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const finding = await streakFinding(service);
    const detail = (await service.getFinding(finding.id));
    expect(detail.sides.map((s) => [s.claim.quote, s.article.publishedAt?.slice(0, 10)])).toEqual(
      expect.arrayContaining([
        [expect.stringContaining('3 năm liên tiếp'), '2024-03-08'],
        [expect.stringContaining('bốn năm liên tiếp'), '2024-05-08'],
      ]),
    );
    for (const s of detail.sides) expect(s.sentence).toContain(s.claim.quote);
  });

  it('an elapsed-time finding shows the date it counts from as a card of its own, in its sentence', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const f = (await service.listFindings()).find((x) => (x.facts as { rule?: string } | null)?.rule === 'elapsed-years');
    if (!f) throw new Error('no elapsed-years finding on the seeds');
    const detail = await service.getFinding(f.id);
    const from = detail.spans.find((sp) => sp.quote === 'Ngày 11/6/2021');
    expect(from).toBeDefined();
    const article = service.workspace.articles.find((a) => a.id === from?.articleId);
    expect(article?.text.slice(from?.start, from?.end)).toBe('Ngày 11/6/2021');
    expect(from?.sentence).toContain('Ngày 11/6/2021');
    // With its article's outlet and date, as a claim's side has them (the comparison shows both alike).
    expect([from?.outlet, from?.publishedAt]).toEqual([article?.outlet, article?.publishedAt]);
    expect(from?.publishedAt).toBeTruthy();
    // The date comes before the stated time it is compared with.
    expect(from?.start ?? Infinity).toBeLessThan(detail.spans.find((sp) => sp.quote === 'Sau 4 năm')?.start ?? -1);
  });

  it('resolves with both claims verified in one undoable step, and the decision survives re-analysis and a restart', async () => {
    const file = join(await tempDir(), 'ws.json');
    const service = await open(file);
    const finding = await streakFinding(service);
    await service.decideFinding({ findingId: finding.id, decision: 'resolve', rightClaimId: null, note: 'Cập nhật năm 2023', applyReviews: true });
    for (const id of finding.claimIds) expect(service.workspace.reviews[id]?.status).toBe('verified');
    service.analyze();
    expect(await streakFinding(service)).toMatchObject({ status: 'resolved', decision: { kind: 'resolved', rightClaimId: null, note: 'Cập nhật năm 2023', by: 'Ngọc' } });

    const reopened = await open(file);
    expect((await streakFinding(reopened)).status).toBe('resolved');
    expect(await reopened.undo()).toMatchObject({ action: 'finding.resolve', claimIds: finding.claimIds });
    for (const id of finding.claimIds) expect(reopened.workspace.reviews[id]).toBeUndefined();
    // One step: the finding is open again with its reviews undone (it stayed resolved before).
    const back = await streakFinding(reopened);
    expect([back.status, back.decision ?? null]).toEqual(['open', null]);
    expect(await reopened.redo()).toMatchObject({ action: 'finding.resolve' });
    expect(await streakFinding(reopened)).toMatchObject({ status: 'resolved' });
    for (const id of finding.claimIds) expect(reopened.workspace.reviews[id]?.status).toBe('verified');
    expect(verifyAuditChain(reopened.workspace.auditLog)).toBe(-1);
    expect(reopened.workspace.auditLog.map((e) => e.action)).toContain('finding.resolve');
  });

  it('resolving "both right" leaves both claims\' reviews exactly as they were', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const finding = await streakFinding(service);
    const [a, b] = finding.claimIds as [string, string];
    await service.reviewClaim({ claimId: a, status: 'flagged', flagReason: 'needs_source', note: 'Hỏi Sở' });
    const before = { a: service.workspace.reviews[a], b: service.workspace.reviews[b] };
    await service.decideFinding({ findingId: finding.id, decision: 'resolve', rightClaimId: null, note: 'Số được cập nhật' });
    expect(service.workspace.reviews[a]).toEqual(before.a);
    expect(service.workspace.reviews[b]).toBeUndefined();
    expect((await streakFinding(service)).status).toBe('resolved');
    // The decision is undone first (the finding opens again, the claims' reviews untouched), then the flag.
    expect((await service.undo()).action).toBe('finding.resolve');
    expect((await streakFinding(service)).status).toBe('open');
    expect(service.workspace.reviews[a]).toEqual(before.a);
    expect((await service.undo()).action).toBe('review.flagged');
  });

  it('choosing one side of an update verifies it only when asked, and never flags the earlier claim', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const finding = await streakFinding(service);
    const [a, b] = finding.claimIds as [string, string];
    await service.decideFinding({ findingId: finding.id, decision: 'resolve', rightClaimId: b });
    expect(service.workspace.reviews[a]).toBeUndefined();
    expect(service.workspace.reviews[b]).toBeUndefined();
    await service.decideFinding({ findingId: finding.id, decision: 'reopen' });
    await service.decideFinding({ findingId: finding.id, decision: 'resolve', rightClaimId: b, applyReviews: true });
    expect(service.workspace.reviews[b]?.status).toBe('verified');
    expect(service.workspace.reviews[a]).toBeUndefined();
    await service.decideFinding({ findingId: finding.id, decision: 'reopen' });
    await expect(service.decideFinding({ findingId: finding.id, decision: 'resolve', rightClaimId: b, flagOthers: true })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(service.workspace.reviews[a]).toBeUndefined();
    await expect(service.decideFinding({ findingId: finding.id, decision: 'resolve', rightClaimId: 'c_other' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('a decision alone is an undo step: dismissed or both standing, Ctrl+Z reopens the finding, even after a restart', async () => {
    const file = join(await tempDir(), 'ws.json');
    const service = await open(file);
    const finding = await streakFinding(service);
    await service.decideFinding({ findingId: finding.id, decision: 'dismiss', note: 'Đã biết' });
    expect((await streakFinding(service)).status).toBe('dismissed');
    expect(await service.undo()).toMatchObject({ action: 'finding.dismiss', claimIds: [] });
    const back = await streakFinding(service);
    expect([back.status, back.decision ?? null]).toEqual(['open', null]);
    await service.decideFinding({ findingId: finding.id, decision: 'resolve', rightClaimId: null, note: '' });
    const reopened = await open(file);
    expect(await reopened.undo()).toMatchObject({ action: 'finding.resolve' });
    expect(await streakFinding(reopened)).toMatchObject({ status: 'open' });
    expect(verifyAuditChain(reopened.workspace.auditLog)).toBe(-1);
  });

  it('flags the other side of a conflict only when the editor asks', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const conflict = (await service.listFindings()).find((f) => (f.type === 'conflict' || f.type === 'internal') && f.claimIds.length === 2);
    if (!conflict) return expect((await service.listFindings()).map((f) => f.type)).not.toContain('conflict');
    const [a, b] = conflict.claimIds as [string, string];
    await service.decideFinding({ findingId: conflict.id, decision: 'resolve', rightClaimId: b, applyReviews: true, flagOthers: true });
    expect(service.workspace.reviews[b]?.status).toBe('verified');
    expect(service.workspace.reviews[a]).toMatchObject({ status: 'flagged', flagReason: 'contradiction' });
  });

  it("takes «Không cùng một số liệu» as its own reason: no note needed, none saved, said so in the history's words", async () => {
    // QA62: the desk sent the button's label as the note, in the language of the moment ("Not the same fact" in a
    // Vietnamese history); the reason is kept with the decision instead.
    const service = await open(join(await tempDir(), 'ws.json'));
    const finding = await streakFinding(service);
    await service.decideFinding({ findingId: finding.id, decision: 'dismiss', note: '', reason: 'not-same-fact' });
    const decided = (await service.getFinding(finding.id)).finding;
    expect(decided).toMatchObject({ status: 'dismissed', resolution: 'Bỏ qua: Không cùng một số liệu', decision: { kind: 'dismissed', note: '', reason: 'not-same-fact' } });
    const page = await service.listHistory({ limit: 1 });
    const lines = describeHistory(page.events, { quoteOf: () => null, verdictLabel: (id) => id }, 'en')[0]?.targets[0]?.lines;
    expect(lines).toEqual([
      { field: 'Status', before: 'Open', after: 'Dismissed' },
      { field: 'Decision', before: '—', after: 'Not the same fact' },
    ]);
  });

  it('needs a reason to dismiss; a dismissed finding stays dismissed while its claims are unchanged and reopens when one changes', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const finding = await streakFinding(service);
    await expect(service.decideFinding({ findingId: finding.id, decision: 'dismiss', note: '  ' })).rejects.toMatchObject({ code: 'invalid_input' });
    await service.decideFinding({ findingId: finding.id, decision: 'dismiss', note: 'Đã biết' });
    service.analyze();
    expect(await streakFinding(service)).toMatchObject({ status: 'dismissed', resolution: 'Bỏ qua: Đã biết' });

    const claimId = finding.claimIds[0] as string;
    const claim = service.workspace.claims.find((c) => c.id === claimId);
    await service.editClaim({ claimId, fields: { period: `${claim?.period ?? ''} (sửa)` } });
    const after = (await service.listFindings()).find((f) => f.id === finding.id);
    expect(after?.status ?? 'open').toBe('open');
  });

  it('drops a finding when one of its claims is rejected, and brings it back on undo', async () => {
    const service = await open(join(await tempDir(), 'ws.json'));
    const finding = await streakFinding(service);
    await service.reviewClaim({ claimId: finding.claimIds[0] as string, status: 'rejected' });
    expect((await service.listFindings()).some((f) => f.id === finding.id)).toBe(false);
    await service.undo();
    expect((await service.listFindings()).some((f) => f.id === finding.id)).toBe(true);
  });
});
