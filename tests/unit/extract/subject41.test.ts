// Engine 41 (session 41, issue 11: the subject of claims), from the error classes of half A of the development
// material only (dev2..dev9 split by article, alternating; see README, engine 41, subjd): structural misses of the
// entity index and of the clause's own subject. Our own sentences: the cases each rule decides, and the
// near-misses it must not fire on.
import { describe, expect, it } from 'vitest';
import { datedClaimOf as claimOf } from './helpers';
import { indexEntities, pronounOpening } from '../../../shared/extract/entities';

const tickers = (text: string): string[] => indexEntities(text).tickers.all().map((m) => m.text);
const orgs = (text: string): string[] => indexEntities(text).orgs.all().map((m) => m.text);

describe('brand names written as one word ending in "phone", "fone" or "mobile" (Mobifone, Vietnamobile)', () => {
  it('are names the subject can be', () => {
    expect(tickers('Nhà mạng Vietnamobile cũng có gói cước. Phía Mobifone cho hay đã có gói riêng.')).toEqual(['Vietnamobile', 'Mobifone']);
    const body = 'Các nhà mạng đã giảm giá cước. Riêng Gmobile cho hay đã có sẵn gói 20.000 đồng mỗi tháng cho học sinh.';
    expect(claimOf(body, '20.000 đồng').subject).toBe('Gmobile');
  });
  it('the older forms stay read as before ("MobiFone", "Vinaphone")', () => {
    expect(tickers('MobiFone và Vinaphone giữ nguyên giá.')).toEqual(['MobiFone', 'Vinaphone']);
  });

  // Near-misses: common nouns written with a capital opening a sentence, and a word glued to more letters.
  it('not "Smartphone", "Microphone", "Headphone" opening a sentence', () => {
    expect(tickers('Smartphone giá rẻ chiếm 30% thị trường. Microphone không dây bán chạy. Headphone cũng vậy.')).toEqual([]);
  });
  it('not a word that only starts like one ("Mobilenet", lower-case "vinaphone")', () => {
    expect(tickers('Mạng Mobilenet mới ra đời; gói vinaphone cũ.')).toEqual([]);
  });
});

describe('a programme named by its number as the subject of its clause ("Chương trình 30a đầu tư 62 huyện")', () => {
  it('names the programme for the figures of its clause', () => {
    const body = 'Giảm nghèo được cụ thể hóa bằng Chương trình 30a đầu tư 58 huyện nghèo, năm nay mở rộng thêm 20 huyện nữa.';
    expect(claimOf(body, '58 huyện').subject).toBe('Chương trình 30a');
    expect(claimOf(body, 'thêm 20 huyện').subject).toBe('Chương trình 30a');
    const lower = 'Ngoài ra, chương trình 135 đã hỗ trợ 1.200 xã đặc biệt khó khăn trong giai đoạn này.';
    expect(claimOf(lower, '1.200 xã').subject).toBe('Chương trình 135');
    expect(claimOf('Tỉnh đang làm dở. Đề án 06 sẽ triển khai 25 dịch vụ công ngay trong quý tới.', '25 dịch vụ').subject).toBe('Đề án 06');
  });

  // Near-misses: a figure of a programme, a number followed by no verb, another name between, the next sentence.
  it('not a duration or a count written after "chương trình" ("chương trình 2 năm có 40 buổi")', () => {
    const body = 'Trường Đại học Vinh mở chương trình 2 năm có 40 buổi học cho giáo viên.';
    expect(claimOf(body, '40 buổi').subject).not.toMatch(/^Chương trình/u);
  });
  it('not a programme named by a decision or another name right after the number ("Chương trình 135 của Chính phủ")', () => {
    const body = 'Nhờ Chương trình 135 của Chính phủ, tỉnh Lào Cai có 30 xã thoát nghèo.';
    expect(claimOf(body, '30 xã').subject).not.toMatch(/^Chương trình/u);
  });
  it('not when another name stands between the programme and the figure', () => {
    const body = 'Chương trình 30a đầu tư cho nhiều nơi, trong đó Lào Cai nhận 300 tỷ đồng.';
    expect(claimOf(body, '300 tỷ đồng').subject).toBe('Lào Cai');
  });
  it('not for the figures of the next sentence', () => {
    const body = 'Chương trình 30a đã đầu tư cho 62 huyện nghèo. Tỷ lệ hộ nghèo của Hà Giang giảm 4% mỗi năm.';
    expect(claimOf(body, 'giảm 4%').subject).not.toMatch(/^Chương trình/u);
  });
});

describe('"Tập đoàn Công ty Cổ phần …": a name is not cut at "Công ty"', () => {
  it('reads the whole name of the body', () => {
    expect(orgs('Ông Hòa, Tổng giám đốc Tập đoàn Công ty Cổ phần Truyền thông Sao Mai, phát biểu.')).toEqual(['Tập đoàn Công ty Cổ phần Truyền thông Sao Mai']);
  });
  // Near-miss: a company's form alone is still no name ("chuyển thành Công ty Cổ phần,").
  it('a form alone is still no name', () => {
    expect(orgs('Doanh nghiệp đã chuyển thành Công ty Cổ phần, vốn 10 tỷ đồng.')).toEqual([]);
    expect(orgs('Nhóm này sẽ lập Tập đoàn Công ty Cổ phần, vốn 10 tỷ đồng.')).toEqual([]);
  });
  it('"và Công ty …" still opens another body', () => {
    expect(orgs('Sở Công Thương và Công ty Điện lực Hải Dương chi 300 tỷ đồng.')).not.toContain('Sở Công Thương và Công ty Điện lực Hải Dương');
  });
});

