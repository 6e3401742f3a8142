import type { Article, Claim } from '../../../../shared/schema';

/**
 * Article `i` of a test whose id is `a_<prefix><i>`, holding `text` (every other one with an outlet);
 * `extra` adds or replaces fields.
 */
export function textArticle(prefix: string, i: number, text: string, extra: Partial<Article> = {}): Article {
  return {
    id: `a_${prefix}${i}`,
    title: `Bài ${i}`,
    outlet: i % 2 ? 'VnExpress' : null,
    author: null,
    publishedAt: '2026-05-01',
    source: `bench/${i}.txt`,
    text,
    importedAt: '2026-11-30T08:00:00.000Z',
    ...extra,
  };
}

/**
 * `count` articles `a_<prefix><i>` of 200 characters, each with `perArticle` number claims
 * `c_<prefix><i>_<k>` (what findings are raised on in the sliced-read tests).
 */
export function articlesWithClaims(prefix: string, count: number, perArticle = 4): { articles: Article[]; claims: Claim[] } {
  const articles = Array.from({ length: count }, (_, i): Article => ({
    id: `a_${prefix}${i}`,
    title: `Bài ${i}`,
    outlet: null,
    author: null,
    publishedAt: '2026-05-01',
    source: `s/${i}.txt`,
    text: 'x'.repeat(200),
    importedAt: '2026-11-30T08:00:00.000Z',
  }));
  const claims = articles.flatMap((a, i) =>
    Array.from(
      { length: perArticle },
      (_, k) => ({ id: `c_${prefix}${i}_${k}`, articleId: a.id, start: k * 10, end: k * 10 + 5, quote: `số ${k}`, kind: 'number', value: k, unit: null, subject: null, period: null }) as unknown as Claim,
    ),
  );
  return { articles, claims };
}
