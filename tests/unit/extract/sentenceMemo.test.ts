import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsOfNowAfter, ButNowAfter } from '../../../shared/extract/context';
import { CharBefore, spanHas } from '../../../shared/extract/sentenceMemo';

/** Texts of a few characters that matter here: commas, words a regex looks for, spaces. */
const text = fc.array(fc.constantFrom(',', ' ', 'a', 'trận', 'hòa', '5', 'phút', '.'), { maxLength: 40 }).map((parts) => parts.join(''));
const MATCH = /(?<![\p{L}\p{M}])(?:trận|hòa)(?![\p{L}\p{M}])/u;

describe('answers kept for the last sentence (issue 11)', () => {
  it('CharBefore.within is the comma test of the slice, for any order of ends and starts', () => {
    const comma = new CharBefore(0x2c);
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(8), fc.nat(45)), { maxLength: 12 }), (t, asks) => {
        for (const [from, to] of asks) expect(comma.within(t, from, to)).toBe(t.slice(from, to).includes(','));
      }),
      { numRuns: 300 },
    );
  });

  it('spanHas is the regex test of the slice, also when the text or the span changes', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(2), fc.nat(10), fc.nat(45)), { maxLength: 12 }), (texts, asks) => {
        for (const [k, start, end] of asks) {
          const t = texts[k % texts.length] as string;
          expect(spanHas(MATCH, t, start, end)).toBe(MATCH.test(t.slice(start, end)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the match words of a sentence about a match ("90 phút"), not of one about something else or outside the span', () => {
    const match = 'Hai đội hòa sau 90 phút';
    const meeting = 'Cuộc họp kéo dài 90 phút';
    expect(spanHas(MATCH, match, 0, match.length)).toBe(true);
    expect(spanHas(MATCH, meeting, 0, meeting.length)).toBe(false);
    expect(spanHas(MATCH, match, 10, match.length)).toBe(false);
  });
});

describe('periodEndedBeforeNow read once from the period on (issue 11)', () => {
  // The regexes of context.ts, as the memos must answer them on every slice.
  const BUT_NOW = /[,;][ \t]*(?:nhưng|song|mà|thế nhưng|vậy mà)[ \t]+(?:(?:cho[ \t]+)?(?:đến|tới)[ \t]+)?(?:nay|hiện nay|bây giờ)(?![\p{L}\p{M}])/iu;
  const AS_OF_NOW = /(?<![\p{L}\p{M}])(?<!(?:thực|thể|phát|xuất|biểu|hiển|tái)[ \t\u00a0])(?:hiện|hiện nay|hiện tại|đến nay|tới nay|bây giờ)(?![\p{L}\p{M}])/iu;
  const words = fc.array(fc.constantFrom(', ', '; ', ',', ' ', 'nhưng ', 'Nhưng', 'mà ', 'đến ', 'nay', 'nayx', 'hiện', 'hiện ', 'thực ', 'tại', 'bây giờ', 'x', '5 '), { maxLength: 30 }).map((p) => p.join(''));

  it('ButNowAfter and AsOfNowAfter give the regex test of text[from, to) for growing and falling ends', () => {
    const butNow = new ButNowAfter();
    const asOfNow = new AsOfNowAfter();
    fc.assert(
      fc.property(words, fc.nat(6), fc.array(fc.nat(120), { maxLength: 16 }), (t, from, ends) => {
        for (const to of ends) {
          if (to < from) continue;
          expect(butNow.test(t, from, to)).toBe(BUT_NOW.test(t.slice(from, to)));
          expect(asOfNow.test(t, from, to)).toBe(AS_OF_NOW.test(t.slice(from, to)));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
