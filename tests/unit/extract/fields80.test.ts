import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';

/** Each claim of a text: quote, kind, value, unit. */
const read = (text: string): Array<[string, string, number | null, string | null]> => claimsOf(text).map((c) => [c.quote, c.kind, c.value, c.unit ?? null]);

// Issue 11, engine 79 (session 80). Sentences written for these tests.
describe('a count per period right after its period word (engine 79)', () => {
  it('is a count after "mỗi", "hằng", "hàng", "một" and the period word, not a day or a week named by its number', () => {
    expect(read('Mỗi ngày 20 chuyến tàu chở khách xuất phát từ ga Hà Nội.')).toEqual([['20 chuyến', 'count', 20, 'chuyến']]);
    expect(read('Hằng ngày 300 xe tải chở hàng qua cửa khẩu.')).toEqual([['300 xe', 'count', 300, 'xe']]);
    expect(read('Trung bình mỗi ngày 20 người tử vong vì tai nạn giao thông.')).toEqual([['20 người', 'count', 20, 'người']]);
    expect(read('Mỗi tuần 20 chuyến bay được khai thác.')).toEqual([['20 chuyến', 'count', 20, 'chuyến']]);
    expect(read('Hàng tháng 150 hộ được nhận trợ cấp.')).toEqual([['150 hộ', 'count', 150, 'hộ']]);
  });
  it('leaves a day, a week or a month named by its number a label, without the word of a rate before it', () => {
    expect(read('Vào ngày 20 tháng 10, trường tổ chức lễ kỷ niệm.')).toEqual([]);
    expect(read('Ngày 20 học sinh được nghỉ học.')).toEqual([]);
    expect(read('Sang tuần 3 đội sẽ tập luyện tại sân nhà.')).toEqual([]);
  });
  it('reads what follows the number as for any number: a month of every year stays no claim', () => {
    expect(read('Mỗi tháng 3, hoa ban nở trắng núi rừng Tây Bắc.')).toEqual([]);
    expect(read('Anh ấy nhận lương vào mỗi ngày 20.')).toEqual([]);
  });
});

/** Each claim of a text: quote and metric. */
const metrics = (text: string): Array<[string, string | null]> => claimsOf(text).map((c) => [c.quote, c.metric ?? null]);

describe('a month named by its number ends no metric (engine 79)', () => {
  it('is the period, read apart, as a year or a quarter already was', () => {
    expect(metrics('Lạm phát tháng 10 ở mức 3,5%.')).toEqual([['3,5%', 'lạm phát']]);
    expect(metrics('Doanh thu tháng Mười đạt 500 tỷ đồng.')).toEqual([['500 tỷ đồng', 'doanh thu']]);
    expect(claimsOf('Lạm phát tháng 10 ở mức 3,5%.')[0]?.period).toBe('tháng 10');
  });
  it('keeps a part of the month, a thirteenth month’s pay and a length of months', () => {
    expect(metrics('Doanh thu đầu tháng 10 đạt 500 tỷ đồng.')).toEqual([['500 tỷ đồng', 'doanh thu đầu tháng 10']]);
    expect(metrics('Lương tháng 13 của công nhân là 8 triệu đồng.')).toEqual([['8 triệu đồng', 'lương tháng 13 của công nhân']]);
  });
});

describe('what a source shows: the source is no part of the metric (engine 79)', () => {
  it('drops the words up to "cho thấy" when what is measured follows it', () => {
    expect(metrics('Một báo cáo khác cho thấy chi tiêu xây dựng ở Hoa Kỳ tăng 5%.')).toEqual([['tăng 5%', 'chi tiêu xây dựng']]);
  });
  it('keeps them when only a link word follows: what is measured stands before the verb', () => {
    expect(metrics('Doanh thu của các công ty đã báo cáo cho thấy mức tăng 5,5%.').map((c) => c[1])).toEqual(['doanh thu của các công ty đã báo cáo cho thấy']);
  });
});
