import type { Finding, ReviewStatus } from '../schema';

export type ExportLanguage = 'vi' | 'en';

type Bilingual = Record<ExportLanguage, string>;

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, Bilingual> = {
  unreviewed: { vi: 'Chưa duyệt', en: 'Unreviewed' },
  verified: { vi: 'Đã xác minh', en: 'Verified' },
  corrected: { vi: 'Đã đính chính', en: 'Corrected' },
  flagged: { vi: 'Cần xem lại', en: 'Flagged' },
  rejected: { vi: 'Không phải nhận định', en: 'Not a claim' },
};

export const FINDING_TYPE_LABELS: Record<Finding['type'], Bilingual> = {
  conflict: { vi: 'Mâu thuẫn', en: 'Contradiction' },
  update: { vi: 'Số liệu cập nhật', en: 'Updated figure' },
  consistent: { vi: 'Nhất quán', en: 'Consistent' },
  internal: { vi: 'Không nhất quán trong bài', en: 'Inconsistent within the article' },
};

export const FINDING_STATUS_LABELS: Record<Finding['status'], Bilingual> = {
  open: { vi: 'Chưa xử lý', en: 'Open' },
  resolved: { vi: 'Đã xử lý', en: 'Resolved' },
  dismissed: { vi: 'Đã bỏ qua', en: 'Dismissed' },
};

export function label(labels: Bilingual, lang: ExportLanguage): string {
  return labels[lang];
}
