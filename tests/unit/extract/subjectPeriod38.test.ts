// Engine 38 (session 39, issue 11): subject and period rules from the error classes of half the development
// articles. A single person's age is a personal attribute — no period, a person as its subject (`personalAge` in
// shared/extract/context.ts); a player's rank written as a title right before the player's name is that player's
// (`rankBeforeName`); a count of entries placed in a ranking takes the ranking's edition year (`rankingYear`). Our
// own sentences: the cases each rule decides, and the near-misses it must not fire on.
import { describe, expect, it } from 'vitest';
import { datedClaimOf as claimOf } from './helpers';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';


describe("a person's age carries no period", () => {
  it('a year opening the sentence dates the event, not the age', () => {
    const c = claimOf('Năm 2011, ông Nguyễn Văn Hùng, 58 tuổi, được bầu làm trưởng thôn.', '58 tuổi');
    expect(c.period).toBeNull();
    expect(c.subject).toBe('Nguyễn Văn Hùng');
  });
  it('a year of birth in the sentence is no period of the age', () => {
    const c = claimOf('Sinh năm 1995, Trần Minh Khoa hiện tròn 18 tuổi và là sinh viên năm nhất.', '18 tuổi');
    expect(c.period).toBeNull();
    expect(c.subject).toBe('Trần Minh Khoa');
  });
  it('an age in brackets after the name ("Lê Văn Tâm (19 tuổi)") carries no period', () => {
    const c = claimOf('Năm 2009, kỷ lục thuộc về vận động viên Lê Văn Tâm (19 tuổi) của Hà Nội.', '19 tuổi');
    expect(c.period).toBeNull();
    expect(c.subject).toBe('Lê Văn Tâm');
  });

  // Near-misses: an age band of a group is a statistic's label, and keeps the period the sentence gives.
  it('a bound ("trên 60 tuổi") in a statistic keeps its year, and so does the share', () => {
    const body = 'Năm 2023, người trên 60 tuổi chiếm 12% dân số Hà Nội.';
    expect(claimOf(body, 'trên 60 tuổi').period).not.toBeNull();
    expect(claimOf(body, '12%').period).not.toBeNull();
  });
  it('a band "từ 60 tuổi trở lên" keeps its year', () => {
    // No count right before the band (engine 70: after a count, "1.200 người từ 60 tuổi trở lên", the band says who is counted and is no claim).
    const body = 'Trong năm 2022, người từ 60 tuổi trở lên được khám miễn phí tại Đà Nẵng.';
    expect(claimOf(body, 'từ 60 tuổi trở lên').period).not.toBeNull();
  });
  it("an exact age after a group's noun (\"người 70 tuổi\", \"các cụ 90 tuổi\") keeps its year", () => {
    expect(claimOf('Năm 2023, người 70 tuổi ở Hải Phòng được tặng quà mừng thọ.', '70 tuổi').period).not.toBeNull();
    expect(claimOf('Năm 2023, các cụ 90 tuổi trong xã được tặng 500.000 đồng.', '90 tuổi').period).not.toBeNull();
  });
  it('a count of people of one age ("5.000 cụ ông, cụ bà 100 tuổi", "3 em học sinh 15 tuổi") keeps its year', () => {
    expect(claimOf('Năm 2022, Hà Nội có 5.000 cụ ông, cụ bà 100 tuổi.', '100 tuổi').period).not.toBeNull();
    expect(claimOf('Năm 2022, 3 em học sinh 15 tuổi của Nghệ An đoạt giải.', '15 tuổi').period).not.toBeNull();
  });
  it('a year right before the person ("Năm 2011 ông … 58 tuổi") is no count of people', () => {
    expect(claimOf('Năm 2011 ông Nguyễn Văn Hùng 58 tuổi được bầu làm trưởng thôn.', '58 tuổi').period).toBeNull();
  });
  it('a range of ages ("từ 6 đến 14 tuổi") is no single person\'s', () => {
    const c = claimOf('Năm 2013, trẻ em từ 6 đến 14 tuổi ở Lào Cai được miễn học phí.', 'từ 6 đến 14 tuổi');
    expect(c.period).not.toBeNull();
    expect(claimOf('Năm 2013, học sinh 6-14 tuổi ở Lào Cai được miễn học phí.', '6-14 tuổi').period).not.toBeNull();
  });
  it('an average or a rule\'s age ("tuổi thọ trung bình … là 74 tuổi", "tuổi nghỉ hưu … 62 tuổi") is a statistic with its year', () => {
    expect(claimOf('Năm 2020, tuổi thọ trung bình của người Việt Nam là 74 tuổi.', '74 tuổi').period).not.toBeNull();
    expect(claimOf('Năm 2028, tuổi nghỉ hưu của lao động nam sẽ là 62 tuổi.', '62 tuổi').period).not.toBeNull();
    expect(claimOf('Năm 2019, tuổi kết hôn trung bình lần đầu là 25,2 tuổi.', '25,2 tuổi').period).not.toBeNull();
  });
});