describe('"Anh" opening a sentence before "(cũng) là" and a person\'s role is the pronoun, not England', () => {
  it('reads "Anh cũng là tay vợt …", "Anh là cầu thủ …" as the pronoun', () => {
    const a = 'Anh cũng là tay vợt giành nhiều danh hiệu nhất.';
    expect(pronounOpening(a, 0, 3)).toBe(true);
    expect(pronounOpening('Anh là cầu thủ ghi nhiều bàn nhất.', 0, 3)).toBe(true);
    const body = 'Nguyễn Văn Nam thắng dễ ở chung kết. Anh cũng là tay vợt sở hữu 6 danh hiệu liên tiếp tại giải này.';
    expect(claimOf(body, '6 danh hiệu liên tiếp').subject).toBe('Nguyễn Văn Nam');
  });
  // Near-misses: "là" before a country's noun, and "Anh" not opening its sentence.
  it('not "Anh là nền kinh tế …", "Anh cũng là thị trường …", nor "Vương quốc Anh là …"', () => {
    expect(pronounOpening('Anh là nền kinh tế lớn thứ 5.', 0, 3)).toBe(false);
    expect(pronounOpening('Anh cũng là thị trường xuất khẩu lớn.', 0, 3)).toBe(false);
    const body = 'Năm nay, xuất khẩu vẫn tăng. Anh cũng là thị trường nhập 2 tỷ USD hàng dệt may của Việt Nam.';
    expect(claimOf(body, '2 tỷ USD').subject).toBe('Anh');
  });
});

describe('a country after a role with no player introduced with it stands for the side named last before it', () => {
  it('"đội bóng nước Đức", "tay vợt Việt Nam" without a name after them', () => {
    const club =
      'Vòng bảng cúp C1, trận đấu giữa Leverkusen và Arsenal: hậu vệ Arsenal ghi bàn thắng mở tỷ số. Leverkusen dồn lên tấn công nhưng bế tắc. ' +
      'Chưa có bàn gỡ, đội bóng nước Đức đã phải nhận bàn thua thứ hai ở phút 71.';
    expect(claimOf(club, 'phút 71').subject).toBe('Leverkusen');
    const player =
      'Trận bán kết giải cầu lông quốc tế: hạt giống số 2 gặp nhiều khó khăn. Ở set đấu thứ nhất, Trần Văn Hải bị dẫn trước khi tay vợt Việt Nam chật vật mới thắng 21-19.';
    expect(claimOf(player, '21-19').subject).toBe('Trần Văn Hải');
  });

  // Near-misses: many players, a player named right after the country, no sports text, an opponent only.
  it('not "các cầu thủ Việt Nam" (many players)', () => {
    const body = 'Trận đấu vòng bảng: Hải Phòng gặp Nam Định. Sau trận, các cầu thủ Việt Nam đã ghi 12 bàn thắng trong cả giải.';
    expect(claimOf(body, '12 bàn thắng').subject).not.toBe('Hải Phòng');
  });
  it('not outside a sports text ("đoàn doanh nghiệp Việt Nam")', () => {
    const body = 'Vinamilk mở nhà máy mới. Đoàn doanh nghiệp Việt Nam ký 20 hợp đồng tại hội chợ.';
    expect(claimOf(body, '20 hợp đồng').subject).not.toBe('Vinamilk');
  });
  it('not the opponent named before ("thua Kento")', () => {
    const body = 'Giải cầu lông: hạt giống số 1 để thua Kento Momota ở bán kết. Tay vợt Việt Nam thua 15-21 ở séc đầu.';
    expect(claimOf(body, '15-21').subject).not.toBe('Kento Momota');
  });
});

describe('in a short item with a score, a name right after a verb of a match is the opponent', () => {
  it('"Đội tuyển Việt Nam thua Iraq 2-3 …": the figures are the side named before the verb', () => {
    const body = 'Đội tuyển Việt Nam thua Indonesia 1-2 ở lượt trận cuối bảng, qua đó bị loại với 3 trận toàn thua.';
    expect(claimOf(body, '1-2').subject).toBe('Đội tuyển Việt Nam');
    expect(claimOf(body, '3 trận').subject).toBe('Đội tuyển Việt Nam');
    expect(claimOf('Tuyển nữ Thái Lan đánh bại Myanmar 4-0 tối qua.', '4-0').subject).toBe('Thái Lan');
  });

  // Near-misses: no score in the sentence, no name before the verb, a name that is not after the verb.
  it('not without a score in the sentence ("thắng thầu", "vượt qua Hà Nội về số dự án")', () => {
    expect(claimOf('Công ty Sông Đà thắng thầu Hà Nội với gói 300 tỷ đồng.', '300 tỷ đồng').subject).not.toBe('Sông Đà');
    const body = 'Năm nay, Bình Dương vượt qua Hà Nội về thu hút vốn, Hà Nội đạt 2 tỷ USD.';
    expect(claimOf(body, '2 tỷ USD').subject).toBe('Hà Nội');
  });
  it('not when nothing is named before the verb', () => {
    expect(claimOf('Thua Iraq 2-3, đội bóng bị loại.', '2-3').subject).toBe('Iraq');
  });
});

describe('the opponent rule leaves ranges, meetings and overtakings alone', () => {
  it('not a range read as a score, nor "gặp" (a meeting) or "vượt qua" (an overtaking)', () => {
    const meeting = 'Việt Nam gặp Mỹ để bàn về thương mại, kim ngạch năm nay của Mỹ ước 10-15 tỷ USD.';
    expect(claimOf(meeting, 'ước 10-15 tỷ USD').subject).toBe('Mỹ');
    const range = 'Trung Quốc thua Mỹ trong cuộc đua chip, doanh thu năm nay của Mỹ đạt 10-12 tỷ USD.';
    expect(claimOf(range, '10-12 tỷ USD').subject).toBe('Mỹ');
  });
});
