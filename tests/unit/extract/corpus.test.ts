import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import { normalizeText } from '../../../shared/text';
import { sharedCorpusDir } from './corpusDir';
import { expectValidClaims } from './helpers';

// Real news for robustness only: read in place, never copied into the repository.
const corpusRoot = sharedCorpusDir();
const corpusDir = corpusRoot ? join(corpusRoot, 'vi-news') : '(shared corpus not found)';
const available = existsSync(corpusDir);
if (!available) console.log(`corpus test skipped: ${corpusDir} not found (the shared real-news corpus is not checked out here)`);

describe.skipIf(!available)('real news corpus (../shared/corpus/vi-news)', () => {
  const files = available ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort() : [];

  it('has articles to read', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s extracts without error, with valid offsets', (file) => {
    const text = normalizeText(readFileSync(join(corpusDir, file), 'utf8'));
    const claims = extractClaims(text, extractMetadata(text));
    expect(claims.length).toBeGreaterThan(0);
    expectValidClaims(text, claims);
  });
});
