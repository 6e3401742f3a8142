import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';

const claimsOf = (text: string) => buildDocument(text, 'bai.txt', '2026-01-01T00:00:00Z').claims;
const byQuote = (text: string) => new Map(claimsOf(text).map((c) => [c.quote, c]));

describe('engine 51: the months a report covers, written bare before the result', () => {
  it('reads "…, 9 tháng đạt 312 tỷ đồng" as January–September of the year, not the quarter said before', () => {
    const c = byQuote('Kết quả kinh doanh của SSI\nLợi nhuận quý 3/2024 của SSI đạt 98,4 tỷ đồng, tăng 15% cùng kỳ, 9 tháng đạt 312 tỷ đồng, giảm 6% cùng kỳ.');
    expect(c.get('98,4 tỷ đồng')?.period).toBe('quý 3/2024');
    expect(c.get('312 tỷ đồng')?.period).toBe('9 tháng đầu năm 2024');
    expect(c.get('giảm 6%')?.period).toBe('9 tháng đầu năm 2024');
  });

  it('leaves the figure before them its own period: "quý 3/2024 đạt 142 tỷ đồng, 9 tháng đạt 436 tỷ đồng"', () => {
    const c = byQuote('Doanh thu của SSI\nDoanh thu quý 3/2024 của SSI đạt 142 tỷ đồng, 9 tháng đạt 436 tỷ đồng.');
    expect(c.get('142 tỷ đồng')?.period).toBe('quý 3/2024');
    expect(c.get('436 tỷ đồng')?.period).toBe('9 tháng đầu năm 2024');
  });

  it('keeps "6 tháng" before a change with its figure out of the claims: it is the period, not a length', () => {
    const claims = claimsOf('Chi phí của SSI\nChi phí hoạt động quý 2/2024 tăng 12% cùng kỳ năm trước, 6 tháng tăng 9% cùng kỳ năm trước.');
    expect(claims.map((c) => c.quote)).not.toContain('6 tháng');
    expect(claims.find((c) => c.quote === 'tăng 9%')?.period).toBe('6 tháng đầu năm 2024');
  });

  it('near-misses: a term ("kỳ hạn 1 tháng giảm 0,1%"), a length ("sau 6 tháng tăng trưởng") and a baby\'s age stay as they were', () => {
    const term = byQuote('Lãi suất tại ACB năm 2024\nTại ACB, lãi suất kỳ hạn 1 tháng giảm 0,1%, xuống còn 3,6%/năm.');
    expect(term.get('giảm 0,1%')?.period ?? null).not.toMatch(/tháng đầu năm/u);
    const lengths = claimsOf('Giá nhà năm 2024\nSau 6 tháng tăng trưởng nóng, giá nhà giảm. Bé 6 tháng tăng cân chậm.').map((c) => c.quote);
    expect(lengths.filter((q) => q === '6 tháng')).toHaveLength(2);
  });
});

describe('engine 52: a bare scaled amount after an amount of money in the same sentence', () => {
  it('is money in that currency when alike in size ("…đạt 56,6 tỷ đồng, …, 9 tháng đạt 180 tỷ")', () => {
    const c = byQuote('Kết quả của SSI\nLNST quý 3/2024 của SSI đạt 56,6 tỷ đồng, tăng 28% cùng kỳ, 9 tháng đạt 180 tỷ, giảm 13% cùng kỳ.');
    expect(c.get('180 tỷ')).toMatchObject({ kind: 'money', unit: 'đồng', value: 180_000_000_000 });
    const usd = byQuote('Xuất khẩu gạo\nKim ngạch tháng 9 đạt 250 triệu USD, tăng 5%, 9 tháng đạt 2,1 tỷ.');
    expect(usd.get('2,1 tỷ')).toMatchObject({ kind: 'money', unit: 'USD' });
    expect(byQuote('Tài sản của SSI\nTổng tài sản của SSI cuối quý 3 là 180 tỷ.').get('180 tỷ')).toMatchObject({ kind: 'money', unit: 'đồng' });
  });

  it('only for a running total: views or people after an amount stay a count ("… 5 tỷ đồng …, MV đã cán mốc 1 tỷ")', () => {
    expect(byQuote('MV mới\nNam ca sĩ bỏ ra 5 tỷ đồng sản xuất MV, đến nay MV đã cán mốc 1 tỷ.').get('1 tỷ')?.kind).toBe('count');
  });

  it('not when the size is far from the amount before ("50 tỷ đồng giao dịch, … dân số … 1,2 triệu")', () => {
    const c = byQuote('Hội chợ Hòa Bình\nHội chợ năm 2024 ghi nhận 50 tỷ đồng giao dịch, còn dân số của tỉnh là 1,2 triệu.');
    expect(c.get('1,2 triệu')?.kind).not.toBe('money');
  });
});
