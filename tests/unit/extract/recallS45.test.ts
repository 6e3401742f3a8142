import { describe, expect, it } from 'vitest';
import { claimAt, claimsOf, quotesOf } from './helpers';

/**
 * Engine 45 (session 45, recall and precision of which numbers are claims): rules read on tuned and half A of the
 * development sets or found with sentences written for this test, measured on half B (see the engine 45 summary in
 * shared/extract/index.ts). Sentences written for this test, in the style of the news, with the near-misses that must
 * stay as they were.
 */
describe('a size in pixels is one measure (engine 45)', () => {
  it('"1920x1080 pixel", "2560 x 1440 điểm ảnh", "4000x3000px": the first number, in pixels', () => {
    const c = claimAt('Máy có màn hình 6 inch, độ phân giải 1920x1080 pixel.', '1920');
    expect([c.kind, c.value, c.unit, c.quote]).toEqual(['measure', 1920, 'pixel', '1920x1080 pixel']);
    expect(quotesOf('Màn hình có độ phân giải 2560 x 1440 điểm ảnh.')).toEqual(['2560 x 1440 điểm ảnh']);
    expect(claimAt('Ảnh chụp có kích thước 4000x3000px.', '4000').unit).toBe('pixel');
  });

  it('a size in centimetres keeps its unit; a bare "16x9" stays unread', () => {
    expect(claimAt('Chiếc bàn có kích thước 120x60 cm.', '120').unit).toBe('cm');
    expect(quotesOf('Tỷ lệ khung hình 16x9 rất phổ biến.')).toEqual([]);
  });
});

describe('"cả" before scale words is rough, like "hàng" (engine 45)', () => {
  it('"cả trăm hộ dân", "cả nghìn tỷ đồng", "cả chục nghìn người" are approximate at their scale', () => {
    const c = claimAt('Cả trăm hộ dân phải sơ tán khỏi vùng lũ.', 'trăm');
    expect([c.kind, c.value, c.qualifier]).toEqual(['count', 100, 'approx']);
    const m = claimAt('Mỗi năm thành phố chi cả nghìn tỷ đồng cho chống ngập.', 'nghìn tỷ');
    expect([m.kind, m.value, m.qualifier]).toEqual(['money', 1e12, 'approx']);
    expect(claimAt('Cả chục nghìn người đổ về quảng trường xem pháo hoa.', 'chục nghìn').value).toBe(10000);
  });

  it('"cả" before a number that counts keeps its reading: "cả hai đội", "Cả 5 người", "cả năm"', () => {
    expect(quotesOf('Cả hai đội đều thi đấu tốt trong hiệp một.')).toEqual([]);
    expect(claimAt('Cả 5 người bị thương đã được đưa đi cấp cứu.', '5 người').qualifier).toBe('exact');
    expect(quotesOf('Cả năm nay tỉnh không có dự án mới.')).toEqual([]);
  });
});

describe('"năm" in "lên đến năm người" and in the idiom "năm lần bảy lượt" (engine 45)', () => {
  it('"lên đến/lên tới năm người" is five, as "lên đến 5 người" is', () => {
    expect(claimAt('Số người bị thương trong vụ sập giàn giáo lên đến năm người.', 'năm người').value).toBe(5);
    expect(claimAt('Số ca mắc mới lên tới năm ca chỉ trong một ngày.', 'năm ca').value).toBe(5);
    // "đến năm" without "lên" before it stays the year.
    expect(quotesOf('Dự án kéo dài đến năm người dân phải chuyển đi.')).toEqual([]);
  });

  it('"năm lần bảy lượt" (again and again) states no seven; "bảy lượt" alone is a count', () => {
    expect(quotesOf('Người dân đã năm lần bảy lượt gửi đơn lên xã nhưng chưa được giải quyết.')).toEqual([]);
    expect(quotesOf('Năm lần bảy lượt cử tri kiến nghị nhưng con đường vẫn chưa được sửa.')).toEqual([]);
    expect(claimAt('Đoàn công tác đã bảy lượt đến kiểm tra công trình.', 'bảy lượt').value).toBe(7);
  });
});

