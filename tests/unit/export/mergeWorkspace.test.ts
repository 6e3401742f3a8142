import { describe, expect, it } from 'vitest';
import { mergeWorkspace, resolveMergeConflict } from '../../../shared/export/mergeWorkspace';
import { toWorkspaceExport } from '../../../shared/export/workspaceJson';
import type { Workspace } from '../../../shared/schema';
import { article, claimIn, review, sampleIds, sampleWorkspace } from './helpers/workspace';

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

  it('learns a verdict the imported reviews use, keeping our own settings', () => {
    expect(result.added.verdicts).toEqual(['mostly_true_local']);
    expect(result.workspace.settings.verdicts?.map((v) => v.id)).toContain('mostly_true_local');
    expect(result.workspace.settings.reviewerName).toBe('Trần Thu Hà');
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
