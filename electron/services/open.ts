import { LowdbWorkspaceRepository } from '../store/lowdbRepository';
import type { StoreNotice } from '../store/port';
import { WorkspaceService } from './workspaceService';

/**
 * Opens the workspace at a user's path as its one writer: takes the lock (a second writer gets
 * WorkspaceLockedError: "this workspace is open in Crosscheck, process N"), migrates a v1 file,
 * creates a missing workspace. Close the service to release the lock.
 */
export function openForWriting(
  path: string,
  options: {
    seedsDir: string | null;
    defaultReviewer: string;
    actingReviewer?: string;
    language?: 'vi' | 'en';
    now?: () => Date;
    prepareAnalysis?: boolean;
    upgradeInBackground?: boolean;
    jobsServed?: boolean;
    keepUnreadable?: boolean;
  },
): Promise<WorkspaceService> {
  const { keepUnreadable, ...rest } = options;
  return WorkspaceService.open({ repository: new LowdbWorkspaceRepository(path, options.now, keepUnreadable ? { keepUnreadable } : {}), ...rest });
}

/**
 * Opens the workspace to read only: no lock, nothing moved, migrated, re-extracted or rewritten; an
 * unreadable, missing or newer workspace is refused with WorkspaceOpenError (naming the schema version).
 */
export function openReadOnly(path: string): Promise<WorkspaceService> {
  return WorkspaceService.open({ repository: new LowdbWorkspaceRepository(path), seedsDir: null, defaultReviewer: 'reader', readOnly: true });
}

/** One sentence per notice, for the CLI and the app's log. */
export function describeNotices(notices: readonly StoreNotice[], lang: 'vi' | 'en'): string[] {
  const vi = lang === 'vi';
  return notices.map((n) => {
    switch (n.kind) {
      case 'migrated':
        return vi ? `Đã chuyển không gian làm việc sang dạng thư mục (schemaVersion ${n.schemaVersion}); tệp gốc giữ tại ${n.keptAt}.` : `Workspace migrated to the folder layout (schemaVersion ${n.schemaVersion}); the original file is kept at ${n.keptAt}.`;
      case 'torn-journal':
        if (n.beingWritten) {
          return vi
            ? `Bỏ qua dòng cuối của nhật ký mà ứng dụng đang mở vẫn đang ghi (${n.file}, ${n.droppedBytes} byte): thay đổi đó đang được lưu, lần đọc này chưa có nó.`
            : `Left out the last journal line, which the running app is still writing (${n.file}, ${n.droppedBytes} bytes): that change is being saved and is not in this read.`;
        }
        return vi ? `Bỏ dòng cuối dở dang của nhật ký (${n.file}, ${n.droppedBytes} byte): thao tác đó chưa từng được xác nhận.` : `Dropped a torn last journal line (${n.file}, ${n.droppedBytes} bytes): that action was never acknowledged.`;
      case 'audit-broken':
        return vi ? `Chuỗi băm của nhật ký kiểm toán bị đứt ở sự kiện ${n.atSeq}: nhật ký có thể đã bị sửa.` : `The audit trail's hash chain is broken at event ${n.atSeq}: the trail may have been altered.`;
      case 'stale-lock-taken':
        return vi ? `Đã tiếp quản khóa cũ của tiến trình ${n.pid} (không còn chạy).` : `Took over a stale lock of process ${n.pid} (no longer running).`;
      case 'restored':
        return vi ? `Đã khôi phục bản sao lưu ${n.backupId}.` : `Backup ${n.backupId} restored.`;
      case 'recovered':
        return vi ? `Không đọc được không gian làm việc cũ; đã chuyển nó sang ${n.movedTo} và bắt đầu mới.` : `The old workspace could not be read; it was moved to ${n.movedTo} and a new one started.`;
      case 'symlink-resolved':
        return vi ? `${n.from} là liên kết tượng trưng; đã mở ${n.to}.` : `${n.from} is a symbolic link; opened ${n.to}.`;
    }
  });
}
