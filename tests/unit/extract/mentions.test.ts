import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternationByFirstUnit, firstUnits, indexMentions, isLetterUnit, MentionIndex } from '../../../shared/extract/mentions';

/** Names shaped like the place list: capitals, a lower-case start, a flexible dash, one name inside another. */
const NAMES = ['Bà Rịa - Vũng Tàu', 'Hà Nội', 'Hà Nam', 'Nam Định', 'Anh', 'Lào Cai', 'Lào', 'châu Á', 'Đà Nẵng', 'Ấn Độ', 'TP.HCM', 'TP HCM'];
const escape = (s: string): string =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ ?- ?/g, '-')
    .replace(/ /g, '\\s+')
    .replace(/-/g, '\\s*[-–—]\\s*');
const NAME_RE = new RegExp(`(?:${[...NAMES].sort((a, b) => b.length - a.length).map(escape).join('|')})|(Cả\\s+nước)`, 'gu');
/** Where the names start: their capitals, and the first word of the lower-case one. */
const STARTS = '[BHNALĐẤTC]|châu';
/** The same starts as units: the capitals, and the lower-case word. */
const STARTS_UNITS = firstUnits('BHNALĐẤTC', ['châu']);

const bits = fc.constantFrom(...NAMES, 'Cả nước', ' ', '  ', '\n', '-', ' – ', 'x', 'Nội', 'Vũng Tàu', 'ở ', 'tỉnh ', 'Anhx', 'xAnh', '1', '.', 'é', 'ª', '中');
const texts = fc.array(fc.oneof(bits, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('indexMentions', () => {
  it('finds the same whole-word mentions with and without the scan for where names start', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(indexMentions(text, NAME_RE, true, STARTS).all()).toEqual(indexMentions(text, NAME_RE).all());
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same mentions when the starts are found by a loop over the units', () => {
    const byLength = [...NAMES].sort((a, b) => b.length - a.length);
    const namesOnly = new RegExp(`(?:${byLength.map(escape).join('|')})`, 'gu');
    const byUnit = alternationByFirstUnit(byLength, escape, namesOnly.flags);
    expect(indexMentions('xchâu Á, châu Á; Hà Nội', NAME_RE, true, STARTS_UNITS).all().map((m) => m.start)).toEqual([9, 17]);
    fc.assert(
      fc.property(texts, (text) => {
        expect(indexMentions(text, NAME_RE, true, STARTS_UNITS).all()).toEqual(indexMentions(text, NAME_RE).all());
        expect(indexMentions(text, namesOnly, true, STARTS_UNITS, byUnit).all()).toEqual(indexMentions(text, namesOnly).all());
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same mentions when only the names starting with the unit at a position are tried there', () => {
    // Order matters: "Lào Cai" before "Lào", "Bà Rịa - Vũng Tàu" before any shorter name.
    const byLength = [...NAMES].sort((a, b) => b.length - a.length);
    const namesOnly = new RegExp(`(?:${byLength.map(escape).join('|')})`, 'gu');
    const byUnit = alternationByFirstUnit(byLength, escape, namesOnly.flags);
    expect(indexMentions('Lào Cai, Lào', namesOnly, true, STARTS, byUnit).all().map((m) => m.text)).toEqual(['Lào Cai', 'Lào']);
    fc.assert(
      fc.property(texts, (text) => {
        expect(indexMentions(text, namesOnly, true, STARTS, byUnit).all()).toEqual(indexMentions(text, namesOnly).all());
      }),
      { numRuns: 2000 },
    );
  });

  it('reads matches with their group, and drops names inside words', () => {
    const found = indexMentions('Hà Nội, xHà Nội, Cả  nước và Bà Rịa–Vũng Tàu; Lào Caix', NAME_RE, true, STARTS).all();
    expect(found.map((m) => [m.text, m.group])).toEqual([
      ['Hà Nội', 0],
      ['Cả  nước', 1],
      ['Bà Rịa–Vũng Tàu', 0],
    ]);
  });

  it('tests letters one code unit at a time, as the letter regex does', () => {
    const LETTER = /[\p{L}\p{M}]/u;
    for (let c = 0; c < 0x3000; c++) expect(isLetterUnit(c)).toBe(LETTER.test(String.fromCharCode(c)));
    expect(isLetterUnit(Number.NaN)).toBe(false);
  });
});

describe('MentionIndex.firstWithin', () => {
  it('is within(from, to)[0] — the first mention lying entirely in the range — on ordered and unordered mentions', () => {
    const mention = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => ({ start, end: start + length, text: 'x', group: 1 }));
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 30 }), fc.boolean(), fc.array(fc.tuple(fc.nat(80), fc.nat(80)), { maxLength: 12 }), (items, sorted, ranges) => {
        const index = new MentionIndex(sorted ? [...items].sort((a, b) => a.start - b.start) : items);
        // Asked in turn, as the figures of a text ask: the hint of one search must not lead the next astray.
        for (const [from, to] of ranges) expect(index.firstWithin(from, to)).toBe(index.within(from, to)[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a place named before a figure in a long sentence, and none when the only one runs past the figure', () => {
    const text = 'Tại Hà Nội, chương trình 135 hỗ trợ 500 tỷ đồng';
    const index = indexMentions(text, /Hà Nội|500 tỷ đồng/gu);
    expect(index.firstWithin(0, text.indexOf('500'))?.text).toBe('Hà Nội');
    expect(index.firstWithin(text.indexOf('500'), text.length - 2)).toBeUndefined();
  });
});
