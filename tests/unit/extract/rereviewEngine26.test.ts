// Cases a second review found misread after the first review's mends of engine 26 and the slashed figures (session 29); each failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';
import { tokenizeSentence } from '../../../shared/analysis/figures';

const claims = (body: string) => {
  const text = `Title\n23/10/2013 10:00\n\n${body}`;
  return extractClaims(text, extractMetadata(text));
};
const find = (body: string, quote: string) => claims(body).find((c) => c.quote === quote);

describe('slash scores lost ', () => {
  it.each([
    ['Trận đấu diễn ra ngày 6/1, Nadal thắng 6/2 ở set 1 rồi thua 4/6 ở set 2.', '6/2'],
    ['Sau một ngày nghỉ, Nadal thắng 6/4 ở set 1 và 6/3 ở set 2.', '6/4'],
    ['Trong ngày thi đấu đầu tiên, Nadal thắng 6/4 ở set 1.', '6/4'],
    ['Federer thắng set 1 với tỷ số 6/4, ngày 20/10 anh thua 3/6 ở set 2.', '3/6'],
    ['Nguyễn Tiến Minh thắng 21/19, 21/15 để vào vòng 2.', '21/19'],
    ['Hoàng Nam giành chiến thắng 6/3, 6/4 trước tay vợt Thái Lan.', '6/3'],
  ])('%s keeps %s as a score', (body, quote) => {
    expect(find(body, quote)?.unit).toBe('tỷ số');
  });
});

describe('month words', () => {
  it.each([
    ['Tháng Tám, doanh thu đạt 120 tỷ đồng.'],
    ['Tháng Tám vừa qua, doanh thu đạt 120 tỷ đồng.'],
    ['Doanh thu Tháng Tám đạt 120 tỷ đồng.'],
    ['DOANH THU THÁNG TÁM ĐẠT 120 TỶ ĐỒNG.'],
  ])('%s is dated August', (body) => {
    expect(claims(body).find((c) => c.value === 120e9)?.period).toBe('tháng 8/2013');
  });
});

describe('ranges after a bullet or a dash aside', () => {
  it('a bullet line "- 20 ca đến 30 ca" is a range', () => {
    expect(find('Theo kế hoạch, năm nay có 2 đợt:\n- 20 ca đến 30 ca mỗi ngày ở Hà Nội.', '20 ca đến 30 ca')).toBeDefined();
  });
  it('"– 7% đến 9% –" is a range', () => {
    expect(find('Lãi suất cho vay – 7% đến 9% – vẫn cao.', '7% đến 9%')).toBeDefined();
  });
});

describe("'vượt N% kế hoạch' after a level: the excess when N is far below the level", () => {
  it.each([
    ['Tỷ lệ giải ngân đạt 42%, vượt 2% kế hoạch đề ra.'],
    ['Đến nay tỷ lệ tiêm chủng đạt 95%, vượt 5% so với kế hoạch.'],
    ['Thu ngân sách đạt 105% dự toán, vượt 5% kế hoạch năm.'],
  ])('%s', (body) => {
    expect(claims(body).find((c) => c.quote.startsWith('vượt'))?.kind).toBe('change');
  });
});

describe('match day', () => {
  const report = (date: string) =>
    `Trận đấu diễn ra tối ${date} trên sân Mỹ Đình. Phút 15, Công Vinh mở tỷ số cho Hà Nội. Phút 40, đội khách gỡ hòa 1-1. Sang hiệp 2, phút 70, Văn Quyết ghi bàn nâng tỷ số lên 2-1. Trước sự chứng kiến của 8.000 khán giả, Hà Nội thắng chung cuộc.`;
  it('"tối 22/10 năm nay" is this year\'s match day', () => {
    expect(find(report('22/10 năm nay'), '2-1')?.period).toBe('2013-10-22');
  });
});

describe('analysis figures ', () => {
  const figs = (s: string) => tokenizeSentence(s, 0, s.length).figures;
  it('"1998/2000 hồ sơ" is a part of a whole, not a season', () => {
    expect(figs('Đã giải quyết 1998/2000 hồ sơ tồn đọng.').filter((f) => !f.calendar).map((f) => f.value)).toEqual([1998, 2000]);
  });
  it('"trên" after a year is still "more than"', () => {
    expect(figs('Trong năm 2013 trên 5.000 ca mắc sởi.').find((f) => f.value === 5000)?.qualifier).toBe('more');
  });
});
