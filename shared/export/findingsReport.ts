import type { Article, Claim, Finding, Workspace } from '../schema';
import { sentenceBounds } from '../document';
import { referencedSpans } from '../findingSpans';
import { newsroomOf } from '../settings';
import { toExcelCsv } from './csvText';
import { fieldLabels, formatDate, formatDateTime } from '../i18n';
import { FINDING_STATUS_LABELS, FINDING_TYPE_LABELS, type ExportLanguage } from './labels';

export interface FindingsScope {
  /** Default: all three. */
  statuses?: Finding['status'][];
  /** Default: the ones that need attention — contradictions, updates, inconsistencies (not "consistent"). */
  types?: Finding['type'][];
  /** Findings touching at least one of these articles. */
  articleIds?: string[];
  /** Inclusive yyyy-mm-dd range; a finding is in when one of its articles was published in it. */
  from?: string;
  to?: string;
}

/** One quoted side of a finding: a claim, or a span of text the finding points at without a claim ("Năm 20220"). */
export interface FindingSide {
  /** Null for a span of text. */
  claim: Claim | null;
  quote: string;
  articleId: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  article: Article | null;
  /** The quote's sentence, the context an editor reads the quote in. */
  sentence: string;
}

function sideOf(claim: Claim | null, at: { articleId: string; start: number; end: number; quote: string }, article: Article | null, bounds: { sentenceStart: number; sentenceEnd: number }): FindingSide {
  const sentence = article ? article.text.slice(bounds.sentenceStart, bounds.sentenceEnd).replace(/\s+/g, ' ').trim() : at.quote;
  return { claim, quote: at.quote, articleId: at.articleId, start: at.start, end: at.end, ...bounds, article, sentence };
}

/**
 * A finding's sides as the desk's comparison shows them: its claims, then the spans of text it
 * points at that no claim covers (its own spans, then the text its facts refer to).
 */
export function findingSides(finding: Finding, claims: Map<string, Claim>, articles: Map<string, Article>): FindingSide[] {
  const sides = finding.claimIds
    .map((id) => claims.get(id))
    .filter((c): c is Claim => c !== undefined)
    .map((claim) => sideOf(claim, claim, articles.get(claim.articleId) ?? null, claim));
  for (const span of [...(finding.spans ?? []), ...referencedSpans(finding, articles)]) {
    if (sides.some((s) => s.articleId === span.articleId && s.start < span.end && span.start < s.end)) continue;
    const article = articles.get(span.articleId) ?? null;
    sides.push(sideOf(null, span, article, article ? sentenceBounds(article.text, span.start, span.end) : { sentenceStart: span.start, sentenceEnd: span.end }));
  }
  return sides;
}

export interface ReportedFinding {
  finding: Finding;
  sides: FindingSide[];
}

const DEFAULT_TYPES: readonly Finding['type'][] = ['conflict', 'update', 'internal'];

function dayOf(value: string | null | undefined): string | null {
  return value ? (/^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0] ?? null) : null;
}

export function selectFindings(ws: Workspace, scope: FindingsScope = {}): ReportedFinding[] {
  const statuses = new Set(scope.statuses ?? ['open', 'resolved', 'dismissed']);
  const types = new Set(scope.types ?? DEFAULT_TYPES);
  const articleFilter = scope.articleIds ? new Set(scope.articleIds) : null;
  const from = dayOf(scope.from);
  const to = dayOf(scope.to);
  const claims = new Map(ws.claims.map((c) => [c.id, c]));
  const articles = new Map(ws.articles.map((a) => [a.id, a]));

  const reported: ReportedFinding[] = [];
  for (const finding of ws.findings) {
    if (!statuses.has(finding.status) || !types.has(finding.type)) continue;
    const sides = findingSides(finding, claims, articles);
    if (articleFilter && !sides.some((s) => articleFilter.has(s.articleId))) continue;
    if (from !== null || to !== null) {
      const inRange = sides.some((s) => {
        const day = dayOf(s.article?.publishedAt);
        return day !== null && (from === null || day >= from) && (to === null || day <= to);
      });
      if (!inRange) continue;
    }
    reported.push({ finding, sides });
  }
  return reported;
}

/** Headers capitalised like the claims CSV, in the desk's words (shared/i18n fieldLabels). */
const side = (n: 1 | 2): Array<Record<ExportLanguage, string>> =>
  (['quote', 'sentence', 'article', 'outlet', 'date'] as const).map((f) => ({ vi: `${fieldLabels[f].vi} ${n}`, en: `${fieldLabels[f].en} ${n}` }));
const FINDING_COLUMNS: ReadonlyArray<Record<ExportLanguage, string>> = [
  { vi: 'Mã phát hiện', en: 'Finding id' },
  { vi: 'Loại phát hiện', en: 'Finding type' },
  fieldLabels.status,
  { vi: 'Giải thích', en: 'Explanation' },
  { vi: 'Cách xử lý', en: 'Resolution' },
  ...side(1),
  ...side(2),
  { vi: 'Nhận định khác', en: 'Other claims' },
];

function articleName(article: Article | null): string {
  return article?.title ?? article?.source ?? '';
}

/** A publication day as the desk writes it (8/3/2024, 8 Mar 2024), whether stored with a time or not. */
function publishedDay(article: Article | null, lang: ExportLanguage): string | null {
  return article?.publishedAt ? formatDate(article.publishedAt, lang) : null;
}

function sideCells(side: FindingSide | undefined, lang: ExportLanguage): Array<string | null> {
  if (!side) return [null, null, null, null, null];
  return [side.quote, side.sentence, articleName(side.article), side.article?.outlet ?? null, publishedDay(side.article, lang)];
}

