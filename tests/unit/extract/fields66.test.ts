import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../shared/analysis/period';
import { claimAt as claimAtIn, quotesOf as quotesIn } from './helpers';

// Issue 11, engine 66: general field readings found on sentences written for this test, in the style of the news
// (none is taken from the corpus). One `it` per rule, each with the guards of what it must not change.
// 1. A stock as of a day written without "ngày" ("Tính đến 30/9, …", "Tại thời điểm 30/9/2013, …") is the figure as of
//    that day, as "tính đến ngày 30/9" already was (the guide's "tính đến 28/2").
// 2. A change against the start of the year told as of a day runs from the start of the year to that day.
// 3. "có" before a list of counts of the day's event ("có 72 mã tăng, 140 mã giảm") keeps none of them from the day.
// 4. A device's weight and thickness are its specifications; a name right after "tại"/"ở" is a venue, not the product.
// 5. "hội nghị sơ kết 9 tháng" names the months reviewed (no duration), as "tổng kết" already did.
// 6. A "Tin liên quan:" list closing the page with no full stop is other articles' headlines.

/** The claims of a dated text (its date line read, as the desk reads it). */
const claimAt = (text: string, fragment: string) => claimAtIn(text, fragment, { dated: true });
const quotesOf = (text: string): string[] => quotesIn(text, { dated: true });
const monthsOf = (period: string | null): [number, number] | null => {
  const p = parsePeriod(period);
  return p === null ? null : [p.start, p.end];
};
const month = (y: number, m: number): number => y * 12 + (m - 1);

