// Mends of engine 27's subject and period rules (review of session 30): each case is a sentence where
// the first form of a rule did worse than engine 26, and fails without its mend.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

/** The claims of a text under `title`, dated 25/10/2013, each with its quote. */
function claims(title: string, body: string) {
  const text = `${title}\n25/10/2013 10:00\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
/** The n-th claim (1-based) whose quote is `quote`. */
function claim(title: string, body: string, quote: string, n = 1) {
  const all = claims(title, body);
  const c = all.filter((x) => x.quote === quote)[n - 1];
  if (c === undefined) throw new Error(`no claim "${quote}" #${n}: ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}
const subject = (title: string, body: string, quote: string, n = 1): string | null => claim(title, body, quote, n).subject;
const period = (title: string, body: string, quote: string, n = 1): string | null => claim(title, body, quote, n).period;

describe('in a company, product or player story only the company\'s site is its place', () => {
  it('another market stays the subject', () => {
    expect(subject('Vinamilk lãi 5.000 tỷ đồng sau 9 tháng', 'Trong khi đó, thị trường sữa tại Trung Quốc tăng trưởng 15% mỗi năm.', 'tăng trưởng 15%')).toBe('Trung Quốc');
  });
  it('the national economy ("GDP của Việt Nam") stays the subject', () => {
    expect(subject('Vinamilk lãi 5.000 tỷ đồng sau 9 tháng', 'Theo Tổng cục Thống kê, GDP của Việt Nam 9 tháng tăng 5,1%.', 'tăng 5,1%')).toBe('Việt Nam');
  });
  it('prices in two markets keep their markets', () => {
    const body = 'Giá bán máy tại Mỹ là 299 USD, trong khi tại Việt Nam là 18 triệu đồng.';
    expect(subject('Samsung Galaxy Note 4 ra mắt', body, '299 USD')).toBe('Mỹ');
    expect(subject('Samsung Galaxy Note 4 ra mắt', body, '18 triệu đồng')).toBe('Việt Nam');
  });
  it('a province as a possessor stays the subject', () => {
    expect(subject('HAG: lãi lớn nhờ cao su', 'Tổng diện tích cao su của tỉnh Gia Lai đạt 80.000 ha.', '80.000 ha')).toBe('Gia Lai');
  });
  it('a country\'s medal table in a player story stays the country\'s', () => {
    const body = 'Đoàn thể thao Việt Nam đứng thứ 21 với 1 HCV. Trung Quốc xếp thứ hai với 151 HCV.';
    expect(subject('Hoàng Xuân Vinh giành HCV Asiad', body, '151 HCV')).toBe('Trung Quốc');
  });
  it('a plant\'s site is still the company\'s (variant)', () => {
    const body = 'Tập đoàn Masan vừa đưa vào vận hành nhà máy chế biến tại Hậu Giang với công suất 300.000 tấn/năm.';
    expect(subject('Masan mở rộng sản xuất', body, '300.000 tấn')).toBe('Masan');
  });
});

describe('one company, one name: only the company\'s own name takes its ticker', () => {
  it('a place inside the company\'s name is not renamed', () => {
    const body = 'Ngân hàng TMCP Ngoại thương Việt Nam (VCB) công bố kết quả kinh doanh. Việt Nam hiện có 40 ngân hàng thương mại cổ phần.';
    expect(subject('VCB: lãi 9 tháng đạt 4.500 tỷ đồng', body, '40 ngân')).toBe('Việt Nam');
  });
  it('a place before the company\'s name is not renamed', () => {
    const body = 'Tại Hải Dương, Công ty cổ phần Tập đoàn Hòa Phát (HPG) vừa công bố kết quả. Sản lượng thép của Hải Dương năm 2013 đạt 2 triệu tấn.';
    expect(subject('HPG: lãi quý 3 tăng mạnh', body, '2 triệu tấn')).toBe('Hải Dương');
  });
  it('an acronym that is no company keeps its members apart', () => {
    const body = 'Tại Hội nghị cấp cao ở Brunei, Hiệp hội các quốc gia Đông Nam Á (ASEAN) đặt mục tiêu mới. Brunei có dân số 400.000 người.';
    expect(subject('ASEAN đặt mục tiêu thương mại nội khối', body, '400.000 người')).toBe('Brunei');
  });
  it('a province named before the company (variant)', () => {
    const body = 'Ở Đồng Nai, Công ty cổ phần Tập đoàn Đức Long (DLG) vừa công bố kết quả. Đồng Nai năm nay thu hút 1.200 dự án.';
    expect(subject('DLG: lãi quý 3 tăng mạnh', body, '1.200 dự án')).toBe('Đồng Nai');
  });
  it('the company named after "công ty con" still takes its ticker', () => {
    const body = 'Bán cổ phần công ty con Công ty cổ phần Tập đoàn Đức Long ( DLG ) công bố kết quả kinh doanh quý 3. Tập đoàn Đức Long cho biết đã thu hồi khoản nợ 45 tỷ đồng.';
    expect(subject('Kết quả kinh doanh quý 3', body, '45 tỷ đồng')).toBe('DLG');
  });
});
