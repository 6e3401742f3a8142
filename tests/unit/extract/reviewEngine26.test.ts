/**
 * Cases a review of engine 26 found misread (session 29): days and shares read as slash scores, month
 * words in names and counts, shares after a change, ranges joined across a table cell or a series,
 * a preview or a past meeting taken as the match day.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

function claims(body: string, dateLine = '23/10/2013 10:00') {
  const text = `Title\n${dateLine}\n\n${body}`;
  return extractClaims(text, extractMetadata(text));
}
const scores = (body: string) => claims(body).filter((c) => c.unit === 'tỷ số').map((c) => c.quote);

describe('engine 26 after review: slash scores: days and shares read as scores', () => {
  it.each([
    'Nhân dịp kỷ niệm 38 năm ngày chiến thắng 30/4, thành phố tổ chức 20 hoạt động.',
    'Kỷ niệm 59 năm Chiến thắng Điện Biên Phủ 7/5, tỉnh đón 3.000 du khách.',
    'Đội đã thắng các trận ngày 5/1, 8/1 và 12/1 tại vòng bảng.',
    'Cầu thủ ghi bàn thắng vào các ngày 25/12, 28/12 rồi 2/1.',
    'Đội thắng trận đấu tổ chức vào 22/10.',
    'Ông Nguyễn Văn A thua kiện vụ đất ở tổ 6/1 phường Tân Định.',
    'Công ty thắng thầu gói thầu 12/3 với giá 20 tỷ đồng.',
  ])('no score in %s', (body) => {
    expect(scores(body)).toEqual([]);
  });
  it.each([
    ['Tay vợt này thắng 7/10 trận đối đầu với Federer.', '7/10 trận'],
    ['HLV Park Hang-seo đã giành chiến thắng 3/5 trận đấu tại vòng loại.', '3/5 trận đấu'],
    ['Trong 10 trận gần đây, đội thắng 7/10 trận.', '7/10 trận'],
  ])('a share of matches stays a ratio: %s', (body, quote) => {
    expect(claims(body).find((c) => c.kind === 'ratio')?.quote).toBe(quote);
  });
});

describe('engine 26 after review: month words', () => {
  it.each([
    ['Quận 10 có 20 trường học trên đường Cách Mạng Tháng Tám.', '20 trường học'],
    ['Nhân kỷ niệm Cách mạng tháng Mười Nga, 200 người tham dự.', '200 người'],
    ['Mỗi tháng sáu buổi học, học phí 2 triệu đồng.', '2 triệu đồng'],
    ['Mỗi tháng mười lăm ngày, tàu chở 500 tấn hàng.', '500 tấn'],
    ['Dịp Rằm tháng Giêng, chùa đón 20.000 lượt khách.', '20.000 lượt khách'],
  ])('no month period in %s', (body, quote) => {
    expect(claims(body).find((c) => c.quote === quote)?.period).toBeNull();
  });
});

describe('engine 26 after review: percent as change', () => {
  it.each([
    ['Doanh thu tăng 10 tỷ đồng (35% đến từ xuất khẩu).', '35%'],
    ['Kim ngạch xuất khẩu tăng 2 tỷ USD (15% tổng kim ngạch).', '15%'],
    ['Lợi nhuận tăng 20 tỷ đồng, hay 15% doanh thu của công ty.', '15%'],
    ['Số ca mắc tăng 120 ca (45% là trẻ em).', '45%'],
  ])('a share after a change stays a percent: %s', (body, quote) => {
    expect(claims(body).find((c) => c.quote === quote)?.kind).toBe('percent');
  });
});

describe('engine 26 after review: joined ranges', () => {
  it('a table row with an empty "-" cell is not a range', () => {
    const cs = claims('Lãi suất huy động tại một số ngân hàng:\nNgân hàng\t1 tháng\t6 tháng\t12 tháng\nVietcombank\t5%\t-\t7%\nBIDV\t5,5%\t6,5%\t7,5%');
    expect(cs.filter((c) => c.upper !== null)).toEqual([]);
  });
  it('a dash-separated series of three is not a range plus a figure', () => {
    const cs = claims('Số ca mắc: 20 ca - 30 ca - 40 ca trong ba tuần liên tiếp.');
    expect(cs.filter((c) => c.upper !== null)).toEqual([]);
  });
  it('the upper end keeps its own qualifier (not "less than" the whole range)', () => {
    const c = claims('Tỷ lệ người dân tiêm chủng từ dưới 50% đến hơn 90%.').find((x) => x.upper !== null);
    expect(c?.qualifier === 'less_than').toBe(false);
  });
});

describe('engine 26 after review: match day', () => {
  it('a preview naming tonight\'s match does not date the last meeting', () => {
    const cs = claims(
      'Trận tứ kết giữa Hà Nội T&T và SHB Đà Nẵng sẽ diễn ra tối 24-10 trên sân Hàng Đẫy. Ở lần gặp nhau gần nhất, Hà Nội T&T thắng 2-1 nhờ bàn thắng phút 89 của Văn Quyết. Hiệp 1 trận đó kết thúc với tỷ số 0-0.',
      '24/10/2013 09:00',
    );
    expect(cs.find((c) => c.quote === '2-1')?.period).toBeNull();
  });
  it('a date with a year ("ngày 24/10 năm ngoái") is not this match\'s day', () => {
    const cs = claims(
      'Trận đấu trước đó ngày 24/10 năm ngoái, hai đội hòa 1-1. Tối qua, ở phút 23, Văn Quyết ghi bàn. Hiệp 1 kết thúc với tỷ số 1-0. Phút 60, Công Vinh sút phạt. Có 20.000 khán giả.',
      '24/10/2013 09:00',
    );
    const score = cs.find((c) => c.quote === '1-0');
    expect(score).toBeDefined();
    expect(score?.period).not.toBe('2013-10-24');
  });
});
