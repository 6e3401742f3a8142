import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/services/audit';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { createMemoryStore } from '../../../electron/store/memoryStore';
import { seedsDir, tempDir } from '../helpers';

async function openAt(file: string, seeds: string | null = seedsDir) {
  return WorkspaceService.open({ repository: new LowdbWorkspaceRepository(file), seedsDir: seeds, defaultReviewer: 'Hà' });
}

function claimWithQuote(service: WorkspaceService, quote: string) {
  const claim = service.workspace.claims.find((c) => c.quote === quote);
  if (!claim) throw new Error(`no claim "${quote}"`);
  return claim;
}

describe('WorkspaceService', () => {
  it('imports the five seed articles with their claims on first start', async () => {
    const service = await openAt(join(await tempDir(), 'ws.json'));
    const list = (await service.listArticles());
    expect(list).toHaveLength(5);
    expect(list.map((a) => a.title)).toContain('Những kết quả ấn tượng về chuyển đổi số ở Bắc Giang');
    expect(service.workspace.claims.length).toBeGreaterThan(20);
    for (const c of service.workspace.claims) {
      const article = service.workspace.articles.find((a) => a.id === c.articleId);
      expect(article?.text.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it('keeps a review across closing and reopening the workspace, with an audit event', async () => {
    const file = join(await tempDir(), 'ws.json');
    const first = await openAt(file);
    const claim = claimWithQuote(first, '42,13%');
    await first.reviewClaim({ claimId: claim.id, status: 'verified', note: 'Khớp báo cáo của Sở' });

    const reopened = await openAt(file);
    expect((await reopened.listArticles())).toHaveLength(5); // seeds are not imported twice
    expect(reopened.workspace.reviews[claim.id]).toMatchObject({ status: 'verified', note: 'Khớp báo cáo của Sở', reviewer: 'Hà' });
    const summary = (await reopened.listArticles()).find((a) => a.id === claim.articleId);
    expect(summary?.reviewedCount).toBe(1);
    const last = reopened.workspace.auditLog.at(-1);
    expect(last).toMatchObject({ action: 'review.verified', target: claim.id, who: 'Hà', before: null });
    expect(verifyAuditChain(reopened.workspace.auditLog)).toBe(-1);
  });

  it('keeps the original value when a claim is corrected', async () => {
    const service = await openAt(join(await tempDir(), 'ws.json'));
    const claim = claimWithQuote(service, '42,13%');
    const review = await service.reviewClaim({ claimId: claim.id, status: 'corrected', correctedValue: 42.1 });
    expect(review.correctedValue).toBe(42.1);
    expect(service.workspace.claims.find((c) => c.id === claim.id)?.value).toBe(42.13);
    // Re-correcting keeps the earlier correction; a first correction needs a value or wording.
    await expect(service.reviewClaim({ claimId: claim.id, status: 'corrected' })).resolves.toMatchObject({ correctedValue: 42.1 });
    const other = claimWithQuote(service, '209/209 tổ');
    await expect(service.reviewClaim({ claimId: other.id, status: 'corrected' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses a review of an unknown claim with a Vietnamese message', async () => {
    const service = await openAt(join(await tempDir(), 'ws.json'));
    await expect(service.reviewClaim({ claimId: 'c_nope', status: 'verified' })).rejects.toMatchObject({
      code: 'not_found',
      messages: { vi: expect.stringContaining('Không tìm thấy') },
    });
  });

  it('does not import the same article twice, and reports unsupported and empty files', async () => {
    const dir = await tempDir();
    const service = await openAt(join(dir, 'ws.json'), null);
    const seed = await readFile(join(seedsDir, '000_1fe02d8b3e3b3513.txt'), 'utf8');
    await writeFile(join(dir, 'a.txt'), seed);
    await writeFile(join(dir, 'copy.txt'), seed.replace(/\n/g, '\r\n') + '\n\n');
    await writeFile(join(dir, 'empty.txt'), '  \n');
    await writeFile(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const report = await service.importPaths([join(dir, 'a.txt'), join(dir, 'copy.txt'), join(dir, 'empty.txt'), join(dir, 'photo.png')]);
    expect(report.imported).toHaveLength(1);
    expect(report.duplicates).toHaveLength(1);
    expect(report.refused.map((r) => r.source).sort()).toEqual([join(dir, 'empty.txt'), join(dir, 'photo.png')]);
  });

  it('surfaces a failed save, keeps nothing of it, and a retry once the disk is free really saves', async () => {
    const store = createMemoryStore();
    const service = await WorkspaceService.open({ store, seedsDir, defaultReviewer: 'Hà' });
    const claim = claimWithQuote(service, '42,13%');
    store.failNextCommits = 2;
    await expect(service.reviewClaim({ claimId: claim.id, status: 'flagged' })).rejects.toMatchObject({ code: 'save_failed' });
    expect(service.workspace.reviews[claim.id]).toBeUndefined();
    await expect(service.reviewClaim({ claimId: claim.id, status: 'flagged' })).rejects.toMatchObject({ code: 'save_failed' });
    expect((await service.info()).canUndo).toBe(false);
    await expect(service.reviewClaim({ claimId: claim.id, status: 'flagged' })).resolves.toMatchObject({ status: 'flagged' });
    expect(service.workspace.reviews[claim.id]?.status).toBe('flagged');
    expect(service.workspace.auditLog.filter((e) => e.target === claim.id).map((e) => e.action)).toEqual(['review.flagged']);
  });

  it('starts empty (no samples) after moving an unreadable workspace aside, and says where it went', async () => {
    const dir = await tempDir();
    const file = join(dir, 'ws.json');
    await writeFile(file, '{broken');
    const service = await openAt(file);
    expect((await service.listArticles())).toHaveLength(0);
    expect((await service.info()).notice).toMatchObject({ kind: 'recovered', movedTo: expect.stringContaining('ws.unreadable-') });
    expect(await readFile((await service.info()).notice?.movedTo as string, 'utf8')).toBe('{broken');
    const report = await service.importSamples();
    expect(report.imported).toHaveLength(5);
  });
});
