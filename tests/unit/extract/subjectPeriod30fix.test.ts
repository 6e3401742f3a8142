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
    const body =
      'Xạ thủ Hoàng Xuân Vinh đạt 201,3 điểm. Đoàn thể thao Việt Nam đứng thứ 21 với 1 HCV. Chủ nhà Hàn Quốc dẫn đầu bảng tổng sắp với 79 HCV, Trung Quốc xếp thứ hai với 151 HCV.';
    expect(subject('Hoàng Xuân Vinh giành HCV Asiad', body, 'thứ 21')).toBe('Việt Nam');
    expect(subject('Hoàng Xuân Vinh giành HCV Asiad', body, '151 HCV')).toBe('Trung Quốc');
  });
});

describe('one company, one name: only the company\'s own name takes its ticker', () => {
  it('a place inside the company\'s name is not renamed', () => {
    const body = 'Ngân hàng TMCP Ngoại thương Việt Nam (VCB) công bố kết quả kinh doanh. Việt Nam hiện có 40 ngân hàng thương mại cổ phần.';
    expect(subject('VCB: lãi 9 tháng đạt 4.500 tỷ đồng', body, '40 ngân hàng')).toBe('Việt Nam');
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

describe('a day named before the figure yields to the title\'s period, a ranking and a day of issue', () => {
  it('the quarter of the title, not the day the results were announced', () => {
    const body = 'Chiều 20/10, Tập đoàn Hòa Phát công bố báo cáo tài chính với lợi nhuận sau thuế 800 tỷ đồng, doanh thu 6.500 tỷ đồng.';
    expect(period('Hòa Phát lãi quý 3 đạt 800 tỷ đồng', body, '6.500 tỷ đồng')).toBe('quý III/2013');
  });
  it('the year of the ranking\'s edition, not the day it was told', () => {
    const body = 'Báo cáo Doing Business 2014 được Ngân hàng Thế giới công bố. Sáng 22/10, Việt Nam được xếp thứ 99.';
    expect(period('Tin', body, 'thứ 99')).toBe('năm 2014');
  });
  it('a rank and its steps are not the day\'s', () => {
    const body = 'Bảng xếp hạng năng lực cạnh tranh toàn cầu 2013-2014 vừa được công bố. Ngày 4/9, WEF cho biết Việt Nam đứng thứ 70, tăng 5 bậc.';
    expect(period('Tin', body, '5 bậc')).not.toBe('2013-09-04');
  });
  it('the day a circular was issued is not the period of its rate', () => {
    expect(period('Tin', 'Theo Thông tư 120 ban hành ngày 20/8, mức phí trước bạ ô tô là 10%.', '10%')).toBeNull();
  });
  it('the day results were published (variant)', () => {
    expect(period('Tin', 'Theo báo cáo công bố chiều 21/10, tỷ lệ nợ xấu của ngân hàng là 3,5%.', '3,5%')).toBeNull();
  });
});

describe('"(đối / riêng / còn) với X," introduces the subject; "trong X" is a field only after a rank', () => {
  it('"còn đối với X," heads the clause', () => {
    expect(subject('Tin', 'Hà Nội có tỷ lệ hộ nghèo 2%, còn đối với TP.HCM, tỷ lệ này là 0,5%.', '0,5%')).toBe('TP.HCM');
  });
  it('"riêng với X" heads the clause', () => {
    expect(subject('Tin', 'Tỷ lệ hộ nghèo của Hà Nội là 2%, riêng với TP.HCM con số này chỉ 0,5%.', '0,5%')).toBe('TP.HCM');
  });
  it('"với X," after a clause boundary heads the clause', () => {
    expect(subject('Tin', 'Hiện Nhật Bản là đối tác lớn nhất, trong khi đó, với Hàn Quốc, vốn đầu tư đạt 2 tỷ USD.', '2 tỷ USD')).toBe('Hàn Quốc');
  });
  it('"đối với X," heads the clause (variant)', () => {
    expect(subject('Tin', 'Đà Nẵng thu hút 300 dự án, đối với Quảng Nam, số dự án mới là 120 dự án.', '120 dự án')).toBe('Quảng Nam');
  });
  it('"trong" a zone is where the figure is', () => {
    expect(subject('Tin', 'Theo UBND tỉnh Bắc Ninh, số lao động trong Khu công nghiệp Yên Phong đã lên tới 60.000 người.', '60.000 người')).toBe('Khu công nghiệp Yên Phong');
  });
  it('"trong" an industrial park is where the figure is (variant)', () => {
    expect(subject('Tin', 'Theo UBND TP.HCM, số doanh nghiệp trong Khu công nghiệp Tân Tạo đã đạt 450 doanh nghiệp.', '450 doanh nghiệp')).toBe('Khu công nghiệp Tân Tạo');
  });
  it('a figure right after the compared name is the name\'s own', () => {
    const body = 'Mức tiêu thụ sữa bình quân đầu người ở Việt Nam chỉ đạt 15 lít/năm, thấp hơn nhiều so với Thái Lan 35 lít/năm.';
    expect(subject('Tin', body, '35 lít')).toBe('Thái Lan');
  });
  it('a rank before "trong" still makes it a field', () => {
    expect(subject('Tin', 'Việt Nam đạt mức tăng trưởng cao nhất trong ASEAN với 5,4%.', '5,4%')).toBe('Việt Nam');
  });
});

describe('a place in brackets after a person is no subject only as a constituency or an address', () => {
  it('an official\'s department keeps its province', () => {
    const body = 'Theo ông Trần Văn Nam (Phó giám đốc Sở NN&PTNT Đồng Tháp), sản lượng lúa năm nay đạt 3 triệu tấn.';
    expect(subject('Tin', body, '3 triệu tấn')).toBe('Đồng Tháp');
  });
  it('a chairman of a province (variant)', () => {
    const body = 'Theo ông Lê Văn Hòa (Chủ tịch UBND tỉnh An Giang), sản lượng lúa năm nay đạt 4 triệu tấn.';
    expect(subject('Tin', body, '4 triệu tấn')).toBe('An Giang');
  });
  it('a home address is still no subject', () => {
    const body = 'Chị Nguyễn Thị Lan (SN 1980, ở quận Hoàn Kiếm, Hà Nội) cho biết đã vay 50 triệu đồng.';
    expect(subject('Tin', body, '50 triệu đồng')).not.toBe('Hà Nội');
  });
});

describe('a continuation carries no dated period into a figure as of now, and "Như vậy" sums up', () => {
  it('"Như vậy, tính đến nay" is the total to date', () => {
    const body = 'Tháng 9, Hà Nội ghi nhận 1.200 ca mắc sốt xuất huyết. Như vậy, tính đến nay, toàn thành phố đã có 15.000 ca mắc.';
    expect(period('Tin', body, '15.000 ca mắc')).toBeNull();
  });
  it('"Ngoài ra, … hiện có" is a stock as of now', () => {
    const body = 'Năm 2012, tổng vốn FDI đạt 13 tỷ USD. Ngoài ra, Việt Nam hiện có 15.000 dự án FDI còn hiệu lực.';
    expect(period('Tin', body, '15.000 dự án')).toBeNull();
  });
  it('"Như vậy, sau 5 năm" is a change over years', () => {
    const body = 'Năm 2012, Đà Nẵng đón 3 triệu lượt khách. Như vậy, sau 5 năm, lượng khách đã tăng 100%.';
    expect(period('Tin', body, 'tăng 100%')).not.toBe('năm 2012');
  });
  it('"Bên cạnh đó, … đến nay" (variant)', () => {
    const body = 'Quý III/2013, tỉnh Long An thu hút 12 dự án mới. Bên cạnh đó, đến nay tỉnh đã cấp phép cho 700 dự án.';
    expect(period('Tin', body, '700 dự án')).toBeNull();
  });
});

describe('a frequency is not a day', () => {
  it('"Mỗi ngày 2-3 lần"', () => {
    expect(period('Tin', 'Mỗi ngày 2-3 lần, bệnh nhân phải uống 500 mg thuốc.', '500 mg')).toBeNull();
  });
  it('"uống ngày 2-3 lần, mỗi lần …"', () => {
    expect(period('Tin', 'Bác sĩ khuyên nên uống ngày 2-3 lần, mỗi lần 200 ml nước.', '200 ml')).toBeNull();
  });
  it('"ngày 1-2 viên" (variant)', () => {
    expect(period('Tin', 'Người bệnh dùng ngày 1-2 viên, mỗi viên chứa 250 mg hoạt chất.', '250 mg')).toBeNull();
  });
});

// Second review, bug 6: the continuation openings added for engine 27 ("Ngoài ra", "Bên cạnh đó", "Đồng
// thời", "Tính riêng") and their as-of-now gate are reverted; engine 26's answers stand.
describe('second review 6: "Trong đó"/"Riêng" carry their period as in engine 26; the added openings carry none', () => {
  it('"Trong đó, … dự án hiện đại" keeps the period ("hiện đại" is not "hiện")', () => {
    const body = 'Quý III/2013, tỉnh Long An thu hút 12 dự án mới. Trong đó, Nhật Bản có 7 dự án hiện đại với tổng vốn 200 triệu USD.';
    expect(period('Tin', body, '200 triệu USD')).toBe('quý III/2013');
  });
  it('"Trong đó, … hiện tượng bùng phát với 300 ca"', () => {
    const body = 'Tháng 9, Hà Nội ghi nhận 1.200 ca mắc sốt xuất huyết. Trong đó, quận Hoàng Mai có hiện tượng bùng phát với 300 ca.';
    expect(period('Tin', body, '300 ca')).toBe('tháng 9/2013');
  });
  it('"Riêng tại hiện trường …"', () => {
    const body = 'Tháng 9, Công an Hà Nội triệt phá 12 đường dây ma túy. Riêng tại hiện trường vụ án ở Hoàng Mai, công an thu giữ 20 kg ma túy.';
    expect(period('Tin', body, '20 kg')).toBe('tháng 9/2013');
  });
  it('"Trong đó, hiện quận Hoàng Mai có 300 ca"', () => {
    const body = 'Tháng 9, Hà Nội ghi nhận 1.200 ca mắc sốt xuất huyết. Trong đó, hiện quận Hoàng Mai có 300 ca.';
    expect(period('Tin', body, '300 ca')).toBe('tháng 9/2013');
  });
  it.each([
    ['Tháng 9, Hà Nội ghi nhận 1.200 ca mắc sốt xuất huyết. Ngoài ra, tính đến thời điểm này, toàn thành phố đã có 15.000 ca mắc.', '15.000 ca mắc'],
    ['Tháng 9, Hà Nội ghi nhận 1.200 ca mắc sốt xuất huyết. Đồng thời, tổng số ca mắc cộng dồn của thành phố là 15.000 ca.', '15.000 ca'],
    ['Năm 2012, tổng vốn FDI đạt 13 tỷ USD. Ngoài ra, cả nước đang có 15.000 dự án FDI còn hiệu lực.', '15.000 dự án'],
    ['Năm 2012, Đà Nẵng đón 3 triệu lượt khách. Đồng thời, sau 5 năm, lượng khách đã tăng gấp đôi.', 'gấp đôi'],
  ])('"%s" carries no period', (body, quote) => {
    expect(period('Tin', body, quote)).toBeNull();
  });
});

// Second review, bugs 1 and 2: the reader of a day named without its year (dayNamed) still dated figures
// by the day they were announced or issued, and read frequencies ("ngày 2-3 chén") as days. Its gains did
// not reach the held-out set, so it is reverted; engine 26's answers (null) stand.
describe('second review 1: a day of announcement or of issue does not date the figure', () => {
  it.each([
    ['Hòa Phát báo lãi lớn', 'Chiều 20/10, Tập đoàn Hòa Phát công bố báo cáo tài chính với lợi nhuận sau thuế 800 tỷ đồng, doanh thu 6.500 tỷ đồng.', '800 tỷ đồng'],
    ['Hòa Phát báo lãi lớn', 'Chiều 20/10, Tập đoàn Hòa Phát công bố báo cáo tài chính với lợi nhuận sau thuế 800 tỷ đồng, doanh thu 6.500 tỷ đồng.', '6.500 tỷ đồng'],
    ['Tin', 'Ngày 20/10, Hòa Phát cho biết lợi nhuận sau thuế đạt 800 tỷ đồng.', '800 tỷ đồng'],
    ['Tin', 'Theo Nghị định 67 ngày 20/8 của Chính phủ, mức phí trước bạ ô tô là 10%.', '10%'],
    ['Tin', 'Theo công văn ngày 20/8 của Bộ Tài chính, mức thuế nhập khẩu ô tô là 70%.', '70%'],
    ['Tin', 'Theo văn bản Bộ Tài chính gửi ngày 20/8, mức thuế nhập khẩu ô tô là 70%.', '70%'],
    ['Tin', 'Theo Quyết định của Bộ Tài chính ra ngày 20/8, mức phí trước bạ ô tô là 10%.', '10%'],
    ['Tin', 'Theo báo cáo ngày 20/10, Vinamilk đạt doanh thu 8.000 tỷ đồng.', '8.000 tỷ đồng'],
  ])('%s / %s → %s has no day', (title, body, quote) => {
    expect(period(title, body, quote)).toBeNull();
  });

  // Since engine 51 the title's "9 tháng đạt" names the months the story reports, the period of a figure the body
  // leaves undated — still no day of the announcement.
  it('Hòa Phát lãi 9 tháng đạt 2.000 tỷ đồng / Chiều 20/10, … 800 tỷ đồng → the title\'s months, not the day', () => {
    expect(period('Hòa Phát lãi 9 tháng đạt 2.000 tỷ đồng', 'Chiều 20/10, Tập đoàn Hòa Phát công bố lợi nhuận sau thuế 800 tỷ đồng.', '800 tỷ đồng')).toBe('9 tháng đầu năm 2013');
  });
});

describe('second review 2: "ngày a-b" followed by a count is a frequency', () => {
  it.each([
    ['Bác sĩ khuyên nên uống ngày 2-3 chén, mỗi chén 200 ml nước.', '200 ml'],
    ['Bác sĩ khuyên nên uống ngày 1-2 lít nước, mỗi lần 200 ml.', '200 ml'],
    ['Trẻ nên ăn ngày 5-6 bát cháo, mỗi bát 150 g.', '150 g'],
    ['Người bệnh nên tập ngày 2-3 buổi, mỗi buổi 30 phút.', '30 phút'],
    ['Người lao động phải làm ngày 2-3 ca, lương chỉ 3 triệu đồng.', '3 triệu đồng'],
  ])('%s → %s has no day', (body, quote) => {
    expect(period('Tin', body, quote)).toBeNull();
  });
});

describe('second review 3: "với X" after a contrast opener, or "với X thì", heads the clause', () => {
  it.each([
    ['Hà Nội có tỷ lệ hộ nghèo 2%, trong khi với TP.HCM tỷ lệ này là 0,5%.', '0,5%', 'TP.HCM'],
    ['Hiện Nhật Bản là đối tác lớn nhất, trong khi đó với Hàn Quốc thì vốn đầu tư đạt 2 tỷ USD.', '2 tỷ USD', 'Hàn Quốc'],
    ['Nhật Bản là đối tác lớn nhất, tuy vậy với Hàn Quốc vốn đầu tư cũng đạt 2 tỷ USD.', '2 tỷ USD', 'Hàn Quốc'],
  ])('%s → %s is about %s', (body, quote, expected) => {
    expect(subject('Tin', body, quote)).toBe(expected);
  });
});

describe('second review 4: a figure after the compared name, in brackets or after "là", is the name\'s', () => {
  it.each([
    'Mức tiêu thụ sữa ở Việt Nam chỉ 15 lít/năm, thấp hơn so với Thái Lan (35 lít/năm).',
    'Mức tiêu thụ sữa ở Việt Nam chỉ 15 lít/năm, thấp hơn so với Thái Lan là 35 lít/năm.',
  ])('%s', (body) => {
    expect(subject('Tin', body, '35 lít')).toBe('Thái Lan');
  });
});

// Second review, bug 5: the company-site rule (a place in the sentence of a company story is the
// company's) still took markets and third parties for sites; its narrowed form gained nothing on the
// held-out set, so it is reverted and engine 26's answers stand.
describe('second review 5: in a company story, a market or a third party keeps its place', () => {
  it.each([
    ['Vinamilk lãi 5.000 tỷ đồng sau 9 tháng', 'Tại các cửa hàng ở Mỹ, giá sữa bột là 20 USD/hộp.', '20 USD', 'Mỹ'],
    ['Vinamilk lãi 5.000 tỷ đồng sau 9 tháng', 'Giá sữa bột tại các cửa hàng ở Mỹ là 20 USD/hộp, trong khi tại Việt Nam là 500.000 đồng/hộp.', '20 USD', 'Mỹ'],
    ['Vinamilk lãi 5.000 tỷ đồng sau 9 tháng', 'Năm 2013, lượng khách du lịch đến từ Trung Quốc tăng 20%.', 'tăng 20%', 'Trung Quốc'],
    ['Samsung Galaxy Note 4 ra mắt', 'Giá bán tại các cửa hàng ở Mỹ là 299 USD, trong khi tại Việt Nam là 18 triệu đồng.', '299 USD', 'Mỹ'],
    ['CTG: lợi nhuận 9 tháng đạt 5.000 tỷ đồng', 'Dự án xây dựng tại Hà Nội của nhiều doanh nghiệp đang gặp khó, tổng nợ xấu 20.000 tỷ đồng.', '20.000 tỷ đồng', 'Hà Nội'],
  ])('%s / %s → %s is about %s', (title, body, quote, expected) => {
    expect(subject(title, body, quote)).toBe(expected);
  });
});

describe('second review 7(b): "ở" inside an official\'s title in brackets is no address', () => {
  it('"(Giám đốc Sở Công Thương ở Đồng Nai)" keeps Đồng Nai', () => {
    const body = 'Theo ông Trần Văn Nam (Giám đốc Sở Công Thương ở Đồng Nai), kim ngạch xuất khẩu đạt 12 tỷ USD.';
    expect(subject('Tin', body, '12 tỷ USD')).toBe('Đồng Nai');
  });
});
