import type { Article, Claim } from '../schema';
import type { FactView } from './facts';
import type { SpotReading } from './moments';

/**
 * What the analysis reads once per claim object, in one record: one WeakMap entry per claim instead of
 * one in each of five WeakMaps (on the 100k bench, 500k entries whose adding and keeping took time of
 * their own, and GC time). Each reader keeps its own validity test, as its WeakMap entry did. A claim
 * is never changed (an edit replaces the object), so what is read of it alone stays true.
 */
export interface ClaimMemo {
  /** The claim's sentence with every figure masked (copies.ts `maskedSentence`). */
  masked: string | undefined;
  /** Which figure of its sentence the claim is (copies.ts `ordinal`), read in `ordinalText`. */
  ordinalText: string | undefined;
  ordinal: number;
  /** The claim's spot (cross.ts `readingOf`), read in `readingText`. */
  readingText: string | undefined;
  reading: SpotReading | undefined;
  /** The claim as a fact (facts.ts `factOf`), read with `factArticle`; undefined when not read. */
  factArticle: Article | undefined;
  fact: FactView | null | undefined;
  /** The number naming `fact` in cluster keys (cross.ts `uidOf`). */
  factUid: string | undefined;
  /** What the claim puts in a fingerprint (index.ts `claimPrint`). */
  print: string | undefined;
}

const memos = new WeakMap<Claim, ClaimMemo>();

/** The claim's memo, made empty when first asked for. */
export function memoOf(claim: Claim): ClaimMemo {
  let m = memos.get(claim);
  if (m === undefined) {
    m = {
      masked: undefined,
      ordinalText: undefined,
      ordinal: 0,
      readingText: undefined,
      reading: undefined,
      factArticle: undefined,
      fact: undefined,
      factUid: undefined,
      print: undefined,
    };
    memos.set(claim, m);
  }
  return m;
}
