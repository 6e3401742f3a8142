import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import { claimAt, claimsOf, quotesOf } from './helpers';

/** Every category of ../shared/CLAIMS.md, with our own Vietnamese examples (issue 11). */
describe('messy real text is still claims (CLAIMS.md)', () => {
  it('"label: value" lines and lists, with the label as metric', () => {
    expect(claimAt('Số ca đang điều trị: 734.', '734')).toMatchObject({ kind: 'count', value: 734, metric: 'số ca đang điều trị' });
    expect(claimAt('- Tổng số người được xét nghiệm: 12.406', '12.406')).toMatchObject({ kind: 'count', value: 12406 });
    expect(claimAt('Tỷ lệ bao phủ: 91,5%; số xã đạt chuẩn: 120.', '91,5%')).toMatchObject({ kind: 'percent', value: 91.5 });
    // Times, contacts and references after a colon are not statistics.
    expect(claimsOf('Hotline: 1900 1234. Ngày: 12. Mã số: 4521.')).toEqual([]);
  });

  it('numbered rankings flattened into text: each row is a rank about its name', () => {
    const inline = claimsOf('5 tỉnh dẫn đầu: 1. Quảng Ninh, 2. Hải Phòng, 3. TP.HCM.').filter((c) => c.kind === 'rank');
    expect(inline.map((c) => [c.value, c.subject])).toEqual([
      [1, 'Quảng Ninh'],
      [2, 'Hải Phòng'],
      [3, 'TP.HCM'],
    ]);
    const table = claimsOf('Bảng xếp hạng:\n1. Hà Nội: 80 điểm\n2. Bà Rịa - Vũng Tàu: 78 điểm');
    expect(table.map((c) => [c.kind, c.value, c.subject])).toEqual([
      ['rank', 1, 'Hà Nội'],
      ['measure', 80, 'Hà Nội'],
      ['rank', 2, 'Bà Rịa - Vũng Tàu'],
      ['measure', 78, 'Bà Rịa - Vũng Tàu'],
    ]);
    // A numbered heading is not a ranking row.
    expect(claimsOf('1. Mục tiêu chung\nĐến năm 2025 đạt 80%.').map((c) => c.kind)).toEqual(['percent']);
  });

  it('missing spaces from copy-paste', () => {
    expect(claimAt('Toàn tỉnh có 312công trình.', '312')).toMatchObject({ kind: 'count', value: 312, unit: 'công trình' });
    expect(claimAt('Doanh thu đạt 2.450tỷđồng.', '2.450')).toMatchObject({ kind: 'money', value: 2.45e12, unit: 'đồng' });
    expect(claimAt('Ông đã làm việc hơn30năm.', '30')).toMatchObject({ kind: 'duration', value: 30, qualifier: 'more_than' });
    expect(claimAt('Nợ công bằng 3,6%GDP.', '3,6')).toMatchObject({ kind: 'percent', value: 3.6 });
    // Codes stay codes.
    expect(claimsOf('Mạng 4G và 5G, video 4K, phim 3D.')).toEqual([]);
  });

  it('units: Mbps, MHz, cây số, tấn, lít, °C, ha, km', () => {
    const claims = claimsOf('Tốc độ đạt 48,6 Mbps, băng tần 1800MHz, dài 25 cây số, chở 12 tấn, 300 lít, nhiệt độ 39°C, rộng 12 ha, cách 5 km.');
    expect(claims.map((c) => [c.value, c.unit, c.kind])).toEqual([
      [48.6, 'Mbps', 'measure'],
      [1800, 'MHz', 'measure'],
      [25, 'km', 'measure'],
      [12, 'tấn', 'measure'],
      [300, 'lít', 'measure'],
      [39, '°C', 'measure'],
      [12, 'ha', 'measure'],
      [5, 'km', 'measure'],
    ]);
    expect(claims.map((c) => c.metric).slice(0, 2)).toEqual(['tốc độ', 'băng tần']);
  });

  it('ordinal words: "thứ ba", "hạng nhất", "đứng số 1"', () => {
    expect(claimAt('Việt Nam xếp thứ ba khu vực.', 'thứ ba')).toMatchObject({ kind: 'rank', value: 3 });
    expect(claimAt('Đội tuyển giành hạng nhất.', 'hạng nhất')).toMatchObject({ kind: 'rank', value: 1 });
    expect(claimAt('Trường đứng số 1 cả nước.', '1')).toMatchObject({ kind: 'rank', value: 1 });
    expect(claimAt('Trường đứng số một cả nước.', 'số một')).toMatchObject({ kind: 'rank', value: 1 });
    // An award's grade and "số" meaning digital are not ranks.
    expect(claimsOf('Ông được tặng Huân chương Lao động hạng Nhất.')).toEqual([]);
    expect(claimsOf('Xây dựng công dân số một cách toàn diện.')).toEqual([]);
  });

  it('multiplicatives: "gấp đôi", "gấp 3 lần", with their qualifier', () => {
    expect(claimAt('Doanh thu tăng gấp đôi.', 'gấp đôi')).toMatchObject({ kind: 'change', value: 2 });
    expect(claimAt('Sản lượng gần gấp 3 lần năm trước.', 'gấp 3 lần')).toMatchObject({ kind: 'change', value: 3, qualifier: 'approx', quote: 'gần gấp 3 lần' });
    expect(claimAt('Giá gấp hai lần.', 'gấp hai lần')).toMatchObject({ kind: 'change', value: 2 });
  });

  it('fractions in words: "một phần tư", "một nửa"', () => {
    expect(claimAt('Một phần tư dân số đã tiêm.', 'Một phần tư')).toMatchObject({ kind: 'ratio', value: 1, total: 4 });
    expect(claimAt('Hơn một nửa số hộ có điện.', 'một nửa')).toMatchObject({ kind: 'ratio', value: 1, total: 2, qualifier: 'more_than' });
    expect(claimAt('Khoảng hai phần ba diện tích bị ngập.', 'hai phần ba')).toMatchObject({ kind: 'ratio', value: 2, total: 3, qualifier: 'approx' });
    expect(claimsOf('Chia làm hai phần.')).toEqual([]);
  });

  it('an amount right after a change word is a change; a level reached is not', () => {
    expect(claimAt('Doanh thu tăng 7,6%.', '7,6')).toMatchObject({ kind: 'change', value: 7.6, quote: 'tăng 7,6%' });
    expect(claimAt('Giá xăng giảm 100 đồng/lít.', '100')).toMatchObject({ kind: 'change', value: 100, unit: 'đồng/lít' });
    expect(claimAt('Lợi nhuận tăng hơn 5%.', '5%')).toMatchObject({ kind: 'change', qualifier: 'more_than' });
    expect(claimAt('Lãi suất giảm xuống 3,3%/năm.', '3,3')).toMatchObject({ kind: 'percent' });
  });

  it('"tăng hai bậc", ranges with a unit and scores', () => {
    expect(claimAt('Việt Nam tăng hai bậc.', 'hai bậc')).toMatchObject({ kind: 'change', value: 2, unit: 'bậc' });
    expect(claimAt('Tốc độ từ 10 - 25 Mbps.', '10 - 25')).toMatchObject({ kind: 'measure', value: 10, upper: 25, unit: 'Mbps' });
    expect(claimAt('Hà Nội thắng 2-1.', '2-1')).toMatchObject({ kind: 'measure', value: 2, total: 1 });
    expect(claimAt('Việt Nam hòa Thái Lan 1-1 ở lượt đi.', '1-1')).toMatchObject({ kind: 'measure', value: 1, total: 1 });
  });

  it('mixed numerals: "2 triệu 400 ngàn", "1 tỷ 200 triệu"', () => {
    expect(claimAt('Thu nhập 2 triệu 400 ngàn đồng mỗi tháng.', '2 triệu')).toMatchObject({ kind: 'money', value: 2_400_000, quote: '2 triệu 400 ngàn đồng' });
    expect(claimAt('Dự án 1 tỷ 200 triệu đồng.', '1 tỷ')).toMatchObject({ kind: 'money', value: 1_200_000_000 });
  });

  it('numbers in parentheses after a label', () => {
    const claims = claimsOf('Các ngành xuất khẩu chính gồm dệt may (5), da giày (2).');
    expect(claims.map((c) => [c.kind, c.value, c.metric])).toEqual([
      ['count', 5, 'dệt may'],
      ['count', 2, 'da giày'],
    ]);
    expect(claimsOf('Theo quy định tại khoản (2) và điều (5).')).toEqual([]);
  });

  it('tables flattened into text: every cell is a claim, in the declared unit, about its row and column', () => {
    const prices =
      'Giá các mặt hàng như sau: Đơn vị tính: đồng/lít Mặt hàng Giá bán lẻ (1) Giá nhập (2) Chênh lệch (3)= (2)- (1) ' +
      'Xăng A95 21.500 22.100 - 600 Dầu hỏa 19.900 20.350 - 450 Theo bảng trên, các đầu mối đều lỗ.';
    const claims = claimsOf(prices);
    // The column markers "(1)", "(2)", "(3)" and the "95" of a product name are not figures.
    expect(claims.map((c) => c.quote)).toEqual(['21.500', '22.100', '600', '19.900', '20.350', '450']);
    expect(claims.map((c) => [c.kind, c.value, c.unit, c.subject, c.metric])).toEqual([
      ['money', 21500, 'đồng/lít', 'Xăng A95', 'giá bán lẻ'],
      ['money', 22100, 'đồng/lít', 'Xăng A95', 'giá nhập'],
      ['money', 600, 'đồng/lít', 'Xăng A95', 'chênh lệch'],
      ['money', 19900, 'đồng/lít', 'Dầu hỏa', 'giá bán lẻ'],
      ['money', 20350, 'đồng/lít', 'Dầu hỏa', 'giá nhập'],
      ['money', 450, 'đồng/lít', 'Dầu hỏa', 'chênh lệch'],
    ]);
    // A declared scale: "Đơn vị: tỷ đồng".
    const scaled = claimsOf('Đơn vị: tỷ đồng Chỉ tiêu 2012 2013 Doanh thu 120,5 140,2 Lợi nhuận 10,1 12,3 Nguồn: công ty.');
    expect(scaled.map((c) => [c.quote, c.kind, c.value, c.metric, c.period])).toEqual([
      ['120,5', 'money', 120_500_000_000, 'doanh thu', 'năm 2012'],
      ['140,2', 'money', 140_200_000_000, 'doanh thu', 'năm 2013'],
      ['10,1', 'money', 10_100_000_000, 'lợi nhuận', 'năm 2012'],
      ['12,3', 'money', 12_300_000_000, 'lợi nhuận', 'năm 2013'],
    ]);
  });

  it('a table declared in percent gives percent cells', () => {
    const shares = claimsOf('Đơn vị: % Chỉ tiêu 2012 2013 Tỷ lệ hộ nghèo 8,5 7,2 Tỷ lệ che phủ rừng 41,2 42,0 Nguồn: Cục Thống kê.');
    expect(shares.map((c) => [c.kind, c.value, c.unit, c.period])).toEqual([
      ['percent', 8.5, '%', 'năm 2012'],
      ['percent', 7.2, '%', 'năm 2013'],
      ['percent', 41.2, '%', 'năm 2012'],
      ['percent', 42, '%', 'năm 2013'],
    ]);
  });

  it('a results table without a unit takes the scale of the prose that restates it; columns give periods and changes', () => {
    const text =
      'Quý 3, công ty lãi gần 32 tỷ đồng. Kết quả kinh doanh Chỉ tiêu 9T/2013 9T/2012 Q3/2013 Q3/2012 ' +
      'Doanh thu 512.48 470.12 9% 175.3 160.77 -4% Lợi nhuận sau thuế 88.16 75.02 18% 31.85 29.4 8% Nguồn: công ty.';
    const claims = claimsOf(text).filter((c) => !c.quote.includes('32 tỷ'));
    expect(claims.map((c) => [c.quote, c.kind, c.value, c.metric, c.period])).toEqual([
      ['512.48', 'money', 512_480_000_000, 'doanh thu', '9 tháng năm 2013'],
      ['470.12', 'money', 470_120_000_000, 'doanh thu', '9 tháng năm 2012'],
      ['9%', 'change', 9, 'doanh thu', '9 tháng năm 2013'],
      ['175.3', 'money', 175_300_000_000, 'doanh thu', 'quý 3/2013'],
      ['160.77', 'money', 160_770_000_000, 'doanh thu', 'quý 3/2012'],
      ['-4%', 'change', 4, 'doanh thu', 'quý 3/2013'],
      ['88.16', 'money', 88_160_000_000, 'lợi nhuận sau thuế', '9 tháng năm 2013'],
      ['75.02', 'money', 75_020_000_000, 'lợi nhuận sau thuế', '9 tháng năm 2012'],
      ['18%', 'change', 18, 'lợi nhuận sau thuế', '9 tháng năm 2013'],
      ['31.85', 'money', 31_850_000_000, 'lợi nhuận sau thuế', 'quý 3/2013'],
      ['29.4', 'money', 29_400_000_000, 'lợi nhuận sau thuế', 'quý 3/2012'],
      ['8%', 'change', 8, 'lợi nhuận sau thuế', 'quý 3/2013'],
    ]);
    // A long document whose first table has many cells and whose prose has many money figures: the
    // second table is still scaled by the prose that restates it (the comparisons are shared by table).
    const prose = Array.from({ length: 1500 }, (_, i) => `Khoản ${i + 1} là ${100 + i} triệu đồng.`).join(' ');
    const first = Array.from({ length: 80 }, (_, i) => `Chi phí khác ${101 + i}.5 ${202 + i}.5`).join(' ');
    const long = claimsOf(
      `${prose} Lãi 88 tỷ đồng. Bảng một Chỉ tiêu 2013 2012 ${first}. Kết quả kinh doanh năm nay như sau. ` +
        'Bảng hai Chỉ tiêu 2013 2012 Lợi nhuận 88.16 75.02 Vốn 17.5 16.2 Nguồn: B.',
    );
    expect(long.find((c) => c.quote === '88.16')).toMatchObject({ kind: 'money', value: 88_160_000_000 });
    // The first table decides on the votes it gathered within its share: its cells are millions.
    expect(long.find((c) => c.quote === '101.5')).toMatchObject({ kind: 'money', value: 101_500_000 });
    // Nothing in the prose restates a cell: the cells stay plain numbers, not money of a guessed scale.
    const bare = claimsOf('Chỉ tiêu 9T/2013 9T/2012 Doanh thu 512.48 470.12 Lợi nhuận 88.16 75.02 Nguồn: công ty.');
    expect(bare.map((c) => [c.kind, c.value, c.unit])).toEqual([
      ['count', 512.48, null],
      ['count', 470.12, null],
      ['count', 88.16, null],
      ['count', 75.02, null],
    ]);
  });

  it('results of several matches in a row are scores, not table rows; one number row is no table', () => {
    const asRead = (t: string): string[] => claimsOf(t).map((c) => `${c.quote}|${c.kind}|${c.value}|${c.total}`);
    const results = ['1 - 1|measure|1|1', '2 - 0|measure|2|0', '0 - 3|measure|0|3'];
    expect(asRead('Kết quả: Chelsea 1 - 1 Steaua Arsenal 2 - 0 Napoli Porto 0 - 3 Atletico')).toEqual(results);
    // The same results line with commas: every score after the first is read from the one before it.
    expect(asRead('Kết quả: Chelsea 1 - 1 Steaua, Arsenal 2 - 0 Napoli, Porto 0 - 3 Atletico.')).toEqual(results);
    // Ranges with their unit after another range are no scores, capitalised word or not.
    expect(asRead('Nhiệt độ thấp nhất 19-22 độ C, cao nhất 25-28 độ C. Tốc độ 10-15 Mbps, Viettel 20-25 Mbps.').map((r) => r.split('|')[0])).toEqual([
      '19-22 độ C',
      '25-28 độ C',
      '10-15 Mbps',
      '20-25 Mbps',
    ]);
    // "Chelsea 1" is no product name with a model number: the figure after it is a score.
    expect(claimsOf('Kết quả: Chelsea 1-1 Steaua.')[0]?.subject).toBe('Chelsea');
    // A single row of bare numbers in prose is not a table.
    expect(claimsOf('Mã số thuế 0101 0202 của công ty.')).toEqual([]);
  });
});

