import type { Article, Claim } from '../schema';
import type { ClaimRef } from './model';

/** Articles by id, and each article's claims in text order: every rule reads from here. */
export interface AnalysisContext {
  articles: Map<string, Article>;
  claimsByArticle: Map<string, Claim[]>;
}

export function buildContext(articles: readonly Article[], claims: readonly Claim[]): AnalysisContext {
  const byId = new Map<string, Article>();
  for (const a of articles) byId.set(a.id, a);
  const claimsByArticle = new Map<string, Claim[]>();
  for (const c of claims) {
    let list = claimsByArticle.get(c.articleId);
    if (!list) {
      list = [];
      claimsByArticle.set(c.articleId, list);
    }
    list.push(c);
  }
  for (const list of claimsByArticle.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);
  return { articles: byId, claimsByArticle };
}

export function refOf(claim: Claim, ctx: AnalysisContext): ClaimRef {
  const article = ctx.articles.get(claim.articleId);
  return {
    claimId: claim.id,
    articleId: claim.articleId,
    quote: claim.quote,
    date: article?.publishedAt ?? null,
    outlet: article?.outlet ?? null,
  };
}

export function spanRef(articleId: string, quote: string, ctx: AnalysisContext): ClaimRef {
  const article = ctx.articles.get(articleId);
  return { claimId: null, articleId, quote, date: article?.publishedAt ?? null, outlet: article?.outlet ?? null };
}

/** The claim's sentence, or '' when the article text is not at hand. */
export function sentenceOf(claim: Claim, ctx: AnalysisContext): string {
  const text = ctx.articles.get(claim.articleId)?.text;
  return text ? text.slice(claim.sentenceStart, claim.sentenceEnd) : '';
}

/**
 * The sentence after the claim's one when it begins with "Đồng thời": such a sentence keeps the
 * previous subject and time frame ("Trong 3 năm liên tiếp …, tỉnh X đứng trong nhóm 10 …. Đồng thời,
 * dẫn đầu cả nước ở chỉ số thành phần “…”"), so what it names belongs to the claim too.
 */
export function continuationOf(claim: Claim, ctx: AnalysisContext): string {
  const text = ctx.articles.get(claim.articleId)?.text;
  if (!text) return '';
  let i = claim.sentenceEnd;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  if (!text.startsWith('Đồng thời', i)) return '';
  const window = text.slice(i, i + 600);
  const stop = window.search(/[.!?](?:\s|$)|\n/);
  const sentence = stop < 0 ? window : window.slice(0, stop + 1);
  return /\d/.test(sentence) ? '' : sentence;
}

/** Claims of an article whose span lies inside [start, end). */
export function claimsIn(ctx: AnalysisContext, articleId: string, start: number, end: number): Claim[] {
  const list = ctx.claimsByArticle.get(articleId) ?? [];
  return list.filter((c) => c.start >= start && c.end <= end);
}

/** The claim covering an offset range, if any (a rule found text and wants the claim to point at). */
export function claimCovering(ctx: AnalysisContext, articleId: string, start: number, end: number): Claim | null {
  const list = ctx.claimsByArticle.get(articleId) ?? [];
  for (const c of list) if (c.start <= start && c.end >= end - 0 && c.start < end) return c;
  for (const c of list) if (c.start < end && c.end > start) return c;
  return null;
}
