import { describe, expect, it } from 'vitest';
import { claimAt, claimsOf } from './helpers';

/**
 * Engine 56: counted nouns that the two-syllable default cut in two or ran past ("hai lý" do, "hai nền kinh" tế,
 * "hai sự" thay đổi, "2 phiên cố" bám trụ, "Ba tập" đoàn), with our own Vietnamese sentences. The quote an editor
 * sees highlighted is the number with its whole noun, no more.
 */
describe('counted nouns read whole', () => {
  it('nouns the syllable rules cut: "lý do", "nền kinh tế", "trận giao hữu", "phiên giao dịch", "tập đoàn"', () => {
    expect(claimAt('Hiệu trưởng nêu hai lý do khiến trường phải tăng học phí.', 'hai lý do')).toMatchObject({ kind: 'count', value: 2, unit: 'lý do' });
    expect(claimAt('Xuất khẩu phụ thuộc vào hai nền kinh tế lớn nhất thế giới.', 'hai nền kinh tế')).toMatchObject({ kind: 'count', value: 2, unit: 'nền kinh tế' });
    expect(claimAt('Đội tuyển thắng cả 3 trận giao hữu trên đất Thái Lan.', '3 trận giao hữu')).toMatchObject({ kind: 'count', value: 3, unit: 'trận giao hữu' });
    expect(claimAt('Cổ phiếu này tăng trần 4 phiên giao dịch liền.', '4 phiên giao dịch')).toMatchObject({ kind: 'count', value: 4 });
    expect(claimAt('Ngân hàng tổ chức 2 phiên đấu thầu vàng trong tuần.', '2 phiên đấu thầu')).toMatchObject({ kind: 'count', value: 2 });
    expect(claimAt('Bốn tập đoàn kinh tế nhà nước cam kết góp vốn.', 'Bốn tập đoàn')).toMatchObject({ kind: 'count', value: 4, unit: 'tập đoàn' });
  });

  it('"sự" with the two syllables after it; "sự kiện", "sự cố" are nouns of two', () => {
    expect(claimAt('Huấn luyện viên có ba sự thay đổi người trong hiệp hai.', 'ba sự thay đổi')).toMatchObject({ kind: 'count', value: 3, unit: 'sự thay đổi' });
    expect(claimAt('Người dùng có hai sự lựa chọn về dung lượng.', 'hai sự lựa chọn')).toMatchObject({ kind: 'count', value: 2, unit: 'sự lựa chọn' });
    expect(claimAt('Hệ thống ghi nhận 12 sự cố mất điện trong tháng.', '12 sự cố')).toMatchObject({ kind: 'count', value: 12, unit: 'sự cố' });
    expect(claimAt('Thành phố tổ chức 40 sự kiện văn hóa dịp lễ.', '40 sự kiện')).toMatchObject({ kind: 'count', value: 40, unit: 'sự kiện' });
  });

  it('"phiên" alone before a verb ("sau 3 phiên cố giữ"), its compounds whole ("phiên họp", "phiên bản")', () => {
    expect(claimAt('Chỉ số mất mốc 600 điểm sau 3 phiên cố giữ đà tăng.', '3 phiên')).toMatchObject({ kind: 'count', value: 3, unit: 'phiên' });
    expect(claimAt('Quốc hội dành 2 phiên họp cho dự luật này.', '2 phiên họp')).toMatchObject({ kind: 'count', value: 2, unit: 'phiên họp' });
    expect(claimAt('Hãng tung ra 3 phiên bản màu mới.', '3 phiên bản')).toMatchObject({ kind: 'count', value: 3, unit: 'phiên bản' });
    expect(claimsOf('Chỉ số mất mốc 600 điểm sau 3 phiên cố giữ đà tăng.').map((c) => c.quote)).not.toContain('3 phiên cố');
  });
});