describe('engine 66: fields of news figures', () => {
  it('1. dates a stock given as of a day written without "ngày" with that day', () => {
    const text =
      'Kết quả kinh doanh của Bibica\n18/10/2013 08:10\n\nBibica vừa công bố báo cáo tài chính quý 3/2013. Tính đến 30/9, vốn chủ sở hữu của Bibica đạt 640 tỷ đồng. Tại thời điểm 30/9/2013, công ty có 85 tỷ đồng tiền mặt. Tính tới thời điểm 30/9/2013, Bibica có 1.900 lao động.';
    expect(claimAt(text, '640 tỷ đồng').period).toBe('2013-09-30');
    expect(claimAt(text, '85 tỷ đồng').period).toBe('2013-09-30');
    expect(claimAt(text, '1.900 lao động').period).toBe('2013-09-30');
    // Guards: a time of day is no day ("Tính đến 10h30"), a base "so với thời điểm 30/9/2012" is not the figure's
    // period, and the day itself is never a claim.
    const session = 'Chứng khoán sáng nay\n23/10/2013 11:00\n\nTính đến 10h30, VN-Index tăng 3,2 điểm lên 505 điểm.';
    expect(claimAt(session, '3,2 điểm').period ?? '').not.toMatch(/^2013-10-(?!23)/u);
    const base = 'Tín dụng\n20/10/2013 08:00\n\nDư nợ năm 2013 tăng 9% so với thời điểm 30/9/2012.';
    expect(claimAt(base, 'tăng 9%').period).toBe('năm 2013');
    expect(quotesOf(text).some((q) => q.includes('30/9'))).toBe(false);
  });

  it('2. runs a change against the start of the year, told as of a day, from the start of the year to that day', () => {
    const text =
      'Ngân hàng Nam Á\n25/10/2013 09:00\n\nTính đến 30/9, dư nợ cho vay của Nam A Bank tăng 11% so với cuối năm 2012. Cuối quý 3, hàng tồn kho của Vinacafe còn 320 tỷ đồng, giảm 45 tỷ đồng so với đầu năm. So với đầu năm, tổng tài sản của Vinacafe đến ngày 30/9/2013 tăng 6%.';
    for (const q of ['tăng 11%', 'giảm 45 tỷ đồng', 'tăng 6%']) {
      expect(claimAt(text, q).period, q).toBe('9 tháng đầu năm 2013');
      expect(monthsOf(claimAt(text, q).period), q).toEqual([month(2013, 1), month(2013, 9)]);
    }
    // Guards: the level itself stays as of the day; a change against another base ("so với đầu tháng") and a base of
    // another year ("so với cuối năm 2011") keep the day.
    expect(claimAt(text, '320 tỷ đồng').period).toBe('2013-09-30');
    const other = 'Giá xăng\n20/10/2013 08:00\n\nTính đến ngày 15/10, giá xăng đã giảm 300 đồng so với đầu tháng. Tính đến 30/9, dư nợ tăng 20% so với cuối năm 2011.';
    expect(claimAt(other, 'giảm 300 đồng').period).toBe('2013-10-15');
    expect(claimAt(other, 'tăng 20%').period).toBe('2013-09-30');
  });

  it('3. gives the day of the event to every count of a list opened by "có" when the counted things moved that day', () => {
    const storm =
      'Bão số 11\n23/10/2013 10:00\n\nChiều 22/10, bão số 11 đổ bộ vào Hà Tĩnh. Toàn tỉnh có 14 người bị thương, 260 ngôi nhà bị tốc mái và 1.500 ha hoa màu bị ngập.';
    for (const q of ['14 người', '260 ngôi nhà', '1.500 ha']) expect(claimAt(storm, q).period, q).toBe('2013-10-22');
    const market = 'Chứng khoán chiều nay\n23/10/2013 15:20\n\nKết thúc phiên chiều nay, VN-Index giảm 2,1 điểm. Toàn sàn có 64 mã tăng, 151 mã giảm và 87 mã đứng giá.';
    expect(claimAt(market, '64 mã').period).toBe('2013-10-23');
    // Guard: a standing count after "có" stays undated ("Tòa nhà có 120 căn hộ với khoảng 400 cư dân").
    const block = 'Cháy chung cư\n23/10/2013 10:00\n\nRạng sáng 23/10, một đám cháy xảy ra tại chung cư Đông Đô. Tòa nhà có 120 căn hộ với khoảng 400 cư dân.';
    expect(claimAt(block, '120 căn hộ').period).toBeNull();
  });

  it('4. gives a device its weight and thickness, and never a venue named after "tại"', () => {
    const laptop =
      'Asus ra mắt Zenbook mới\n24/10/2013 09:00\n\nAsus ra mắt Zenbook UX301 tại Đài Loan. Máy có màn hình 13,3 inch và RAM 8 GB. Sản phẩm nặng 1,38 kg, dày 15,5 mm.';
    expect(claimAt(laptop, '1,38 kg').subject).toBe('Zenbook UX301');
    expect(claimAt(laptop, '15,5 mm').subject).toBe('Zenbook UX301');
    const tablet = 'Máy tính bảng mới\n24/10/2013 09:00\n\nNokia công bố Lumia 2520 tại Abu Dhabi. Máy có màn hình 10,1 inch và pin 8.000 mAh.';
    expect(claimAt(tablet, '10,1 inch').subject).toBe('Lumia 2520');
    expect(claimAt(tablet, '8.000 mAh').subject).toBe('Lumia 2520');
    // Guard: a weight of something else in a text about a device is not the device's ("Một con cá nặng 120 kg").
    const catch_ = 'Điện thoại mới\n24/10/2013 09:00\n\nSamsung Galaxy S4 có màn hình 5 inch. Ngư dân tỉnh Khánh Hòa vừa bắt được một con cá nặng 120 kg.';
    expect(claimAt(catch_, '120 kg').subject).toBe('Khánh Hòa');
  });

  it('5. reads the months of a "sơ kết" review as no duration', () => {
    const text = 'Ngành điện\n24/10/2013 09:00\n\nSáng 24/10, EVN tổ chức hội nghị sơ kết 9 tháng. Sản lượng điện 9 tháng đạt 95,7 tỷ kWh.';
    expect(quotesOf(text).some((q) => q === '9 tháng')).toBe(false);
    expect(claimAt(text, '95,7 tỷ kWh').period).toBe('9 tháng đầu năm 2013');
    // Guard: the years a programme has run stay a duration ("tổng kết 10 năm thực hiện Luật …").
    const years = 'Luật Điện lực\n24/10/2013 09:00\n\nNgày 24/10, Bộ Công Thương tổng kết 10 năm thực hiện Luật Điện lực.';
    expect(claimAt(years, '10 năm').kind).toBe('duration');
  });

  it('6. leaves out a "Tin liên quan:" list of headlines that closes the page', () => {
    const text =
      'Hội nghị ngành điện\n24/10/2013 09:00\n\nSản lượng điện 9 tháng đạt 95,7 tỷ kWh, tăng 8,6% so với cùng kỳ. Ảnh: Ngọc Hà. Tin liên quan: EVN lỗ 2.000 tỷ đồng năm 2012 Giá điện tăng 5% từ 1/8';
    expect(quotesOf(text)).toEqual(['95,7 tỷ kWh', 'tăng 8,6%']);
    // Guards: the heading used in a sentence drops nothing, and a list followed by a sentence of the story is left to
    // the other readers.
    const prose = 'Điện lực\n24/10/2013 09:00\n\nTin liên quan đến giá điện: EVN đề xuất tăng 5% giá bán lẻ.';
    expect(quotesOf(prose)).toContain('tăng 5%');
    const lines = 'Điện lực\n24/10/2013 09:00\n\nTin liên quan: EVN lỗ 2.000 tỷ đồng năm 2012\nSản lượng điện 9 tháng đạt 95,7 tỷ kWh.';
    expect(quotesOf(lines)).toContain('95,7 tỷ kWh');
  });
});
