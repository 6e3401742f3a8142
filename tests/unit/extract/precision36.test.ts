import { describe, expect, it } from 'vitest';
import { claimAt, claimsOf, quotesOf } from './helpers';

/**
 * Engine 36 (session 37): the false positives of tuned/ and dev2–dev8, pooled and sorted by kind of text,
 * fixed by general rules (CLAIMS.md's non-claims). Each rule has near-misses that must stay claims.
 */

/** A title line first: counts in the body are compared with the body only. */
const body = (text: string): string => `Tin tức\n${text}`;

describe('time frames opening a clause are time references (CLAIMS.md: "trong 2 ngày qua", "9 tháng đầu năm")', () => {
  it('after a connective, a word of totalling or singling out, or a qualifier', () => {
    expect(quotesOf('Tuy nhiên sau 1,5 năm, 4 cá nhân chỉ trả được gần 2,8 tỷ đồng.')).toEqual(['4 cá nhân', 'gần 2,8 tỷ đồng']);
    expect(quotesOf('Nhưng sau 2 năm, công ty vẫn lỗ 30 tỷ đồng.')).toEqual(['30 tỷ đồng']);
    expect(quotesOf('Tính chung 10 tháng, kim ngạch xuất khẩu đạt 300 tỷ USD.')).toEqual(['300 tỷ USD']);
    expect(quotesOf('Đến hết 10 tháng, thu ngân sách đạt 85% dự toán.')).toEqual(['85%']);
    expect(quotesOf('Tổng cộng trong 5 năm, tỉnh đã thu hút 500 dự án.')).toEqual(['500 dự án']);
    // The near-miss: the window goes, the 300 stays.
    expect(quotesOf('Chỉ trong 2 ngày, 300 ca mắc mới được ghi nhận.')).toEqual(['300 ca mắc']);
    expect(quotesOf('Tuy nhiên, sau hơn 1 năm, công ty lỗ 5 tỷ đồng.')).toEqual(['5 tỷ đồng']);
  });

  it('"cách đây N" and a number of days with the days named after it', () => {
    expect(quotesOf('Cách đây 2 năm, giá vàng ở mức 40 triệu đồng.')).toEqual(['40 triệu đồng']);
    expect(quotesOf('So với cách đây hơn 1 tuần, giá vàng giảm 500.000 đồng.')).toEqual(['giảm 500.000 đồng']);
    expect(quotesOf('Trong 2 ngày 20 và 21/10, hội nghị đã thông qua 5 nghị quyết.')).toEqual(['5 nghị quyết']);
    expect(quotesOf('Hội chợ diễn ra trong 3 ngày (15-17/10) với 200 gian hàng.')).not.toContain('3 ngày');
  });

  it('near-misses: a length that is the fact, a streak, a record window stay claims', () => {
    expect(claimAt('Xuất khẩu tăng 10 tháng liên tiếp.', '10 tháng')).toMatchObject({ kind: 'streak', value: 10 });
    expect(claimAt('Sau hơn 20 năm tranh chấp, hai bên đã đạt thỏa thuận.', '20 năm')).toMatchObject({ kind: 'duration', value: 20, qualifier: 'more_than' });
    expect(claimAt('Dự án kéo dài 18 tháng, vốn 500 tỷ đồng.', '18 tháng')).toMatchObject({ kind: 'duration', value: 18 });
    expect(claimAt('Hội nghị kéo dài 3 ngày, thông qua 5 nghị quyết.', '3 ngày')).toMatchObject({ kind: 'duration', value: 3 });
    expect(claimAt('Giá vàng tăng 3 ngày liên tiếp.', '3 ngày')).toMatchObject({ kind: 'streak', value: 3 });
    expect(claimAt('Thời hạn thanh toán 7-10 ngày kể từ ngày nhận hàng.', '7-10 ngày')).toMatchObject({ kind: 'duration', value: 7 });
    expect(claimAt('Giá dầu cao nhất trong vòng 5 tháng qua.', '5 tháng')).toMatchObject({ kind: 'duration', value: 5 });
  });
});

