// Engine 42 (session 42, issue 11: period), from the period errors of tuned/ and half A of dev2–dev9 (half B
// measured only), with our own sentences: each rule with the cases it must decide and the near-misses it must
// not fire on.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

/** The claims of a text under `title`, dated `date`, each with its quote. */
function claims(body: string, date = '20/4/2022 07:30', title = 'Tin') {
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

// A report of the Standing Committee's decisions, one section per province, each closing on its day in force.
const SECTIONS = [
  'Quảng Nam sắp xếp xã tại huyện Duy Xuyên',
  'Chiều 19/4, Ủy ban Thường vụ Quốc hội cho ý kiến về việc sắp xếp đơn vị hành chính cấp xã của tỉnh Quảng Nam.',
  'Sau khi sắp xếp, tỉnh Quảng Nam có 233 đơn vị hành chính cấp xã, gồm 201 xã, 21 phường và 11 thị trấn. Trong đó, huyện Duy Xuyên có 12 đơn vị hành chính cấp xã.',
  'Kết quả sau khi sáp nhập, huyện Duy Xuyên giảm từ 14 đơn vị hành chính cấp xã xuống còn 12 đơn vị hành chính cấp xã.',
  'Ủy ban Pháp luật tán thành phương án của Chính phủ.',
  'Nghị quyết về việc sắp xếp này có hiệu lực từ ngày 1/6/2022.',
  'Mở rộng thị xã Điện Bàn',
  'Thị xã Điện Bàn sẽ có 215 km2 diện tích tự nhiên và 231.000 người.',
  'Hiện thị xã có 20 đơn vị hành chính cấp xã.',
].join('\n');

describe('a section closing on the day its decision takes effect: the state after the decision holds from that day', () => {
  it('"Sau khi sắp xếp, …" and its "Trong đó, …" sentence, paragraphs before the day', () => {
    expect(claim(SECTIONS, '233 đơn vị').period).toBe('2022-06-01');
    expect(claim(SECTIONS, '21 phường').period).toBe('2022-06-01');
    expect(claim(SECTIONS, '12 đơn vị').period).toBe('2022-06-01');
  });
  it('"Kết quả sau khi sáp nhập, … xuống còn 12 …": the level it lands on, not the one it starts from', () => {
    expect(claim(SECTIONS, '12 đơn vị', 2).period).toBe('2022-06-01');
    expect(claim(SECTIONS, '14 đơn vị').period).toBeNull();
  });
  it('past a heading the day is another section\'s: "sẽ có" after it, and a count of now, take none', () => {
    expect(claim(SECTIONS, '215 km2').period).toBeNull();
    expect(claim(SECTIONS, '20 đơn vị').period).toBeNull();
  });
  it('with the day in force closing its own section, "sẽ có" takes it', () => {
    const body = `${SECTIONS}\nNghị quyết mở rộng thị xã Điện Bàn có hiệu lực từ ngày 1/6/2022.`;
    expect(claim(body, '215 km2').period).toBe('2022-06-01');
    expect(claim(body, '231.000 người').period).toBe('2022-06-01');
    // "Hiện thị xã có …": a count of now, not the decision's new state.
    expect(claim(body, '20 đơn vị').period).toBeNull();
  });
  it.each([
    // A heading between the state and the day.
    ['Sau khi thành lập, thành phố Bắc Giang có 30 đơn vị hành chính cấp xã.\nNgành giáo dục Bắc Giang\nNghị quyết về trường học có hiệu lực từ ngày 1/9/2022.', '30 đơn vị'],
    // The past opening the sentence.
    ['Trước khi sáp nhập, huyện Lục Ngạn có 30 xã.\nNghị quyết có hiệu lực từ ngày 1/9/2022.', '30 xã'],
    // No state after a decision: a change over years.
    ['Trong 10 năm qua, dân số thành phố tăng từ 1 triệu người lên 1,2 triệu người.\nNghị quyết có hiệu lực từ ngày 1/9/2022.', '1,2 triệu người'],
    // A reported plan.
    ['Giám đốc Sở cho biết tỉnh sẽ có thêm 40 trường học.\nQuyết định có hiệu lực từ ngày 1/9/2022.', '40 trường học'],
  ])('"%s": "%s" gets no day in force', (body, quote) => {
    expect(claim(body, quote).period).toBeNull();
  });
  it('more than ten paragraphs away, the day is too far', () => {
    const filler = Array.from({ length: 11 }, (_, i) => `Đại biểu thứ ${i + 1} phát biểu ý kiến.`).join('\n');
    const body = `Sau khi sắp xếp, tỉnh Hà Giang có 193 đơn vị hành chính cấp xã.\n${filler}\nNghị quyết có hiệu lực từ ngày 1/9/2022.`;
    expect(claim(body, '193 đơn vị').period).toBeNull();
  });
});

describe('"Trong đó, …" takes the period that frames the first figure of the sentence before, wherever it stands before it', () => {
  it('a period after an opening clause, right before the first figure', () => {
    const body =
      'Theo báo cáo của Sở Lao động, dù thị trường đã hồi phục phần nào, trong quý II/2022, toàn tỉnh vẫn còn 12.000 người thiếu việc làm. Trong đó, lao động nữ chiếm 58%.';
    expect(claim(body, '58%').period).toBe('quý II/2022');
  });
  it.each([
    // The period stands after the sentence's first figure: it frames that figure's clause only.
    ['Công ty có 500 nhân viên, doanh thu năm 2021 đạt 20 tỷ đồng. Trong đó, 300 người là lao động nữ.', '300 người'],
    // A plan in the sentence going on is not of the period before.
    ['Theo đại diện tập đoàn, trong tháng 8/2022, công ty đã huy động 2.000 tỷ đồng trái phiếu. Trong đó, sẽ dành vốn cho 4 dự án điện gió.', '4 dự án'],
    // Too far from the first figure to frame it.
    ['Theo lãnh đạo Sở, trong năm 2021 ngành giáo dục đã nỗ lực rất nhiều để nâng cao chất lượng dạy và học ở các huyện vùng cao, vùng sâu của tỉnh với 120 trường học. Trong đó, 30 trường đạt chuẩn.', '30 trường'],
  ])('"%s": "%s" takes no period from the sentence before', (body, quote) => {
    expect(claim(body, quote).period).toBeNull();
  });
});

describe('"so với trung bình / bình quân …" is the base of a comparison, not the figure\'s period', () => {
  it.each([
    ['Trung bình mỗi tháng có 1.200 doanh nghiệp giải thể, tăng 15% so với trung bình 6 tháng đầu năm 2021.', 'tăng 15%'],
    ['Giá thuê văn phòng hạng A đạt 42 USD/m2, cao hơn 8% so với mức bình quân năm 2021.', '8%'],
    ['Lượng khách quốc tế tăng 20% so với bình quân cả năm 2019.', 'tăng 20%'],
  ])('"%s": "%s" is not of the base\'s period', (body, quote) => {
    const c = claim(body, quote);
    expect(c.period ?? '').not.toMatch(/2021|2019/u);
  });
  it('a period of its own in the sentence still dates it', () => {
    const body = 'Trong quý I/2022, trung bình mỗi tháng có 1.200 doanh nghiệp giải thể, tăng 15% so với trung bình năm 2021.';
    expect(claim(body, 'tăng 15%').period).toBe('quý I/2022');
  });
});

// A report of the day's session (its words "phiên", "hôm nay" throughout): an undated figure is the day's, unless
// its sentence says it is of another time.
const SESSION =
  'Phiên hôm nay, chỉ số VN-Index tăng 12 điểm. Trong phiên, khối ngoại mua ròng 300 tỷ đồng. Thanh khoản phiên sáng đạt 9.000 tỷ đồng. ';

describe('a report of the day: a figure its sentence puts at another time is not the day\'s', () => {
  it('the session\'s own figures keep the day', () => {
    expect(claim(SESSION, '300 tỷ đồng', 1, '14/3/2022 15:10').period).toBe('2022-03-14');
  });
  it.each([
    [`${SESSION}Tuần trước, Ngân hàng Nhà nước tổ chức hai phiên đấu thầu vàng.`, 'hai phiên đấu thầu'],
    [`${SESSION}Trước đây, quỹ này mua ròng 40 tấn vàng.`, '40 tấn'],
    [`${SESSION}Theo các chuyên gia, VN-Index sẽ vượt mốc 1.600 điểm.`, 'vượt mốc 1.600 điểm'],
    [`${SESSION}Cổ phiếu HPG từng đạt 20 triệu cổ phiếu mỗi phiên.`, '20 triệu cổ phiếu'],
  ])('"…%s": "%s" takes no day', (body, quote) => {
    expect(claim(body, quote, 1, '14/3/2022 15:10').period).toBeNull();
  });
});

describe('a results paragraph: the sentence after one opened by a period, compared with the same period before, is of that period', () => {
  it('"Quý 2/2022, … . Lợi nhuận gộp đạt …, tăng …% so với quý 2/2021."', () => {
    const body = 'Quý 2/2022, Vinamilk đạt 15.000 tỷ đồng doanh thu thuần, tăng 2% so với cùng kỳ. Lợi nhuận gộp đạt 5.700 tỷ đồng, giảm 6% so với quý 2/2021.';
    expect(claim(body, '5.700 tỷ đồng', 1, '20/7/2022 08:00').period).toBe('quý 2/2022');
    expect(claim(body, 'giảm 6%', 1, '20/7/2022 08:00').period).toBe('quý 2/2022');
  });
  it.each([
    // No comparison with a period before: a standing fact.
    ['Quý 2/2022, Vinamilk đạt 15.000 tỷ đồng doanh thu thuần. Công ty có 9.000 nhân viên.', '9.000 nhân viên'],
    // Another paragraph.
    ['Quý 2/2022, Vinamilk đạt 15.000 tỷ đồng doanh thu thuần.\nLợi nhuận gộp đạt 5.700 tỷ đồng, giảm 6% so với cùng kỳ.', '5.700 tỷ đồng'],
    // A plan.
    ['Quý 2/2022, Vinamilk đạt 15.000 tỷ đồng doanh thu thuần. Công ty dự kiến lãi 2.000 tỷ đồng, tăng 5% so với cùng kỳ.', '2.000 tỷ đồng'],
    // The rule's bound: the period of the sentence before stands late in it (not read as opening the paragraph).
    ['Vinamilk công bố doanh thu thuần 15.000 tỷ đồng trong quý 2/2022. Lợi nhuận gộp đạt 5.700 tỷ đồng, giảm 6% so với cùng kỳ.', '5.700 tỷ đồng'],
  ])('"%s": "%s" takes no period from the sentence before', (body, quote) => {
    expect(claim(body, quote, 1, '20/7/2022 08:00').period).toBeNull();
  });
});

// Round 2: the reviewer's worse cases (new passages of the review of engine 42), each mended by narrowing a rule.
describe('review round 2: narrower rules', () => {
  /** The claim quoted `quote` in a full text with its own title and date line. */
  function inText(text: string, quote: string, n = 1) {
    const all = extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
    const c = all.filter((x) => x.quote === quote)[n - 1];
    if (c === undefined) throw new Error(`no claim "${quote}" #${n}: ${JSON.stringify(all.map((x) => x.quote))}`);
    return c;
  }
  it('a plan ("dự kiến sẽ có … sau khi …") does not take the day in force; the state after the decision does', () => {
    const text = 'Tỉnh Đông Hải còn 64 xã phường\n20/6/2025 10:10\n\nSau khi sắp xếp, tỉnh Đông Hải có 64 đơn vị hành chính cấp xã, gồm 51 xã và 13 phường. Trong đó có 28 xã giữ nguyên không sắp xếp.\n\nTỉnh cũng dự kiến sẽ có 2 đặc khu sau khi Quốc hội thông qua đề án khác.\n\nNghị quyết có hiệu lực từ ngày 1/7/2025.';
    expect(inText(text, '64 đơn vị').period).toBe('2025-07-01');
    expect(inText(text, '2 đặc khu').period).toBeNull();
  });
  it('a length of time ("sẽ có 3 năm để …") does not take the day in force', () => {
    const text = 'Tỉnh Quảng Lâm sau sắp xếp\n28/6/2025 13:00\n\nSau khi sắp xếp, tỉnh Quảng Lâm có 93 xã, phường, trong đó 78 xã và 15 phường. Số cán bộ cấp xã sẽ giảm khoảng 1.200 người.\n\nTỉnh sẽ có 3 năm để giải quyết số cán bộ dôi dư.\n\nNghị quyết có hiệu lực từ ngày 16/6/2025; các đơn vị mới hoạt động từ ngày 1/7/2025.';
    expect(inText(text, '3 năm').period).toBeNull();
  });
  it('"từng … trong đầu phiên sáng" is still the day\'s', () => {
    const text = 'Chứng khoán chiều 12/3\n12/3/2024 15:15\n\nChốt phiên chiều nay, VN-Index giảm 12 điểm xuống 1.240 điểm. Chỉ số từng đạt 1.258 điểm trong đầu phiên sáng.\n\nGiá trị giao dịch trên HoSE đạt 24.500 tỷ đồng.';
    expect(inText(text, '1.258 điểm').period).toBe('2024-03-12');
  });
  it('"mỗi phiên" of the base after it does not take the day from the figure before', () => {
    const text = 'Chứng khoán phiên 18/11\n18/11/2024 15:10\n\nVN-Index phiên hôm nay giảm 3 điểm xuống 1.218 điểm. Thanh khoản đạt 13.000 tỷ đồng, thấp hơn mức 15.000 tỷ đồng mỗi phiên của tuần trước.\n\nTuần qua, VN-Index mất 30 điểm.';
    expect(inText(text, '13.000 tỷ đồng').period).toBe('2024-11-18');
    expect(inText(text, '15.000 tỷ đồng').period).toBeNull();
    expect(inText(text, '30 điểm').period).toBeNull();
  });
  it('a base "so với trung bình quý II" keeps its own period', () => {
    const text = 'Giá thuê văn phòng\n14/10/2024 08:00\n\nTrong quý III/2024, giá thuê văn phòng hạng A tại Hà Nội đạt 30 USD/m2/tháng, so với trung bình quý II là 28 USD/m2/tháng.';
    // (The quotes hold the second per-unit, "/tháng", since engine 77.)
    expect(inText(text, '28 USD/m2/tháng').period).toBe('quý II/2024');
    expect(inText(text, '30 USD/m2/tháng').period).toBe('quý III/2024');
  });
  it('"Trong đó, …" after a sentence framed by two periods ("trong quý IV/2023 và cả năm 2023") does not take the first', () => {
    const text = 'Chi y tế\n10/1/2024 08:00\n\nTheo báo cáo của UBND tỉnh, trong quý IV/2023 và cả năm 2023, tỉnh chi 1.200 tỷ đồng cho y tế. Trong đó, 300 tỷ đồng mua thiết bị.';
    expect(inText(text, '300 tỷ đồng').period).not.toBe('quý IV/2023');
  });
});
