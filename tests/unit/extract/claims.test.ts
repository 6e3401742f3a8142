import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import { placesIn } from '../../../shared/extract/entities';
import type { ExtractedClaim } from '../../../shared/schema';
import { claimAt, claimsOf, quotesOf } from './helpers';

describe('values: Vietnamese number formats and scale words', () => {
  it('reads thousands dots, decimal commas and leading zeros', () => {
    expect(claimAt('Toàn tỉnh có 1.891 tổ công nghệ số.', '1.891').value).toBe(1891);
    expect(claimAt('Kinh tế số chiếm 42,13% GRDP.', '42,13').value).toBe(42.13);
    expect(claimAt('Tỉnh tập trung vào cả 03 trụ cột.', '03').value).toBe(3);
    expect(claimAt('Lãi suất tăng 10.6% so với cùng kỳ.', '10.6').value).toBe(10.6);
  });

  it('multiplies scale words out', () => {
    expect(claimAt('Toàn tỉnh có 1,4 triệu tài khoản ngân hàng số.', '1,4 triệu').value).toBe(1_400_000);
    expect(claimAt('Tổ công nghệ số có khoảng 16 nghìn thành viên.', '16 nghìn').value).toBe(16_000);
    const money = claimAt('Dự án gồm 55.000 tỷ đồng vốn ngân sách.', '55.000');
    expect(money).toMatchObject({ kind: 'money', value: 5.5e13, unit: 'đồng' });
    expect(claimAt('Quy mô GDP đạt 340,6 tỷ USD.', '340,6')).toMatchObject({ kind: 'money', value: 340.6e9, unit: 'USD' });
    expect(claimAt('Học phí là 52 triệu đồng/năm.', '52')).toMatchObject({ kind: 'money', value: 52e6, unit: 'đồng/năm' });
  });

  it('"tỷ phú", "triệu phú" count people (billionaires, millionaires): no scale, digits or words', () => {
    expect(claimAt('Việt Nam có 6 tỷ phú USD theo Forbes.', '6 tỷ phú')).toMatchObject({ kind: 'count', value: 6, unit: 'tỷ phú' });
    expect(claimAt('Thế giới có 2.781 tỷ phú năm nay.', '2.781 tỷ phú')).toMatchObject({ value: 2781, unit: 'tỷ phú' });
    expect(claimAt('Thành phố có 300 triệu phú đô la.', '300 triệu phú')).toMatchObject({ value: 300, unit: 'triệu phú' });
    expect(claimAt('Danh sách có thêm ba tỷ phú mới.', 'ba tỷ phú')).toMatchObject({ value: 3, unit: 'tỷ phú' });
    // Near misses: the scale stays before other words beginning with "ph".
    expect(claimAt('Khu vực có 2 tỷ phụ nữ.', '2 tỷ phụ nữ')).toMatchObject({ value: 2e9, unit: 'phụ nữ' });
    expect(claimAt('Dự án 6 tỷ đồng phục vụ người dân.', '6 tỷ đồng')).toMatchObject({ kind: 'money', value: 6e9 });
    expect(claimAt('Gói vay 5 triệu phải trả trong 2 năm.', '5 triệu')).toMatchObject({ value: 5e6 });
    // Review of s40-lead: a place named "Phú …" right after an amount keeps the scale (the original text's capital).
    expect(claimAt('Hỗ trợ khẩn cấp 100 tỷ Phú Yên khắc phục hậu quả mưa lũ.', '100 tỷ')).toMatchObject({ value: 1e11 });
    expect(claimAt('Khu đô thị 4.000 tỷ Phú Lương ở Hà Đông vẫn bỏ hoang.', '4.000 tỷ')).toMatchObject({ value: 4e12 });
    expect(claimAt('Dự án có tổng vốn 1.200 tỷ Phú Mỹ Hưng đầu tư tại quận 7.', '1.200 tỷ')).toMatchObject({ kind: 'money', value: 1.2e12 });
  });

  it('a loanword written with hyphens is the whole counted noun ("500 ki-ốt", "20 công-ten-nơ"), not two dashed nouns', () => {
    expect(claimAt('Chợ Đồng Xuân có 500 ki-ốt kinh doanh.', '500')).toMatchObject({ kind: 'count', value: 500, unit: 'ki-ốt' });
    expect(claimAt('Cảng đã bốc dỡ 20 công-ten-nơ hàng.', '20')).toMatchObject({ unit: 'công-ten-nơ' });
    // Near misses: a score, a range of measures, a capitalised name after the hyphen.
    expect(claimAt('Đội khách thắng 2-1 trên sân Thống Nhất.', '2-1').unit).not.toContain('-');
    expect(claimAt('Khoảng cách từ 5 km-10 km tùy tuyến.', '5').unit).toBe('km');
    // Second review of s40-lead: two nouns joined by a dash are not one loanword; the first is counted, as before.
    expect(claimAt('Ban tổ chức phục vụ 2.000 lượt-người trong ngày hội.', '2.000')).toMatchObject({ value: 2000, unit: 'lượt' });
    expect(claimAt('Cả nước có 63 tỉnh-thành.', '63').unit).toBe('tỉnh');
    expect(claimAt('Thành phố có 40 ô-tô điện chạy dịch vụ.', '40').unit).toBe('ô-tô');
    // Third review: a loanword whose second syllable is also a noun ("ba-lô", "xi-lô") stays whole; "nhà-xưởng" is two nouns.
    expect(claimAt('Đoàn trao 30 ba-lô cho học sinh.', '30').unit).toBe('ba-lô');
    expect(claimAt('Nhà máy xây thêm 5 xi-lô chứa lúa.', '5').unit).toBe('xi-lô');
    expect(claimAt('Khu công nghiệp có 10 nhà-xưởng cho thuê.', '10').unit).toBe('nhà');
    // Noted by the third review: a dash before a noun written with a space ("y-bác sĩ", "hộ-gia đình") joins two words,
    // no loanword — the first is counted, as before this session.
    expect(claimAt('Bệnh viện huy động 50 y-bác sĩ trực Tết.', '50').unit).toBe('y');
    expect(claimAt('Xã hỗ trợ 30 hộ-gia đình khó khăn.', '30').unit).toBe('hộ');
    expect(claimAt('Trạm ghi nhận 200 lượt-phương tiện qua lại.', '200').unit).toBe('lượt');
    expect(claimAt('Chợ có 500 ki-ốt kinh doanh.', '500').unit).toBe('ki-ốt');
  });

  it('reads spelled-out numbers', () => {
    expect(claimAt('Bắc Ninh xác định ba trụ cột chính.', 'ba')).toMatchObject({ kind: 'count', value: 3 });
    expect(claimAt('Bốn cá nhân chưa hoàn trả kinh phí.', 'Bốn')).toMatchObject({ kind: 'count', value: 4 });
    expect(claimAt('Đoàn có hai mươi mốt người tham gia.', 'hai mươi mốt')).toMatchObject({ kind: 'count', value: 21 });
    expect(claimAt('Dự án thu hút một triệu rưỡi lượt khách.', 'một triệu rưỡi').value).toBe(1_500_000);
  });
});

