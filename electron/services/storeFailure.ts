/**
 * Store failures in the user's words. Kept apart from the services (context.ts re-exports it) so that the
 * main process's IPC dispatch can map them without bundling the services' code.
 */
import { StoreBusyError, StoreReadOnlyError, StoreUnusableError, StoreWriteError } from '../store/port';
import { AppError, genericMessages } from './errors';

/**
 * A store that could not write, could not be reached or is open read-only, in the user's words (null for
 * anything else): the one mapping for commits and for the reads an action makes on its way.
 */
export function storeFailure(e: unknown): AppError | null {
  if (e instanceof StoreWriteError && (e as { deskUnreachable?: boolean }).deskUnreachable) return deskUnreachableError(e);
  // A newer Crosscheck upgraded the shared desk: this app must be updated (nothing was saved).
  if (e instanceof StoreWriteError && (e as { deskOutdated?: boolean }).deskOutdated) {
    const { vi, en } = e as StoreWriteError & { vi: string; en: string };
    return new AppError('forbidden', { vi, en });
  }
  if (e instanceof StoreWriteError && (e as { deskRefusedText?: boolean }).deskRefusedText) {
    const { vi, en } = e as StoreWriteError & { vi: string; en: string };
    return new AppError('internal', { vi, en }, { deskRefusedText: true });
  }
  if (e instanceof StoreBusyError) {
    return new AppError('internal', {
      vi: 'Không gian làm việc thay đổi liên tục trong lúc đọc (đang lưu một lượt phân tích lớn) nên chưa đọc được. Không có gì bị thay đổi; hãy thử lại sau giây lát.',
      en: 'The workspace kept changing while it was being read (a large analysis is being saved). Nothing was changed; try again in a moment.',
    });
  }
  if (e instanceof StoreUnusableError) {
    return new AppError('save_failed', {
      vi: 'Bản sao lưu đã được khôi phục trên đĩa nhưng không tải lại được vào ứng dụng (lỗi đọc ổ đĩa). Không gian làm việc đã được đóng để không ghi thêm gì; hãy mở lại nó hoặc khởi động lại Crosscheck.',
      en: 'The backup was restored on disk but could not be loaded back into the app (a disk read failed). The workspace was closed so that nothing more is written; open it again or restart Crosscheck.',
    });
  }
  if (e instanceof StoreWriteError) return new AppError('save_failed', genericMessages.save_failed);
  if (e instanceof StoreReadOnlyError) {
    return new AppError('forbidden', {
      vi: 'Không gian làm việc đang được mở chỉ để đọc; thay đổi không được lưu.',
      en: 'The workspace is open read-only; the change was not saved.',
    });
  }
  return null;
}

export function deskUnreachableError(e: StoreWriteError): AppError {
  const gaveUp = e.name === 'DeskGaveUpError';
  const unconfirmed = (e as { unconfirmed?: boolean }).unconfirmed === true;
  if (gaveUp && unconfirmed) {
    return new AppError('save_failed', {
      vi: 'Thao tác đã được gửi nhưng bàn biên tập chung chưa xác nhận (mất kết nối giữa chừng): có thể đã hoặc chưa được lưu. Hãy kiểm tra lại khi kết nối lại.',
      en: 'The action was sent but the shared desk never confirmed it (the connection broke): it may or may not have been saved. Check it after reconnecting.',
    }, { gaveUp: 'unconfirmed' });
  }
  if (gaveUp) {
    return new AppError('save_failed', {
      vi: 'Thao tác chưa được gửi lên bàn biên tập chung và không được lưu (đã thôi chờ).',
      en: 'The action was not sent to the shared desk and was not saved (stopped waiting).',
    }, { gaveUp: 'notSent' });
  }
  return new AppError('save_failed', {
    vi: 'Không kết nối được bàn biên tập chung: thao tác chưa được lưu. Hãy thử lại khi có kết nối.',
    en: 'The shared desk cannot be reached: the action was not saved. Try again when it is back.',
  });
}
