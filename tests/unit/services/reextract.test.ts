import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { EXTRACTOR_VERSION } from '../../../shared/extract';
import { contentHash } from '../../../shared/hash';
import type { Claim, Workspace } from '../../../shared/schema';
import { seedsDir, tempDir } from '../helpers';

const open = (file: string, seeds: string | null = null) =>
  WorkspaceService.open({ repository: new LowdbWorkspaceRepository(file), seedsDir: seeds, defaultReviewer: 'Hải' });

/**
 * A workspace as an older engine left it: shorter quotes ("209/209" where the engine now says
 * "209/209 tổ"), a claim the engine no longer extracts, a manual claim, and a claim whose words
 * are not in the text — each reviewed by an editor.
 */
async function olderWorkspace(file: string): Promise<{ ws: Workspace; ids: Record<string, string> }> {
  // Built in a workspace elsewhere, then written at `file` as the single v1 file an older Crosscheck wrote.
  const service = await open(`${file}-source`, seedsDir);
  const ws = structuredClone(service.workspace) as Workspace;
  await service.close();
  const article = ws.articles.find((a) => a.title?.includes('Những kết quả ấn tượng')) as Workspace['articles'][number];
  const base = ws.claims.find((c) => c.articleId === article.id) as Claim;
  const make = (quote: string, origin: Claim['origin'], at = article.text.indexOf(quote)): Claim => ({
    ...base,
    id: 'c_old_' + contentHash(quote + origin),
    start: at,
    end: at + quote.length,
    quote,
    prefix: article.text.slice(Math.max(0, at - 32), at),
    suffix: article.text.slice(at + quote.length, at + quote.length + 32),
    kind: 'count',
    origin,
  });
  const short = make('209/209', 'extracted');
  const notExtracted = make('Postmart.vn', 'extracted');
  const manual = make('4G, 5G', 'manual');
  const gone = { ...make('209/209', 'extracted'), id: 'c_old_gone', quote: 'năm trăm lẻ một', prefix: 'không có ở đâu cả ', suffix: ' trong bài này', start: 0, end: 15 };
  ws.claims = ws.claims.filter((c) => c.articleId !== article.id).concat([short, notExtracted, manual, gone]);
  const review = (claimId: string, status: 'verified' | 'flagged') => ({
    claimId, status, correctedValue: null, correctedText: null, note: 'ghi chú cũ', evidence: [], verdict: null, flagReason: null, reviewer: 'Hải', updatedAt: '2024-06-01T00:00:00.000Z',
  });
  ws.reviews = { [short.id]: review(short.id, 'verified'), [notExtracted.id]: review(notExtracted.id, 'flagged'), [manual.id]: review(manual.id, 'verified'), [gone.id]: review(gone.id, 'flagged') };
  ws.findings = [];
  ws.history = { undo: [], redo: [] };
  delete ws.extractorVersion;
  await writeFile(file, JSON.stringify(ws));
  return { ws, ids: { short: short.id, notExtracted: notExtracted.id, manual: manual.id, gone: gone.id } };
}

