import type { Claim } from '../../schema';
import { fold } from '../normalize';

/**
 * What a number counts, for comparing counts inside one sentence: the claim's unit, else the first two
 * syllables after the number ("5 chỉ tiêu đang …" → "chi tieu").
 */
export function countedNoun(claim: Claim, text: string): string | null {
  if (claim.unit !== null && claim.unit !== '%') return fold(claim.unit).trim();
  // The quote may already hold the noun ("6 chỉ tiêu"): read from the end of its last digit.
  const digitsEnd = claim.quote.search(/\d[^\d]*$/);
  const from = digitsEnd >= 0 ? claim.start + digitsEnd + 1 : claim.end;
  const after = fold(text.slice(from, from + 24));
  const m = /^\s*([a-z]+(?: [a-z]+)?)/.exec(after);
  return m ? (m[1] ?? null) : null;
}

export function sameNoun(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return a === b || a.startsWith(b + ' ') || b.startsWith(a + ' ');
}

/** Text between two offsets, folded, for looking for linking words such as "trong đó". */
export function between(text: string, start: number, end: number): string {
  return fold(text.slice(Math.min(start, end), Math.max(start, end)));
}

/** Words that make a count a subset of another, not a separate part: "9/14 …, trong đó 3 …". */
export const SUBSET_MARKER = /\b(?:trong do|trong so|bao gom|gom|rieng)\b/;

/**
 * Groups an article's claims by sentence once, so that asking for the mates of every claim costs the
 * size of its sentence, not of the article (a 1 MB text holds ~20k claims). Returns, for a claim, the
 * other claims of its sentence in the order of `claims` (text order).
 */
export function sentenceMates(claims: readonly Claim[]): (claim: Claim) => Claim[] {
  const groups = new Map<number, Claim[]>();
  for (const c of claims) {
    const group = groups.get(c.sentenceStart);
    if (group) group.push(c);
    else groups.set(c.sentenceStart, [c]);
  }
  return (claim) => (groups.get(claim.sentenceStart) ?? []).filter((c) => c.id !== claim.id);
}

export const isQuantity = (c: Claim): boolean =>
  (c.kind === 'count' || c.kind === 'ratio' || c.kind === 'measure') && c.value !== null;

/** The word right before `at` (lower-cased), read back at most 12 characters ('' when none): "lúc" of "lúc 9". */
export function wordBefore(text: string, at: number): string {
  const m = /([\p{L}\p{M}]+)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, at - 12), at));
  return (m?.[1] ?? '').toLowerCase();
}

/**
 * Of the pairs of claims (one of `firsts`, one of `seconds`) that `accepts`, the narrowest (the extractor's, not an
 * editor's wider claim over it), the earlier first on a tie; null when none is accepted. How a per-article rule picks
 * the claims it raises two figures with (repeatedPassage.ts, headline.ts).
 */
export function narrowestPair(firsts: readonly Claim[], seconds: readonly Claim[], accepts: (a: Claim, b: Claim) => boolean): [Claim, Claim] | null {
  let best: [Claim, Claim] | null = null;
  let width = Infinity;
  for (const a of firsts) {
    for (const b of seconds) {
      if (!accepts(a, b)) continue;
      const w = a.end - a.start + (b.end - b.start);
      if (w < width || (w === width && best !== null && (a.start < best[0].start || (a.start === best[0].start && b.start < best[1].start)))) {
        best = [a, b];
        width = w;
      }
    }
  }
  return best;
}
