// Engine 37 (session 38, issue 11): the subject of a figure's clause, named right before its verb, beats the
// article's default place and a place named in passing (`clauseSubject` in shared/extract/context.ts). Our own
// sentences: the cases the rule decides, and the near-misses it must not fire on.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

/** The claims of a text under `title`, dated 18/10/2013, each with its quote. */
function claims(body: string, title = 'Tin') {
  const text = `${title}\n18/10/2013 06:49\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
/** The subject of the first claim whose quote is `quote`. */
function subjectOf(body: string, quote: string, title?: string): string | null {
  const all = claims(body, title);
  const c = all.find((x) => x.quote === quote);
  if (c === undefined) throw new Error(`no claim "${quote}": ${JSON.stringify(all.map((x) => x.quote))}`);
  return c.subject;
}

describe('an index or a share opening the clause is what its figures are about', () => {
  it('"chỉ số X đã tăng …" in a story about a country\'s market: the index, not the country', () => {
    const body = 'Chứng khoán Mỹ tiếp tục đi lên. Tính đến 10h30, chỉ số Dow Jones đã tăng 0,8% so với phiên trước.';
    // (An index the entity index knows keeps its usual name.)
    expect(subjectOf(body, 'tăng 0,8%')).toBe('Dow Jones');
  });
  it('every figure of one verb: the change, its percent in brackets, and the level it lands on', () => {
    const body = 'Thị trường châu Á trái chiều. Chỉ số Hang Seng của Hồng Kông tăng 1%, thì chỉ số Shanghai Composite lại giảm 12,5 điểm (0,6%), xuống 2.150,3 điểm.';
    expect(subjectOf(body, '12,5 điểm')).toBe('Chỉ số Shanghai Composite');
    expect(subjectOf(body, '0,6%')).toBe('Chỉ số Shanghai Composite');
    expect(subjectOf(body, '2.150,3 điểm')).toBe('Chỉ số Shanghai Composite');
    // The market after the index ("của Hồng Kông") is read over, not taken.
    expect(subjectOf(body, 'tăng 1%')).toBe('Chỉ số Hang Seng');
  });
  it('"trong khi đó chỉ số X tăng A điểm lên B điểm": both figures are the index\'s', () => {
    const body = 'Chứng khoán Nhật Bản giảm. Chỉ số Topix mất 0,2%, trong khi đó chỉ số Kospi tăng 8,4 điểm lên 2.031,6 điểm.';
    expect(subjectOf(body, '8,4 điểm')).toBe('Chỉ số Kospi');
    expect(subjectOf(body, '2.031,6 điểm')).toBe('Chỉ số Kospi');
  });
  it('"cổ phiếu X giảm …" after a country named earlier', () => {
    const body = 'Chứng khoán Hàn Quốc lao dốc. Phiên sáng nay, cổ phiếu Samsung giảm 2,1%.';
    // (The share reader before this rule names the company; either way, not the country.)
    expect(subjectOf(body, 'giảm 2,1%')).toMatch(/Samsung$/u);
  });
});

describe('a name opening the clause, with an aside between commas', () => {
  it('"Ngay cả X, <aside naming a country>, cũng giảm …": the name, not the country of the aside', () => {
    const body = 'Chứng khoán Mỹ đỏ sàn. Ngay cả Microsoft, cổ phiếu được ưa chuộng nhất của chứng khoán Mỹ, cũng giảm nhẹ 0,4% xuống 35,2 USD/cổ phiếu.';
    expect(subjectOf(body, 'giảm nhẹ 0,4%')).toBe('Microsoft');
    expect(subjectOf(body, '35,2 USD/cổ phiếu')).toBe('Microsoft');
  });
});

describe('the metric a verb names before the figure, and a known index keeping its usual name', () => {
  it('"X, <aside>, đạt lợi nhuận …", "X có tỷ lệ hộ nghèo …": the name before the verb', () => {
    const profit = 'Kết quả kinh doanh quý 3 tại Việt Nam. Vinamilk, công ty sữa lớn nhất cả nước, đạt lợi nhuận 2.000 tỷ đồng.';
    expect(subjectOf(profit, '2.000 tỷ đồng')).toBe('Vinamilk');
    const poor = 'Tình hình giảm nghèo ở miền Bắc. Hải Phòng có tỷ lệ hộ nghèo 5%.';
    expect(subjectOf(poor, '5%')).toBe('Hải Phòng');
  });
  it('an index the text knows as a ticker keeps that name ("VN-Index", not "Chỉ số VN-Index"); another index of the sentence is not taken for it', () => {
    const body = 'Chứng khoán Việt Nam hồi phục. Đến 9h30, chỉ số HNX30-Index đứng ở mức 116,2 điểm, trong khi HNX-Index tăng nhẹ.';
    expect(subjectOf(body, '116,2 điểm')).toMatch(/HNX30-Index$/u);
    const vn = 'Thị trường Việt Nam. Lúc 9h30, chỉ số VN-Index đứng ở mức 503,4 điểm.';
    expect(subjectOf(vn, '503,4 điểm')).toBe('VN-Index');
  });
  it('near-miss: a metric with another party linked in ("có thị phần của công ty con") is left to the readers after', () => {
    const body = 'Thị trường điện thoại Hàn Quốc. Samsung có thị phần của công ty con 30%.';
    expect(subjectOf(body, '30%')).not.toBe('Samsung');
  });
});

describe('a level of the budget opening the clause', () => {
  it('"thu cân đối ngân sách trung ương hụt …" in a report on the country\'s budget: the central budget', () => {
    const body = 'Thu ngân sách của Việt Nam năm nay khó khăn. Trong số này, thu cân đối ngân sách trung ương hụt 30.500 tỷ đồng.';
    expect(subjectOf(body, '30.500 tỷ đồng')).toBe('Ngân sách trung ương');
  });
  it('after a source: "Theo Bộ Tài chính, ngân sách địa phương hụt …" is the local budget, not the ministry', () => {
    const body = 'Theo Bộ Tài chính, ngân sách địa phương hụt 9.800 tỷ đồng.';
    expect(subjectOf(body, '9.800 tỷ đồng')).toBe('Ngân sách địa phương');
  });
  it('after a reporting verb: "Bộ Tài chính cho biết ngân sách trung ương hụt …"', () => {
    const body = 'Bộ Tài chính cho biết ngân sách trung ương hụt 12.000 tỷ đồng.';
    expect(subjectOf(body, '12.000 tỷ đồng')).toBe('Ngân sách trung ương');
  });
});

describe('near-misses: the rule leaves these to the readers after it', () => {
  it('a statistic named "chỉ số CPI" / "chỉ số PMI" is no index of a market', () => {
    const body = 'Kinh tế Việt Nam còn khó khăn. Theo Tổng cục Thống kê, chỉ số CPI tháng 9 tăng 0,5%.';
    const s = subjectOf(body, 'tăng 0,5%');
    expect(s).not.toMatch(/CPI/u);
  });
  it('a speaker and a verb of saying between the name and the figure: not the speaker', () => {
    const body = 'Thị trường vàng sôi động tại Hà Nội. Reuters cho biết giá vàng thế giới tăng 1,2%.';
    expect(subjectOf(body, 'tăng 1,2%')).not.toBe('Reuters');
  });
  it('a time phrase opening the clause is no subject ("Tháng 9 tăng 5%")', () => {
    const body = 'Sản xuất công nghiệp của Hải Phòng phục hồi. Tháng 9 tăng 5% so với tháng 8.';
    expect(subjectOf(body, 'tăng 5%')).toBe('Hải Phòng');
  });
  it('another word between the name and the figure ("Samsung bán được …") or two names ("X và Y tăng"): no reading', () => {
    const sold = 'Thị trường điện thoại Hàn Quốc sôi động. Samsung bán được 10 triệu máy.';
    expect(subjectOf(sold, '10 triệu máy')).toBe('Hàn Quốc');
    const two = 'Chứng khoán Hàn Quốc phục hồi. Samsung và LG đều tăng 2%.';
    expect(subjectOf(two, 'tăng 2%')).toBe('Hàn Quốc');
  });
  it('"Tại Hà Nội có …": a place after a preposition is not read by this rule as the opening name', () => {
    const body = 'Dịch sốt xuất huyết tăng ở miền Bắc. Tại Hà Nội có 500 ca mắc.';
    expect(subjectOf(body, '500 ca mắc')).toBe('Hà Nội');
  });
  it('a ministry or the central bank opening the clause sets the figure and is not its subject', () => {
    const body = 'Lãi suất tại Việt Nam tiếp tục giảm. Ngân hàng Nhà nước đã giảm 0,5% lãi suất điều hành.';
    expect(subjectOf(body, 'giảm 0,5%')).toBe('Việt Nam');
  });
  it('a metric in capitals at the start ("Doanh thu", "GDP") is no name', () => {
    const body = 'Kinh tế Việt Nam năm 2013. GDP tăng 5,4%. Doanh thu bán lẻ tăng 12%.';
    expect(subjectOf(body, 'tăng 5,4%')).toBe('Việt Nam');
    expect(subjectOf(body, 'tăng 12%')).toBe('Việt Nam');
  });
});

describe('a device referred to by its kind ("Máy", "Thiết bị này", "mẫu smartphone này") is the model named before', () => {
  const REVIEW =
    'Nokia vừa đưa Sony Xperia Z1 về thị trường Việt Nam tại TP.HCM. Sony Xperia Z1 được trang bị chip Snapdragon 800 tốc độ 2,2 GHz. ' +
    'Nó cũng hỗ trợ sạc nhanh tại Việt Nam. Máy vẫn có khung nhôm, tích hợp 3 micro chống ồn. ' +
    'Các kết nối khác của mẫu smartphone này gồm LTE 100/50 Mbps.';
  it('past a component named inside a sentence ("chip Snapdragon 800"), a sentence of "Nó" and the market named since', () => {
    expect(subjectOf(REVIEW, '3 micro chống')).toBe('Sony Xperia Z1');
    expect(subjectOf(REVIEW, '100/50 Mbps')).toBe('Sony Xperia Z1');
  });
  it('a model opening its sentence after a connective ("Mặt khác, …"), not a model named before it', () => {
    const body = 'Galaxy S4 bán chạy tại Hàn Quốc. Mặt khác, Lumia 1520 có màn hình rộng. Thiết bị vẫn hỗ trợ 4 tùy chọn màu sắc.';
    expect(subjectOf(body, '4 tùy chọn')).toBe('Lumia 1520');
  });
  it('a model introduced by its name inside a sentence ("… mang tên SmartWatch 2")', () => {
    const body = 'Hãng Sony vừa giới thiệu tại Berlin một chiếc đồng hồ thông minh mang tên SmartWatch 2. Thiết bị này có pin dùng được 4 ngày.';
    expect(subjectOf(body, '4 ngày')).toBe('SmartWatch 2');
  });
});

describe('near-misses of the device reference', () => {
  it('"Máy bay …" (another noun after "Máy") refers to no device named before', () => {
    const body = 'Nokia Lumia 1520 ra mắt tại Hà Nội hôm qua. Máy bay chở hàng của hãng có 250 ghế.';
    expect(subjectOf(body, '250 ghế')).not.toBe('Nokia Lumia 1520');
  });
  it('a brand alone opening the sentence before ("Samsung ra mắt …") is no model: no reading back past it', () => {
    const body = 'Galaxy S4 bán chạy tại Hàn Quốc. Samsung ra mắt một sản phẩm mới tại Seoul. Máy có 4 micro.';
    expect(subjectOf(body, '4 micro')).not.toBe('Galaxy S4');
  });
  it('no word of the device opening the sentence: the rule does not fire', () => {
    const body = 'Lumia 1520 ra mắt tại Việt Nam. Hệ thống bán lẻ có 4 nhà phân phối.';
    expect(subjectOf(body, '4 nhà phân')).not.toBe('Lumia 1520');
  });
});
