import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdFor, buildDocument } from '../../../shared/document';
import { normalizeText } from '../../../shared/text';
import { seedsDir } from '../helpers';

const seed = readFileSync(join(seedsDir, '000_1fe02d8b3e3b3513.txt'), 'utf8');

describe('buildDocument', () => {
  it('derives the article id from the normalized text, whatever the line ends or Unicode form', () => {
    const a = buildDocument(seed, 'a.txt', '2024-01-01T00:00:00Z');
    const b = buildDocument('\uFEFF' + seed.normalize('NFD').replace(/\n/g, '\r\n'), 'elsewhere/b.txt', '2025-01-01T00:00:00Z');
    expect(a.article.id).toBe(b.article.id);
    expect(a.article.id).toBe(articleIdFor(seed));
    expect(buildDocument(seed.replace('42,13%', '41,13%'), 'c.txt', '').article.id).not.toBe(a.article.id);
  });

  it('gives the same claim ids when the same text is extracted again, all unique', () => {
    const first = buildDocument(seed, 'a.txt', '2024-01-01T00:00:00Z');
    const second = buildDocument(seed, 'a.txt', '2024-06-01T00:00:00Z');
    expect(second.claims.map((c) => c.id)).toEqual(first.claims.map((c) => c.id));
    expect(new Set(first.claims.map((c) => c.id)).size).toBe(first.claims.length);
    // "100%" appears many times in this article: each occurrence is its own claim.
    const hundred = first.claims.filter((c) => c.quote === '100%');
    expect(hundred.length).toBeGreaterThan(3);
  });

  it('keeps the text NFC and every quote equal to its slice, with context for re-anchoring', () => {
    const { article, claims } = buildDocument(seed.normalize('NFD'), 'a.txt', '');
    expect(article.text).toBe(normalizeText(seed));
    expect(article.text.normalize('NFC')).toBe(article.text);
    for (const c of claims) {
      expect(article.text.slice(c.start, c.end)).toBe(c.quote);
      expect(article.text.slice(c.start - c.prefix.length, c.start)).toBe(c.prefix);
      expect(article.text.slice(c.end, c.end + c.suffix.length)).toBe(c.suffix);
    }
  });
});
