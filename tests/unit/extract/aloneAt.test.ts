import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aloneAt } from '../../../shared/extract/entities';

/**
 * The alternation aloneAt replaced (engine 18): one regex of the forms, longest first, built per text — with
 * session 40's title rule: a form after a capitalised title that opens a sentence ("Anh Văn Nam …" at the text's
 * start or after ". ", "\n") is kept when the text also writes that title in lower case before the same form where
 * it stands alone ("… anh Văn Nam …"). (Before session 41 the reference lacked the rule, and the property failed
 * on the rare random text holding both, e.g. "Anh Văn Nam  anh Văn Nam".)
 */
function byAlternation(text: string, words: ReadonlySet<string>): Map<string, number[]> {
  const at = new Map<string, number[]>();
  if (words.size === 0) return at;
  const opened: { word: string; start: number; key: string }[] = [];
  const titled = new Set<string>();
  const re = new RegExp([...words].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|'), 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[\p{L}\p{M}\d]/u.test(text[start - 1] ?? '') || /[\p{L}\p{M}\d]/u.test(text[end] ?? '')) continue;
    if (/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    const word = m[0].replace(/[ \t]+/gu, ' ');
    if (/\p{Lu}[\p{Ll}\p{M}]*[ \t]+$/u.test(text.slice(Math.max(0, start - 16), start))) {
      const title = /(\p{Lu}[\p{Ll}\p{M}]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 12), start));
      const titleStart = start - (title?.[0].length ?? 0);
      if (title && TITLES.has(title[1] ?? '') && /(?:^|[.!?:\n“"][ \t]*)$/u.test(text.slice(Math.max(0, titleStart - 4), titleStart))) {
        opened.push({ word, start, key: `${(title[1] ?? '').toLowerCase()} ${word}` });
      }
      continue;
    }
    const lower = /(?<![\p{L}\p{M}])(anh|chị|ông|bà|em|cô|chú|bác|cụ|bé|cháu)[ \t]+$/u.exec(text.slice(Math.max(0, start - 8), start));
    if (lower) titled.add(`${lower[1]} ${word}`);
    const list = at.get(word) ?? [];
    list.push(start);
    at.set(word, list);
  }
  for (const o of opened) {
    if (!titled.has(o.key)) continue;
    const list = at.get(o.word) ?? [];
    list.push(o.start);
    list.sort((x, y) => x - y);
    at.set(o.word, list);
  }
  return at;
}
const TITLES = new Set(['Anh', 'Chị', 'Ông', 'Bà', 'Em', 'Cô', 'Chú', 'Bác', 'Cụ', 'Bé', 'Cháu']);

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

  it('a form after a title opening a sentence counts when the text writes the title in lower case before it too', () => {
    const words = new Set(['Văn Nam', 'Hùng Dũng']);
    expect([...aloneAt('Anh Văn Nam  anh Văn Nam', words)]).toEqual([['Văn Nam', [4, 17]]]);
    expect([...aloneAt('Anh Văn Nam đến. Ông Văn Nam', words)]).toEqual([]);
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
