import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import { bare, useDayShortcuts } from '../../../shared/extract/eventDay';

/**
 * Session 49 (issue 11): the event's day read without re-reading a long sentence for each figure — a day's prefix
 * tests kept per day when the day is far from where the figure's window starts, and the window asked for another
 * time, a plan or an average only when the sentence may hold one (a regex without its look-arounds). The shortcuts
 * must change no claim: extraction with them and without them gives the same claims, on texts made of the pieces
 * the day readers look at, with and without full stops (a window then starts inside the sentence).
 */
const PIECES = [
  'Chiều 22/10, ', 'ngày 5/3 ', 'tối 12/5 ', 'hôm qua ', 'rạng sáng nay ', 'phiên giao dịch 21/10 ', 'ngày 14 tháng 3 năm 2024 ',
  'Theo báo cáo ', 'theo ', 'báo cáo ', 'cho biết ', 'Đến chiều 14/10, ', 'trước ngày 30/10 ', 'Quyết định số 12/QĐ-UBND ngày 5/10 ',
  'từ ngày 1/9 ', 'áp dụng từ ngày 1/11 ', 'từ 2/11 đến 10/11 ', 'ngày 2-3 lần ', 'Hạn chót nộp hồ sơ là ngày 8/7 ',
  'có 5 người ', 'tăng 12% ', 'thắng 3-0 ', '500 tỷ đồng ', '8 năm tù ', 'xếp thứ 4 ', '1.200 ca ',
  'năm ngoái ', 'trong 10 năm qua ', 'dự kiến ', 'sẽ ', 'bình quân mỗi ngày ', 'trung bình ', 'cao nhất trong 22 năm ',
  'mỗi ngày ', 'nhất trong 3 ngày ', 'xhồi ', 'Sở Y tế ', ', ', '. ', '.\n', '\n',
];
const text = fc
  .tuple(fc.constantFrom('', 'Hà Nội, ngày 5/3/2020\n', 'Tin thể thao\n15/10/2023 08:00\n\n'), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 90 }))
  .map(([head, parts]) => head + parts.join(''));

function claimsOf(t: string, shortcuts: boolean): unknown[] {
  useDayShortcuts(shortcuts);
  try {
    // A copy per run: no memo of the run before may answer for this one by identity.
    const copy = (' ' + t).slice(1);
    return extractClaims(copy, extractMetadata(copy));
  } finally {
    useDayShortcuts(true);
  }
}

afterEach(() => useDayShortcuts(true));

describe('event day shortcuts change no claim (session 49)', () => {
  it('the same claims with and without the shortcuts, on texts of days, sources, plans and figures', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(claimsOf(t, true)).toEqual(claimsOf(t, false));
      }),
      { numRuns: 400 },
    );
  });

  it('a long sentence of days and figures: many figures whose window starts far from the sentence start', () => {
    const unit = 'Theo báo cáo ngày 5/3 có 5 người, chiều 6/3 tăng 12% và hôm qua thêm 500 tỷ đồng ';
    const long = 'Hà Nội, ngày 8/3/2020\n' + unit.repeat(40);
    const withShortcuts = claimsOf(long, true);
    expect(withShortcuts).toEqual(claimsOf(long, false));
    // Some figures of it take an event's day (not every reading is refused), so the comparison reads days.
    expect(withShortcuts.some((c) => /^\d{4}-\d{2}-\d{2}$/u.test(String((c as { period: unknown }).period)))).toBe(true);
  });

  it('a window that starts inside a word: "xhồi" cut to "hồi" is another time there, so the gate must not miss it', () => {
    // The figure's window starts 320 characters before it: place it so that the window starts at the "h" of "xhồi".
    const head = 'Hà Nội, ngày 8/3/2020\nÔng Ba xhồi lo';
    const tail = ' chiều 7/3 có 5 người.';
    const at = head.indexOf('hồi');
    const figureAt = at + 320;
    const t = head + ' '.repeat(figureAt - head.length - tail.indexOf('5')) + tail;
    expect(t.indexOf('5 người')).toBe(figureAt);
    const five = (claims: unknown[]) => claims.find((c) => (c as { quote: string }).quote.startsWith('5')) as { period: unknown } | undefined;
    expect(five(claimsOf(t, false))).toBeDefined();
    expect(five(claimsOf(t, true))?.period).toEqual(five(claimsOf(t, false))?.period);
    // Without the "xhồi" the same figure takes the day of "chiều 7/3": the word cut at the window's edge is what refuses it.
    expect(five(claimsOf(t.replace('xhồi', 'xxxx'), true))?.period).toBe('2020-03-07');
    expect(five(claimsOf(t, true))?.period).not.toBe('2020-03-07');
  });

  it('bare() drops the look-arounds only, and matches wherever the regex matches in a window of the text', () => {
    const re = /(?<![\p{L}\p{M}])(?:hồi|(?<!nhất[ \t]+)trong[ \t]+\d+[ \t]+năm)(?![\p{L}\p{M}])/u;
    expect(bare(re).source).toBe('(?:hồi|trong[ \\t]+\\d+[ \\t]+năm)');
    expect(() => bare(/(?=a)b/u)).toThrow(/look-around/u);
    const str = fc.array(fc.constantFrom('hồi', 'xhồi', 'hồix', 'trong ', '5 ', 'năm', 'nhất ', 'a', ' '), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(str, fc.nat(40), fc.nat(40), (s, a, b) => {
        const from = Math.min(a, s.length);
        const to = Math.min(s.length, from + b);
        if (re.test(s.slice(from, to))) expect(bare(re).test(s)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
