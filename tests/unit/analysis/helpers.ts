import type { Article, Claim } from '../../../shared/schema';

/** An article as the workspace stores it; the id is derived from the text so copies differ only by hand. */
export function makeArticle(id: string, text: string, publishedAt: string | null, outlet: string | null = null): Article {
  return { id, source: `${id}.txt`, text, title: null, outlet, author: null, publishedAt, importedAt: '2024-06-01T00:00:00Z' };
}

function sentenceAround(text: string, start: number, end: number): { sentenceStart: number; sentenceEnd: number } {
  // A stop ends a sentence only when a space or the end follows it: "1.891" and "4,86" do not.
  const isStop = (i: number): boolean => text[i] === '\n' || (/[.!?]/.test(text[i] ?? '') && /\s/.test(text[i + 1] ?? ' '));
  let s = start;
  while (s > 0 && !isStop(s - 1)) s--;
  while (s < start && /\s/.test(text[s] ?? '')) s++;
  let e = end;
  while (e < text.length && !isStop(e)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { sentenceStart: s, sentenceEnd: e };
}

export type ClaimFields = Partial<Omit<Claim, 'id' | 'articleId' | 'start' | 'end' | 'quote'>> & Pick<Claim, 'kind' | 'value'>;

/**
 * A claim as the real extractor will give it, placed on the `nth` occurrence of `quote` in the
 * article text (the offsets and sentence are computed, the fact fields are given by the test).
 */
export function makeClaim(article: Article, quote: string, fields: ClaimFields, nth = 0): Claim {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = article.text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  return {
    start,
    end,
    quote,
    ...sentenceAround(article.text, start, end),
    total: null,
    upper: null,
    unit: null,
    qualifier: 'exact',
    subject: null,
    metric: null,
    period: null,
    modality: 'fact',
    years: null,
    checkworthiness: 0.8,
    ...fields,
    id: `c_${article.id}_${start}_${end}`,
    articleId: article.id,
    prefix: article.text.slice(Math.max(0, start - 32), start),
    suffix: article.text.slice(end, end + 32),
    origin: 'extracted',
  };
}
