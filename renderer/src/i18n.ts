import type { ClaimKind, Modality, Qualifier, ReviewStatus } from '../../shared/schema';

export type Lang = 'vi' | 'en';

const messages = {
  appTitle: { vi: 'Crosscheck — Kiểm chứng', en: 'Crosscheck — Fact-check desk' },
  library: { vi: 'Thư viện', en: 'Library' },
  article: { vi: 'Bài viết', en: 'Article' },
  claims: { vi: 'Nhận định', en: 'Claims' },
  detail: { vi: 'Chi tiết', en: 'Detail' },
  quote: { vi: 'Trích dẫn', en: 'Quote' },
  sentence: { vi: 'Câu', en: 'Sentence' },
  subject: { vi: 'Chủ thể', en: 'Subject' },
  metric: { vi: 'Chỉ tiêu đo', en: 'Metric' },
  period: { vi: 'Thời kỳ', en: 'Period' },
  value: { vi: 'Giá trị', en: 'Value' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  qualifier: { vi: 'Mức độ', en: 'Qualifier' },
  modality: { vi: 'Loại nhận định', en: 'Modality' },
  kind: { vi: 'Kiểu số liệu', en: 'Kind' },
  status: { vi: 'Trạng thái', en: 'Status' },
  note: { vi: 'Ghi chú', en: 'Note' },
  reviewer: { vi: 'Người duyệt', en: 'Reviewer' },
  verify: { vi: 'Xác minh', en: 'Verify' },
  flag: { vi: 'Gắn cờ', en: 'Flag' },
  reject: { vi: 'Loại bỏ', en: 'Reject' },
  reset: { vi: 'Đặt lại', en: 'Reset' },
  reviewed: { vi: 'đã xét', en: 'reviewed' },
  flaggedCount: { vi: 'cờ', en: 'flagged' },
  noArticles: { vi: 'Không gian làm việc chưa có bài viết nào.', en: 'The workspace has no articles yet.' },
  openSamples: { vi: 'Mở các bài viết mẫu', en: 'Open the sample articles' },
  pickArticle: { vi: 'Chọn một bài viết trong thư viện để bắt đầu kiểm chứng.', en: 'Pick an article in the library to start checking.' },
  noClaims: { vi: 'Bài viết này chưa có nhận định nào.', en: 'This article has no claims yet.' },
  pickClaim: { vi: 'Chọn một nhận định để xem chi tiết.', en: 'Select a claim to see its details.' },
  saved: { vi: 'Đã lưu', en: 'Saved' },
  saving: { vi: 'Đang lưu…', en: 'Saving…' },
  saveFailed: { vi: 'Chưa lưu được', en: 'Not saved' },
  retry: { vi: 'Thử lại', en: 'Retry' },
  dismiss: { vi: 'Đóng', en: 'Dismiss' },
  recovered: {
    vi: 'Tệp không gian làm việc cũ không đọc được nên đã được giữ nguyên tại: ',
    en: 'The previous workspace file could not be read and was kept at: ',
  },
  language: { vi: 'English', en: 'Tiếng Việt' },
  darkTheme: { vi: 'Giao diện tối', en: 'Dark theme' },
  lightTheme: { vi: 'Giao diện sáng', en: 'Light theme' },
  unknown: { vi: '—', en: '—' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageId = keyof typeof messages;

export function t(lang: Lang, id: MessageId): string {
  return messages[id][lang];
}

export const statusLabels: Record<ReviewStatus, Record<Lang, string>> = {
  unreviewed: { vi: 'Chưa xét', en: 'Unreviewed' },
  verified: { vi: 'Đã xác minh', en: 'Verified' },
  corrected: { vi: 'Đã sửa', en: 'Corrected' },
  flagged: { vi: 'Gắn cờ', en: 'Flagged' },
  rejected: { vi: 'Loại bỏ', en: 'Rejected' },
};

export const statusIcons: Record<ReviewStatus, string> = {
  unreviewed: '○',
  verified: '✓',
  corrected: '✎',
  flagged: '⚑',
  rejected: '✕',
};

export const qualifierLabels: Record<Qualifier, Record<Lang, string>> = {
  exact: { vi: 'chính xác', en: 'exact' },
  approx: { vi: 'xấp xỉ', en: 'approximately' },
  more_than: { vi: 'hơn', en: 'more than' },
  less_than: { vi: 'dưới', en: 'less than' },
  at_least: { vi: 'tối thiểu', en: 'at least' },
  at_most: { vi: 'tối đa', en: 'at most' },
};

export const modalityLabels: Record<Modality, Record<Lang, string>> = {
  fact: { vi: 'sự kiện', en: 'fact' },
  target: { vi: 'mục tiêu', en: 'target' },
  forecast: { vi: 'dự báo', en: 'forecast' },
};

export const kindLabels: Record<ClaimKind, Record<Lang, string>> = {
  percent: { vi: 'tỷ lệ %', en: 'percent' },
  count: { vi: 'số lượng', en: 'count' },
  money: { vi: 'tiền', en: 'money' },
  ratio: { vi: 'tỷ số', en: 'ratio' },
  rank: { vi: 'xếp hạng', en: 'rank' },
  streak: { vi: 'chuỗi năm', en: 'streak' },
  measure: { vi: 'đo lường', en: 'measure' },
  change: { vi: 'thay đổi', en: 'change' },
  duration: { vi: 'thời lượng', en: 'duration' },
  date: { vi: 'ngày tháng', en: 'date' },
};

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Values are stored as plain numbers; only the display follows the UI language (1.891 / 1,891). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 4 }).format(value);
}

/** 8/3/2024 in Vietnamese mode, 8 Mar 2024 in English mode. */
export function formatDate(iso: string | null, lang: Lang): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === 'vi') return `${d}/${mo}/${y}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, mo - 1, d)),
  );
}