describe('non-claims stay out (CLAIMS.md)', () => {
  it('the related articles a site appends after the byline, opened by the article\'s own title', () => {
    const text =
      'Công ty ABC lãi 45 tỷ đồng , tăng 12%\n21/10/2013 10:00\n\n' +
      'Công ty ABC báo lãi 45 tỷ đồng trong quý 3. Lan Anh Theo Báo Đầu Tư/HSX Công ty ABC lãi 45 tỷ đồng, tăng 12% ' +
      'ABC: Quý 2 lãi 30 tỷ đồng, giảm 8% so với cùng kỳ ABC phát hành thêm 2 triệu cổ phiếu Xem tiếp\n\nNguồn: web';
    const quotes = extractClaims(text, extractMetadata(text)).map((c) => c.quote);
    expect(quotes.filter((q) => q.includes('30 tỷ') || q.includes('8%') || q.includes('2 triệu'))).toEqual([]);
    expect(quotes).toContain('45 tỷ đồng');
    // The title repeated inside the text, with no byline before it, is prose.
    const inBody = 'Công ty ABC lãi 45 tỷ đồng , tăng 12%\n21/10/2013 10:00\n\nNhư vậy, Công ty ABC lãi 45 tỷ đồng, tăng 12% so với quý 2 năm nay.';
    expect(extractClaims(inBody, extractMetadata(inBody)).map((c) => c.quote)).toContain('tăng 12%');
  });

  it('time references read as durations', () => {
    expect(quotesOf('Trong 2 ngày, 500 người đã đăng ký.')).toEqual(['500 người']);
    expect(quotesOf('10 tháng, doanh thu đạt 5 tỷ đồng.')).toEqual(['5 tỷ đồng']);
    expect(quotesOf('9 tháng đầu năm, xuất khẩu tăng 12%.')).toEqual(['tăng 12%']);
    expect(quotesOf('Trong 2 ngày qua, có 30 ca mắc.')).toEqual(['30 ca mắc']);
    // The time frame of a supposition or of a feat ("trong vòng đúng 1 tuần") frames, it is not checked.
    expect(quotesOf('Nếu Ấn Độ đóng cửa trong vòng 1 tháng, GDP sẽ giảm 2%.')).toEqual(['giảm 2%']);
    expect(quotesOf('Đây là danh hiệu thứ 2 liên tiếp anh giành được trong vòng đúng 1 tuần.')).toEqual(['thứ 2 liên tiếp']);
    // A length of time that is itself the fact stays a claim.
    expect(quotesOf('Hệ thống được vận hành thử trong 20 ngày.')).toEqual(['20 ngày']);
    expect(claimAt('Hệ thống được vận hành thử trong vòng 20 ngày.', '20 ngày')).toMatchObject({ kind: 'duration', metric: 'hệ thống được vận hành thử' });
    expect(quotesOf('Nếu được hỗ trợ, doanh nghiệp đã xây xong nhà máy trong vòng 8 tháng.')).toEqual(['8 tháng']);
    expect(quotesOf('Công trình được xây dựng xong trong vòng chỉ 6 tháng.')).toEqual(['6 tháng']);
  });

  it('names with numbers and small generic counts', () => {
    expect(claimsOf('Công ty lọt Top 10 Doanh nghiệp tiêu biểu.')).toEqual([]);
    // Capitalised, whatever follows (engine 25): the list's name ("rớt khỏi Top 10 nền kinh tế", "Top 16 người đẹp").
    expect(claimsOf('Brazil rớt khỏi Top 10 nền kinh tế lớn nhất thế giới.')).toEqual([]);
    expect(claimsOf('Các trang web dự đoán Top 16 người đẹp xuất sắc nhất cuộc thi.')).toEqual([]);
    // Engine 36: "top N" names a list, a shortlist or a group ("lọt vào top 50 ứng viên", "một tay vợt trong tốp
    // 10", "lọt vào Top 10 nền kinh tế"), unless in lower case a superlative or a ranking's source follows or a target
    // precedes (precision36.test.ts); a place written "thứ", "hạng", "vị trí" or "nhóm" stays a rank.
    expect(claimsOf('Trường lọt top 10 thế giới.')).toEqual([]);
    expect(claimAt('Trường đứng thứ 10 thế giới.', 'thứ 10')).toMatchObject({ kind: 'rank', value: 10 });
    // A ranking named by its size is no place in it; a place stays a rank.
    expect(claimsOf('Một quốc gia đã rớt khỏi bảng xếp hạng 10 nền kinh tế lớn nhất thế giới.')).toEqual([]);
    expect(claimsOf('Dưới đây là những thay đổi trong xếp hạng 10 nền kinh tế.')).toEqual([]);
    expect(claimAt('Việt Nam xếp hạng 10 thế giới về xuất khẩu gạo.', 'xếp hạng 10')).toMatchObject({ kind: 'rank', value: 10 });
    expect(claimsOf('Hai bên đã ký kết. Hai người cùng đi.')).toEqual([]);
    // A count pointing back at a set already named ("… trên đều"), a volume label, an idiom.
    expect(claimsOf('Bốn trường hợp trên đều là con của lãnh đạo tỉnh.')).toEqual([]);
    expect(quotesOf('Có 4 cá nhân trên địa bàn bị xử phạt.')).toEqual(['4 cá nhân']);
    expect(claimsOf('Hội đồng chọn bộ sách Ngữ văn 6 tập 1,2 của nhà xuất bản.')).toEqual([]);
    expect(quotesOf('Bộ truyện gồm 6 tập, in 2.000 bản.')).toEqual(['6 tập', '2.000 bản']);
    expect(claimsOf('Tiền đạo có cơ hội rõ mười mươi nhưng sút ra ngoài.')).toEqual([]);
    // "một" is 1 after a change word and before its unit; elsewhere it is the article "a".
    expect(claimAt('Vn-Index giảm một điểm, chốt tại 500,57 điểm.', 'một điểm')).toMatchObject({ kind: 'change', value: 1, unit: 'điểm' });
    expect(claimAt('Việt Nam tăng một bậc lên thứ 68.', 'một bậc')).toMatchObject({ kind: 'change', value: 1 });
    expect(claimsOf('Đây là một điểm sáng. Bài hát tăng một điểm nhấn.')).toEqual([]);
    expect(claimAt('Hai người tử vong.', 'Hai người')).toMatchObject({ kind: 'count', value: 2 });
  });

  it('a name’s number before a verb is no count (CLAIMS.md: names that contain numbers, "4.0")', () => {
    expect(claimsOf('Cách mạng công nghiệp 4.0 mở ra nhiều cơ hội.')).toEqual([]);
    expect(claimsOf('Cách mạng công nghiệp 4.0 tạo ra nhiều việc làm.')).toEqual([]);
    expect(claimsOf('Bệnh viện Bạch Mai cơ sở 2 khánh thành.')).toEqual([]);
    expect(quotesOf('Khu công nghiệp Quế Võ 2 thu hút 20 dự án.')).toEqual(['20 dự án']);
    // Nouns that begin with the same syllables are counted (review of engine 28).
    expect(quotesOf('Bộ phim quy tụ 7 diễn viên nổi tiếng.')).toEqual(['7 diễn viên']);
    expect(quotesOf('Siêu thị tuyển 20 thu ngân cho mùa Tết.')).toEqual(['20 thu ngân']);
    expect(quotesOf('Năm nay có 5 diễn đàn kinh tế.')).toEqual(['5 diễn đàn']);
    // After the things it counts, a number before such a verb is still a count.
    expect(quotesOf('Trong số 12 dự án trọng điểm, 7 khởi công trong quý I.')).toContain('7 khởi công');
  });

  it('a time of day with its day is no duration (CLAIMS.md: times of day)', () => {
    expect(claimsOf('Vụ án xảy ra vào khoảng 22 giờ ngày 5/3 tại xã Đông Hà.')).toEqual([]);
    expect(claimsOf('Đến 17 giờ cùng ngày, đám cháy được dập tắt.')).toEqual([]);
    expect(claimsOf('Khoảng 22 giờ hôm qua, một vụ cháy xảy ra.')).toEqual([]);
    // A length of hours stays a claim.
    expect(claimAt('Đám cháy kéo dài 3 giờ.', '3 giờ')).toMatchObject({ kind: 'duration', value: 3 });
    expect(claimAt('Mỗi người làm việc 8 giờ mỗi ngày.', '8 giờ')).toMatchObject({ kind: 'duration', value: 8 });
    // A length said before the hours, or a day that is no date after them (review of engine 28).
    expect(claimAt('Công nhân phải làm việc 12 giờ ngày thường và 8 giờ cuối tuần.', '12 giờ')).toMatchObject({ kind: 'duration', value: 12 });
    expect(claimAt('Máy bay bị trễ 9 giờ hôm 5/3 khiến hành khách bức xúc.', '9 giờ')).toMatchObject({ kind: 'duration', value: 9 });
    expect(claimAt('Các bác sĩ đã phẫu thuật liên tục 12 giờ hôm qua để cứu bệnh nhân.', '12 giờ')).toMatchObject({ kind: 'duration', value: 12 });
    expect(claimAt('Đoàn cứu hộ đã tìm kiếm suốt 48 giờ ngày đêm không nghỉ.', '48 giờ')).toMatchObject({ kind: 'duration', value: 48 });
    // Hours before a day are a time of day only where the clause opens on them or an event happens at them.
    expect(claimAt('Hành khách phải chờ 6 giờ hôm qua vì sương mù.', '6 giờ')).toMatchObject({ kind: 'duration', value: 6 });
    expect(claimAt('Chuyến bay bị hoãn 4 giờ ngày 5/3 do thời tiết xấu.', '4 giờ')).toMatchObject({ kind: 'duration', value: 4 });
    expect(claimAt('Các đội tìm kiếm 36 giờ hôm trước nhưng không có kết quả.', '36 giờ')).toMatchObject({ kind: 'duration', value: 36 });
    expect(claimsOf('Vụ tai nạn xảy ra khoảng 9 giờ hôm qua trên quốc lộ.')).toEqual([]);
  });

  it('the months a report covers are no duration; a record window is', () => {
    expect(quotesOf('Công ty lãi 60 tỷ đồng 9 tháng.')).toEqual(['60 tỷ đồng']);
    expect(quotesOf('Doanh thu chín tháng của Vinacomin đạt 3 tỷ USD.')).toEqual(['3 tỷ USD']);
    expect(quotesOf('Công viên đạt EPS 7.381 đồng trong 9 tháng.')).toEqual(['7.381 đồng']);
    expect(claimAt('Đồng USD xuống mức thấp nhất trong 8 tháng.', '8 tháng')).toMatchObject({ kind: 'duration', value: 8 });
    expect(claimAt('Dự án kéo dài 9 tháng.', '9 tháng')).toMatchObject({ kind: 'duration', value: 9 });
  });

  it('number debris: repeated number words and long runs of bare numbers', () => {
    expect(claimsOf('hai hai hai hai hai hai')).toEqual([]);
    expect(claimsOf('Mã: 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1')).toEqual([]);
    expect(claimsOf('1/1 1/1 1/1 1/1 1/1 1/1 1/1 1/1')).toEqual([]);
    // A short run of figures is still read: a range, a score.
    expect(claimAt('Tốc độ đạt 10 - 25 Mbps.', '10 - 25')).toMatchObject({ kind: 'measure', value: 10 });
  });
});

