// Engine 71 (session 71, issue 11: the period of a numeric claim as an editor writes it down), from the period
// disagreements of tuned/ and half A grouped by cause, half B counted only. Our own short sentences, each rule with
// the case it decides and the near-miss it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

/** The claims of a text under a title, dated `date` (18/10/2013 by default; null: no date line, as vi-news). */
function claims(body: string, date: string | null = '18/10/2013 06:49') {
  const text = date === null ? `Tin\n${body}` : `Tin\n${date}\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
/** The claim whose quote is `quote`. */
function claim(body: string, quote: string, date?: string | null) {
  const all = claims(body, date);
  const c = all.find((x) => x.quote === quote);
  if (c === undefined) throw new Error(`no claim "${quote}": ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

describe('a period past a ";" dates the next clause of the list, not the figure before it', () => {
  it('"… chỉ bằng 1/5 …; … tăng 8,5 lần (năm 2011)": the share has no period', () => {
    const body = 'Thu nhập của hộ nghèo chỉ bằng 1/5 mức bình quân cả nước; chênh lệch giàu nghèo tăng 8,5 lần (năm 2011).';
    expect(claim(body, '1/5 mức bình').period).toBeNull();
    expect(claim(body, 'tăng 8,5 lần').period).toBe('năm 2011');
  });
  it('a period after the figure in its own clause still dates it', () => {
    const body = 'Tỉnh có 120 xã đạt chuẩn nông thôn mới, tăng 10 xã (năm 2012).';
    expect(claim(body, '120 xã').period).toBe('năm 2012');
  });
});

describe('a sentence compared "so với cùng kỳ" like the one before takes the period that framed it', () => {
  const body =
    'Theo Tổng cục Thống kê, số doanh nghiệp thành lập mới trong tháng 10/2020 là gần 13.000 doanh nghiệp, tăng 12,4% so với cùng kỳ năm 2019.\n' +
    'Số vốn đăng ký là 180.000 tỷ đồng, tăng 8,2% so với cùng kỳ năm 2019.\n' +
    'Số lao động đăng ký là 95.000 người.';
  it('the period stands before the first figure of the sentence before, a line before (no date line)', () => {
    expect(claim(body, '180.000 tỷ đồng', null).period).toBe('tháng 10/2020');
    expect(claim(body, 'tăng 8,2%', null).period).toBe('tháng 10/2020');
  });
  it('not a sentence that compares nothing', () => {
    expect(claim(body, '95.000 người', null).period).toBeNull();
  });
  it('not when the sentence before names two periods of its own ("quý 3 …, lũy kế 9 tháng …")', () => {
    const two =
      'Lợi nhuận sau thuế quý 3 của công ty đạt 120 tỷ đồng, lũy kế 9 tháng đạt 400 tỷ đồng, tăng 20% so với cùng kỳ năm ngoái. ' +
      'Sản lượng tiêu thụ đạt 300.000 tấn, tăng 6% so với cùng kỳ năm 2012.';
    expect(claim(two, '300.000 tấn').period).toBeNull();
  });
  it('not a paragraph after one that compared nothing', () => {
    const other = 'Trong tháng 10/2020, cả nước có gần 13.000 doanh nghiệp thành lập mới.\nSố vốn đăng ký là 180.000 tỷ đồng, tăng 8,2% so với cùng kỳ năm 2019.';
    expect(claim(other, '180.000 tỷ đồng', null).period).toBeNull();
  });
});

describe('a figure summed over the last N years is dated by that window', () => {
  const date = '23/10/2013 08:00';
  it('"Trong 5 năm qua, …": the five calendar years up to the date line\'s', () => {
    expect(claim('Trong 5 năm qua, tỉnh đã thu hút 120 dự án đầu tư.', '120 dự án', date).period).toBe('2009–2013');
    expect(claim('Trong hai năm gần đây, trường chỉ tuyển được 65 học sinh.', '65 học sinh', date).period).toBe('2012–2013');
  });
  it('"… trong 4 năm rưỡi qua": the months back from the date line\'s month', () => {
    expect(claim('Gần 13.000 tỷ USD đã được bơm vào thị trường trong 4 năm rưỡi qua.', 'Gần 13.000 tỷ USD', date).period).toBe('tháng 4/2009 đến tháng 10/2013');
  });
  it('not a record\'s window, not "hơn N năm", not without a date line, not past a ";"', () => {
    expect(claim('Lãi suất ở mức 3,3%, thấp nhất trong 10 năm trở lại đây.', '3,3%', date).period).toBeNull();
    expect(claim('Trong hơn 5 năm qua, có 300 hộ thoát nghèo.', '300 hộ', date).period).toBeNull();
    expect(claim('Trong 5 năm qua, tỉnh đã thu hút 120 dự án đầu tư.', '120 dự án', null).period).toBeNull();
    expect(claim('Trong 5 năm qua, tỉnh thu hút 120 dự án; hiện tỉnh có 400 doanh nghiệp.', '400 doanh nghiệp', date).period).toBeNull();
  });
  it('a figure with a period of its own keeps it', () => {
    expect(claim('Trong 5 năm qua, riêng năm 2012 tỉnh thu hút 30 dự án.', '30 dự án', date).period).toBe('năm 2012');
  });
});

describe('a year written bare between a word and its figure is the figure\'s year', () => {
  const body =
    'Lợi nhuận 2012 đạt 500 tỷ đồng. Nếu bình quân 2008 chỉ 90.000 tỉ đồng/năm thì ba năm sau, từ năm 2011 đến 2013 là 364.000 tỉ đồng. ' +
    'GDP 2013 tăng 5,4%. Xã có 2000 hộ dân với 8.000 người. Điện thoại Lumia 1520 giá 15 triệu đồng. ' +
    'Dân số của xã tăng thêm 2000 lên 12.000 người.';
  it('"Lợi nhuận 2012 đạt …", "bình quân 2008 chỉ …" (not the later period), "GDP 2013 tăng …"', () => {
    expect(claim(body, '500 tỷ đồng').period).toBe('năm 2012');
    expect(claim(body, '90.000 tỉ đồng/năm').period).toBe('năm 2008');
    expect(claim(body, '364.000 tỉ đồng').period).toBe('từ năm 2011 đến 2013');
    expect(claim(body, 'tăng 5,4%').period).toBe('năm 2013');
  });
  it('not a number after a word that announces one ("tăng thêm 2000 lên …"), not a model number', () => {
    expect(claim(body, '12.000 người').period).toBeNull();
    expect(claim(body, '2000 hộ dân').period).toBeNull();
    expect(claim(body, '8.000 người').period).toBeNull();
    expect(claim(body, '15 triệu đồng').period).toBeNull();
  });
});

describe('a figure said of now takes no period carried from the sentence before', () => {
  it('"Con số này …, quỹ hiện có quy mô 40 tỷ USD": null; the same sentence without "hiện" carries the month', () => {
    const before = 'Trong tháng 9/2013, nền kinh tế tạo ra 148.000 việc làm. ';
    expect(claim(`${before}Con số này khiến giới đầu tư tin rằng quỹ hiện có quy mô 40 tỷ USD sẽ được giữ nguyên.`, '40 tỷ USD').period).toBeNull();
    expect(claim(`${before}Con số này khiến giới đầu tư tin rằng quỹ có quy mô 40 tỷ USD sẽ được giữ nguyên.`, '40 tỷ USD').period).toBe('tháng 9/2013');
  });
});

describe('a distinctive figure restated later, with no period of its own, is of its first mention\'s period', () => {
  it('"trong quý I/2021, … 9,1 triệu người …" … "540.000 người trong tổng số 9,1 triệu người"', () => {
    const body =
      'Theo Tổng cục Thống kê, trong quý I/2021, cả nước còn 9,1 triệu người bị ảnh hưởng bởi dịch bệnh.\n' +
      'Các chuyên gia cho rằng thị trường lao động cần thêm thời gian để phục hồi.\n' +
      'Có 540.000 người trong tổng số 9,1 triệu người nói trên bị mất việc.';
    expect(claim(body, '9,1 triệu người', null).period).toBe('quý I/2021');
    expect(claims(body, null).filter((c) => c.quote === '9,1 triệu người').map((c) => c.period)).toEqual(['quý I/2021', 'quý I/2021']);
  });
  it('not a figure of one significant digit, nor one given with two periods', () => {
    const round = 'Trong năm 2012, tỉnh có 2 triệu khách du lịch. Nhiều khu du lịch mới mở cửa. Mục tiêu là đón 2 triệu khách du lịch quốc tế.';
    expect(claims(round).filter((c) => c.quote === '2 triệu khách du').map((c) => c.period)).toEqual(['năm 2012', null]);
    const two = 'Năm 2011, xã có 1.250 hộ nghèo. Năm 2012, xã vẫn có 1.250 hộ nghèo. Chính quyền cho biết 1.250 hộ nghèo đều được hỗ trợ.';
    expect(claims(two).filter((c) => c.quote === '1.250 hộ').map((c) => c.period)).toEqual(['năm 2011', 'năm 2012', null]);
  });
});

describe('the window of years and the event day, the window and the levels of a move', () => {
  it('"Tối 8/8, … trong 10 năm qua, gia đình ông đã trồng 3.000 cây xanh": the window, not the evening\'s day', () => {
    expect(claim('Tối 8/8, ông Nam kể rằng trong 10 năm qua, gia đình ông đã trồng 3.000 cây xanh.', '3.000 cây', '9/8/2024 08:00').period).toBe('2015–2024');
  });
  it('"Trong 10 năm qua, dân số tăng từ 7 triệu người lên 9 triệu người": the levels are points in time, no window', () => {
    const body = 'Trong 10 năm qua, dân số thành phố tăng từ 7 triệu người lên 9 triệu người.';
    expect(claim(body, '7 triệu người').period).toBeNull();
    expect(claim(body, '9 triệu người').period).toBeNull();
  });
});

describe('"hiện" before a figure: only the word of now', () => {
  const before = 'Trong tháng 9/2013, nền kinh tế tạo ra 148.000 việc làm. ';
  it('"Trong đó, … hiện có 300 ca": a part of the sentence before keeps its month (engine 30)', () => {
    const body = 'Trong tháng 9/2013, thành phố ghi nhận 1.200 ca sốt xuất huyết. Trong đó, quận Hoàng Mai hiện có 300 ca.';
    expect(claim(body, '300 ca').period).toBe('tháng 9/2013');
  });
  it('"hiện đại", "hiện tượng" are no "now": the carried month stays', () => {
    expect(claim(`${before}Con số này cho thấy nhà máy hiện đại nhất nước đã tuyển 3.500 công nhân.`, '3.500 công nhân').period).toBe('tháng 9/2013');
  });
});

// Review of session 71: what the window and the restated figure must leave alone.
describe('the window of the last N years and the restated figure leave other figures alone (review)', () => {
  const date = '23/10/2013 08:00';
  it('gives no window to a figure said of now, nor to an age', () => {
    expect(claim('Hiện nay, tỉnh có 1.200 doanh nghiệp, trong 5 năm qua đã thu hút 300 dự án.', '1.200 doanh nghiệp', date).period).toBeNull();
    expect(claim('Hiện nay, tỉnh có 1.200 doanh nghiệp, trong 5 năm qua đã thu hút 300 dự án.', '300 dự án', date).period).toBe('2009–2013');
  });
  it('gives a planned amount equal to an earlier one no period of the earlier', () => {
    const body = 'Doanh thu năm 2012 của công ty đạt 15 tỷ đồng. Ban lãnh đạo cho biết công ty dự kiến đầu tư 15 tỷ đồng vào nhà máy mới.';
    const quotes = claims(body, date).filter((c) => c.quote === '15 tỷ đồng');
    expect(quotes.map((c) => c.period)).toEqual(['năm 2012', null]);
  });
});
