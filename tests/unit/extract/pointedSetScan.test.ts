import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPointedSet, POINTED_SET } from '../../../shared/extract/expression';

/**
 * Issue 11 (extraction speed): the sets a text points back at ("4 cá nhân này") are found by running POINTED_SET
 * only where a count can start. The matches must be those of the global regex, scanned the same way (on after the
 * number of each match).
 */
const pieces = (list: string[]) => fc.array(fc.constantFrom(...list), { maxLength: 16 }).map((parts) => parts.join(''));

function globalScan(text: string): string[] {
  const out: string[] = [];
  POINTED_SET.lastIndex = 0;
  for (let m = POINTED_SET.exec(text); m !== null; m = POINTED_SET.exec(text)) {
    out.push(`${m.index}:${m[0]}:${m[1]}:${m[2]}`);
    POINTED_SET.lastIndex = m.index + (m[1] ?? '').length;
  }
  return out;
}

function candidateScan(text: string): string[] {
  const out: string[] = [];
  for (let m = nextPointedSet(text, 0); m !== null; m = nextPointedSet(text, m.index + (m[1] ?? '').length)) out.push(`${m.index}:${m[0]}:${m[1]}:${m[2]}`);
  return out;
}

describe('the pointed sets are found where a count can start', () => {
  // Counts, counted words and pointers with their spaces (matches are frequent), and units that end or break them.
  const texts = pieces([
    '4 ', '12 ', '3,', '5.', ' ', '  ', '\t', '\u00a0', 'hai ', 'ba ', 'bốn ', 'năm ', 'sáu ', 'bảy ', 'tám ', 'chín ', 'mười ', 'cá nhân ',
    'bị cáo ', 'sự kiện ', 'xe ', 'này', 'này ', 'ấy ', 'nói trên ', 'kể trên', 'vừa nêu ', 'thanh', 'mba ', 'x', ',', '.', '(', 'Ba ', 'đ',
    'ễ', '\n',
  ]);

  it('gives the matches of the global regex on any text', () => {
    let found = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const expected = globalScan(text);
        found += expected.length;
        expect(candidateScan(text)).toEqual(expected);
      }),
      { numRuns: 5000, seed: 73 },
    );
    // The texts did hold pointed sets.
    expect(found).toBeGreaterThan(100);
  });

  it('reads the sets of our own sentences, and none after a letter or inside a number', () => {
    const text = 'Công an đã khởi tố 4 bị cáo. Hai trong số 4 bị cáo này đã nhận tội, còn hai bị cáo kể trên thì chưa.';
    expect(candidateScan(text)).toEqual(globalScan(text));
    expect(candidateScan(text).map((s) => s.split(':')[1])).toEqual(['4 bị cáo này', 'hai bị cáo kể trên']);
    // "1,4 tấn này": the count is part of a decimal; "mba sự kiện này": "ba" inside a word.
    expect(candidateScan('thu về 1,4 tấn này và mba sự kiện này')).toEqual([]);
  });
});
