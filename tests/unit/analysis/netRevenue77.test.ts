import { describe, expect, it } from 'vitest';
import { qualifiersIn } from '../../../shared/analysis/clause';
import { fold } from '../../../shared/analysis/normalize';
import { raisedBetween } from './helpers';

/**
 * Issue 10, analysis 53: "doanh thu thuần" (revenue net of deductions) and "doanh thu" are two figures of one quarter,
 * not one figure two outlets give differently. Sentences written for these tests: two reports of one company's
 * quarterly results.
 */
const REPORT_A = (revenue: string): string =>
  'Thép Minh Long công bố kết quả kinh doanh quý 3\n' +
  `Công ty cổ phần Thép Minh Long (MLG) công bố kết quả kinh doanh hợp nhất quý 3 và 9 tháng đầu năm 2013. Quý 3/2013, MLG đạt ${revenue}, tăng nhẹ 4,3% so với cùng kỳ. Lãi gộp đạt 657 tỷ đồng.\n`;
const REPORT_B = (revenue: string): string =>
  'MLG: lãi quý 3 tăng mạnh\n' +
  `Công ty cổ phần Thép Minh Long (MLG) vừa công bố báo cáo tài chính hợp nhất quý 3/2013. Theo đó, ${revenue}, lũy kế 9 tháng đạt 68% kế hoạch năm.\n`;

describe('net revenue and revenue across outlets (analysis 53)', () => {
  it('raises nothing between "doanh thu thuần" and "doanh thu"', () => {
    expect(raisedBetween(REPORT_A('4.194,8 tỷ đồng doanh thu thuần'), REPORT_B('doanh thu quý 3 đạt 4.252 tỷ đồng'))).toEqual([]);
  });
  it('still raises two net revenues, or two revenues, that differ', () => {
    expect(raisedBetween(REPORT_A('4.194,8 tỷ đồng doanh thu thuần'), REPORT_B('doanh thu thuần quý 3 đạt 4.252 tỷ đồng'))).toEqual([['4.194,8 tỷ đồng', '4.252 tỷ đồng']]);
    expect(raisedBetween(REPORT_A('4.194,8 tỷ đồng doanh thu'), REPORT_B('doanh thu quý 3 đạt 4.252 tỷ đồng'))).toEqual([['4.194,8 tỷ đồng', '4.252 tỷ đồng']]);
  });
});

describe('"thuận" that is no net figure (review s77)', () => {
  it('is no qualifier: "lại thuận lợi", "thu nhập thuận lợi" fold like "lãi thuần"', () => {
    expect(qualifiersIn(fold('Năm nay thời tiết lại thuận lợi nên tổng sản lượng lúa đạt'))).not.toContain('basis:net');
    expect(qualifiersIn(fold('doanh thu thuận lợi hơn năm trước'))).not.toContain('basis:net');
    expect(qualifiersIn(fold('đạt 4.194,8 tỷ đồng doanh thu thuần'))).toContain('basis:net');
    expect(qualifiersIn(fold('lợi nhuận thuần từ hoạt động kinh doanh'))).toContain('basis:net');
  });
});