describe('"Top N" names a list or a group (CLAIMS.md: "Top 100" as the name of a list)', () => {
  it('in any case, entered or not', () => {
    expect(claimsOf('Hàn Quốc lọt vào Top 10 nền kinh tế lớn nhất thế giới.')).toEqual([]);
    expect(claimsOf('Anh tích cực kêu gọi bình chọn để lọt vào top 50 ứng viên có số phiếu cao nhất.')).toEqual([]);
    expect(claimsOf('Wei Feng mang tâm lý quyết thắng một tay vợt trong tốp 10 khi bước vào trận.')).toEqual([]);
    expect(claimsOf('Sony có tham vọng lọt vào top 3, họ phải cạnh tranh với các hãng Trung Quốc.')).toEqual([]);
  });

  it('near-misses: a place written with "thứ", "hạng", "vị trí" or "nhóm" stays a rank', () => {
    expect(claimAt('Hàn Quốc trở thành nền kinh tế lớn thứ 10 thế giới.', 'thứ 10')).toMatchObject({ kind: 'rank', value: 10 });
    expect(claimAt('Tỉnh đứng trong nhóm 10 tỉnh dẫn đầu.', '10')).toMatchObject({ kind: 'rank', value: 10, qualifier: 'at_most' });
    expect(claimAt('Tay vợt này hiện xếp hạng 18 thế giới.', '18')).toMatchObject({ kind: 'rank', value: 18 });
  });
});

/**
 * Four rules of engine 36 were tried and removed after two reviews (session 37): an anaphora for a repeated small
 * count, announced points of a speech ("hai lý do"), age bands ("trẻ em dưới 5 tuổi") and households ("hai vợ
 * chồng", "hai miền"). Their boundary is open-ended natural language; each round of review found real claims they
 * dropped. These tests, with the reviewers' sentences, keep those claims.
 */
describe('removed rules: a small count repeated a few sentences later stays a claim', () => {
  it('a new day, place or outcome named after the count (review round 2, BUG A)', () => {
    const cases: [string, string][] = [
      ['Mưa lũ miền Trung\nTại Quảng Bình, 2 người chết do nước cuốn. 2 người chết tại Quảng Trị khi đi qua ngầm tràn.', '2 người'],
      ['Sốt xuất huyết\nHôm qua, Hà Nội ghi nhận 5 ổ dịch ở quận Đống Đa. 5 ổ dịch được phát hiện hôm nay ở quận Hoàng Mai.', '5 ổ'],
      ['Bão số 3\nBão làm 3 tàu cá bị chìm ở Quảng Ninh. 3 tàu cá bị mất liên lạc ở Hải Phòng.', '3 tàu'],
      ['Vụ nổ lò hơi\nVụ nổ khiến 3 công nhân tử vong. 3 công nhân bị thương đang được cấp cứu tại bệnh viện tỉnh.', '3 công nhân'],
      ['Sạt lở\nHai người chết ở Yên Bái. Hai người chết ở Lào Cai do sạt lở đất.', 'Hai người'],
      ['Dịch tả lợn\nXã A có 4 hộ có lợn chết. 4 hộ ở xã B cũng có lợn chết hàng loạt.', '4 hộ'],
    ];
    for (const [text, quote] of cases) expect(quotesOf(text).filter((q) => q.startsWith(quote)), text).toHaveLength(2);
  });

  it('a set counted twice in one story is read twice (no anaphora rule: the editor sees both)', () => {
    expect(quotesOf(body('Ga Bến Thành có 4 tầng ngầm. Ga Nhà hát có 4 tầng ngầm.'))).toEqual(['4 tầng', '4 tầng']);
    expect(quotesOf(body('Huyện nhận thêm đất của 2 xã thuộc thị xã Hương Thủy; 2 xã thuộc thị xã Hương Trà.'))).toEqual(['2 xã', '2 xã']);
  });
});

