import type { Article, Claim, Review, Verdict } from '../schema';
import { claimReviewUrlPatternOf, findVerdict, newsroomOf, verdictLabel, verdictScaleOf } from '../settings';
import { settingsFieldLabels, statusLabels, type SettingsFieldName } from '../i18n';
import type { ExportLanguage } from './labels';
import type { ExportSelection } from './select';

/** Google shows claimReviewed on one phone line; it asks for fewer than 75 characters. */
export const CLAIM_REVIEWED_MAX_LENGTH = 74;

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string; url?: string };
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Organization'; name: string };
    datePublished?: string;
    appearance?: { '@type': 'CreativeWork'; url: string } | { '@type': 'CreativeWork'; headline: string };
  };
}

export interface ClaimReviewDocument {
  claimId: string;
  jsonLd: ClaimReviewJsonLd;
  /** Recommended properties left out because the workspace does not know them. */
  omitted: string[];
}

export interface ClaimReviewProblem {
  claimId: string;
  /** The claim's words in the article: how the editor knows it (never by its id). */
  quote: string;
  /** Machine-readable: which ClaimReview property is missing or invalid (the sentences are in describeClaimReviewProblems). */
  missing: string[];
  invalid: string[];
}

export interface ClaimReviewExport {
  documents: ClaimReviewDocument[];
  problems: ClaimReviewProblem[];
}

const chars = (s: string): string[] => [...s];

/**
 * The claim as a short sentence: its sentence when short enough, else the words around the quote
 * with "…" where it was cut. Only the article's own words, never the verdict.
 */
export function summarizeClaim(article: Article, claim: Claim, max = CLAIM_REVIEWED_MAX_LENGTH): string {
  const collapse = (s: string): string => s.replace(/\s+/g, ' ');
  const sentence = collapse(article.text.slice(claim.sentenceStart, claim.sentenceEnd)).trim();
  if (chars(sentence).length <= max) return sentence;
  const quote = collapse(claim.quote).trim();
  const left = collapse(article.text.slice(claim.sentenceStart, claim.start)).trimStart().split(' ').filter(Boolean);
  const right = collapse(article.text.slice(claim.end, claim.sentenceEnd)).trimEnd().split(' ').filter(Boolean);
  // The quote's own boundary spaces decide whether neighbours attach with a space ("6,5%" vs "(6,5%").
  const leftGlue = /\s$/.test(article.text.slice(claim.sentenceStart, claim.start)) ? ' ' : '';
  const rightGlue = /^\s/.test(article.text.slice(claim.end, claim.sentenceEnd)) ? ' ' : '';
  if (chars(quote).length > max - 2) return chars(quote).slice(0, max - 1).join('') + '…';

  const render = (b: string[], a: string[]): string => {
    const head = b.length > 0 ? b.join(' ') + leftGlue : '';
    const tail = a.length > 0 ? rightGlue + a.join(' ') : '';
    const cutLeft = b.length < left.length ? '…' : '';
    const cutRight = a.length < right.length ? '…' : '';
    return `${cutLeft}${head}${quote}${tail}${cutRight}`;
  };
  const fits = (b: string[], a: string[]): boolean => chars(render(b, a)).length <= max;

  // Vietnamese sentences open with who says it ("Tổng cục Thống kê cho biết…"): keep the opening
  // when it fits with the number, and add what follows the number as room allows.
  if (fits(left, [])) {
    let after: string[] = [];
    while (after.length < right.length && fits(left, [...after, right[after.length] ?? ''])) after = [...after, right[after.length] ?? ''];
    return render(left, after);
  }
  // Otherwise grow a window around the number a word at a time, alternating sides, the following
  // side first (the unit and the thing counted come after the number).
  let before: string[] = [];
  let after: string[] = [];
  for (let grew = true; grew; ) {
    grew = false;
    if (after.length < right.length && fits(before, [...after, right[after.length] ?? ''])) {
      after = [...after, right[after.length] ?? ''];
      grew = true;
    }
    if (before.length < left.length && fits([left[left.length - before.length - 1] ?? '', ...before], after)) {
      before = [left[left.length - before.length - 1] ?? '', ...before];
      grew = true;
    }
  }
  return render(before, after);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isoDay(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim()) : null;
  return match && !Number.isNaN(Date.parse(match[1] ?? '')) ? (match[1] ?? null) : null;
}

function ratingFor(verdict: Verdict, scale: Verdict[], lang: ExportLanguage, invalid: string[]): ClaimReviewJsonLd['reviewRating'] {
  const alternateName = verdictLabel(verdict, lang).trim();
  if (!alternateName) invalid.push('reviewRating.alternateName');
  if (verdict.rating === null) return { '@type': 'Rating', alternateName };
  const ratings = scale.map((v) => v.rating).filter((r): r is number => r !== null);
  const best = Math.max(...ratings);
  const worst = Math.min(...ratings);
  // Google's rules: worstRating ≥ 1, bestRating > worstRating, ratingValue between them.
  if (worst < 1) invalid.push('reviewRating.worstRating');
  if (!(best > worst)) invalid.push('reviewRating.bestRating');
  if (verdict.rating < worst || verdict.rating > best) invalid.push('reviewRating.ratingValue');
  return { '@type': 'Rating', ratingValue: verdict.rating, bestRating: best, worstRating: worst, alternateName };
}