describe('kinds', () => {
  it('percent: value in percentage points, also with a space or "phần trăm"', () => {
    expect(claimAt('Tỷ lệ xử lý đạt 92,3%.', '92,3')).toMatchObject({ kind: 'percent', value: 92.3, unit: '%' });
    expect(claimAt('Tiếp nhận trực tuyến chiếm tỷ lệ 4,86 % tổng số.', '4,86')).toMatchObject({ kind: 'percent', value: 4.86 });
    expect(claimAt('Lạm phát ở mức 4 phần trăm.', '4 phần trăm')).toMatchObject({ kind: 'percent', value: 4 });
  });

  it('ratio: value is the part, total the whole', () => {
    expect(claimAt('Đã có 9/14 chỉ tiêu hoàn thành.', '9/14')).toMatchObject({ kind: 'ratio', value: 9, total: 14 });
    expect(claimAt('Xã có 1.891/1.891 tổ cấp thôn.', '1.891/1.891')).toMatchObject({ kind: 'ratio', value: 1891, total: 1891 });
  });

  it('rank: "thứ 4/63", "đứng thứ 92", "xếp thứ Nhất", "top 10"', () => {
    expect(claimAt('Tỉnh Bắc Giang xếp thứ 4/63 tỉnh, thành.', 'thứ 4')).toMatchObject({ kind: 'rank', value: 4, total: 63 });
    expect(claimAt('Trường đứng thứ 92 thế giới về chất lượng giáo dục.', 'thứ 92')).toMatchObject({ kind: 'rank', value: 92, total: null });
    expect(claimAt('Lĩnh vực này tiếp tục xếp thứ Nhất.', 'Nhất')).toMatchObject({ kind: 'rank', value: 1 });
    // Lower-case "top 10" with a superlative after it is a place at most 10th (engine 36's middle rule).
    expect(claimAt('Hàn Quốc lọt vào top 10 nền kinh tế lớn nhất.', '10')).toMatchObject({ kind: 'rank', value: 10, qualifier: 'at_most' });
    expect(claimAt('Hàn Quốc là nền kinh tế lớn thứ 10 thế giới.', 'thứ 10')).toMatchObject({ kind: 'rank', value: 10 });
    expect(claimAt('Tỉnh đứng trong nhóm 10 tỉnh dẫn đầu.', '10')).toMatchObject({ kind: 'rank', value: 10, qualifier: 'at_most' });
  });

  it('streak: value plus the listed years', () => {
    const streak = claimAt('Trong 3 năm liên tiếp (2020, 2021, 2022), tỉnh đứng đầu.', '3 năm');
    expect(streak).toMatchObject({ kind: 'streak', value: 3, years: [2020, 2021, 2022], period: '2020–2022' });
    expect(claimAt('Nhờ vậy mà bốn năm liên tiếp tỉnh dẫn đầu.', 'bốn')).toMatchObject({ kind: 'streak', value: 4 });
    expect(claimAt('Đây là năm thứ 3 liên tiếp tỉnh dẫn đầu.', '3')).toMatchObject({ kind: 'streak', value: 3 });
  });

  it('range: value is the lower bound, upper the higher', () => {
    expect(claimAt('Ngân hàng Thế giới dự báo tăng trưởng 2,5-3% năm 2020.', '2,5')).toMatchObject({ kind: 'change', value: 2.5, upper: 3 });
    expect(claimAt('Lạm phát ở mức 2,5-3% năm 2020.', '2,5')).toMatchObject({ kind: 'percent', value: 2.5, upper: 3 });
    expect(claimAt('Học phí từ 40 - 45 triệu đồng/năm.', '40')).toMatchObject({ kind: 'money', value: 40e6, upper: 45e6 });
    expect(claimAt('Lãi suất giảm 10–15% trong quý.', '10–15')).toMatchObject({ value: 10, upper: 15 });
  });

  it('measure: km, km², ha, lần, điểm, tuổi', () => {
    expect(claimAt('Tuyến dài 19,7km.', '19,7')).toMatchObject({ kind: 'measure', value: 19.7, unit: 'km' });
    expect(claimAt('Xã có 13,56 km² diện tích tự nhiên.', '13,56')).toMatchObject({ kind: 'measure', unit: 'km²' });
    expect(claimAt('Khu đất rộng 20 ha.', '20')).toMatchObject({ kind: 'measure', unit: 'ha' });
    // A factor right after a change word is a change (CLAIMS.md, gold README).
    expect(claimAt('Diện tích tăng gần 4 lần.', '4')).toMatchObject({ kind: 'change', unit: 'lần', qualifier: 'approx' });
    expect(claimAt('Trường đạt 71,4 điểm.', '71,4')).toMatchObject({ kind: 'measure', unit: 'điểm' });
  });

  it('change: points and places ("bậc", "điểm phần trăm", "tăng 7 hạng")', () => {
    expect(claimAt('Chỉ số tụt 21 bậc.', '21')).toMatchObject({ kind: 'change', value: 21, unit: 'bậc' });
    expect(claimAt('Mức này cao hơn 0,7 điểm phần trăm.', '0,7')).toMatchObject({ kind: 'change', unit: 'điểm %' });
    expect(claimAt('Trường đã tăng 7 hạng so với năm trước.', '7')).toMatchObject({ kind: 'change', unit: 'hạng' });
    expect(claimAt('Chỉ số giảm 0,1 điểm.', '0,1')).toMatchObject({ kind: 'change', unit: 'điểm' });
  });

  it('duration: "Sau 4 năm thực hiện", "trong 20 ngày"', () => {
    expect(claimAt('Sau 4 năm thực hiện nghị quyết, tỉnh đạt nhiều thành tựu.', '4 năm')).toMatchObject({ kind: 'duration', value: 4, unit: 'năm' });
    expect(claimAt('Hệ thống được vận hành thử trong 20 ngày.', '20')).toMatchObject({ kind: 'duration', unit: 'ngày' });
  });

  it('date: a dated event is a claim, valued yyyymmdd', () => {
    const text = 'Ngày 11/6/2021, Ban Chấp hành Đảng bộ tỉnh Bắc Giang đã ban hành Nghị quyết số 111/NQ-TU về chuyển đổi số.';
    expect(claimsOf(text)).toEqual([expect.objectContaining({ kind: 'date', value: 20210611, quote: 'Ngày 11/6/2021', period: '2021-06-11' })]);
    expect(claimAt('Báo cáo được công bố ngày 21/9/2023 tại Hà Nội.', '21/9/2023')).toMatchObject({ kind: 'date', value: 20230921 });
    expect(claimAt('Nghị quyết có hiệu lực từ ngày 1/7/2021.', '1/7/2021')).toMatchObject({ kind: 'date' });
    expect(claimAt('Ngày 11 tháng 6 năm 2021, Tỉnh ủy ban hành nghị quyết.', '11 tháng 6')).toMatchObject({ kind: 'date', value: 20210611 });
  });

  it('date: a milestone dated without its year takes the year of the date line; an occasion or a window does not count', () => {
    const dated = (body: string): ReturnType<typeof extractClaims> => {
      const text = `Tin trong ngày\n21/10/2013 16:26\n\n${body}`;
      return extractClaims(text, extractMetadata(text));
    };
    expect(dated('Google sẽ bán Nexus 5 ngay từ ngày 31/10 với hai màu.').find((c) => c.kind === 'date')).toMatchObject({ value: 20131031 });
    expect(dated('Từ ngày 1/9, thuế xuất khẩu than giảm từ 13% xuống 10%.').find((c) => c.kind === 'date')).toMatchObject({ value: 20130901 });
    expect(dated('Giải sẽ diễn ra từ ngày 2/11 đến ngày 10/11 tại Phnom Penh.').filter((c) => c.kind === 'date').map((c) => c.value)).toEqual([20131102, 20131110]);
    expect(dated('Sau đợt điều chỉnh giá hôm 16/10, các gói cước không đổi.').find((c) => c.kind === 'date')).toMatchObject({ value: 20131016 });
    // A day after the date line, after a day word or "từ": an announced schedule or a deadline, dated.
    expect(dated('Đội sẽ tái đấu Uzbekistan hôm 15-11 tại sân Mỹ Đình.').find((c) => c.kind === 'date')).toMatchObject({ value: 20131115 });
    expect(dated('Đội tập trung từ ngày 8-11 để chuẩn bị.').find((c) => c.kind === 'date')).toMatchObject({ value: 20131108 });
    expect(dated('Khách đặt hàng trước từ 8/11 tới hết ngày 24/11.').filter((c) => c.kind === 'date').map((c) => c.value)).toEqual([20131108, 20131124]);
    // A range after "từ" or a day word, with a unit or a counted noun, stays a range; a December day in a
    // January article is last December's, not an upcoming one.
    expect(dated('Trẻ em từ 6-12 tuổi được tiêm miễn phí.').map((c) => [c.kind, c.value])).toEqual([['measure', 6]]);
    // After "ngày"/"hôm" it is a day whatever word follows.
    expect(dated('Ngày 15/11 học sinh được nghỉ học.').map((c) => [c.kind, c.value])).toEqual([['date', 20131115]]);
    expect(dated('Giá căn hộ dao động từ 10-12 triệu đồng/m2.').map((c) => c.kind)).toEqual(['money']);
    expect(dated('Nhiệt độ ban đêm 10-12 độ C.').filter((c) => c.kind === 'date')).toEqual([]);
    const january = 'Tin giao thông\n05/01/2014 10:00\n\nTừ 20/12 giá vé tàu tăng 10%.';
    expect(extractClaims(january, extractMetadata(january)).filter((c) => c.kind === 'date' && c.value === 20141220)).toEqual([]);
    // …not a day before it, nor one "tính đến" reads figures at.
    expect(dated('Đội tập trung từ ngày 8-10 để chuẩn bị.').filter((c) => c.kind === 'date')).toEqual([]);
    expect(dated('Tính đến ngày 30/11, tỉnh dự kiến giải ngân 60% vốn.').filter((c) => c.kind === 'date')).toEqual([]);
    // An event that starts on the day ("bước vào", "khởi tranh"); a clause opened by "Cụ thể" or "Theo đó".
    expect(dated('Ngày 25/10, toàn đội sẽ bước vào đợt tập huấn đầu tiên.').find((c) => c.kind === 'date')).toMatchObject({ value: 20131025 });
    expect(dated('Cụ thể ngày 18/12/2020, Bộ Tài chính có công văn thông báo kết quả.').find((c) => c.kind === 'date')).toMatchObject({ value: 20201218 });
    expect(dated('Theo đó, từ ngày 1/11 giá điện điều chỉnh tăng 5%.').find((c) => c.kind === 'date')).toMatchObject({ value: 20131101 });
    expect(dated('Cụ thể, tính đến ngày 1/9/2020 tỉnh có 10 dự án.').filter((c) => c.kind === 'date')).toEqual([]);
    // The day of the reported occasion, an as-of day, an averaging window: time references.
    expect(dated('Ngày 30/10, tại Hà Nội đã diễn ra cuộc họp về thiết bị giám sát.').filter((c) => c.kind === 'date')).toEqual([]);
    expect(dated('Tính đến ngày 28/10, tỉnh đã giải ngân 60% vốn.').filter((c) => c.kind === 'date')).toEqual([]);
    expect(dated('Giá cơ sở bình quân 30 ngày từ ngày 21/9/2013 đến ngày 20/10/2013 cao hơn giá bán.').filter((c) => c.kind === 'date')).toEqual([]);
    // Without a date line a year-less day takes the year the text speaks of, as a year-less period does;
    // with no year in the text it stays a time reference.
    expect(claimsOf('Google sẽ bán Nexus 5 ngay từ ngày 31/10.').filter((c) => c.kind === 'date')).toEqual([]);
    const undated = 'Năm 2021, tuyến metro số 1 nhận đoàn tàu đầu tiên. Ngày 1/5, hai đoàn tàu 3 toa xuất phát từ nhà máy.';
    expect(claimsOf(undated).find((c) => c.kind === 'date')).toMatchObject({ value: 20210501 });
  });

  it('count: the counted noun is the unit', () => {
    expect(claimAt('Toàn tỉnh tiếp nhận 74.278 hồ sơ.', '74.278')).toMatchObject({ kind: 'count', value: 74278, unit: 'hồ sơ' });
    expect(claimAt('Thanh Hóa có 559 đơn vị hành chính cấp xã.', '559')).toMatchObject({ kind: 'count', unit: 'đơn vị' });
    expect(claimAt('Gồm 471 xã, 60 phường.', '471')).toMatchObject({ kind: 'count', unit: 'xã' });
  });
});

