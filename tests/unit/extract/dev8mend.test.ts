// Engine 33 mends: the review's repro sentences for the dev8 rules (B1–B9, N1), each a case the rule must
// decide or a near-miss it must not fire on.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';
import { indexEntities } from '../../../shared/extract/entities';

/** The claims of a text under `title`, dated `date` (25/10/2013 by default), each with its quote. */
function claims(body: string, date = '25/10/2013 07:05', title = 'Tin') {
  const text = `${title}\n${date}\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
/** The first claim whose quote is `quote`; throws when there is none. */
function claim(body: string, quote: string, date?: string, title?: string) {
  const all = claims(body, date, title);
  const c = all.find((x) => x.quote === quote);
  if (c === undefined) throw new Error(`no claim "${quote}": ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}
const people = (text: string): string[] => indexEntities(text).people.all().map((m) => m.text);


describe('B1: "năm 2013 thu cân đối ngân sách" names the budget year', () => {
  it('a budget figure with no time of its own takes that year', () => {
    const body = 'Năm 2013 thu cân đối ngân sách hụt lớn. Theo đó, ngân sách hụt thu, bội chi tăng, nợ công tăng, dự toán khó đạt. Bội chi ngân sách ở mức 5,3% GDP.';
    expect(claim(body, '5,3%', '23/10/2013 08:00', 'Thu chi ngân sách').period).toBe('năm 2013');
  });
});

describe("B2: a story on next year's budget does not stamp this year", () => {
  const body =
    'Chính phủ trình dự toán ngân sách nhà nước năm 2014. So với ngân sách năm 2013, dự toán thu tăng. Theo dự toán, bội chi ngân sách ở mức 5,3% GDP, nợ công và ngân sách được kiểm soát. Tổng thu ngân sách dự kiến đạt 782.700 tỷ đồng.';
  it.each([['5,3%'], ['782.700 tỷ đồng']])('"%s" is not dated năm 2013', (quote) => {
    expect(claim(body, quote, '23/10/2013 08:00').period).not.toBe('năm 2013');
  });
  it("a year-end forecast in this year's budget report takes this year", () => {
    const report =
      'Bộ trưởng báo cáo thực hiện dự toán ngân sách nhà nước năm 2013, năm 2013 thu cân đối ngân sách hụt lớn, và phân bổ ngân sách năm 2014. Thu ngân sách hụt, bội chi tăng. Với mức bội chi này, nợ công dự kiến 56,2% GDP.';
    expect(claim(report, '56,2%', '23/10/2013 08:00').period).toBe('năm 2013');
  });
  it('a report comparing only with this year\'s estimate still takes this year', () => {
    const report =
      'Thu ngân sách nhà nước ước giảm so với dự toán năm 2013. Bội chi ngân sách tăng, nợ công tăng, ngân sách khó khăn. Ủy ban nâng bội chi ngân sách lên 5,3% GDP.';
    expect(claim(report, '5,3%', '23/10/2013 08:00').period).toBe('năm 2013');
  });
});

describe('B3: birth statistics keep their year', () => {
  it.each([
    ['Tỷ lệ sinh năm 2013 đạt 2,1 con.', '2,1 con'],
    ['Số trẻ được sinh ra năm 2013 tăng 5%.', 'tăng 5%'],
    ['Tỷ lệ sinh năm 2013 giảm còn 1,8 con.', '1,8 con'],
    ['Mức sinh năm 2013 là 2,05 con.', '2,05 con'],
    ['Số ca sinh năm 2013 tăng 5%.', 'tăng 5%'],
  ])('"%s": "%s" is of năm 2013', (body, quote) => {
    expect(claim(body, quote).period).toBe('năm 2013');
  });
  it.each([
    ['Ông Nam sinh năm 1968, có 3 con.', '3 con'],
    ['Cầu thủ trẻ sinh năm 1995 đã ghi 2 bàn.', '2 bàn'],
    ['Bé Lan được sinh ra năm 2010, nặng 3 kg.', '3 kg'],
  ])('"%s": a birth year still dates nobody', (body, quote) => {
    expect(claim(body, quote).period).toBeNull();
  });
});

