import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openForWriting } from '../../../electron/services/open';
import { META_ID } from '../../../electron/store/port';
import { EXTRACTOR_VERSION } from '../../../shared/extract';
import { seedsDir, tempDir } from '../helpers';
import { closedAfterEach } from './keptAnalysis';

const opened = closedAfterEach();

/**
 * A re-extraction reads the meta record long before it commits its own meta change (the extractor
 * version); any edit meanwhile raises the claims revision in that record. The re-extraction is not
 * refused for it: its change is made on the meta as stored now, and the edit's revision stays.
 */
describe('a commit with its own meta change, after an edit moved the meta record', { timeout: 300_000 }, () => {
  it('lands with its change on the current meta (a re-extraction after an edit during it)', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await openForWriting(folder, { seedsDir, defaultReviewer: 'Lan' });
    opened.push(service);
    const store = service.ctx.store;
    const meta = await store.meta();
    await store.commit({ action: 'test', who: 'Lan', at: '2026-06-01T00:00:00.000Z', changes: [{ table: 'meta', id: META_ID, before: meta, after: { ...meta, extractorVersion: EXTRACTOR_VERSION - 1 } }], audit: [] });
    const claims = await service.listClaims();
    const edited = claims[0]!;
    const commit = store.commit.bind(store);
    let edit = false;
    vi.spyOn(store, 'commit').mockImplementation(async (request) => {
      if (request.action === 'workspace.reextract' && !edit) {
        edit = true;
        // An edit lands between the re-extraction's read of the meta record and its commit.
        await service.reviewClaim({ claimId: edited.id, status: 'rejected' });
      }
      return commit(request);
    });
    const revisionBefore = (await store.meta()).claimsRevision ?? 0;
    const report = await service.reextract();
    vi.restoreAllMocks();
    expect(edit).toBe(true);
    expect(report.after).toBeGreaterThan(0);
    const after = await store.meta();
    expect(after.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(after.claimsRevision ?? 0).toBeGreaterThan(revisionBefore);
    expect((await store.reviews([edited.id]))[0]?.status).toBe('rejected');
  });
});
