import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';

/** Each claim of a text: quote, kind, value, unit and metric. */
const read = (text: string): Array<[string, string, number | null, string | null, string | null]> =>
  claimsOf(text).map((c) => [c.quote, c.kind, c.value, c.unit ?? null, c.metric ?? null]);

// Issue 11, engine 78 (session 79). Sentences written for these tests.
describe('a rate per one unit of a currency with the đồng left out (engine 78)', () => {
  it('is money in đồng per that currency, with no word of price needed', () => {
    expect(read('Tỷ giá trung tâm 23.150/USD.')).toEqual([['23.150/USD', 'money', 23150, 'đồng/USD', 'tỷ giá trung tâm']]);
    expect(read('Tỷ giá 27.400/EUR, tăng nhẹ.').map((c) => [c[0], c[3]])).toEqual([['27.400/EUR', 'đồng/EUR']]);
  });
  it('is never read as a document number, and document numbers stay unread', () => {
    expect(read('Theo Quyết định 749/QĐ-TTg và Nghị định 15/2020/NĐ-CP.')).toEqual([]);
    // A code that goes on after the currency's letters is an identifier, not a rate.
    expect(read('Văn bản 23/USDA-KT được gửi đi.')).toEqual([]);
  });
  it('still needs the amount of a rate: a small number per USD is no rate in đồng', () => {
    expect(read('Tỷ lệ 1/USD không đổi.').filter((c) => c[3] === 'đồng/USD')).toEqual([]);
  });
});

describe('"xuống" before a figure links it to its metric (engine 78)', () => {
  it('is no part of the metric, as "lên" never was', () => {
    expect(read('Tỷ lệ thất nghiệp xuống 2,1%.').map((c) => c[4])).toEqual(['tỷ lệ thất nghiệp']);
    expect(read('Nhiệt độ giảm xuống 2 độ C.').map((c) => c[4])).toEqual(['nhiệt độ']);
    expect(read('Nhiệt độ tại Hà Nội xuống dưới 10 độ C.').map((c) => c[4])).toEqual(['nhiệt độ']);
  });
  it('leaves "lên" as it was', () => {
    expect(read('Giá vàng lên 70 triệu đồng/lượng.').map((c) => c[4])).toEqual(['giá vàng']);
  });
});

describe('a period after what is counted (engine 78)', () => {
  it('is no part of the counted phrase', () => {
    expect(read('Lào Cai đón 500.000 lượt khách năm 2023.').map((c) => c[4])).toEqual(['lượt khách']);
    expect(read('Tỉnh ghi nhận 1.200 ca mắc đầu tháng 3.').map((c) => c[4])).toEqual(['ca mắc']);
    expect(read('Công ty bán 3.000 xe quý III/2023.').map((c) => c[4])).toEqual(['xe']);
  });
  it('leaves a counted phrase that goes on without a period as it was', () => {
    expect(read('Tỉnh có 500 học sinh giỏi quốc gia.').map((c) => c[4])).toEqual(['học sinh giỏi quốc gia']);
    // ("năm" with no number after it opens no period: the phrase reads on, and stops at "cũng" as before.)
    expect(read('Huyện có 12 xã năm nào cũng ngập.').map((c) => c[4])).toEqual(['xã năm nào']);
  });
});

describe('a forecast\'s speaker (engine 78)', () => {
  it('is no part of the metric: what is forecast or estimated comes after "dự báo" / "ước tính"', () => {
    expect(read('Ngân hàng Thế giới dự báo GDP Việt Nam tăng 6% năm 2024.').map((c) => c[4])).toEqual(['GDP']);
    expect(read('Bộ Tài chính ước tính thu ngân sách đạt 1,7 triệu tỷ đồng.').map((c) => c[4])).toEqual(['thu ngân sách']);
    expect(read('Các chuyên gia dự báo giá vàng sẽ lên 80 triệu đồng/lượng.').map((c) => c[4])).toEqual(['giá vàng']);
  });
  it('leaves the verb where no speaker stands before it or nothing follows it', () => {
    expect(read('Ước tính doanh thu đạt 500 tỷ đồng.').map((c) => c[4])).toEqual(['doanh thu']);
    expect(read('Doanh thu ước tính đạt 500 tỷ đồng.').map((c) => c[4])).toEqual(['doanh thu']);
    expect(read('Tỷ lệ doanh nghiệp dự báo có lãi đạt 40%.').map((c) => c[4])).toEqual(['tỷ lệ doanh nghiệp dự báo có lãi']);
  });
});

describe('"sẽ" and "đang" before the linking verb (engine 78)', () => {
  it('are no part of the metric, as "đã" never was', () => {
    expect(read('Chỉ số này sẽ vượt mốc 1.800 điểm.').map((c) => c[4])).toEqual(['chỉ số này']);
    expect(read('Diện tích thành phố sẽ là 266 km2.').map((c) => c[4])).toEqual(['diện tích thành phố']);
  });
});