describe('re-extraction on upgrade', () => {
  it('re-attaches every review to the same words, keeps reviewed and manual claims, and lists what it cannot find', async () => {
    const file = join(await tempDir(), 'ws.json');
    const { ids } = await olderWorkspace(file);
    const service = await open(file);
    const report = (await service.info()).upgraded;
    expect(report).not.toBeNull();
    expect(service.workspace.extractorVersion).toBe(EXTRACTOR_VERSION);

    const now = service.workspace.claims;
    const full = now.find((c) => c.quote === '209/209 tổ');
    expect(full && service.workspace.reviews[full.id]).toMatchObject({ status: 'verified', note: 'ghi chú cũ', claimId: full?.id });
    expect(service.workspace.reviews[ids.short as string]).toBeUndefined();
    expect(now.find((c) => c.id === ids.notExtracted)).toMatchObject({ quote: 'Postmart.vn' });
    expect(service.workspace.reviews[ids.notExtracted as string]?.status).toBe('flagged');
    expect(now.find((c) => c.id === ids.manual)).toMatchObject({ origin: 'manual', quote: '4G, 5G' });
    expect(report?.detached).toEqual([{ claimId: ids.gone, articleId: expect.any(String), quote: 'năm trăm lẻ một', status: 'flagged' }]);
    expect(service.workspace.detached?.[0]?.review?.status).toBe('flagged');
    for (const c of now) {
      const article = service.workspace.articles.find((a) => a.id === c.articleId);
      expect(article?.text.slice(c.start, c.end)).toBe(c.quote);
    }
    expect(service.workspace.auditLog.map((e) => e.action)).toContain('workspace.reextract');

    // Saved: opening again does not re-extract a second time.
    const again = await open(file);
    expect((await again.info()).upgraded).toBeNull();
    expect(again.workspace.extractorVersion).toBe(EXTRACTOR_VERSION);
    // The v1 file was migrated to a folder at the same path; the original is kept beside it.
    expect(JSON.parse(await readFile(file.replace(/\.json$/, '.v1-original.json'), 'utf8')).extractorVersion).toBeUndefined();
  });

  it('re-extracting an up-to-date workspace on request changes nothing an editor did', async () => {
    const service = await open(join(await tempDir(), 'ws.json'), seedsDir);
    const claim = service.workspace.claims.find((c) => c.quote === '42,13%') as Claim;
    await service.reviewClaim({ claimId: claim.id, status: 'corrected', correctedValue: 42.1 });
    const before = service.workspace.claims.map((c) => c.id).sort();
    const report = await service.reextract();
    expect(report).toMatchObject({ before: before.length, after: before.length, reviewsMoved: 0, reviewsKept: 1, detached: [] });
    expect(service.workspace.claims.map((c) => c.id).sort()).toEqual(before);
    expect(service.workspace.reviews[claim.id]).toMatchObject({ status: 'corrected', correctedValue: 42.1 });
    // Nothing an undo step names changed, so the step is kept and still undoes the review.
    expect((await service.undo()).action).toBe('review.corrected');
    expect(service.workspace.reviews[claim.id]).toBeUndefined();
  });

  it('keeps the facts an editor set with "Chỉnh thông tin" (QA31 bug 1: they went back to the engine\'s reading)', async () => {
    const service = await open(join(await tempDir(), 'ws.json'), seedsDir);
    const claim = service.workspace.claims.find((c) => c.quote === 'gần 80%') as Claim;
    await service.editClaim({ claimId: claim.id, fields: { value: 79, subject: 'tỉnh Bắc Giang' } });
    // An edit undone does not stand: the metric goes back to the engine's reading.
    const other = service.workspace.claims.find((c) => c.quote === '42,13%') as Claim;
    await service.editClaim({ claimId: other.id, fields: { metric: 'tạm' } });
    await service.undo();
    const report = await service.reextract();
    expect(report.editsKept).toBe(1);
    expect(service.workspace.claims.find((c) => c.id === claim.id)).toMatchObject({ value: 79, subject: 'tỉnh Bắc Giang', quote: 'gần 80%' });
    expect(service.workspace.claims.find((c) => c.id === other.id)?.metric).toBe(other.metric);
  });

  it('keeps an edited claim the engine no longer extracts, with its edit', async () => {
    const file = join(await tempDir(), 'ws.json');
    const { ids } = await olderWorkspace(file);
    const service = await open(file);
    const kept = service.workspace.claims.find((c) => c.id === ids.notExtracted) as Claim;
    await service.reviewClaim({ claimId: kept.id, status: 'unreviewed', note: '' });
    await service.editClaim({ claimId: kept.id, fields: { subject: 'Postmart' } });
    await service.reextract();
    expect(service.workspace.claims.find((c) => c.id === ids.notExtracted)).toMatchObject({ quote: 'Postmart.vn', subject: 'Postmart' });
  });

  it('an edit made under the id an upgrade gave survives two more re-extractions', async () => {
    const file = join(await tempDir(), 'ws.json');
    const { ids } = await olderWorkspace(file);
    const service = await open(file);
    // Opening re-extracted the older workspace: "209/209" became "209/209 tổ" under another id.
    const full = service.workspace.claims.find((c) => c.quote === '209/209 tổ') as Claim;
    expect(full.id).not.toBe(ids.short);
    await service.editClaim({ claimId: full.id, fields: { subject: 'BIÊN TẬP' } });
    await service.reextract();
    await service.reextract();
    expect(service.workspace.claims.find((c) => c.quote === '209/209 tổ')?.subject).toBe('BIÊN TẬP');
  });

  it('a claim whose span an editor moved keeps it, and the engine\'s claim on the old words is another record (review 3)', async () => {
    const service = await open(join(await tempDir(), 'ws.json'), seedsDir);
    const claim = service.workspace.claims.find((c) => c.quote === 'gần 80%') as Claim;
    const article = service.workspace.articles.find((a) => a.id === claim.articleId) as Workspace['articles'][number];
    const at = article.text.indexOf('số hóa đạt');
    await service.editClaim({ claimId: claim.id, start: at, end: at + 'số hóa'.length, fields: { value: 79 } });
    const count = service.workspace.claims.length;
    const report = await service.reextract();
    const ids = service.workspace.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(report.after).toBe(service.workspace.claims.length);
    expect(service.workspace.claims.find((c) => c.id === claim.id)).toMatchObject({ quote: 'số hóa', value: 79 });
    // The engine reads "gần 80%" again, as a claim of its own.
    expect(service.workspace.claims.filter((c) => c.quote === 'gần 80%')).toHaveLength(1);
    expect(service.workspace.claims.length).toBe(count + 1);
  });

  it('clears the undo steps when one of them names a record the re-extraction changed', async () => {
    const file = join(await tempDir(), 'ws.json');
    const { ws, ids } = await olderWorkspace(file);
    const review = ws.reviews[ids.short as string];
    ws.history = { undo: [{ action: 'review.verified', at: '2024-06-01T00:00:00.000Z', changes: [{ type: 'review', claimId: ids.short as string, before: null, after: review ?? null }] }], redo: [] };
    await writeFile(file, JSON.stringify(ws));
    const service = await open(file);
    expect((await service.info()).upgraded).not.toBeNull();
    // The review moved to the longer claim "209/209 tổ": undoing the old step would name a review that is gone.
    expect(service.workspace.reviews[ids.short as string]).toBeUndefined();
    expect(service.workspace.history).toEqual({ undo: [], redo: [] });
    expect((await service.undo()).action).toBeNull();
  });
});