describe('removed rules: official counts and points of a speech stay counts', () => {
  it('official counts of findings, petitions and questions (review round 2, BUG B)', () => {
    expect(quotesOf('5 nội dung chính của dự thảo luật được Quốc hội thông qua với 92% đại biểu tán thành.')).toEqual(['5 nội dung', '92%']);
    expect(quotesOf('Quốc hội biểu quyết thông qua 3 nội dung chính của nghị quyết về giá điện.')).toEqual(['3 nội dung']);
    expect(quotesOf('Cử tri tỉnh gửi 6 kiến nghị chính tới kỳ họp thứ 7.')).toContain('6 kiến nghị');
    expect(quotesOf('Đoàn kiểm toán phát hiện 7 vấn đề sau: chi sai định mức, mua sắm vượt dự toán và chậm quyết toán.')).toEqual(['7 vấn đề']);
  });

  it('official counts with a verb of an institution or a wrongdoing (review round 1)', () => {
    expect(quotesOf('Đoàn thanh tra chỉ ra 7 vấn đề sai phạm tại dự án, gây thất thoát 56 tỷ đồng.')).toContain('7 vấn đề');
    expect(quotesOf('Cử tri huyện đã gửi 8 kiến nghị lên kỳ họp, trong đó 5 kiến nghị về đất đai.')).toEqual(['8 kiến nghị', '5 kiến nghị']);
    expect(quotesOf('Trong 10 kiến nghị của cử tri, 7 kiến nghị đã được giải quyết dứt điểm.')).toEqual(['10 kiến nghị', '7 kiến nghị']);
    expect(quotesOf('Kết luận thanh tra nêu 6 nội dung vi phạm của Sở Tài nguyên và Môi trường.')).toEqual(['6 nội dung']);
    expect(quotesOf('Ủy ban Kiểm tra phát hiện 9 vấn đề vi phạm trong công tác quản lý đất đai.')).toEqual(['9 vấn đề']);
    expect(quotesOf('Bộ trưởng đã trả lời 9 câu hỏi chất vấn của đại biểu Quốc hội.')).toEqual(['9 câu']);
    expect(quotesOf('Sở Thông tin và Truyền thông đã xử phạt 4 thông tin sai sự thật trên mạng xã hội.')).toEqual(['4 thông tin']);
    expect(quotesOf('Công an tỉnh tiếp nhận 8 thông tin tố giác tội phạm trong tháng.')).toEqual(['8 thông tin']);
    expect(quotesOf('Hiệp hội gửi 5 đề xuất tới Chính phủ nhằm tháo gỡ khó khăn cho doanh nghiệp.')).toEqual(['5 đề xuất']);
    expect(quotesOf('Trường đã ban hành 3 nội dung quy chế mới về tuyển sinh.')).toEqual(['3 nội dung']);
  });

  it('points announced before they are told are counted too (the guide\'s "hai lý do" is left to the editor)', () => {
    expect(claimAt('Chuyên gia đưa ra 4 giải pháp để tháo gỡ khó khăn.', '4 giải pháp')).toMatchObject({ kind: 'count', value: 4 });
    expect(claimAt('Cử tri đã gửi 300 kiến nghị tới Quốc hội.', '300')).toMatchObject({ kind: 'count', value: 300 });
    expect(claimAt('Công ty có 3 nhà máy tại miền Bắc.', '3 nhà máy')).toMatchObject({ kind: 'count', value: 3 });
  });
});

