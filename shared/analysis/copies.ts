import type { Claim } from '../schema';
import { sentenceOf, type AnalysisContext } from './context';

/**
 * Syndicated copies: newsrooms reprint an article with a figure changed or not at all. Then the claims
 * of one sentence have counterparts in the copy, and only counterparts speak about the same figure:
 * "2.288 người" in one copy and "50 người" in the other are two items of one sentence, not two values.
 */

const masked = new WeakMap<Claim, string>();

/** The claim's sentence with every figure masked: equal for a sentence and its copy with a figure changed. */
export function maskedSentence(claim: Claim, ctx: AnalysisContext): string {
  let m = masked.get(claim);
  if (m === undefined) {
    m = sentenceOf(claim, ctx)
      .trim()
      .replace(/\d+(?:[.,]\d+)*|\s+/g, (x) => (x.charCodeAt(0) <= 57 && x.charCodeAt(0) >= 48 ? '#' : ' '));
    masked.set(claim, m);
  }
  return m;
}

/** Which figure of its sentence the claim is (0 for the first number). */
function ordinal(claim: Claim, ctx: AnalysisContext): number {
  const text = ctx.articles.get(claim.articleId)?.text ?? '';
  return (text.slice(claim.sentenceStart, claim.start).match(/\d+(?:[.,]\d+)*/g) ?? []).length;
}

const sentencesByList = new WeakMap<readonly Claim[], Set<string>>();

/**
 * The sentences (figures masked) that hold these claims: read once per list, so a list must not change
 * after it was read (the incremental analysis replaces an article's list instead).
 */
export function claimSentences(list: readonly Claim[], ctx: AnalysisContext): Set<string> {
  let set = sentencesByList.get(list);
  if (!set) {
    set = new Set(list.map((c) => maskedSentence(c, ctx)));
    sentencesByList.set(list, set);
  }
  return set;
}

/** Whether the article has a sentence that, figures aside, is the claim's sentence. */
function hasCopyOf(claim: Claim, articleId: string, ctx: AnalysisContext): boolean {
  const list = ctx.claimsByArticle.get(articleId);
  return list !== undefined && claimSentences(list, ctx).has(maskedSentence(claim, ctx));
}

/**
 * How two claims of different articles line up: 'counterparts' (the same figure of the same sentence in
 * two copies), 'other-item' (different figures of one copied sentence), 'overlapping' (other sentences of
 * articles that copy each other: read them as one text) or 'independent'.
 */
export function alignment(a: Claim, b: Claim, ctx: AnalysisContext): 'counterparts' | 'other-item' | 'overlapping' | 'independent' {
  if (maskedSentence(a, ctx) === maskedSentence(b, ctx)) return ordinal(a, ctx) === ordinal(b, ctx) ? 'counterparts' : 'other-item';
  if (hasCopyOf(a, b.articleId, ctx) || hasCopyOf(b, a.articleId, ctx)) return 'overlapping';
  return 'independent';
}
