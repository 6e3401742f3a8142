import type { ErrorCode } from '../../shared/result';

export type Lang = 'vi' | 'en';

/** An error meant for the user: a code plus one sentence in each UI language. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messages: Record<Lang, string>,
    /** Machine-readable facts for callers that can use them (a conflict: the other editor's record). */
    readonly details?: unknown,
  ) {
    super(messages.en);
    this.name = 'AppError';
  }

  messageIn(lang: Lang): string {
    return this.messages[lang];
  }
}

export const genericMessages: Record<ErrorCode, Record<Lang, string>> = {
  invalid_input: {
    vi: 'Dữ liệu gửi lên không hợp lệ. Hãy thử lại thao tác.',
    en: 'The request was not valid. Please try the action again.',
  },
  forbidden: {
    vi: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên đã bị từ chối.',
    en: 'The request did not come from the app window and was refused.',
  },
  not_found: {
    vi: 'Không tìm thấy mục này trong không gian làm việc.',
    en: 'This item is not in the workspace.',
  },
  unreadable_file: {
    vi: 'Không đọc được tệp. Hãy kiểm tra đường dẫn và quyền truy cập.',
    en: 'The file could not be read. Check its path and permissions.',
  },
  save_failed: {
    vi: 'Chưa lưu được thay đổi vào đĩa. Hãy kiểm tra dung lượng ổ đĩa và thử lại.',
    en: 'The change could not be saved to disk. Check free disk space and try again.',
  },
  conflict: {
    vi: 'Một biên tập viên khác vừa thay đổi mục này; thay đổi của bạn chưa được lưu. Hãy xem lại và thử lại.',
    en: 'Another editor changed this meanwhile; your change was not saved. Review it and try again.',
  },
  internal: {
    vi: 'Đã xảy ra lỗi không mong muốn. Thay đổi của bạn chưa bị mất; hãy thử lại.',
    en: 'Something unexpected went wrong. Your changes are not lost; please try again.',
  },
};
