import type { ArticleMeta, ExtractedClaim } from '../schema';

/**
 * First, simple extraction: percentages and "a/b" ratios, one claim per match, with the
 * sentence found by a plain stop-based split. The Vietnamese engine replaces this module.
 */
const PATTERN = /(\d+(?:[.,]\d+)*)\s?%|(\d+(?:\.\d{3})*)\/(\d+(?:\.\d{3})*)(?![\d/-])/g;

function parseVietnameseNumber(raw: string): number {
  return Number(raw.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.'));
}

function sentenceAround(text: string, start: number, end: number): { sentenceStart: number; sentenceEnd: number } {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e] ?? '')) e++;
  if (e < text.length && text[e] !== '\n') e++;
  while (s < start && /\s/.test(text[s] ?? '')) s++;
  return { sentenceStart: s, sentenceEnd: e };
}

export function extractClaims(text: string, _meta?: ArticleMeta): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index;
    const quote = m[0];
    const end = start + quote.length;
    const isPercent = m[1] !== undefined;
    claims.push({
      start,
      end,
      quote,
      ...sentenceAround(text, start, end),
      kind: isPercent ? 'percent' : 'ratio',
      value: parseVietnameseNumber(isPercent ? (m[1] ?? '') : (m[2] ?? '')),
      total: isPercent ? null : parseVietnameseNumber(m[3] ?? ''),
      upper: null,
      unit: isPercent ? '%' : null,
      qualifier: null,
      subject: null,
      metric: null,
      period: null,
      modality: null,
      years: null,
      checkworthiness: 0.5,
    });
  }
  return claims;
}

export function extractMetadata(text: string): ArticleMeta {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const title = lines.find((l) => l.length >= 25 && !/[.]$/.test(l)) ?? lines[0] ?? null;
  return { title, outlet: null, author: null, publishedAt: null };
}
