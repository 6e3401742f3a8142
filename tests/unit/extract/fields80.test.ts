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
  it('not after "một" (one), a noun ending in "hàng", or before another period, the calendar or a unit of time (review s80-2)', () => {
    expect(read('Tòa tuyên phạt bị cáo một năm 6 tháng tù giam.')).toEqual([]);
    expect(read('Sau một năm 3 tháng thi công, cây cầu đã thông xe.')).toEqual([]);
    expect(read('Mỗi ngày 20 hàng tháng, công ty trả lương cho 500 công nhân.').map((c) => c[0])).toEqual(['500 công nhân']);
    expect(read('Vào mỗi ngày 15 hằng tháng, 200 hộ nghèo được nhận gạo.').map((c) => c[0])).toEqual(['200 hộ']);
    expect(read('Mỗi tháng 8 âm lịch, lễ hội diễn ra tại đền.')).toEqual([]);
    expect(read('Mỗi ngày 6 giờ, 300 công nhân vào ca.').map((c) => c[0])).toEqual(['300 công nhân']);
    expect(read('Ngân hàng ngày 20 người đến giao dịch.')).toEqual([]);
    expect(read('Cửa hàng tháng 3 người nghỉ việc.')).toEqual([]);
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
  it('keeps a part of the month, a thing the month names, a thirteenth month’s pay', () => {
    expect(metrics('Doanh thu đầu tháng 10 đạt 500 tỷ đồng.')).toEqual([['500 tỷ đồng', 'doanh thu đầu tháng 10']]);
    // (Review s80-2: a full-moon day, a futures contract's month, a deposit's term.)
    expect(metrics('Giá vàng rằm tháng 7 tăng 2%.').map((c) => c[1])).toEqual(['giá vàng rằm tháng 7']);
    expect(metrics('Giá dầu WTI giao tháng 6 tăng 2%.').map((c) => c[1])).toEqual(['giá dầu WTI giao tháng 6']);
    expect(metrics('Lãi suất kỳ hạn tháng 6 ở mức 4%.').map((c) => c[1])).toEqual(['lãi suất kỳ hạn tháng 6']);
    expect(metrics('Lương tháng 13 của công nhân là 8 triệu đồng.')).toEqual([['8 triệu đồng', 'lương tháng 13 của công nhân']]);
  });
});

describe('what a source shows: the source is no part of the metric (engine 79)', () => {
  it('drops the words up to "cho thấy" when what is measured follows it', () => {
    expect(metrics('Một báo cáo khác cho thấy chi tiêu xây dựng ở Hoa Kỳ tăng 5%.')).toEqual([['tăng 5%', 'chi tiêu xây dựng']]);
  });
  it('only after a source (a report, a survey, figures): what a measured thing shows keeps it in the metric (review s80-2)', () => {
    expect(metrics('Số liệu thống kê cho thấy xuất khẩu tăng 10%.')).toEqual([['tăng 10%', 'xuất khẩu']]);
    expect(metrics('Năm 2024, lợi nhuận của Vinamilk cho thấy sự cải thiện khi tăng 20% so với năm trước.').map((c) => c[1])).toEqual(['lợi nhuận của vinamilk cho thấy sự cải thiện khi']);
    expect(metrics('Xuất khẩu cho thấy đà tăng trưởng 10%.').map((c) => c[1])).toEqual(['xuất khẩu cho thấy đà']);
  });
  it('keeps them when only a link word follows: what is measured stands before the verb', () => {
    expect(metrics('Doanh thu của các công ty đã báo cáo cho thấy mức tăng 5,5%.').map((c) => c[1])).toEqual(['doanh thu của các công ty đã báo cáo cho thấy']);
  });
});
