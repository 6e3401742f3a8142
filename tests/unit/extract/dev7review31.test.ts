// Engine 31 as narrowed after the review of branch s33-dev7 (/work/wt/REVIEW-dev7.txt): the reviewer's
// sentences that the first engine-31 rules got wrong, each with the reading engine 30 gave. The rules'
// own cases (and near-misses) stay in dev7rules31.test.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

function claims(body: string) {
  const text = `Tin\n25/10/2013 07:05\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
function claim(body: string, quote: string) {
  const all = claims(body);
  const c = all.find((x) => x.quote === quote);
  if (c === undefined) throw new Error(`no claim "${quote}": ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

describe('the year carry stays inside one report (another body, another year, a date of its own, now)', () => {
  it.each([
    ['Theo báo cáo, thu ngân sách năm 2013 đạt 790.800 tỷ đồng. Trong khi đó, Bộ Y tế cho biết có 1.200 ca sốt xuất huyết.', '1.200 ca', 'năm 2013'],
    ['Doanh thu năm 2012 của công ty đạt 500 tỷ đồng. Công ty có 1.200 nhân viên.', '1.200 nhân viên', 'năm 2012'],
    ['Doanh thu năm 2012 của công ty đạt 500 tỷ đồng. Công ty có 1.200 nhân viên. Vốn điều lệ là 300 tỷ đồng.', '300 tỷ đồng', 'năm 2012'],
    ['Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng. Năm tới, dự toán thu là 782.700 tỷ đồng.', '782.700 tỷ đồng', 'năm 2013'],
    ['Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng. Dự toán 2014 thu 782.700 tỷ đồng.', '782.700 tỷ đồng', 'năm 2013'],
    ['Thu ngân sách năm 2013 đạt 790.800 tỷ đồng. Từ 1/1/2014, lương tối thiểu tăng lên 2,7 triệu đồng.', '2,7 triệu đồng', 'năm 2013'],
    ['Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng. Trước đó, hồi 2011, thu ngân sách đạt 674.500 tỷ đồng.', '674.500 tỷ đồng', 'năm 2013'],
    ['Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng. Thủ tướng yêu cầu sang năm phải tiết kiệm chi 10%.', '10%', 'năm 2013'],
    ['Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng. Mỹ hiện có nợ công 17.000 tỷ USD. Nhật Bản nợ công bằng 240% GDP.', '240%', 'năm 2013'],
    ['Xuất khẩu năm 2013 đạt 130 tỷ USD. Lãi suất cho vay hiện ở mức 10%. Tỷ giá là 21.100 đồng/USD.', '21.100 đồng/USD', 'năm 2013'], // (the currency after the slash is in the quote: engine 77)
    ['Xuất khẩu năm 2013 đạt 130 tỷ USD. Trong khi đó, năm 2012 chỉ đạt 114 tỷ USD. Nhập khẩu tăng 10%.', 'tăng 10%', 'năm 2012'],
  ])('"%s": "%s" does not take %s', (body, quote, wrong) => {
    expect(claim(body, quote).period).not.toBe(wrong);
  });
});

describe('a number of years before "(YYYY-YYYY)" after a verb of length stays a duration', () => {
  it.each([
    ['Ông đã ngồi tù 5 năm (2005-2010).', '5 năm'],
    ['Ông sống ở Mỹ 20 năm (1990-2010).', '20 năm'],
    ['Ông bị kết án 7 năm (2006-2013) tù giam.', '7 năm'],
    ['Công ty lỗ 3 năm (2010-2012) liên tiếp.', '3 năm'],
    ['Ông giữ chức 2 nhiệm kỳ, tức 10 năm (2001-2011).', '10 năm'],
  ])('"%s": "%s" stays a claim', (body, quote) => {
    expect(claims(body).some((c) => c.quote.includes(quote))).toBe(true);
  });
});

describe('a document number before a year that is not the document day', () => {
  it.each([
    ['Theo Nghị định 15/2020/NĐ-CP, năm 2021 cả nước có 5.000 vụ vi phạm.', '5.000 vụ', 'năm 2021'],
    ['Theo Thông tư 21/2012/TT-BTC, năm 2013 Bộ thu 500 tỷ đồng.', '500 tỷ đồng', 'năm 2013'],
  ])('"%s": "%s" keeps %s', (body, quote, period) => {
    expect(claim(body, quote).period).toBe(period);
  });
  it('"Theo Thông tư 02/2013/TT-NHNN, ngày 21/1/2013 nợ xấu là 4,6%": the day after the comma dates the figure', () => {
    expect(claim('Theo Thông tư 02/2013/TT-NHNN, ngày 21/1/2013 nợ xấu là 4,6%.', '4,6%').period).not.toBeNull();
  });
});

describe('"N lần đối …" / "N lần chạm …"', () => {
  it.each([
    ['Thu nhập ở thành thị cao hơn 2 lần đối với nông thôn.', '2 lần'],
    ['Quân số lớn hơn 5 lần đối phương.', '5 lần'],
    ['Số cú sút của Barcelona nhiều hơn 3 lần đối thủ.', '3 lần'],
  ])('"%s": "%s" stays a multiple (measure), not a count', (body, quote) => {
    expect(claim(body, quote).kind).toBe('measure');
  });
  it('"VN-Index 3 lần chạm mốc 500 điểm": the count is kept', () => {
    expect(claims('Chỉ số VN-Index 3 lần chạm mốc 500 điểm trong tháng.').some((c) => c.quote.includes('3 lần'))).toBe(true);
  });
});

describe('"cũng như 1 …" is "as well as one", not a likeness', () => {
  it('"3 ngôi nhà cũng như 1 xe ô tô" keeps "1 xe"', () => {
    expect(claims('Vụ cháy làm hư hỏng 3 ngôi nhà cũng như 1 xe ô tô.').some((c) => c.quote.startsWith('1 xe'))).toBe(true);
  });
});

describe('"Với …," opening: the body that speaks is not the subject', () => {
  it.each([
    ['Với lãi suất 6%/năm, Ngân hàng Nhà nước cho rằng doanh nghiệp vẫn khó vay vốn.', '6%/năm', 'Ngân hàng Nhà nước'],
    ['Với mức giá 500 triệu đồng/căn, Bộ Xây dựng đánh giá nhà ở xã hội vẫn còn cao.', '500 triệu đồng/căn', 'Bộ Xây dựng'],
  ])('"%s": "%s" is not %s\'s', (body, quote, wrong) => {
    expect(claim(body, quote).subject).not.toBe(wrong);
  });
});

describe('an institution before a bracketed rank is no person', () => {
  it('"Công Ty Cổ Phần Vinamilk (hạng 1)" gives no fragment "Ty Cổ Phần Vinamilk"', () => {
    expect(claim('Công Ty Cổ Phần Vinamilk (hạng 1) có doanh thu 30.000 tỷ đồng.', 'hạng 1').subject).not.toBe('Ty Cổ Phần Vinamilk');
  });
  it('"Trường Đại học Tôn Đức Thắng (hạng 2)" is not the person "Tôn Đức Thắng"', () => {
    expect(claim('Trường Đại học Tôn Đức Thắng (hạng 2) có 25.000 sinh viên.', 'hạng 2').subject).not.toBe('Tôn Đức Thắng');
  });
});

describe('tickers next to words in capitals (headlines)', () => {
  it.each([
    ['VNM TĂNG 5% trong phiên sáng.', 'TĂNG 5%', 'VNM'],
    ['CỔ PHIẾU HAG giảm 7%.', 'giảm 7%', 'HAG'],
    ['HAG ĐẦU TƯ 200 tỷ đồng vào dự án cao su.', '200 tỷ đồng', 'HAG'],
  ])('"%s": "%s" is %s\'s', (body, quote, ticker) => {
    expect(claim(body, quote).subject).toBe(ticker);
  });
});

describe('a place before "Open"/"Masters" outside sport', () => {
  it.each([
    ['Hà Nội Open Day thu hút 5.000 người.', '5.000 người', 'Open'],
    ['Thượng Hải Masters năm nay có tổng giải thưởng 5 triệu USD.', '5 triệu USD', 'Masters'],
  ])('"%s": "%s" has no subject "%s"', (body, quote, wrong) => {
    expect(claim(body, quote).subject).not.toBe(wrong);
  });
});

describe('a plan period in brackets is not the window of the figures after it', () => {
  it('dev7 gold cluster_057: "3 năm qua … 52%" keeps 2011–2013', () => {
    const body = 'Đánh giá về 3 năm (2011-2013) thu, chi ngân sách trong giai đoạn 5 năm (2011-2015), ông Dũng cho biết, 3 năm qua tổng thu ngân sách chỉ đạt 52% so với kế hoạch 5 năm.';
    expect(claim(body, '52%').period).toBe('2011–2013');
  });
});

describe('near-misses: what the narrowed rules still do', () => {
  it.each([
    ['Thu ngân sách năm 2013 đạt 790.800 tỷ đồng. Trong đó thu nội địa hụt 15.500 tỷ đồng.', '15.500 tỷ đồng'],
    // "thực hiện" is no "hiện" (now)
    ['Thu ngân sách năm 2013 đạt 790.800 tỷ đồng. Việc thực hiện dự toán chi đạt 986.300 tỷ đồng.', '986.300 tỷ đồng'],
  ])('the budget year is still carried: "%s" → "%s" takes 2013', (body, quote) => {
    expect(claim(body, quote).period).toBe('năm 2013');
  });
  it('a ticker with no word in capitals beside it stays ("Cổ phiếu ANH tăng 5%")', () => {
    expect(claim('Cổ phiếu ANH tăng 5% trong phiên.', 'tăng 5%').subject).toBe('ANH');
  });
  it('a name in capitals on a by-line is still no ticker ("NGỌC ANH")', () => {
    expect(claim('NGỌC ANH\nCổ phiếu tăng 5% trong phiên.', 'tăng 5%').subject).not.toBe('ANH');
  });
  it('a person before a bracketed rank after a lower-case word stays that person ("Tay vợt Lý Hoàng Nam (hạng 2)")', () => {
    expect(claim('Tay vợt Lý Hoàng Nam (hạng 2) thắng.', 'hạng 2').subject).toBe('Lý Hoàng Nam');
  });
  it('"Với …," still gives the figure to a place that acts ("Với tổng vốn 500 tỷ đồng, Hà Nội dẫn đầu")', () => {
    expect(claim('Với tổng vốn 500 tỷ đồng, Hà Nội dẫn đầu về đầu tư.', '500 tỷ đồng').subject).toBe('Hà Nội');
  });
  it('a document\'s signing day right after its number still dates only the document', () => {
    const body = 'Thủ tướng đã ban hành Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 về hỗ trợ nhà ở, theo đó có 3 bước.';
    expect(claim(body, '3 bước').period).not.toBe('2008-12-12');
  });
  it('"Trong 4 năm (2009-2012), …" opening its clause is still a window', () => {
    expect(claims('Trong 4 năm (2009-2012), tỉnh hỗ trợ 5.000 hộ nghèo.').some((c) => c.quote.includes('4 năm'))).toBe(false);
  });
});

describe('a gap against the estimate is money only in a budget sentence', () => {
  it('"Giá xăng tăng 500 đồng so với dự toán của các chuyên gia" stays a change', () => {
    expect(claim('Giá xăng tăng 500 đồng so với dự toán của các chuyên gia.', 'tăng 500 đồng').kind).toBe('change');
  });
  it('near-miss: "Tổng chi ngân sách … tăng 8.300 tỷ đồng … so với dự toán" is money', () => {
    const body = 'Tổng chi ngân sách nhà nước năm 2013 ước đạt 986.300 tỷ đồng, tăng 8.300 tỷ đồng tương đương 0,8% so với dự toán.';
    expect(claim(body, 'tăng 8.300 tỷ đồng').kind).toBe('money');
  });
});

describe('a short name before a bracketed age takes the full name introduced before', () => {
  it('"Vũ Thanh Long … Thanh Long (20 tuổi)" gives "Vũ Thanh Long"', () => {
    const body = 'Anh Vũ Thanh Long là người được chọn. Theo kế hoạch, Thanh Long (20 tuổi) sẽ bay vào vũ trụ.';
    expect(claim(body, '20 tuổi').subject).toBe('Vũ Thanh Long');
  });
  it('near-miss: with no such person introduced, the name before the bracket stays', () => {
    expect(claim('Theo kế hoạch, Thanh Long (20 tuổi) sẽ bay vào vũ trụ.', '20 tuổi').subject).toBe('Thanh Long');
  });
});

// Re-review of the mend (/work/wt/REVIEW2-dev7.txt): the rules' neighbours that still went wrong.
describe('R1: the year carry needs real budget words, not "thu hút", "nợ xấu", "chi phí", "vay"', () => {
  it.each([
    ['Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng. Dự án thu hút 5.000 lao động.', '5.000 lao động'],
    ['Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng. Tỷ lệ nợ xấu của các ngân hàng là 4,6%.', '4,6%'],
    ['Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng. Chi phí đầu vào của doanh nghiệp tăng 10%.', 'tăng 10%'],
    ['Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng. Mỗi hộ nghèo được vay 30 triệu đồng.', '30 triệu đồng'],
  ])('"%s": "%s" is not dated 2013', (body, quote) => {
    expect(claim(body, quote).period).not.toBe('năm 2013');
  });
  it('near-miss: "Riêng thu nội địa …" stays in the 2013 report', () => {
    expect(claim('Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng. Riêng thu nội địa đạt 530.000 tỷ đồng.', '530.000 tỷ đồng').period).toBe('năm 2013');
  });
});

describe('R6: "chi phí … so với dự toán" is no budget gap', () => {
  it('"chi phí tăng 300 đồng so với dự toán" stays a change', () => {
    expect(claim('Giá điện tăng 500 đồng, trong khi chi phí tăng 300 đồng so với dự toán.', 'tăng 300 đồng').kind).toBe('change');
  });
  it('near-miss: "Thu ngân sách tăng 16.000 tỷ đồng so với dự toán" is money', () => {
    expect(claim('Thu ngân sách tăng 16.000 tỷ đồng so với dự toán.', 'tăng 16.000 tỷ đồng').kind).toBe('money');
  });
});

describe('R2: "trong/sau/qua N năm (YYYY-YYYY)" after a verb stays a duration', () => {
  it.each([
    ['Ông giữ chức Bí thư trong 10 năm (2001-2011).', '10 năm'],
    ['Ông về hưu sau 35 năm (1978-2013) công tác.', '35 năm'],
    ['Ông đã trải qua 3 năm (2010-2013) điều trị ung thư.', '3 năm'],
  ])('"%s" keeps "%s"', (body, quote) => {
    expect(claims(body).map((c) => c.quote)).toContain(quote);
  });
  it.each([
    ['Trong 4 năm (2009-2012), xuất khẩu tăng 20%.', '4 năm'],
    ['Theo báo cáo, sau 5 năm (2008-2013), xuất khẩu tăng 20%.', '5 năm'],
  ])('near-miss: "%s" opens on a window, "%s" is no claim', (body, quote) => {
    expect(claims(body).map((c) => c.quote)).not.toContain(quote);
  });
});

describe('R3: a bracketed plan after a nearer period does not date the figures after it', () => {
  it('"… 52% kế hoạch 5 năm (2011-2015), tăng 10%" keeps 2011–2013', () => {
    expect(claim('Trong 3 năm (2011-2013), thu ngân sách đạt 52% kế hoạch 5 năm (2011-2015), tăng 10%.', 'tăng 10%').period).toBe('2011–2013');
  });
  it('near-miss: a bracketed window with no period before it still dates what follows', () => {
    expect(claim('Theo kế hoạch, trong 4 năm (2009-2012), hỗ trợ nhà ở cho khoảng 500.000 hộ nghèo.', 'khoảng 500.000 hộ').period).toBe('2009–2012');
  });
});

describe('R4: the sport check for "Open"/"Masters" is local, "Open Day" is no tournament', () => {
  it.each([
    ['Vòng chung kết cuộc thi khởi nghiệp tại Hà Nội Open Day thu hút 5.000 người.', '5.000 người'],
    ['Tay vợt Nadal vừa về nước. Hà Nội Open Innovation năm nay thu hút 5.000 người.', '5.000 người'],
  ])('"%s": "%s" is not said of "Open"', (body, quote) => {
    expect(claim(body, quote).subject).not.toBe('Open');
  });
  it('near-miss: "Qatar Open" in a sentence about players is the tournament, not Qatar', () => {
    expect(claim('Tay vợt Nadal dự Qatar Open, giải có 32 tay vợt.', '32 tay vợt').subject).not.toBe('Qatar');
  });
});

describe('R5: a title before the name in brackets is no part of the name', () => {
  it.each([
    ['Ông Nguyễn Văn Nam (45 tuổi) bị bắt.', '45 tuổi', 'Nguyễn Văn Nam'],
    ['Anh Trần Văn Nam (35 tuổi) bị bắt.', '35 tuổi', 'Trần Văn Nam'],
    ['Bà Lê Thị Hoa (hạng 2) được bầu.', 'hạng 2', 'Lê Thị Hoa'],
  ])('"%s": "%s" is said of %s', (body, quote, subject) => {
    expect(claim(body, quote).subject).toBe(subject);
  });
  it('near-miss: a name with no title stays whole', () => {
    expect(claim('Trước đó, Trần Văn Long (20 tuổi) bị bắt.', '20 tuổi').subject).toBe('Trần Văn Long');
  });
  it('near-miss: "Ông Nam (45 tuổi)" does not give the title and one word', () => {
    expect(claim('Ông Nam (45 tuổi) bị bắt.', '45 tuổi').subject).not.toBe('Ông Nam');
  });
});
