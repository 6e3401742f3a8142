import type { Article, Claim } from '../schema';
import type { ClaimRef } from './model';
import { MatchMemo } from './passages';
import type { AnalysisProgress } from './progress';

/** Articles by id, and each article's claims in text order: every rule reads from here. */
export interface AnalysisContext {
  articles: Map<string, Article>;
  claimsByArticle: Map<string, Claim[]>;
  /** The token matches this analysis has computed (see `lineUp`): dropped with the analysis. */
  matches?: MatchMemo;
  /** Told how far a full analysis's build is, while it runs (see AnalysisProgress). */
  progress?: AnalysisProgress;
}

export function buildContext(articles: readonly Article[], claims: readonly Claim[]): AnalysisContext {
  const stages = buildContextStaged(articles, claims);
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/** Claims (or articles) handled between two steps of buildContextStaged. */
export const CONTEXT_ITEMS_PER_STEP = 4096;

/**
 * buildContext in steps (a newsroom's workspace has 100k claims to file by article and sort): a step
 * every CONTEXT_ITEMS_PER_STEP claims filed, and every CONTEXT_ITEMS_PER_STEP claims sorted (counted by
 * article: an article's list is sorted in one step). The same context.
 */
export function* buildContextStaged(articles: readonly Article[], claims: readonly Claim[]): Generator<void, AnalysisContext> {
  const byId = new Map<string, Article>();
  for (const a of articles) byId.set(a.id, a);
  yield;
  const claimsByArticle = new Map<string, Claim[]>();
  for (const [i, c] of claims.entries()) {
    let list = claimsByArticle.get(c.articleId);
    if (!list) {
      list = [];
      claimsByArticle.set(c.articleId, list);
    }
    list.push(c);
    if (i % CONTEXT_ITEMS_PER_STEP === CONTEXT_ITEMS_PER_STEP - 1) yield;
  }
  let sorted = 0;
  for (const list of claimsByArticle.values()) {
    if (sorted >= CONTEXT_ITEMS_PER_STEP) {
      sorted = 0;
      yield;
    }
    sorted += list.length;
    list.sort((x, y) => x.start - y.start || x.end - y.end);
  }
  return { articles: byId, claimsByArticle, matches: new MatchMemo() };
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
