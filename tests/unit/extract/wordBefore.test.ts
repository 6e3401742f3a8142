import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordBefore } from '../../../shared/extract/scan';

/** What wordBefore read with a regex before it became a backward scan: the reference it must agree with. */
function byRegex(text: string, from: number, pos: number): { word: string; start: number } | null {
  const base = Math.max(from, pos - 30);
  const m = /([\p{L}\p{M}]+)[ \t\u00a0]*$/u.exec(text.slice(base, pos));
  if (m === null) return null;
  return { word: (m[1] ?? '').toLowerCase(), start: base + m.index };
}

const PIECES = ['a', 'Đ', 'ường', ' ', '\t', '\u00a0', '\n', '1', ',', '.', '\u0301', '𠀀', '😀', '\ud840', '\udc00', 'İ', 'ß', 'x y', '“'];

describe('wordBefore', () => {
  it('reads the word before a position, spaces skipped', () => {
    expect(wordBefore('Tăng trưởng đạt  12%', 0, 16)).toEqual({ word: 'đạt', start: 12 });
    expect(wordBefore('đạt, 12', 0, 5)).toBeNull();
    expect(wordBefore('Thành phố 𠀀𠀀 9', 0, 15)).toEqual({ word: '𠀀𠀀', start: 10 });
  });

  it('agrees with the regex it replaces, surrogates and window edges included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const pos = text.length === 0 ? 0 : a % (text.length + 1);
        const from = b % (pos + 1);
        expect(wordBefore(text, from, pos)).toEqual(byRegex(text, from, pos));
      }),
      { numRuns: 3000 },
    );
  });
});
