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

describe('review of engine 27', () => {
  it.each(['Dự báo nhiệt độ cao nhất ban ngày 26.5 độ C.', 'Mỗi ngày 12.5 tấn rác được đưa về bãi.'])('a measure after a day word is no dotted date: %s', (body) => {
    expect(dates(body, '20/04/2013 10:00')).toEqual([]);
  });
  it.each([
    ['Ngày 28.12, Bộ Tài chính đã ban hành thông tư mới.', 'Ngày 28.12'],
    ['Ngày 28/12, Bộ Tài chính đã ban hành thông tư mới.', 'Ngày 28/12'],
  ])('a December day in a January article is last December’s: %s', (body, quote) => {
    expect(dates(body, '05/01/2014 10:00')).toEqual([[quote, 20131228]]);
  });
  it.each([
    'Người dân sẽ phải trả nhiều hơn so với trước ngày 1/7/2013.',
    'Số liệu cần được so sánh với thời điểm trước ngày 1/7/2012.',
    'Để có tiền trả nợ, ông A đã bán căn nhà trước ngày 12/3/2012.',
    'Mức giá cũ sẽ được áp dụng cho các hợp đồng ký trước ngày 1/7/2013.',
  ])('a comparison base, a past event or a cut-off is no deadline: %s', (body) => expect(dates(body)).toEqual([]));
  it('a deadline across a comma of the same sentence', () => {
    expect(dates('Bộ sẽ có văn bản gửi các doanh nghiệp để xây dựng gói cước mới, hỗ trợ doanh nghiệp vận tải trước ngày 30/11/2013.')).toEqual([
      ['ngày 30/11/2013', 20131130],
    ]);
  });
});

describe('second review of engine 27', () => {
  it.each([
    ['Ngày 25.4 đội tuyển sẽ hội quân.', [['Ngày 25.4', 20130425]]],
    ['Sáng 25.4 học sinh sẽ thi.', [['25.4', 20130425]]],
  ])('a dotted day right after its day word, a noun after it: %s', (body, expected) => expect(dates(body, '20/04/2013 10:00')).toEqual(expected));
  it.each(['Mỗi ngày 12.5 triệu đồng được chi cho dự án.', 'Hàng ngày 2.5 triệu thùng dầu được khai thác.', 'Mỗi ngày anh làm việc 10.5 giờ.'])(
    'a rate after "mỗi/hàng ngày" or a scale or hour after the number: %s',
    (body) => expect(dates(body, '20/04/2013 10:00')).toEqual([]),
  );
  it.each([
    ['Bộ yêu cầu các doanh nghiệp đăng ký trước ngày 30/11/2013.', 'ngày 30/11/2013', 20131130],
    ['Các đơn vị đã vi phạm phải khắc phục trước ngày 30/11/2013.', 'ngày 30/11/2013', 20131130],
  ])('a deadline ahead of the date line: %s', (body, quote, value) => expect(dates(body)).toEqual([[quote, value]]));
  it.each([
    'Để có tiền trả nợ, ông A bán căn nhà trước ngày 12/3/2012.',
    'Ông A đã phải bán căn nhà trước ngày 12/3/2012.',
    'Giá điện sẽ cao hơn so với mức trước ngày 1/7/2013.',
    'Các hộ dân phải đóng nhiều hơn giai đoạn trước ngày 1/7/2013.',
  ])('a day before the date line sets no deadline: %s', (body) => expect(dates(body)).toEqual([]));
});
