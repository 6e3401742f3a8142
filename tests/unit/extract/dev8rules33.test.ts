// Engine 33, from the misses of the eighth dev gold set (tests/fixtures/extract-gold/dev8), with our own
// sentences: each rule with the cases it must decide and the near-misses it must not fire on.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';
import { indexEntities } from '../../../shared/extract/entities';

/** The claims of a text under `title`, dated `date` (18/10/2013 by default), each with its quote. */
function claims(body: string, date = '18/10/2013 06:49', title = 'Tin') {
  const text = `${title}\n${date}\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
const quotes = (body: string, date?: string): string[] => claims(body, date).map((c) => c.quote);
/** The n-th claim (1-based) whose quote is `quote`. */
function claim(body: string, quote: string, n = 1, date?: string) {
  const all = claims(body, date);
  const c = all.filter((x) => x.quote === quote)[n - 1];
  if (c === undefined) throw new Error(`no claim "${quote}" #${n}: ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

describe('a birth year is no period of the figures around it', () => {
  it.each([
    ['Chong Wei Feng, tay vợt hạng 18 thế giới sinh năm 1987, thắng trận.', 'hạng 18'],
    ['Ông Nam sinh năm 1968, có 3 con.', '3 con'],
    ['Ông Nam sinh ra vào năm 1968, có 3 con.', '3 con'],
  ])('"%s": "%s" has no period', (body, quote) => {
    expect(claim(body, quote).period).toBeNull();
  });
  it.each([
    ['Số học sinh năm 2013 tăng 5%.', 'tăng 5%', 'năm 2013'],
    ['Số thí sinh năm 2014 là 1.200 người.', '1.200 người', 'năm 2014'],
    ['Năm 2013, số học sinh phát sinh năm 2013 tăng 5%.', 'tăng 5%', 'năm 2013'],
  ])('"%s": "%s" keeps its year (học sinh, thí sinh, phát sinh are no births)', (body, quote, period) => {
    expect(claim(body, quote).period).toBe(period);
  });
});

describe('"rớt" is a fall', () => {
  it('"rớt mạnh 9%", "rớt 2%" are changes', () => {
    expect(claim('Giá cổ phiếu Netflix rớt mạnh 9% xuống còn 323,12 USD/cổ phiếu.', 'rớt mạnh 9%').kind).toBe('change');
    expect(claim('Chỉ số rớt 2% trong phiên.', 'rớt 2%').kind).toBe('change');
  });
  it('a share that merely sits after "rớt" in another phrase stays a percent', () => {
    expect(claim('Tỷ lệ học sinh rớt tốt nghiệp là 2%.', '2%').kind).toBe('percent');
  });
});

describe('"số một" in words after a player is a rank, as "số 1" in digits', () => {
  it.each([
    ['Lee Chong Wei, tay vợt số một thế giới, đánh giá cao đối thủ.'],
    ['Anh là hạt giống số một của giải.'],
  ])('"%s": rank 1', (body) => {
    expect(claim(body, 'số một')).toMatchObject({ kind: 'rank', value: 1 });
  });
  it.each([['Cựu số một thế giới Federer đã thua.'], ['Anh là công dân số một cách toàn diện.'], ['Đây là vấn đề số một của cả nước.']])('"%s": no rank', (body) => {
    expect(quotes(body).some((q) => q.includes('số một'))).toBe(false);
  });
});

describe('meetings counted by "lần gặp thứ N"; a weekday after "thứ" is none', () => {
  it('"ở lần gặp thứ 4 này" is a rank 4', () => {
    expect(claim('Tuy nhiên, ở lần gặp thứ 4 này, lịch sử đã không lặp lại.', 'thứ 4')).toMatchObject({ kind: 'rank', value: 4 });
  });
  it.each([['Họ hẹn lần gặp mặt thứ Năm tới.'], ['Chiến thắng thứ Bảy tuần trước giúp đội lên đầu bảng.'], ['Họ hẹn lần gặp thứ Sáu này.']])('"%s": a weekday, no rank', (body) => {
    expect(quotes(body).some((q) => q.startsWith('thứ'))).toBe(false);
  });
  it('a lower-case ordinal word after a record noun stays a rank', () => {
    expect(claim('Đây là chiến thắng thứ năm liên tiếp của đội.', 'thứ năm liên tiếp').kind).toBe('streak');
  });
});

describe('a run word before the points makes a streak', () => {
  it.each([
    ['Tiến Minh để đối phương ghi liền 5 điểm trước khi thua.', '5 điểm'],
    ['Đội khách giành liên tiếp 4 điểm ở cuối set.', '4 điểm'],
  ])('"%s": "%s" is a streak', (body, quote) => {
    expect(claim(body, quote)).toMatchObject({ kind: 'streak', unit: 'điểm' });
  });
  it.each([
    ['Đội tăng liền 5 điểm trên bảng xếp hạng.', '5 điểm'],
    ['Đội có 3 điểm liền kề nhau.', '3 điểm'],
  ])('"%s": "%s" stays a measure', (body, quote) => {
    expect(claim(body, quote).kind).not.toBe('streak');
  });
});

describe('a slash pair right after a lead word in a set is a score, not a deadline or a day', () => {
  const body = 'Từ chỗ dẫn trước 13/10 rồi 14/12, Tiến Minh để đối phương ghi liền 5 điểm trước khi thắng 21/18, qua đó cân bằng tỷ số 1-1.';
  it('"dẫn trước 13/10" and "14/12" are scores', () => {
    expect(claim(body, '13/10')).toMatchObject({ kind: 'measure', value: 13, unit: 'tỷ số' });
    expect(claim(body, '14/12')).toMatchObject({ kind: 'measure', value: 14 });
  });
  it.each([
    ['Bộ yêu cầu nộp hồ sơ trước 16/11 để kịp triển khai.', '16/11'],
    ['Trong set 2, anh thắng vào ngày 13/10 trước đông đảo khán giả.', '13/10'],
  ])('"%s": "%s" is no score', (body, pair) => {
    expect(claims(body).some((c) => c.quote.includes(pair) && c.unit === 'tỷ số')).toBe(false);
  });
});

describe('a day is no milestone when it dates a report or a saying', () => {
  it.each([
    ['Trước đó, ngày 18-10, tờ Yomiuri Shimbun của Nhật Bản đưa tin Hàn Quốc không bán máy bay FA-50 cho Manila.', 'ngày 18-10'],
    ['Ngày 14/10/2013, ông Nam cho biết công ty đã ra mắt sản phẩm mới.', 'Ngày 14/10/2013'],
    ['Theo báo cáo được phát hành ngày 22/10, số việc làm mới là 148.000 việc làm.', 'ngày 22/10'],
    ['Theo số liệu công bố hôm 15/10, giá vàng tăng 2%.', '15/10'],
  ])('"%s": "%s" is no date claim', (body, day) => {
    expect(claims(body, '23/10/2013 08:25').some((c) => c.kind === 'date' && c.quote.includes(day))).toBe(false);
  });
  it.each([
    ['Ngày 14/10/2013, Bộ Tài chính đã ban hành Thông tư 150 về phí.', 'Ngày 14/10/2013'],
    ['Ngày 2/10/2015, Chính phủ ban hành Nghị định 86, ông Nam cho biết.', 'Ngày 2/10/2015'],
    ['Báo cáo được phát hành ngày 22/10/2013.', 'ngày 22/10/2013'],
    ['Đại diện hiệp hội cho biết, ngày 14/10/2013 MobiFone đã ra gói cước MDT 10.', 'ngày 14/10/2013'],
    ['Ngày 5/10/2013, hãng đã tung ra mẫu điện thoại mới.', 'Ngày 5/10/2013'],
  ])('"%s": "%s" stays a milestone', (body, day) => {
    expect(claim(body, day, 1, '23/10/2013 08:25').kind).toBe('date');
  });
});

describe('"số <what> … là N" counts what it names', () => {
  it.each([
    ['Theo báo cáo, số việc làm được tạo ra là 148.000, thấp hơn dự báo.', '148.000', 148000, 'việc làm'],
    ['Số ca mắc mới trong ngày là 1.250.', '1.250', 1250, 'ca mắc'],
  ])('"%s": "%s" is a count', (body, quote, value, unit) => {
    expect(claim(body, quote)).toMatchObject({ kind: 'count', value, unit });
  });
  it.each([
    ['Số điện thoại của anh là 0912345678.', '0912345678'],
    ['Số nhà của ông là 15.', '15'],
    ['Số hiệu chuyến bay là 123.', '123'],
    ['Số lần vô địch gần nhất là 2013.', '2013'],
    ['Năm thành lập là 2013.', '2013'],
  ])('"%s": "%s" is no count', (body, number) => {
    expect(quotes(body).some((q) => q.includes(number))).toBe(false);
  });
});

describe('the level a move ends at takes the move\'s unit', () => {
  it('"tăng 3,11 điểm lên 23.315,99" is a level in points', () => {
    expect(claim('Chỉ số Kospi của Seoul tăng 3,11 điểm lên 23.315,99.', '23.315,99', 1, '23/10/2013 08:25')).toMatchObject({ kind: 'measure', value: 23315.99, unit: 'điểm' });
  });
  it('"tăng 2 USD lên 105" is money', () => {
    expect(claim('Giá dầu tăng 2 USD lên 105, mức cao nhất năm.', '105')).toMatchObject({ kind: 'money', value: 105 });
  });
  it.each([
    ['Đội tăng 3 bậc lên 45 trên bảng.', '45'],
    ['Chỉ số giảm 5 điểm xuống 1.200 trong phiên sáng.', '1.200'],
    ['Giá tăng lên 105 vào cuối phiên.', '105'],
  ])('"%s": "%s" stays no claim (no unit to carry, or not the item\'s end)', (body, number) => {
    expect(quotes(body).some((q) => q === number)).toBe(false);
  });
});

describe('a foreign name with a role in apposition is a person, and the rank in that role is theirs', () => {
  it('"Chong Wei Feng, tay vợt hạng 18 thế giới" gives the rank to the player', () => {
    expect(claim('Tiến Minh bị loại ở Malaysia. Chong Wei Feng, tay vợt hạng 18 thế giới, thắng trận.', 'hạng 18').subject).toBe('Chong Wei Feng');
  });
  it('also when the person then speaks: "Lee Chong Wei, tay vợt số một thế giới …, đánh giá"', () => {
    expect(claim('Giải ở Malaysia. Lee Chong Wei, tay vợt số một thế giới và là đồng hương của Wei Feng, đánh giá: tốt.', 'số một').subject).toBe('Lee Chong Wei');
  });
  it('an age in the role of a Vietnamese player is theirs', () => {
    expect(claim('Nguyễn Văn Nam, cầu thủ 25 tuổi của Hà Nội, ghi bàn.', '25 tuổi').subject).toBe('Nguyễn Văn Nam');
  });
  it.each([
    ['Tỉnh Nam Định, nơi có 3 cảng, rất đẹp.', '3 cảng', 'Nam Định'],
    ['Manila Bay, nơi có 3 cảng biển lớn, rất đẹp.', '3 cảng', 'Manila Bay'],
  ])('"%s": a place with an aside is no person', (body, quote, place) => {
    const text = `Tin\n18/10/2013 06:49\n\n${body}`;
    expect(indexEntities(text).people.all().map((m) => m.text)).not.toContain(place);
    expect(claim(body, quote)).toBeDefined();
  });
});

describe('a person the title is about is the story\'s main subject', () => {
  const text = (title: string, body: string) => {
    const t = `${title}\n18/10/2013 06:49\n\n${body}`;
    return extractClaims(t, extractMetadata(t)).map((c) => ({ ...c, quote: t.slice(c.start, c.end) }));
  };
  it('"Tiến Minh bị loại …": a figure of a sentence naming nobody is his, not the country named in passing', () => {
    const body = 'Trận đấu vòng một kéo dài 58 phút. Báo chí Malaysia khen đối thủ của Nguyễn Tiến Minh. Cầu lông Malaysia đang lên. Tiến Minh sẽ dự SEA Games.';
    const c = text('Tiến Minh bị loại sớm tại giải Đan Mạch mở rộng', body).find((x) => x.quote === '58 phút');
    expect(c?.subject).toBe('Nguyễn Tiến Minh');
  });
  it('a person only quoted in the title ("ông … cho biết") adds nothing', () => {
    const body = 'Tỉnh Nghệ An có 120 trường. Ông Nguyễn Văn Nam cho biết số trường tăng. Tổng vốn là 50 tỷ đồng.';
    const c = text('Nghệ An: ông Nguyễn Văn Nam cho biết 120 trường đạt chuẩn', body).find((x) => x.quote === '50 tỷ đồng');
    expect(c?.subject).toBe('Nghệ An');
  });
});

describe('a report on this year\'s budget dates its budget figures with that year', () => {
  const report = (extra: string) =>
    claims(
      `Ủy ban nhất trí nâng mức bội chi ngân sách từ 4,8% GDP lên 5,3% GDP. Bộ trưởng trình báo cáo tình hình thực hiện dự toán ngân sách nhà nước năm 2013 và dự toán ngân sách năm 2014. Theo đó, thu ngân sách hụt nhiều so với dự toán, bội chi tăng, nợ công tăng. ${extra}`,
      '23/10/2013 18:57',
    );
  it('the deficit levels of the opening sentence take 2013', () => {
    const all = report('');
    expect(all.find((c) => c.quote.includes('4,8%'))?.period).toBe('năm 2013');
    expect(all.find((c) => c.quote.includes('5,3%'))?.period).toBe('năm 2013');
  });
  it.each([
    ['Mức này vẫn nằm trong trần nợ công, dưới 65% GDP mà Quốc hội đã quyết.', '65%'],
    ['Hiện nay nợ công ở mức 56% GDP.', '56%'],
    ['Dự toán ngân sách năm 2014 bội chi 5% GDP.', '5%'],
  ])('"%s": "%s" takes no budget year (a ceiling, now, another year)', (sentence, quote) => {
    const all = report(sentence);
    const c = all.find((x) => x.quote === quote) ?? all.find((x) => x.quote.includes(quote));
    expect(c).toBeDefined();
    expect(c?.period).not.toBe('năm 2013');
  });
  it('a story naming the budget in passing carries no year', () => {
    const all = claims('Công ty đóng góp cho ngân sách năm 2013. Doanh thu đạt 500 tỷ đồng.', '23/10/2013 18:57');
    const c = all.find((x) => x.quote.includes('500 tỷ'));
    expect(c).toBeDefined();
    expect(c?.period).toBeNull();
  });
});

describe('"1 <noun>" after choosing or taking part, or as a rate\'s base, is an article', () => {
  it.each([
    ['Các trường sẽ lựa chọn 1 bộ SGK đầy đủ các môn.', '1 bộ'],
    ['Các thí sinh cùng tham gia 1 buổi trình diễn tóc.', '1 buổi'],
    ['Mỗi ngày doanh nghiệp nạp cho 1 xe 5000 đồng phí dịch vụ.', '1 xe'],
  ])('"%s": "%s" is no count', (body, quote) => {
    expect(quotes(body)).not.toContain(quote);
  });
  it('the rate itself stays', () => {
    expect(claim('Mỗi ngày doanh nghiệp nạp cho 1 xe 5000 đồng phí dịch vụ.', '5000 đồng').kind).toBe('money');
  });
  it.each([
    ['Tỉnh chỉ có 1 bộ sách được duyệt.', '1 bộ'],
    ['Công ty tặng cho 1 xe cứu thương.', '1 xe'],
    ['Đội chỉ để thua 1 trận trong mùa giải.', '1 trận'],
  ])('"%s": "%s" stays a count', (body, quote) => {
    expect(claim(body, quote).kind).toBe('count');
  });
});

describe('a match the text says was held two days before the date line is the one reported', () => {
  const report = (opening: string) =>
    claims(`${opening}, Tiến Minh thua Chong Wei Feng. Anh thắng 21-19 ở set 1, thua 18-21 ở set 2 rồi thua 7-21 ở set 3. Tỷ số chung cuộc là 1-2.`, '18/10/2013 06:49');
  it('"trận đấu vòng một diễn ra tối muộn ngày 16/10" dates the set scores', () => {
    expect(report('Trong trận đấu vòng một diễn ra tối muộn ngày 16/10').find((c) => c.quote === '21-19')?.period).toBe('2013-10-16');
  });
  it.each([
    ['Trong trận đấu tối 16/10'],
    ['Trong trận đấu vòng một diễn ra tối ngày 15/10'],
  ])('"%s": no "diễn ra" two days before, or three days before: undated', (opening) => {
    expect(report(opening).find((c) => c.quote === '21-19')?.period).toBeNull();
  });
});

describe('the company whose share the clause names is the subject of its move', () => {
  const body =
    'Chứng khoán Mỹ tăng mạnh. Tuy nhiên, sàn Nasdaq sau đó bị vấp khi giá cổ phiếu của những đại gia như Netflix rớt mạnh 9% xuống còn 323,12 USD/cổ phiếu. Cổ phiếu Apple giảm 2%.';
  it.each([['rớt mạnh 9%', 'Netflix'], ['323,12 USD/cổ phiếu', 'Netflix'], ['giảm 2%', 'Apple']])('"%s" is %s\'s', (quote, subject) => {
    expect(claim(body, quote, 1, '23/10/2013 08:25').subject).toBe(subject);
  });
  it.each([
    ['Chứng khoán Mỹ tăng. Nhà đầu tư mua 10.000 cổ phiếu SHS với giá 12.000 đồng.', '12.000 đồng', 'SHS'],
    ['Chứng khoán Mỹ tăng. Cổ phiếu ngân hàng tăng 3% trong phiên.', 'tăng 3%', 'ngân hàng'],
    ['Chứng khoán Mỹ tăng. Cổ phiếu Apple giảm 1% trong khi chỉ số Nikkei tăng 2%.', 'tăng 2%', 'Apple'],
  ])('"%s": "%s" is not %s\'s', (text, quote, subject) => {
    expect(claim(text, quote, 1, '23/10/2013 08:25').subject).not.toBe(subject);
  });
});