describe('harder cases seen in real news', () => {
  it('a bare scale in a money sentence is money ("Tổng vốn đầu tư là 1.500 tỷ")', () => {
    expect(claimAt('Tổng vốn đầu tư là 1.500 tỷ.', '1.500')).toMatchObject({ kind: 'money', value: 1.5e12, unit: 'đồng' });
  });

  it('"5 trong số 10 tỉnh" is a ratio; "30/4" and "Dịp 2/9" are days, not ratios', () => {
    expect(claimAt('Có 5 trong số 10 tỉnh đạt chuẩn.', '5 trong số 10')).toMatchObject({ kind: 'ratio', value: 5, total: 10 });
    expect(quotesOf('Tuyến đường mở cửa dịp 30/4 năm nay.')).toEqual([]);
    expect(quotesOf('Dịp 2/9 có nhiều hoạt động.')).toEqual([]);
  });

  it('"tăng 12,5 điểm" is a change, "lên 1.250,3 điểm" the level reached', () => {
    const [change, level] = claimsOf('Chỉ số VN-Index tăng 12,5 điểm lên 1.250,3 điểm.');
    expect(change).toMatchObject({ kind: 'change', value: 12.5 });
    expect(level).toMatchObject({ kind: 'measure', value: 1250.3 });
  });

  it('deposit terms ("kỳ hạn 1 tháng") are product names, the rates are the figures', () => {
    expect(claimsOf('Lãi suất kỳ hạn 1 tháng giảm xuống 3,3%/năm.').map((c) => [c.kind, c.value, c.unit])).toEqual([['percent', 3.3, '%/năm']]);
  });

  it('every term in a list of deposit terms is a product name ("kỳ hạn từ 1 tháng đến dưới 6 tháng")', () => {
    const text = 'Tiền gửi có kỳ hạn từ 1 tháng đến dưới 6 tháng hưởng 4%/năm; kỳ hạn qua đêm, 1 tuần và 1 tháng lần lượt là 0,1%/năm, 0,2%/năm và 0,5%/năm.';
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['percent', 'percent', 'percent', 'percent']);
  });

  it('a bond term is a duration ("thời hạn 5 năm")', () => {
    expect(claimAt('Công ty phát hành trái phiếu với thời hạn 5 năm.', '5 năm')).toMatchObject({ kind: 'duration', value: 5, unit: 'năm' });
  });

  it('a record window is a duration; a reporting period is not ("cao nhất trong vòng hơn 1 tháng qua")', () => {
    expect(claimAt('Giá ở mức cao nhất kể từ ngày 20/9, tức là trong vòng hơn 1 tháng qua.', '1 tháng')).toMatchObject({
      kind: 'duration',
      value: 1,
      qualifier: 'more_than',
      quote: 'hơn 1 tháng',
    });
    expect(claimAt('Khối lượng giao dịch lớn nhất trong vòng 5 tháng qua trên sàn.', '5 tháng')).toMatchObject({ kind: 'duration', value: 5 });
    expect(claimAt('Lãi suất thấp nhất trong 10 năm.', '10 năm')).toMatchObject({ kind: 'duration', value: 10 });
    expect(quotesOf('Doanh thu cao nhất trong 9 tháng đầu năm.')).toEqual([]);
    expect(quotesOf('Thống nhất trong 6 tháng qua nhiều việc.')).toEqual([]);
  });

  it('a vague word with a scale word is an approximate quantity at that scale ("hàng nghìn", "vài chục nghìn")', () => {
    expect(claimAt('Hàng trăm người đã đến.', 'trăm')).toMatchObject({ kind: 'count', value: 100, qualifier: 'approx', quote: 'Hàng trăm người' });
    expect(claimAt('Có vài chục nghìn cổ phiếu được khớp.', 'nghìn')).toMatchObject({ kind: 'count', value: 10000, qualifier: 'approx', unit: 'cổ phiếu' });
    expect(claimAt('Hàng chục ngàn doanh nghiệp rút lui.', 'ngàn')).toMatchObject({ kind: 'count', value: 10000, qualifier: 'approx' });
    expect(claimAt('Hàng chục tỷ đồng bị thất thoát.', 'tỷ')).toMatchObject({ kind: 'money', value: 1e10, qualifier: 'approx' });
    // "hàng" closing a noun is no vague word: "mặt hàng triệu đô", "ngân hàng nghìn tỷ".
    expect(quotesOf('Có mặt hàng triệu đô được bày bán, ngân hàng nghìn tỷ cũng vậy.')).toEqual([]);
  });

  it('"dân số 652.572 người", "tổng số 500 hồ sơ", "trực tuyến 30 vướng mắc", "hai chỉ số" are counts', () => {
    expect(claimAt('Dân số 652.572 người.', '652.572')).toMatchObject({ kind: 'count', value: 652572, unit: 'người' });
    expect(claimAt('Tổng số 500 hồ sơ đã được duyệt.', '500')).toMatchObject({ kind: 'count', value: 500 });
    expect(claimAt('Tòa án giải đáp trực tuyến 30 vướng mắc.', '30')).toMatchObject({ kind: 'count', unit: 'vướng mắc' });
    expect(claimAt('Hai chỉ số tư pháp đều tụt hạng.', 'chỉ số')).toMatchObject({ kind: 'count', value: 2 });
    // …but a capitalised "Chỉ số" after a rank starts the name of the index, outside the quote.
    expect(claimAt('Tỉnh Bắc Ninh xếp thứ 10 Chỉ số ICT Index cấp tỉnh.', 'thứ 10')).toMatchObject({ kind: 'rank', value: 10, quote: 'thứ 10' });
    expect(quotesOf('Quyết định số 5 được ban hành.')).toEqual([]);
  });

  it('"gấp gần 4 lần" is an approximate change, like "gần gấp 3 lần"', () => {
    expect(claimAt('Diện tích gấp gần 4 lần hiện tại.', '4')).toMatchObject({ kind: 'change', value: 4, qualifier: 'approx', quote: 'gấp gần 4 lần' });
    expect(claimAt('Doanh thu gần gấp 3 lần.', '3')).toMatchObject({ kind: 'change', value: 3, qualifier: 'approx' });
  });

  it('the months a results figure covers are no duration ("Lũy kế 9 tháng,", "9 tháng lãi ròng …", "… 9 tháng" ending a title)', () => {
    const text = 'Hà Tiên báo lỗ hơn 70 tỷ đồng 9 tháng\n22/10/2013 10:36\n\nLũy kế 9 tháng, công ty lỗ 70 tỷ đồng. Doanh thu trong 9 tháng ước đạt 68.630 tỷ đồng. Lâm Thao: 9 tháng lãi ròng 325 tỷ đồng. Ông bị tạm giam 9 tháng.';
    const durations = claimsOf(text).filter((c) => c.kind === 'duration');
    expect(durations.map((c) => [c.quote, c.metric])).toEqual([['9 tháng', 'ông bị tạm giam']]);
  });

  it('a signed table cell is a change ("-8%", "(+20 %)"); "10-25%" stays a range', () => {
    const cells = claimsOf('Doanh thu thuần 382.17 416.32 -8% 131.4 153.24 -14% Lãi gộp');
    expect(cells.map((c) => [c.quote, c.kind, c.value])).toEqual([
      ['-8%', 'change', 8],
      ['-14%', 'change', 14],
    ]);
    expect(claimAt('NVC tăng 100 đồng (+20 %) lên 600 đồng.', '20')).toMatchObject({ kind: 'change', value: 20 });
    expect(claimAt('Lãi suất 10-25%.', '10-25')).toMatchObject({ kind: 'percent', value: 10, upper: 25 });
  });

  it('camera resolutions and population density are measures', () => {
    expect(claimAt('Máy có camera sau 13 MP.', '13')).toMatchObject({ kind: 'measure', unit: 'MP' });
    expect(claimAt('Camera trước 1,3 megapixel.', '1,3')).toMatchObject({ kind: 'measure', value: 1.3, unit: 'MP' });
    expect(claimAt('Mật độ dân số 7.222 người/km2.', '7.222')).toMatchObject({ kind: 'measure', value: 7222, unit: 'người/km²' });
  });

  it('a flattened list of places with counts keeps every count ("Thái Lan 25 trường, Malaysia 19 trường")', () => {
    expect(claimsOf('Thái Lan 25 trường, Malaysia 19 trường, Indonesia 18 trường.').map((c) => c.value)).toEqual([25, 19, 18]);
  });

  it('sports: the minute of an event is a measure, minutes between events a duration (CLAIMS.md gold guide)', () => {
    const text = 'Phút 33, Hải tranh bóng. Ly mở tỷ số 1-0 phút 34 cho đội khách. 6 phút sau, Hùng ấn định tỷ số.';
    expect(claimsOf(text).map((c) => [c.quote, c.kind, c.value, c.unit])).toEqual([
      ['Phút 33', 'measure', 33, 'phút'],
      ['1-0', 'measure', 1, 'tỷ số'],
      ['phút 34', 'measure', 34, 'phút'],
      ['6 phút', 'duration', 6, 'phút'],
    ]);
    expect(claimAt('Đội gọi bổ sung 4 cầu thủ là An, Bình, Chi và Dũng.', '4')).toMatchObject({ kind: 'count', unit: 'cầu thủ' });
  });

  it('a range of counts keeps its bounds ("từ 3-5 cơn bão")', () => {
    expect(claimAt('Mỗi năm có từ 3-5 cơn bão đổ bộ.', '3-5')).toMatchObject({ kind: 'count', value: 3, upper: 5, quote: 'từ 3-5 cơn bão' });
  });
});