describe("a person's age is a person's, never a place's", () => {
  it('a pronoun pointing back right before the age ("Năm 2013, anh 20 tuổi") is the person named before', () => {
    const body = 'Vũ Minh Tuấn là sinh viên ngành kỹ thuật tại Úc. Năm 2013, anh 20 tuổi.';
    const c = claimOf(body, '20 tuổi');
    expect(c.subject).toBe('Vũ Minh Tuấn');
    expect(c.period).toBeNull();
  });
  it('the person named after the age in its sentence, when none is named before', () => {
    const body = 'Mới 17 tuổi, Nguyễn Thị Lan đã giành huy chương vàng tại Singapore.';
    expect(claimOf(body, '17 tuổi').subject).toBe('Nguyễn Thị Lan');
  });
  // Near-misses.
  it('a person the sentence names by a noun only ("Một bé trai 5 tuổi") is not the one named before', () => {
    const body = 'Bác sĩ Nguyễn Văn An trực cấp cứu đêm qua. Một bé trai 5 tuổi ở Hà Nội bị chó cắn.';
    expect(claimOf(body, '5 tuổi').subject).not.toBe('Nguyễn Văn An');
  });
  it("another person's noun before the age: not the person named earlier", () => {
    const body = 'Ông Trần Văn Bình là trưởng thôn. Con trai ông năm nay 12 tuổi và học ở Hà Nội.';
    expect(claimOf(body, '12 tuổi').subject).not.toBe('Trần Văn Bình');
  });
  it('an age band of a group takes no person named before', () => {
    const body = 'Bác sĩ Nguyễn Văn An cho biết thêm. Tại Cần Thơ, người trên 60 tuổi chiếm 11% dân số.';
    expect(claimOf(body, 'trên 60 tuổi').subject).not.toBe('Nguyễn Văn An');
  });
});

