import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import { phraseEndingAt } from '../../../shared/extract/scan';
import type { ExtractedClaim } from '../../../shared/schema';
import { normalizeText } from '../../../shared/text';

/**
 * Session 45 (issue 11, output-identical speed-ups): the event day is not looked for where no time word of a day
 * stands near the figure (eventDay.ts), and phraseEndingAt compares a set's phrases word by word instead of
 * building the suffix phrases of the words read. Sentences written for this test; none is taken from the corpus.
 */
function claims(raw: string, published: string): ExtractedClaim[] {
  const text = normalizeText(raw);
  return extractClaims(text, { ...extractMetadata(text), publishedAt: published });
}

describe('the event day where time words stand or not', () => {
  it('a sentence with no time word still takes the day its paragraph named before it', () => {
    const found = claims('Cháy lớn ở chợ huyện\nSáng 12/3, một đám cháy bùng lên tại chợ trung tâm huyện Đức Hòa. Ngọn lửa thiêu rụi 40 ki-ốt bán quần áo.', '2024-03-13');
    expect(found.map((c) => [c.quote, c.period])).toEqual([['40 ki-ốt', '2024-03-12']]);
  });

  it('a title figure with no time word in the title takes the day of its lede', () => {
    const found = claims('Cháy chợ huyện Đức Hòa, 40 ki-ốt bị thiêu rụi\nSáng 12/3, đám cháy ở chợ trung tâm huyện Đức Hòa đã thiêu rụi 40 ki-ốt bán quần áo.', '2024-03-13');
    expect(found.map((c) => c.period)).toEqual(['2024-03-12', '2024-03-12']);
  });

  it('a figure with no time word near it nor in its paragraph takes no day', () => {
    const found = claims('Tin tỉnh\nĐoàn kiểm tra liên ngành đã xử phạt 12 cơ sở kinh doanh thực phẩm.', '2024-03-13');
    expect(found.map((c) => [c.quote, c.period])).toEqual([['12 cơ sở', null]]);
  });

  it('a day named more than a paragraph window before the figure dates it no more', () => {
    const filler = 'Lực lượng chức năng tiếp tục kiểm đếm thiệt hại và hỗ trợ các tiểu thương dọn dẹp khu vực bị ảnh hưởng';
    const text = `Cháy chợ\nSáng 12/3, một đám cháy bùng lên tại chợ Đức Hòa, ${filler}, ${filler}, ${filler}, ${filler}. Ngọn lửa thiêu rụi 40 ki-ốt bán quần áo.`;
    const found = claims(text, '2024-03-13');
    expect(found.map((c) => [c.quote, c.period])).toEqual([['40 ki-ốt', null]]);
  });
});

/** phraseEndingAt as it was written before session 45: every suffix phrase of the last words built, then looked up longest first. */
function phraseEndingAtBySuffixes(folded: string, from: number, pos: number, phrases: ReadonlySet<string>, maxWords: number): { start: number; phrase: string } | null {
  const words: { word: string; start: number }[] = [];
  const re = /[\p{L}\p{M}]+/gu;
  const head = folded.slice(from, pos);
  // The run of words separated by blanks only, ending right before pos (blanks before pos skipped).
  const run = /((?:[\p{L}\p{M}]+[ \t\u00a0]+)*[\p{L}\p{M}]+)[ \t\u00a0]*$/u.exec(head);
  if (run === null) return null;
  const runStart = from + run.index;
  for (let m = re.exec(run[1] as string); m !== null; m = re.exec(run[1] as string)) words.push({ word: m[0], start: runStart + m.index });
  const n = Math.min(words.length, maxWords);
  let phrase = '';
  const suffixes: string[] = [];
  for (let k = 1; k <= n; k++) {
    const w = (words[words.length - k] as { word: string }).word;
    phrase = k === 1 ? w : `${w} ${phrase}`;
    suffixes.push(phrase);
  }
  for (let k = n; k >= 1; k--) if (phrases.has(suffixes[k - 1] as string)) return { start: (words[words.length - k] as { start: number }).start, phrase: suffixes[k - 1] as string };
  return null;
}

describe('phraseEndingAt', () => {
  const PHRASES: ReadonlySet<string> = new Set(['với', 'so với', 'tăng so với', 'cao hơn', 'hơn', 'gần', 'khoảng gần']);

  it('finds the longest phrase the last words make, within the words allowed', () => {
    expect(phraseEndingAt('doanh thu tăng so với 5', 0, 22, PHRASES, 3)).toEqual({ start: 10, phrase: 'tăng so với' });
    expect(phraseEndingAt('doanh thu tăng so với 5', 0, 22, PHRASES, 2)).toEqual({ start: 15, phrase: 'so với' });
    expect(phraseEndingAt('làm việc với 5', 0, 13, PHRASES, 3)).toEqual({ start: 9, phrase: 'với' });
    expect(phraseEndingAt('giá cao hơn  7', 0, 13, PHRASES, 2)).toEqual({ start: 4, phrase: 'cao hơn' });
    expect(phraseEndingAt('với nhau 5', 0, 9, PHRASES, 3)).toBeNull();
    expect(phraseEndingAt('so, với 5', 0, 8, PHRASES, 3)).toEqual({ start: 4, phrase: 'với' });
  });

  it('agrees with the suffix phrases it no longer builds, on any words', () => {
    const word = fc.constantFrom('với', 'so', 'tăng', 'cao', 'hơn', 'gần', 'khoảng', 'giá', 'người');
    const blank = fc.constantFrom(' ', '  ', '\t', ', ', '\u00a0');
    const parts = fc.array(fc.tuple(word, blank), { maxLength: 8 });
    fc.assert(
      fc.property(parts, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 }), (list, maxWords, cut) => {
        const text = `${list.map(([w, b]) => w + b).join('')}5`;
        const pos = text.length - 1;
        const from = Math.min(cut, pos);
        expect(phraseEndingAt(text, from, pos, PHRASES, maxWords)).toEqual(phraseEndingAtBySuffixes(text, from, pos, PHRASES, maxWords));
      }),
      { numRuns: 3000 },
    );
  });
});
