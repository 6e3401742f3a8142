import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';

const claimsOf = (text: string) => buildDocument(text, 'bai.txt', '2026-01-01T00:00:00Z').claims;
const claimAt = (text: string, digits: string) => claimsOf(text).find((c) => text.slice(c.start, c.end).includes(digits));

// A long clause before a figure with no metric head ("tỷ lệ", "doanh thu", …) used to give its last seven
// words as the metric, which cut words in two ("nam đã thu hồi được khoản nợ" of "phía nam").
describe('engine 55: the metric of a long clause without a metric head starts where a phrase starts', () => {
  it('starts at a measure noun with words after it', () => {
    expect(claimAt('Theo báo cáo quý ba, công ty cổ phần vận tải biển phía nam đã thu hồi được khoản nợ 120 tỷ đồng.', '120')?.metric).toBe('khoản nợ');
    expect(claimAt('Trong năm nay, nhiều doanh nghiệp du lịch lữ hành quốc tế tại miền trung vẫn phải chấp nhận mức giá thấp hơn 20%.', '20')?.metric).toBe('mức giá thấp');
    expect(claimAt('Sau nhiều năm chờ đợi, đội bóng trẻ của thành phố cuối cùng cũng đánh bại đối thủ với tỷ số 3-1.', '3-1')?.metric).toBe('tỷ số');
  });

  it('else right after a function word, never inside a word', () => {
    expect(claimAt('Trong phiên sáng nay, nhóm cổ phiếu ngân hàng vốn hóa lớn đồng loạt nhuộm đỏ nhưng nhóm bất động sản tăng 5%.', '5%')?.metric).toBe('nhóm bất động sản');
    expect(claimAt('Theo lãnh đạo sở, hợp tác xã nông nghiệp kiểu mới ở huyện miền núi xa xôi đã xuất khẩu được 300 tấn.', '300')?.metric).toBe('xuất khẩu');
  });

  it('finds the measure noun a little further back than the function words (ten words)', () => {
    expect(claimAt('Theo số liệu mới công bố, trong chín tháng vừa qua sản lượng tiêu thụ thép xây dựng của Hòa Phát đạt 1,2 triệu tấn.', '1,2')?.metric).toMatch(/^sản lượng tiêu thụ thép xây dựng/);
  });

  it('never starts at the second half of a word ("lưu lượng", "tỷ giá") nor at an adverb ("vốn đã")', () => {
    expect(claimAt('Theo số liệu của ngành tài nguyên nước, vào mùa khô năm nay trên sông Hồng lưu lượng nước về hồ chỉ đạt 500 m3/s.', '500')?.metric).toBe('lưu lượng nước về hồ');
    expect(claimAt('Theo thông báo, ngân hàng nhà nước hôm nay công bố mức tỷ giá trung tâm giữa đồng Việt Nam và đô la Mỹ là 23.000 đồng.', '23.000')?.metric).toMatch(/^mức tỷ giá/);
    expect(claimAt('Sau nhiều tháng giằng co, thị trường bất động sản vốn đã trầm lắng lại giảm thêm 10%.', '10%')?.metric).not.toMatch(/^vốn/);
  });

  it('not after "của": what follows it is the owner, not what is measured', () => {
    // (Not "hòa phát" alone: what was sold stays in the metric.)
    expect(claimAt('Theo số liệu mới công bố, trong chín tháng vừa qua sản lượng tiêu thụ thép xây dựng của Hòa Phát đạt 1,2 triệu tấn.', '1,2')?.metric).toContain('thép xây dựng');
  });

  it('leaves a short clause and a clause with a metric head as they were', () => {
    expect(claimAt('Tỷ lệ hồ sơ trực tuyến đạt 80%.', '80')?.metric).toBe('tỷ lệ hồ sơ trực tuyến');
    expect(claimAt('Theo báo cáo, trong chín tháng đầu năm doanh thu thuần của tổng công ty cổ phần may mặc đạt 500 tỷ đồng.', '500')?.metric).toMatch(/^doanh thu thuần/);
  });
});