describe('subject, metric and period an editor would write', () => {
  it('a national body sets the target; the figure is about the article\'s place', () => {
    const text = 'Thái Bình đẩy mạnh chuyển đổi số.\nDịch vụ công trực tuyến vượt yêu cầu của Chính phủ với tỷ lệ hồ sơ đạt trên 50%.';
    expect(claimAt(text, 'trên 50%')).toMatchObject({ subject: 'Thái Bình', qualifier: 'more_than' });
  });

  it('the metric is a short noun phrase, without the place, quotes or the ranking verb', () => {
    const text = 'Chỉ số CCHC cấp tỉnh năm 2023, tỉnh Bắc Giang đạt 91,16% và lĩnh vực “Chính quyền số” tiếp tục xếp thứ Nhất.';
    expect(claimAt(text, '91,16%')).toMatchObject({ metric: 'chỉ số CCHC cấp tỉnh', subject: 'Bắc Giang', period: 'năm 2023' });
    expect(claimAt(text, 'thứ Nhất').metric).toBe('lĩnh vực “chính quyền số”');
    expect(claimAt('Sau 4 năm thực hiện nghị quyết, tỉnh đạt nhiều thành tựu.', '4 năm').metric).toBe('thực hiện nghị quyết');
  });

  it('bodies named in full or as the press abbreviates them are the subject, not the country in their name', () => {
    expect(claimAt('Ngày 18/12/2020, Tòa án nhân dân tối cao đã tổng hợp 30 vướng mắc.', '30 vướng mắc').subject).toBe('Tòa án nhân dân tối cao');
    expect(claimAt('Năm nay, Bộ GD&ĐT duyệt 3 SGK mới.', '3 SGK').subject).toBe('Bộ GD&ĐT');
    expect(claimAt('Tại họp báo, Tập đoàn Than - Khoáng sản Việt Nam cho biết doanh thu đạt 2.000 tỷ đồng.', '2.000 tỷ').subject).toBe(
      'Tập đoàn Than - Khoáng sản Việt Nam',
    );
  });

  it('the period is the one the figure refers to, not an aside', () => {
    const text = 'Trong 9 tháng năm 2023, tỷ lệ người dân dùng dịch vụ công đạt 38,95% (riêng tháng 9/2023 đạt 64,6%); 145/164 cơ sở dùng máy quét.';
    expect(claimAt(text, '38,95%').period).toBe('9 tháng năm 2023');
    expect(claimAt(text, '64,6%').period).toBe('tháng 9/2023');
    expect(claimAt(text, '145/164').period).toBe('9 tháng năm 2023');
  });

  it('subjects: companies and indices, "cả nước", names written with any dash', () => {
    expect(claimAt('Đi ngược xu thế, HAG, OGC giảm 100-200 đồng.', '100-200').subject).toBe('OGC');
    // A currency whose rate moves is what the figure is about (never a company ticker by its letters alone).
    expect(claimAt('Tỷ giá USD tăng 20 đồng.', '20 đồng').subject).toBe('USD');
    expect(claimAt('Khách mua 100 USD.', '100 USD').subject).toBeNull();
    expect(claimAt('Bình quân mỗi tháng cả nước có hơn 8.700 doanh nghiệp rút khỏi thị trường.', '8.700').subject).toBe('Cả nước');
    // The field of a ranking is not what the figure is about.
    expect(claimAt('Năm 2023, Bắc Giang dẫn đầu cả nước với 80% hồ sơ trực tuyến.', '80%').subject).toBe('Bắc Giang');
    expect(claimAt('Tỉnh Bà Rịa– Vũng Tàu có 120 trường học.', '120').subject).toBe('Bà Rịa - Vũng Tàu');
    // A company named in the title is the story's subject when a sentence names nobody.
    const text = 'KSB lãi sau thuế 60 tỷ đồng\n22/10/2013 10:00\n\nCông ty ở Bình Dương. Doanh thu thuần quý 3 đạt 150 tỷ đồng.';
    expect(extractClaims(text, extractMetadata(text)).find((c) => c.quote.includes('150'))?.subject).toBe('KSB');
  });

  it('subjects by what the figure is: goods for prices, a product for its specifications', () => {
    const fuel = 'Đối với mặt hàng xăng các loại: giảm mức sử dụng Quỹ bình ổn từ 300 đồng/lít xuống 200 đồng/lít; dầu hỏa: giảm 100 đồng/lít.';
    expect(claimAt(fuel, '300 đồng/lít').subject).toBe('Xăng các loại');
    expect(claimAt(fuel, '200 đồng/lít').subject).toBe('Xăng các loại');
    expect(claimAt(fuel, 'giảm 100').subject).toBe('Dầu hỏa');
    expect(claimAt('Tại Mỹ, giá vàng giao ngay tăng 1,2% trong phiên.', '1,2%').subject).toBe('Vàng');
    // A market named between the goods and the figure is where the price is quoted.
    expect(claimAt('Giá vàng tại Hồng Kông tăng 1,1 USD/oz.', '1,1').subject).toBe('Hong Kong');
    // A seller quoting its own price is the subject, not the goods.
    expect(claimAt('Công ty SJC niêm yết giá vàng SJC ở mức 37,4 triệu đồng/lượng.', '37,4').subject).toBe('SJC');
    // Goods named without a price are no subject of a count.
    expect(claimAt('Tỉnh Đồng Nai có 12 nhà máy thép.', '12').subject).toBe('Đồng Nai');
    const phone = 'Galaxy Note 4 được trang bị màn hình Super AMOLED 5,7 inch. Thiết bị này chạy chip Snapdragon 805 tốc độ 2,7 GHz.';
    expect(claimAt(phone, '5,7 inch').subject).toBe('Galaxy Note 4');
    expect(claimAt(phone, '2,7 GHz').subject).toBe('Galaxy Note 4');
    expect(claimAt('Google cho biết, phiên bản Nexus 6 có bộ nhớ 32 GB.', '32 GB').subject).toBe('Nexus 6');
    // A letter-and-digit model code ends the name ("Galaxy S4", "Xperia Z1"); a GPU or a screen technology is no product.
    expect(claimAt('Sony Xperia Z1 có camera 20,7 MP.', '20,7 MP').subject).toBe('Sony Xperia Z1');
    expect(claimAt('Galaxy S4 dùng chip đồ họa Adreno 320 và RAM 2 GB.', '2 GB').subject).toBe('Galaxy S4');
    // A place is still the subject of figures that are no specification.
    expect(claimAt('Tại Hàn Quốc, Galaxy Note 4 bán được 4,5 triệu máy.', '4,5 triệu').subject).toBe('Hàn Quốc');
  });

  it('subjects: named works and projects, carried to "dự án này"', () => {
    const road = 'Về tuyến cao tốc Bắc - Nam phía Đông giai đoạn 2017 - 2020, Bộ trưởng cho biết, dự án này có chiều dài 654 km, tổng mức đầu tư 118.716 tỷ đồng.';
    expect(claimAt(road, '654 km').subject).toBe('Cao tốc Bắc - Nam');
    expect(claimAt(road, '118.716').subject).toBe('Cao tốc Bắc - Nam');
    expect(claimAt('Đường sắt Cát Linh - Hà Đông đã hoàn thành 5/5 hạng mục.', '5/5').subject).toBe('Đường sắt Cát Linh - Hà Đông');
    expect(claimAt('Dự án nhà ga T3 có tổng vốn gần 11.000 tỷ đồng tại TP.HCM.', '11.000').subject).toBe('Nhà ga T3');
    // "yêu cầu", "nhu cầu" and a body after "dự án" name no work.
    expect(claimAt('Theo yêu cầu Hàn Quốc, Philippines mua 12 máy bay.', '12').subject).toBe('Philippines');
    expect(claimAt('Tỉnh Lào Cai có 3 dự án Bộ Công an đầu tư.', '3 dự án').subject).toBe('Lào Cai');
  });

  it('subjects: teams, exchanges, moving codes, national statistics, the FED', () => {
    const match = 'U.19 Việt Nam thắng U.19 Lào\n15/10/2013 21:10\n\nTrong hiệp 1, U.19 VN tạo được 3 cơ hội rõ rệt. Các cầu thủ đã có 8 trận bất bại.';
    const claims = extractClaims(match, extractMetadata(match));
    expect(claims.find((c) => c.quote.startsWith('3 cơ'))?.subject).toBe('U.19 Việt Nam');
    expect(claims.find((c) => c.quote.startsWith('8 trận'))?.subject).toBe('U.19 Việt Nam');
    // A score or a minute "cho …" counts for the side named after it, not the team named last before it.
    const goals = claimsOf('U.19 Việt Nam gặp U.19 Lào. Tiền đạo Lào mở tỷ số 1-0 phút 20 cho U.19 Lào. Sau đó, Văn Toàn ấn định tỷ số 2-1 cho U.19 Việt Nam.');
    expect(goals.filter((c) => c.unit === 'tỷ số' || c.unit === 'phút').map((c) => [c.quote, c.subject])).toEqual([
      ['1-0', 'U.19 Lào'],
      ['phút 20', 'U.19 Lào'],
      ['2-1', 'U.19 Việt Nam'],
    ]);
    const session = 'Đóng cửa, VN-Index giảm 2,5 điểm. Khối lượng giao dịch đạt 80 triệu cổ phiếu, trị giá 1.200 tỷ đồng. Tại sàn Hà Nội, tổng khối lượng là 14,5 triệu cổ phiếu.';
    expect(claimAt(session, '2,5 điểm').subject).toBe('VN-Index');
    expect(claimAt(session, '80 triệu').subject).toBe('Sàn TP.HCM (HOSE)');
    expect(claimAt(session, '1.200 tỷ').subject).toBe('Sàn TP.HCM (HOSE)');
    expect(claimAt(session, '14,5 triệu').subject).toBe('Sàn Hà Nội (HNX)');
    // A city's market is not the exchange.
    expect(claimAt('Tại thị trường Hà Nội, giá bán ra là 37,42 triệu đồng/lượng.', '37,42').subject).toBe('Thị trường Hà Nội');
    expect(claimAt('Sàn Hà Nội hôm nay: VND giảm 200 đồng, khớp lệnh 850.000 cổ phiếu.', '200 đồng').subject).toBe('VND');
    expect(claimAt('Số liệu mới nhất của Tổng cục Thống kê cho thấy, 3.200 doanh nghiệp đã quay lại thị trường.', '3.200').subject).toBe('Cả nước');
    expect(claimAt('FED duy trì mức mua trái phiếu 85 tỷ USD mỗi tháng.', '85 tỷ').subject).toBe('FED');
  });

  it('subjects: communes and districts, one-word company names, a subject carried from the sentence before', () => {
    expect(claimAt('Trong đó, xã Quý Lộc có 13,56 km² diện tích tự nhiên.', '13,56').subject).toBe('Xã Quý Lộc');
    expect(claimAt('Huyện Yên Định có 26 đơn vị hành chính cấp xã.', '26').subject).toBe('Huyện Yên Định');
    expect(claimAt('Ví dụ tại Saigonbank, lãi suất giảm 0,2%.', '0,2%').subject).toBe('Saigonbank');
    expect(claimAt('Hay như tại DongABank, lãi suất ở mức 3,83%/năm.', '3,83').subject).toBe('DongABank');
    expect(claimAt('CP Whirlpool Corp. tăng 12% sau khi công bố kết quả.', '12%').subject).toBe('Whirlpool Corp.');
    // The sentence names nobody: the subject of the sentence just before.
    const carried = 'Tại ACB, lãi suất kỳ hạn 1 tháng giảm 0,1%. Lãi suất kỳ hạn 2 tháng giữ nguyên ở mức 3,8%/năm.';
    expect(claimAt(carried, '3,8%').subject).toBe('ACB');
    // A publisher's name and a time zone name no place: "NXB Giáo dục Việt Nam", "giờ Việt Nam".
    const book = 'Sở GD&ĐT tỉnh Bà Rịa - Vũng Tàu công bố kết quả. Bộ sách của NXB Giáo dục Việt Nam đạt tỉ lệ 85,7%.';
    expect(claimAt(book, '85,7%').subject).toBe('Bà Rịa - Vũng Tàu');
    expect(claimAt('Gần 10h trưa nay giờ Việt Nam, giá vàng tại Hồng Kông tăng 1,1 USD/oz.', '1,1').subject).toBe('Hong Kong');
  });

  it('subjects: markets, people named by initials, national statistics, a product in the title, a section\'s place', () => {
    expect(claimAt('Trên thị trường liên ngân hàng, doanh số giao dịch đạt xấp xỉ 297.892 tỷ đồng.', '297.892').subject).toBe('Thị trường liên ngân hàng');
    expect(claimAt('Toàn sàn Hà Nội có 93 mã giảm.', '93').subject).toBe('Sàn Hà Nội (HNX)');
    expect(claimAt('Bà P.T.M.H. phải nộp lại 1,2 tỷ đồng.', '1,2 tỷ').subject).toBe('Bà P.T.M.H.');
    expect(claimAt('Theo Cục Quản lý Đăng ký kinh doanh, tháng 9 có 3.269 doanh nghiệp tạm ngừng kinh doanh.', '3.269').subject).toBe('Cả nước');
    expect(claimAt('Ở môn tiếng Anh 6, 100% các hội đồng đã chọn bộ sách này.', '100%').subject).toBeNull();
    const product = 'Google ra mắt siêu phẩm Nexus 5 với nhiều cải tiến\n01/11/2013 14:05\n\nMáy có màn hình 4,95 inch.';
    expect(extractClaims(product, extractMetadata(product)).find((c) => c.quote.includes('4,95'))?.subject).toBe('Nexus 5');
    // A place opening a paragraph heads its section, also past a few paragraphs.
    const filler = 'Các hội đồng đã họp và thảo luận kỹ về từng bộ sách, từng môn học. '.repeat(12);
    const section = `Sở GD&ĐT tỉnh Bà Rịa - Vũng Tàu công bố kết quả lựa chọn sách.\n${filler}\nVới môn Âm nhạc, các hội đồng chọn bộ sách này với tỉ lệ 58,3%.`;
    expect(claimAt(section, '58,3%').subject).toBe('Bà Rịa - Vũng Tàu');
  });

  it('periods: the events of a match report the text puts on its day are on the day of the report, its background is not', () => {
    const match =
      'U.19 Việt Nam thắng U.19 Lào 3-1\n15/10/2013 21:10\n\nTrận đấu vừa kết thúc. Trước sự chứng kiến của 8.000 khán giả, hiệp 1 diễn ra nhanh. Phút 33, Văn Toàn mở tỷ số. Phút 80, Công Phượng ấn định tỷ số 3-1. Trước giải, đội đã có 8 trận bất bại.';
    const claims = extractClaims(match, extractMetadata(match));
    const at = (quote: string): string | null | undefined => claims.find((c) => c.quote.startsWith(quote))?.period;
    expect(at('8.000')).toBe('2013-10-15');
    expect(at('Phút 80')).toBe('2013-10-15');
    expect(at('8 trận')).toBeNull();
    // Without a word that puts the match on the date line's day, the report may be a day late: undated.
    const late = match.replace('Trận đấu vừa kết thúc. ', '');
    expect(extractClaims(late, extractMetadata(late)).find((c) => c.quote.startsWith('Phút 80'))?.period).toBeNull();
    // One "hiệp" in a story that is no match report dates nothing.
    const plain = 'Giải đấu khởi tranh\n15/10/2013 21:10\n\nHiệp hội cho biết có 8.000 khán giả đăng ký, 12 đội tham dự.';
    expect(extractClaims(plain, extractMetadata(plain)).find((c) => c.quote.startsWith('8.000'))?.period).toBeNull();
  });

  it('periods: the event a record is counted from ("kể từ cuộc khủng hoảng tài chính cuối năm 2008") dates nothing', () => {
    const raw =
      'Chứng khoán thế giới tăng điểm\n23/10/2013 08:00\n\nChỉ số DAX vượt 4.300 điểm lần đầu tiên kể từ cuộc khủng hoảng tài chính cuối năm 2008. Tại Paris, chỉ số CAC 40 tăng 0,43%, đóng cửa ở mức 4.295,43 điểm.';
    const claims = extractClaims(raw, extractMetadata(raw));
    for (const quote of ['4.300 điểm', '0,43%', '4.295,43 điểm']) {
      const claim = claims.find((c) => c.quote.includes(quote));
      expect(claim).toBeDefined();
      expect(claim?.period).not.toBe('cuối năm 2008');
    }
    // A period right after "kể từ" is still a record window, and "kể từ đầu năm" still the figure's own.
    const since = 'Giá vàng\n23/10/2013 08:00\n\nKể từ đầu năm 2013, giá vàng giảm 20%.';
    expect(extractClaims(since, extractMetadata(since)).find((c) => c.quote.includes('20%'))?.period).toMatch(/2013/);
  });

  it('periods: a month named by its word ("của tháng Tám", "tháng Mười Một") is its number; "tháng hai lần" is no month', () => {
    const period = (body: string, quote: string) => {
      const raw = `Kinh tế Mỹ\n23/10/2013 08:00\n\n${body}`;
      return extractClaims(raw, extractMetadata(raw)).find((c) => c.quote.includes(quote))?.period;
    };
    expect(period('Tỷ lệ thất nghiệp của Mỹ là 7,3% của tháng Tám.', '7,3%')).toBe('tháng 8/2013');
    expect(period('Xuất khẩu đạt 12 tỷ USD trong tháng Mười Một.', '12 tỷ')).toBe('tháng 11/2013');
    expect(period('Mỗi tháng hai lần, đội kiểm tra 30 cơ sở.', '30 cơ sở')).toBeNull();
  });

  it('subjects: the side led in a rally ("Djokovic liên tục dẫn Del Potro từ 2/0") is not the score\'s', () => {
    const raw =
      'Djokovic vô địch Thượng Hải\n14/10/2013 10:00\n\nTay vợt Djokovic gặp Del Potro ở chung kết. Bước vào loạt tie-break, Djokovic liên tục dẫn Del Potro từ 2/0, rồi 4/2.';
    const claims = extractClaims(raw, extractMetadata(raw));
    expect(claims.filter((c) => c.unit === 'tỷ số').map((c) => [c.quote, c.subject])).toEqual([
      ['2/0', 'Djokovic'],
      ['4/2', 'Djokovic'],
    ]);
  });

  it('periods: the day a report names for its match ("trận chung kết diễn ra tối 23-10"), spelled "tỉ số" or "tỷ số"; a tournament tally is not the match', () => {
    const report = (dateLine: string, body: string) => {
      const raw = `U21 Việt Nam vô địch\n${dateLine}\n\n${body}`;
      const claims = extractClaims(raw, extractMetadata(raw));
      return (quote: string): string | null | undefined => claims.find((c) => c.quote.startsWith(quote))?.period;
    };
    const body =
      'U21 Việt Nam vượt qua U21 Sydney ở trận chung kết diễn ra tối 23-10 trên sân Ninh Thuận. Thủ môn Văn Công cản được 2 quả sút luân lưu. Đến phút 43, hàng phòng ngự sai sót. Phút 64, Văn Thuận san bằng tỉ số 1-1. Sydney còn giành hai giải thưởng cá nhân là giải Vua phá lưới thuộc về Urosevski (5 bàn).';
    // Published the same evening, or the morning after: the match's events are on the 23rd.
    for (const dateLine of ['23/10/2013 22:16', '24/10/2013 08:00']) {
      const at = report(dateLine, body);
      expect(at('2 quả')).toBe('2013-10-23');
      expect(at('phút 43')).toBe('2013-10-23');
      expect(at('1-1')).toBe('2013-10-23');
      // The tournament's awards are not the match's.
      expect(at('hai giải')).toBeNull();
      expect(at('5 bàn')).toBeNull();
    }
    // The spelling "tỷ số" reads the same.
    expect(report('23/10/2013 22:16', body.replace('tỉ số', 'tỷ số'))('1-1')).toBe('2013-10-23');
    // A match date further back (a past meeting) dates nothing.
    expect(report('27/10/2013 08:00', body)('1-1')).toBeNull();
  });

  it('periods: a day from the date line, and never the base of a comparison', () => {
    const day = (raw: string, fragment: string) => extractClaims(raw, extractMetadata(raw)).find((c) => c.quote.includes(fragment))?.period;
    const session = 'Vn-Index giảm nhẹ\n22/10/2013 12:08\n\nPhiên sáng nay, Vn-Index giảm 3 điểm. Phiên chiều, VSH tăng 400 đồng. Khối ngoại mua ròng 50 tỷ đồng trong phiên hôm nay.';
    expect(day(session, '3 điểm')).toBe('2013-10-22');
    // A report of the day: an undated figure is the day's.
    expect(day(session, '400 đồng')).toBe('2013-10-22');
    const gold = 'Giá vàng tăng\n23/10/2013 10:20\n\nĐêm qua, giá vàng thế giới giảm 5 USD/ounce. Sáng nay giá vàng SJC tăng 150.000 đồng/lượng so với chiều qua.';
    expect(day(gold, '5 USD')).toBe('2013-10-22');
    expect(day(gold, '150.000')).toBe('2013-10-23');
    // …but a programme or a season's earnings cited in it are not the day's.
    const market = 'Chứng khoán Mỹ tăng\n23/10/2013 08:57\n\nPhiên hôm qua, chỉ số S&P 500 tăng 0,6%. Cuối phiên, chỉ số Dow Jones tăng 75 điểm. Sáng nay, giá dầu giảm nhẹ. FED duy trì chương trình mua trái phiếu trị giá 85 tỷ USD/tháng. Doanh thu của 138 công ty đã báo cáo tăng 5,5%.';
    expect(day(market, '0,6%')).toBe('2013-10-22');
    expect(day(market, '75 điểm')).toBe('2013-10-23');
    expect(day(market, '85 tỷ')).toBeNull();
    // Trading figures without a word of their own stay the day's.
    const trading = 'Chứng khoán\n23/10/2013 15:20\n\nPhiên hôm nay, VN-Index tăng 5,2 điểm. Sáng nay giá vàng giảm. Phiên chiều ổn định. Khối ngoại bán ròng 50 tỷ đồng. Sàn HOSE có 120 mã tăng.';
    expect(day(trading, '50 tỷ')).toBe('2013-10-23');
    expect(day(trading, '120 mã')).toBe('2013-10-23');
    expect(day(market, '5,5%')).toBeNull();
    // An ordinary article: an undated figure stays undated.
    expect(day('Tin tỉnh\n22/10/2013 12:08\n\nTỉnh có 120 trường học.', '120')).toBeNull();
    expect(claimAt('Ngày 1/8/2013, giá điện tăng 5%.', '5%').period).toBe('2013-08-01');
    expect(claimAt('9 tháng đầu năm 2020, thu ngân sách giảm 12% so với cùng kỳ năm 2019.', '12%').period).toBe('9 tháng đầu năm 2020');
  });

  it('periods without a year take the article\'s year; a period right after the figure is its own', () => {
    const day = (raw: string, fragment: string) => extractClaims(raw, extractMetadata(raw)).find((c) => c.quote.includes(fragment))?.period;
    const dated = 'Than xuất khẩu tăng\n22/10/2013 06:50\n\nTrong 8 tháng qua, công ty lãi 60 tỷ đồng. Doanh thu chín tháng của công ty đạt 3 tỷ USD. Riêng tháng 10, công ty xuất khẩu 900.000 tấn.';
    expect(day(dated, '60 tỷ')).toBe('8 tháng đầu năm 2013');
    expect(day(dated, '3 tỷ USD')).toBe('9 tháng đầu năm 2013');
    expect(day(dated, '900.000')).toBe('tháng 10/2013');
    expect(day('Than\n22/10/2013 06:50\n\nTính đến hết tháng 9/2013, tập đoàn đã sản xuất 31 triệu tấn than.', '31 triệu')).toBe('9 tháng đầu năm 2013');
    // No date line: the year the text speaks of (comparison bases left out).
    const undated = 'Thu ngân sách năm 2020 khó khăn. Trong 8 tháng đầu năm, số thu đạt 53,17% dự toán, giảm 16% so với cùng kỳ năm 2019.';
    expect(claimAt(undated, '53,17%').period).toBe('8 tháng đầu năm 2020');
    const two = 'Ngân hàng dự báo Việt Nam sẽ đạt mức tăng trưởng 3% trong năm 2020 và 7,8% vào năm 2021.';
    expect(claimAt(two, '3%').period).toBe('năm 2020');
    expect(claimAt(two, '7,8%').period).toBe('năm 2021');
    // A record window is not the figure's period.
    expect(claimAt('Chỉ số Dow Jones đạt 15.467,66 điểm, mức cao nhất trong vòng 1 tháng qua.', '15.467').period).toBeNull();
  });
});
