import { contentHash } from './hash';
import { extractClaims, extractMetadata } from './extract';
import type { Article, Claim, ExtractedClaim } from './schema';
import { dedupKey, normalizeText } from './text';

const CONTEXT = 32;

export function articleIdFor(text: string): string {
  return 'a_' + contentHash(dedupKey(text));
}

/**
 * A claim's id depends on its article, its quote and which occurrence of that quote it is, so the
 * same text extracted again yields the same ids and a review never lands on another claim.
 */
export function assignClaimIds(articleId: string, text: string, extracted: ExtractedClaim[]): Claim[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  return extracted.map((c) => {
    const key = `${c.quote}\u0000${c.kind}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    let id = 'c_' + contentHash(`${articleId}\u0000${key}\u0000${occurrence}`);
    for (let n = 1; used.has(id); n++) id = 'c_' + contentHash(`${articleId}\u0000${key}\u0000${occurrence}\u0000${n}`);
    used.add(id);
    return {
      ...c,
      id,
      articleId,
      prefix: text.slice(Math.max(0, c.start - CONTEXT), c.start),
      suffix: text.slice(c.end, c.end + CONTEXT),
      origin: 'extracted' as const,
    };
  });
}

export interface BuiltDocument {
  article: Article;
  claims: Claim[];
}

/** Normalizes raw text, reads its metadata and extracts its claims with stable ids. */
export function buildDocument(raw: string, source: string, importedAt: string): BuiltDocument {
  const text = normalizeText(raw);
  const meta = extractMetadata(text);
  const id = articleIdFor(text);
  const claims = assignClaimIds(id, text, extractClaims(text, meta));
  return { article: { id, source, text, importedAt, ...meta }, claims };
}
