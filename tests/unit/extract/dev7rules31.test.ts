// Engine 31, from the misses of the seventh dev gold set (tests/fixtures/extract-gold/dev7), with our own
// sentences: each rule with the cases it must decide and the near-misses it must not fire on.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

/** The claims of a text under `title`, dated 23/10/2013, each with its quote. */
function claims(title: string, body: string) {
  const text = `${title}\n23/10/2013 10:00\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
const quotes = (body: string, title = 'Tin'): string[] => claims(title, body).map((c) => c.quote);
/** The n-th claim (1-based) whose quote is `quote`. */
function claim(body: string, quote: string, n = 1, title = 'Tin') {
  const all = claims(title, body);
  const c = all.filter((x) => x.quote === quote)[n - 1];
  if (c === undefined) throw new Error(`no claim "${quote}" #${n}: ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

describe('a number of years with its years in brackets is the window of other figures', () => {
  it.each([
    ['Đánh giá về 3 năm (2011-2013) thu, chi ngân sách, tổng thu chỉ đạt 52% kế hoạch.', '3 năm'],
    ['Mục tiêu trong 4 năm (2009 - 2012) là hỗ trợ nhà ở cho khoảng 500.000 hộ nghèo.', '4 năm'],
    ['Sau 5 năm ( 2008 – 2012 ), tỉnh đã xây 120 trường học.', '5 năm'],
  ])('"%s": "%s" is no claim', (body, window) => {
    const all = quotes(body);
    expect(all.some((q) => q.includes(window))).toBe(false);
    expect(all.length).toBeGreaterThan(0);
  });
  it.each([
    ['Trái phiếu có thời hạn 5 năm (2014-2019), lãi suất 9%/năm.', '5 năm'],
    ['Dự án kéo dài 3 năm (2014-2016) với tổng vốn 200 tỷ đồng.', '3 năm'],
    ['Dự án kéo dài 3 năm với tổng vốn 200 tỷ đồng.', '3 năm'],
    ['Ông đã làm việc ở đây 3 năm (từ 2010).', '3 năm'],
  ])('"%s": "%s" stays a length', (body, quote) => {
    expect(claim(body, quote).kind).toBe('duration');
  });
});

describe('currencies of the region are money', () => {
  it.each([
    ['Giá trị hợp đồng lên tới 18 tỷ peso (khoảng 440 triệu USD).', '18 tỷ peso', 'PHP'],
    ['Malaysia chi 2 tỷ ringgit cho dự án đường sắt.', '2 tỷ ringgit', 'MYR'],
    ['Indonesia dành 500 tỷ rupiah cho giáo dục.', '500 tỷ rupiah', 'IDR'],
    ['Ấn Độ chi 20 tỷ rupee mua vũ khí.', '20 tỷ rupee', 'INR'],
    ['Hợp đồng trị giá 5 triệu rúp.', '5 triệu rúp', 'RUB'],
  ])('"%s"', (body, quote, unit) => {
    const c = claim(body, quote);
    expect(c.kind).toBe('money');
    expect(c.unit).toBe(unit);
  });
  it('"3 pesos" (not the currency\'s form) is no money', () => {
    expect(claim('Ông có 3 pesos.', '3 pesos').kind).not.toBe('money');
  });
});

describe('a year after "so với ước thực hiện" is a comparison base, not the period', () => {
  it('"tăng 1,2% so với ước thực hiện năm 2012" is not dated 2012', () => {
    expect(claim('Thu cân đối ngân sách đạt 752.300 tỷ đồng, tăng 1,2% so với ước thực hiện năm 2012.', 'tăng 1,2%').period).not.toBe('năm 2012');
  });
  it('"so với kết quả năm 2012" (variant)', () => {
    expect(claim('Doanh thu đạt 500 tỷ đồng, tăng 10% so với kết quả năm 2012.', '500 tỷ đồng').period).not.toBe('năm 2012');
  });
  it('near-miss: "thực hiện năm 2012" with no "so với" dates the figure', () => {
    expect(claim('Thu ngân sách thực hiện năm 2012 đạt 740.000 tỷ đồng.', '740.000 tỷ đồng').period).toBe('năm 2012');
  });
});

describe('a year framing a sentence dates the figures of the sentences after it that name no period', () => {
  const budget =
    'Theo Bộ trưởng, dự kiến thu ngân sách năm 2013 đạt 790.800 tỷ đồng. Tỷ lệ động viên từ thuế, phí đạt 18,4% GDP. ' +
    'Dư nợ công chiếm 56,2% GDP. Chênh lệch thu – chi khoảng 195.000 tỷ đồng.';
  it.each(['18,4%', '56,2%', 'khoảng 195.000 tỷ đồng'])('"%s" takes 2013', (quote) => {
    expect(claim(budget, quote).period).toBe('năm 2013');
  });
  it('"Năm 2014, …. Bội chi dự kiến 5,3%" takes 2014', () => {
    const body = 'Năm 2014, Chính phủ dự kiến thu cân đối ngân sách đạt 782.700 tỷ đồng. Bội chi dự kiến 5,3% tương đương khoảng 224.000 tỷ đồng.';
    expect(claim(body, '5,3%').period).toBe('năm 2014');
    expect(claim(body, 'khoảng 224.000 tỷ đồng').period).toBe('năm 2014');
  });
  it('a sentence naming its own period keeps it and stops the carry', () => {
    const body = 'Thu ngân sách năm 2013 đạt 790.800 tỷ đồng. Quý I/2014, thu đạt 200.000 tỷ đồng. Chi đạt 250.000 tỷ đồng.';
    expect(claim(body, '200.000 tỷ đồng').period).toBe('quý I/2014');
    expect(claim(body, '250.000 tỷ đồng').period).not.toBe('năm 2013');
  });
  it.each([
    ['Thu ngân sách năm 2013 đạt 790.800 tỷ đồng. Hiện nay nợ đọng xây dựng cơ bản hơn 90.000 tỷ đồng.', 'hơn 90.000 tỷ đồng'],
    ['Thu ngân sách năm 2013 đạt 790.800 tỷ đồng. Cả nước đang có 15.000 dự án còn hiệu lực.', '15.000 dự án'],
    ['Thu ngân sách năm 2013 đạt 790.800 tỷ đồng. Ngoài ra, ngân sách còn nợ 90.000 tỷ đồng.', '90.000 tỷ đồng'],
    // the year dates a rule, far from the first figure: "Năm 2012 có thông tư …"
    ['Năm 2012 có thông tư hướng dẫn số 21, từ việc nhận dạng hộ nghèo mới tính đến mức bình quân của hộ nghèo, chuẩn nghèo 400 nghìn ở nông thôn. Tự nhiên ấn mức 750 nghìn là không đúng.', '750 nghìn'],
    // the framing sentence is more than three sentences back
    ['Thu ngân sách năm 2013 đạt 790.800 tỷ đồng. Câu một. Câu hai. Câu ba. Câu bốn có 12 tỉnh đạt kế hoạch.', '12 tỉnh'],
  ])('"%s": "%s" takes no carried year', (body, quote) => {
    expect(claim(body, quote).period).not.toBe('năm 2013');
    expect(claim(body, quote).period).not.toBe('năm 2012');
  });
  it('near-miss: a comparison base year frames nothing', () => {
    const body = 'Thu ngân sách tăng 5% so với năm 2012. Tỷ lệ động viên đạt 18,4% GDP.';
    expect(claim(body, '18,4%').period).not.toBe('năm 2012');
  });
});

describe('small generic counts: "giữa hai …" names a pair, "như 1 …" is an article', () => {
  it.each([
    ['Bảo đua tốc độ trong thế bị kẹp giữa hai trung vệ đối phương.', 'hai trung vệ'],
    ['Khoảng cách giữa 2 kỳ họp là rất ngắn.', '2 kỳ họp'],
    ['Về tính năng thì nó giống như 1 tai nghe Bluetooth đeo tay.', '1 tai nghe'],
  ])('"%s": "%s" is no claim', (body, quote) => {
    expect(quotes(body).some((q) => q.includes(quote))).toBe(false);
  });
  it.each([
    ['Đội bóng có hai trung vệ bị treo giò.', 'hai trung vệ'],
    ['Khoảng cách giữa 3 tỉnh được rút ngắn.', '3 tỉnh'],
    ['Anh chạy nhanh như 2 người cộng lại.', '2 người'],
    ['Thanh Hóa gồm hai thành phố Thanh Hóa và Sầm Sơn.', 'hai thành phố'],
  ])('near-miss "%s": "%s" stays a count', (body, quote) => {
    expect(claim(body, quote).kind).toBe('count');
  });
});

describe('a name in capitals is no ticker', () => {
  const body = 'Các cầu thủ đoạt chức vô địch. Ảnh: ANH HÒA Bị dẫn trước ở phút 43 do hậu vệ trái Văn Dũng mắc sai lầm.';
  it('"Ảnh: ANH HÒA" gives no subject "ANH"', () => {
    expect(claim(body, 'phút 43').subject).not.toBe('ANH');
  });
  it('near-miss: a real ticker still is the subject', () => {
    const story = 'Cổ phiếu HPG tăng 5% trong phiên hôm nay.';
    expect(claim(story, 'tăng 5%', 1, 'Thị trường chứng khoán').subject).toBe('HPG');
  });
});

describe('"tối đa bằng", "tối thiểu bằng" are bounds', () => {
  it('"thu nhập tối đa bằng 150% thu nhập của hộ nghèo" is at most', () => {
    const c = claim('Hộ có thu nhập tối đa bằng 150% thu nhập của hộ nghèo được miễn học phí.', 'tối đa bằng 150%');
    expect(c.qualifier).toBe('at_most');
  });
  it('"mức phạt tối thiểu bằng 20%" is at least', () => {
    expect(claim('Mức phạt tối thiểu bằng 20% giá trị hợp đồng.', 'tối thiểu bằng 20%').qualifier).toBe('at_least');
  });
  it('near-miss: "bằng 150%" alone is exact', () => {
    expect(claim('Lương mới bằng 150% lương cơ sở.', '150%').qualifier).toBe('exact');
  });
});

describe('the day of a cited document dates the document, not the figures', () => {
  it('"Thông tư số 21/2012/TT-BLĐTBXH ngày 5/9/2012 …, theo 3 bước" is not dated 5/9/2012', () => {
    const body = 'Bộ đã ban hành Thông tư số 21/2012/TT-BLĐTBXH ngày 5/9/2012 hướng dẫn điều tra hộ nghèo, theo đó phải tiến hành theo 3 bước.';
    expect(claim(body, '3 bước').period).not.toBe('2012-09-05');
  });
  it('"Nghị quyết số 52-NQ/TW, ngày 27/9/2019 … 80%" (variant)', () => {
    const body = 'Thực hiện Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị, tỉnh đã số hóa 80% hồ sơ.';
    expect(claim(body, '80%').period).not.toBe('2019-09-27');
  });
  it('near-miss: "Ngày 2/10/2015, Chính phủ ban hành …, dành 500 tỷ đồng" keeps its day', () => {
    const body = 'Ngày 2/10/2015, Chính phủ ban hành Nghị định 86 và dành 500 tỷ đồng hỗ trợ học phí.';
    expect(claim(body, '500 tỷ đồng').period).toBe('2015-10-02');
  });
});

describe('the years in brackets after a number of years date the figures after them', () => {
  it('"với mục tiêu trong 4 năm (2009 - 2012), hỗ trợ … khoảng 500.000 hộ nghèo"', () => {
    const body = 'Đến năm 2015, Chính phủ đã ban hành chính sách hỗ trợ nhà ở, với mục tiêu trong 4 năm (2009 - 2012), hỗ trợ nhà ở cho khoảng 500.000 hộ nghèo.';
    expect(claim(body, 'khoảng 500.000 hộ').period).toBe('2009–2012');
  });
  it('near-miss: a bracketed aside that is not a window still dates only itself', () => {
    const body = 'Năm 2013, tỉnh có 300 doanh nghiệp (so với 2010 - 2011), trong đó 120 doanh nghiệp mới.';
    expect(claim(body, '120 doanh nghiệp').period).toBe('năm 2013');
  });
});

describe('a rank or an age in brackets after a person\'s name is that person\'s', () => {
  const body = 'Tay vợt Việt Nam gặp Wei Feng Chong (hạng 18 thế giới) ngay tại vòng 1. Ở vòng 2, anh gặp Lee Chong Wei (hạt giống số 1). Tay vợt Vũ Thanh Long (20 tuổi) thắng.';
  it.each([
    ['hạng 18', 'Wei Feng Chong'],
    ['số 1', 'Lee Chong Wei'],
    ['20 tuổi', 'Vũ Thanh Long'],
  ])('"%s" is %s\'s', (quote, name) => {
    expect(claim(body, quote).subject).toBe(name);
  });
  it('near-miss: a place before the bracket stays the place', () => {
    expect(claim('Thành phố Hà Nội (hạng 3) dẫn đầu cả nước.', 'hạng 3').subject).toBe('Hà Nội');
  });
  it('near-miss: an amount in brackets after a name is not the name\'s', () => {
    expect(claim('Ông Nguyễn Văn An (Bắc Giang) cho biết tỉnh thu 500 tỷ đồng.', '500 tỷ đồng').subject).not.toBe('Nguyễn Văn An');
  });
});

describe('a budget outcome against its estimate is a gap (money), its share a percent', () => {
  const body =
    'Thu ngân sách năm 2013 đạt 790.800 tỷ đồng, giảm 25.200 tỷ đồng (-3,1%) so với dự toán. ' +
    'Tổng chi ngân sách ước đạt 986.300 tỷ đồng, tăng 8.300 tỷ đồng tương đương 0,8% so với dự toán. Thu nội địa giảm 5.000 tỷ đồng so với dự toán.';
  it.each([
    ['giảm 25.200 tỷ đồng', 'money'],
    ['-3,1%', 'percent'],
    ['tăng 8.300 tỷ đồng', 'money'],
    ['0,8%', 'percent'],
    ['giảm 5.000 tỷ đồng', 'money'],
  ])('"%s" is %s', (quote, kind) => {
    expect(claim(body, quote).kind).toBe(kind);
  });
  it.each([
    ['Thu cân đối ngân sách tăng 1,2% so với ước thực hiện năm 2012.', 'tăng 1,2%'],
    ['Doanh thu giảm 500 tỷ đồng so với năm 2012.', 'giảm 500 tỷ đồng'],
    ['Doanh thu giảm 500 tỷ đồng (-10%) so với cùng kỳ.', 'giảm 500 tỷ đồng'],
    ['Doanh thu giảm 500 tỷ đồng (-10%) so với cùng kỳ.', '-10%'],
  ])('near-miss "%s": "%s" stays a change', (text, quote) => {
    expect(claim(text, quote).kind).toBe('change');
  });
});

describe('scores after an age-group team, a rally word of football, "điểm số" in a set', () => {
  it.each([
    ['Trong trận tranh hạng ba, U-21 Malaysia thắng U-21 Myanmar 2-1.', '2-1'],
    ['U21 Malaysia thắng U21 Myanmar 2-1.', '2-1'],
    ['Phút 64, chính Bảo đã lập công san bằng 1-1 cho đội nhà.', '1-1'],
    ['Bảo sút hiểm hóc hạ thủ thành John Tristan quân bình 1-1 trước sự reo hò.', '1-1'],
    ['Del Potro kết thúc ván đấu với điểm số 6/3.', '6/3'],
  ])('"%s": "%s" is a score', (body, quote) => {
    const c = claim(body, quote);
    expect(c.kind).toBe('measure');
    expect(c.unit).toBe('tỷ số');
  });
  it('a tie-break named in the sentence before makes "chiến thắng 7/3" a score', () => {
    const body = 'Cả hai đưa ván đấu vào bàn tie break cân não. Tuy nhiên, Djokovic đã giành được chiến thắng 7/3 ở bàn đấu này.';
    expect(claim(body, '7/3').unit).toBe('tỷ số');
  });
  it.each([
    ['Công ty san bằng 5-7 dự án cũ.', '5-7'],
    ['Tỉnh quân bình 2-3 phiên họp mỗi tháng.', '2-3'],
    ['Nhà số 6/3 ở phố Huế được bán.', '6/3'],
    ['Kỷ niệm ngày chiến thắng 30/4, thành phố tổ chức 12 sự kiện.', '30/4'],
  ])('near-miss "%s": "%s" is no score', (body, quote) => {
    expect(claims('Tin', body).some((c) => c.quote.startsWith(quote) && c.unit === 'tỷ số')).toBe(false);
  });
});

describe('"cùng lúc N …" is "at once", not a time of day', () => {
  it('"tung ra cùng lúc 3 sản phẩm" is a count', () => {
    expect(claim('Việc hãng này tung ra cùng lúc 3 sản phẩm khiến nhiều người hài lòng.', '3 sản phẩm').kind).toBe('count');
  });
  it('"một lúc 2 việc" is a count', () => {
    expect(claim('Anh ấy phải làm một lúc 2 việc khác nhau.', '2 việc').kind).toBe('count');
  });
  it('near-miss: "gặp nhau lúc 3 giờ" stays a time of day', () => {
    expect(quotes('Họ gặp nhau lúc 3 giờ chiều.').length).toBe(0);
  });
});

describe('a city in a tournament\'s English name is not the subject', () => {
  it('"Masters Thượng Hải" in the title does not give "Thượng Hải"', () => {
    const c = claim('Novak Djokovic đã có danh hiệu thứ 5 trong năm 2013.', 'thứ 5', 1, 'Djokovic bảo vệ thành công ngôi vô địch giải Masters Thượng Hải 2013');
    expect(c.subject).not.toBe('Thượng Hải');
  });
  it('near-miss: a city that is the story\'s place stays the subject', () => {
    expect(claim('Thượng Hải có 24 triệu dân.', '24 triệu dân').subject).toBe('Thượng Hải');
  });
});

describe('a figure in an opening "Với …," clause belongs to the place that starts the main clause', () => {
  it.each([
    ['Radar của Israel quét trong phạm vi 100 km. Với thỏa thuận trị giá khoảng 450 triệu USD, Philippines có thể mua máy bay.', 'khoảng 450 triệu USD', 'Philippines'],
    ['Tỉnh Nghệ An thu 5.000 tỷ đồng. Với tổng vốn 500 tỷ đồng, Hà Nội dẫn đầu về đầu tư.', '500 tỷ đồng', 'Hà Nội'],
  ])('"%s": "%s" is %s\'s', (body, quote, subject) => {
    expect(claim(body, quote).subject).toBe(subject);
  });
  it('near-miss: a place named in the clause itself stays', () => {
    expect(claim('Với 300 tỷ đồng của Nghệ An, Hà Nội dẫn đầu.', '300 tỷ đồng').subject).toBe('Nghệ An');
  });
  it('near-miss: without the "Với" opening the rule does not apply (the topic before stays)', () => {
    expect(claim('Radar của Israel quét trong phạm vi 100 km. Thỏa thuận trị giá 450 triệu USD, Philippines sẽ ký.', '450 triệu USD').subject).toBe('Israel');
  });
});

describe('"N lần đối đầu", "N lần gặp" count meetings', () => {
  it.each([
    ['Hai tay vợt đã có 13 lần đối đầu trong sự nghiệp.', '13 lần'],
    ['Hai đội có 5 lần gặp nhau ở chung kết.', '5 lần'],
    ['Hai võ sĩ đã 3 lần chạm trán.', '3 lần'],
  ])('"%s": "%s" is a count', (body, quote) => {
    expect(claim(body, quote).kind).toBe('count');
  });
  it.each([
    ['Giá vàng cao hơn 2 lần so với năm trước.', '2 lần'],
    ['Ống kính zoom quang học 3 lần.', '3 lần'],
  ])('near-miss "%s": "%s" stays a multiple', (body, quote) => {
    expect(claim(body, quote).kind).not.toBe('count');
  });
});