describe('removed rules: households and "hai miền" are counted', () => {
  it('a household in a toll, whatever words name the casualty (review round 2, BUG E)', () => {
    expect(quotesOf('Vụ cháy nhà trong đêm khiến 4 mẹ con tử vong.')).toEqual(['4 mẹ con']);
    expect(quotesOf('Ngôi nhà bị sập trong đêm mưa bão khiến 3 mẹ con đang ngủ say bên trong đều không qua khỏi.')).toContain('3 mẹ con');
    expect(quotesOf('3 bố con đi đánh cá trên biển bị sóng lớn đánh chìm thuyền, tới nay vẫn đang mất tích.')).toContain('3 bố con');
    expect(quotesOf('Vụ tai nạn khiến 2 vợ chồng tử vong tại chỗ.')).toEqual(['2 vợ chồng']);
  });

  it('a household or the two regions named in other news (the removed rule dropped them)', () => {
    expect(quotesOf('Hai vợ chồng ông A bị khởi tố vì lừa đảo 20 tỷ đồng.')).toEqual(['Hai vợ chồng', '20 tỷ đồng']);
    expect(quotesOf('Ba mẹ con bị mắc kẹt trong lũ.')).toEqual(['Ba mẹ con']);
    expect(quotesOf('Doanh nghiệp hai miền Nam Bắc tham gia hội chợ.')).toEqual(['hai miền']);
  });

  it('near-misses that were always counts: couples, children, banks', () => {
    expect(claimAt('Xã có 300 cặp vợ chồng được hỗ trợ.', '300')).toMatchObject({ kind: 'count', value: 300 });
    expect(claimAt('Gia đình này có 2 con nhỏ.', '2 con')).toMatchObject({ kind: 'count', value: 2 });
    expect(claimAt('Đã có 2 bờ kè bị sạt lở.', '2 bờ')).toMatchObject({ kind: 'count', value: 2 });
  });
});

describe('bases of a proportion are no figures; ages are measures', () => {
  it('"cứ mỗi 100 đồng", "Cứ 10 người": the base goes, the part stays', () => {
    expect(quotesOf('Cứ mỗi 100 đồng quyền lợi, người dân chỉ thu hồi được khoảng 17 đồng.')).toEqual(['khoảng 17 đồng']);
    expect(quotesOf('Cứ 10 người thì có 3 người mắc bệnh.')).toEqual(['3 người']);
    // Near-miss: "mỗi" alone makes a rate's tail, still a claim.
    expect(claimAt('Gói cước có giá 10.000 đồng mỗi tháng.', '10.000')).toMatchObject({ kind: 'money', value: 10000 });
  });

  it('an age, of one person or of a group, stays a measure (review round 2, BUGs C and D)', () => {
    expect(claimAt('Anh sống tự lập từ 15 tuổi.', '15 tuổi')).toMatchObject({ kind: 'measure', value: 15, unit: 'tuổi' });
    expect(claimAt('Vũ Thanh Long (20 tuổi) bay vào vũ trụ.', '20 tuổi')).toMatchObject({ kind: 'measure', value: 20 });
    expect(claimAt('Một người đàn ông trên 60 tuổi bị thương.', '60 tuổi')).toMatchObject({ kind: 'measure', qualifier: 'more_than' });
    expect(quotesOf('Cậu học sinh dưới 15 tuổi đã lấy trộm 3 xe đạp.').some((q) => q.includes('15 tuổi'))).toBe(true);
    expect(quotesOf('Ông Hùng, cử tri trên 90 tuổi, đi bỏ phiếu từ sáng sớm.').some((q) => q.includes('90 tuổi'))).toBe(true);
    expect(quotesOf('Cán bộ từ 55 tuổi trở lên không được bổ nhiệm lần đầu.').some((q) => q.includes('55 tuổi'))).toBe(true);
    expect(quotesOf('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng là 19%.')).toContain('19%');
  });

  it('one person\'s age (review round 1)', () => {
    expect(quotesOf('Một người trên 60 tuổi bị thương nặng trong vụ cháy.')).toEqual(['trên 60 tuổi']);
    expect(quotesOf('Người phụ nữ trên 100 tuổi được tặng quà mừng thọ.')).toEqual(['trên 100 tuổi']);
    expect(quotesOf('Bệnh nhân hơn 80 tuổi tử vong sau 3 ngày điều trị.')).toEqual(['hơn 80 tuổi', '3 ngày']);
    expect(quotesOf('Nam thanh niên hơn 20 tuổi bị bắt vì trộm cắp.')).toEqual(['hơn 20 tuổi']);
    expect(quotesOf('Em học sinh chưa đủ 16 tuổi điều khiển xe máy gây tai nạn.').some((q) => q.includes('16 tuổi'))).toBe(true);
  });

  it('an age limit of a permission or a ban', () => {
    expect(quotesOf('Học sinh dưới 16 tuổi không được điều khiển xe máy trên 50 cm3.').some((q) => q.includes('16 tuổi'))).toBe(true);
    expect(quotesOf('Người lao động đủ 62 tuổi được nghỉ hưu.').some((q) => q.includes('62 tuổi'))).toBe(true);
  });
});

