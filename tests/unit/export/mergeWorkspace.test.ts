import { describe, expect, it } from 'vitest';
import { mergeWorkspace, resolveMergeConflict, unsettledConflicts } from '../../../shared/export/mergeWorkspace';
import { parseExportJson, toWorkspaceExport, toWorkspaceJson } from '../../../shared/export/workspaceJson';
import { buildDocument, manualClaim } from '../../../shared/document';
import { detectFindings } from '../../../shared/analysis';
import type { Finding, Workspace } from '../../../shared/schema';
import { article, claimIn, emptyWorkspace, review, sampleIds, sampleWorkspace } from './helpers/workspace';

const exportedAt = '2024-03-05T10:00:00.000Z';

/** The colleague's desk: the same articles, partly different decisions, one new article. */
function colleagueExport(base: Workspace) {
  const theirs = structuredClone(base);
  const ids = sampleIds(base);
  const jobless = theirs.reviews[ids.jobless];
  if (!jobless) throw new Error('sample changed');
  theirs.reviews[ids.jobless] = { ...jobless, status: 'verified', verdict: 'true', correctedValue: null, correctedText: null, reviewer: 'Phạm Quang' };
  // Same decision as ours, only a different reviewer and time: not a conflict.
  const gdpA = theirs.reviews[ids.gdpA];
  if (!gdpA) throw new Error('sample changed');
  theirs.reviews[ids.gdpA] = { ...gdpA, reviewer: 'Phạm Quang', updatedAt: '2024-03-04T00:00:00.000Z' };
  theirs.reviews[ids.provinces] = review(ids.provinces, { verdict: 'mostly_true_local', reviewer: 'Phạm Quang' });
  theirs.settings = { ...theirs.settings, verdicts: [...(theirs.settings.verdicts ?? []), { id: 'mostly_true_local', label_vi: 'Cơ bản đúng', label_en: 'Broadly true', rating: 3 }] };
  const f = theirs.findings[0];
  if (!f) throw new Error('sample changed');
  theirs.findings[0] = { ...f, status: 'dismissed', resolution: 'Không phải mâu thuẫn.' };
  const extra = article('a_moi', 'Xuất khẩu gạo năm 2023 đạt 8,3 triệu tấn, tăng 14,4%.', { title: 'Xuất khẩu gạo tăng 14,4%' });
  const extraClaim = claimIn(extra, '14,4%', { value: 14.4 });
  theirs.articles.push(extra);
  theirs.claims.push(extraClaim);
  theirs.reviews[extraClaim.id] = review(extraClaim.id, { reviewer: 'Phạm Quang' });
  theirs.auditLog = [...theirs.auditLog, { ...theirs.auditLog[0]!, seq: 3, hash: 'their-own'.padEnd(64, '0') }];
  return { data: toWorkspaceExport(theirs, { exportedAt }), extraClaimId: extraClaim.id };
}

