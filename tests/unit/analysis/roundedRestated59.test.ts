import { describe, expect, it } from 'vitest';
import { raisedBetween } from './helpers';

// Sentences written for this test: one company's nine-month profit, reported by two outlets — one gives the
// figure to the billion in its body, the other rounds it for a headline ("hơn 2.500 tỷ đồng").
const body = (v: string): string =>
  'Thép Đông Á: quý 3 lãi 512 tỷ đồng, 9 tháng vượt kế hoạch năm\n20/10/2025 16:10\n\n' +
  'Công ty cổ phần Thép Đông Á (DAS) vừa công bố báo cáo tài chính hợp nhất quý 3. Trong quý, lợi nhuận sau thuế dành cho cổ đông công ty mẹ đạt 512 tỷ đồng, tăng 40% so với cùng kỳ. ' +
  `9 tháng đầu năm, DAS báo lãi ${v} tỷ đồng, tăng gần 60% so với cùng kỳ năm trước. Sản lượng thép tiêu thụ trong 9 tháng đạt 620.000 tấn.\n\nNguồn: baoa.vn`;
const headline = (v: string): string =>
  `DAS báo lãi ${v} tỷ đồng trong 9 tháng\n21/10/2025 08:00\n\n` +
  'Doanh thu quý 3 của Thép Đông Á đạt 5.130 tỷ đồng, lũy kế 9 tháng đạt 14.800 tỷ đồng, bằng 70% kế hoạch năm. Sản lượng thép tiêu thụ trong 9 tháng đạt 620.000 tấn, chiếm 12% thị phần.\n\nNguồn: baob.vn';

describe('a round figure is a finer one rounded, with or without a loose "hơn" (cross-source)', () => {
  it('"hơn 2.500 tỷ đồng" in a headline and "2.497 tỷ đồng" in another outlet are not at odds', () => {
    expect(raisedBetween(body('2.497'), headline('hơn 2.500'), 'cross-source')).toEqual([]);
  });

  it('"2.500 tỷ đồng" and "2.497 tỷ đồng" are not at odds', () => {
    expect(raisedBetween(body('2.497'), headline('2.500'), 'cross-source')).toEqual([]);
  });

  it('near misses still raised: a gap beyond a rounding, a figure that is not round, a figure under four digits', () => {
    expect(raisedBetween(body('2.460'), headline('hơn 2.500'), 'cross-source')).toEqual([['2.460 tỷ đồng', 'hơn 2.500 tỷ đồng']]);
    expect(raisedBetween(body('2.497'), headline('2.520'), 'cross-source')).toEqual([['2.497 tỷ đồng', '2.520 tỷ đồng']]);
    // Under four digits, the figure is given to its last unit, not rounded: "998" is no "1.000".
    expect(raisedBetween(body('998'), headline('1.000'), 'cross-source')).toEqual([['1.000 tỷ đồng', '998 tỷ đồng']]);
  });
});
