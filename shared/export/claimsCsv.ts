import type { Article, Claim, Review } from '../schema';
import { findVerdict, verdictLabel } from '../settings';
import { toExcelCsv } from './csvText';
import { REVIEW_STATUS_LABELS, type ExportLanguage } from './labels';
import { reviewStatusOf, type ExportSelection } from './select';

const COLUMNS = [
  ['article', 'bài viết'],
  ['outlet', 'cơ quan báo chí'],
  ['date', 'ngày đăng'],
  ['quote', 'trích dẫn'],
  ['sentence', 'câu'],
  ['kind', 'loại'],
  ['value', 'giá trị'],
  ['unit', 'đơn vị'],
  ['qualifier', 'mức độ'],
  ['subject', 'chủ thể'],
  ['metric', 'chỉ số'],
  ['period', 'thời kỳ'],
  ['status', 'trạng thái'],
  ['verdict', 'kết luận'],
  ['corrected value', 'giá trị đính chính'],
  ['note', 'ghi chú'],
  ['evidence', 'nguồn đối chiếu'],
  ['reviewer', 'người duyệt'],
  ['reviewed at', 'thời điểm duyệt'],
  // Not in the list but needed to join the sheet back to the workspace or to ClaimReview urls.
  ['claim id', 'mã nhận định'],
] as const;

/** "10–15" for a range, "209/209" for a ratio or rank, else the number itself. */
export function displayValue(claim: Claim): string | number | null {
  if (claim.value === null) return null;
  if (claim.upper !== null) return `${claim.value}–${claim.upper}`;
  if (claim.total !== null) return `${claim.value}/${claim.total}`;
  return claim.value;
}

function correctedValue(review: Review | undefined): string | number | null {
  if (!review) return null;
  const { correctedValue: value, correctedText: text } = review;
  if (value !== null && text) return `${value} (${text})`;
  return value ?? text ?? null;
}

function evidenceCell(review: Review | undefined): string {
  return (review?.evidence ?? []).map((e) => (e.note ? `${e.url} (${e.note})` : e.url)).join('\n');
}

function sentenceOf(article: Article | undefined, claim: Claim): string {
  return article ? article.text.slice(claim.sentenceStart, claim.sentenceEnd).trim() : '';
}

/** One row per claim, headers in the chosen language, ready to save as a .csv file (UTF-8 with BOM). */
export function toClaimsCsv(selection: ExportSelection, options: { lang?: ExportLanguage } = {}): string {
  const lang = options.lang ?? 'vi';
  const articles = new Map(selection.articles.map((a) => [a.id, a]));
  const rows = selection.claims.map((claim) => {
    const article = articles.get(claim.articleId);
    const review = selection.reviews[claim.id];
    const verdict = findVerdict(selection.settings, review?.verdict);
    return [
      article?.title ?? article?.source ?? '',
      article?.outlet ?? null,
      article?.publishedAt ?? null,
      claim.quote,
      sentenceOf(article, claim),
      claim.kind,
      displayValue(claim),
      claim.unit,
      claim.qualifier,
      claim.subject,
      claim.metric,
      claim.period,
      REVIEW_STATUS_LABELS[reviewStatusOf(selection.reviews, claim.id)][lang],
      verdict ? verdictLabel(verdict, lang) : (review?.verdict ?? null),
      correctedValue(review),
      review?.note ?? null,
      evidenceCell(review),
      review?.reviewer ?? null,
      review?.updatedAt ?? null,
      claim.id,
    ];
  });
  return toExcelCsv(
    COLUMNS.map(([en, vi]) => (lang === 'vi' ? vi : en)),
    rows,
  );
}