describe('B4: a place, a club or a source before ", <title> <Name>" is no person', () => {
  it.each([
    ['Tại Kuala Lumpur, ông Najib Razak cho biết nền kinh tế tăng 5%.', 'Kuala Lumpur'],
    ['Ở New Jersey, ông Chris Christie giành 60% phiếu bầu.', 'New Jersey'],
    ["Theo Goldman Sachs, chuyên gia Jim O'Neill dự báo tăng trưởng 3%.", 'Goldman Sachs'],
    ['Sau Real Madrid, cầu thủ Gareth Bale ghi 2 bàn.', 'Real Madrid'],
    ['Theo Goldman Sachs, chuyên gia này dự báo tăng trưởng 3%.', 'Goldman Sachs'],
  ])('"%s": "%s" is not in the people index', (text, name) => {
    expect(people(text).some((p) => p.includes(name))).toBe(false);
  });
  it.each([
    ['Chong Wei Feng, tay vợt hạng 18 thế giới, thắng trận.', 'Chong Wei Feng'],
    ['Hiroichi Nishi - một quan chức của Bộ Tài chính, cho biết nợ tăng 5%.', 'Hiroichi Nishi'],
  ])('"%s": a foreign name with its role after it still is a person', (text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe("B5: another player's rank is not the first player's", () => {
  it('"thua tay vợt hạng 25": not Lee Chong Wei', () => {
    const body = 'Lee Chong Wei, tay vợt số một thế giới, đã thua tay vợt hạng 25 thế giới.';
    expect(claim(body, 'số một').subject).toBe('Lee Chong Wei');
    expect(claim(body, 'hạng 25').subject).not.toBe('Lee Chong Wei');
  });
  it('"đánh bại Tiến Minh, tay vợt hạng 9": not Lee Chong Wei', () => {
    const body = 'Lee Chong Wei, tay vợt số một thế giới, đánh bại Tiến Minh, tay vợt hạng 9 thế giới.';
    expect(claim(body, 'hạng 9', '18/10/2013 06:49', 'Tiến Minh thua Lee Chong Wei').subject).not.toBe('Lee Chong Wei');
  });
  it.each([
    ['Tay vợt Lee Chong Wei đã thua và vẫn là tay vợt số 1 thế giới.', 'số 1'],
    ['Tay vợt Lee Chong Wei thắng 3 trận, là tay vợt số 1 thế giới.', 'số 1'],
    ['Tay vợt Lee Chong Wei, tay vợt số 1 thế giới, đã thua.', 'số 1'],
  ])('"%s": "%s" is still his own', (body, quote) => {
    expect(claim(body, quote).subject).toBe('Lee Chong Wei');
  });
});

describe('B6: "…, cổ phiếu Sony giảm 3%" after a comma names the share', () => {
  it.each([
    ['Chỉ số Nikkei tăng 1,2%, cổ phiếu Sony giảm 3% và chỉ số Hang Seng tăng 0,5%.', 'giảm 3%', 'Sony'],
    ['Giá cổ phiếu của Facebook tăng 13% lên 54 USD trong phiên, cổ phiếu Google mất 2%.', 'mất 2%', 'Google'],
  ])('"%s": "%s" is of %s', (body, quote, subject) => {
    expect(claim(body, quote).subject).toBe(subject);
  });
  it.each([
    ['Chứng khoán Mỹ tăng. Nhà đầu tư mua 10.000 cổ phiếu Netflix với giá 300 USD.', '300 USD'],
    ['Chứng khoán Mỹ tăng. Nhà đầu tư mua 5 triệu cổ phiếu Netflix với giá 300 USD.', '300 USD'],
  ])('"%s": shares held name no subject', (body, quote) => {
    expect(claim(body, quote).subject).not.toBe('Netflix');
  });
});

describe('B7: "Số … là N" counts things, not money, time or ages', () => {
  it.each([
    ['Số lượng là 50.'],
    ['Số tiền phạt là 50.000.000.'],
    ['Số dư tài khoản là 5.000.000.'],
    ['Số vốn điều lệ là 500.'],
    ['Số năm kinh nghiệm là 5.'],
    ['Số ngày nghỉ là 10.'],
    ['Số tuổi nghỉ hưu là 60.'],
  ])('"%s": no count', (body) => {
    expect(claims(body).filter((c) => c.kind === 'count')).toEqual([]);
  });
  it.each([
    ['Số người chết trong vụ tai nạn là 12.', 12],
    ['Số phiếu tán thành là 450.', 450],
    ['Số lượng người dự hội nghị là 50.', 50],
  ])('"%s": a count of %d', (body, value) => {
    expect(claims(body).find((c) => c.kind === 'count')?.value).toBe(value);
  });
});

describe('B8: "chỉ tham gia 1 trận", "1 nhà thầu duy nhất" are counts', () => {
  it.each([
    ['Việt Nam chỉ tham gia 1 trận giao hữu trong tháng 10.', '1 trận'],
    ['Công ty đã lựa chọn 1 nhà thầu duy nhất cho dự án.', '1 nhà thầu'],
    ['Đội tuyển vỏn vẹn tham dự 1 giải đấu trong năm.', '1 giải'],
    ['Mỗi quốc gia 1 phiếu bầu trong hội nghị.', '1 phiếu'],
  ])('"%s": "%s" is a count', (body, quote) => {
    expect(claims(body).find((c) => c.quote.startsWith(quote))?.kind).toBe('count');
  });
  it.each([['Học sinh tham gia 1 buổi ngoại khóa.', '1 buổi'], ['Không có tỉnh nào chỉ chọn 1 bộ sách giáo khoa.', '1 bộ']])('"%s": "%s" stays none (no stress, or a negated one)', (body, quote) => {
    expect(claims(body).some((c) => c.quote.startsWith(quote))).toBe(false);
  });
});

describe('B9: "thi rớt 2 môn" fails an exam, it is no fall', () => {
  it('"2 môn" is a count', () => {
    expect(claim('Năm nay có 300 thí sinh thi rớt 2 môn.', '2 môn').kind).toBe('count');
  });
  it('"Giá vàng rớt 200.000 đồng" is still a fall', () => {
    expect(claim('Giá vàng rớt 200.000 đồng mỗi lượng.', 'rớt 200.000 đồng').kind).toBe('change');
  });
});

describe('N1: "phát biểu khai mạc" is the opening itself', () => {
  it('"Ngày 14/10, Thủ tướng phát biểu khai mạc kỳ họp" keeps its date', () => {
    expect(claim('Ngày 14/10, Thủ tướng phát biểu khai mạc kỳ họp thứ 6 Quốc hội khóa XIII.', 'Ngày 14/10').kind).toBe('date');
  });
  it.each([['Ngày 18/10, ông Nam phát biểu trên báo rằng công ty đã ký hợp đồng.'], ['Ngày 18-10, tờ Yomiuri Shimbun đưa tin Trung Quốc đã ký thỏa thuận.']])('"%s": a day something was said is still no milestone', (body) => {
    expect(claims(body).some((c) => c.kind === 'date' && c.quote.startsWith('Ngày 18'))).toBe(false);
  });
});

// Second review (B10–B15): the repro sentences of the mends' own regressions, with the near-misses the first
// mends must keep handling.
const quotes = (body: string): string[] => claims(body).map((c) => c.quote);

describe('B10: a nationality after the role noun does not cancel the person in apposition', () => {
  it('"Chong Wei Feng, tay vợt Trung Quốc hạng 18 thế giới" is a person, and owns the rank', () => {
    const body = 'Chong Wei Feng, tay vợt Trung Quốc hạng 18 thế giới, thắng 2 set.';
    expect(people(body)).toContain('Chong Wei Feng');
    expect(claim(body, 'hạng 18').subject).toBe('Chong Wei Feng');
  });
  it('"Hiroichi Nishi, quan chức Bộ Tài chính Nhật Bản, cho biết" is a person', () => {
    expect(people('Hiroichi Nishi, quan chức Bộ Tài chính Nhật Bản, cho biết GDP tăng 2%.')).toContain('Hiroichi Nishi');
  });
  it.each([
    ['Tại Kuala Lumpur, ông Najib cho biết GDP tăng 5%.', 'Kuala Lumpur'],
    ['Sau Real Madrid, cầu thủ Gareth Bale ghi 2 bàn.', 'Real Madrid'],
    ['Theo Goldman Sachs, chuyên gia Jim O Neill dự báo GDP tăng 5%.', 'Goldman Sachs'],
  ])('"%s": "%s" is no person', (body, place) => {
    expect(people(body)).not.toContain(place);
  });
});

describe('B11: the opponent named after the role owns the rank', () => {
  it('"đã thua tay vợt hạng 25 thế giới Tommy Sugiarto" → Tommy Sugiarto', () => {
    expect(claim('Lee Chong Wei đã thua tay vợt hạng 25 thế giới Tommy Sugiarto.', 'hạng 25').subject).toBe('Tommy Sugiarto');
  });
  it('the opponent in apposition keeps it; an unnamed opponent gives it to no one', () => {
    expect(claim('Lee Chong Wei đã thắng Nguyễn Tiến Minh, tay vợt hạng 9 thế giới.', 'hạng 9').subject).toBe('Nguyễn Tiến Minh');
    const body = 'Lee Chong Wei, tay vợt số 1 thế giới, đã thua tay vợt hạng 25 thế giới.';
    expect(claim(body, 'số 1').subject).toBe('Lee Chong Wei');
    expect(claim(body, 'hạng 25').subject).toBeNull();
  });
});

describe('B12: "bị rớt" is a fall', () => {
  it.each([
    ['Cổ phiếu VNM bị rớt 5%.', 'rớt 5%'],
    ['Giá lúa bị rớt 500 đồng/kg.', 'rớt 500 đồng/kg'],
  ])('"%s" is the change "%s"', (body, quote) => {
    expect(claim(body, quote).kind).toBe('change');
  });
  it('failing an exam stays a count', () => {
    expect(claim('Em thi rớt 2 môn.', '2 môn').kind).toBe('count');
  });
});

describe('B13: "Số chi nhánh/điểm bán lẻ/chi bộ là N" are counts; money and scores are not', () => {
  it.each([
    ['Số chi nhánh là 50.', '50'],
    ['Số điểm bán lẻ là 200.', '200'],
    ['Số chi bộ là 12.', '12'],
    ['Số điểm ngập là 20.', '20'],
  ])('"%s" counts %s', (body, quote) => {
    expect(claim(body, quote).kind).toBe('count');
  });
  it.each([['Số điểm thi là 25.'], ['Số năm kinh nghiệm là 5.'], ['Số tuổi nghỉ hưu là 60.'], ['Số chi tiêu là 50.'], ['Số điểm là 25.'], ['Số chi là 50.']])('"%s" counts nothing', (body) => {
    expect(claims(body).filter((c) => c.kind === 'count')).toEqual([]);
  });
  it('money labels stay money', () => {
    expect(claim('Số chi phí là 50 triệu đồng.', '50 triệu đồng').kind).toBe('money');
  });
});

describe('B14: a negation in another clause does not undo "chỉ … 1"', () => {
  it.each([['Đội không thắng được, Hà chỉ tham gia 1 trận.'], ['Anh chưa từng ghi bàn nhưng chỉ tham gia 1 trận.']])('"%s" counts 1 trận', (body) => {
    expect(claim(body, '1 trận').kind).toBe('count');
  });
  it.each([['Không có địa phương nào chỉ chọn 1 bộ sách.'], ['Anh không chỉ tham gia 1 trận mà còn làm HLV.']])('"%s" counts nothing', (body) => {
    expect(quotes(body).filter((q) => q.startsWith('1 '))).toEqual([]);
  });
});

describe('B15: "phát biểu rằng … khởi công" is a saying, not a milestone', () => {
  it('"Ngày 14/10, Bộ trưởng phát biểu rằng dự án khởi công năm 2015" dates nothing on 14/10', () => {
    expect(quotes('Ngày 14/10, Bộ trưởng phát biểu rằng dự án khởi công năm 2015.')).not.toContain('Ngày 14/10');
  });
  it.each([['Ngày 14/10, Thủ tướng phát biểu khai mạc kỳ họp.'], ['Ngày 14/10, Thủ tướng phát biểu tại lễ khởi công dự án.']])('"%s" keeps its date', (body) => {
    expect(claim(body, 'Ngày 14/10').kind).toBe('date');
  });
});
