import { describe, expect, it } from 'vitest';
import { claimAt } from './helpers';

// Issue 11, engine 68 (session 70): the subject of a figure as an editor would write it down.
describe('a place in an aside that locates a name is no subject (engine 68)', () => {
  it('gives the figure to the school, not to the province of ", thuộc xã … (huyện …, tỉnh …)"', () => {
    const text = 'Trường THCS Tư thục Lê Lợi, thuộc xã Bình Minh (huyện Thăng Bình, tỉnh Quảng Nam) năm nay chỉ tuyển được 12 học sinh.';
    expect(claimAt(text, '12 học sinh').subject).toBe('Trường THCS Tư thục Lê Lợi');
  });
  it('gives the figure to the hospital, not to the city of "(thuộc quận …, TP …)"', () => {
    const text = 'Bệnh viện Đa khoa Tâm Trí (thuộc quận Hải Châu, TP Đà Nẵng) mỗi ngày tiếp nhận khoảng 800 bệnh nhân.';
    expect(claimAt(text, 'khoảng 800 bệnh nhân').subject).toBe('Bệnh viện Đa khoa Tâm Trí');
  });
  it('gives the figure to the district, not to its province of "(thuộc tỉnh …)"', () => {
    expect(claimAt('Huyện Quế Sơn (thuộc tỉnh Quảng Nam) năm nay còn 1.200 hộ nghèo.', '1.200 hộ').subject).toBe('Huyện Quế Sơn');
  });
  it('keeps a place that is itself the subject', () => {
    expect(claimAt('Năm 2013, tỉnh Quảng Nam có 1.200 hộ nghèo thuộc diện được hỗ trợ.', '1.200 hộ').subject).toBe('Quảng Nam');
  });
});

describe('a school named with "Tư thục", "Dân lập" is read whole (engine 68)', () => {
  it('does not cut the name after "Tư"', () => {
    expect(claimAt('Trường THPT Dân lập Nguyễn Khuyến có 1.500 học sinh.', '1.500 học sinh').subject).toBe('Trường THPT Dân lập Nguyễn Khuyến');
  });
});

describe('a story of the state naming no place speaks of the country (engine 68)', () => {
  it('gives a figure no reader names to Việt Nam when a ministry or the government is named and no place is', () => {
    const text =
      'Tăng nguồn lực cho chính sách giảm nghèo\nTheo Bộ Lao động - Thương binh và Xã hội, chính sách giảm nghèo đã phát huy tác dụng. ' +
      'Nguồn lực dành cho hộ nghèo trong ba năm qua là 364.000 tỷ đồng, gấp đôi giai đoạn trước.';
    expect(claimAt(text, '364.000 tỷ đồng').subject).toBe('Việt Nam');
  });
  it('keeps the place a text names, and no subject where no national body is named', () => {
    const named = 'Tăng nguồn lực cho chính sách giảm nghèo\nTheo Bộ Xây dựng, nguồn lực dành cho hộ nghèo của tỉnh Lai Châu trong ba năm qua là 3.640 tỷ đồng.';
    expect(claimAt(named, '3.640 tỷ đồng').subject).toBe('Lai Châu');
    expect(claimAt('Khách mua 100 USD.', '100 USD').subject).toBeNull();
  });
});

describe('the sides, players and days of a competition are the competition’s (engine 68)', () => {
  const story =
    'Tiến Minh chuẩn bị cho mùa giải mới\nSau đó, Tiến Minh sẽ tham dự giải đấu dành cho 16 tay vợt xuất sắc nhất châu Á là Asia Masters Finals. ' +
    'VFF Cup 2014 sẽ diễn ra tại Mỹ Đình. Giải có sự tham dự của 4 đội tuyển. ' +
    'Ông Hùng phát biểu bế mạc giải U19 Quốc tế Báo Thanh Niên: “Khép lại 10 ngày thi đấu với những cuộc tranh tài hết mình của 6 đội bóng”. ' +
    'Tiến Minh đã thắng 12 trận trong năm nay.';
  it('gives a count of players taking part to the competition named after it', () => {
    expect(claimAt(story, '16 tay vợt').subject).toBe('Asia Masters Finals');
  });
  it('gives the sides of "Giải có sự tham dự của …" to the competition named just before', () => {
    expect(claimAt(story, '4 đội').subject).toBe('VFF Cup 2014');
  });
  it('gives the days of play and the sides to "giải …" named before them', () => {
    expect(claimAt(story, '10 ngày').subject).toBe('Giải U19 Quốc tế Báo Thanh Niên');
    expect(claimAt(story, '6 đội').subject).toBe('Giải U19 Quốc tế Báo Thanh Niên');
  });
  it('gives the days a competition is played to the competition, written in capitals or not', () => {
    const text = 'U22 Việt Nam sẵn sàng\n20/10/2014 09:30\n\nVFF CUP 2014 do LĐBĐ Lào tổ chức sẽ diễn ra từ ngày 3/11 đến ngày 11/11 tại Viêng Chăn.';
    expect(claimAt(text, 'ngày 3/11', { dated: true }).subject).toBe('VFF CUP 2014');
    expect(claimAt(text, 'ngày 11/11', { dated: true }).subject).toBe('VFF CUP 2014');
  });
  it('leaves a player’s own count and sides not said to take part to the other readers', () => {
    expect(claimAt('Năm nay Nguyễn Tiến Minh thắng 12 trận tại giải Đan Mạch mở rộng.', '12 trận').subject ?? '').not.toMatch(/^Giải/u);
    expect(claimAt('Tại giải Đan Mạch mở rộng, Malaysia đã thắng 3 đội mạnh.', '3 đội').subject).toBe('Malaysia');
  });
});

describe('"nhà trường", "bệnh viện này" point back at the institution last named (engine 68)', () => {
  const school =
    'Trường tư thục èo uột\nTrường THCS Tư thục Lê Lợi, thuộc xã Bình Minh (huyện Thăng Bình, tỉnh Quảng Nam) năm nay chỉ tuyển được 12 học sinh. ' +
    'Ông Võ Văn Nam, Chủ tịch Hội đồng Quản trị nhà trường cho biết: với học phí mỗi em 300.000 đồng/tháng, không đủ trả lương cho 17 giáo viên.';
  it('gives the figures of a sentence saying "nhà trường" to the school, not to the province of the aside', () => {
    expect(claimAt(school, '300.000 đồng/tháng').subject).toBe('Trường THCS Tư thục Lê Lợi');
    expect(claimAt(school, '17 giáo viên').subject).toBe('Trường THCS Tư thục Lê Lợi');
  });
  it('gives "bệnh viện này" to the hospital named before', () => {
    const text =
      'Quá tải bệnh viện tuyến trên\nBệnh viện Đa khoa Tâm Trí (thuộc quận Hải Châu, TP Đà Nẵng) vừa khánh thành khu điều trị mới. ' +
      'Theo giám đốc, mỗi ngày bệnh viện này tiếp nhận khoảng 800 bệnh nhân.';
    expect(claimAt(text, 'khoảng 800 bệnh nhân').subject).toBe('Bệnh viện Đa khoa Tâm Trí');
  });
});
