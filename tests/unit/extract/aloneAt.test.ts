import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aloneAt } from '../../../shared/extract/entities';

/** The alternation aloneAt replaced (engine 18): one regex of the forms, longest first, built per text. */
function byAlternation(text: string, words: ReadonlySet<string>): Map<string, number[]> {
  const at = new Map<string, number[]>();
  if (words.size === 0) return at;
  const re = new RegExp([...words].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|'), 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[\p{L}\p{M}\d]/u.test(text[start - 1] ?? '') || /[\p{L}\p{M}\d]/u.test(text[end] ?? '')) continue;
    if (/\p{Lu}[\p{Ll}\p{M}]*[ \t]+$/u.test(text.slice(Math.max(0, start - 16), start)) || /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    const word = m[0].replace(/[ \t]+/gu, ' ');
    const list = at.get(word) ?? [];
    list.push(start);
    at.set(word, list);
  }
  return at;
}

/** Forms as indexPersons makes them: last words, two last words, a particle; some sharing a start. */
const FORMS = ['Long', 'Thanh Long', 'Lo', 'Nadal', 'Na', 'Nam', 'Văn Nam', 'del Potro', 'Potro', 'Huyền', 'Thanh Huyền', 'Dũng', 'Hùng Dũng'];
const bits = fc.constantFrom(...FORMS, 'Thanh', ' ', '  ', '\t', ' \t ', '\n', '.', ', ', 'x', 'anh ', 'Anh ', 'Longer', 'xLong', '1', 'Rafael ', 'é', '中');
const texts = fc.array(bits, { maxLength: 30 }).map((parts) => parts.join(''));
const forms = fc.subarray(FORMS, { minLength: 1 }).map((list) => new Set(list));

describe('aloneAt', () => {
  it('finds the short forms where the alternation of them found them', () => {
    fc.assert(
      fc.property(texts, forms, (text, words) => {
        expect([...aloneAt(text, words)]).toEqual([...byAlternation(text, words)]);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the longest form at a place and goes on after it, kept or not', () => {
    const words = new Set(['Long', 'Thanh Long', 'Lo']);
    // "Thanh\tLong" is one mention of "Thanh Long"; "xThanh Long" is dropped whole, its "Long" is not read again.
    expect([...aloneAt('Thanh\tLong đến. xThanh Long. Lo', words)]).toEqual([
      ['Thanh Long', [0]],
      ['Lo', [29]],
    ]);
  });
});
