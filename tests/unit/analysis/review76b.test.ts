import { describe, expect, it } from 'vitest';
import { growth } from '../growth';
import { passagesOf } from '../../../shared/analysis/passages';
import { DecidedSentences, eventMatches } from '../../../shared/analysis/sameEvent';
import { makeArticle, raisedBetween } from './helpers';

/**
 * Review s76-r2 of 4f0141ee (`ValueIndex` keeps scaled money and bounds by value): the answers are the whole scan's
 * (0 differences in 1.4 million generated checks), but two shapes of a long list of one unit stayed quadratic.
 * - The reach of a money or bound bucket was the largest tolerance of the whole list (`moneyTolerance`,
 *   `boundTolerance`): one coarse line ("5 nghìn tỷ đồng", tolerance 500 tỷ; "hơn 3 triệu đồng/kg", 500.000) widened
 *   every query to the whole list. eventMatches at 8,000 lines, 4f0141ee: 3,584 ms (money), 602 / 1,415 ms (hơn / dưới).
 * - Pairs ("2-1") stayed in `rest`, read whole for every pair asked: a results table of 8,000 lines, 2,258 ms.
 */

// Our own sentences: two reports of one week's market, led by two figures given alike in the same words.
const LEAD_A = 'Theo Hiệp hội Lương thực, lượng gạo xuất khẩu tuần qua tăng 4,3% so với tuần trước. Giá lúa tươi bình quân tại An Giang đạt 7.650 đồng/kg.\n';
const LEAD_B = 'Lượng gạo xuất khẩu tuần qua tăng 4,3% so với tuần trước, Hiệp hội Lương thực cho biết. Tại An Giang, giá lúa tươi bình quân đạt 7.650 đồng/kg.\n';
const price = (v: number): string => v.toLocaleString('vi-VN');
const amount = (v: number): string => v.toLocaleString('vi-VN', { maximumFractionDigits: 3 });
type Line = (i: number, changed: boolean) => string;
const coarseMoney: Line = (i, changed) =>
  (i === 0 ? 'Tổng doanh thu toàn hệ thống năm nay ước đạt 5 nghìn tỷ đồng.\n' : '') + `Doanh thu của chi nhánh trong quý đạt ${amount(200 + 0.01 * i + (changed ? 0.003 : 0))} tỷ đồng.\n`;
const coarseMore: Line = (i, changed) =>
  (i === 0 ? 'Giá cá tra loại đặc biệt có lúc hơn 3 triệu đồng/kg.\n' : '') + `Giá cá tra tại chợ đầu mối hôm nay hơn ${price(20_000 + 10 * i + (changed ? 7 : 0))} đồng/kg.\n`;
const coarseLess: Line = (i, changed) =>
  (i === 0 ? 'Giá cá tra loại thường có lúc dưới 3 triệu đồng/kg.\n' : '') + `Giá cá tra tại chợ đầu mối hôm nay dưới ${price(20_000 + 10 * i + (changed ? 7 : 0))} đồng/kg.\n`;
const scores: Line = (i, changed) => `Ở vòng ${i + 1}, đội Sông Lam thắng đội Hải Phòng với tỷ số ${(i * 7) % 10}-${(i * 3 + (changed ? 1 : 0)) % 10}.\n`;
const list = (line: Line, n: number, changed: boolean): string => Array.from({ length: n }, (_, i) => line(i, changed)).join('');

describe('long lists with one coarse line, and long lists of pairs (review s76-r2)', () => {
  it.each([
    ['tỷ đồng beside 5 nghìn tỷ', coarseMoney],
    ['hơn beside hơn 3 triệu', coarseMore],
    ['dưới beside dưới 3 triệu', coarseLess],
    ['tỷ số x-y', scores],
  ] as const)('lines of "%s": 2× the lines take at most 2.5× the time to match', (name, line) => {
    const { chars, times, ratio } = growth(
      (text: string) => {
        const n = Math.max(1, Math.round(text.length / 40));
        const a = passagesOf(makeArticle('a', LEAD_A + list(line, n, false), '2026-06-05T08:00'));
        const b = passagesOf(makeArticle('b', LEAD_B + list(line, n, true), '2026-06-05T10:00'));
        return eventMatches(a, b, new DecidedSentences()).length;
      },
      'x',
      { minMs: 40, maxChars: 40_000 },
    );
    console.log(`"${name}" lines: ${chars}…${8 * chars} chars, ${times.map((t) => t.toFixed(1)).join(' → ')} ms, time ratio per doubling ${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThanOrEqual(2.5);
  });

  // (What the index finds is what the list read whole found, the coarse line present: one amount changed is raised.)
  it('still raises one changed amount of a long list beside a coarse total', () => {
    const branch = (changed: boolean) => (i: number): string =>
      (i === 0 ? 'Tổng doanh thu toàn hệ thống năm nay ước đạt 5 nghìn tỷ đồng.\n' : '') +
      `Doanh thu của chi nhánh số ${i + 1} trong quý đạt ${(200 + 1.37 * i + (changed && i === 12 ? 100 : 0)).toLocaleString('vi-VN', { maximumFractionDigits: 2 })} tỷ đồng.\n`;
    const lines = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');
    expect(raisedBetween(LEAD_A + lines(40, branch(false)), LEAD_B + lines(40, branch(true)))).toEqual([['216,44 tỷ', '316,44 tỷ']]);
  });
});
