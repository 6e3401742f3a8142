import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { AppError } from '../../../electron/services/errors';
import { openForWriting } from '../../../electron/services/open';
import { seedsDir, tempDir } from '../helpers';

const STOPPED_VI = 'Phân tích đã dừng vì không gian làm việc được đóng; lần mở sau sẽ phân tích lại phần còn thiếu.';

/**
 * An explicit "analyze" (the desk's button over IPC, the CLI's `analyze`) still running when the
 * workspace closes stops before storing anything (the next open analyses what is left). Its caller
 * gets that in the user's language, like every other service error, not a bare Error.
 */
describe('an explicit analysis stopped by a close', { timeout: 120_000 }, () => {
  it('rejects with a service error in the user\'s language', async () => {
    const service = await openForWriting(join(await tempDir(), 'ws'), { seedsDir, defaultReviewer: 'Lan' });
    const running = service.analyze();
    const closed = service.close();
    const error = await running.then(
      () => null,
      (e: unknown) => e,
    );
    await closed;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageIn('vi')).toBe(STOPPED_VI);
    expect((error as AppError).messageIn('en')).toMatch(/workspace was closed/);
  });

  it('answers the IPC call with that sentence in Vietnamese', async () => {
    const service = await openForWriting(join(await tempDir(), 'ws'), { seedsDir, defaultReviewer: 'Lan' });
    const handlers = createHandlers(service, { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null });
    const running = dispatch(handlers, 'analyze', {}, 'vi');
    await service.close();
    expect(await running).toEqual({ ok: false, error: { code: 'internal', message: STOPPED_VI } });
  });
});
