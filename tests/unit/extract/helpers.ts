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
