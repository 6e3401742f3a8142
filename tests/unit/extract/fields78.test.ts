import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';

/** Each claim of a text: quote, kind, value, unit and metric. */
const read = (text: string): Array<[string, string, number | null, string | null, string | null]> =>
  claimsOf(text).map((c) => [c.quote, c.kind, c.value, c.unit ?? null, c.metric ?? null]);

// Issue 11, engine 77 (session 78). Sentences written for these tests.
describe('a metric after a reporting verb (engine 77)', () => {
  it('is what is said after "cho biết", "khẳng định rằng"…, never the speaker before it', () => {
    expect(read('Bộ Tài chính cho biết thu ngân sách đạt 1,2 triệu tỷ đồng.').map((c) => c[4])).toEqual(['thu ngân sách']);
    expect(read('Ngân hàng Nhà nước cho biết tín dụng tăng 8,5% so với cuối năm 2022.').map((c) => c[4])).toEqual(['tín dụng']);
    expect(read('Ông Nam khẳng định rằng lợi nhuận đạt 50 tỷ đồng.').map((c) => c[4])).toEqual(['lợi nhuận']);
    expect(read('Lãnh đạo Sở nhấn mạnh số ca mắc mới giảm 20%.').map((c) => c[4])).toEqual(['số ca mắc']);
  });
  it('is none when nothing but a verb follows the reporting verb', () => {
    expect(read('Bà Lan cho biết đạt 50 tỷ đồng.').map((c) => c[4])).toEqual([null]);
  });
  it('leaves a metric with no reporting verb as it was', () => {
    expect(read('Thu ngân sách của tỉnh đạt 1,2 triệu tỷ đồng.').map((c) => c[4])).toEqual(['thu ngân sách']);
    expect(read('Ông Nam cho biết, tỷ lệ hộ nghèo còn 3%.').map((c) => c[4])).toEqual(['tỷ lệ hộ nghèo']);
  });
});

describe('a length or weight written in two units (engine 77)', () => {
  it('is one figure in the larger unit', () => {
    expect(read('Đoạn đê dài 3 km 500 m bị sạt lở.')).toEqual([['3 km 500 m', 'measure', 3.5, 'km', 'đoạn đê dài']]);
    expect(read('Con cá nặng 1 tấn 200 kg.')).toEqual([['1 tấn 200 kg', 'measure', 1.2, 'tấn', 'con cá nặng']]);
    expect(read('Bé cao 1 m 20 cm.')).toEqual([['1 m 20 cm', 'measure', 1.2, 'm', 'bé cao']]);
    expect(read('Gói hàng nặng 2 kg 500 g.').map((c) => [c[0], c[2], c[3]])).toEqual([['2 kg 500 g', 2.5, 'kg']]);
  });
  it('stays two figures when the second is an area, as many of the smaller unit as make one larger, or a unit of its own', () => {
    expect(read('Dự án dài 3 km, rộng 500 m.').map((c) => c[0])).toEqual(['3 km', '500 m']);
    expect(read('Tuyến dài 3 km 500 m2 đất bị thu hồi.').map((c) => c[0])).toEqual(['3 km', '500 m2']);
    expect(read('Quãng đường 2 km 1500 m.').map((c) => c[0])).toEqual(['2 km', '1500 m']);
    expect(read('Xe chở 5 tấn 30 thùng hàng.').map((c) => c[0])).toEqual(['5 tấn', '30 thùng']);
  });
});

describe('an exchange rate, per one unit of a currency (engine 77)', () => {
  it('keeps the currency after the slash in its quote and unit, as its code', () => {
    expect(read('Tỷ giá trung tâm hôm nay ở mức 23.150 đồng/USD.').map((c) => [c[0], c[3]])).toEqual([['23.150 đồng/USD', 'đồng/USD']]);
    expect(read('Giá bán ra tại Vietcombank là 24.500 VND/USD.').map((c) => [c[0], c[3]])).toEqual([['24.500 VND/USD', 'đồng/USD']]);
    expect(read('Tỷ giá niêm yết 26.100 đồng/euro.').map((c) => [c[0], c[3]])).toEqual([['26.100 đồng/euro', 'đồng/EUR']]);
    expect(read('Giá nhân dân tệ là 3.400 đồng/nhân dân tệ.').map((c) => c[3])).toEqual(['đồng/CNY']);
  });
  it('leaves a price per kilogram as it was', () => {
    expect(read('Giá lợn hơi ở mức 61.000 đồng/kg.').map((c) => [c[0], c[3]])).toEqual([['61.000 đồng/kg', 'đồng/kg']]);
  });
});

/** The subjects of a text's claims. */
const subjects = (text: string): Array<string | null> => claimsOf(text).map((c) => c.subject ?? null);

describe('a product or company named in the title with the place it is launched in (engine 77)', () => {
  it('is the story\'s subject, not the place after "tại" / "ở"', () => {
    expect(subjects('Cận cảnh Nokia Lumia 1520 tại Việt Nam\nMáy hỗ trợ 4 tùy chọn màu sắc.')).toEqual(['Nokia Lumia 1520']);
    expect(subjects('Samsung Galaxy S4 lên kệ ở Việt Nam\nMáy có giá 15,99 triệu đồng.')).toEqual(['Samsung Galaxy S4']);
  });
  it('leaves a place the title names otherwise, or with no product or company beside it, the subject', () => {
    expect(subjects('Doanh nghiệp Nhật Bản đầu tư tại Bắc Giang\nTỉnh thu hút 500 triệu USD.')).toEqual(['Bắc Giang']);
    expect(subjects('Việt Nam đón Samsung Galaxy S4\nMáy có giá 15,99 triệu đồng.')).toEqual(['Việt Nam']);
  });
});

describe('the level a change reaches, "giảm X xuống (còn) Y" (engine 77)', () => {
  it('measures what is named before the change, as the end of "từ … xuống" does', () => {
    const metrics = (text: string): Array<string | null> => read(text).map((c) => c[4]);
    expect(metrics('Giá xăng RON 95 giảm 320 đồng/lít xuống còn 23.500 đồng/lít.')).toEqual(['giá xăng RON 95', 'giá xăng RON 95']);
    expect(metrics('Lãi suất tăng 0,5 điểm lên 7%.')).toEqual(['lãi suất', 'lãi suất']);
    expect(metrics('Doanh thu tăng 5 tỷ đồng lên 120 tỷ đồng.')).toEqual(['doanh thu', 'doanh thu']);
  });
  it('is left as it was when a comma stands before the change, or no step word follows the figure', () => {
    const [, end] = read('Cổ phiếu được mua mạnh từ lúc mở cửa, giá tăng 900 đồng lên 40.700 đồng.').map((c) => c[4]);
    expect(end).not.toBe('cổ phiếu được mua mạnh từ lúc mở cửa giá');
    expect(read('Doanh thu tăng 5 tỷ đồng và lợi nhuận đạt 120 tỷ đồng.').map((c) => c[4])[1]).toBe('lợi nhuận');
  });
});
