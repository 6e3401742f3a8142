import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsUpToDate } from '../../../electron/services/findings';
import { openForWriting } from '../../../electron/services/open';
import { META_ID } from '../../../electron/store/port';
import { seedsDir, tempDir } from '../helpers';

/**
 * Whether the stored findings answer the stored claims is kept as two counters in the meta record
 * (claimsRevision, raised by every commit changing what the analysis sees; findingsRevision, the
 * revision an analysis read, stored with its findings). An analysis running when a backup is restored
 * read the claims before the restore and stores the revision it read: a restore must move
 * claimsRevision past every revision seen, so that mark can never match the restored claims (review 2
 * NIT 1, review 3 NIT 7). Before, a restore brought back the backup's revision, which another history
 * of edits (after an earlier restore) could have reached with other claims.
 */
describe('a restore and the claims revision', { timeout: 240_000 }, () => {
  it('moves claimsRevision past every revision seen, keeping the backup\'s findings trusted', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    const store = service.ctx.store;
    const checkpoint = () => (store as unknown as { checkpoint(): Promise<void> }).checkpoint();
    const [, , a, b] = service.workspace.claims;
    await checkpoint();
    const atOpen = await store.meta();
    expect(findingsUpToDate(atOpen)).toBe(true);

    // History 1: claim a rejected (state S1), then back to the state at open.
    await service.reviewClaim({ claimId: a!.id, status: 'rejected' });
    await checkpoint();
    const s1 = await store.meta();
    expect(s1.claimsRevision).toBeGreaterThan(atOpen.claimsRevision ?? 0);
    await service.restoreBackup((await service.listBackups())[0]!.id);
    expect(service.workspace.reviews[a!.id]).toBeUndefined();
    // The restore made S1 a backup (the newest).
    const backupS1 = (await service.listBackups())[0]!;
    const restored = await store.meta();
    expect(restored.claimsRevision).toBeGreaterThan(s1.claimsRevision ?? 0);
    // The state at open had findings answering its claims: still trusted (no full re-analysis).
    expect(findingsUpToDate(restored)).toBe(true);

    // History 2: claim b rejected (state S2, other claims than S1).
    await service.reviewClaim({ claimId: b!.id, status: 'rejected' });
    const s2 = await store.meta();
    expect(findingsUpToDate(s2)).toBe(true);

    // An analysis of S2 reads its revision, S1 is restored meanwhile, then the analysis lands its
    // findings with the revision it read (as its commit's meta mark does).
    const readByAnalysis = s2.claimsRevision ?? 0;
    await service.restoreBackup(backupS1.id);
    expect(service.workspace.reviews[a!.id]?.status).toBe('rejected');
    expect(service.workspace.reviews[b!.id]).toBeUndefined();
    const afterRestore = await store.meta();
    expect(findingsUpToDate(afterRestore)).toBe(true);
    expect(afterRestore.claimsRevision).toBeGreaterThan(readByAnalysis);
    await store.commit({
      action: 'analysis.run',
      who: 'Lan',
      at: '2026-06-01T00:00:00.000Z',
      changes: [{ table: 'meta', id: META_ID, before: afterRestore, after: { ...afterRestore, findingsRevision: readByAnalysis } }],
      audit: [],
    });
    // Findings computed from S2's claims do not answer S1's: the next open analyses everything again.
    expect(findingsUpToDate(await store.meta())).toBe(false);
    await service.close();
  });

  it('keeps the replaced state\'s backup through the checkpoints after the restore (the restore stays undoable)', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    const checkpoint = () => (service.ctx.store as unknown as { checkpoint(): Promise<void> }).checkpoint();
    const a = service.workspace.claims[2]!;
    await checkpoint();
    await service.reviewClaim({ claimId: a.id, status: 'rejected' });
    await checkpoint();
    await service.restoreBackup((await service.listBackups())[0]!.id);
    expect(service.workspace.reviews[a.id]).toBeUndefined();
    const replaced = (await service.listBackups())[0]!;
    // The close checkpoints the restore's commit.
    await service.close();
    const again = await openForWriting(folder, { seedsDir: null, defaultReviewer: 'Lan' });
    await again.restoreBackup(replaced.id);
    expect(again.workspace.reviews[a.id]?.status).toBe('rejected');
    await again.close();
  });
});