describe('mergeWorkspace into an existing workspace', () => {
  const ours = sampleWorkspace();
  const before = structuredClone(ours);
  const ids = sampleIds(ours);
  const { data, extraClaimId } = colleagueExport(ours);
  const result = mergeWorkspace(ours, data);

  it('adds what is new and does not double what both have', () => {
    expect(result.workspace.articles.map((a) => a.id)).toEqual(['a_kinhte', 'a_wb', 'a_xang', 'a_moi']);
    expect(result.workspace.claims).toHaveLength(7);
    expect(result.added).toMatchObject({ articles: 1, claims: 1, reviews: 2, findings: 0 });
    expect(result.workspace.reviews[extraClaimId]?.reviewer).toBe('Phạm Quang');
  });

  it('reports a conflicting review and keeps ours until the user picks', () => {
    const reviewConflicts = result.conflicts.filter((c) => c.kind === 'review');
    expect(reviewConflicts).toHaveLength(1);
    expect(reviewConflicts[0]).toMatchObject({ kind: 'review', claimId: ids.jobless, fields: ['status', 'verdict', 'correctedValue', 'correctedText'] });
    expect(result.workspace.reviews[ids.jobless]).toEqual(before.reviews[ids.jobless]);
  });

  it('treats the same decision by another reviewer as agreement', () => {
    expect(result.conflicts.some((c) => c.kind === 'review' && c.claimId === ids.gdpA)).toBe(false);
    expect(result.workspace.reviews[ids.gdpA]).toEqual(before.reviews[ids.gdpA]);
  });

  it('reports a finding resolved differently, and keeps ours', () => {
    const conflict = result.conflicts.find((c) => c.kind === 'finding');
    expect(conflict).toMatchObject({ kind: 'finding', findingId: 'f_gdp', fields: ['status', 'resolution'] });
    expect(result.workspace.findings[0]).toEqual(before.findings[0]);
  });

  /** Our sample with f_internal resting on claims both desks read alike (same fingerprint); theirs dismissed it. */
  const internalDismissedThere = () => {
    const here = structuredClone(ours);
    const mine = here.findings.find((f) => f.id === 'f_internal');
    if (!mine) throw new Error('sample changed');
    mine.fingerprint = 'fp-same';
    const theirs = structuredClone(here);
    const internal = theirs.findings.find((f) => f.id === 'f_internal') as Finding;
    const decision = { kind: 'dismissed' as const, reason: 'other' as const, rightClaimId: null, note: 'Tiêu đề rút gọn', by: 'Phạm Quang', at: exportedAt };
    Object.assign(internal, { status: 'dismissed', resolution: 'Tiêu đề rút gọn', decision, explanation: 'văn bản của máy kia' });
    return { here, theirs, decision };
  };
  const audit = (action: string, target: string, before: unknown = null, after: unknown = null) => ({ ...ours.auditLog[0]!, seq: 9, action, target, before, after, hash: action.padEnd(64, '0') });

  it("fills a finding nobody here ever decided with the file's decision, without calling it a conflict", () => {
    const { here, theirs, decision } = internalDismissedThere();
    const merged = mergeWorkspace(here, toWorkspaceExport(theirs, { exportedAt }));
    expect(merged.conflicts.filter((c) => c.kind === 'finding')).toEqual([]);
    const filled = merged.workspace.findings.find((f) => f.id === 'f_internal');
    // The decision comes from the file; the explanation and what it rests on stay this desk's.
    expect(filled).toMatchObject({ status: 'dismissed', resolution: 'Tiêu đề rút gọn', decision, fingerprint: 'fp-same' });
    expect(filled?.explanation).toBe(before.findings[1]?.explanation);
    expect(merged.added.findings).toBe(1);
    expect(merged.findingsFilled).toEqual(['f_internal']);
  });

  it('near-miss (REVIEW-lead B1): a finding reopened here, or whose offer was refused with "Giữ bản hiện tại", is not filled: it is a conflict, and a refused one is not asked again', () => {
    const reopened = internalDismissedThere();
    reopened.here.auditLog = [...reopened.here.auditLog, audit('finding.reopen', 'f_internal')];
    const r2 = mergeWorkspace(reopened.here, toWorkspaceExport(reopened.theirs, { exportedAt }));
    expect(r2.conflicts).toEqual([expect.objectContaining({ kind: 'finding', findingId: 'f_internal' })]);
    expect(r2.workspace.findings.find((f) => f.id === 'f_internal')?.status).toBe('open');
    const refused = internalDismissedThere();
    const theirVersion = refused.theirs.findings.find((f) => f.id === 'f_internal');
    const mine = refused.here.findings.find((f) => f.id === 'f_internal');
    refused.here.auditLog = [...refused.here.auditLog, audit('merge.keep_current', 'f_internal', theirVersion, mine)];
    const r1 = mergeWorkspace(refused.here, toWorkspaceExport(refused.theirs, { exportedAt }));
    expect(r1.workspace.findings.find((f) => f.id === 'f_internal')?.status).toBe('open');
    expect(unsettledConflicts(r1.conflicts, refused.here.auditLog)).toEqual([]);
  });

  it('near-miss (REVIEW-lead B2): a decision taken there on claims that read otherwise here (another fingerprint, or none) is a conflict, not a fill the analysis would silently reopen', () => {
    for (const fingerprint of ['fp-other', undefined]) {
      const { here, theirs } = internalDismissedThere();
      const internal = theirs.findings.find((f) => f.id === 'f_internal') as Finding;
      if (fingerprint === undefined) delete internal.fingerprint;
      else internal.fingerprint = fingerprint;
      const merged = mergeWorkspace(here, toWorkspaceExport(theirs, { exportedAt }));
      expect(merged.conflicts).toEqual([expect.objectContaining({ kind: 'finding', findingId: 'f_internal' })]);
      expect(merged.workspace.findings.find((f) => f.id === 'f_internal')?.status).toBe('open');
    }
  });

  it('near-miss: a finding the file holds undecided is no decision against ours (no conflict, ours kept); one reopened there (its trail says so) is offered', () => {
    const theirs = structuredClone(ours);
    const gdp = theirs.findings.find((f) => f.id === 'f_gdp');
    if (!gdp) throw new Error('sample changed');
    Object.assign(gdp, { status: 'open', resolution: null });
    // Never decided on their desk: their trail has no decision on it.
    theirs.auditLog = theirs.auditLog.filter((e) => e.target !== 'f_gdp');
    const merged = mergeWorkspace(ours, toWorkspaceExport(theirs, { exportedAt }));
    expect(merged.conflicts.filter((c) => c.kind === 'finding')).toEqual([]);
    expect(merged.workspace.findings.find((f) => f.id === 'f_gdp')).toEqual(before.findings[0]);
    theirs.auditLog = [...theirs.auditLog, audit('finding.reopen', 'f_gdp')];
    const reopened = mergeWorkspace(ours, toWorkspaceExport(theirs, { exportedAt }));
    expect(reopened.conflicts.filter((c) => c.kind === 'finding')).toEqual([expect.objectContaining({ findingId: 'f_gdp', incoming: expect.objectContaining({ status: 'open' }) })]);
    // A reopening redone is one too.
    theirs.auditLog = [...theirs.auditLog.slice(0, -1), audit('finding.reopen', 'f_gdp'), audit('undo.finding.reopen', 'f_gdp'), audit('redo.finding.reopen', 'f_gdp')];
    theirs.auditLog = theirs.auditLog.map((e, i) => ({ ...e, hash: `${e.hash.slice(0, 60)}${String(i).padStart(4, '0')}` }));
    expect(mergeWorkspace(ours, toWorkspaceExport(theirs, { exportedAt })).conflicts.filter((c) => c.kind === 'finding')).toHaveLength(1);
  });

  it('near-miss (REVIEW-lead2 A): a decision taken and undone there, or a reopening that is our own (their trail restored from our export), is not offered', () => {
    const theirs = structuredClone(ours);
    const gdp = theirs.findings.find((f) => f.id === 'f_gdp') as Finding;
    Object.assign(gdp, { status: 'open', resolution: null });
    // Decided there, then Ctrl+Z: nothing to offer.
    theirs.auditLog = [...theirs.auditLog.filter((e) => e.target !== 'f_gdp'), audit('finding.dismiss', 'f_gdp'), { ...audit('undo.finding.dismiss', 'f_gdp'), hash: 'u'.repeat(64) }];
    expect(mergeWorkspace(ours, toWorkspaceExport(theirs, { exportedAt })).conflicts.filter((c) => c.kind === 'finding')).toEqual([]);
    // Our own trail holds a reopening the other desk restored from us; we decided it again since.
    const here = structuredClone(ours);
    const ourReopen = { ...audit('finding.reopen', 'f_gdp'), hash: 'r'.repeat(64) };
    here.auditLog = [...here.auditLog, ourReopen, { ...audit('finding.resolve', 'f_gdp'), hash: 's'.repeat(64) }];
    const restored = structuredClone(ours);
    Object.assign(restored.findings.find((f) => f.id === 'f_gdp') as Finding, { status: 'open', resolution: null });
    restored.auditLog = [...restored.auditLog, ourReopen];
    expect(mergeWorkspace(here, toWorkspaceExport(restored, { exportedAt })).conflicts.filter((c) => c.kind === 'finding')).toEqual([]);
  });

  it('learns a verdict the imported reviews use, keeping our own settings', () => {
    expect(result.added.verdicts).toEqual(['mostly_true_local']);
    expect(result.workspace.settings.verdicts?.map((v) => v.id)).toContain('mostly_true_local');
    expect(result.workspace.settings.reviewerName).toBe('Trần Thu Hà');
  });

  it("near-miss (REVIEW-lead2 BUG 6): a verdict used only by the file's side of a conflict is not learnt — the editor may refuse the offer, and the same file merged again must bring nothing", () => {
    const theirs = structuredClone(before);
    const ids = sampleIds(before);
    const jobless = theirs.reviews[ids.jobless];
    if (!jobless) throw new Error('sample changed');
    theirs.reviews = { [ids.jobless]: { ...jobless, status: 'verified', verdict: 'needs_context_local', reviewer: 'Phạm Quang' } };
    theirs.settings = { ...theirs.settings, verdicts: [...(theirs.settings.verdicts ?? []), { id: 'needs_context_local', label_vi: 'Cần thêm bối cảnh', label_en: 'Needs context', rating: 2 }] };
    const merged = mergeWorkspace(before, toWorkspaceExport(theirs, { exportedAt }));
    expect(merged.conflicts).toEqual([expect.objectContaining({ kind: 'review', claimId: ids.jobless })]);
    expect(merged.added.verdicts).toEqual([]);
    expect(merged.workspace.settings).toEqual(before.settings);
  });

  it('keeps our audit chain intact and hands back the events that cannot join it', () => {
    expect(result.workspace.auditLog).toEqual(before.auditLog);
    expect(result.foreignAuditEvents.map((e) => e.hash)).toEqual(['their-own'.padEnd(64, '0')]);
  });

  it("keeps the target's own undo history when merging", () => {
    const target = { ...structuredClone(before), history: { undo: [{ action: 'review.set', at: '2024-03-05T00:00:00.000Z', changes: [] }], redo: [] } };
    expect(mergeWorkspace(target, data).workspace.history).toEqual(target.history);
  });

  it('does not modify the workspace it was given', () => {
    expect(ours).toEqual(before);
  });

  it('fills a blank review slot without calling it a conflict', () => {
    const target = structuredClone(before);
    target.reviews[ids.gdpB] = review(ids.gdpB, { status: 'unreviewed', verdict: null });
    const incoming = toWorkspaceExport(sampleWorkspace(), { exportedAt });
    const merged = mergeWorkspace(target, incoming);
    expect(merged.workspace.reviews[ids.gdpB]?.status).toBe('flagged');
    expect(merged.conflicts).toEqual([]);
  });

  it('applies the incoming side when the user picks it', () => {
    const conflict = result.conflicts.find((c) => c.kind === 'review');
    if (!conflict) throw new Error('expected a conflict');
    const picked = resolveMergeConflict(result.workspace, conflict, 'incoming');
    expect(picked.reviews[ids.jobless]?.status).toBe('verified');
    expect(resolveMergeConflict(result.workspace, conflict, 'current')).toBe(result.workspace);
  });
});

