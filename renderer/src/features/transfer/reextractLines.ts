import type { ReextractReport } from '../../../../shared/ipc/contract';
import { formatNumber, t, type Lang } from '../../i18n';

/**
 * The re-extraction's figures as labelled lines ("Nhận định: 121 trước, 121 sau · Kết quả xét được giữ:
 * 2 (0 chuyển sang nhận định đọc lại) · …"): said once each, and reviews that stayed on the same
 * claim counted as kept, not as "0 gắn lại" (QA31 note k).
 */
export function reextractLines(report: ReextractReport, lang: Lang): string[] {
  const n = (x: number) => formatNumber(x, lang);
  const fill = (text: string, values: Record<string, number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => n(values[k] ?? 0));
  const lines = [fill(t(lang, 'reextractClaims'), { before: report.before, after: report.after })];
  lines.push(
    report.reviewsKept !== undefined
      ? fill(t(lang, 'reextractReviews'), { kept: report.reviewsKept, moved: report.reviewsMoved })
      : fill(t(lang, 'reextractReviewsMoved'), { moved: report.reviewsMoved }),
  );
  lines.push(fill(t(lang, 'keptClaims'), { n: report.kept }));
  if (report.editsKept) lines.push(fill(t(lang, 'editsKept'), { n: report.editsKept }));
  return lines;
}
