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