describe('a Title-Case unit after a range is no team of a score (engine 45)', () => {
  it('"Ga Cát Linh 15 - 20 Phút", "Trung Tâm 5 - 7 Km": a length, no score', () => {
    const c = claimAt('Căn Hộ Cách Ga Cát Linh 15 - 20 Phút Đi Xe.', '15 - 20');
    expect(c.unit).not.toBe('tỷ số');
    expect(c.kind).toBe('duration');
    expect(claimAt('Căn Hộ Cách Trung Tâm 5 - 7 Km.', '5 - 7').unit).toBe('km');
  });

  it('a score between two teams stays a score', () => {
    expect(claimAt('Kết quả vòng 5: Hà Nội 2 - 1 Hải Phòng.', '2 - 1').unit).toBe('tỷ số');
  });
});

describe('"Vành đai 3" names a ring road (engine 45)', () => {
  it('no count after the road\'s number; its length is read', () => {
    expect(quotesOf('Dự án đường Vành đai 3 dài 76 km đã được khởi công.')).toEqual(['76 km']);
    expect(quotesOf('Đường Vành đai 2 đoạn Vĩnh Tuy - Ngã Tư Sở dài 5,5 km.')).toEqual(['5,5 km']);
  });

  it('ring roads counted stay a count', () => {
    expect(claimAt('Thành phố đang xây dựng 3 vành đai giao thông.', '3 vành').value).toBe(3);
  });
});

describe('a mark of a stock index, and "lần đầu tiên" (engine 45)', () => {
  it('a bare "mốc 1.200" after an index named in its clause is a level in points', () => {
    const c = claimAt('VN-Index giằng co quanh mốc 1.200 trong phiên sáng.', '1.200');
    expect([c.kind, c.value, c.unit]).toEqual(['measure', 1200, 'điểm']);
    const v = claimAt('Chỉ số VN-Index vượt mốc 1.300 lần đầu tiên kể từ đầu năm.', '1.300');
    expect([v.kind, v.unit, v.qualifier]).toEqual(['measure', 'điểm', 'more_than']);
  });

  it('a mark with no index named stays as it was, and "lần" of times stays a count', () => {
    expect(quotesOf('Tỷ giá chạm mốc 25.000 trong phiên chiều.')).toEqual([]);
    expect(claimAt('Sau 3 lần đầu tư thất bại, công ty đã rút khỏi thị trường.', '3 lần').value).toBe(3);
    expect(claimAt('Ông đã 2 lần đầu thú với cơ quan công an.', '2 lần').kind).toBe('count');
  });
});

describe('a fraction before the whole it is a share of (engine 45)', () => {
  it('"3/4 số hộ", "tối thiểu 1/10 tổng kinh phí" are shares', () => {
    const c = claimAt('Xã có 3/4 số hộ đã được hỗ trợ nhà ở.', '3/4');
    expect([c.kind, c.value, c.total]).toEqual(['ratio', 3, 4]);
    const t = claimAt('Mỗi đợt doanh nghiệp phải nộp tối thiểu 1/10 tổng số tiền phạt.', '1/10');
    expect([t.kind, t.qualifier]).toEqual(['ratio', 'at_least']);
  });

  it('after a day\'s word the slash pair stays a date', () => {
    expect(quotesOf('Ngày 3/4 số ca mắc mới là 200 ca.').some((q) => q.includes('3/4'))).toBe(false);
    expect(quotesOf('Từ 1/10 số xe đăng ký mới giảm mạnh.').some((q) => q.includes('1/10'))).toBe(false);
  });
});

describe('a formation of a team (engine 45)', () => {
  it('"sơ đồ 4-4-2 quen thuộc", "4-2-3-1": no count of the word after the last line', () => {
    expect(quotesOf('Đội chủ nhà chơi với sơ đồ 4-4-2 quen thuộc.')).toEqual([]);
    expect(quotesOf('Đội hình 4-2-3-1 được huấn luyện viên áp dụng.')).toEqual([]);
  });

  it('a count after a formation, and a range of prices, are read', () => {
    expect(quotesOf('HLV chọn sơ đồ 3-5-2 với 3 trung vệ.')).toEqual(['3 trung vệ']);
    expect(quotesOf('Giá dao động 10-15-20 nghìn đồng.')).toEqual(['20 nghìn đồng']);
  });
});

