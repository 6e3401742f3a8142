import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/extract';
import { FIELD_LIMITS } from '../../../shared/limits';
import { seedsDir } from '../helpers';
import { seedAndCorpusTexts, sharedCorpusDir } from './corpusDir';

/**
 * A merged export is refused when a claim's field is longer than an editor may write
 * (FIELD_LIMITS.claim), and the engine fills the same fields: a rule that wrote a longer metric would
 * make the app's own exports unimportable. Every claim of the seeds and the corpus stays within them,
 * and so do claims of text with no sentence ends at all.
 */
describe('extracted claim fields stay within what an export may hold', () => {
  const texts = seedAndCorpusTexts(seedsDir);
  const over = (text: string): string[] =>
    extractClaims(text).flatMap((c) =>
      (['unit', 'subject', 'metric', 'period'] as const)
        .filter((f) => (c[f]?.length ?? 0) > FIELD_LIMITS.claim[f])
        // Lengths only: the corpus holds held-out articles, whose text must not be printed here.
        .map((f) => `${f} ${String(c[f]?.length)}`),
    );

  it(`the seeds${sharedCorpusDir() ? ' and the corpus' : ''} (${texts.length} articles)`, () => {
    expect(texts.length).toBeGreaterThanOrEqual(5);
    expect(texts.flatMap(over)).toEqual([]);
  });

  it('the same articles with every sentence end, comma and bracket taken out (one endless sentence each)', () => {
    expect(texts.map((t) => t.replace(/[.;:!?\n()"“”,]/g, ' ')).flatMap(over)).toEqual([]);
  });
});
