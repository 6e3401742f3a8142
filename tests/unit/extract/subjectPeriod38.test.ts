// Engine 38 (session 39, issue 11): subject and period rules from the error classes of half the development
// articles. A single person's age is a personal attribute — no period, a person as its subject (`personalAge` in
// shared/extract/context.ts); a player's rank written as a title right before the player's name is that player's
// (`rankBeforeName`); a count of entries placed in a ranking takes the ranking's edition year (`rankingYear`). Our
// own sentences: the cases each rule decides, and the near-misses it must not fire on.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

/** The claims of a text under `title`, dated 18/10/2013, each with its quote. */
function claims(body: string, title = 'Tin') {
  const text = `${title}\n18/10/2013 06:49\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
/** The first claim whose quote is `quote`. */
function claimOf(body: string, quote: string, title?: string) {
  const all = claims(body, title);
  const c = all.find((x) => x.quote === quote);
  if (c === undefined) throw new Error(`no claim "${quote}": ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

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
  it('the year of a record is no period of the age it was set at', () => {
    const c = claimOf('Kỷ lục thuộc về vận động viên Lê Văn Tâm, vô địch quốc gia năm 19 tuổi vào năm 2009.', '19 tuổi');
    expect(c.period).toBeNull();
  });

  // Near-misses: an age band of a group is a statistic's label, and keeps the period the sentence gives.
  it('a bound ("trên 60 tuổi") in a statistic keeps its year, and so does the share', () => {
    const body = 'Năm 2023, người trên 60 tuổi chiếm 12% dân số Hà Nội.';
    expect(claimOf(body, 'trên 60 tuổi').period).not.toBeNull();
    expect(claimOf(body, '12%').period).not.toBeNull();
  });
  it('a band "từ 60 tuổi trở lên" keeps its year', () => {
    const body = 'Trong năm 2022, có 1.200 người từ 60 tuổi trở lên được khám miễn phí tại Đà Nẵng.';
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
  it('the person the text is talking about, when the sentence names none before the age', () => {
    const body = 'Vũ Minh Tuấn là sinh viên ngành kỹ thuật tại Úc. Anh sống tự lập tại Úc từ năm 16 tuổi.';
    expect(claimOf(body, '16 tuổi').subject).toBe('Vũ Minh Tuấn');
  });
  it('the person named after the age in its sentence, when none is named before', () => {
    const body = 'Mới 17 tuổi, Nguyễn Thị Lan đã giành huy chương vàng tại Singapore.';
    expect(claimOf(body, '17 tuổi').subject).toBe('Nguyễn Thị Lan');
  });
  it('a noun pointing back ("Chàng trai này") stands for the person named before', () => {
    const body = 'Sinh năm 1993, Vũ Minh Tuấn đi du học từ sớm. Chàng trai này hiện tròn 20 tuổi.';
    expect(claimOf(body, '20 tuổi').subject).toBe('Vũ Minh Tuấn');
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
  it('"có 12 trường đại học nằm trong bảng xếp hạng này": the edition, for every count of the sentence', () => {
    const body = `${opening}Malaysia có 12 trường đại học nằm trong bảng xếp hạng này, Indonesia có 9 trường.`;
    expect(claimOf(body, '12 trường').period).toBe('năm 2014');
    expect(claimOf(body, '9 trường').period).toBe('năm 2014');
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
