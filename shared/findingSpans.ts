import type { Article, Finding } from './schema';

/**
 * Text a finding's facts point at besides its own spans, as cards of their own: the date an
 * elapsed time counts from ("Sau 4 năm" is compared with "Ngày 11/6/2021" above it), found as its
 * last occurrence before the finding's first span in the same article.
 */
export function referencedSpans(finding: Finding, articles: ReadonlyMap<string, Pick<Article, 'text'>>): Array<{ articleId: string; start: number; end: number; quote: string }> {
  const facts = finding.facts as { fromQuote?: unknown } | null | undefined;
  const first = finding.spans?.[0];
  if (!first || typeof facts?.fromQuote !== 'string' || facts.fromQuote === '') return [];
  const text = articles.get(first.articleId)?.text;
  const at = text ? text.lastIndexOf(facts.fromQuote, first.start) : -1;
  if (at < 0 || at + facts.fromQuote.length > first.start) return [];
  return [{ articleId: first.articleId, start: at, end: at + facts.fromQuote.length, quote: facts.fromQuote }];
}

/** A piece of an article's text a finding holds with its offsets: what the desk shows as that text. */
export interface QuotedSpan {
  /** Where in the finding ("spans[0]", "facts.a.sentence"), for messages. */
  where: string;
  articleId: string;
  start: number;
  end: number;
  words: string;
}

function quotedSpan(where: string, articleId: unknown, span: unknown, key: 'text' | 'quote'): QuotedSpan | null {
  if (typeof articleId !== 'string' || typeof span !== 'object' || span === null) return null;
  const { start, end } = span as { start?: unknown; end?: unknown };
  const words = (span as Record<string, unknown>)[key];
  if (typeof start !== 'number' || typeof end !== 'number' || typeof words !== 'string') return null;
  return { where, articleId, start, end, words };
}

/**
 * Every piece of article text a finding holds at offsets: its highlighted spans, and the sentence and
 * figure each side of an aligned passage shows (`facts.a`, `facts.b`). Each must be `text.slice(start,
 * end)` of its article: an export is refused when one is not, a merge leaves a finding whose pieces do
 * not fit the text it keeps to the analysis.
 */
export function quotedSpansOf(finding: Finding): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const [k, s] of (finding.spans ?? []).entries()) {
    const span = quotedSpan(`spans[${k}]`, s.articleId, s, 'quote');
    if (span) out.push(span);
  }
  const facts = finding.facts as Record<string, unknown> | null | undefined;
  for (const key of ['a', 'b'] as const) {
    const side = facts?.[key] as { articleId?: unknown; sentence?: unknown; figure?: unknown } | null | undefined;
    if (!side) continue;
    for (const [part, words] of [['sentence', 'text'], ['figure', 'quote']] as const) {
      const span = quotedSpan(`facts.${key}.${part}`, side.articleId, side[part], words);
      if (span) out.push(span);
    }
  }
  return out;
}
