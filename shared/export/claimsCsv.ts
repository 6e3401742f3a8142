import type { Article, Claim, Review } from '../schema';
import { findVerdict, verdictLabel } from '../settings';
import { toExcelCsv } from './csvText';
import { fieldLabels, flagReasonLabels, formatDate, formatDateTime, formatSpreadsheetNumber, isStoredDate, kindLabels, modalityLabels, qualifierLabels, type FieldName } from '../i18n';
import { REVIEW_STATUS_LABELS, type ExportLanguage } from './labels';
import { reviewStatusOf, type ExportSelection } from './select';

// Headers are the desk's field names (shared/i18n) in the workspace language.
const COLUMNS: readonly FieldName[] = [
  'article',
  'outlet',
  'date',
  'quote',
  'sentence',
  'kind',
  'value',
  'unit',
  'qualifier',
  'subject',
  'metric',
  'period',
  'modality',
  'status',
  'verdict',
  'correctedValue',
  'note',
  'evidence',
  'reviewer',
  'reviewedAt',
  // Needed to join the sheet back to the workspace or to ClaimReview urls.
  'claimId',
  // Appended (not next to the status) so sheets built on the earlier column order keep working.
  'flagReason',
];

export interface ClaimsCsvOptions {
  lang?: ExportLanguage;
  /**
   * Decimal comma (42,13) for a spreadsheet in a Vietnamese or European locale; default: the
   * workspace language decides (vi → comma, en → point).
   */
  decimalComma?: boolean;
}

type CellNumber = (value: number, claim: Claim) => string | number;

/** A date claim as a date (yyyy-mm-dd, which every spreadsheet reads), other values as numbers. */
function cellNumber(decimalComma: boolean): CellNumber {
  return (value, claim) => {
    if (claim.kind === 'date' && isStoredDate(value)) {
      const y = Math.floor(value / 10000);
      const m = Math.floor(value / 100) % 100;
      const d = value % 100;
      if (m === 0) return String(y);
      return d === 0 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
    return decimalComma ? formatSpreadsheetNumber(value, { decimalComma }) : value;
  };
}

/** "10–15" for a range, "209/209" for a ratio or rank, else the number itself. */
export function displayValue(claim: Claim, num: CellNumber = (v) => v): string | number | null {
  if (claim.value === null) return null;
  if (claim.upper !== null) return `${num(claim.value, claim)}–${num(claim.upper, claim)}`;
  if (claim.total !== null) return `${num(claim.value, claim)}/${num(claim.total, claim)}`;
  return num(claim.value, claim);
}

function correctedValue(review: Review | undefined, claim: Claim, num: CellNumber): string | number | null {
  if (!review) return null;
  const { correctedValue: value, correctedText: text } = review;
  if (value !== null && text) return `${num(value, claim)} (${text})`;
  return value !== null ? num(value, claim) : (text ?? null);
}

function evidenceCell(review: Review | undefined): string {
  return (review?.evidence ?? []).map((e) => (e.note ? `${e.url} (${e.note})` : e.url)).join('\n');
}

function sentenceOf(article: Article | undefined, claim: Claim): string {
  return article ? article.text.slice(claim.sentenceStart, claim.sentenceEnd).trim() : '';
}

/** One row per claim, headers in the chosen language, ready to save as a .csv file (UTF-8 with BOM). */
export function toClaimsCsv(selection: ExportSelection, options: ClaimsCsvOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const num = cellNumber(options.decimalComma ?? lang === 'vi');
  const articles = new Map(selection.articles.map((a) => [a.id, a]));
  const rows = selection.claims.map((claim) => {
    const article = articles.get(claim.articleId);
    const review = selection.reviews[claim.id];
    const verdict = findVerdict(selection.settings, review?.verdict);
    return [
      article?.title ?? article?.source ?? '',
      article?.outlet ?? null,
      article?.publishedAt ? formatDate(article.publishedAt, lang) : null,
      claim.quote,
      sentenceOf(article, claim),
      kindLabels[claim.kind][lang],
      displayValue(claim, num),
      claim.unit,
      claim.qualifier ? qualifierLabels[claim.qualifier][lang] : null,
      claim.subject,
      claim.metric,
      claim.period,
      claim.modality ? modalityLabels[claim.modality][lang] : null,
      REVIEW_STATUS_LABELS[reviewStatusOf(selection.reviews, claim.id)][lang],
      verdict ? verdictLabel(verdict, lang) : (review?.verdict ?? null),
      correctedValue(review, claim, num),
      review?.note ?? null,
      evidenceCell(review),
      review?.reviewer ?? null,
      // The desk's date and time in the machine's time zone, as the history shows it (JSON keeps ISO 8601).
      review?.updatedAt ? formatDateTime(review.updatedAt, lang) : null,
      claim.id,
      // Only a claim that is flagged now has a reason (a review keeps its last reason after unflagging).
      review?.status === 'flagged' && review.flagReason ? flagReasonLabels[review.flagReason][lang] : null,
    ];
  });
  return toExcelCsv(
    COLUMNS.map((name) => fieldLabels[name][lang]),
    rows,
  );
}