function buildOne(claim: Claim, article: Article | undefined, review: Review | undefined, selection: ExportSelection, lang: ExportLanguage): ClaimReviewDocument | ClaimReviewProblem {
  const missing: string[] = [];
  const invalid: string[] = [];
  const omitted: string[] = [];
  const settings = selection.settings;

  if (!article) missing.push('article');
  if (!review) missing.push('review');
  // Only what the desk has signed off is published; a flagged claim is still being argued over.
  if (review && review.status !== 'verified' && review.status !== 'corrected') invalid.push(`status (${review.status})`);

  const verdict = findVerdict(settings, review?.verdict);
  if (!review?.verdict) missing.push('reviewRating (no verdict chosen)');
  else if (!verdict) invalid.push(`reviewRating (verdict "${review.verdict}" is not on the scale)`);
  const reviewRating = verdict ? ratingFor(verdict, verdictScaleOf(settings), lang, invalid) : null;

  const newsroom = newsroomOf(settings);
  if (!newsroom.name.trim()) missing.push('author.name (newsroom name in settings)');
  if (newsroom.url.trim() && !isHttpUrl(newsroom.url.trim())) invalid.push('author.url');
  if (!newsroom.url.trim()) omitted.push('author.url');

  const pattern = claimReviewUrlPatternOf(settings).trim();
  const url = pattern.replaceAll('{claimId}', encodeURIComponent(claim.id)).replaceAll('{articleId}', encodeURIComponent(claim.articleId));
  if (!pattern) missing.push('url (fact-check address pattern in settings)');
  else if (!isHttpUrl(url)) invalid.push('url');

  const datePublished = isoDay(review?.updatedAt);
  if (review && !datePublished) invalid.push('datePublished');

  const claimReviewed = article ? summarizeClaim(article, claim) : '';
  if (article && !claimReviewed) missing.push('claimReviewed');

  if (missing.length > 0 || invalid.length > 0 || !article || !reviewRating || !datePublished) {
    return { claimId: claim.id, quote: claim.quote, missing, invalid };
  }

  const itemReviewed: ClaimReviewJsonLd['itemReviewed'] = { '@type': 'Claim' };
  if (article.outlet?.trim()) itemReviewed.author = { '@type': 'Organization', name: article.outlet.trim() };
  else omitted.push('itemReviewed.author');
  const published = isoDay(article.publishedAt);
  if (published) itemReviewed.datePublished = published;
  else omitted.push('itemReviewed.datePublished');
  // A local file path must never be published, so only a web address or the title identifies the article.
  const appearanceUrl = [article.url, article.source].find((u): u is string => typeof u === 'string' && isHttpUrl(u));
  if (appearanceUrl) itemReviewed.appearance = { '@type': 'CreativeWork', url: appearanceUrl };
  else if (article.title?.trim()) itemReviewed.appearance = { '@type': 'CreativeWork', headline: article.title.trim() };
  else omitted.push('itemReviewed.appearance');

  const author: ClaimReviewJsonLd['author'] = { '@type': 'Organization', name: newsroom.name.trim() };
  if (newsroom.url.trim()) author.url = newsroom.url.trim();

  return {
    claimId: claim.id,
    omitted,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url,
      claimReviewed,
      datePublished,
      author,
      reviewRating,
      itemReviewed,
    },
  };
}

/**
 * schema.org ClaimReview per reviewed claim of the selection. Markup is only produced when it is
 * valid; every claim that cannot be published says what is missing or wrong instead.
 */
export function toClaimReviews(selection: ExportSelection, options: { lang?: ExportLanguage } = {}): ClaimReviewExport {
  const lang = options.lang ?? 'vi';
  const articles = new Map(selection.articles.map((a) => [a.id, a]));
  const documents: ClaimReviewDocument[] = [];
  const problems: ClaimReviewProblem[] = [];
  for (const claim of selection.claims) {
    const result = buildOne(claim, articles.get(claim.articleId), selection.reviews[claim.id], selection, lang);
    if ('jsonLd' in result) documents.push(result);
    else problems.push(result);
  }
  return { documents, problems };
}

/** A <script> block to paste into the fact-check page; "<" is escaped so text cannot close the tag. */
export function toJsonLdScript(jsonLd: ClaimReviewJsonLd): string {
  return `<script type="application/ld+json">${JSON.stringify(jsonLd, null, 2).replace(/</g, '\\u003c')}</script>`;
}

type Words = Record<ExportLanguage, string>;

