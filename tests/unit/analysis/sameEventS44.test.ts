import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { makeArticle, raisedBetween as raised } from './helpers';

// Session 44 (issue 10 (b)): the names around a same-event figure, units spelled out in words. Every
// sentence here is written for these tests.

describe('names around a figure: a word the window cuts is no name', () => {
  // "TP.HCM" forty characters before the figure: the window of names around it used to begin inside it
  // and read "CM" as a name that the other report does not give.
  const reportA =
    'Kỳ thủ Lê Quang Khải vừa giành Huy chương vàng cờ nhanh với 7,5 điểm sau 9 ván đấu tại Đà Lạt. Ban tổ chức trao thưởng 45 triệu đồng cho nhà vô địch. Được biết, Quang Khải sinh ra ở TP.HCM, chuyển ra Đà Nẵng học cờ vua từ năm 12 tuổi. Giải năm nay có 214 kỳ thủ tham dự.';
  const reportB =
    'Lê Quang Khải giành Huy chương vàng cờ nhanh với 7,5 điểm sau 9 ván đấu ở Đà Lạt, nhận khoản thưởng 45 triệu đồng. Bắt đầu học cờ vua ở Đà Nẵng khi mới 13 tuổi, Khải mỗi ngày dành 5 tiếng tập luyện. Giải có 214 kỳ thủ tham dự.';

  it('compares the age given in the same words (12 / 13)', () => {
    expect(raised(reportA, reportB)).toContainEqual(['12', '13']);
  });

  it('keeps the same words said of another city apart (Đà Nẵng / Huế)', () => {
    const otherCity = reportB.replace('ở Đà Nẵng khi mới 13 tuổi', 'ở Huế khi mới 13 tuổi');
    expect(otherCity).not.toBe(reportB);
    expect(raised(reportA, otherCity)).toEqual([]);
  });
});

describe('units spelled out in words', () => {
  const unitOf = (text: string, value: number): string | undefined =>
    passagesOf(makeArticle('a', text, '2024-04-20T08:00')).flatMap(figureContexts).find((c) => c.figure.value === value)?.unit;

  it('reads "đô la", "phần trăm", "cây số", "héc-ta", "ki-lô-mét" as the unit their code or sign is', () => {
    expect(unitOf('Gói thầu nạo vét cảng trị giá 650 triệu đô la Mỹ.', 650e6)).toBe(unitOf('Gói thầu nạo vét cảng trị giá 650 triệu USD.', 650e6));
    expect(unitOf('Gói thầu nạo vét cảng trị giá 650 triệu đôla.', 650e6)).toBe('usd');
    expect(unitOf('Giá vé máy bay dịp Tết giảm 15 phần trăm.', 15)).toBe(unitOf('Giá vé máy bay dịp Tết giảm 15%.', 15));
    expect(unitOf('Tuyến đường ven biển dài 120 cây số.', 120)).toBe('km');
    expect(unitOf('Đợt cháy rừng thiêu rụi 300 héc-ta rừng thông.', 300)).toBe('ha');
    expect(unitOf('Đợt cháy rừng thiêu rụi 300 hécta rừng thông.', 300)).toBe('ha');
    expect(unitOf('Đoàn đua chạy 42 ki-lô-mét qua ba huyện.', 42)).toBe('km');
  });

  it('leaves words that only fold like a unit alone: a degree, a city, a prize, a tree', () => {
    expect(unitOf('Trưa nay nhiệt độ ở Hà Nội lên tới 38 độ C.', 38)).not.toBe('usd');
    expect(unitOf('Tỉnh có 3 đô thị loại một.', 3)).not.toBe('usd');
    expect(unitOf('Ban tổ chức trao 20 phần thưởng cho học sinh.', 20)).not.toBe('%');
    expect(unitOf('Mỗi hộ trồng thêm 10 cây xanh trước nhà.', 10)).not.toBe('km');
  });

  const reportA =
    'Chiều 12/3, Bộ Quốc phòng Philippines cho biết nước này ký thỏa thuận mua 6 tàu tuần tra cao tốc của Nhật Bản trị giá 184 triệu USD. Các tàu dài 44 mét, giao trong vòng 18 tháng. Ngoài ra, Manila đang đàm phán hợp đồng mua hai tàu hộ vệ tên lửa trị giá 650 triệu USD.';
  const reportB =
    'Philippines ký thỏa thuận mua 6 tàu tuần tra cao tốc của Nhật Bản trị giá 184 triệu USD, các tàu dài 44 mét. Manila cũng đang đàm phán hợp đồng mua hai tàu hộ vệ tên lửa trị giá 750 triệu đô la.';

  it('compares an amount in dollars spelled out with the other report’s in USD (650 triệu USD / 750 triệu đô la)', () => {
    expect(raised(reportA, reportB)).toContainEqual(['650 triệu USD', '750 triệu đô la']);
  });

  it('takes the same amount written both ways as agreeing', () => {
    expect(raised(reportA, reportB.replace('750 triệu đô la', '650 triệu đô la'))).toEqual([]);
  });
});