describe("a company's results after its name's number", () => {
  it('"Hà Tiên 1 báo lỗ": a verb, not what the number counts', () => {
    expect(quotesOf('Xi măng Hà Tiên 1 báo lỗ hơn 70 tỷ đồng')).toEqual(['hơn 70 tỷ đồng']);
    expect(quotesOf('Thủy điện Sơn La 2 công bố lãi 50 tỷ đồng')).toEqual(['50 tỷ đồng']);
  });

  it('near-miss: a count after a plain noun stays', () => {
    expect(claimAt('Công ty có 7 nhà máy báo lỗ trong quý.', '7 nhà máy')).toMatchObject({ kind: 'count', value: 7 });
  });
});

describe('names in sports and specification sheets', () => {
  it('a round named by its number, the games a set lasted, a processor\'s cores', () => {
    expect(claimsOf('Tiến Minh để thua chóng vánh tại vòng 1 giải Đan Mạch mở rộng')).toEqual([]);
    expect(claimsOf('Djokovic không thể kết thúc set đấu sau 12 game.')).toEqual([]);
    expect(quotesOf('CPU 8 nhân 1,9GHz/4 nhân 2.3GHz')).toEqual(['1,9GHz', '2.3GHz']);
    expect(quotesOf('Máy dùng chip 4 nhân tốc độ 2,3GHz.')).toEqual(['2,3GHz']);
  });

  it('near-misses: rounds and games counted, staff, factors', () => {
    expect(claimAt('Xe chạy 3 vòng quanh hồ.', '3 vòng')).toMatchObject({ kind: 'count', value: 3 });
    expect(claimAt('Del Potro gỡ lại 1 game.', '1 game')).toMatchObject({ kind: 'count', value: 1 });
    expect(claimAt('Anh lọt vào vòng 2 với 3 chiến thắng.', '3 chiến thắng')).toMatchObject({ kind: 'count', value: 3 });
    expect(claimAt('Nhà máy có 4 nhân viên kỹ thuật vận hành CPU mới.', '4 nhân viên')).toMatchObject({ kind: 'count', value: 4 });
    expect(claimAt('Có 3 nhân tố quyết định tốc độ chip.', '3 nhân tố')).toMatchObject({ kind: 'count', value: 3 });
  });
});

describe('one very long line', () => {
  it('5 MB of one line (no newline, mixed scripts) extracts without throwing', () => {
    // A regex over the whole line once overflowed the regex engine's stack inside `npm run bench` on this input.
    const unit = 'Việt Nam中国١٢';
    const line = unit.repeat(Math.ceil(5_000_000 / unit.length));
    expect(() => claimsOf(line)).not.toThrow();
  });
});

/**
 * Review of engine 36 (session 37): real claims its precision rules dropped, with the reviewer's own sentences, and
 * the rules' true non-claims that must stay out.
 */
describe('review: a length after a bare qualifier is the fact, not a time frame', () => {
  it('"hơn 10 năm", "gần 30 năm" opening a clause with no preposition', () => {
    expect(quotesOf('Ông cho biết, hơn 10 năm, gia đình ông chưa được cấp sổ đỏ.')).toEqual(['hơn 10 năm']);
    expect(quotesOf('Bà Lan kể, gần 30 năm, bà bán rau ở chợ Long Biên.')).toEqual(['gần 30 năm']);
    expect(quotesOf('Hơn 10 năm, ông gắn bó với nghề gác rừng ở Cúc Phương.')).toEqual(['Hơn 10 năm']);
    expect(quotesOf('Thời gian thi công: hơn 3 năm, tổng vốn đầu tư 500 tỷ đồng.')).toEqual(['hơn 3 năm', '500 tỷ đồng']);
    expect(quotesOf('Dự án bị chậm tiến độ, gần 4 năm, khiến 300 hộ dân phải sống tạm.')).toEqual(['gần 4 năm', '300 hộ dân']);
  });

  it('near-misses: a frame after a preposition or a connective stays out', () => {
    expect(quotesOf('Chỉ trong vòng 3 ngày, giá cà phê tăng 4.000 đồng/kg.')).not.toContain('3 ngày');
    expect(quotesOf('Riêng 2 tháng, công ty lỗ 120 tỷ đồng.')).toEqual(['120 tỷ đồng']);
  });
});

