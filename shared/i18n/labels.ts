/**
 * The words of the data model, defined once: the desk, the history, the CLI and every export use
 * these (UI.md "Vietnamese terms"). Pure data: no DOM, no Node.
 */
import type { ClaimKind, FlagReason, Finding, Modality, Qualifier, ReviewStatus } from '../schema';

export type Lang = 'vi' | 'en';
export type Words = Record<Lang, string>;

export const LANGS: readonly Lang[] = ['vi', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

export const statusLabels: Record<ReviewStatus, Words> = {
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

/** The verb of the action that leads to each status (buttons, history, undo notices). */
export const statusActions: Record<ReviewStatus, Words> = {
  unreviewed: { vi: 'Đặt lại', en: 'Reset' },
  verified: { vi: 'Xác minh', en: 'Verify' },
  corrected: { vi: 'Sửa', en: 'Correct' },
  flagged: { vi: 'Gắn cờ', en: 'Flag' },
  rejected: { vi: 'Loại bỏ', en: 'Reject' },
};

export const qualifierLabels: Record<Qualifier, Words> = {
  exact: { vi: 'chính xác', en: 'exact' },
  approx: { vi: 'xấp xỉ', en: 'approximately' },
  more_than: { vi: 'hơn', en: 'more than' },
  less_than: { vi: 'dưới', en: 'less than' },
  at_least: { vi: 'tối thiểu', en: 'at least' },
  at_most: { vi: 'tối đa', en: 'at most' },
};

export const modalityLabels: Record<Modality, Words> = {
  fact: { vi: 'sự kiện', en: 'fact' },
  target: { vi: 'mục tiêu', en: 'target' },
  forecast: { vi: 'dự báo', en: 'forecast' },
};

export const kindLabels: Record<ClaimKind, Words> = {
  percent: { vi: 'tỷ lệ %', en: 'percent' },
  count: { vi: 'số lượng', en: 'count' },
  money: { vi: 'tiền', en: 'money' },
  ratio: { vi: 'tỷ số', en: 'ratio' },
  rank: { vi: 'xếp hạng', en: 'rank' },
  streak: { vi: 'chuỗi liên tiếp', en: 'streak' },
  measure: { vi: 'đo lường', en: 'measure' },
  change: { vi: 'thay đổi', en: 'change' },
  duration: { vi: 'thời lượng', en: 'duration' },
  date: { vi: 'ngày tháng', en: 'date' },
};

export const flagReasonLabels: Record<FlagReason, Words> = {
  contradiction: { vi: 'Mâu thuẫn', en: 'Contradiction' },
  unsupported: { vi: 'Không có căn cứ', en: 'Unsupported' },
  needs_source: { vi: 'Cần nguồn', en: 'Needs a source' },
  typo: { vi: 'Lỗi đánh máy', en: 'Typo' },
  other: { vi: 'Khác', en: 'Other' },
};

export const findingTypeLabels: Record<Finding['type'], Words> = {
  conflict: { vi: 'Mâu thuẫn', en: 'Conflict' },
  update: { vi: 'Cập nhật', en: 'Update' },
  consistent: { vi: 'Nhất quán', en: 'Consistent' },
  internal: { vi: 'Bất nhất nội bộ', en: 'Internal inconsistency' },
};

export const findingStatusLabels: Record<Finding['status'], Words> = {
  open: { vi: 'Mở', en: 'Open' },
  resolved: { vi: 'Đã xử lý', en: 'Resolved' },
  dismissed: { vi: 'Bỏ qua', en: 'Dismissed' },
};

/** The reason of a dismissal whose two figures are about different things: the desk's button, the history, the stored sentence. */
export const notSameFactLabel: Words = { vi: 'Không cùng một số liệu', en: 'Not the same fact' };

/** Field names of a claim and a review, as the desk, the history and the CSV headers call them. */
export const fieldLabels = {
  article: { vi: 'Bài viết', en: 'Article' },
  outlet: { vi: 'Cơ quan báo chí', en: 'Outlet' },
  date: { vi: 'Ngày đăng', en: 'Date' },
  quote: { vi: 'Trích dẫn', en: 'Quote' },
  sentence: { vi: 'Câu', en: 'Sentence' },
  kind: { vi: 'Kiểu số liệu', en: 'Kind' },
  value: { vi: 'Giá trị', en: 'Value' },
  total: { vi: 'Tổng', en: 'Total' },
  upper: { vi: 'Cận trên', en: 'Upper bound' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  qualifier: { vi: 'Mức độ', en: 'Qualifier' },
  subject: { vi: 'Chủ thể', en: 'Subject' },
  metric: { vi: 'Chỉ tiêu đo', en: 'Metric' },
  period: { vi: 'Thời kỳ', en: 'Period' },
  modality: { vi: 'Loại nhận định', en: 'Modality' },
  years: { vi: 'Các năm', en: 'Years' },
  status: { vi: 'Trạng thái', en: 'Status' },
  verdict: { vi: 'Kết luận', en: 'Verdict' },
  correctedValue: { vi: 'Giá trị đúng', en: 'Right value' },
  correctedText: { vi: 'Nội dung đúng', en: 'Right wording' },
  note: { vi: 'Ghi chú', en: 'Note' },
  evidence: { vi: 'Bằng chứng', en: 'Evidence' },
  flagReason: { vi: 'Lý do gắn cờ', en: 'Reason for the flag' },
  reviewer: { vi: 'Người duyệt', en: 'Reviewer' },
  reviewedAt: { vi: 'Thời điểm duyệt', en: 'Reviewed at' },
  claimId: { vi: 'Mã nhận định', en: 'Claim id' },
  span: { vi: 'Đoạn văn', en: 'Text span' },
} satisfies Record<string, Words>;
export type FieldName = keyof typeof fieldLabels;

/** Settings fields as the Settings dialog labels them (without its hints), for messages that point there. */
export const settingsFieldLabels = {
  reviewerName: { vi: 'Tên người duyệt', en: 'Reviewer name' },
  newsroomName: { vi: 'Tên tòa soạn', en: 'Newsroom name' },
  newsroomUrl: { vi: 'Trang web tòa soạn', en: 'Newsroom website' },
  claimReviewUrlPattern: { vi: 'Địa chỉ bài kiểm chứng', en: 'Fact-check address' },
  verdicts: { vi: 'Thang kết luận', en: 'Verdict scale' },
  settings: { vi: 'Cài đặt', en: 'Settings' },
} satisfies Record<string, Words>;
export type SettingsFieldName = keyof typeof settingsFieldLabels;

/** Names of audited actions. Every action the services write has words here; see actionName(). */
export const actionLabels: Record<string, Words> = {
  'review.unreviewed': statusActions.unreviewed,
  'review.verified': statusActions.verified,
  'review.corrected': statusActions.corrected,
  'review.flagged': statusActions.flagged,
  'review.rejected': statusActions.rejected,
  'review.verdict': { vi: 'Đặt kết luận', en: 'Set the verdict' },
  'review.evidence': { vi: 'Sửa bằng chứng', en: 'Change evidence' },
  'review.note': { vi: 'Sửa ghi chú', en: 'Change the note' },
  'review.update': { vi: 'Sửa kết luận duyệt', en: 'Change the review' },
  'claim.add': { vi: 'Thêm nhận định', en: 'Add a claim' },
  'claim.edit': { vi: 'Chỉnh thông tin', en: 'Edit the claim' },
  'article.import': { vi: 'Nhập bài', en: 'Import' },
  'finding.resolve': { vi: 'Xử lý phát hiện', en: 'Resolve a finding' },
  'finding.dismiss': { vi: 'Bỏ qua phát hiện', en: 'Dismiss a finding' },
  'finding.reopen': { vi: 'Mở lại phát hiện', en: 'Reopen a finding' },
  'analysis.run': { vi: 'Phân tích lại', en: 'Re-analyse' },
  'workspace.export': { vi: 'Xuất dữ liệu', en: 'Export' },
  'workspace.merge': { vi: 'Gộp tệp xuất', en: 'Merge an export' },
  'workspace.reextract': { vi: 'Trích xuất lại', en: 'Re-extract' },
  'workspace.restore': { vi: 'Khôi phục bản sao lưu', en: 'Restore a backup' },
  'merge.keep_current': { vi: 'Giữ bản hiện tại', en: 'Keep the current version' },
  'merge.keep_incoming': { vi: 'Lấy bản nhập vào', en: 'Take the incoming version' },
  'settings.update': { vi: 'Đổi cài đặt', en: 'Change settings' },
};

const undoRedo: Record<'undo' | 'redo', Words> = {
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  redo: { vi: 'Làm lại', en: 'Redo' },
};
const otherAction: Words = { vi: 'Thay đổi khác', en: 'Other change' };

/**
 * "review.verified" → "Xác minh"; "undo.review.verified" → "Hoàn tác: Xác minh". Never returns the
 * raw code: an action unknown to this version reads "Thay đổi khác".
 */
export function actionName(action: string, lang: Lang): string {
  for (const prefix of ['undo', 'redo'] as const) {
    if (action.startsWith(`${prefix}.`)) return `${undoRedo[prefix][lang]}: ${actionName(action.slice(prefix.length + 1), lang)}`;
  }
  return actionLabels[action]?.[lang] ?? otherAction[lang];
}

/** Splits "undo.review.verified" into its direction and the action it undid or redid. */
export function splitAction(action: string): { direction: 'undo' | 'redo' | null; base: string } {
  for (const prefix of ['undo', 'redo'] as const) {
    if (action.startsWith(`${prefix}.`)) return { direction: prefix, base: action.slice(prefix.length + 1) };
  }
  return { direction: null, base: action };
}
