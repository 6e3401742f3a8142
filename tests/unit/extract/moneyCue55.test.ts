import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';

const claimsOf = (text: string) => buildDocument(text, 'bai.txt', '2026-01-01T00:00:00Z').claims;
const claimAt = (text: string, digits: string) => claimsOf(text).find((c) => text.slice(c.start, c.end).includes(digits));

// A bare amount with a scale word and no currency is money in đồng after a word of money (MONEY_CUE):
// a poverty line is an income, "nguồn lực" (resources) given in tỷ is money.
describe('engine 55: "chuẩn nghèo" and "nguồn lực" are words of money before a bare scaled amount', () => {
  it('reads a poverty line in nghìn as money in đồng', () => {
    const text = 'Theo quy định mới, chuẩn nghèo ở nông thôn là 400 nghìn, ở thành thị là 500 nghìn.';
    expect(claimAt(text, '400')).toMatchObject({ kind: 'money', unit: 'đồng', value: 400_000 });
  });

  it('reads resources in tỷ as money in đồng, and leaves counted people as they were', () => {
    expect(claimAt('Giai đoạn vừa qua, nguồn lực dành cho giảm nghèo của cả nước là 250.000 tỷ.', '250.000')).toMatchObject({ kind: 'money', unit: 'đồng' });
    expect(claimAt('Nguồn lực con người của tỉnh có khoảng 1,2 triệu lao động.', '1,2')).toMatchObject({ kind: 'count', unit: 'lao động' });
  });
});
