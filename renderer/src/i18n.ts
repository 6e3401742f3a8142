import type { ClaimKind, FlagReason, Modality, Qualifier, ReviewStatus } from '../../shared/schema';

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
  correct: { vi: 'Sửa', en: 'Correct' },
  editClaim: { vi: 'Sửa thông tin nhận định', en: 'Edit claim' },
  addClaim: { vi: 'Thêm nhận định', en: 'Add claim' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  redo: { vi: 'Làm lại', en: 'Redo' },
  save: { vi: 'Lưu', en: 'Save' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  verdict: { vi: 'Kết luận', en: 'Verdict' },
  noVerdict: { vi: '— chưa kết luận —', en: '— no verdict —' },
  evidence: { vi: 'Bằng chứng', en: 'Evidence' },
  addEvidence: { vi: 'Thêm bằng chứng', en: 'Add evidence' },
  evidenceUrl: { vi: 'Đường dẫn (http/https)', en: 'Link (http/https)' },
  evidenceNote: { vi: 'Mô tả', en: 'Description' },
  invalidUrl: { vi: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://', en: 'The link must start with http:// or https://' },
  history: { vi: 'Lịch sử', en: 'History' },
  articleHistory: { vi: 'Lịch sử bài viết', en: 'Article history' },
  noHistory: { vi: 'Chưa có thay đổi nào.', en: 'No changes yet.' },
  original: { vi: 'Bản gốc', en: 'Original' },
  correction: { vi: 'Bản sửa', en: 'Correction' },
  correctValue: { vi: 'Giá trị đúng', en: 'Right value' },
  correctText: { vi: 'Nội dung đúng', en: 'Right wording' },
  badNumber: { vi: 'Giá trị phải là một số, ví dụ 42,13 hoặc 1.891', en: 'The value must be a number, e.g. 42.13 or 1891' },
  needCorrection: { vi: 'Hãy nhập giá trị hoặc nội dung đúng.', en: 'Enter the right value or wording.' },
  flagReason: { vi: 'Lý do gắn cờ', en: 'Reason for the flag' },
  saveNote: { vi: 'Lưu ghi chú', en: 'Save note' },
  total: { vi: 'Tổng', en: 'Total' },
  upper: { vi: 'Cận trên', en: 'Upper bound' },
  useSelection: { vi: 'Dùng đoạn đang chọn', en: 'Use the selected text' },
  selectionHint: { vi: 'Bôi đen phần chữ chứa số liệu trong bài, rồi nhấn a.', en: 'Select the words of the figure in the article, then press a.' },
  manual: { vi: 'thêm tay', en: 'manual' },
  search: { vi: 'Tìm bài viết (tiêu đề, nội dung)…', en: 'Search articles (title, text)…' },
  filterClaims: { vi: 'Lọc nhận định…', en: 'Filter claims…' },
  sortOrder: { vi: 'Thứ tự nhập', en: 'Import order' },
  sortDate: { vi: 'Mới nhất', en: 'Newest' },
  sortTitle: { vi: 'Tiêu đề', en: 'Title' },
  sortProgress: { vi: 'Còn nhiều việc', en: 'Most work left' },
  showAll: { vi: 'Tất cả bài', en: 'All articles' },
  showUnfinished: { vi: 'Chưa xét xong', en: 'Unfinished' },
  showFlagged: { vi: 'Có cờ', en: 'Flagged' },
  scopeArticle: { vi: 'Bài này', en: 'This article' },
  scopeAll: { vi: 'Mọi bài', en: 'All articles' },
  anyKind: { vi: 'Mọi kiểu', en: 'Any kind' },
  anyQualifier: { vi: 'Mọi mức độ', en: 'Any qualifier' },
  anyModality: { vi: 'Mọi loại', en: 'Any modality' },
  anySubject: { vi: 'Mọi chủ thể', en: 'Any subject' },
  orderPosition: { vi: 'Theo vị trí', en: 'By position' },
  orderWorth: { vi: 'Quan trọng trước', en: 'Most check-worthy first' },
  orderFindings: { vi: 'Phát hiện mở trước', en: 'Open findings first' },
  clearFilters: { vi: 'Bỏ lọc', en: 'Clear filters' },
  noMatch: { vi: 'Không có nhận định nào khớp bộ lọc.', en: 'No claim matches the filters.' },
  noSearchMatch: { vi: 'Không có bài viết nào khớp.', en: 'No article matches.' },
  shortcuts: { vi: 'Phím tắt', en: 'Keyboard shortcuts' },
  close: { vi: 'Đóng', en: 'Close' },
  kbNextPrev: { vi: 'Nhận định kế tiếp / trước', en: 'Next / previous claim' },
  kbNextUnreviewed: { vi: 'Nhận định chưa xét kế tiếp', en: 'Next unreviewed claim' },
  kbSearch: { vi: 'Tìm bài viết', en: 'Search articles' },
  kbPrevNextArticle: { vi: 'Bài trước / bài sau', en: 'Previous / next article' },
  kbGoLibrary: { vi: 'Đến thư viện', en: 'Go to the library' },
  kbGoClaims: { vi: 'Đến bộ lọc nhận định', en: 'Go to the claim filters' },
  kbGoFindings: { vi: 'Đến phát hiện', en: 'Go to findings' },
  kbOpenDetail: { vi: 'Mở chi tiết nhận định', en: 'Open the claim detail' },
  kbEscape: { vi: 'Đóng / quay lại', en: 'Close / back' },
  kbShortcuts: { vi: 'Bảng phím tắt này', en: 'This sheet' },
  claimsCount: { vi: 'nhận định', en: 'claims' },
  sentenceShared: { vi: 'Cùng câu', en: 'Same sentence' },
  years: { vi: 'Các năm', en: 'Years' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  importArticles: { vi: 'Nhập bài', en: 'Import' },
  importFiles: { vi: 'Chọn tệp…', en: 'Choose files…' },
  importFolder: { vi: 'Chọn cả thư mục…', en: 'Choose a folder…' },
  importPaste: { vi: 'Dán văn bản…', en: 'Paste text…' },
  importFormats: { vi: 'Nhận .txt, .md, .html, .docx và tệp .json xuất từ Crosscheck. Có thể kéo thả tệp vào cửa sổ.', en: 'Accepts .txt, .md, .html, .docx and .json exported by Crosscheck. You can also drop files onto the window.' },
  pasteTitle: { vi: 'Tiêu đề', en: 'Title' },
  pasteText: { vi: 'Nội dung bài viết', en: 'Article text' },
  pasteNeedTitle: { vi: 'Hãy nhập tiêu đề và nội dung.', en: 'Enter a title and the text.' },
  importing: { vi: 'Đang nhập', en: 'Importing' },
  importDone: { vi: 'Kết quả nhập bài', en: 'Import summary' },
  importedN: { vi: 'đã nhập', en: 'imported' },
  duplicatesN: { vi: 'trùng, bỏ qua', en: 'duplicates skipped' },
  refusedN: { vi: 'bị từ chối', en: 'refused' },
  cancelledNote: { vi: 'Đã dừng theo yêu cầu; các bài đã nhập được giữ lại.', en: 'Stopped on request; what was imported is kept.' },
  mergedNote: { vi: 'Đã gộp tệp xuất', en: 'Merged the export' },
  conflictsN: { vi: 'xung đột cần chọn', en: 'conflicts to decide' },
  encodingAssumed: { vi: 'mã hóa', en: 'encoding' },
  dropHere: { vi: 'Thả tệp vào đây để nhập bài', en: 'Drop files here to import them' },
  exportData: { vi: 'Xuất dữ liệu', en: 'Export' },
  exportFormat: { vi: 'Định dạng', en: 'Format' },
  exportScope: { vi: 'Phạm vi', en: 'Scope' },
  scopeWorkspace: { vi: 'Toàn bộ không gian làm việc', en: 'The whole workspace' },
  scopeCurrent: { vi: 'Chỉ bài đang mở', en: 'Only the open article' },
  exportStatuses: { vi: 'Trạng thái đưa vào', en: 'Statuses to include' },
  dateFrom: { vi: 'Từ ngày', en: 'From' },
  dateTo: { vi: 'Đến ngày', en: 'To' },
  exportRun: { vi: 'Xuất…', en: 'Export…' },
  exportWrote: { vi: 'Đã ghi', en: 'Wrote' },
  exportCancelled: { vi: 'Chưa ghi tệp nào.', en: 'Nothing was written.' },
  exportProblems: { vi: 'Không xuất được vì thiếu dữ liệu', en: 'Left out because data is missing' },
  fmtCsv: { vi: 'CSV (Excel, LibreOffice)', en: 'CSV (Excel, LibreOffice)' },
  fmtJson: { vi: 'JSON đầy đủ (nhập lại được)', en: 'Full JSON (re-importable)' },
  fmtJsonl: { vi: 'JSONL vị trí ký tự (doccano)', en: 'JSONL with offsets (doccano)' },
  fmtClaimReview: { vi: 'schema.org ClaimReview', en: 'schema.org ClaimReview' },
  fmtFindings: { vi: 'Báo cáo phát hiện (CSV)', en: 'Findings report (CSV)' },
  fmtFindingsHtml: { vi: 'Báo cáo phát hiện (trang in)', en: 'Findings report (printable page)' },
  conflictsTitle: { vi: 'Xung đột khi gộp dữ liệu', en: 'Conflicts from the merge' },
  conflictsHint: { vi: 'Tệp nhập có kết luận khác với không gian làm việc. Không có gì bị ghi đè cho đến khi bạn chọn.', en: 'The imported file disagrees with the workspace. Nothing is overwritten until you choose.' },
  keepCurrent: { vi: 'Giữ bản hiện tại', en: 'Keep current' },
  takeIncoming: { vi: 'Lấy bản nhập vào', en: 'Take incoming' },
  current: { vi: 'Hiện tại', en: 'Current' },
  incoming: { vi: 'Nhập vào', en: 'Incoming' },
  settings: { vi: 'Cài đặt', en: 'Settings' },
  reviewerName: { vi: 'Tên người duyệt', en: 'Reviewer name' },
  newsroomName: { vi: 'Tên tòa soạn', en: 'Newsroom name' },
  newsroomUrl: { vi: 'Trang web tòa soạn', en: 'Newsroom website' },
  claimReviewPattern: { vi: 'Địa chỉ bài kiểm chứng (dùng {claimId})', en: 'Fact-check address (use {claimId})' },
  workspaceFile: { vi: 'Tệp không gian làm việc', en: 'Workspace file' },
  kbImport: { vi: 'Nhập bài', en: 'Import' },
  kbExport: { vi: 'Xuất dữ liệu', en: 'Export' },
  kbSettings: { vi: 'Cài đặt', en: 'Settings' },
  findings: { vi: 'Phát hiện', en: 'Findings' },
  findingsOpen: { vi: 'mở', en: 'open' },
  findingsResolved: { vi: 'đã xử lý', en: 'resolved' },
  findingsDismissed: { vi: 'bỏ qua', en: 'dismissed' },
  findingsShowOpen: { vi: 'Đang mở', en: 'Open' },
  findingsShowAll: { vi: 'Tất cả', en: 'All' },
  noFindings: { vi: 'Không có phát hiện nào.', en: 'No findings.' },
  explanation: { vi: 'Giải thích', en: 'Explanation' },
  isRight: { vi: 'đúng', en: 'is right' },
  bothRight: { vi: 'Cả hai đều đúng', en: 'Both stand' },
  applyReviews: { vi: 'Đồng thời xác minh nhận định đúng và gắn cờ nhận định kia', en: 'Also verify the right claim and flag the other' },
  dismissFinding: { vi: 'Bỏ qua', en: 'Dismiss' },
  dismissReason: { vi: 'Lý do bỏ qua', en: 'Reason for dismissing' },
  needReason: { vi: 'Hãy ghi lý do bỏ qua.', en: 'Give a reason for dismissing.' },
  reopen: { vi: 'Mở lại', en: 'Reopen' },
  openInArticle: { vi: 'Mở trong bài', en: 'Open in its article' },
  backToArticle: { vi: 'Quay lại bài viết', en: 'Back to the article' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  timeline: { vi: 'Dòng thời gian', en: 'Timeline' },
  inFindings: { vi: 'Trong phát hiện', en: 'In findings' },
  textSpan: { vi: 'Đoạn văn', en: 'Text' },
  reanalyze: { vi: 'Phân tích lại', en: 'Re-analyse' },
  undated: { vi: 'không rõ ngày', en: 'undated' },
  kbOpenFinding: { vi: 'Mở phát hiện', en: 'Open finding' },
  reextract: { vi: 'Trích xuất lại toàn bộ', en: 'Re-extract everything' },
  reextractHint: { vi: 'Chạy lại bộ máy trích xuất trên mọi bài; kết luận của biên tập viên được gắn lại vào đúng đoạn chữ.', en: 'Runs the extraction engine again on every article; editors\' reviews are re-attached to the same words.' },
  reextracting: { vi: 'Đang trích xuất lại', en: 'Re-extracting' },
  reextractDone: { vi: 'Đã trích xuất lại', en: 'Re-extracted' },
  upgradedNote: { vi: 'Bộ máy trích xuất mới đã chạy lại trên không gian làm việc này.', en: 'A newer extraction engine re-ran on this workspace.' },
  claimsBeforeAfter: { vi: 'nhận định trước → sau', en: 'claims before → after' },
  reviewsMoved: { vi: 'kết luận được gắn lại', en: 'reviews re-attached' },
  keptClaims: { vi: 'nhận định đã duyệt được giữ dù không còn trích xuất', en: 'reviewed claims kept though no longer extracted' },
  detachedClaims: { vi: 'nhận định không tìm lại được trong văn bản (được giữ để bạn xem)', en: 'claims whose words are gone (kept for you to see)' },
  verdictScale: { vi: 'Thang kết luận', en: 'Verdict scale' },
  verdictScaleHint: { vi: 'Nhãn tiếng Việt, nhãn tiếng Anh và điểm (số lớn hơn là đúng hơn; để trống nếu không xếp hạng, như "Không thể kiểm chứng"). Điểm dùng khi xuất ClaimReview.', en: 'Vietnamese label, English label and rating (higher is truer; empty when it has no place on the scale, like "Cannot be verified"). Ratings are used in the ClaimReview export.' },
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

/** A claim's value as the editor reads it: dates (stored as yyyymmdd) as dates, the rest as numbers. */
export function formatClaimValue(value: number, kind: ClaimKind, lang: Lang): string {
  if (kind === 'date' && Number.isInteger(value) && value >= 1000_01_01 && value <= 9999_12_31) {
    const y = Math.floor(value / 10000);
    const m = Math.floor(value / 100) % 100;
    const d = value % 100;
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return d === 0 ? (m === 0 ? String(y) : `${m}/${y}`) : formatDate(iso, lang);
  }
  return formatNumber(value, lang);
}

/** Values are stored as plain numbers; only the display follows the UI language (1.891 / 1,891). */
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat(locales.vi, { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat(locales.en, { maximumFractionDigits: 4 }),
};

export function formatNumber(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
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

export const flagReasonLabels: Record<FlagReason, Record<Lang, string>> = {
  contradiction: { vi: 'Mâu thuẫn', en: 'Contradiction' },
  unsupported: { vi: 'Không có căn cứ', en: 'Unsupported' },
  needs_source: { vi: 'Cần nguồn', en: 'Needs a source' },
  typo: { vi: 'Lỗi đánh máy', en: 'Typo' },
  other: { vi: 'Khác', en: 'Other' },
};

const actionLabels: Record<string, Record<Lang, string>> = {
  'article.import': { vi: 'Nhập bài', en: 'Imported' },
  'claim.add': { vi: 'Thêm nhận định', en: 'Claim added' },
  'claim.edit': { vi: 'Sửa thông tin', en: 'Claim edited' },
  'settings.update': { vi: 'Đổi cài đặt', en: 'Settings changed' },
};

/** "review.verified" → "Đã xác minh"; "undo.review.verified" → "Hoàn tác: Đã xác minh". */
export function actionLabel(action: string, lang: Lang): string {
  for (const prefix of ['undo.', 'redo.'] as const) {
    if (action.startsWith(prefix)) {
      const head = prefix === 'undo.' ? messages.undo[lang] : messages.redo[lang];
      return `${head}: ${actionLabel(action.slice(prefix.length), lang)}`;
    }
  }
  if (action.startsWith('review.')) {
    const status = action.slice('review.'.length) as ReviewStatus;
    if (status in statusLabels) return statusLabels[status][lang];
  }
  return actionLabels[action]?.[lang] ?? action;
}

/** Parses a value typed by an editor: "42,13", "1.891", "1,4 triệu" is not accepted (numbers only). */
export function parseTypedNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s/g, '');
  if (s === '') return null;
  let normalized: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normalized = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(s)) normalized = s.replace(',', '.');
  else if (/^-?\d+(\.\d+)?$/.test(s)) normalized = s;
  else return Number.NaN;
  return Number(normalized);
}

export function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(d);
}

export const findingTypeLabels: Record<'conflict' | 'update' | 'consistent' | 'internal', Record<Lang, string>> = {
  conflict: { vi: 'Mâu thuẫn', en: 'Conflict' },
  update: { vi: 'Cập nhật', en: 'Update' },
  consistent: { vi: 'Nhất quán', en: 'Consistent' },
  internal: { vi: 'Bất nhất nội bộ', en: 'Internal inconsistency' },
};

export const findingStatusLabels: Record<'open' | 'resolved' | 'dismissed', Record<Lang, string>> = {
  open: { vi: 'Mở', en: 'Open' },
  resolved: { vi: 'Đã xử lý', en: 'Resolved' },
  dismissed: { vi: 'Bỏ qua', en: 'Dismissed' },
};
