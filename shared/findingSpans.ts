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