/**
 * The review of engine 45 (201 passages written by the reviewer): the 21 cases where the branch read worse than main,
 * re-worded here, with the narrowings that mend them.
 */
describe('review of engine 45: a mark is an index level only in the index\'s own clause, and only for a market index', () => {
  it('a bare "chỉ số" (blood sugar, CPI) makes no points', () => {
    expect(claimsOf('Chỉ số đường huyết của bệnh nhân vượt ngưỡng 8 lúc vào viện.').some((c) => c.unit === 'điểm')).toBe(false);
    expect(claimsOf('Chỉ số giá tiêu dùng tăng 0,3%, lạm phát lõi quanh ngưỡng 3 trong tầm kiểm soát.').some((c) => c.unit === 'điểm')).toBe(false);
  });

  it('an index named in an earlier clause does not make a later mark its points', () => {
    const rate = claimsOf('VN-Index tăng 12 điểm trong khi tỷ giá bán ra vượt mốc 25.000.');
    expect(rate.map((c) => [c.quote, c.unit])).toEqual([['12 điểm', 'điểm']]);
    expect(claimsOf('HNX-Index đứng yên, giá dầu WTI vượt ngưỡng 85 khi nguồn cung giảm.').some((c) => c.unit === 'điểm')).toBe(false);
    expect(claimsOf('VN-Index mất 6 điểm, số ca nhập viện vượt mốc 2.000 trong tuần.').filter((c) => c.unit === 'điểm').map((c) => c.value)).toEqual([6]);
  });

  it('a mark in the index\'s own clause is its level, quoted with the mark and placed by the word before it', () => {
    const at = claimAt('Chỉ số HNX-Index lùi về ngưỡng 240 trong phiên chiều.', '240');
    expect([at.quote, at.unit, at.qualifier]).toEqual(['ngưỡng 240', 'điểm', 'exact']);
    const about = claimAt('VN-Index giằng co quanh mốc 1.250 trong phiên sáng.', '1.250');
    expect([about.quote, about.qualifier]).toEqual(['quanh mốc 1.250', 'approx']);
    const below = claimAt('VN-Index rơi xuống dưới mốc 1.200 trong phiên chiều.', '1.200');
    expect([below.quote, below.qualifier]).toEqual(['dưới mốc 1.200', 'less_than']);
    expect(claimAt('Chỉ số VN-Index lùi về mốc 1.150 trước áp lực bán ra.', '1.150').unit).toBe('điểm');
    expect(claimAt('Chỉ số chứng khoán Nikkei lần đầu vượt mốc 40.000.', '40.000').qualifier).toBe('more_than');
  });
});

describe('review of engine 45: "N lần đầu tiên/cuối cùng" is the first or last N times unless N is a level', () => {
  it('small numbers of times stay counts', () => {
    expect(claimAt('Trong 4 lần đầu tiên tổ chức, lễ hội đón hơn 10.000 lượt khách.', '4 lần').value).toBe(4);
    expect(claimAt('Đó là 2 lần cuối cùng trạm y tế được cấp thuốc miễn phí.', '2 lần').value).toBe(2);
    expect(claimAt('Đội bóng vào chung kết 2 lần cuối cùng là năm 2019 và 2023.', '2 lần').value).toBe(2);
    expect(claimAt('Vận động viên này đã 3 lần đầu tiên giành vé dự giải châu lục.', '3 lần').value).toBe(3);
  });

  it('a level passed for the first time is no count of times', () => {
    expect(claimsOf('Giá thép vượt 20.000 lần đầu tiên trong năm.').some((c) => c.unit === 'lần')).toBe(false);
    expect(claimAt('VN-Index vượt mốc 1.300 lần đầu tiên kể từ tháng 3.', '1.300').unit).toBe('điểm');
  });
});

