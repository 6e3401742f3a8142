import { describe, expect, it } from 'vitest';
import { claimAt } from './helpers';

// Issue 11, engine 59: the part of a breakdown. After the figure of the whole, a clause made of a kind of place or
// group written in lower case and its own figure ("…, trong đó các xã vùng cao khoảng 3%/năm") gives that figure to
// the part, not to the whole's subject (the country, the province of the story).
describe('the part of a breakdown is the subject of its figure (engine 59)', () => {
  it('reads the part after "trong đó"', () => {
    const text = 'Năm 2023, tỷ lệ hộ nghèo của cả nước giảm bình quân 1,5%/năm, trong đó các xã vùng cao khoảng 3%/năm.';
    expect(claimAt(text, '3%/năm').subject).toBe('Các xã vùng cao');
  });
  it('reads the part after a bare comma, with "thì" or with no "các"', () => {
    const withThi = 'Tỷ lệ hộ nghèo tỉnh Sơn La giảm 1,8%/năm, các huyện biên giới thì khoảng 3,5%/năm.';
    expect(claimAt(withThi, '3,5%/năm').subject).toBe('Các huyện biên giới');
    const bare = 'Tỷ lệ hộ nghèo tỉnh Sơn La giảm 1,8%/năm, huyện vùng sâu khoảng 3,5%/năm.';
    expect(claimAt(bare, '3,5%/năm').subject).toBe('Huyện vùng sâu');
  });
  it('reads the part after "Trong đó" opening the next sentence', () => {
    const text = 'Thu nhập bình quân của người dân tỉnh Hà Giang tăng 7% so với năm trước. Trong đó, nhóm hộ cận nghèo tăng 12%.';
    expect(claimAt(text, '12%').subject).toBe('Nhóm hộ cận nghèo');
  });
  it('leaves a part pointed back to, a figure in another unit and a counted thing to the other readers', () => {
    // "tỉnh này": the province named before.
    expect(claimAt('Tỉnh Lào Cai có 9 huyện, tỉnh này giảm 5%.', '5%').subject).toBe('Lào Cai');
    // No whole in the same unit right before the part: the company keeps its figure.
    expect(claimAt('Doanh thu của Vinamilk đạt 500 tỷ đồng, ngành sữa tăng 5%.', '5%').subject).toBe('Vinamilk');
    // A count of steps the places take is no value given for a part.
    const steps = 'Bộ ban hành hướng dẫn số 15 về rà soát hộ nghèo, theo đó địa phương phải tiến hành theo 4 bước.';
    expect(claimAt(steps, '4 bước').subject ?? '').not.toMatch(/^Địa phương/u);
  });
  it('reads a part written after its figure ("ở nông thôn", "ở các xã vùng cao")', () => {
    const line = 'Theo quy định mới, chuẩn cận nghèo là 700.000 đồng ở nông thôn, 900.000 đồng ở thành thị.';
    expect(claimAt(line, '700.000 đồng').subject).toBe('Nông thôn');
    expect(claimAt(line, '900.000 đồng').subject).toBe('Thành thị');
    const rates = 'Năm nay tỷ lệ trẻ đến trường tăng 6% ở các xã vùng cao và 2% ở đồng bằng.';
    expect(claimAt(rates, '6%').subject).toBe('Các xã vùng cao');
  });
  it('leaves a named place and a place pointed back to after the figure to the other readers', () => {
    expect(claimAt('Giá thuê đất tăng 8% ở tỉnh Bình Dương.', '8%').subject).toBe('Bình Dương');
    expect(claimAt('Công ty Minh Phú nộp thuế 40 tỷ đồng ở huyện này.', '40 tỷ đồng').subject).not.toMatch(/^Huyện/u);
  });
});

// Engine 59 also: "mazut" (a fuel oil) is priced goods on its own, as "dầu mazut" was.
describe('mazut named alone is priced goods (engine 59)', () => {
  it('gives a price under a "Mazut:" list heading to mazut, not to the goods of the item before', () => {
    const text = 'Liên Bộ điều chỉnh mức trích quỹ bình ổn: Dầu hỏa: giảm từ 600 đ/lít xuống 500 đ/lít; Mazut: giữ mức trích 150 đ/kg.';
    expect(claimAt(text, '150 đ/kg').subject).toBe('Mazut');
  });
});

// Engine 59 also: a price right after a named package ("gói cước 4G", "gói ST15") is the package's.
describe('the package a price is quoted for (engine 59)', () => {
  it('gives the price to the named package, not to the buyer nor to the place of the story', () => {
    const title = 'Hợp tác xã vận tải Nghệ An sẽ có gói cước 4G giá 20.000 đồng/tháng';
    expect(claimAt(title, '20.000 đồng/tháng').subject).toBe('Gói cước 4G');
    const bracket = 'Hôm qua nhà mạng Sao Việt đã ra gói ST15 (chi phí 15.000 đồng/tháng) cho xe khách.';
    expect(claimAt(bracket, '15.000 đồng/tháng').subject).toBe('Gói ST15');
  });
  it('leaves a package with no code of its own to the other readers', () => {
    const text = 'Hiệp hội vận tải Nghệ An đề xuất gói cước riêng cho xe khách với giá 20.000 đồng/tháng.';
    expect(claimAt(text, '20.000 đồng/tháng').subject ?? '').not.toMatch(/^Gói/u);
  });
});
