import { describe, expect, it } from 'vitest';
import { fold } from '../../../shared/analysis/normalize';
import { seedAndCorpusTexts } from '../extract/corpusDir';
import { seedsDir } from '../helpers';
import { foldReference } from './helpers';

const texts = (): string[] => seedAndCorpusTexts(seedsDir);

describe('fold', () => {
  it('gives what NFD, mark removal, đ → d and lower-casing give, on whole articles and pieces of them', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) {
      expect(fold(t)).toBe(foldReference(t));
      for (let i = 0; i + 40 < t.length; i += 53) {
        const piece = t.slice(i, i + 10 + (i % 90));
        expect(fold(piece)).toBe(foldReference(piece));
      }
    }
  });

  it('gives the same on decomposed marks, non-Latin scripts and every character next to a mark', () => {
    const tricky = [
      'Tha\u0300nh pho\u0302\u0301 HO\u0302\u0300 CHI\u0301 MINH, Đà Nẵng, ĐẮK LẮK',
      'ΣΑΣ ΟΔΟΣ ς', // Greek final sigma: lower-casing reads the context
      'İstanbul ǅ ǈ Æ ß ﬁ', // a dotted capital I, digraphs, ligatures
      'e\u0301\u0323 \u1dc0a a\u20dd', // marks in and outside U+0300–U+036F
      '😀 x \ud800', // a surrogate pair and a lone surrogate
      'x'.repeat(10_000) + 'Ệ', // longer than one decoding chunk
    ];
    for (const s of tricky) expect(fold(s)).toBe(foldReference(s));
    for (let c = 0; c < 0x3000; c++) {
      const s = `${String.fromCharCode(c)}a${String.fromCharCode(c)}\u0301Ồ`;
      expect(fold(s)).toBe(foldReference(s));
    }
  });
});
