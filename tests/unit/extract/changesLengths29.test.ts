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
    // A level's bracket, or one about something else, leaves the amount as it is (review of engine 29).
    expect(claimAt('Lãi suất 6,5% (từ tháng 5 lên 7%).', '6,5%').kind).toBe('percent');
    expect(claimAt('Giá xăng giảm 300 đồng/lít, còn 24.000 đồng/lít (từ 24.300 đồng/lít xuống).', '24.000 đồng/lít').kind).toBe('money');
    expect(claimsOf('Ngân hàng hạ lãi suất điều hành xuống 7% (từ 7,5% xuống 7%).').map((c) => c.kind)).toEqual(['percent', 'percent', 'percent']);
    expect(claimAt('Trường có 1.200 học sinh (từ lớp 1 lên lớp 5).', '1.200 học sinh').kind).toBe('count');
    expect(claimAt('Tuyến đường dài 12 km (từ ngã tư Sở lên đèo Khau Phạ).', '12 km').kind).toBe('measure');
    expect(claimAt('Lương tối thiểu là 2,7 triệu đồng (từ ngày 1/1/2014 tăng lên 3,1 triệu đồng).', '2,7 triệu đồng').kind).toBe('money');
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
    // Not a share of a plan reached: "85% so với dự toán".
    expect(claimAt('Thu ngân sách đạt 8.500 tỷ đồng, tăng 12% so với cùng kỳ, 85% so với dự toán năm.', '85%').kind).toBe('percent');
    expect(claimAt('Doanh thu tăng 15% so với cùng kỳ và 20% so với kế hoạch.', '20%').kind).toBe('percent');
  });

  it('an index that gains or loses points ("tiến", "lùi") changes, and so does its restated percent', () => {
    const text = 'Chỉ số Nikkei tiến 120,5 điểm (0,8%), lên 15.300 điểm.';
    expect(claimAt(text, '120,5 điểm')).toMatchObject({ kind: 'change', value: 120.5 });
    expect(claimAt(text, '0,8%').kind).toBe('change');
    expect(claimAt('Chỉ số lùi 3,2 điểm.', '3,2 điểm').kind).toBe('change');
    expect(claimAt('Đội tiến vào vòng trong với 12 điểm.', '12 điểm').kind).toBe('measure');
    // A name, "tiến gần" (approaching a level), another word ending in "tiến": no change.
    expect(claimAt('Các thủ khoa: Nguyễn Văn Tiến 29,5 điểm, Lê Thị Hoa 28,5 điểm.', '29,5 điểm').kind).toBe('measure');
    expect(claimAt('Điểm chuẩn: THPT Tân Tiến 33 điểm.', '33 điểm').kind).toBe('measure');
    expect(claimAt('VN-Index tiến gần 600 điểm trong phiên sáng nay.', '600 điểm').kind).toBe('measure');
    expect(claimAt('Chương trình cải tiến 10 điểm.', '10 điểm').kind).toBe('measure');
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
    // A deadline, a death, a window ahead or behind: no length (review of engine 29).
    expect(claimsOf('Thời gian nhận hồ sơ đến hết 17 giờ 00 phút ngày 30/10/2013.').filter((c) => c.kind === 'duration')).toEqual([]);
    expect(claimsOf('Bà mất 15 giờ 30 phút ngày 3/5/2013.').filter((c) => c.kind === 'duration')).toEqual([]);
    expect(claimsOf('Trong 2 giờ 30 phút tới, mưa lớn sẽ tiếp diễn.')).toEqual([]);
    expect(claimsOf('Trong 2 giờ 30 phút qua, mực nước dâng 1 m.').map((c) => c.quote)).toEqual(['1 m']);
    expect(claimsOf('Cuộc họp kéo dài 0 giờ 0 phút.').filter((c) => c.value === 0)).toEqual([]);
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
    // One after another is no run: how many there were is the fact.
    expect(claimAt('Miền Trung hứng chịu 5 cơn bão liên tiếp trong tháng 10.', '5 cơn bão').kind).toBe('count');
    expect(claimAt('Có 3 ca mắc liên tiếp được ghi nhận.', '3 ca mắc').kind).toBe('count');
  });

  it('a run of sessions, seasons or times is about what happened in them', () => {
    expect(claimAt('Giá xăng đã giảm 3 lần liên tiếp.', '3 lần liên tiếp')).toMatchObject({ kind: 'streak', metric: 'giá xăng' });
    expect(claimAt('Cổ phiếu tăng trần 4 phiên liên tiếp.', '4 phiên liên tiếp')).toMatchObject({ kind: 'streak', metric: 'cổ phiếu tăng trần' });
    expect(claimAt('Đội giành 3 trận thắng liên tiếp.', '3 trận thắng liên tiếp').metric).toBe('trận thắng');
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

  it('a span from or to such a month, and "năm trước đó", are not read as that one month', () => {
    expect(datedClaim('Từ tháng 1 đến tháng 9 năm nay, cả nước có 320 vụ cháy.', '320 vụ')?.period).toBe('năm 2013');
    expect(datedClaim('Từ tháng 3 năm ngoái đến nay, giá vàng giảm 20%.', '20%')?.period).not.toBe('tháng 3/2012');
    expect(datedClaim('Kể từ quý 2 năm ngoái, công ty lỗ 50 tỷ đồng.', '50 tỷ đồng')?.period).not.toBe('quý II/2012');
    const before = datedClaim('Quý 4/2012 công ty lãi 50 tỷ đồng, trong khi quý 4 năm trước đó lãi 30 tỷ đồng.', '30 tỷ đồng');
    expect(before?.period).not.toBe('quý IV/2012');
    expect(before?.metric).not.toMatch(/^đó/u);
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
