import type { Article } from '../schema';
import { articlePairKey, type AlignedResult } from './aligned';

/**
 * How many other articles each article's aligned passages are compared with: the NEAREST_ARTICLES
 * nearest among those it shares passages with — an article that copies it first, then the one it
 * shares the most passages with, then the nearest in publication time, then by id. A newsroom
 * workspace holds hundreds of articles restating one text, each with its own figures: every pair of
 * them gave its findings, quadratic in the articles (300 generated articles: 18,816 aligned-passage
 * conflicts; 10,000: the worker ran out of memory). Bounded, each article still meets its copies and
 * the reports closest to it, and the findings grow with the articles. Four, so that a story covered
 * by five articles (the largest cluster of the corpus) still compares every pair.
 */
export const NEAREST_ARTICLES = 4;

/**
 * The aligned pairs between articles of which one is among the other's NEAREST_ARTICLES nearest
 * partners (articles it shares an aligned passage with), with their drafts; `copies` is kept whole
 * (it says which articles copy each other, whatever is compared). Reads only the pairs and the
 * articles' publication times, never the claims: an edit of a claim does not change what is kept,
 * so the incremental analysis (which re-names the kept pairs' claims) stays equal to a full one.
 */
export function nearestPairs(result: AlignedResult, articles: ReadonlyMap<string, Article>, k = NEAREST_ARTICLES): AlignedResult {
  // Partners of each article, with the number of aligned passages they share.
  const partners = new Map<string, Map<string, number>>();
  const add = (a: string, b: string) => {
    let shared = partners.get(a);
    if (!shared) partners.set(a, (shared = new Map()));
    shared.set(b, (shared.get(b) ?? 0) + 1);
  };
  for (const p of result.pairs) {
    if (p.a.articleId === p.b.articleId) continue;
    add(p.a.articleId, p.b.articleId);
    add(p.b.articleId, p.a.articleId);
  }
  let crowded = false;
  for (const shared of partners.values()) if (shared.size > k) crowded = true;
  if (!crowded) return result;
  const time = new Map<string, number>();
  const timeOf = (id: string): number => {
    let t = time.get(id);
    if (t === undefined) {
      const at = articles.get(id)?.publishedAt;
      const ms = at ? Date.parse(at) : NaN;
      time.set(id, (t = Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms));
    }
    return t;
  };
  const distance = (a: string, b: string): number => {
    const x = timeOf(a);
    const y = timeOf(b);
    if (x === y) return 0;
    return Math.abs(x - y);
  };
  const kept = new Set<string>();
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const [a, shared] of partners) {
    const copies = (b: string): number => (result.copies.has(articlePairKey(a, b)) ? 0 : 1);
    const nearest = [...shared.keys()]
      .sort((x, y) => {
        const cx = copies(x);
        const cy = copies(y);
        if (cx !== cy) return cx - cy;
        const nx = shared.get(x) as number;
        const ny = shared.get(y) as number;
        if (nx !== ny) return ny - nx;
        const dx = distance(a, x);
        const dy = distance(a, y);
        return dx < dy ? -1 : dx > dy ? 1 : x < y ? -1 : x > y ? 1 : 0;
      })
      .slice(0, k);
    for (const b of nearest) kept.add(key(a, b));
  }
  const out: AlignedResult = { pairs: [], drafts: [], copies: result.copies };
  result.pairs.forEach((p, i) => {
    if (p.a.articleId !== p.b.articleId && !kept.has(key(p.a.articleId, p.b.articleId))) return;
    out.pairs.push(p);
    out.drafts.push(result.drafts[i] ?? []);
  });
  return out;
}
