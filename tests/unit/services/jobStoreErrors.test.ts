import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../../shared/ipc/contract';
import { createHandlers } from '../../../electron/ipc/handlers';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { StoreBusyError, StoreUnusableError } from '../../../electron/store/port';
import { seedsDir, tempDir } from '../helpers';

/** A background job (a re-extraction) stopped by a store error: its error is said in the user's language. */
describe('a job stopped by a store error', { timeout: 60_000 }, () => {
  it('reports it as the desk does (storeFailure), never as the error class and its English text', async () => {
    const folder = join(await tempDir(), 'ws');
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder), seedsDir, defaultReviewer: 'Lan' });
    try {
      const events: DeskEvent[] = [];
      const handlers = createHandlers(service, { openExternal: () => undefined, chooseImportPaths: () => Promise.resolve(null), chooseSavePath: () => Promise.resolve(null), emit: (e) => void events.push(e) });
      const failed = async (error: Error, language: 'vi' | 'en') => {
        await service.updateSettings({ language });
        // A read of the re-extraction finds the store closed, or a state that kept changing.
        service.reextract = () => Promise.reject(error);
        const { jobId } = await handlers.reextract({});
        for (let i = 0; i < 200; i++) {
          const done = events.find((e) => e.type === 'job' && e.job.id === jobId && e.job.state === 'failed');
          if (done && done.type === 'job') return done.job.error;
          await new Promise((r) => setTimeout(r, 5));
        }
        throw new Error('the job did not fail');
      };
      const unusableVi = await failed(new StoreUnusableError(new Error('EIO')), 'vi');
      expect(unusableVi).toMatch(/^Bản sao lưu đã được khôi phục trên đĩa nhưng không tải lại được/);
      const busyEn = await failed(new StoreBusyError('claims'), 'en');
      expect(busyEn).toMatch(/^The workspace kept changing while it was being read/);
      expect(`${unusableVi} ${busyEn}`).not.toMatch(/StoreUnusableError|StoreBusyError/);
    } finally {
      await service.close();
    }
  });
});
