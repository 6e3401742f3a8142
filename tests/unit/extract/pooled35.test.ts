// Engine 34 (session 35), from the subject and period errors of all development sets pooled (tuned, dev2 …
// dev8; causes counted per set, only those in two sets or more fixed), with our own sentences: each rule
// with the cases it must decide and the near-misses it must not fire on.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

/** The claims of a text under `title`, dated `date` (18/10/2013 by default), each with its quote. */
function claims(body: string, date = '18/10/2013 06:49', title = 'Tin') {
  const text = `${title}\n${date}\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
/** The n-th claim (1-based) whose quote is `quote`. */
function claim(body: string, quote: string, n = 1, date?: string) {
  const all = claims(body, date);
  const c = all.filter((x) => x.quote === quote)[n - 1];
  if (c === undefined) throw new Error(`no claim "${quote}" #${n}: ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

const DECREE =
  'Bộ Tài chính quyết định giảm mức trích lập quỹ 150 đồng/lít (từ 450 đồng/lít xuống còn 300 đồng/lít). ' +
  'Cho phép doanh nghiệp sử dụng quỹ 250 đồng/kg. ' +
  'Thời điểm thực hiện: áp dụng từ 15 giờ 00 phút ngày 5 tháng 11 năm 2013.';

describe('a decision in force from a day: its new state holds from that day', () => {
  it('the level a shift lands on, the amount spelled out after it, and what the decision allows', () => {
    expect(claim(DECREE, '300 đồng/lít').period).toBe('2013-11-05');
    expect(claim(DECREE, '150 đồng/lít').period).toBe('2013-11-05');
    expect(claim(DECREE, '250 đồng/kg').period).toBe('2013-11-05');
  });
  it('the level the shift starts from is the old one: no period', () => {
    expect(claim(DECREE, '450 đồng/lít').period).toBeNull();
  });
  it('"Sau khi thành lập, …" and its "Trong đó, …" sentence; "… sẽ có …": the state after the decision', () => {
    const body =
      'Nghị quyết có hiệu lực từ ngày 1/3/2022. Sau khi thành lập, tỉnh Hòa Bình có 151 đơn vị hành chính cấp xã, gồm 129 xã. ' +
      'Trong đó, huyện Lạc Sơn có 24 xã. Thị xã Mường Lát sẽ có 120,5 km2 diện tích tự nhiên và 41.250 người. ' +
      'Trước khi sắp xếp, huyện có 31 xã.';
    for (const q of ['151 đơn vị', '129 xã', '24 xã', '120,5 km2', '41.250 người']) expect(claim(body, q, 1, '2/2/2022 08:00').period, q).toBe('2022-03-01');
    expect(claim(body, '31 xã', 1, '2/2/2022 08:00').period).toBeNull();
  });
  it('"giảm từ 145 xuống còn 141 đơn vị (giảm 3 xã và 1 thị trấn)": the landing level and its bracket', () => {
    const body = 'Nghị quyết có hiệu lực thi hành kể từ ngày 1/7/2021. Huyện giảm số đơn vị cấp xã từ 45 đơn vị xuống còn 41 đơn vị (giảm 3 xã và 1 thị trấn).';
    for (const q of ['41 đơn vị', 'giảm 3 xã', '1 thị trấn']) expect(claim(body, q, 1, '2/6/2021 08:00').period, q).toBe('2021-07-01');
    expect(claim(body, '45 đơn vị', 1, '2/6/2021 08:00').period).toBeNull();
  });
  it('no day in force, or two different ones: nothing changes', () => {
    const none = 'Bộ Tài chính quyết định giảm mức trích lập quỹ 150 đồng/lít (từ 450 đồng/lít xuống còn 300 đồng/lít).';
    expect(claim(none, '300 đồng/lít').period).toBeNull();
    const two = `${DECREE} Quyết định về giá điện có hiệu lực từ ngày 1/12/2013.`;
    expect(claim(two, '300 đồng/lít').period).toBeNull();
  });
  it('"thực hiện từ …" is the start of a work, not a day in force', () => {
    const body = 'Dự án thực hiện từ ngày 1/3/2012. Sau khi thành lập, công ty có 300 công nhân.';
    expect(claim(body, '300 công nhân').period).toBeNull();
  });
  it('a figure with its own period keeps it', () => {
    const body = `${DECREE} Năm 2012, quỹ giảm từ 500 đồng/lít xuống còn 400 đồng/lít.`;
    expect(claim(body, '400 đồng/lít').period).toBe('năm 2012');
  });
});

describe('a change said to happen on a day: the level it lands on holds from that day', () => {
  it('"Từ ngày 1/9, thuế … giảm từ 13% xuống 10%": 10% from 1/9, 13% none', () => {
    const body = 'Tập đoàn đã xuất khẩu 8,4 triệu tấn than. Từ ngày 1/9, thuế xuất khẩu than giảm từ 15% xuống 12%.';
    expect(claim(body, '12%').period).toBe('2013-09-01');
    expect(claim(body, '15%').period).toBeNull();
  });
  it('"Sau khi điều chỉnh ngày 7/10, giá … có mức giá mới là …": every figure of the sentence', () => {
    const body = 'Sau khi điều chỉnh ngày 7/10, giá xăng RON92 có mức giá mới là 23.650 đồng/lít, xăng RON95 là 24.150 đồng/lít.';
    expect(claim(body, '23.650 đồng/lít').period).toBe('2013-10-07');
    expect(claim(body, '24.150 đồng/lít').period).toBe('2013-10-07');
  });
  it('"từ ngày 2/11 đến ngày 10/11" is a span, not a change\'s day', () => {
    const body = 'Giải diễn ra từ ngày 2/11 đến ngày 10/11, giá vé giảm từ 200.000 đồng xuống còn 150.000 đồng.';
    expect(claim(body, '150.000 đồng').period).not.toBe('2013-11-02');
  });
  it('a sentence with no change keeps its own reading', () => {
    const body = 'Từ ngày 1/9, tập đoàn đã xuất khẩu 2,1 triệu tấn than.';
    expect(claim(body, '2,1 triệu tấn').period).not.toBe('2013-09-01');
  });
});

describe('a product or model named as the clause subject is what its figure is about', () => {
  it.each([
    ['Theo Bộ Quốc phòng Hàn Quốc, tiêm kích đa nhiệm KF-21 có thể mang 7,7 tấn vũ khí.', '7,7 tấn', 'KF-21'],
    ['Các chuyên gia Nhật Bản cho biết máy bay P-1 tối tân có thể bay liên tục trong 12 giờ.', '12 giờ', 'P-1'],
    ['Tại Hà Nội, Xperia Z1 có độ mỏng chỉ 8,5 mm nhưng trọng lượng là 170 g.', '170 g', 'Xperia Z1'],
    ['Radar AN/APG-83 của Mỹ có thể quét trong phạm vi 370 km.', '370 km', 'AN/APG-83'],
    ['Samsung Galaxy S5 lên kệ tại thị trường Hàn Quốc với giá 800 USD.', '800 USD', 'Samsung Galaxy S5'],
  ])('"%s": "%s" is about %s', (body, quote, subject) => {
    expect(claim(body, quote).subject).toBe(subject);
  });
  it.each([
    // A team, a virus, a document and an edition are no model.
    ['Đội tuyển U-23 Việt Nam có 3 trận thắng tại Thái Lan.', '3 trận thắng', 'U-23'],
    ['Dịch Covid-19 đã khiến 120 người ở Đà Nẵng mắc bệnh.', '120 người', 'Covid-19'],
    ['Theo Nghị định 49, Hà Nội có 30 trường được miễn học phí.', '30 trường', 'Nghị định 49'],
    // The model named after the figure, or in another clause, is not the subject of the figure.
    ['Nhật Bản chi 2 tỷ USD để mua F-35 cho không quân.', '2 tỷ USD', 'F-35'],
    ['Tiêm kích F-35 ra mắt năm 2006; Nhật Bản chi 2 tỷ USD cho dự án.', '2 tỷ USD', 'F-35'],
  ])('"%s": "%s" is not about %s', (body, quote, notSubject) => {
    expect(claim(body, quote).subject).not.toBe(notSubject);
  });
});

describe('"người Việt Nam thứ 2 …": the rank is the person\'s, not the country\'s', () => {
  it('the person named before it in the sentence, or before it in the paragraph', () => {
    expect(claim('Nguyễn Thị Ánh Viên trở thành người Việt Nam thứ 3 giành huy chương bơi.', 'thứ 3').subject).toBe('Nguyễn Thị Ánh Viên');
    const body = 'Như vậy, Trần Văn Nam có thể giành cơ hội du học. Đây là người Việt Nam thứ 5 nhận học bổng này sau ông Lê Văn Hùng.';
    expect(claim(body, 'thứ 5').subject).toBe('Trần Văn Nam');
  });
  it('a headline: the person the next sentences name, not one the rank is counted after', () => {
    const text = 'Lộ diện người Việt Nam thứ 4 chinh phục Everest\n18/10/2013 06:49\n\nSau ông Phan Thanh Nhiên, anh Bùi Văn Hòa đã lên tới đỉnh.';
    const c = extractClaims(text, extractMetadata(text)).find((x) => text.slice(x.start, x.end) === 'thứ 4');
    expect(c?.subject).toBe('Bùi Văn Hòa');
  });
  it.each([
    ['Việt Nam đứng thứ 2 khu vực về xuất khẩu gạo.', 'thứ 2', 'Việt Nam'],
    ['Tỉnh Quảng Ninh xếp thứ 1 về chỉ số PCI.', 'thứ 1', 'Quảng Ninh'],
  ])('"%s": a place\'s own rank stays the place\'s', (body, quote, subject) => {
    expect(claims(body).find((c) => c.quote.startsWith(quote))?.subject).toContain(subject);
  });
});

describe('a story told step by step keeps the day it named', () => {
  const story =
    'Sáng 15/10, anh Minh đến bệnh viện để mổ theo lịch hẹn. Tại đây, bác sĩ dùng ống kim loại 20cc để lấy 5 ống máu. ' +
    'Đến 12h, bác sĩ cùng 2 y tá tiến hành gây mê. Khoảng 40 phút sau, anh Minh co giật. Sau khi ca mổ kết thúc, bác sĩ tiêm 5mg thuốc an thần.';
  it.each(['20cc', '5 ống máu', '2 y tá', 'Khoảng 40 phút', '5mg'])('"%s" is of 15/10', (quote) => {
    expect(claim(story, quote).period).toBe('2013-10-15');
  });
  it('no step opening, another paragraph, a day of its own or a day after the date line: no carry', () => {
    expect(claim('Sáng 15/10, anh Minh đến bệnh viện. Bệnh viện có 300 giường bệnh.', '300 giường').period).toBeNull();
    expect(claim('Sáng 15/10, anh Minh đến bệnh viện.\nTại đây có 300 giường bệnh.', '300 giường').period).toBeNull();
    expect(claim('Sáng 15/10, anh Minh đến bệnh viện. Sau đó, anh dự giải dành cho 8 tay vợt vào ngày 4/11.', '8 tay vợt').period).not.toBe('2013-10-15');
    expect(claim('Giải diễn ra từ 21 đến 27/10 tới. Sau đó, anh dự giải dành cho 8 tay vợt xuất sắc nhất.', '8 tay vợt').period).toBeNull();
  });
});

describe('a flattened results table: a row of rates only fills the slots of the other rows', () => {
  const table =
    'Kết quả kinh doanh 9 tháng 2013 Chỉ tiêu 9T/2013 9T/2012 Q3/2013 Q3/2012 Doanh thu thuần 512.4 498.1 3% 170.2 160.5 6% ' +
    'Lãi gộp 120.6 131.2 -8% 40.3 45.1 -11% Biên lãi gộp 24% 26% -2% 23% 28% Lợi nhuận sau thuế 30.2 35.7 -15% 9.1 12.4 -27%';
  it.each([
    ['24%', '9 tháng năm 2013', 'percent'],
    ['26%', '9 tháng năm 2012', 'percent'],
    ['-2%', '9 tháng năm 2013', 'change'],
    ['23%', 'quý 3/2013', 'percent'],
    ['28%', 'quý 3/2012', 'percent'],
  ])('"%s": %s (%s)', (quote, period, kind) => {
    const c = claims(table).find((x) => x.quote === quote || x.quote === quote.replace('-', ''));
    expect(c?.kind).toBe(kind);
    expect(c?.period).toBe(period);
  });
  it('a row of more rates than slots is left as it was: its second rate is no 9T/2012 figure', () => {
    const longer = `${table} Tỷ trọng 11% 12% 13% 14% 15% 16% 17%`;
    expect(claims(longer).find((x) => x.quote === '12%')?.period).not.toBe('9 tháng năm 2012');
    expect(claims(longer).find((x) => x.quote === '26%')?.period).toBe('9 tháng năm 2012');
  });
});