/** One row per finding: its two claims side by side; a third or later claim goes in "other claims". */
export function toFindingsCsv(ws: Workspace, scope: FindingsScope = {}, options: { lang?: ExportLanguage } = {}): string {
  const lang = options.lang ?? 'vi';
  const rows = selectFindings(ws, scope).map(({ finding, sides }) => [
    finding.id,
    FINDING_TYPE_LABELS[finding.type][lang],
    FINDING_STATUS_LABELS[finding.status][lang],
    finding.explanation,
    finding.resolution,
    ...sideCells(sides[0], lang),
    ...sideCells(sides[1], lang),
    sides
      .slice(2)
      .map((s) => `${s.quote} — ${articleName(s.article)}${s.article?.publishedAt ? ` (${publishedDay(s.article, lang)})` : ''}`)
      .join('\n'),
  ]);
  return toExcelCsv(
    FINDING_COLUMNS.map((words) => words[lang]),
    rows,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The sentence with the quote marked, both escaped; falls back to the quote alone. */
function sentenceWithMark(side: FindingSide): string {
  const { article } = side;
  if (!article) return `<mark>${escapeHtml(side.quote)}</mark>`;
  const before = article.text.slice(side.sentenceStart, side.start).replace(/\s+/g, ' ').trimStart();
  const after = article.text.slice(side.end, side.sentenceEnd).replace(/\s+/g, ' ').trimEnd();
  return `${escapeHtml(before)}<mark>${escapeHtml(side.quote)}</mark>${escapeHtml(after)}`;
}

const REPORT_TEXT = {
  vi: { title: 'Báo cáo phát hiện', generated: 'Lập lúc', count: 'Số phát hiện', explanation: 'Giải thích', resolution: 'Cách xử lý', none: 'Chưa xử lý', empty: 'Không có phát hiện nào trong phạm vi đã chọn.', unknownDate: 'không rõ ngày', claim: 'Nhận định' },
  en: { title: 'Findings report', generated: 'Generated', count: 'Findings', explanation: 'Explanation', resolution: 'Resolution', none: 'Not resolved yet', empty: 'No findings in the selected scope.', unknownDate: 'date unknown', claim: 'Claim' },
} as const;

// Print-first: A4 margins, no card split across pages, badges readable in black and white.
const PRINT_CSS = `
  body { font: 11pt/1.45 "Noto Serif", "Times New Roman", serif; color: #111; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
  h1 { font-size: 18pt; margin: 0 0 .25rem; }
  .meta { color: #444; margin: 0 0 1.5rem; }
  section.finding { border: 1px solid #999; border-radius: 4px; padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; page-break-inside: avoid; }
  .badges span { display: inline-block; border: 1px solid #333; border-radius: 3px; padding: 0 .4rem; margin-right: .4rem; font: 9pt sans-serif; }
  .sides { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; margin: .5rem 0; }
  blockquote { margin: 0; padding: .4rem .6rem; border-left: 3px solid #555; background: #f4f4f4; }
  blockquote footer { font-size: 9pt; color: #444; margin-top: .3rem; }
  mark { background: #ffe27a; font-weight: bold; }
  h2 { font-size: 12pt; margin: .5rem 0 .2rem; }
  @media print { body { margin: 0; max-width: none; } blockquote { background: none; } mark { background: none; text-decoration: underline; } }
  @page { size: A4; margin: 18mm 16mm; }
`;

/**
 * A standalone page to print or archive. Every piece of workspace text is escaped and the page has
 * no script; its Content-Security-Policy forbids loading anything, so it opens safely anywhere.
 */
export function toFindingsHtml(ws: Workspace, scope: FindingsScope = {}, options: { lang?: ExportLanguage; generatedAt: string }): string {
  const lang = options.lang ?? 'vi';
  const t = REPORT_TEXT[lang];
  const findings = selectFindings(ws, scope);
  const newsroom = newsroomOf(ws.settings).name.trim();
  const cards = findings.map(({ finding, sides }) => {
    const quotes = sides
      .map((side, i) => {
        const source = [articleName(side.article), side.article?.outlet, publishedDay(side.article, lang) ?? t.unknownDate].filter(Boolean).join(' · ');
        return `<blockquote><div>${sentenceWithMark(side)}</div><footer>${escapeHtml(`${t.claim} ${i + 1}: ${source}`)}</footer></blockquote>`;
      })
      .join('\n');
    return [
      `<section class="finding" id="${escapeHtml(finding.id)}">`,
      `<div class="badges"><span>${escapeHtml(FINDING_TYPE_LABELS[finding.type][lang])}</span><span>${escapeHtml(FINDING_STATUS_LABELS[finding.status][lang])}</span></div>`,
      `<div class="sides">${quotes}</div>`,
      `<h2>${escapeHtml(t.explanation)}</h2><p>${escapeHtml(finding.explanation)}</p>`,
      `<h2>${escapeHtml(t.resolution)}</h2><p>${escapeHtml(finding.resolution ?? t.none)}</p>`,
      `</section>`,
    ].join('\n');
  });
  const heading = newsroom ? `${t.title} — ${newsroom}` : t.title;
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(heading)}</title>`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(heading)}</h1>`,
    `<p class="meta">${escapeHtml(`${t.generated}: ${formatDateTime(options.generatedAt, lang)} · ${t.count}: ${findings.length}`)}</p>`,
    cards.length > 0 ? cards.join('\n') : `<p>${escapeHtml(t.empty)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
