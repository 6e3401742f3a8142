import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import { normalizeText } from '../../../shared/text';
import { claimAt, claimsOf } from './helpers';

/** The one claim quoting `fragment` in an article dated 25/10/2013. */
function datedClaim(body: string, fragment: string) {
  const text = normalizeText(`Tin kinh tế\n25/10/2013 07:05\n\n${body}`);
  const found = extractClaims(text, extractMetadata(text)).filter((c) => c.quote.includes(fragment));
  expect(found).toHaveLength(1);
  return found[0];
}

/**
 * Engine 29, from the misses of the sixth dev gold set (tests/fixtures/extract-gold/dev6), with our own
 * Vietnamese examples: amounts the text shows to be changes, hours and minutes as one length, runs of wins.
 */
describe('amounts the text itself shows to be changes', () => {
  it('a bracket that spells the move makes the amount before it a change', () => {
    const text = 'Đối với dầu hỏa: giảm mức trích quỹ 150 đồng/lít (từ 500 đồng/lít xuống còn 350 đồng/lít).';
    expect(claimAt(text, '150 đồng/lít')).toMatchObject({ kind: 'change', value: 150 });
    expect(claimAt(text, '350 đồng/lít')).toMatchObject({ kind: 'money', value: 350 });
    expect(claimAt('Giá bán lẻ là 22.000 đồng/lít (từ hôm nay).', '22.000 đồng/lít').kind).toBe('money');
    expect(claimAt('Lãi suất 6,5% (từ tháng 5 lên 7%).', '6,5%').kind).toBe('change');
  });

  it('the second of two changes joined by their baselines is a change too', () => {
    const text = 'Sản lượng đạt 520 tấn (tăng 12% so với cùng kỳ và 18% so với tháng 6).';
    expect(claimAt(text, '18%')).toMatchObject({ kind: 'change', value: 18 });
    const comma = 'Thị phần lên 9,5%, tăng 0,4% so với quý trước, và 1,1% so với cuối năm 2022.';
    expect(claimAt(comma, '1,1%').kind).toBe('change');
    // Not after a level: "đạt 40% so với kế hoạch" is a share of the plan.
    expect(claimAt('Doanh thu đạt 120 tỷ đồng và 40% so với kế hoạch năm.', '40%').kind).toBe('percent');
    // Not when the first figure is no change.
    expect(claimAt('Tỷ lệ hộ nghèo là 3% so với cả nước và 5% so với khu vực.', '5%').kind).toBe('percent');
  });

  it('an index that gains or loses points ("tiến", "lùi") changes, and so does its restated percent', () => {
    const text = 'Chỉ số Nikkei tiến 120,5 điểm (0,8%), lên 15.300 điểm.';
    expect(claimAt(text, '120,5 điểm')).toMatchObject({ kind: 'change', value: 120.5 });
    expect(claimAt(text, '0,8%').kind).toBe('change');
    expect(claimAt('Chỉ số lùi 3,2 điểm.', '3,2 điểm').kind).toBe('change');
    expect(claimAt('Đội tiến vào vòng trong với 12 điểm.', '12 điểm').kind).toBe('measure');
  });
});

describe('hours and minutes', () => {
  it('after a word of length, "N giờ M phút" is one length in minutes', () => {
    expect(claimAt('Cuộc họp kéo dài 3 giờ 15 phút.', '3 giờ 15 phút')).toMatchObject({ kind: 'duration', value: 195, unit: 'phút' });
    expect(claimAt('Tay vợt thắng sau 1 giờ 48 phút thi đấu.', '1 giờ 48 phút')).toMatchObject({ kind: 'duration', value: 108 });
    // "tiếng" is only ever a length.
    expect(claimAt('Đoàn xe đến nơi sau 4 tiếng 20 phút.', '4 tiếng 20 phút')).toMatchObject({ kind: 'duration', value: 260 });
  });

  it('a time of day stays no claim', () => {
    expect(claimsOf('Lúc 17 giờ 30 phút, đoàn xe đến nơi.')).toEqual([]);
    expect(claimsOf('Sau 17 giờ 30 phút hôm qua, đoàn xe đến nơi.')).toEqual([]);
    expect(claimsOf('Áp dụng từ 20 giờ 00 phút cùng ngày.')).toEqual([]);
  });
});

describe('runs and titles counted', () => {
  it('"chức vô địch", "huy chương vàng" are what is counted, whole', () => {
    expect(claimAt('Cô đã giành 3 chức vô địch quốc gia.', '3 chức vô địch')).toMatchObject({ kind: 'count', value: 3, unit: 'chức vô địch' });
    expect(claimAt('Đoàn giành 7 huy chương vàng.', '7 huy chương vàng')).toMatchObject({ kind: 'count', unit: 'huy chương vàng' });
  });

  it('"liên tiếp" after what is counted makes a streak; "liên tục" does not', () => {
    expect(claimAt('Anh có 2 chức vô địch liên tiếp tại giải.', '2 chức vô địch liên tiếp')).toMatchObject({ kind: 'streak', value: 2 });
    expect(claimAt('Có 5 doanh nghiệp liên tục vi phạm.', '5 doanh nghiệp').kind).toBe('count');
  });
});

describe('a quarter or month of a year named by a word', () => {
  it('"quý 3 năm nay", "tháng 12 năm ngoái" keep their quarter or month, in the year meant', () => {
    expect(datedClaim('Quý 3 năm nay, công ty lãi 264 tỷ đồng.', '264 tỷ đồng')?.period).toBe('quý III/2013');
    expect(datedClaim('Quý II năm ngoái công ty lãi 120 tỷ đồng.', '120 tỷ đồng')).toMatchObject({ period: 'quý II/2012', metric: 'công ty lãi' });
    expect(datedClaim('Doanh thu tháng 12 năm trước đạt 5 tỷ đồng.', '5 tỷ đồng')).toMatchObject({ period: 'tháng 12/2012', metric: 'doanh thu' });
    expect(datedClaim('Tháng 9 năm nay, xuất khẩu đạt 2 tỷ USD.', '2 tỷ USD')?.period).toBe('tháng 9/2013');
    // The plain forms are as before.
    expect(datedClaim('Doanh thu năm nay đạt 5 tỷ đồng.', '5 tỷ đồng')?.period).toBe('năm 2013');
    expect(datedClaim('Quý 3, công ty lãi 264 tỷ đồng.', '264 tỷ đồng')?.period).toBe('quý III/2013');
  });
});

describe('the day something takes effect from, with its hour', () => {
  it('"áp dụng từ 20 giờ 00 phút ngày …" dates a claim, as "áp dụng từ ngày …" does', () => {
    expect(datedClaim('Giá mới áp dụng từ 20 giờ 00 phút ngày 22 tháng 10 năm 2013.', 'ngày 22 tháng 10 năm 2013')).toMatchObject({ kind: 'date', value: 20131022 });
    expect(datedClaim('Quy định có hiệu lực từ 0h ngày 1/1/2014.', 'ngày 1/1/2014')).toMatchObject({ kind: 'date', value: 20140101 });
  });

  it('the hour an ordinary event was seen at stays a time reference', () => {
    expect(claimsOf('Tin\n25/10/2013 07:05\n\nVụ việc được phát hiện vào lúc 23h ngày 19.10.2013 tại đường Cổ Linh.')).toEqual([]);
    expect(claimsOf('Tin\n25/10/2013 07:05\n\nHội nghị khai mạc lúc 8 giờ 30 phút ngày 5/3/2024.')).toEqual([]);
  });
});
