import { expect } from 'vitest';
import { extractClaims } from '../../../shared/extract';
import type { ExtractedClaim } from '../../../shared/schema';
import { normalizeText } from '../../../shared/text';

/** Claims of a short Vietnamese text, as the engine sees it (NFC, Unix line ends). */
export function claimsOf(raw: string): ExtractedClaim[] {
  return extractClaims(normalizeText(raw));
}

/** The one claim whose quote contains `fragment`; fails loudly when there is none or several. */
export function claimAt(raw: string, fragment: string): ExtractedClaim {
  const found = claimsOf(raw).filter((c) => c.quote.includes(fragment));
  if (found.length !== 1) {
    throw new Error(`expected one claim containing "${fragment}", got ${found.length}: ${JSON.stringify(claimsOf(raw).map((c) => c.quote))}`);
  }
  return found[0] as ExtractedClaim;
}

export function quotesOf(raw: string): string[] {
  return claimsOf(raw).map((c) => c.quote);
}

/**
 * Every claim is a valid slice of `text`, in order and inside its sentence; its value is finite and its
 * check-worthiness a share.
 */
export function expectValidClaims(text: string, claims: readonly ExtractedClaim[]): void {
  let previousEnd = 0;
  for (const c of claims) {
    expect(c.quote).toBe(text.slice(c.start, c.end));
    expect(c.start).toBeLessThan(c.end);
    expect(c.start).toBeGreaterThanOrEqual(previousEnd);
    expect(c.sentenceStart).toBeLessThanOrEqual(c.start);
    expect(c.end).toBeLessThanOrEqual(c.sentenceEnd);
    expect(Number.isFinite(c.value ?? 0)).toBe(true);
    expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
    expect(c.checkworthiness).toBeLessThanOrEqual(1);
    previousEnd = c.end;
  }
}

/** The index of the claim not yet `used` that overlaps [start, end) the most (-1: none, or no span). */
export function bestOverlapping(claims: readonly { start: number; end: number }[], used: ReadonlySet<number>, start: number, end: number): number {
  let best = -1;
  let bestOverlap = 0;
  if (start < 0) return best;
  claims.forEach((c, k) => {
    if (used.has(k)) return;
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    if (overlap > bestOverlap) {
      best = k;
      bestOverlap = overlap;
    }
  });
  return best;
}