/** What the editor can do about one claim's problem, or null when the problem lies in Settings. */
function claimSentence(code: string, lang: ExportLanguage): string | null {
  const status = /^status \((\w+)\)/.exec(code)?.[1];
  if (status) {
    const name = statusLabels[status as keyof typeof statusLabels]?.[lang] ?? status;
    return lang === 'vi' ? `chỉ nhận định Đã xác minh hoặc Đã sửa mới được công bố (đang: ${name})` : `only Verified or Corrected claims are published (now: ${name})`;
  }
  const unknownVerdict = /^reviewRating \(verdict "(.*)" is not on the scale\)/.exec(code)?.[1];
  if (unknownVerdict !== undefined) {
    return lang === 'vi' ? `kết luận «${unknownVerdict}» không còn trong Thang kết luận; hãy chọn lại kết luận` : `the verdict «${unknownVerdict}» is no longer on the Verdict scale; choose the verdict again`;
  }
  const words: Record<string, Words> = {
    'reviewRating (no verdict chosen)': { vi: 'chưa có kết luận; hãy chọn Kết luận khi duyệt', en: 'no verdict yet; choose a Verdict when reviewing' },
    article: { vi: 'không còn bài viết chứa nhận định này', en: 'its article is no longer in the workspace' },
    review: { vi: 'chưa được duyệt', en: 'not reviewed yet' },
    datePublished: { vi: 'thời điểm duyệt không đọc được; hãy duyệt lại', en: 'its review time cannot be read; review it again' },
    claimReviewed: { vi: 'không lấy được câu chứa nhận định', en: 'its sentence could not be read' },
  };
  return words[code]?.[lang] ?? null;
}

/** The Settings field a problem points to, or null for a problem of the claim itself. */
function settingsField(code: string): { field: SettingsFieldName; invalid: boolean } | null {
  if (code.startsWith('author.name')) return { field: 'newsroomName', invalid: false };
  if (code === 'author.url') return { field: 'newsroomUrl', invalid: true };
  if (code.startsWith('url (')) return { field: 'claimReviewUrlPattern', invalid: false };
  if (code === 'url') return { field: 'claimReviewUrlPattern', invalid: true };
  if (code.startsWith('reviewRating.')) return { field: 'verdicts', invalid: true };
  return null;
}

function joinNames(names: string[], lang: ExportLanguage): string {
  const and = lang === 'vi' ? ' và ' : ' and ';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
}

/**
 * The problems of a ClaimReview export as sentences in the user's language: what Settings lacks,
 * once (every claim needs it), then each claim by its quote with what it lacks. No internal ids.
 */
export function describeClaimReviewProblems<P extends Pick<ClaimReviewProblem, 'quote' | 'missing' | 'invalid'>>(
  problems: readonly P[],
  lang: ExportLanguage,
  /** How a claim is named at the start of its line (the CLI adds the id a command takes). */
  nameOf: (problem: P) => string = (problem) => `«${problem.quote}»`,
): string[] {
  const toFill = new Set<SettingsFieldName>();
  const toFix = new Set<SettingsFieldName>();
  const lines: string[] = [];
  for (const problem of problems) {
    const own: string[] = [];
    for (const code of [...problem.missing, ...problem.invalid]) {
      const field = settingsField(code);
      if (field) (field.invalid ? toFix : toFill).add(field.field);
      else own.push(claimSentence(code, lang) ?? code);
    }
    if (own.length > 0) lines.push(`${nameOf(problem)}: ${[...new Set(own)].join('; ')}.`);
  }
  const settings = settingsFieldLabels.settings[lang];
  const names = (fields: Set<SettingsFieldName>) => joinNames([...fields].map((f) => settingsFieldLabels[f][lang]), lang);
  const head: string[] = [];
  if (toFill.size > 0) head.push(lang === 'vi' ? `Hãy điền ${names(toFill)} trong ${settings}.` : `Fill in ${names(toFill)} in ${settings}.`);
  const fixes: Record<SettingsFieldName, Words | undefined> = {
    newsroomUrl: { vi: 'phải là một địa chỉ bắt đầu bằng https://', en: 'must be an address starting with https://' },
    claimReviewUrlPattern: { vi: 'phải bắt đầu bằng https:// và chứa {claimId}', en: 'must start with https:// and contain {claimId}' },
    verdicts: { vi: 'cần một điểm từ 1 trở lên cho mỗi kết luận, và ít nhất hai điểm khác nhau', en: 'needs a rating of 1 or more for each verdict, and at least two different ratings' },
    reviewerName: undefined,
    newsroomName: undefined,
    settings: undefined,
  };
  for (const field of toFix) {
    const label = settingsFieldLabels[field][lang];
    const fix = fixes[field]?.[lang] ?? '';
    head.push(lang === 'vi' ? `${label} trong ${settings} ${fix}.` : `${label} in ${settings} ${fix}.`);
  }
  return [...head, ...lines];
}
