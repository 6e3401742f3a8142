import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/extract';

const metricOf = (text: string, quote: string): string | null | undefined => extractClaims(text).find((c) => c.quote === quote)?.metric;

describe('engine 48: the money noun after an amount is its metric (session 49)', () => {
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
});
