import type { Claim } from '../schema';
import { isSpace } from '../extract/sentences';
import { sentenceOf, type AnalysisContext } from './context';
import { memoOf } from './claimMemo';
import { fromCodes } from './normalize';

/**
 * Syndicated copies: newsrooms reprint an article with a figure changed or not at all. Then the claims
 * of one sentence have counterparts in the copy, and only counterparts speak about the same figure:
 * "2.288 người" in one copy and "50 người" in the other are two items of one sentence, not two values.
 */

/** The claim's sentence with every figure masked: equal for a sentence and its copy with a figure changed. */
export function maskedSentence(claim: Claim, ctx: AnalysisContext): string {
  const memo = memoOf(claim);
  let m = memo.masked;
  if (m === undefined) memo.masked = m = maskFigures(sentenceOf(claim, ctx).trim());
  return m;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * End of the number written from `i` on (a digit there): digits, and groups of digits after a dot or
 * a comma ("1.891", "4,86") — what /\d+(?:[.,]\d+)*\/ matches from `i`.
 */
function numberEnd(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  for (;;) {
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    const sep = s.charCodeAt(j);
    if ((sep === 46 || sep === 44) && j + 1 < n && isDigit(s.charCodeAt(j + 1))) j += 2;
    else return j;
  }
}

/**
 * Every number '#', every run of white space one space: what s.replace(/\d+(?:[.,]\d+)*|\s+/g, …)
 * gives, in one pass without a regex and a callback per match (it runs for every claim).
 */
export function maskFigures(s: string): string {
  const n = s.length;
  if (maskBuffer.length < n) maskBuffer = new Uint16Array(n * 2);
  const out = maskBuffer;
  let k = 0;
  for (let i = 0; i < n; ) {
    const code = s.charCodeAt(i);
    if (isDigit(code)) {
      out[k++] = 35; // '#'
      i = numberEnd(s, i);
    } else if (isSpace(code)) {
      out[k++] = 32;
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
    } else {
      out[k++] = code;
      i++;
    }
  }
  return fromCodes(out, k);
}

let maskBuffer = new Uint16Array(512);

/** Which figure of its sentence the claim is (0 for the first number); read once per claim object. */
function ordinal(claim: Claim, ctx: AnalysisContext): number {
  const text = ctx.articles.get(claim.articleId)?.text ?? '';
  const memo = memoOf(claim);
  if (memo.ordinalText === text) return memo.ordinal;
  const before = text.slice(claim.sentenceStart, claim.start);
  let n = 0;
  for (let i = 0; i < before.length; ) {
    if (isDigit(before.charCodeAt(i))) {
      n++;
      i = numberEnd(before, i);
    } else i++;
  }
  memo.ordinalText = text;
  memo.ordinal = n;
  return n;
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
