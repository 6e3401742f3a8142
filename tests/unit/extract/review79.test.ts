import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';

/** Each claim of a text: quote, unit and metric. */
const read = (text: string): Array<[string, string | null, string | null]> => claimsOf(text).map((c) => [c.quote, c.unit ?? null, c.metric ?? null]);

// Review s79 of engine 78 (issue 11). Sentences written for these tests (most of them the reviewer's).
describe('a bare "N/USD" beside another currency (review s79)', () => {
  it('is no rate in đồng when the clause names the currency it is a rate of', () => {
    expect(read('Đồng won giảm xuống 1.450/USD.').filter((c) => c[1] === 'đồng/USD')).toEqual([]);
    expect(read('Đồng rupiah của Indonesia mất giá xuống 16.200/USD.').filter((c) => c[1] === 'đồng/USD')).toEqual([]);
    expect(read('Còn đồng riel Campuchia là 4.100/USD.').filter((c) => c[1] === 'đồng/USD')).toEqual([]);
  });
  it('still reads the đồng rate, and a written currency word still asks for a word of price', () => {
    expect(read('Tỷ giá trung tâm 23.150/USD.')).toEqual([['23.150/USD', 'đồng/USD', 'tỷ giá trung tâm']]);
    expect(read('Giá 23.150/đô.').map((c) => c[1])).toEqual(['đồng/USD']);
    expect(read('Con số 23.150/đô la được nêu.').filter((c) => c[1] === 'đồng/USD')).toEqual([]);
  });
});

describe('"xuống" after a verb of falling (review s79)', () => {
  it('leaves neither the verb nor "xuống" in the metric', () => {
    expect(read('Chỉ số tụt xuống 1.100 điểm.').map((c) => c[2])).toEqual(['chỉ số']);
    expect(read('Giá vàng rơi xuống 70 triệu đồng.').map((c) => c[2])).toEqual(['giá vàng']);
    expect(read('Lãi suất cho vay hạ xuống 6%.').map((c) => c[2])).toEqual(['lãi suất cho vay']);
    expect(read('Việt Nam tụt xuống vị trí 68.').map((c) => c[2])).toEqual([null]);
  });
  it('after "và" opens another figure: the figure before is no part of its metric', () => {
    expect(read('Nhiệt độ ban ngày khoảng 15 độ C và xuống 8 độ C vào ban đêm.').map((c) => c[2])).toEqual(['nhiệt độ ban ngày', null]);
    expect(read('Lợi nhuận quý I đạt 500 tỷ đồng và xuống 300 tỷ đồng trong quý II.').map((c) => c[2])).toEqual(['lợi nhuận', null]);
  });
});

describe('a period after a counted noun, read only when it is one (review s79)', () => {
  it('keeps a year of study and a noun that is no quarter', () => {
    expect(read('Trường có 500 sinh viên năm 4.').map((c) => c[2])).toEqual(['sinh viên năm']);
    expect(read('Công an thu giữ 20 khối gỗ quý 3 ngày trước.').map((c) => c[2])).toEqual(['khối gỗ quý']);
  });
  it('still ends the counted phrase at a year, a month, a quarter and a week', () => {
    expect(read('Bán 3.000 xe quý 3/2023.').map((c) => c[2])).toEqual(['xe']);
    expect(read('Có 300 ca mắc tuần 12.').map((c) => c[2])).toEqual(['ca mắc']);
  });
});

describe('a metric cut before "thì" (engine 78)', () => {
  it('never ends on the conjunction', () => {
    expect(read('Xét riêng nhóm hộ nghèo thì đạt 40%.').map((c) => c[2])).toEqual(['xét riêng nhóm hộ nghèo']);
  });
});