describe('qualifiers', () => {
  it.each([
    ['Tỷ lệ đạt gần 80%.', 'approx'],
    ['Có khoảng 16 nghìn thành viên.', 'approx'],
    ['Số hóa đạt xấp xỉ 297 tỷ đồng.', 'approx'],
    ['GDP ước đạt 6%.', 'approx'],
    ['Số hóa đạt hơn 84%.', 'more_than'],
    ['Thái Bình có trên 80% người trưởng thành dùng điện thoại thông minh.', 'more_than'],
    ['Kinh tế số vượt 17% chỉ tiêu đề ra.', 'more_than'],
    ['Trẻ em dưới 5 tuổi được tiêm.', 'less_than'],
    ['Chỉ có chưa đến 10% hộ dân tham gia.', 'less_than'],
    ['Kinh tế số chiếm tối thiểu 35% GRDP.', 'at_least'],
    ['Cần ít nhất 20 tỷ đồng.', 'at_least'],
    ['Học phí tăng tối đa 10%.', 'at_most'],
    ['Mức tăng không quá 10%.', 'at_most'],
    ['Tỷ lệ đạt 92,3%.', 'exact'],
  ])('%s → %s', (text, qualifier) => {
    expect(claimsOf(text)[0]?.qualifier).toBe(qualifier);
  });

  it('"vượt mốc", "vượt ngưỡng", "vượt con số" before a figure: more than it, and the metric keeps no "đã vượt mốc"', () => {
    expect(claimAt('Tổng vốn đầu tư đã vượt mốc 2 tỷ USD.', '2 tỷ')).toMatchObject({ qualifier: 'more_than', quote: 'vượt mốc 2 tỷ USD', metric: 'tổng vốn đầu tư' });
    expect(claimAt('Số ca mắc trong tuần vượt ngưỡng 500 ca.', '500')).toMatchObject({ qualifier: 'more_than', quote: 'vượt ngưỡng 500 ca' });
    expect(claimAt('Lượng khách năm nay vượt con số 18 triệu lượt.', '18')).toMatchObject({ qualifier: 'more_than', quote: 'vượt con số 18 triệu lượt' });
    // Near misses: a milestone reached is the figure itself; "mốc" naming a time is no qualifier.
    expect(claimAt('Kim ngạch xuất khẩu cán mốc 10 tỷ USD.', '10 tỷ')).toMatchObject({ qualifier: 'exact' });
    expect(claimAt('Kinh tế số vượt 17% chỉ tiêu đề ra.', '17%')).toMatchObject({ qualifier: 'more_than', quote: 'vượt 17%' });
  });

  it('a milestone passed is a level, not a change; not passed ("không", "chưa vượt ngưỡng") is at most; about to pass ("sắp vượt mốc") is near it (review of s35-lead)', () => {
    expect(claimAt('Giá vàng tăng vượt mốc 70 triệu đồng/lượng.', '70')).toMatchObject({ kind: 'money', qualifier: 'more_than', quote: 'vượt mốc 70 triệu đồng/lượng', unit: 'đồng/lượng' });
    expect(claimAt('Doanh thu tăng vượt ngưỡng 100 tỷ đồng.', '100')).toMatchObject({ kind: 'money', qualifier: 'more_than' });
    expect(claimAt('Nợ công không vượt ngưỡng 65% GDP.', '65')).toMatchObject({ qualifier: 'at_most', quote: 'không vượt ngưỡng 65%' });
    expect(claimAt('Tỷ lệ nợ xấu không vượt mốc 3%.', '3%')).toMatchObject({ qualifier: 'at_most' });
    expect(claimAt('Số ca mắc chưa vượt ngưỡng 500 ca.', '500')).toMatchObject({ qualifier: 'at_most' });
    expect(claimAt('Lượng khách không vượt con số 18 triệu lượt.', '18')).toMatchObject({ qualifier: 'at_most' });
    expect(claimAt('Bội chi không vượt 4% GDP.', '4%')).toMatchObject({ qualifier: 'at_most' });
    expect(claimAt('Kim ngạch sắp vượt mốc 10 tỷ USD.', '10')).toMatchObject({ qualifier: 'approx', quote: 'sắp vượt mốc 10 tỷ USD' });
    // A plan exceeded stays a change ("tăng vượt 70 triệu" as on main: the amount of a rise).
    expect(claimAt('Giá vàng tăng vượt 70 triệu đồng/lượng.', '70')).toMatchObject({ kind: 'change' });
  });

  it('"từ 98% trở lên" is at_least and the span covers it', () => {
    expect(claimAt('Tỷ lệ xử lý văn bản tại cấp tỉnh đạt từ 98% trở lên.', '98')).toMatchObject({ qualifier: 'at_least', quote: 'từ 98% trở lên' });
  });

  it('"cao hơn 5%" states a difference, not a bound', () => {
    expect(claimAt('Mức này cao hơn 5% so với năm trước.', '5')).toMatchObject({ qualifier: 'exact' });
  });
});