describe('review: "top N" with a superlative, a ranking source or a target is a place in a ranking', () => {
  it('a rank at most N', () => {
    expect(claimAt('Việt Nam lọt vào top 10 quốc gia có tốc độ tăng trưởng du lịch nhanh nhất thế giới.', 'top 10')).toMatchObject({ kind: 'rank', value: 10, qualifier: 'at_most' });
    expect(claimAt('Đại học Quốc gia Hà Nội nằm trong top 500 đại học tốt nhất thế giới theo QS.', 'top 500')).toMatchObject({ kind: 'rank', value: 500, qualifier: 'at_most' });
    expect(claimAt('Đoàn thể thao Việt Nam phấn đấu nằm trong top 3 SEA Games.', 'top 3')).toMatchObject({ kind: 'rank', value: 3, qualifier: 'at_most' });
    expect(claimAt('Việt Nam nằm trong tốp 20 nền kinh tế có quy mô thương mại lớn nhất.', 'tốp 20')).toMatchObject({ kind: 'rank', value: 20, qualifier: 'at_most' });
  });

  it('near-misses: a shortlist, a group, a capitalised list name stay out', () => {
    expect(claimsOf('Chị lọt vào top 50 ứng viên của cuộc thi.')).toEqual([]);
    expect(claimsOf('Công ty lọt Top 100 Doanh nghiệp bền vững năm 2023.')).toEqual([]);
  });
});

describe('review: "trong vòng N trận" and "kéo dài N ngày (…)" are counts and lengths', () => {
  it('within a few matches; a length with its days named', () => {
    expect(quotesOf('Tiền đạo này ghi 5 bàn trong vòng 3 trận gần nhất.').some((q) => q.startsWith('3 trận'))).toBe(true);
    expect(quotesOf('Công an triệt phá 5 đường dây ma túy trong vòng 2 đợt cao điểm.').some((q) => q.startsWith('2 đợt'))).toBe(true);
    expect(quotesOf('Hội nghị kéo dài 3 ngày (15-17/10), thu hút 1.200 đại biểu.')).toEqual(['3 ngày', '1.200 đại biểu']);
    expect(quotesOf('Phiên tòa kéo dài 2 ngày 5-6/12 với 14 bị cáo.')).toContain('2 ngày');
  });

  it('"kéo dài suốt 5 ngày 1-5/3": a length with "suốt" between (review round 2, BUG F)', () => {
    expect(claimAt('Cuộc đình công kéo dài suốt 5 ngày 1-5/3 tại khu công nghiệp.', '5 ngày')).toMatchObject({ kind: 'duration', value: 5 });
    expect(claimAt('Cuộc họp kéo dài trong suốt 3 ngày 12-14/6.', '3 ngày')).toMatchObject({ kind: 'duration', value: 3 });
    expect(quotesOf('Hội nghị diễn ra suốt 2 ngày 20 và 21/10, thông qua 5 nghị quyết.')).toEqual(['5 nghị quyết']);
  });

  it('near-misses: a round named by its number, days framing an event stay out', () => {
    expect(claimsOf('Anh dừng bước ở vòng 2 giải Pháp mở rộng.')).toEqual([]);
    expect(quotesOf('Trong 2 ngày 20 và 21/10, hội nghị đã thông qua 5 nghị quyết.')).toEqual(['5 nghị quyết']);
  });
});