/**
 * One wire story imported by two desks, pasted from a web page (blank lines between paragraphs) and from
 * a .docx (single line breaks): the article id folds whitespace, so it is one article with two texts.
 * The merge kept this desk's text but added the other desk's claims at the other text's offsets — wrong
 * highlights, and (since exports check quotes) every later export of the desk refused as hand-edited.
 * The file's claims are moved onto the kept text now (REVIEW-lead2 A).
 */
describe('merging claims of an article this desk holds with other whitespace', () => {
  const raw = 'Hà Nội, ngày 5/3.\nTăng trưởng GDP năm 2023 đạt 5,05%, thấp hơn mục tiêu.\nXuất khẩu giảm 4,4% so với năm trước.\nĐoạn cuối nói về 12 tỉnh.';
  const at = '2026-12-01T09:00:00.000Z';
  const desk = (text: string): Workspace => {
    const { article, claims } = buildDocument(text, 'bai.txt', at);
    return { ...emptyWorkspace(), articles: [article], claims };
  };

  it("moves the file's claims onto this desk's text: a review follows the same figure, a claim added by hand lands on its words, one whose words are gone is kept apart", () => {
    const here = desk(raw);
    const there = desk(raw.replace(/\n/g, '\n\n'));
    const [article] = there.articles;
    if (!article) throw new Error('no article');
    expect(there.articles[0]?.id).toBe(here.articles[0]?.id);
    expect(there.articles[0]?.text).not.toBe(here.articles[0]?.text);
    const exportsOf = (c: { quote: string }) => there.claims.find((x) => x.quote === c.quote);
    const gdp = exportsOf({ quote: '5,05%' });
    if (!gdp) throw new Error('no 5,05% claim');
    // By hand on the other desk: "Xuất khẩu giảm 4,4%" (an id of its own), and a claim on words this desk's text lacks.
    const start = article.text.indexOf('Xuất khẩu giảm 4,4%');
    const byHand = manualClaim(article, start, start + 'Xuất khẩu giảm 4,4%'.length, { kind: 'percent', value: 4.4 });
    const gone = { ...manualClaim(article, 0, 7, { kind: 'count', value: 5 }), id: 'c_gone', quote: 'không còn trong bài' };
    there.claims.push(byHand, gone);
    there.reviews = {
      [gdp.id]: review(gdp.id, { status: 'verified', note: 'Khớp GSO' }),
      [byHand.id]: review(byHand.id, { status: 'flagged', verdict: null }),
      c_gone: review('c_gone', { status: 'flagged', verdict: null, note: 'hỏi lại' }),
    };
    const file = toWorkspaceExport(there, { exportedAt: at });
    const merged = mergeWorkspace(here, file).workspace;
    const text = here.articles[0]?.text ?? '';
    // Every claim's quote is this desk's text at its offsets, and the export of the result parses again.
    for (const c of merged.claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(parseExportJson(toWorkspaceJson(merged, { exportedAt: at })).ok).toBe(true);
    // The other desk's 5,05% is this desk's 5,05%: one claim, with the review.
    const ours = here.claims.find((c) => c.quote === '5,05%');
    expect(merged.claims.filter((c) => c.quote === '5,05%')).toHaveLength(1);
    expect(merged.reviews[ours?.id ?? '']).toMatchObject({ status: 'verified', note: 'Khớp GSO', claimId: ours?.id });
    // The hand-made claim is on its words here, with its review.
    const moved = merged.claims.find((c) => c.id === byHand.id);
    expect(moved?.quote).toBe('Xuất khẩu giảm 4,4%');
    expect(moved?.start).toBe(text.indexOf('Xuất khẩu giảm 4,4%'));
    expect(merged.reviews[byHand.id]?.status).toBe('flagged');
    // The one whose words are not here is kept apart with its review, never dropped.
    expect(merged.claims.some((c) => c.id === 'c_gone')).toBe(false);
    expect(merged.detached).toEqual([expect.objectContaining({ claim: expect.objectContaining({ id: 'c_gone' }), review: expect.objectContaining({ note: 'hỏi lại' }) })]);
    // Merged again: nothing doubled.
    const twice = mergeWorkspace(merged, file).workspace;
    expect(twice.claims).toHaveLength(merged.claims.length);
    expect(twice.detached).toHaveLength(1);
  });

  it("the engine's claims both desks share (same ids) keep their reviews, short figures by a line break too; a decided finding that fits this text stays; a hand-made claim whose words are gone is kept apart even unreviewed", () => {
    const story = 'Giá xăng tăng 5%\nso với tháng trước. Giá dầu tăng 7%\ntrong quý. Cả năm 2023 đạt 12 tỉnh.';
    const here = desk(story);
    const there = desk(story.replace(/\n/g, '\n\n'));
    expect(there.claims.map((c) => c.id)).toEqual(here.claims.map((c) => c.id));
    there.reviews = Object.fromEntries(there.claims.map((c) => [c.id, review(c.id, { status: 'verified', note: `đã xem ${c.quote}` })]));
    const [first] = there.claims;
    const article = there.articles[0];
    if (!first || !article) throw new Error('no claim');
    const local = here.claims.find((c) => c.id === first.id) as (typeof here.claims)[number];
    const decided = {
      id: 'f_da_xet',
      type: 'internal' as const,
      claimIds: [first.id],
      explanation: 'x',
      status: 'dismissed' as const,
      resolution: null,
      articleIds: [article.id],
      spans: [{ articleId: article.id, start: local.start, end: local.end, quote: local.quote }],
    };
    const misplaced = { ...decided, id: 'f_lech', spans: [{ articleId: article.id, start: first.start, end: first.end + 3, quote: article.text.slice(first.start, first.end + 3) }] };
    there.findings = [decided, misplaced];
    const gone = { ...manualClaim(article, 0, 3, { kind: 'count', value: 1 }), id: 'c_tay', quote: 'chữ đã bị xóa' };
    there.claims.push(gone);
    const merged = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at })).workspace;
    expect(Object.keys(merged.reviews).sort()).toEqual(here.claims.map((c) => c.id).sort());
    expect(merged.claims).toEqual(here.claims);
    expect(merged.findings.map((f) => f.id)).toEqual(['f_da_xet']);
    expect(merged.detached).toEqual([expect.objectContaining({ claim: expect.objectContaining({ id: 'c_tay' }), review: null })]);
  });

  it("a file claim of a new id over a figure both desks share by id does not land on this desk's copy of it (REVIEW-lead4 R2)", () => {
    const here = desk(raw);
    const there = desk(raw.replace(/\n/g, '\n\n'));
    const shared = there.claims.find((c) => c.quote.includes('5,05%'));
    if (!shared) throw new Error('no 5,05% claim');
    const twin = { ...shared, id: 'c_twin' };
    there.claims.push(twin);
    there.reviews = { [shared.id]: review(shared.id, { status: 'verified', note: 'của bản gốc' }), c_twin: review('c_twin', { status: 'flagged', verdict: null, note: 'của bản sao' }) };
    const merged = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at }));
    expect(merged.conflicts).toEqual([]);
    expect(merged.workspace.reviews[shared.id]?.note).toBe('của bản gốc');
    expect(merged.workspace.reviews.c_twin?.note).toBe('của bản sao');
  });

  /** This desk's text, and a colleague's copy with other line breaks and the headline in capitals (one id), whose hand claim "ĐẠT 5,05%" has no words here. */
  const capitalsCopyWithHandClaim = () => {
    const here = desk(raw);
    const there = desk(raw.replace(/\n/g, '\n\n').replace('Tăng trưởng GDP năm 2023 đạt', 'TĂNG TRƯỞNG GDP NĂM 2023 ĐẠT'));
    const [article] = there.articles;
    if (!article) throw new Error('no article');
    const from = article.text.indexOf('ĐẠT 5,05%');
    const x = manualClaim(article, from, from + 'ĐẠT 5,05%'.length, { kind: 'percent', value: 5.05 });
    there.claims.push(x);
    return { here, there, x };
  };

  it("a colleague's review of a claim this desk already keeps apart fills an unreviewed one, and one that differs is offered as a conflict whose choice lands beside the claim kept apart", () => {
    const here = desk(raw);
    const there = desk(raw.replace(/\n/g, '\n\n'));
    const [article] = there.articles;
    if (!article) throw new Error('no article');
    const gone = { ...manualClaim(article, 0, 7, { kind: 'count', value: 5 }), id: 'c_gone', quote: 'không còn trong bài' };
    const byHand = { ...manualClaim(article, 0, 3, { kind: 'count', value: 1 }), id: 'c_tay', quote: 'chữ đã bị xóa' };
    there.claims.push(gone, byHand);
    there.reviews = { c_gone: review('c_gone', { status: 'flagged', verdict: null, note: 'hỏi lại' }) };
    // A first merge keeps both apart: c_gone with its review, the hand-made c_tay unreviewed.
    const first = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at })).workspace;
    expect(first.detached?.map((d) => [d.claim.id, d.review?.note ?? null])).toEqual([
      ['c_gone', 'hỏi lại'],
      ['c_tay', null],
    ]);
    // The colleague then decides both again and exports once more.
    there.reviews = {
      c_gone: review('c_gone', { status: 'rejected', verdict: null, note: 'sai số liệu' }),
      c_tay: review('c_tay', { status: 'verified', note: 'đã gọi nguồn' }),
    };
    const again = mergeWorkspace(first, toWorkspaceExport(there, { exportedAt: at }));
    // The unreviewed one is filled; the reviewed one is not overwritten silently but offered.
    expect(again.workspace.detached?.find((d) => d.claim.id === 'c_tay')?.review).toMatchObject({ status: 'verified', note: 'đã gọi nguồn' });
    expect(again.added.reviews).toBe(1);
    expect(again.workspace.detached?.find((d) => d.claim.id === 'c_gone')?.review?.note).toBe('hỏi lại');
    expect(again.conflicts).toEqual([expect.objectContaining({ kind: 'review', claimId: 'c_gone', current: expect.objectContaining({ note: 'hỏi lại' }), incoming: expect.objectContaining({ note: 'sai số liệu' }) })]);
    const [conflict] = again.conflicts;
    if (!conflict) throw new Error('no conflict');
    // Taking the colleague's: the review kept beside the claim changes; no live review appears for it.
    const taken = resolveMergeConflict(again.workspace, conflict, 'incoming');
    expect(taken.detached?.find((d) => d.claim.id === 'c_gone')?.review).toMatchObject({ status: 'rejected', note: 'sai số liệu' });
    expect(taken.reviews.c_gone).toBeUndefined();
    expect(taken.claims.some((c) => c.id === 'c_gone')).toBe(false);
    expect(parseExportJson(toWorkspaceJson(taken, { exportedAt: at })).ok).toBe(true);
    // Merged a third time: nothing more to offer, nothing doubled.
    const third = mergeWorkspace(taken, toWorkspaceExport(there, { exportedAt: at }));
    expect(third.conflicts).toEqual([]);
    expect(third.workspace.detached).toHaveLength(2);
  });

  it('near-miss (REVIEW-lead B1): a file claim whose id names other words than the claim kept apart here (another copy\'s offsets, or another article) leaves that claim\'s review alone', () => {
    const here = desk(raw);
    const copy = (spacing: string) => {
      const d = desk(raw.replace(/\n/g, spacing).replace('Tăng trưởng GDP năm 2023 đạt', 'TĂNG TRƯỞNG GDP NĂM 2023 ĐẠT'));
      return { ws: d, article: d.articles[0] as (typeof d.articles)[number] };
    };
    const bob = copy('\n\n');
    const carol = copy('\n\n\n');
    expect(carol.article.id).toBe(here.articles[0]?.id);
    // Each marks by hand offsets 30..45 of their own copy: one id, other words.
    const bobs = manualClaim(bob.article, 30, 45, { kind: 'count', value: 2023 });
    const carols = manualClaim(carol.article, 30, 45, { kind: 'count', value: 2023 });
    expect(carols.id).toBe(bobs.id);
    expect(carols.quote).not.toBe(bobs.quote);
    bob.ws.claims.push(bobs);
    const first = mergeWorkspace(here, toWorkspaceExport(bob.ws, { exportedAt: at })).workspace;
    expect(first.detached?.map((d) => [d.claim.quote, d.review])).toEqual([[bobs.quote, null]]);
    carol.ws.claims.push(carols);
    carol.ws.reviews = { [carols.id]: review(carols.id, { status: 'rejected', verdict: null, note: 'sai: của Carol' }) };
    const second = mergeWorkspace(first, toWorkspaceExport(carol.ws, { exportedAt: at }));
    // Bob's keeps no review; Carol's, other words, is kept apart beside it under an id of its own.
    expect(second.workspace.detached?.map((d) => [d.claim.quote, d.review?.note ?? null])).toEqual([
      [bobs.quote, null],
      [carols.quote, 'sai: của Carol'],
    ]);
    expect(second.workspace.detached?.[1]?.claim.id).not.toBe(bobs.id);
    expect(second.conflicts).toEqual([]);
    expect(second.added.reviews).toBe(0);
  });

  it('near-miss (REVIEW-lead B1): a conflict about a claim kept apart is settled beside it even when a claim with that id has come into the text since', () => {
    const { here, there, x } = capitalsCopyWithHandClaim();
    there.reviews = { [x.id]: review(x.id, { status: 'flagged', verdict: null, note: 'Bob 1' }) };
    const m1 = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at })).workspace;
    there.reviews = { [x.id]: review(x.id, { status: 'flagged', verdict: null, note: 'Bob 2' }) };
    const m2 = mergeWorkspace(m1, toWorkspaceExport(there, { exportedAt: at }));
    const [conflict] = m2.conflicts;
    expect(conflict).toMatchObject({ kind: 'review', claimId: x.id, apart: true, quote: 'ĐẠT 5,05%' });
    if (!conflict) throw new Error('no conflict');
    // Meanwhile a live claim under the same id, with its own review, came in (an edited file could do it).
    const local = here.claims[0] as (typeof here.claims)[number];
    const live = { ...local, id: x.id };
    const meanwhile = { ...m2.workspace, claims: [...m2.workspace.claims, live], reviews: { ...m2.workspace.reviews, [x.id]: review(x.id, { status: 'verified', note: 'Carol: đúng' }) } };
    const settled = resolveMergeConflict(meanwhile, conflict, 'incoming');
    expect(settled.reviews[x.id]?.note).toBe('Carol: đúng');
    expect(settled.detached?.find((d) => d.claim.id === x.id)?.review?.note).toBe('Bob 2');
  });

  it('a verdict used by a colleague\'s review kept beside a claim kept apart is learnt with its label; the same words read as another figure take no review (REVIEW-lead2 BUG 3)', () => {
    const { here, there, x } = capitalsCopyWithHandClaim();
    there.reviews = { [x.id]: review(x.id, { status: 'verified', verdict: 'needs_context_local', note: 'Bob' }) };
    there.settings = { ...there.settings, verdicts: [...(there.settings.verdicts ?? []), { id: 'needs_context_local', label_vi: 'Cần thêm bối cảnh', label_en: 'Needs context', rating: 2 }] };
    const merged = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at }));
    expect(merged.workspace.detached?.map((d) => d.review?.verdict)).toEqual(['needs_context_local']);
    expect(merged.added.verdicts).toEqual(['needs_context_local']);
    // Another desk marked the same words as another figure (a count of 5): not the claim kept apart here.
    const unreviewed = mergeWorkspace(here, toWorkspaceExport({ ...there, reviews: {} }, { exportedAt: at })).workspace;
    const other = structuredClone(there);
    other.claims = other.claims.map((c) => (c.id === x.id ? { ...c, kind: 'count' as const, value: 5, unit: null } : c));
    other.reviews = { [x.id]: review(x.id, { status: 'rejected', verdict: null, note: 'sai' }) };
    const again = mergeWorkspace(unreviewed, toWorkspaceExport(other, { exportedAt: at }));
    // The one kept apart keeps no review; the other reading is kept apart beside it with its own.
    expect(again.workspace.detached?.map((d) => [d.claim.value, d.review?.note ?? null])).toEqual([
      [5.05, null],
      [5, 'sai'],
    ]);
    expect(again.workspace.detached?.[1]?.claim.id).not.toBe(x.id);
    expect(again.conflicts).toEqual([]);
  });

  it("a colleague's hand claim whose id is one of ours but names other words (their copy's offsets) is their claim, on its words here, with its review: ours keeps its own (session 38 note)", () => {
    const here = desk(raw);
    const there = desk(raw.replace(/\n/g, '\n\n'));
    const [mine] = here.articles;
    const [theirs] = there.articles;
    if (!mine || !theirs) throw new Error('no article');
    // Both mark offsets 40..52 by hand: one id, other words (their copy has an extra line break before).
    const ours = manualClaim(mine, 40, 52, { kind: 'count', value: 2023 });
    const clash = manualClaim(theirs, 40, 52, { kind: 'count', value: 2023 });
    expect(clash.id).toBe(ours.id);
    expect(clash.quote).not.toBe(ours.quote);
    expect(mine.text.includes(clash.quote)).toBe(true);
    here.claims.push(ours);
    here.reviews = { [ours.id]: review(ours.id, { status: 'verified', note: 'của tôi' }) };
    there.claims.push(clash);
    there.reviews = { [clash.id]: review(clash.id, { status: 'flagged', verdict: null, note: 'của đồng nghiệp' }) };
    const result = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at }));
    const merged = result.workspace;
    const text = mine.text;
    for (const c of merged.claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
    // Ours is untouched, with our review and no conflict offered against it.
    expect(merged.claims.find((c) => c.id === ours.id)?.quote).toBe(ours.quote);
    expect(merged.reviews[ours.id]?.note).toBe('của tôi');
    expect(result.conflicts).toEqual([]);
    // Theirs is on its own words here, under an id of its own, with its review.
    const landed = merged.claims.filter((c) => c.origin === 'manual' && c.quote === clash.quote);
    expect(landed).toHaveLength(1);
    const [moved] = landed;
    if (!moved) throw new Error('not landed');
    expect(moved.id).not.toBe(ours.id);
    expect(moved.start).toBe(text.indexOf(clash.quote));
    expect(merged.reviews[moved.id]?.note).toBe('của đồng nghiệp');
    expect(new Set(merged.claims.map((c) => c.id)).size).toBe(merged.claims.length);
    expect(parseExportJson(toWorkspaceJson(merged, { exportedAt: at })).ok).toBe(true);
    // Merged again: nothing doubled, nothing offered.
    const twice = mergeWorkspace(merged, toWorkspaceExport(there, { exportedAt: at }));
    expect(twice.workspace.claims).toHaveLength(merged.claims.length);
    expect(twice.conflicts).toEqual([]);
  });

  it("a colleague's claim whose words are gone here, under an id this desk already uses for other words (a live claim or one kept apart), is kept apart under an id of its own, not dropped (session 38 note)", () => {
    const here = desk(raw);
    const bob = desk(raw.replace(/\n/g, '\n\n').replace('Tăng trưởng GDP năm 2023 đạt', 'TĂNG TRƯỞNG GDP NĂM 2023 ĐẠT'));
    const carol = desk(raw.replace(/\n/g, '\n\n\n').replace('Tăng trưởng GDP năm 2023 đạt', 'TĂNG TRƯỞNG GDP NĂM 2023 ĐẠT'));
    const bobs = manualClaim(bob.articles[0] as (typeof bob.articles)[number], 30, 45, { kind: 'count', value: 2023 });
    const carols = manualClaim(carol.articles[0] as (typeof carol.articles)[number], 30, 45, { kind: 'count', value: 2023 });
    expect(carols.id).toBe(bobs.id);
    bob.claims.push(bobs);
    bob.reviews = { [bobs.id]: review(bobs.id, { status: 'flagged', verdict: null, note: 'của Bob' }) };
    const first = mergeWorkspace(here, toWorkspaceExport(bob, { exportedAt: at })).workspace;
    expect(first.detached?.map((d) => d.claim.quote)).toEqual([bobs.quote]);
    carol.claims.push(carols);
    carol.reviews = { [carols.id]: review(carols.id, { status: 'rejected', verdict: null, note: 'của Carol' }) };
    const second = mergeWorkspace(first, toWorkspaceExport(carol, { exportedAt: at }));
    // Bob's stays as it was; Carol's is kept apart beside it with her review, under another id.
    const apart = second.workspace.detached ?? [];
    expect(apart.map((d) => [d.claim.quote, d.review?.note ?? null])).toEqual([
      [bobs.quote, 'của Bob'],
      [carols.quote, 'của Carol'],
    ]);
    expect(apart[1]?.claim.id).not.toBe(bobs.id);
    expect(second.conflicts).toEqual([]);
    expect(second.added.reviews).toBe(0);
    expect(parseExportJson(toWorkspaceJson(second.workspace, { exportedAt: at })).ok).toBe(true);
    // Carol's file again: her claim is found under its new id (nothing doubled); a changed review of hers is offered.
    carol.reviews = { [carols.id]: review(carols.id, { status: 'verified', note: 'Carol đổi ý' }) };
    const third = mergeWorkspace(second.workspace, toWorkspaceExport(carol, { exportedAt: at }));
    expect(third.workspace.detached).toHaveLength(2);
    expect(third.conflicts).toEqual([expect.objectContaining({ kind: 'review', apart: true, claimId: apart[1]?.claim.id, quote: carols.quote })]);
  });

  it('REVIEW-lead B1/B2: hand claims sent back and forth after an id clash, or the same words marked on both desks, are never doubled', () => {
    const text = 'Hà Nội, ngày 5/3.\nTăng trưởng GDP năm 2023 đạt 5,05%, thấp hơn mục tiêu.\nXuất khẩu giảm 4,4% so với năm trước.\nĐoạn cuối nói về 12 tỉnh và 3 thành phố.';
    let a = desk(text);
    let b = desk(text.replace(/\n/g, '\n\n'));
    const articleOf = (ws: Workspace) => ws.articles[0] as Workspace['articles'][number];
    // Both mark offsets 40..52 of their own copy (one id, other words), and both mark "Xuất khẩu giảm 4,4%".
    const mark = (ws: Workspace, start: number, end: number, note: string) => {
      const c = manualClaim(articleOf(ws), start, end, { kind: 'percent', value: 5.05 });
      ws.claims.push(c);
      ws.reviews = { ...ws.reviews, [c.id]: review(c.id, { status: 'flagged', verdict: null, note }) };
      return c;
    };
    const markExport = (ws: Workspace, note: string) => {
      const at4 = articleOf(ws).text.indexOf('Xuất khẩu giảm 4,4%');
      const c = manualClaim(articleOf(ws), at4, at4 + 'Xuất khẩu giảm 4,4%'.length, { kind: 'percent', value: 4.4 });
      ws.claims.push(c);
      ws.reviews = { ...ws.reviews, [c.id]: review(c.id, { status: 'flagged', verdict: null, note }) };
    };
    const ax = mark(a, 40, 52, 'A');
    const bx = mark(b, 40, 52, 'B');
    expect(bx.id).toBe(ax.id);
    markExport(a, 'A xuất khẩu');
    markExport(b, 'B xuất khẩu');
    const hand = (ws: Workspace) => ws.claims.filter((c) => c.origin === 'manual').map((c) => c.quote).sort();
    for (let round = 0; round < 3; round++) {
      a = mergeWorkspace(a, toWorkspaceExport(b, { exportedAt: at })).workspace;
      b = mergeWorkspace(b, toWorkspaceExport(a, { exportedAt: at })).workspace;
    }
    // Each desk holds each marked figure once: its own words at 40..52, the other's, and one "Xuất khẩu giảm 4,4%".
    expect(hand(a)).toEqual([...new Set(hand(a))]);
    expect(hand(b)).toEqual([...new Set(hand(b))]);
    expect(hand(a)).toHaveLength(3);
    expect(hand(b)).toHaveLength(3);
    expect(hand(a).filter((q) => q === 'Xuất khẩu giảm 4,4%')).toHaveLength(1);
  });

  it('REVIEW-lead2 B1: the id a clashing hand claim gets here is never the id of another claim of the file', () => {
    const a = desk(raw);
    const b = desk(raw.replace(/\n/g, '\n\n'));
    const aArticle = a.articles[0] as Workspace['articles'][number];
    const bArticle = b.articles[0] as Workspace['articles'][number];
    const s = aArticle.text.indexOf('5,05%');
    const ours = manualClaim(aArticle, s, s + 5, { kind: 'percent', value: 5.05 });
    a.claims.push(ours);
    a.reviews = { [ours.id]: review(ours.id, { status: 'verified', note: 'A 5,05' }) };
    const p = manualClaim(bArticle, s, s + 5, { kind: 'count', value: 1 });
    const q = manualClaim(bArticle, s - 1, s + 4, { kind: 'count', value: 2 });
    expect(p.id).toBe(ours.id);
    b.claims.push(p, q);
    b.reviews = { [p.id]: review(p.id, { status: 'flagged', verdict: null, note: 'B P' }), [q.id]: review(q.id, { status: 'flagged', verdict: null, note: 'B Q' }) };
    const file = toWorkspaceExport(b, { exportedAt: at });
    const merged = mergeWorkspace(a, file);
    const hand = merged.workspace.claims.filter((c) => c.origin === 'manual');
    expect(hand.map((c) => [c.quote, merged.workspace.reviews[c.id]?.note]).sort()).toEqual(
      [
        [p.quote, 'B P'],
        [q.quote, 'B Q'],
        ['5,05%', 'A 5,05'],
      ].sort(),
    );
    expect(merged.conflicts).toEqual([]);
    expect(new Set(merged.workspace.claims.map((c) => c.id)).size).toBe(merged.workspace.claims.length);
    const again = mergeWorkspace(merged.workspace, file);
    expect(again.added.claims).toBe(0);
    expect(again.conflicts).toEqual([]);
  });

  it('REVIEW-lead B3/B4: a claim kept apart is not kept apart twice when its id comes into use here later, and two claims kept apart with the same words stay two', () => {
    const body = 'Mở đầu bài.\nVùng A có 12 tỉnh tham gia.\nVùng B có 12 tỉnh tham gia.\nKết thúc bài viết ở đây nhé.';
    const here = desk(body);
    const bob = desk(body.replace(/\n/g, '\n\n').replace(/12 tỉnh/g, '12 TỈNH'));
    const bobArticle = bob.articles[0] as Workspace['articles'][number];
    const first = bobArticle.text.indexOf('12 TỈNH');
    const second = bobArticle.text.indexOf('12 TỈNH', first + 1);
    const b1 = manualClaim(bobArticle, first, first + 7, { kind: 'count', value: 12 });
    const b2 = manualClaim(bobArticle, second, second + 7, { kind: 'count', value: 12 });
    bob.claims.push(b1, b2);
    bob.reviews = { [b1.id]: review(b1.id, { status: 'flagged', verdict: null, note: 'thứ nhất' }), [b2.id]: review(b2.id, { status: 'rejected', verdict: null, note: 'thứ hai' }) };
    const file = toWorkspaceExport(bob, { exportedAt: at });
    // B3: kept apart under their own ids; then an editor here marks those same offsets of our copy by hand.
    const merged = mergeWorkspace(here, file).workspace;
    expect(merged.detached?.map((d) => d.review?.note)).toEqual(['thứ nhất', 'thứ hai']);
    const ours = merged.articles[0] as Workspace['articles'][number];
    const later = { ...merged, claims: [...merged.claims, manualClaim(ours, first, first + 7, { kind: 'count', value: 99 })] };
    expect(later.claims.some((c) => c.id === b1.id)).toBe(true);
    const again = mergeWorkspace(later, file);
    expect(again.workspace.detached?.map((d) => d.review?.note)).toEqual(['thứ nhất', 'thứ hai']);
    expect(again.conflicts).toEqual([]);
    // B4: our desk already uses both ids for hand claims of its own: both of Bob's are kept apart, each with its review.
    const hereArticle = here.articles[0] as Workspace['articles'][number];
    const taken = { ...here, claims: [...here.claims, manualClaim(hereArticle, first, first + 7, { kind: 'count', value: 1 }), manualClaim(hereArticle, second, second + 7, { kind: 'count', value: 2 })] };
    const both = mergeWorkspace(taken, file);
    expect(both.workspace.detached?.map((d) => d.review?.note)).toEqual(['thứ nhất', 'thứ hai']);
    expect(new Set(both.workspace.detached?.map((d) => d.claim.id)).size).toBe(2);
    expect(both.conflicts).toEqual([]);
    const twice = mergeWorkspace(both.workspace, file);
    expect(twice.workspace.detached).toHaveLength(2);
    expect(twice.conflicts).toEqual([]);
  });

  it('near-miss: the same text on both desks merges as before (claims keyed by id, nothing moved)', () => {
    const here = desk(raw);
    const there = desk(raw);
    const [first] = there.claims;
    if (!first) throw new Error('no claim');
    there.reviews = { [first.id]: review(first.id, { status: 'verified' }) };
    const merged = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at })).workspace;
    expect(merged.claims).toEqual(here.claims);
    expect(merged.reviews[first.id]?.status).toBe('verified');
    expect(merged.detached).toBeUndefined();
  });

  /**
   * A colleague dismissed or resolved a finding about the wire story; their export holds the finding at
   * their text's offsets. It was dropped on merge, so the editor had to decide it again (session 36's
   * note): the decision is carried onto this desk's text now, and the analysis that follows keeps it.
   */
  describe("an editor's decision on a finding about that article", () => {
    const story = (figure: string) =>
      `Xuất khẩu Bắc Giang tăng mạnh\nTheo Sở Công Thương tỉnh Bắc Giang, kim ngạch xuất khẩu của tỉnh trong 9 tháng năm 2023 đạt ${figure} tỷ USD, tăng 14% so với cùng kỳ.\nTrong đó, doanh nghiệp FDI đóng góp 2,1 tỷ USD.\nTỉnh đặt mục tiêu cả năm đạt 30 tỷ USD.`;
    const doc = (text: string, outlet: string, day: string) => buildDocument(text, `${outlet}.txt`, at, { title: outlet, outlet, publishedAt: day });
    const deskOf = (...docs: ReturnType<typeof doc>[]): Workspace => {
      const ws = { ...emptyWorkspace(), articles: docs.map((d) => d.article), claims: docs.flatMap((d) => d.claims) };
      return { ...ws, findings: detectFindings(ws.articles, ws.claims) };
    };
    const later = doc(story('2,7'), 'Báo B', '2023-09-22');
    /** This desk: the story as pasted from the web; the colleague: from a .docx, beside a later report. */
    const desks = () => {
      const here = deskOf(doc(story('2,3'), 'Báo A', '2023-09-21'));
      const there = deskOf(doc(story('2,3').replace(/\n/g, '\n\n'), 'Báo A', '2023-09-21'), later);
      const [raised] = there.findings;
      if (!raised || there.findings.length !== 1) throw new Error('the pair no longer gives one finding');
      return { here, there, raised };
    };
    const decide = (f: Finding, decision: NonNullable<Finding['decision']>): Finding => ({ ...f, status: decision.kind, resolution: decision.note, decision });

    it('a "not the same fact" dismissal and a resolution with the right claim carry over, and the analysis keeps them', () => {
      for (const decision of [
        { kind: 'dismissed' as const, reason: 'not-same-fact' as const, rightClaimId: null, note: 'Hai phạm vi khác nhau', by: 'Phạm Quang', at },
        { kind: 'resolved' as const, rightClaimId: 'later', note: 'Sở đã đính chính: 2,7 tỷ USD', by: 'Phạm Quang', at },
      ]) {
        const { here, there, raised } = desks();
        expect(raised.spans?.[0]?.start).not.toBe(here.articles[0]?.text.indexOf('2,3 tỷ')); // the file's offsets are not this text's
        const right = decision.rightClaimId === 'later' ? (raised.claimIds.find((id) => later.claims.some((c) => c.id === id)) ?? null) : null;
        there.findings = [decide(raised, { ...decision, rightClaimId: right })];
        const result = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at }));
        expect(result.decisionsNotCarried).toBe(0);
        const merged = result.workspace;
        // The export of the merged desk is accepted again: every offset it keeps is this desk's text.
        expect(parseExportJson(toWorkspaceJson(merged, { exportedAt: at })).ok).toBe(true);
        const again = detectFindings(merged.articles, merged.claims, merged.findings);
        const fresh = detectFindings(merged.articles, merged.claims);
        expect(fresh).toHaveLength(1);
        expect(again.map((f) => f.id)).toEqual(fresh.map((f) => f.id));
        expect(again[0]).toMatchObject({ status: decision.kind, resolution: decision.note, decision: { ...decision, rightClaimId: right } });
      }
    });

    it("taking the colleague's decision in a conflict over a finding that rests on claims read otherwise there keeps this desk's ground: the next analysis does not reopen it", () => {
      const here = deskOf(doc(story('2,3'), 'Báo A', '2023-09-21'), later);
      const [raised] = here.findings;
      if (!raised || here.findings.length !== 1 || !raised.fingerprint) throw new Error('the pair no longer gives one finding');
      const there = structuredClone(here);
      const theirs = { kind: 'dismissed' as const, reason: 'other' as const, rightClaimId: null, note: 'Hai phạm vi khác nhau', by: 'Phạm Quang', at };
      // Decided there on claims their desk reads otherwise (another fingerprint).
      there.findings = [{ ...decide(raised, theirs), fingerprint: 'fp-doc-khac' }];
      here.findings = [decide(raised, { kind: 'resolved', rightClaimId: null, note: 'Đã hỏi Sở', by: 'Lan', at })];
      const result = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at }));
      const [conflict] = result.conflicts;
      expect(conflict).toMatchObject({ kind: 'finding', findingId: raised.id });
      if (!conflict) throw new Error('no conflict');
      const taken = resolveMergeConflict(result.workspace, conflict, 'incoming');
      expect(taken.findings).toEqual([expect.objectContaining({ id: raised.id, status: 'dismissed', resolution: theirs.note, decision: theirs, fingerprint: raised.fingerprint })]);
      const again = detectFindings(taken.articles, taken.claims, taken.findings);
      expect(again).toEqual([expect.objectContaining({ id: raised.id, status: 'dismissed', decision: theirs })]);
      // "Keep current" changes nothing.
      expect(resolveMergeConflict(result.workspace, conflict, 'current')).toBe(result.workspace);
    });

    it('near-miss: a claim this desk reads otherwise (another engine, another value) does not take the decision; it is counted, and the finding is open', () => {
      const { here, there, raised } = desks();
      there.findings = [decide(raised, { kind: 'dismissed', reason: 'other', rightClaimId: null, note: 'x', by: 'Phạm Quang', at })];
      const claim = here.claims.find((c) => c.quote.startsWith('2,3 tỷ'));
      if (!claim) throw new Error('no 2,3 tỷ claim');
      here.claims = here.claims.map((c) => (c === claim ? { ...c, qualifier: 'approx' } : c));
      const result = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at }));
      expect(result.decisionsNotCarried).toBe(1);
      const again = detectFindings(result.workspace.articles, result.workspace.claims, result.workspace.findings);
      expect(again.map((f) => f.status)).toEqual(['open']);
    });

    it('an open finding is left to the analysis and not counted', () => {
      const { here, there } = desks();
      const result = mergeWorkspace(here, toWorkspaceExport(there, { exportedAt: at }));
      expect(result.decisionsNotCarried).toBe(0);
      expect(result.workspace.findings).toEqual([]);
    });
  });
});