describe('never quantities', () => {
  it.each([
    ['document identifiers', 'Nghị quyết số 111/NQ-TU, Nghị quyết 52-NQ/TW và Quyết định số 749/QĐ-TTg được ban hành.'],
    ['a numbered scheme', 'Tỉnh triển khai Đề án 06 về dữ liệu dân cư.'],
    ['a year and a period as time references', 'Trong năm 2020, giai đoạn 2021-2025 và quý I/2021, tỉnh chuyển đổi số.'],
    ['version labels', 'Cách mạng công nghiệp 4.0 và mạng 4G, 5G giúp phòng chống COVID-19.'],
    ['times of day', 'Buổi họp bắt đầu lúc 7h30 và kết thúc lúc 10:15.'],
    ['24/7', 'Tổng đài hoạt động 24/7.'],
    ['"một số", "một trong những", "đầu tư", "tư pháp"', 'Một số địa phương là một trong những nơi đầu tư vào tư pháp.'],
    ['"năm" meaning year', 'Năm nay tỉnh tiếp tục đầu tư.'],
    ['a series label', 'Bài 1: Hướng tới thành phố tiên phong'],
    ['a level label', 'Dịch vụ công trực tuyến mức độ 4 được cung cấp.'],
    ['a road number', 'Quốc lộ 45 đi qua huyện.'],
    ['an event ordinal', 'Đại hội Đảng bộ tỉnh lần thứ XVII và phiên họp thứ 55 đã diễn ra.'],
    ['a report-date reference', 'Chiều 30/10, Bộ trưởng phát biểu tại cuộc họp.'],
    ['vague amounts with no scale', 'Vài người và một vài du khách đã đến trong vài tháng, hàng năm đều vậy.'],
    ['numbers in product names', 'Samsung trang bị chip Snapdragon 800 mạnh mẽ cho Galaxy Note 10.1 phiên bản mới.'],
    ['the edition of a games', 'SEA Games 27 khởi tranh tại Myanmar.'],
    ['an averaging window', 'Giá bán cao hơn giá cơ sở bình quân 30 ngày.'],
    ['a pair of parties, people together (digits or words)', 'Cả 2 bên cần hợp tác; cả hai đội nhập cuộc chậm, hai sàn đều giảm; 2 người cùng đi, hai người đều khỏe.'],
    ['a model number before a verb', 'Lumia 1520 sở hữu màn hình lớn, Nexus 5 sở hữu nhiều tính năng.'],
    ['halves, sets and games of a match', 'Hiệp 1 kết thúc không bàn thắng. Bước sang set 3 quyết định, game 2 kéo dài.'],
    ['"tỷ" opening a noun', 'Nợ công ở một tỷ lệ an toàn.'],
    ['the year of a ranking', 'Trong kỳ xếp hạng năm 2021, trường tiến bộ.'],
    ['counts pointing back at a named set', 'Hai cầu thủ này đều chơi tốt, 4 cá nhân nói trên bị xử phạt.'],
    ['the share that defines an income group (a quintile)', 'Nhóm 20% giàu nhất hưởng nhiều hơn 20% nhóm nghèo và 20% dân số nghèo nhất.'],
    ['the pair just named, restated in apposition', 'Anh có thể bỏ Lyon Open và Metz Open, hai giải đấu nhỏ, để nghỉ ngơi.'],
    ['"vị trí nhất định", the sea "Vịnh Bắc Bộ" as no region', 'Vịnh Bắc Bộ giữ vị trí nhất định.'],
    ['the first minutes of a match as a time reference', 'Trong 10 phút đầu, đội khách ép sân.'],
    ['the window of a total', 'Thị trường đã nhận thêm vốn trong 4 năm rưỡi qua.'],
    ['a date of a document reference', 'Thực hiện Quyết định số 749/QĐ-TTg, ngày 03/6/2020 của Thủ tướng.'],
    ['a weekday', 'Thứ Tư, tỉnh tổ chức hội nghị.'],
    ['a phone number', 'Liên hệ đường dây nóng: 0912 345 678.'],
    ['an image file name', 'anh-bai-so-5.jpg'],
  ])('%s', (_what, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('site boilerplate: visit counters, view and comment counts', () => {
    const page = 'Thống kê truy cập\nHôm nay : 6\nHôm qua : 1.310\nTháng 12 : 41.486\nNăm 2024 : 978.184\nThứ Tư, 8 Tháng Năm, 2024 203 lượt xem Chia sẻ bài viết:\n(0) Bình luận';
    expect(quotesOf(page)).toEqual([]);
  });

  it('still extracts the figure next to a time reference', () => {
    expect(quotesOf('Trong năm 2023, tại tỉnh Bắc Giang 100% doanh nghiệp sử dụng hóa đơn điện tử.')).toEqual(['100%']);
    expect(quotesOf('Trong 6 tháng đầu năm 2021, toàn tỉnh đã tiếp nhận 74.278 hồ sơ.')).toEqual(['74.278 hồ sơ']);
  });
});

describe('several figures in one sentence are several claims sharing the sentence', () => {
  it('splits "100% diện tích và 78% số điện thoại"', () => {
    const text = '100% diện tích và 78% số điện thoại di động thông minh được phổ cập dịch vụ 4G.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.value)).toEqual([100, 78]);
    expect(new Set(claims.map((c) => `${c.sentenceStart}-${c.sentenceEnd}`)).size).toBe(1);
    expect(claims[0]?.sentenceStart).toBe(0);
    expect(claims[0]?.sentenceEnd).toBe(text.length);
  });
});

describe('subject, metric, period, modality', () => {
  it('takes the subject from the sentence, else the article main subject', () => {
    const text = 'Kết quả chuyển đổi số ở Bắc Giang\nTỉnh Bắc Giang đã triển khai 15 nền tảng số. Tỷ lệ hồ sơ trực tuyến đạt gần 80%.';
    const [first, second] = claimsOf(text);
    expect(first?.subject).toBe('Bắc Giang');
    expect(second?.subject).toBe('Bắc Giang');
    expect(second?.metric).toBe('tỷ lệ hồ sơ trực tuyến');
  });

  it('does not carry a place named in passing: the end of a route, a road named after a place', () => {
    // The title makes Đồng Nai the article's main subject: the figures are TP.HCM's, the topic before them.
    const text =
      'Đồng Nai chờ metro\nTại TP.HCM, tuyến metro số 1 dài 19,7 km. Tuyến được định hướng kéo dài từ ga Suối Tiên đến Bình Dương và đến TP Biên Hòa, tỉnh Đồng Nai trong tương lai. ' +
      'Dự án có 4 gói thầu chính và hiện khối lượng thi công đạt hơn 84%. Đoạn trên cao có cầu vượt xa lộ Hà Nội. Khối lượng đạt hơn 96%.';
    expect(claimAt(text, '84%').subject).toBe('TP.HCM');
    expect(claimAt(text, '96%').subject).toBe('TP.HCM');
    expect(claimAt('Cầu Cần Thơ dài 2,75 km.', '2,75').subject).toBeNull();
    // A place that opens the sentence before, a place visited, a city named "thành phố …" stay.
    expect(claimAt('Tại Đồng Nai, đã có 12 dự án khởi công. Tổng vốn đạt 5.000 tỷ đồng.', '5.000').subject).toBe('Đồng Nai');
    expect(claimAt('Thủ tướng đến Quảng Ninh dự hội nghị. Tỉnh có 300 doanh nghiệp FDI.', '300').subject).toBe('Quảng Ninh');
    expect(claimAt('Năm 2023, thành phố Hà Nội thu ngân sách đạt 400.000 tỷ đồng.', '400.000').subject).toBe('Hà Nội');
  });

  it('reads a university by its acronym as the subject ("ĐHQGHN … đứng thứ 92 thế giới")', () => {
    expect(claimAt('Tuy nhiên, duy nhất ĐHQGHN có thứ hạng cao ở SDG 4, với 71,4 điểm, đứng thứ 92 thế giới.', 'thứ 92').subject).toBe('ĐHQGHN');
    // A shareholders' meeting is no university.
    // (The body's whole name since engine 25: "Cổ phần" goes on the name, no longer cut at "Công ty Cổ".)
    expect(claimAt('Công ty Cổ phần Vinamilk tổ chức ĐHĐCĐ, đặt mục tiêu doanh thu 60.000 tỷ đồng.', '60.000').subject).toBe('Công ty Cổ phần Vinamilk');
  });

  it('names the metric around "chiếm": "kinh tế số / GRDP"', () => {
    expect(claimAt('Kinh tế số của tỉnh năm 2023 chiếm 42,13% tổng sản phẩm (GRDP) trên địa bàn tỉnh.', '42,13')).toMatchObject({
      metric: 'kinh tế số / GRDP',
      period: 'năm 2023',
    });
  });

  it('reads periods: "6 tháng đầu năm 2021", "quý I/2021", "tháng 9/2023"', () => {
    expect(claimAt('Trong 6 tháng đầu năm 2021, tỉnh tiếp nhận 74.278 hồ sơ.', '74.278').period).toBe('6 tháng đầu năm 2021');
    expect(claimAt('Trong quý I/2021, có 9,1 triệu người bị ảnh hưởng.', '9,1').period).toBe('quý I/2021');
    expect(claimAt('Riêng tháng 9/2023 đạt 64,6%.', '64,6').period).toBe('tháng 9/2023');
    // A title ending in its period, the date line on the next line: the line break ends the period.
    const title = 'HPG lãi 1.520 tỷ đồng sau 9 tháng\n21/10/2013 16:26\n\nNội dung.';
    expect(claimAt(title, '1.520').period).not.toBeNull();
  });

  it('reads the year to date and the rest of the year from the date line', () => {
    const text =
      'Tiền thưởng của Nadal\n19/10/2013 11:55\n\nTính tới thời điểm này trong năm, Nadal đã bỏ túi 10,7 triệu USD. ' +
      'Nếu từ giờ đến cuối năm mọi thứ hanh thông, anh có thể cán mốc 15 triệu USD. Đầu năm nay, anh có 2 danh hiệu.';
    const claims = extractClaims(text, extractMetadata(text));
    const at = (q: string) => claims.find((c) => c.quote.includes(q))?.period;
    expect(at('10,7')).toBe('10 tháng đầu năm 2013');
    expect(at('15 triệu')).toBe('đến cuối năm 2013');
    expect(at('2 danh hiệu')).toBe('đầu năm 2013');
    // "nửa đầu năm (nay)" is the first six months: "195.000 việc làm" is not September's figure.
    const jobs = 'Việc làm Mỹ\n05/10/2013 10:00\n\nTrong tháng 9/2013, Mỹ chỉ tạo ra 148.000 việc làm, thấp hơn mức trung bình trong nửa đầu năm nay là 195.000 việc làm.';
    expect(extractClaims(jobs, extractMetadata(jobs)).map((c) => c.period)).toEqual(['tháng 9/2013', '6 tháng đầu năm 2013']);
    const lastYear = 'Tiền thưởng\n19/10/2013 11:55\n\nTính đến cuối năm ngoái, anh có 9 danh hiệu.';
    expect(extractClaims(lastYear, extractMetadata(lastYear))[0]?.period).not.toBe('đến cuối năm 2013');
  });

  it('does not take a place that goes on with a capitalised Vietnamese word for the subject', () => {
    expect(claimAt('Cầu Điện Biên Phủ đã đạt 96% khối lượng.', '96%').subject).not.toBe('Điện Biên');
    expect(claimAt('Tàu đi qua Thái Bình Dương trong 12 ngày, chở 3.000 tấn hàng.', '3.000').subject).not.toBe('Thái Bình');
    // A Latin word after it (an index, a brand) keeps the place; so does the next place of a list. (Since engine
    // 37 the index opening the clause is the subject, its place kept in its name.)
    expect(claimAt('Chỉ số Thượng Hải Composite giảm 8,83%.', '8,83%').subject).toBe('Chỉ số Thượng Hải Composite');
    expect(placesIn('Hai tỉnh Điện Biên Lai Châu có huyện nghèo.')).toEqual(['Điện Biên', 'Lai Châu']);
    expect(placesIn('Cầu Điện Biên Phủ và cầu Sài Gòn.')).toEqual([]);
    // A place followed by an official's name stays the place.
    expect(claimAt('Chủ tịch UBND TP Hà Nội Nguyễn Thế Thảo cho biết thành phố thu 150.000 tỷ đồng.', '150.000').subject).toBe('Hà Nội');
  });

  it("takes the state's own business (Quốc hội, ngân sách nhà nước, bội chi) for the country's", () => {
    const text =
      'Nâng mức bội chi ngân sách\n23/10/2013 17:14\n\nTheo báo cáo trước Quốc hội, thu ngân sách nhà nước ước đạt hơn 700.000 tỷ đồng. ' +
      'Các đại biểu đồng ý nâng bội chi lên 5,3% GDP. Bên lề kỳ họp, đại biểu Cần Thơ phát biểu.';
    const claims = extractClaims(text, extractMetadata(text));
    expect(claims.map((c) => c.subject)).toEqual(['Việt Nam', 'Việt Nam']);
    // A province's story about its deputies to the National Assembly stays the province's.
    const deputies = 'Cử tri Nghệ An kiến nghị\n25/10/2013 10:00\n\nĐoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri. Cử tri đề nghị Quốc hội quan tâm giá điện. Đại biểu Quốc hội cho biết tỉnh có 120.000 hộ nghèo.';
    expect(extractClaims(deputies, extractMetadata(deputies))[0]?.subject).toBe('Nghệ An');
    // A province's own story that cites the state budget once stays the province's.
    const local = 'Cần Thơ thu ngân sách\n23/10/2013 17:14\n\nNăm 2013, Cần Thơ nộp ngân sách nhà nước 9.000 tỷ đồng.';
    expect(extractClaims(local, extractMetadata(local))[0]?.subject).toBe('Cần Thơ');
  });

  it('a count of 2 after "Tại A và B," is a count; so is a count of people after a named pair', () => {
    expect(claimAt('Tại Quảng Nam và Quảng Ngãi, 2 trường bị sập.', '2 trường').kind).toBe('count');
    expect(claimAt('Ở Hà Nội và TP.HCM, 2 ca tử vong được ghi nhận.', '2 ca').kind).toBe('count');
  });

  it('a share of poor households is a figure, unlike the share that defines a quintile', () => {
    expect(claimAt('Tỉnh còn 20% hộ nghèo.', '20%')).toMatchObject({ kind: 'percent', value: 20 });
  });

  it('"thêm" + number after a verb of adding is a change; after "có" or a verb of paying it is not', () => {
    expect(claimAt('Đảo sẽ nhận thêm ba chiếc máy bay.', 'ba chiếc')).toMatchObject({ kind: 'change', value: 3 });
    expect(claimAt('Chương trình mở rộng thêm 30 huyện.', '30 huyện')).toMatchObject({ kind: 'change', value: 30 });
    expect(claimAt('Trong tháng 9, Mỹ có thêm 148.000 việc làm.', '148.000')).toMatchObject({ kind: 'count' });
    expect(claimAt('Người dùng phải chi ra thêm 50 USD.', '50 USD')).toMatchObject({ kind: 'money' });
    expect(claimAt('Ông Hùng cho biết thêm 80% số hộ đã nhận tiền.', '80%')).toMatchObject({ kind: 'percent' });
  });

  it("takes the country's regions for places ('Phía Tây Bắc Bộ', 'Khu vực Tây Nguyên', 'các tỉnh Nam Bộ')", () => {
    const text = 'Phía Tây Bắc Bộ nhiều mây, nhiệt độ thấp nhất 19-22 độ C. Khu vực Tây Nguyên có mưa, nhiệt độ cao nhất 27 - 30 độ C. Các tỉnh Nam Bộ mưa rào, cao nhất 30 - 33 độ C.';
    expect(claimsOf(text).map((c) => c.subject)).toEqual(['Tây Bắc Bộ', 'Tây Nguyên', 'Nam Bộ']);
  });

  it("gives a results story's figures with no period of their own the period its title names", () => {
    const text = 'HPG lãi 1.520 tỷ đồng sau 9 tháng\n21/10/2013 16:26\n\nSản lượng thép bán ra đạt 491.578 tấn, tăng 7,6%. Riêng quý 3, lãi 400 tỷ đồng.';
    const claims = extractClaims(text, extractMetadata(text));
    const at = (q: string) => claims.find((c) => c.quote.includes(q))?.period;
    expect(at('491.578')).toBe('9 tháng đầu năm 2013');
    expect(at('7,6%')).toBe('9 tháng đầu năm 2013');
    // A period of its own wins; a title with a horizon or no period gives none.
    expect(at('400 tỷ')).toBe('quý III/2013');
    const plan = 'Tỉnh đặt mục tiêu đến năm 2030\n21/10/2013 16:26\n\nSản lượng đạt 491.578 tấn.';
    expect(extractClaims(plan, extractMetadata(plan))[0]?.period).toBeNull();
    // Only a results title; not a plan's year, a span, an elapsed time; not a figure given as of now.
    for (const title of ['Quy hoạch giao thông Hà Nội năm 2030', 'Kỷ niệm 50 năm thành lập trường (1963 - 2013)', 'Sau 3 tháng mất tích, ngư dân trở về']) {
      const t = `${title}\n21/10/2013 16:26\n\nTrường có 2.000 học sinh.`;
      expect(extractClaims(t, extractMetadata(t)).find((c) => c.quote.includes('2.000'))?.period).toBeNull();
    }
    const now = extractClaims(text.replace('Riêng quý 3, lãi 400 tỷ đồng.', 'Hiện giá cổ phiếu là 36.000 đồng.'), extractMetadata(text));
    expect(now.find((c) => c.quote.includes('36.000'))?.period).toBeNull();
    // "thực hiện" is no "hiện" (now).
    const done = extractClaims(text.replace('Riêng quý 3, lãi 400 tỷ đồng.', 'Công ty thực hiện doanh thu 12.663 tỷ đồng.'), extractMetadata(text));
    expect(done.find((c) => c.quote.includes('12.663'))?.period).toBe('9 tháng đầu năm 2013');
  });

  it('gives a rank to the one who overtakes, not the one overtaken; a source or forecaster is no subject', () => {
    expect(claimAt('Năm ngoái, Hàn Quốc đã thay thế Brazil trở thành nền kinh tế lớn thứ 10 thế giới.', 'thứ 10').subject).toBe('Hàn Quốc');
    // An amount right after the overtaken name is its own.
    expect(claimAt('GDP của Việt Nam đạt 340,6 tỷ USD, vượt Singapore (337,5 tỷ USD).', '337,5').subject).toBe('Singapore');
    expect(claimAt('Nền kinh tế Ấn Độ được IMF dự báo giảm 8% trong năm nay.', 'giảm 8%').subject).toBe('Ấn Độ');
    expect(claimAt('Theo dữ liệu của IMF, Ấn Độ đã tụt xuống vị trí thứ 6.', 'thứ 6').subject).toBe('Ấn Độ');
  });

  it('does not date a figure given as of now by the month its work started', () => {
    const text = 'Được khởi công từ tháng 3/2016, đến nay khối lượng thi công cầu Rồng đạt hơn 87%, dự kiến xong vào tháng 6 tới.';
    expect(claimAt(text, '87%').period).toBeNull();
    // Without "đến nay" the month frames the figure; a period of its own, after the start, still counts.
    expect(claimAt('Khởi công từ tháng 3/2016, dự án giải ngân 40 tỷ đồng.', '40 tỷ').period).toBe('tháng 3/2016');
    expect(claimAt('Được khởi công từ tháng 3/2016, đến nay trong năm 2023 cầu đạt 87% khối lượng.', '87%').period).toBe('năm 2023');
    // "thực hiện" is no "hiện" (now): the start month frames the figure.
    expect(claimAt('Khởi công từ tháng 3/2016, dự án thực hiện đã giải ngân 40 tỷ đồng.', '40 tỷ').period).toBe('tháng 3/2016');
  });

  it('gives the two ends of a movement over a span of years its first and last year, one metric', () => {
    const text = 'Trong giai đoạn từ 2014-2019, chỉ số thực thi hợp đồng từ vị trí 47 tụt xuống vị trí 68, tụt 21 bậc.';
    expect(claimAt(text, 'vị trí 47')).toMatchObject({ period: 'năm 2014', metric: 'chỉ số thực thi hợp đồng' });
    expect(claimAt(text, 'vị trí 68')).toMatchObject({ period: 'năm 2019', metric: 'chỉ số thực thi hợp đồng' });
    // The change over the span keeps the span; a floor or a total over the span is no end of a move.
    expect(claimAt(text, '21 bậc').period).toBe('từ 2014–2019');
    expect(claimAt('Giai đoạn 2016-2020, tỉnh hỗ trợ mỗi hộ từ 20 triệu đồng.', '20 triệu').period).toBe('giai đoạn 2016–2020');
    expect(claimAt('Từ 2014 đến 2019, tỉnh đầu tư đến 500 tỷ đồng.', '500 tỷ').period).toBe('từ 2014 đến 2019');
    // A digit group's dot is no sentence end ("000 đồng" was read as the metric), and "và" before a
    // noun ends an item (before a verb it does not).
    expect(claimAt('Giá xăng tăng từ 20.000 đồng lên 22.000 đồng.', '22.000').metric).toMatch(/^giá xăng/u);
    expect(claimAt('Doanh thu 1.200 tỷ đồng và lợi nhuận đạt 300 tỷ đồng.', '300').metric).toBe('lợi nhuận');
    expect(claimAt('Doanh thu năm 2023 tăng 15% và đạt 1.200 tỷ đồng.', '1.200').metric).toMatch(/^doanh thu/u);
  });

  it('gives each figure after "lần lượt" its own year of a pair', () => {
    const text = 'GDP năm 2020 và 2021 lần lượt đạt tăng trưởng 1,6% và 6,7%.';
    expect(claimAt(text, '1,6').period).toBe('năm 2020');
    expect(claimAt(text, '6,7').period).toBe('năm 2021');
    // Without "lần lượt" the pair stays the period of the figure.
    expect(claimAt('GDP năm 2020 và 2021 đạt tổng cộng 8,4%.', '8,4').period).toBe('năm 2020 và 2021');
  });

  it('carries the opening period of a sentence into the "Trong đó, …" after it', () => {
    const text = '9 tháng đầu năm 2020 đã có hơn 78.300 doanh nghiệp rút lui. Trong đó, hơn 38.600 doanh nghiệp tạm ngừng kinh doanh.';
    expect(claimAt(text, '38.600').period).toBe('9 tháng đầu năm 2020');
    // Only a continuing sentence, and only a period that frames the sentence before.
    expect(claimAt('9 tháng đầu năm 2020 đã có hơn 78.300 doanh nghiệp rút lui. Hơn 38.600 doanh nghiệp tạm ngừng kinh doanh.', '38.600').period).toBeNull();
    // (Engine 42: a period standing before the first figure of the sentence before, close to it, frames that
    // figure too, and its part "Trong đó, …" with it; one standing after that figure does not.)
    expect(claimAt('Số doanh nghiệp rút lui trong 9 tháng đầu năm 2020 là 78.300. Trong đó, 38.600 doanh nghiệp tạm ngừng kinh doanh.', '38.600').period).toBe('9 tháng đầu năm 2020');
    expect(claimAt('Có 78.300 doanh nghiệp rút lui, nhiều nhất trong 9 tháng đầu năm 2020. Trong đó, 38.600 doanh nghiệp tạm ngừng kinh doanh.', '38.600').period).toBeNull();
    // "Con số cụ thể là …" gives the figures the sentence before announced, wherever its period stands.
    const announced = 'Số doanh nghiệp rút lui khỏi thị trường trong 4 tháng đầu năm 2021 tiếp tục tăng. Con số cụ thể là 51.496 doanh nghiệp, tăng 23,3%.';
    expect(claimAt(announced, '51.496').period).toBe('4 tháng đầu năm 2021');
    expect(claimAt(announced, '23,3').period).toBe('4 tháng đầu năm 2021');
  });

  it('reads "(kể) từ đầu năm (đến nay)" as January to the month of publication', () => {
    const dated = (body: string): string => `Tin chứng khoán\n23/10/2013 08:57\n\n${body}`;
    const claimAt = (text: string, fragment: string): ExtractedClaim => {
      const found = extractClaims(text, extractMetadata(text)).filter((c) => c.quote.includes(fragment));
      expect(found).toHaveLength(1);
      return found[0] as ExtractedClaim;
    };
    const text = dated('Chỉ số S&P 500 tăng 0,6%, nâng mức tăng kể từ đầu năm lên 23%. Từ đầu năm đến nay, cả nước có 50.000 doanh nghiệp mới.');
    expect(claimAt(text, '23%').period).toBe('10 tháng đầu năm 2013');
    expect(claimAt(text, '50.000').period).toBe('10 tháng đầu năm 2013');
    // It dates what follows it, not a figure before it; a record window is no period.
    expect(claimAt(text, '0,6%').period).toBeNull();
    expect(claimAt(dated('Giá vàng cao nhất kể từ đầu năm, ở mức 40 triệu đồng.'), '40 triệu').period).toBeNull();
    // Without a date line the months are unknown.
    expect(claimAt('Từ đầu năm đến nay, cả nước có 50.000 doanh nghiệp mới.', '50.000').period).toBeNull();
  });

  it('tells targets and forecasts from facts', () => {
    const target = 'Năm 2024, tỉnh Bắc Giang phấn đấu tỷ lệ hồ sơ trực tuyến đạt hơn 70%; 85% hồ sơ tại cấp huyện được xử lý trên môi trường mạng.';
    expect(claimsOf(target).map((c) => c.modality)).toEqual(['target', 'target']);
    expect(claimAt('Tỉnh đặt mục tiêu đến năm 2030, kinh tế số chiếm tối thiểu 35% GRDP.', '35').modality).toBe('target');
    expect(claimAt('Đến hết năm 2030, 60% cán bộ có trình độ đại học.', '60').modality).toBe('target');
    expect(claimAt('Ngân hàng dự báo Việt Nam sẽ tăng trưởng 3% trong năm 2020.', '3').modality).toBe('forecast');
    expect(claimAt('GDP năm nay ước đạt 340,6 tỷ USD.', '340,6')).toMatchObject({ modality: 'forecast', qualifier: 'approx' });
    expect(claimAt('Tỉnh đã đặt ra 14 mục tiêu cơ bản.', '14').modality).toBe('fact');
  });

  it('scores checkworthiness in [0, 1], figures above bare small counts', () => {
    const claims = claimsOf('Tỉnh Bắc Giang có 3 trụ cột. Kinh tế số của tỉnh chiếm 42,13% GRDP, cao nhất cả nước.');
    for (const c of claims) expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
    for (const c of claims) expect(c.checkworthiness).toBeLessThanOrEqual(1);
    expect(claims[1]?.checkworthiness ?? 0).toBeGreaterThan(claims[0]?.checkworthiness ?? 1);
  });
});
