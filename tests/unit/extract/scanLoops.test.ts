import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MentionIndex, type Mention } from '../../../shared/extract/mentions';
import '../../../shared/extract/expression';
import { mayBeYear, YEAR_WORD } from '../../../shared/extract/context';
import { blanksEnd, digitsOnly, dottedPart, gatePasses, gluedTokenEnd, hasDigit, joinedWords, letterBefore, lettersEnd, STICKY_GATES, wordsAfter, wordsBefore } from '../../../shared/extract/scan';

/**
 * Loops over UTF-16 units that replaced regexes for speed (issue 11): each must read exactly what the
 * regex it replaced read, surrogate pairs, lone surrogates and the text's edges included.
 */

const NEXT_WORDS = /[ \t\u00a0]*([\p{L}\p{M}]+)(?:[ \t\u00a0]+([\p{L}\p{M}]+))?/uy;

/** What wordsAfter read with its sticky regex (through matchAt, whose match had to end by limit + 40). */
function wordsAfterByRegex(text: string, pos: number, limit: number): ReturnType<typeof wordsAfter> {
  NEXT_WORDS.lastIndex = pos;
  const m = NEXT_WORDS.exec(text);
  if (m === null || m.index !== pos || pos + m[0].length > limit + 40) return null;
  const first = m[1] ?? '';
  const firstEnd = pos + m[0].indexOf(first) + first.length;
  if (firstEnd > limit) return null;
  const second = m[2] ?? null;
  const secondEnd = second === null ? null : pos + m[0].length;
  if (secondEnd !== null && secondEnd > limit) return { first, second: null, firstEnd, secondEnd: null };
  return { first, second, firstEnd, secondEnd };
}

const PIECES = ['a', 'ệ', 'Đ', 'ường', ' ', '  ', '\t', '\u00a0', '\n', '1', '.', '-', '\u0301', '中', '𝐀', '😀', '\ud800', '\udc00', 'ª', 'x y'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

/** Whether `pos` falls between the two halves of a surrogate pair (no reader is asked there). */
function insidePair(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  const p = text.charCodeAt(pos - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}

describe('wordsAfter', () => {
  it('reads up to two words after a position, the first possibly glued', () => {
    expect(wordsAfter('5 người có mặt', 1, 14)).toEqual({ first: 'người', second: 'có', firstEnd: 7, secondEnd: 10 });
    expect(wordsAfter('312công trình.', 3, 14)).toEqual({ first: 'công', second: 'trình', firstEnd: 7, secondEnd: 13 });
    expect(wordsAfter('5 người có', 1, 8)).toEqual({ first: 'người', second: null, firstEnd: 7, secondEnd: null });
    expect(wordsAfter('5, người', 1, 8)).toBeNull();
  });

  it('agrees with the regex it replaces at every position and limit', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: -1, max: 40 }), fc.integer({ min: -45, max: 40 }), (text, p, l) => {
        const pos = Math.min(p, text.length + 1);
        if (insidePair(text, pos)) return;
        expect(wordsAfter(text, pos, l)).toEqual(wordsAfterByRegex(text, pos, l));
      }),
      { numRuns: 4000 },
    );
  });
});

