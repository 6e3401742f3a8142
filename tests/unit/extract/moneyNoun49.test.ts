import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/extract';

const metricOf = (text: string, quote: string): string | null | undefined => extractClaims(text).find((c) => c.quote === quote)?.metric;

describe('engines 48–49: the money noun of an amount is its metric (session 49)', () => {
  it('takes the noun after the amount, not the subject and verb before it', () => {
    expect(metricOf('Công ty Alpha thu được 1.520 tỷ đồng lợi nhuận sau 9 tháng.', '1.520 tỷ đồng')).toBe('lợi nhuận');
    expect(metricOf('Quý 3/2020, Công ty Beta đạt 4.194,8 tỷ đồng doanh thu thuần, tăng 4,3%.', '4.194,8 tỷ đồng')).toBe('doanh thu thuần');
    expect(metricOf('Nếu thắng, anh sẽ có thêm 2 triệu USD tiền thưởng dành cho người về nhất.', '2 triệu USD')).toBe('tiền thưởng');
    expect(metricOf('Tổng mức đầu tư 100.000 tỷ đồng, gồm 40.000 tỷ đồng vốn ngân sách và 60.000 tỷ đồng vốn vay.', '40.000 tỷ đồng')).toBe('vốn ngân sách');
  });

  it('keeps the metric before the amount when no money noun follows it', () => {
    expect(metricOf('Lợi nhuận của công ty đạt 500 tỷ đồng trong năm 2020.', '500 tỷ đồng')).toBe('lợi nhuận');
    expect(metricOf('Tổng mức đầu tư 100.000 tỷ đồng, gồm 40.000 tỷ đồng vốn ngân sách.', '100.000 tỷ đồng')).toBe('tổng mức đầu tư');
    // Another word after the amount ("cho", a place) is no money noun.
    expect(metricOf('Ngân sách tỉnh chi 300 tỷ đồng cho giáo dục.', '300 tỷ đồng')).toBe('ngân sách tỉnh chi');
  });

  it('gives a running total with its unit left out the money noun of the amount it continues (engine 49)', () => {
    const text = 'Lợi nhuận sau thuế quý 3 của Công ty Gamma đạt 507,77 tỷ đồng, lũy kế 9 tháng đạt 1.520, bằng 127% kế hoạch năm.';
    const total = extractClaims(text).find((c) => c.quote === '1.520');
    expect([total?.value, total?.unit, total?.metric]).toEqual([1.52e12, 'đồng', 'lợi nhuận']);
    expect(extractClaims('Doanh thu quý 3 đạt 4.252 tỷ đồng, lũy kế 9 tháng đạt 12.500.').find((c) => c.quote === '12.500')?.metric).toBe('doanh thu');
    // The amount names no money noun: the total's own words, as before.
    expect(extractClaims('Công ty đạt 5 tỷ đồng, cả năm dự kiến đạt 20.').find((c) => c.quote === '20')?.metric).toBe('cả năm dự kiến');
  });
});
