// When a day is itself a claim (issue 11: "one consistent rule for when a date is itself a checkable claim",
// tests/fixtures/extract-gold/README.md "When a date is a claim"): a deadline, a day written with a dot,
// the last day of a tournament's schedule. Each positive case failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

function dates(body: string, dateLine = '25/10/2013 10:00') {
  const text = `Tin\n${dateLine}\n\n${body}`;
  return extractClaims(text, extractMetadata(text))
    .filter((c) => c.kind === 'date')
    .map((c) => [text.slice(c.start, c.end), c.value]);
}

describe('a deadline the clause sets is a date claim', () => {
  it.each([
    ['Bộ sẽ có văn bản hỗ trợ doanh nghiệp vận tải trước ngày 30/11/2013.', [['ngày 30/11/2013', 20131130]]],
    ['Các nhà mạng phải trình phương án để triển khai trước 16/11.', [['16/11', 20131116]]],
  ])('%s', (body, expected) => expect(dates(body)).toEqual(expected));
  it.each([
    'Báo cáo số liệu tính đến trước ngày 30/11/2013 cho thấy 500 doanh nghiệp.',
    'Trước ngày 1/7/2013, giá xăng là 24.000 đồng/lít.',
    'Giá vàng tăng mạnh trước 20/11.',
    'Đề nghị hoàn thành trước 2/3 số hộ trong xã.',
  ])('not an as-of day, a time reference or a share: %s', (body) => expect(dates(body)).toEqual([]));
});

describe('a day written with a dot reads as one written with a slash', () => {
  it('an announced schedule', () => {
    expect(dates('Ngày 16.10, đội sẽ về TP. HCM để chuẩn bị cho giải.', '14/10/2013 10:00')).toEqual([['Ngày 16.10', 20131016]]);
  });
  it('a past day dated by its event', () => {
    expect(dates('Ngày 12.10, Bộ Tài chính đã ban hành thông tư mới.', '14/10/2013 10:00')).toEqual([['Ngày 12.10', 20131012]]);
  });
  it.each(['Khuya 12.10, đội đã về khách sạn.', 'Ngày 12.10, tại Hà Nội đã diễn ra hội nghị.'])('a time reference: %s', (body) => {
    expect(dates(body, '14/10/2013 10:00')).toEqual([]);
  });
});

describe('a tournament "khởi tranh từ … đến …" is an announced schedule: both ends', () => {
  it('the last day too', () => {
    expect(dates('Cúp bóng đá Bình Dương khởi tranh từ 25/10 đến 3/11.', '14/10/2013 10:00')).toEqual([
      ['25/10', 20131025],
      ['3/11', 20131103],
    ]);
  });
});