describe('the loops that read a metric word and a number (session 39)', () => {
  const WORD_AT = /[ \t\u00a0]*([\p{L}\p{M}]+)/uy;
  const digitTexts = fc.array(fc.constantFrom('1', '09', '2023', '/', '.', ',', 'i', 'v', 'x', 'ivx', 'năm', '٣', '１', ' ', '-'), { maxLength: 8 }).map((p) => p.join(''));

  it('reads the word after blanks where the sticky word regex does', () => {
    expect(lettersEnd('  người có', blanksEnd('  người có', 0))).toBe(7);
    expect(blanksEnd('5 %', 1)).toBe(2);
    expect(lettersEnd('5 %', 2)).toBe(2);
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 40 }), (text, p) => {
        const pos = Math.min(p, text.length);
        if (insidePair(text, pos)) return;
        WORD_AT.lastIndex = pos;
        const m = WORD_AT.exec(text);
        const start = blanksEnd(text, pos);
        const end = lettersEnd(text, start);
        expect(end > start ? text.slice(start, end) : null).toEqual(m === null ? null : (m[1] ?? null));
        if (m !== null) expect(end).toBe(pos + m[0].length);
      }),
      { numRuns: 4000 },
    );
  });

  it('tell digits as /\\d/ and /^\\d+$/ on a slice do', () => {
    expect(digitsOnly('giá 25 đồng', 4, 6)).toBe(true);
    expect(digitsOnly('giá 25 đồng', 4, 7)).toBe(false);
    expect(digitsOnly('25', 1, 1)).toBe(false);
    expect(hasDigit('Q3/2023')).toBe(true);
    expect(hasDigit('quý')).toBe(false);
    // Other scripts' digits are no ASCII digits: "٣", "１".
    expect(digitsOnly('٣١', 0, 2)).toBe(false);
    fc.assert(
      fc.property(digitTexts, fc.integer({ min: -2, max: 12 }), fc.integer({ min: -2, max: 12 }), (text, a, b) => {
        const from = Math.max(0, a);
        expect(digitsOnly(text, from, b)).toBe(/^\d+$/.test(text.slice(from, Math.max(from, b))));
        expect(hasDigit(text)).toBe(/\d/.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('test only words that may be a year with the year regex (a necessary condition)', () => {
    expect(mayBeYear('2023') && YEAR_WORD.test('2023')).toBe(true);
    expect(mayBeYear('iii/2021') && YEAR_WORD.test('iii/2021')).toBe(true);
    expect(mayBeYear('năm')).toBe(false);
    fc.assert(
      fc.property(digitTexts, (word) => {
        if (YEAR_WORD.test(word)) expect(mayBeYear(word)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('gluedTokenEnd', () => {
  it('ends where the sticky regex of a glued token ends', () => {
    const token = /[\p{L}\p{M}\d\-/.]*/uy;
    fc.assert(
      fc.property(texts, fc.nat(), (text, n) => {
        const pos = n % (text.length + 2);
        if (insidePair(text, pos)) return;
        token.lastIndex = pos;
        const m = token.exec(text);
        expect(gluedTokenEnd(text, pos)).toBe(pos + (m?.[0].length ?? 0));
      }),
      { numRuns: 4000 },
    );
  });
});

describe('letterBefore', () => {
  it('tells what a leading look-behind for a letter refuses', () => {
    const behind = /(?<![\p{L}\p{M}])/uy;
    fc.assert(
      fc.property(texts, fc.nat(), (text, n) => {
        const pos = n % (text.length + 1);
        if (insidePair(text, pos)) return;
        behind.lastIndex = pos;
        expect(letterBefore(text, pos)).toBe(behind.exec(text) === null);
      }),
      { numRuns: 4000 },
    );
  });
});

describe('MentionIndex.within', () => {
  /** within() as it read before the search kept its last answer: a binary search from scratch every time. */
  function fresh(items: Mention[], from: number, to: number): Mention[] {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((items[mid]?.start ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < items.length; i++) {
      const m = items[i] as Mention;
      if (m.start >= to) break;
      if (m.end <= to) out.push(m);
    }
    return out;
  }
  const mentions = fc.array(fc.record({ start: fc.nat(60), len: fc.integer({ min: 1, max: 8 }) }), { maxLength: 30 });

  it('answers a run of searches as a binary search from scratch does, for ordered and unordered mentions', () => {
    fc.assert(
      fc.property(mentions, fc.boolean(), fc.array(fc.record({ from: fc.nat(70), span: fc.nat(30) }), { maxLength: 20 }), (raw, ordered, queries) => {
        const items = raw.map((r, i) => ({ start: r.start, end: r.start + r.len, text: String(i), group: 0 }));
        if (ordered) items.sort((a, b) => a.start - b.start);
        const index = new MentionIndex(items);
        for (const q of queries) expect(index.within(q.from, q.from + q.span)).toEqual(fresh(items, q.from, q.from + q.span));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sticky gates', () => {
  /** Pieces that make the gated regexes match, and their near misses. */
  const GATE_PIECES = [
    ' ', '  ', '\t', '\u00a0', '\n', '\u2003', '1', '12', '2021', '/', '.', '-', '–', '—', '~', ':', 'h', 'g', 'x',
    'nghìn', 'triệu', 'tỷ', 'trăm', 'chục', 'vạn', 'tháng', 'năm', 'ngày', 'tuần', 'giờ', 'phút', 'đến', 'tới', 'trong',
    'số', 'tổng', 'trở lên', 'trở xuống', 'này', 'ấy', 'nói trên', 'kể trên', 'vừa nêu', 'đó', 'trên', 'đều', 'là',
    '%', '°c', 'km', 'kg', 'tấn', 'usd', 'đồng', 'điểm', 'hạng', 'lần', 'người', 'NQ', 'TW', 'Đ', 'a', ',',
    ' tháng 5', ' tháng 12/2021', ' trong 30', ' trong tổng số 40', ' trở lên', ' - 2', '/NQ-TW',
  ];
  const gateTexts = fc.array(fc.constantFrom(...GATE_PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

  it('are made for the regexes read after a number', () => {
    expect(STICKY_GATES.length).toBeGreaterThanOrEqual(14);
  });

  it('pass wherever their regex matches (a necessary condition only)', () => {
    const matched = new Set<RegExp>();
    fc.assert(
      fc.property(gateTexts, fc.nat(), (text, n) => {
        const pos = n % (text.length + 1);
        for (const gate of STICKY_GATES) {
          gate.re.lastIndex = pos;
          const m = gate.re.exec(text);
          if (m === null || m.index !== pos) continue;
          matched.add(gate.re);
          expect({ source: gate.re.source, text, pos, passes: gatePasses(gate, text, pos) }).toMatchObject({ passes: true });
        }
      }),
      // A fixed seed: the check below (every gated regex matched somewhere) must not depend on the draw
      // (it failed on one CI run in a few with a random seed).
      { numRuns: 6000, seed: 31 },
    );
    // The texts did make every gated regex match somewhere.
    expect(STICKY_GATES.filter((g) => !matched.has(g.re)).map((g) => g.re.source)).toEqual([]);
  });

  it('let through the figures they guard', () => {
    const byStart = (prefix: string) => STICKY_GATES.filter((g) => g.re.source.includes(prefix));
    const scale = byStart('(nghìn|ngàn|triệu')[0];
    expect(scale && gatePasses(scale, '5 triệu', 1)).toBe(true);
    expect(scale && gatePasses(scale, '5 hồ sơ', 1)).toBe(false);
  });
});

describe('joinedWords (issue 11: the words before a number joined without a mapped array)', () => {
  it('joins the words wordsBefore reads by single spaces, as map and join did', () => {
    expect(joinedWords(wordsBefore('cũng như  1 xe', 0, 10, 2))).toBe('cũng như');
    expect(joinedWords(wordsBefore('5 người', 0, 0, 2))).toBe('');
    expect(joinedWords(wordsBefore('Đó là 3 quy định', 0, 6, 2))).toBe('Đó là');
    fc.assert(
      fc.property(texts, fc.nat(40), fc.integer({ min: 1, max: 4 }), (text, p, max) => {
        const pos = Math.min(p, text.length);
        const words = wordsBefore(text, 0, pos, max);
        expect(joinedWords(words)).toBe(words.map((w) => w.word).join(' '));
      }),
      { numRuns: 3000 },
    );
    const any = fc.array(fc.record({ word: fc.string({ maxLength: 4 }), start: fc.nat(), end: fc.nat() }), { maxLength: 6 });
    fc.assert(
      fc.property(any, (words) => {
        expect(joinedWords(words)).toBe(words.map((w) => w.word).join(' '));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dottedPart (issue 11: a dotted date read without split, map and destructuring)', () => {
  it('reads each part of a dotted date as Number(split) did, -1 past the last', () => {
    expect([0, 1, 2].map((i) => dottedPart('16.10', i))).toEqual([16, 10, -1]);
    expect([0, 1, 2].map((i) => dottedPart('1.5.2021', i))).toEqual([1, 5, 2021]);
    expect([0, 1, 2].map((i) => dottedPart('05.09.0000', i))).toEqual([5, 9, 0]);
    const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((ds) => ds.join(''));
    // Every raw readDigits hands it: what /^\d{1,2}\.\d{1,2}(?:\.\d{4})?$/ lets through.
    const dotted = fc.tuple(digits(1, 2), digits(1, 2), fc.option(digits(4, 4))).map(([d, m, y]) => (y === null ? `${d}.${m}` : `${d}.${m}.${y}`));
    fc.assert(
      fc.property(dotted, (raw) => {
        expect(/^\d{1,2}\.\d{1,2}(?:\.\d{4})?$/.test(raw)).toBe(true);
        const [d = 0, m = 0, y] = raw.split('.').map(Number);
        expect(dottedPart(raw, 0)).toBe(d);
        expect(dottedPart(raw, 1)).toBe(m);
        expect(dottedPart(raw, 2)).toBe(y ?? -1);
      }),
      { numRuns: 3000 },
    );
  });
});
