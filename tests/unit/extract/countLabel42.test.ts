import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/extract/index';
import { normalizeText } from '../../../shared/text';

// Session 42 (issue 11): "số <what> … là N" over a longer label, a time's number inside it, and the
// counted noun cut where the phrase is cut. Every sentence here is written for these tests.

const all = (body: string) => extractClaims(normalizeText(`Tin\n18/10/2013 06:49\n\n${body}`));
const quotes = (body: string): string[] => all(body).map((c) => c.quote);
function claim(body: string, quote: string) {
  const c = all(body).find((x) => x.quote === quote);
  if (!c) throw new Error(`no claim "${quote}" in: ${quotes(body).join(' | ')}`);
  return c;
}

describe('"số <what> … là N" with a long label', () => {
  it.each([
    ['Số lượt khách quốc tế đến thành phố trong tháng là 320.000, thấp hơn dự báo.', '320.000', 320000, 'lượt khách'],
    ['Số doanh nghiệp thành lập mới trong tháng 10 là 2.345.', '2.345', 2345, 'doanh nghiệp'],
    ['Số hộ nghèo của huyện năm 2023 là 340.', '340', 340, 'hộ nghèo'],
    ['Tổng số ca mắc trên địa bàn là 1.200.', '1.200', 1200, 'ca mắc'],
    ['Số khách quốc tế đến Huế là 120.000.', '120.000', 120000, 'khách quốc tế'],
    // Nouns of three syllables stay whole (from the review: "vận động", "trẻ sơ", "công nhân" were wrong).
    ['Số vận động viên Việt Nam giành huy chương là 45.', '45', 45, 'vận động viên'],
    ['Số trẻ sơ sinh tử vong tại bệnh viện là 12.', '12', 12, 'trẻ sơ sinh'],
    ['Số công nhân viên chức nghỉ hưu là 700.', '700', 700, 'công nhân viên'],
    ['Số hộ gia đình nhận hỗ trợ là 3.200.', '3.200', 3200, 'hộ gia đình'],
    ['Số học sinh tiểu học bỏ học là 85.', '85', 85, 'học sinh'],
  ])('"%s": "%s" is a count of %s', (body, quote, value, unit) => {
    expect(claim(body, quote)).toMatchObject({ kind: 'count', value, unit: expect.stringMatching(new RegExp(`^${unit}$`, 'iu')) });
  });

  it.each([
    // A number in the label that is no time's: an item, a house, a page.
    ['Số 5 trong danh sách là 12.', '12'],
    ['Số nhà của ông trên phố Huế là 15.', '15'],
    ['Số trang 3 của báo là 24.', '24'],
  ])('"%s": "%s" is no count', (body, number) => {
    expect(quotes(body).some((q) => q === number)).toBe(false);
  });
});
