// Cases a third review found misread after the second review's mends (session 29); each failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';
import { tokenizeSentence } from '../../../shared/analysis/figures';

function claims(body: string) {
  const text = 'Title\n23/10/2013 10:00\n\n' + body;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
const scores = (body: string) => claims(body).filter((c) => c.unit === 'tỷ số').map((c) => c.quote);
const fig = (t: string) => tokenizeSentence(t, 0, t.length).figures;

describe('third review: B1: date/holiday pairs read as scores outside a set/score sentence', () => {
  it.each([
    'Đội tuyển đã chiến thắng 30/4, 2/9 trong các năm qua.',
    'Nhờ chiến thắng 7/5, 10/5 lịch sử, quân ta làm chủ.',
    'Đội bóng giành chiến thắng 12/10, 15/10 và 20/10.',
    'Đội thắng trận 5/1, 8/1.',
    'Lịch thi đấu: thắng 20/11, 25/11 rồi hòa 1/12.',
    'Công ty thắng thầu 12/3, 15/3 tại hai gói.',
  ])('%s', (body) => expect(scores(body)).toEqual([]));
});
describe('third review: B2: run path without context, after a rejected first pair', () => {
  it('thua lỗ 3/4, 2/4 quý', () => expect(scores('Doanh nghiệp thua lỗ 3/4, 2/4 quý.')).toEqual([]));
  it('long list of days after ngày', () => expect(scores('Đội thắng các trận ngày 5/1, 8/1, 12/1, 15/1, 18/1, 20/1, 22/1, 25/1, 28/1 và 30/1.')).toEqual([]));
});
describe('third review: B3: capitalised Tháng inside a place name after a lower-case word', () => {
  it.each(['Công viên Tháng Tư có 300 cây xanh.', 'Nhà văn hóa Thanh niên, phố Tháng Tám, đón 300 khách.'])('%s', (body) => {
    expect(claims(body).every((c) => !String(c.period ?? '').startsWith('tháng'))).toBe(true);
  });
});
describe('third review: B4 (analysis): out-of with thousands separators or decimals', () => {
  it('1.000 trên 2.000 hồ sơ', () => expect(fig('Có 1.000 trên 2.000 hồ sơ được duyệt.')[1]?.qualifier).toBe('exact'));
  it('0,5 trên 1 điểm', () => expect(fig('Tỷ lệ 0,5 trên 1 điểm.')[1]?.qualifier).toBe('exact'));
});
