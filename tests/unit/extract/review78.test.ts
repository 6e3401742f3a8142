import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';

/** Each claim of a text: quote, unit, metric. Sentences written for these tests (review of engine 77). */
const read = (text: string): Array<[string, string | null, string | null]> => claimsOf(text).map((c) => [c.quote, c.unit ?? null, c.metric ?? null]);

describe('a currency after the slash that is no US dollar or yen (review of engine 77)', () => {
  it('is no USD when it is another dollar, nor JPY when "Yên" opens a place name', () => {
    expect(read('Tỷ giá niêm yết 16.200 đồng/đô la Úc.').map((c) => c[1])).toEqual(['đồng']);
    expect(read('Giá bán 3.100 đồng/đô la Hồng Kông.').map((c) => c[1])).toEqual(['đồng']);
    expect(read('Giá vé xe khách là 250.000 đồng/Yên Bái.').map((c) => c[1])).toEqual(['đồng']);
  });
  it('is no currency at all in "đô thị", "đô vật"', () => {
    expect(read('Vốn đầu tư bình quân khoảng 500 tỷ đồng/đô thị loại III.').map((c) => c[1])).toEqual(['đồng']);
    expect(read('Ban tổ chức thưởng 10 triệu đồng/đô vật.').map((c) => c[1])).toEqual(['đồng']);
  });
  it('still reads the US dollar and the yen', () => {
    expect(read('Giá bán ra 24.000 đồng/đô, cao hơn hôm qua.')[0]?.slice(0, 2)).toEqual(['24.000 đồng/đô', 'đồng/USD']);
    expect(read('Tỷ giá 24.500 đồng/đô la Mỹ.')[0]?.slice(0, 2)).toEqual(['24.500 đồng/đô la Mỹ', 'đồng/USD']);
    expect(read('Giá mua vào 165 đồng/yên Nhật.')[0]?.slice(0, 2)).toEqual(['165 đồng/yên Nhật', 'đồng/JPY']);
    expect(read('Giá mua vào 165 đồng/yên.')[0]?.slice(0, 2)).toEqual(['165 đồng/yên', 'đồng/JPY']);
  });
});

describe('a share of those who say something (review of engine 77)', () => {
  it('keeps the share as the metric, not what they say', () => {
    expect(read('Tỷ lệ doanh nghiệp cho biết có lãi đạt 40%.').map((c) => c[2])).toEqual(['tỷ lệ doanh nghiệp cho biết có lãi']);
    expect(read('Tỷ lệ người được hỏi khẳng định hài lòng đạt 85%.').map((c) => c[2])).toEqual(['tỷ lệ người được hỏi khẳng định hài lòng']);
  });
  it('still drops a source before the reporting verb', () => {
    expect(read('Số liệu thống kê cho biết thu ngân sách đạt 1,2 triệu tỷ đồng.').map((c) => c[2])).toEqual(['thu ngân sách']);
  });
  it('reads "khẳng định của" as a noun, not a reporting verb', () => {
    expect(read('Khẳng định của Bộ trưởng về tăng trưởng 6,5% được nhiều đại biểu đồng tình.').map((c) => c[2])).not.toEqual(['của bộ trưởng về']);
  });
});

describe('a length in two units (review of engine 77)', () => {
  it('is one figure only after a whole number of the larger unit', () => {
    expect(read('Đường dài 3,5 km 200 m.').map((c) => c[0])).toEqual(['3,5 km', '200 m']);
    expect(read('Đường dài 3 km 200 m.').map((c) => c[0])).toEqual(['3 km 200 m']);
  });
});
