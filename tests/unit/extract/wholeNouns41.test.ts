import { describe, expect, it } from 'vitest';
import { claimAt, quotesOf } from './helpers';

/** Engine 41: a counted noun is never cut in two (before: "ba thiết", "12 ngân", "180.000 việc", "5 cộng tác"). */
describe('a counted noun is read whole', () => {
  it.each([
    ['Samsung giới thiệu ba thiết bị mới tại triển lãm.', 'ba thiết bị', 'thiết bị'],
    ['Việt Nam hiện có 40 ngân hàng thương mại cổ phần.', '40 ngân hàng', 'ngân hàng'],
    ['Trong tháng 9, nền kinh tế tạo ra thêm 180.000 việc làm.', '180.000 việc làm', 'việc làm'],
    ['Thư viện xã vừa được trang bị 30 máy tính.', '30 máy tính', 'máy tính'],
    ['Giải đấu được tổ chức tại hai địa điểm ở Đồng Nai.', 'hai địa điểm', 'địa điểm'],
    ['Quỹ ngoại đã thu hút thêm 2 nhà đầu tư chiến lược.', '2 nhà đầu tư', 'nhà đầu tư'],
    ['Hãng đã bán được 5 ô tô điện trong tuần đầu.', '5 ô tô', 'ô tô'],
    ['Nhà mạng có 12 triệu thuê bao trả sau.', '12 triệu thuê bao', 'thuê bao'],
    ['Tỉnh xây mới 14 trạm y tế xã.', '14 trạm y tế', 'trạm y tế'],
  ])('%s', (text, quote, unit) => {
    const c = claimAt(text, quote);
    expect(c.quote).toContain(quote);
    expect(c.unit).toBe(unit);
  });

  it.each([
    ['Ban tổ chức huy động 200 tình nguyện viên cho lễ hội.', '200 tình nguyện viên', 'tình nguyện viên'],
    ['Đoàn thể thao có 3 huấn luyện viên và 20 vận động viên.', '20 vận động viên', 'vận động viên'],
    ['Tòa soạn có 15 cộng tác viên ở các tỉnh.', '15 cộng tác viên', 'cộng tác viên'],
    ['Khu du lịch cần thêm 12 hướng dẫn viên.', '12 hướng dẫn viên', 'hướng dẫn viên'],
    ['Viện hiện đào tạo 40 nghiên cứu sinh.', '40 nghiên cứu sinh', 'nghiên cứu sinh'],
  ])('a person named by a verb and "viên" or "sinh": %s', (text, quote, unit) => {
    expect(claimAt(text, quote).unit).toBe(unit);
  });

  it.each([
    // Two nouns: "viên chức" is the next noun, "cán bộ" is counted.
    ['Tỉnh tuyển mới 12 cán bộ viên chức cho ngành y.', '12 cán bộ', 'cán bộ'],
    // A noun that stands alone before "viên" keeps its own reading.
    ['Nhà máy có 300 công nhân viên.', '300 công nhân', 'công nhân'],
    // "sinh" as a verb after people or workers.
    ['Hiện có 30 người dân sinh sống trong vùng sạt lở.', '30 người', 'người'],
    ['Xã có 3 lao động sinh sống ở nước ngoài.', '3 lao động', 'lao động'],
  ])('not when the words are two nouns or a verb follows: %s', (text, quote, unit) => {
    const c = claimAt(text, quote);
    expect(c.unit).toBe(unit);
    expect(c.quote.endsWith(quote.split(' ').pop() as string)).toBe(true);
  });

  it('a capitalised name after the number is not a counted noun', () => {
    expect(quotesOf('Có 12 Thiết bị Y tế Việt Nam tham gia hội chợ.').some((q) => q.includes('Thiết bị'))).toBe(false);
  });

  // Review round 1 of engine 41 (its own sentences).
  it.each([
    ['Khối 4 ngân hàng quốc doanh chiếm khoảng 45% thị phần tín dụng.', '4 ngân hàng', 'ngân hàng'],
    ['Lô 500 ô tô điện đầu tiên đã được bàn giao cho hãng taxi.', '500 ô tô', 'ô tô'],
    ['Khu 20 hợp tác xã nông nghiệp được hỗ trợ vốn.', '20 hợp tác xã', 'hợp tác xã'],
    ['Tổ 5 cộng tác viên của báo phụ trách miền núi.', '5 cộng tác viên', 'cộng tác viên'],
  ])('a whole noun after a label word is still counted: %s', (text, quote, unit) => {
    expect(claimAt(text, quote).unit).toBe(unit);
  });

  it.each([
    ['Nhóm tác giả đã công bố 5 nghiên cứu sinh học phân tử.', '5 nghiên cứu', 'nghiên cứu'],
    ['Công an thu giữ 4 túi nilon viên nén hồng phiến.', '4 túi nilon', 'túi nilon'],
    ['Nhà thuốc bán 3 vỉ thuốc viên không kê đơn.', '3 vỉ thuốc', 'vỉ thuốc'],
  ])('"làm", "sinh" or "viên" that belongs to the next word: %s', (text, quote, unit) => {
    const c = claimAt(text, quote);
    expect(c.unit).toBe(unit);
    expect(c.quote).toBe(quote);
  });

  it.each([
    ['Hội có 200 hội viên ở 12 xã.', '200 hội viên', 'hội viên'],
    ['Hãng tuyển thêm 300 tiếp viên cho mùa cao điểm.', '300 tiếp viên', 'tiếp viên'],
  ])('members and crew: %s', (text, quote, unit) => {
    expect(claimAt(text, quote).unit).toBe(unit);
  });

  // Review round 2 of engine 41 (its own sentences).
  it.each([
    'Mục 3 thiết bị y tế của phụ lục được sửa đổi toàn bộ.',
    'Loại 1 thiết bị y tế là nhóm có mức rủi ro thấp nhất.',
    'Phòng 2 máy tính của trường bị mất trộm trong đêm.',
    'Sang đợt 2 thiết bị sẽ được bàn giao cho các huyện còn lại.',
    'Ở lớp 5 máy tính được dùng nhiều hơn trong giờ học.',
  ])('a label that only names one of a series stays a label before a whole noun: %s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it.each([
    ['Đợt 2 ngân hàng được chấp thuận nâng vốn gồm VPBank và MB.', '2 ngân hàng', 'ngân hàng'],
    ['Năm nay tỉnh có 25.000 việc làm được tạo ra từ các dự án mới.', '25.000 việc làm', 'việc làm'],
    ['Trường tiếp nhận 30 du học sinh học tiếng Việt.', '30 du học sinh', 'du học sinh'],
    ['Sở thành lập 4 đội viên chức tình nguyện hỗ trợ người dân.', '4 đội', 'đội'],
    ['Thu giữ 3 túi nilon viên thuốc lắc tại quán bar.', '3 túi nilon', 'túi nilon'],
    ['Công an phát hiện 2 hũ nhựa viên ma túy tổng hợp.', '2 hũ nhựa', 'hũ nhựa'],
  ])('a group, a job, a student, two nouns: %s', (text, quote, unit) => {
    const c = claimAt(text, quote);
    expect(c.unit).toBe(unit);
    expect(c.quote.endsWith(quote.split(' ').pop() as string)).toBe(true);
  });
});