describe('review of engine 45: a day and month before "số …" stays a date', () => {
  it('after a holiday\'s word, "mai", "nay" (also before a comma), in a range of dates', () => {
    expect(claimsOf('Dịp Quốc khánh 2/9 tổng số lượt khách đạt 40.000 lượt.').some((c) => c.kind === 'ratio')).toBe(false);
    expect(claimsOf('Sáng mai 4/6 số thí sinh sẽ làm thủ tục dự thi.').some((c) => c.kind === 'ratio')).toBe(false);
    expect(claimsOf('Trong dịp nghỉ 30/4 - 1/5 số du khách đến Sa Pa tăng mạnh.').some((c) => c.kind === 'ratio')).toBe(false);
    expect(claimsOf('Bắt đầu từ hôm nay, 1/7 số lương cơ sở được điều chỉnh.').some((c) => c.kind === 'ratio')).toBe(false);
  });

  it('a share with no date near it stays a share', () => {
    expect(claimAt('Theo điều tra, 2/5 số người lao động muốn chuyển việc.', '2/5').kind).toBe('ratio');
    expect(claimAt('Tỉnh mới giải ngân được 3/5 tổng vốn đầu tư công.', '3/5').kind).toBe('ratio');
  });
});

describe('review of engine 45: a dashed list is a formation only after a formation word', () => {
  it('a dashed list of values keeps its last value with its unit', () => {
    expect(claimAt('Ba giải thưởng lần lượt trị giá 6-4-2 triệu đồng.', '2 triệu').value).toBe(2e6);
    expect(claimAt('Giá vé lần lượt là 2-3-5 nghìn đồng tùy tuyến.', '5 nghìn').value).toBe(5000);
    expect(claimAt('Mức phạt tăng theo bậc 2-4-6 triệu đồng cho mỗi lần vi phạm.', '6 triệu').value).toBe(6e6);
    expect(claimAt('Trẻ được uống vắc xin theo lịch 2-3-4 tháng tuổi.', '4 tháng').value).toBe(4);
    expect(claimAt('Ba đội dẫn đầu lần lượt có 10-8-7 điểm.', '7 điểm').value).toBe(7);
    expect(claimAt('Ba điểm đo ghi nhận lượng mưa 6-7-8 mm trong đêm.', '8 mm').unit).toBe('mm');
  });

  it('after "sơ đồ", "đội hình", "lối chơi", "chơi", the last line is no count', () => {
    expect(quotesOf('Đội khách bày đội hình 3-5-2 chắc chắn.')).toEqual([]);
    expect(quotesOf('Đội bóng theo lối chơi 4-3-3 tấn công.')).toEqual([]);
    expect(quotesOf('Họ chơi 5-3-2 phòng ngự suốt hiệp hai.')).toEqual([]);
  });
});

describe('review of engine 45: a cordon of layers is counted', () => {
  it('"vành đai 2 lớp" in lower case is two layers; "Vành đai 3" still names a road', () => {
    expect(claimAt('Lực lượng chức năng lập vành đai 3 lớp quanh khu vực cháy.', '3 lớp').value).toBe(3);
    expect(quotesOf('Đường Vành đai 4 đoạn qua Hưng Yên dài 20 km.')).toEqual(['20 km']);
  });
});

describe('last reading of engine 45 (session 45)', () => {
  it('"năm lần bẩy lượt", the other common spelling of the idiom, states no five and no seven', () => {
    expect(quotesOf('Bà con đã năm lần bẩy lượt lên xã hỏi nhưng vẫn chưa có câu trả lời.')).toEqual([]);
    expect(claimAt('Đoàn kiểm tra đã bẩy lượt xuống hiện trường.', 'bẩy lượt').value).toBe(7);
  });

  it('a rate or a price in a second clause joined by "và" is no index level', () => {
    expect(claimsOf('VN-Index tăng 8 điểm và tỷ giá trung tâm vượt mốc 24.500 lần đầu tiên.').filter((c) => c.unit === 'điểm').map((c) => c.value)).toEqual([8]);
    expect(claimsOf('HNX-Index giảm nhẹ và giá vàng miếng chạm ngưỡng 80 trong phiên sáng.').some((c) => c.unit === 'điểm')).toBe(false);
    // The index's own level after "và" in its clause is still its points.
    expect(claimAt('VN-Index mở cửa tích cực và vượt mốc 1.280 trong phiên sáng.', '1.280').unit).toBe('điểm');
  });

  it('a holiday after "nghỉ" keeps its date before "số …"', () => {
    expect(claimsOf('Trong kỳ nghỉ 2/9 số khách về Hội An tăng gấp đôi.').some((c) => c.kind === 'ratio')).toBe(false);
  });
});
