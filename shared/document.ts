import { withoutClaimsInCode } from './codeText';
import { contentHash } from './hash';
import { FIELD_LIMITS } from './limits';
import { extractClaims, extractMetadata } from './extract';
import type { Article, Claim, ExtractedClaim } from './schema';
import { dedupKey, normalizeText, withoutUnsafeChars } from './text';

const CONTEXT = 32;

export function articleIdFor(text: string): string {
  return 'a_' + contentHash(dedupKey(text));
}

/**
 * A claim's id depends on its article, its quote and which occurrence of that quote it is, so the
 * same text extracted again yields the same ids and a review never lands on another claim.
 */
export function assignClaimIds(articleId: string, text: string, extracted: ExtractedClaim[]): Claim[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  return extracted.map((c) => {
    const key = `${c.quote}\u0000${c.kind}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    let id = 'c_' + contentHash(`${articleId}\u0000${key}\u0000${occurrence}`);
    for (let n = 1; used.has(id); n++) id = 'c_' + contentHash(`${articleId}\u0000${key}\u0000${occurrence}\u0000${n}`);
    used.add(id);
    return {
      ...c,
      id,
      articleId,
      prefix: text.slice(Math.max(0, c.start - CONTEXT), c.start),
      suffix: text.slice(c.end, c.end + CONTEXT),
      origin: 'extracted' as const,
    };
  });
}

/**
 * The sentence around a span: from the previous sentence end (. ! ? or a line break followed by
 * space or a capital) to the next one. Used for claims the editor adds or moves by hand.
 */
export function sentenceBounds(text: string, start: number, end: number): { sentenceStart: number; sentenceEnd: number } {
  const isStop = (i: number) => {
    const ch = text[i];
    if (ch === '\n') return true;
    if (ch !== '.' && ch !== '!' && ch !== '?') return false;
    const next = text[i + 1];
    return next === undefined || /\s/.test(next);
  };
  let s = start;
  while (s > 0 && !isStop(s - 1)) s--;
  while (s < start && /\s/.test(text[s] ?? '')) s++;
  let e = Math.max(end, start);
  while (e < text.length && !isStop(e)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { sentenceStart: s, sentenceEnd: e };
}

/** The claim moved to [start, end): quote, context and sentence follow the new span. */
export function withSpan(claim: Claim, text: string, start: number, end: number): Claim {
  return {
    ...claim,
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    ...sentenceBounds(text, start, end),
  };
}

/** The id of a claim added by hand over `start`..`end` of an article's text. */
export function manualClaimId(articleId: string, start: number, end: number): string {
  return 'c_' + contentHash(`${articleId}\u0000manual\u0000${start}\u0000${end}`);
}

/** A claim added by the editor from a selection; its id is derived from its article and span. */
export function manualClaim(article: Article, start: number, end: number, fields: Partial<ExtractedClaim>): Claim {
  const base: Claim = {
    id: manualClaimId(article.id, start, end),
    articleId: article.id,
    start,
    end,
    quote: '',
    prefix: '',
    suffix: '',
    sentenceStart: start,
    sentenceEnd: end,
    kind: 'count',
    value: null,
    total: null,
    upper: null,
    unit: null,
    qualifier: null,
    subject: null,
    metric: null,
    period: null,
    modality: null,
    years: null,
    checkworthiness: 1,
    origin: 'manual',
  };
  return withSpan({ ...base, ...fields, origin: 'manual' }, article.text, start, end);
}

export interface BuiltDocument {
  article: Article;
  claims: Claim[];
}

/** What the file reader already knows about an article (an HTML page's title, date, outlet, URL). */
export interface KnownMeta {
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  url?: string | null;
}

/**
 * Normalizes raw text, reads its metadata and extracts its claims with stable ids. Metadata the
 * file itself declared wins over what is read from the text.
 */
/**
 * The claims extracted from an article's text with their ids, less any figure inside code quoted as
 * text (a literal "<script>alert(1)</script>": code, not a claim). Ids are assigned over the whole
 * extraction before the filter, so leaving a claim out never shifts the occurrence number (and so the
 * id) of a later claim with the same quote. Import and re-extraction both use it.
 */
export function articleClaims(articleId: string, text: string, meta: Parameters<typeof extractClaims>[1]): Claim[] {
  return withoutClaimsInCode(text, assignClaimIds(articleId, text, extractClaims(text, meta)));
}

const GRAPHEMES = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * `value` as declared when within `limit` (extraction compares a title with the text's first line as
 * written); longer, its white space run together and cut with "…" to at most `limit` UTF-16 units, between
 * whole characters as the reader sees them: a letter keeps its combining tone mark (a title in NFD from a
 * Mac), a flag or an emoji sequence stays whole.
 */
function oneLine(value: string, limit: number): string {
  if (value.length <= limit) return value;
  const line = value.replace(/\s+/g, ' ').trim();
  if (line.length <= limit) return line;
  let end = 0;
  // Only the head is segmented (a segmenter's steps can cost the whole string's length on some engines):
  // a cluster running past the head ends past limit - 1 either way.
  for (const { index, segment } of GRAPHEMES.segment(line.slice(0, limit + 1))) {
    if (index + segment.length > limit - 1) break;
    end = index + segment.length;
  }
  // One cluster longer than the limit (a letter under hundreds of marks): cut between code points.
  const head = end > 0 ? line.slice(0, end) : line.slice(0, limit - 1).replace(/[\uD800-\uDBFF]$/u, '');
  return `${head.trimEnd()}…`;
}

export function buildDocument(raw: string, source: string, importedAt: string, known: KnownMeta = {}): BuiltDocument {
  const text = normalizeText(raw);
  const read = extractMetadata(text);
  // What the file declared is cleaned as the text is (a page's <title> can hold a NUL too).
  // Of a length the app's forms accept (a page's <title> or author tag can hold a megabyte, which every
  // library row and every exported claim row would then repeat): a longer one is cut to one line.
  const clean = (value: string | null | undefined, limit: number): string | null | undefined => (value ? oneLine(withoutUnsafeChars(value), limit) : value);
  const meta = {
    title: clean(known.title, FIELD_LIMITS.article.title) || read.title,
    outlet: clean(known.outlet, FIELD_LIMITS.article.outlet) || read.outlet,
    author: clean(known.author, FIELD_LIMITS.article.author) || read.author,
    publishedAt: known.publishedAt || read.publishedAt,
  };
  const id = articleIdFor(text);
  const claims = articleClaims(id, text, meta);
  return { article: { id, source, text, importedAt, ...meta, ...(known.url ? { url: known.url } : {}) }, claims };
}
