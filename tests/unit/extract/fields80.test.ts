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