describe("a player's rank written as a title before the player's name is that player's", () => {
  it('"tay vợt số 1 thế giới <name>": the name after, not the city opening the sentence', () => {
    const body = 'Tại Tokyo, Tiến Minh đánh bại tay vợt số 1 thế giới Lee Chong Wei ở vòng hai.';
    expect(claimOf(body, 'số 1').subject).toBe('Lee Chong Wei');
  });
  it('"hạt giống số 8 <name>": the seed, not the country after it nor the player before', () => {
    const body = 'Cùng bị loại ở vòng đầu như Tiến Minh còn có hạt giống số 8 Boonsak Ponsana của Thái Lan.';
    expect(claimOf(body, 'số 8').subject).toBe('Boonsak Ponsana');
  });
  it('"đối thủ hạng 25 thế giới <name>"', () => {
    const body = 'Ở vòng một, Tiến Minh (Việt Nam) sẽ gặp đối thủ hạng 25 thế giới Kenichi Tago.';
    expect(claimOf(body, 'hạng 25').subject).toBe('Kenichi Tago');
  });
  // Near-misses: no role noun before, or no person's name after.
  it('"tay vợt số 1 Việt Nam": a country after the rank is no name of the player', () => {
    const body = 'Hoàng Nam hiện là tay vợt số 1 Việt Nam.';
    // (The rule leaves the usual reading: the player or the country, no name glued from the words after.)
    expect(['Hoàng Nam', 'Việt Nam']).toContain(claimOf(body, 'số 1').subject);
  });
  it('"tay vợt số 1 Hàn Quốc Son Wan Ho": a country right after the rank stops the rule (no name glued to it)', () => {
    const body = 'Tại Jakarta, Tiến Minh thua tay vợt số 1 Hàn Quốc Son Wan Ho.';
    expect(claimOf(body, 'số 1').subject).not.toMatch(/Son Wan Ho/u);
  });
  it('"xếp thứ 5 Đông Nam Á": a region after a rank with no player\'s role stays the country\'s rank', () => {
    const body = 'Năm 2012, Việt Nam xếp thứ 5 Đông Nam Á về xuất khẩu thủy sản.';
    expect(claimOf(body, 'thứ 5').subject).toBe('Việt Nam');
  });
  it('"đội xếp thứ 2 Bảng B": a group\'s name is no player', () => {
    const body = 'U23 Việt Nam hiện xếp thứ 2 Bảng B với 4 điểm.';
    expect(claimOf(body, 'thứ 2').subject).not.toBe('Bảng B');
  });
});

describe("a count of entries placed in a ranking takes the ranking's edition year", () => {
  const opening = 'Bảng xếp hạng QS châu Á 2014 vừa được công bố. ';
  it('"có 12 trường đại học nằm trong bảng xếp hạng này": the edition, for the count in that clause', () => {
    const body = `${opening}Malaysia có 12 trường đại học nằm trong bảng xếp hạng này, Indonesia có 9 trường.`;
    expect(claimOf(body, '12 trường').period).toBe('năm 2014');
  });
  it('"trong số 776 cơ sở tham gia xếp hạng": the edition', () => {
    const body = `${opening}Ở lĩnh vực kỹ thuật, trường đứng trong nhóm đầu trong số 776 cơ sở tham gia xếp hạng.`;
    expect(claimOf(body, '776 cơ sở').period).toBe('năm 2014');
  });
  // Near-misses.
  it('a count the sentence does not place in the ranking keeps no period', () => {
    const body = `${opening}Trường có 1.200 giảng viên và 30.000 sinh viên.`;
    expect(claimOf(body, '1.200 giảng viên').period).toBeNull();
  });
  it('a count with a year of its own keeps it', () => {
    const body = `${opening}Năm 2012, Malaysia có 10 trường trong bảng xếp hạng.`;
    expect(claimOf(body, '10 trường').period).toBe('năm 2012');
  });
  it('no edition named: no year', () => {
    expect(claimOf('Việt Nam có 5 trường đại học nằm trong bảng xếp hạng của QS.', '5 trường').period).toBeNull();
  });
});

