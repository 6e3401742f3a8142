// Session 46 (issue 11, speed, output identical): an organisation's capitalised words after its head are read
// with the name compounds first, now one group per first letter (byFirstLetter in entities.ts). Within a letter
// the longer compound must still win over a shorter one it starts with ("Quản lý chất lượng" over "Quản lý"),
// and a compound of one letter must not hide one of another. Our own sentences.
import { describe, expect, it } from 'vitest';
import { indexEntities } from '../../../shared/extract/entities';

const orgs = (text: string): string[] => indexEntities(text).orgs.all().map((m) => m.text);

describe('name compounds after an organisation head, grouped by first letter', () => {
  it('prefers the longer compound of a letter to the shorter one it starts with', () => {
    // With "Quản lý" tried first the name would stop at "Cục Quản lý" ("chất" is lower case).
    const [cuc] = orgs('Cục Quản lý chất lượng Nông lâm sản và Thủy sản vừa công bố 12 lô hàng vi phạm.');
    expect(cuc?.startsWith('Cục Quản lý chất lượng')).toBe(true);
    expect(orgs('Cục Quản lý thị trường tỉnh Nam Định đã kiểm tra 45 cơ sở trong tháng 3.')).toEqual(['Cục Quản lý thị trường']);
  });

  it('reads compounds of several letters in a row, then plain capitalised words', () => {
    expect(orgs('Công ty Cổ phần Xây dựng Điện lực Miền Trung có 300 lao động.')).toEqual(['Công ty Cổ phần Xây dựng Điện lực Miền Trung']);
    expect(orgs('Tổng công ty Hàng không Việt Nam báo lãi 1.200 tỷ đồng.')).toEqual(['Tổng công ty Hàng không Việt Nam']);
  });
});
