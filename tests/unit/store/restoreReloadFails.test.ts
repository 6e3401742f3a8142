import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { seedsDir, tempDir } from '../helpers';

/**
 * The real fs, except that once armed, the documents of the workspace cannot be read (EIO) after the
 * restored manifest has been renamed into place: the backup checked fine, was written, and its reload
 * into memory fails half-way.
 */
function failingAfterSwitch() {
  const state = { armed: false, manifests: 0, failing: false, failedReads: 0 };
  const fs: StoreFs = {
    ...nodeFs,
    rename: async (from, to) => {
      await fsp.rename(from, to);
      // The restore first checkpoints the current state (a review is waiting: a manifest is renamed
      // in), then checks the backup loads, then renames the restored manifest in: the second one.
      if (state.armed && String(to).endsWith('/workspace.json') && ++state.manifests === 2) state.failing = true;
    },
    readFile: ((path: Parameters<typeof fsp.readFile>[0], options?: Parameters<typeof fsp.readFile>[1]) => {
      // Some documents read, then the disk fails: the reload stops half-way.
      if (state.failing && String(path).includes('/data/') && ++state.failedReads > 2) {
        return Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
      }
      return fsp.readFile(path, options);
    }) as StoreFs['readFile'],
  };
  return { fs, state };
}

describe('a restore whose reload fails', { timeout: 120_000 }, () => {
  it('closes the workspace with a clear message instead of answering from a half-loaded state; reopened, it holds the backup', async () => {
    const folder = join(await tempDir(), 'ws');
    const { fs, state } = failingAfterSwitch();
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder, undefined, { fs }), seedsDir, defaultReviewer: 'Lan' });
    const [a, b] = await service.listClaims();
    await (service.ctx.store as unknown as { checkpoint(): Promise<void> }).checkpoint();
    // A second checkpoint: the state with the sample articles and no review becomes a backup (the
    // first one's backup is the empty workspace, which reopened looked like a first start).
    await service.reviewClaim({ claimId: a!.id, status: 'flagged', flagReason: 'needs_source' });
    await (service.ctx.store as unknown as { checkpoint(): Promise<void> }).checkpoint();
    const backup = (await service.listBackups())[0]!;
    expect(backup.articles).toBeGreaterThan(0);
    await service.reviewClaim({ claimId: a!.id, status: 'verified' });
    const articles = (await service.listArticles()).length;

    const handlers = createHandlers(service, { openExternal: () => undefined, chooseImportPaths: () => Promise.resolve(null), chooseSavePath: () => Promise.resolve(null), emit: () => undefined });
    state.armed = true;
    const restored = await dispatch(handlers, 'restoreBackup', { backupId: backup.id }, 'vi');
    expect(state.failedReads).toBeGreaterThan(2);
    expect(restored).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Bản sao lưu đã được khôi phục trên đĩa nhưng không tải lại được/) } });
    // Nothing answers from the half-loaded state: reads and actions say the same, in English too.
    const listed = await dispatch(handlers, 'listArticles', {}, 'en');
    expect(listed).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The backup was restored on disk but could not be loaded back/) } });
    const reviewed = await dispatch(handlers, 'reviewClaim', { claimId: b!.id, status: 'flagged', flagReason: 'needs_source' }, 'vi');
    expect(reviewed).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Bản sao lưu đã được khôi phục/) } });
    await service.close();

    // The disk holds the restored backup, whole: opened again (the lock was let go), it reads back.
    Object.assign(state, { armed: false, failing: false });
    const again = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder, undefined, { fs }), seedsDir, defaultReviewer: 'Lan' });
    expect(await again.listArticles()).toHaveLength(articles);
    expect((await again.listClaims()).map((c) => c.id)).toContain(b!.id);
    expect(again.workspace.reviews[a!.id]).toBeUndefined();
    expect(again.workspace.reviews[b!.id]).toBeUndefined();
    await again.close();
  });
});