// Session 39 review of engine 38: the reviewer's own sentences where engine 38 was worse than engine 37. The age rule
// now reads only an age written attached to a named person (or to a pronoun pointing back); a ranking's count only
// in the clause placing it in the ranking; a player's role noun opening the sentence is read too.
describe('review of engine 38: regressions mended', () => {
  /** The claims of a text dated 18/10/2024, as the reviewer ran them. */
  function at2024(body: string, quote: string) {
    const text = `Tin\n18/10/2024 06:49\n\n${body}`;
    const c = extractClaims(text, extractMetadata(text)).find((x) => text.slice(x.start, x.end) === quote);
    if (c === undefined) throw new Error(`no claim "${quote}"`);
    return c;
  }
  it.each([
    ['Năm 2024, lao động nam đủ 61 tuổi được nghỉ hưu theo quy định mới.', '61 tuổi', 'năm 2024'],
    ['Từ ngày 1/1/2025, lao động nam nghỉ hưu khi đủ 61 tuổi 3 tháng.', '61 tuổi', '2025-01-01'],
    ['Theo Luật Hôn nhân và gia đình năm 2014, nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi được kết hôn.', '20 tuổi', 'năm 2014'],
    ['Theo Luật Hôn nhân và gia đình năm 2014, nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi được kết hôn.', '18 tuổi', 'năm 2014'],
    ['Từ năm học 2024-2025, học sinh vào lớp 10 phải đủ 15 tuổi.', '15 tuổi', 'năm học 2024–2025'],
    ['Năm 2025, người điều khiển xe máy phải đủ 18 tuổi và có giấy phép lái xe.', '18 tuổi', 'năm 2025'],
    ['Theo quy định mới có hiệu lực từ năm 2026, thí sinh dự thi hoa hậu phải từ 18 tuổi.', '18 tuổi', 'năm 2026'],
    ['Năm 2023, ứng viên đại biểu Quốc hội phải đủ 21 tuổi.', '21 tuổi', 'năm 2023'],
    ['Năm 2022, Ngân hàng Thế giới cho biết lao động Việt Nam 25 tuổi có năng suất thấp hơn Thái Lan.', '25 tuổi', 'năm 2022'],
  ])('a legal, required or group age keeps its period: %s (%s)', (body, quote, period) => {
    expect(at2024(body, quote).period).toBe(period);
  });
  it.each([
    ['Năm 2022, bệnh viện Nhi Trung ương tiếp nhận 1.200 ca sốt xuất huyết, bệnh nhi nhỏ nhất mới 3 tuổi.', '3 tuổi', 'năm 2022'],
    ['Năm 2016, ứng viên trẻ nhất tham gia bầu cử ở Hà Nội mới 23 tuổi.', '23 tuổi', 'năm 2016'],
    ['Năm 2023, người mẹ trẻ nhất sinh con tại Bệnh viện Phụ sản Hà Nội mới 14 tuổi.', '14 tuổi', 'năm 2023'],
  ])('a superlative over a year\'s population keeps the year: %s', (body, quote, period) => {
    expect(at2024(body, quote).period).toBe(period);
  });
  it.each([
    ['Bà Trần Thị Lý đã gắn bó với vườn thú Thủ Lệ hơn 20 năm. Năm 2023, chú voi 55 tuổi của vườn thú đã qua đời.', '55 tuổi', 'Trần Thị Lý'],
    ['Mới 17 tuổi, con trai của danh thủ Lê Công Vinh đã được gọi lên U19.', '17 tuổi', 'Lê Công Vinh'],
    [
      'Ông Nguyễn Văn Thắng, trưởng thôn Đông, dẫn chúng tôi đi thăm làng. Cây đa 300 tuổi ở đầu làng vừa được công nhận Cây di sản Việt Nam năm 2022.',
      '300 tuổi',
      'Nguyễn Văn Thắng',
    ],
    ['Đại tá Phạm Văn Nam, Trưởng Công an huyện Gia Lâm, đã có mặt tại hiện trường. Hung thủ mới 19 tuổi, có 2 tiền án.', '19 tuổi', 'Phạm Văn Nam'],
    [
      'Huấn luyện viên Philippe Troussier đã gọi 30 cầu thủ lên tuyển. Trong đó, thủ môn Nguyễn Filip 31 tuổi là người lớn tuổi nhất.',
      '31 tuổi',
      'Philippe Troussier',
    ],
  ])('an age not attached to a named person is not given to one named nearby: %s', (body, quote, wrong) => {
    expect(at2024(body, quote).subject).not.toBe(wrong);
  });
  it('a relative before the name ("Con trai danh thủ Lê Công Vinh năm nay 17 tuổi"): not the father\'s age', () => {
    expect(at2024('Con trai danh thủ Lê Công Vinh năm nay 17 tuổi.', '17 tuổi').subject).not.toBe('Lê Công Vinh');
  });
  it('a pronoun after a time phrase ("Khi đó ông 61 tuổi") is the person named before, with no period', () => {
    const c = at2024('Năm 2020, Phạm Minh Chính được bầu vào Bộ Chính trị. Khi đó ông 61 tuổi.', '61 tuổi');
    expect(c.subject).toBe('Phạm Minh Chính');
    expect(c.period).toBeNull();
  });
  it('an age right before the name ("Tiền đạo 33 tuổi Nguyễn Văn Quyết") is that person\'s, with no period', () => {
    const c = at2024('Tiền đạo 33 tuổi Nguyễn Văn Quyết ghi bàn cho Hà Nội năm 2024.', '33 tuổi');
    expect(c.subject).toBe('Nguyễn Văn Quyết');
    expect(c.period).toBeNull();
  });
  // Near-misses: a name after a comma in the middle of the sentence is no apposition of the age before it.
  it('"… 300 cụ tròn 100 tuổi, ông Nguyễn Văn Tư cho biết": a group\'s age keeps its year and is not the source\'s', () => {
    const c = at2024('Năm 2023, Hà Nội có 300 cụ tròn 100 tuổi, ông Nguyễn Văn Tư cho biết.', '100 tuổi');
    expect(c.period).toBe('năm 2023');
    expect(c.subject).not.toBe('Nguyễn Văn Tư');
  });
  it('"Năm 2023, lao động phổ thông 25 tuổi, anh Nguyễn Văn Tám kể …": the age does not open the sentence, so it is no one\'s', () => {
    const c = at2024('Năm 2023, lao động phổ thông 25 tuổi, anh Nguyễn Văn Tám kể, chỉ kiếm được 5 triệu đồng.', '25 tuổi');
    expect(c.period).toBe('năm 2023');
    expect(c.subject).not.toBe('Nguyễn Văn Tám');
  });
  it('"Kỳ xếp hạng trước": an earlier edition, not the year of the one named', () => {
    const body = 'Bảng xếp hạng QS thế giới 2025 vừa công bố. Kỳ xếp hạng trước, Việt Nam chỉ có 5 trường trong bảng xếp hạng.';
    expect(at2024(body, '5 trường').period).not.toBe('năm 2025');
  });
  it("a country's total in another clause is no count of entries; the ranked count in its clause is", () => {
    const body = 'Bảng xếp hạng CWUR 2025 vừa được công bố tháng 6/2024. Hiện Việt Nam có 235 trường đại học, trong đó 5 trường tham gia xếp hạng.';
    expect(at2024(body, '235 trường').period).toBeNull();
    expect(at2024(body, '5 trường').period).toBe('năm 2025');
  });
  it('a player\'s role noun opening the sentence ("Hạt giống số 4 Carlos Alcaraz …") is read as well', () => {
    expect(at2024('Hạt giống số 4 Carlos Alcaraz thắng tay vợt Argentina tại giải Madrid Open ở Tây Ban Nha.', 'số 4').subject).toBe('Carlos Alcaraz');
    expect(at2024('Tay vợt hạng 14 thế giới Alex de Minaur thua ở vòng hai.', 'hạng 14').subject).toBe('Alex de Minaur');
    const body = 'Hạt giống số 3 Iga Swiatek để thua tay vợt hạng 52 WTA Elena Rybakina.';
    expect(at2024(body, 'số 3').subject).toBe('Iga Swiatek');
    expect(at2024(body, 'hạng 52').subject).toBe('Elena Rybakina');
  });
  // Near-misses of the sentence-opening role noun.
  it('"Tay vợt số 1 Việt Nam Lý Hoàng Nam": a country right after the rank, no name glued from it', () => {
    const subject = at2024('Tay vợt số 1 Việt Nam Lý Hoàng Nam thua ở vòng một.', 'số 1').subject;
    expect(subject).not.toMatch(/Việt Nam Lý|Nam Thua/u);
  });
  it('"Đội tuyển xếp thứ 2 Bảng B" opening the sentence: no player\'s role, no name', () => {
    expect(at2024('Đội tuyển Việt Nam xếp thứ 2 Bảng B với 4 điểm.', 'thứ 2').subject).not.toBe('Bảng B');
  });
});
