import { describe, expect, it } from 'vitest';
import { growth } from '../growth';
import { passagesOf } from '../../../shared/analysis/passages';
import { DecidedSentences, eventMatches } from '../../../shared/analysis/sameEvent';
import { eventMatchesBetween, makeArticle } from './helpers';

/**
 * Issue 10: two reports that each hold a long list of distinct lines of one class (a price list of fish grades, each
 * line its own grade and its own range or price, every price changed by the other report). Every line's figures fall
 * in one class, so the same-event matching scored each figure against every line of the other report (`best`), and
 * each figure's first agreeing one was looked for in the whole list: 2× the lines took ≈ 4× the time, with ranges
 * (s73-a: 814 → 4,004 → 13,983 ms for 300 / 600 / 1,200 lines) as with single prices. A long list is now read
 * through a pool of the candidates that share with the figure something few lines share (sameEvent.ts `poolOf`), and
 * the first agreeing figure by value (`firstAgreeingIn`); what is matched is what the whole reading matched.
 */

// Our own sentences: two reports of one day's fish prices, led by two figures given alike in the same words.
const LEAD_A = 'Theo Hội Nghề cá, sản lượng cá tra xuất khẩu tháng 6 tăng 6,8% so với tháng trước. Giá cá tra nguyên liệu bình quân tại Đồng Tháp đạt 28.400 đồng/kg.\n';
const LEAD_B = 'Sản lượng cá tra xuất khẩu tháng 6 tăng 6,8% so với tháng trước, Hội Nghề cá cho biết. Tại Đồng Tháp, giá cá tra nguyên liệu bình quân đạt 28.400 đồng/kg.\n';
const list = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('');

/** The same-event matches of two lists of a line per 40 characters of the text, read afresh each run. */
function matching(lineA: (i: number) => string, lineB: (i: number) => string): (text: string) => number {
  return (text: string) => {
    const n = Math.max(1, Math.round(text.length / 40));
    const a = passagesOf(makeArticle('a', LEAD_A + list(n, lineA), '2026-06-05T08:00'));
    const b = passagesOf(makeArticle('b', LEAD_B + list(n, lineB), '2026-06-05T10:00'));
    return eventMatches(a, b, new DecidedSentences()).length;
  };
}

describe('distinct lines of one class across two reports (issue 10)', () => {
  it.each([
    ['ranges', (i: number) => `Cá basa loại ${i + 1} được thu mua 21.000đ-23.000đ/kg.\n`, (i: number) => `Cá basa loại ${i + 1} được thu mua 22.000đ-24.000đ/kg.\n`],
    ['single prices', (i: number) => `Cá basa loại ${i + 1} được thu mua 21.000 đồng/kg.\n`, (i: number) => `Cá basa loại ${i + 1} được thu mua 22.000 đồng/kg.\n`],
  ])('2× the distinct lines (%s, every one changed) take at most 2.5× the time to match', (_, lineA, lineB) => {
    const { chars, times, ratio } = growth(matching(lineA, lineB), 'x');
    console.log(`distinct lines: ${chars}…${8 * chars} chars, ${times.map((t) => t.toFixed(1)).join(' → ')} ms, time ratio per doubling ${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThanOrEqual(2.5);
  });

  // (Guards of the pool: lists of 80 lines, read through it, match what the whole reading matched — checked against
  // s73-a's code, which reads them whole.)
  it('pairs each changed line of a long list with its own line, told by the grade written in both', () => {
    const a = passagesOf(makeArticle('a', LEAD_A + list(80, (i) => `Cá basa loại ${i + 1} được thu mua 21.000 đồng/kg.\n`), '2026-06-05T08:00'));
    const b = passagesOf(makeArticle('b', LEAD_B + list(80, (i) => `Cá basa loại ${i + 1} được thu mua 22.000 đồng/kg.\n`), '2026-06-05T10:00'));
    const pairs = eventMatches(a, b, new DecidedSentences()).map((m) => [m.a.index, m.b.index]);
    // Grades 1 to 9 are small counts (no telling figure: nothing tells those lines apart), the first of them speaks for
    // them; from grade 10 on, each line with its own.
    expect(pairs).toEqual([[3, 3], ...Array.from({ length: 71 }, (_, k) => [k + 12, k + 12])]);
  });

  it('pairs a price one digit apart in a long list of prices that are all its own, and nothing else', () => {
    const price = (i: number): string => (30_000 + 170 * i).toLocaleString('vi-VN');
    const a = LEAD_A + list(90, (i) => `Quầy hải sản số ${i + 1} bán cá thu ${price(i)} đồng/kg.\n`);
    const b = LEAD_B + list(90, (i) => `Quầy hải sản số ${i + 1} bán cá thu ${i === 41 ? '47.970' : price(i)} đồng/kg.\n`);
    expect(eventMatchesBetween(a, b)).toEqual([['36.970', '47.970']]);
  });
});
