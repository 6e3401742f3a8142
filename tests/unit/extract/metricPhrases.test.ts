// The metric an editor reads beside a claim (issue 11: "the metric as a short noun phrase"): rough labels
// seen on the seeds — the subject inside a streak's metric, a date's own words in its event, a phrase cut on
// a preposition — and a "tỉnh, TP." plural read as a city. Each case failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

function claimOf(body: string, quote: string) {
  const text = 'Tin địa phương\n08/03/2024 10:00\n\n' + body;
  const found = extractClaims(text, extractMetadata(text)).find((c) => text.slice(c.start, c.end) === quote);
  expect(found, quote).toBeDefined();
  return found!;
}

describe('a streak’s metric is what was held, without the subject opening the clause', () => {
  it('the province named after the streak is its subject, not its metric; the group’s number stays', () => {
    const c = claimOf('Trong 3 năm liên tiếp (2020, 2021, 2022) tỉnh Hòa Bình đứng trong nhóm 5 tỉnh, thành phố dẫn đầu.', '3 năm liên tiếp (2020, 2021, 2022)');
    expect(c.metric).toBe('đứng trong nhóm 5 tỉnh');
    expect(c.subject).toBe('Hòa Bình');
  });
  it('"tỉnh" standing for the province', () => {
    expect(claimOf('Bốn năm liên tiếp (2019–2022), tỉnh dẫn đầu cả nước về thu hút đầu tư.', 'Bốn năm liên tiếp (2019–2022)').metric).toBe(
      'dẫn đầu cả nước về thu hút đầu tư',
    );
  });
  it('a word that only begins like a unit noun ("thành công") stays', () => {
    expect(claimOf('Đội bóng có năm thứ hai liên tiếp thành công trên đất Thái Lan.', 'năm thứ hai liên tiếp').metric).toBe('thành công trên đất thái lan');
  });
});

describe('a date’s metric is its event, not the words of the date', () => {
  it.each([
    ['Thủ tục mới bắt đầu thực hiện từ ngày 1/3/2024.', 'ngày 1/3/2024', 'ngày bắt đầu thực hiện'],
    ['Bảng xếp hạng được công bố ngày 21/9/2023, cho thấy nhiều thay đổi.', 'ngày 21/9/2023', 'ngày công bố'],
  ])('%s', (body, quote, metric) => expect(claimOf(body, quote).metric).toBe(metric));
  it('a document’s number after the event stays', () => {
    expect(claimOf('Ngày 5/6/2022, Tỉnh ủy Hòa Bình ban hành Nghị quyết số 12/NQ-TU về chuyển đổi số.', 'Ngày 5/6/2022').metric).toBe(
      'ban hành nghị quyết số 12/NQ-TU',
    );
  });
});

describe('a metric does not end on a word left where the phrase was cut', () => {
  it('a long phrase before the figure cut on "trên"', () => {
    expect(claimOf('Tỷ lệ hồ sơ được xử lý hoàn toàn trực tuyến trên môi trường mạng đạt 70%.', '70%').metric).toBe(
      'tỷ lệ hồ sơ được xử lý hoàn toàn trực tuyến',
    );
  });
  it('a verb of movement ends the counted phrase after the number', () => {
    expect(claimOf('Tỉnh có 20/20 dịch vụ công thiết yếu lên cổng dịch vụ công quốc gia.', '20/20 dịch vụ').metric).toBe('dịch vụ công thiết yếu');
  });
  it('but "lối lên xuống" is one noun', () => {
    expect(claimOf('Nhà ga có 4 lối lên xuống cho hành khách.', '4 lối').metric).toBe('lối lên xuống');
  });
});

describe('a counted phrase after the number is not cut inside a word (QA of the seeds: "số điện thoại di động thông")', () => {
  it.each([
    ['Có 78% số điện thoại di động thông minh được phổ cập mạng 4G.', '78%', 'số điện thoại di động thông minh'],
    ['Tỉnh cung cấp 100% dịch vụ công trực tuyến mức độ 4 trên cổng.', '100%', 'dịch vụ công trực tuyến mức độ'],
    ['Đã cấp 5.000 hồ sơ tài khoản định danh điện tử mức 2 cho người dân.', '5.000 hồ sơ', 'hồ sơ tài khoản định danh điện tử mức'],
  ])('%s', (body, quote, metric) => expect(claimOf(body, quote).metric).toBe(metric));
  it('a phrase of eight syllables is kept whole; it ends before a verb', () => {
    expect(claimOf('Có 45% số trường tiểu học chọn sách tiếng Việt được in mới.', '45%').metric).toBe('số trường tiểu học chọn sách tiếng việt');
  });
});

describe('"tỉnh, TP." is the plural, its dot may end the sentence', () => {
  it('no city named after the next sentence’s first word', () => {
    const body = 'Năm 2023, tỉnh Hòa Bình đạt 90,5% và xếp thứ 5/63 tỉnh, TP. Đặc biệt trong 8 lĩnh vực đánh giá, tỉnh dẫn đầu 3 lĩnh vực.';
    expect(claimOf(body, '8 lĩnh vực').subject).toBe('Hòa Bình');
  });
  it('"TP. Huế" is still a city', () => {
    expect(claimOf('Tại TP. Huế, 8 trường học đã khai giảng.', '8 trường học').subject).toBe('Thành phố Huế');
  });
});

describe('an index’s abbreviation in brackets is no company', () => {
  it('"chỉ số chuyển đổi số cấp tỉnh (DTI)": the ranks are the province’s', () => {
    const body = 'Hòa Bình cũng là địa phương nằm trong nhóm dẫn đầu về chỉ số chuyển đổi số cấp tỉnh (DTI), năm 2021, xếp thứ 4; năm 2022, xếp thứ 7.';
    expect(claimOf(body, 'thứ 4').subject).toBe('Hòa Bình');
    expect(claimOf(body, 'thứ 7').subject).toBe('Hòa Bình');
  });
  it('a ticker in brackets after a company stays the company’s', () => {
    expect(claimOf('Cổ phiếu của Công ty cổ phần Đầu tư (DTI) tăng 5%.', 'tăng 5%').subject).toBe('DTI');
  });
});

describe('review of engine 27: what the new rules must leave as they were', () => {
  it.each([
    ['Trong 3 năm liên tiếp (2020-2022), xã hội hóa giáo dục đạt kết quả tốt.', 'xã hội hóa giáo dục đạt kết quả tốt'],
    ['Trong 3 năm liên tiếp (2020-2022), Tỉnh ủy Bắc Giang lãnh đạo tốt công tác này.', 'tỉnh ủy bắc giang lãnh đạo tốt công tác này'],
    ['Trong 3 năm liên tiếp (2020-2022), ngành du lịch đón trên 5 triệu lượt khách.', 'ngành du lịch đón'],
  ])('a unit word opening a compound stays in a streak’s metric: %s', (body, metric) => {
    expect(claimOf(body, '3 năm liên tiếp (2020-2022)').metric).toBe(metric);
  });
  it('a title opening on "Trong 3 năm" names no product', () => {
    const text = 'Trong 3 năm, tỉnh thu hút 2 tỷ USD\n08/03/2024 10:00\n\nTrong 3 năm liên tiếp (2020-2022), xã hội hóa giáo dục đạt kết quả tốt.';
    const c = extractClaims(text, extractMetadata(text)).find((x) => x.kind === 'streak');
    expect(c?.subject ?? null).toBeNull();
  });
  it('a stock in brackets after "chỉ số … là mã …" stays a ticker', () => {
    expect(claimOf('Trụ đỡ chính của chỉ số hôm nay là mã ngân hàng (CTG) với mức tăng 3,5%.', 'tăng 3,5%').subject).toBe('CTG');
  });
  it('"UBND tỉnh và TP. Sầm Sơn" names the city', () => {
    expect(claimOf('UBND tỉnh và TP. Sầm Sơn đã hỗ trợ 200 hộ dân.', '200 hộ dân').subject).toBe('Thành phố Sầm Sơn');
  });
});

describe('second review of engine 27', () => {
  it.each([
    ['Chỉ số chịu sức ép lớn từ nhóm chứng khoán (SSI) khi mã này giảm 3%.', 'giảm 3%', 'SSI'],
    ['Chỉ số lao dốc theo nhóm thép (HPG) với mức giảm 2%.', 'giảm 2%', 'HPG'],
  ])('a stock in brackets after a market report stays a ticker: %s', (body, quote, subject) => expect(claimOf(body, quote).subject).toBe(subject));
  it.each(['Có nhiều tỉnh và TP. Đặc biệt, 8 địa phương đạt chuẩn.', 'Có 20 tỉnh và TP. Tuy nhiên, 8 địa phương đạt chuẩn.'])(
    'a counted "tỉnh và TP." is the plural: %s',
    (body) => expect(claimOf(body, '8 địa phương').subject).toBeNull(),
  );
});

describe('a place named as the scope of another subject is not carried to the next sentences (QA of the seeds: "78%" of Việt Nam)', () => {
  it('"Bắc Ninh là một trong những địa phương … tại Việt Nam. … 95%" is Bắc Ninh’s', () => {
    const c = claimOf(
      'Bắc Ninh là một trong những địa phương dẫn đầu về thu hút FDI tại Việt Nam. Tỉnh đã chú trọng cải cách thủ tục. Năm 2023, 95% hồ sơ được giải quyết đúng hạn.',
      '95%',
    );
    expect(c.subject).toBe('Bắc Ninh');
  });
  it('a place after "tại" in a sentence with no subject of its own is still the topic', () => {
    expect(claimOf('Hội nghị được tổ chức tại Đà Nẵng. Có 500 đại biểu tham dự.', '500 đại biểu').subject).toBe('Đà Nẵng');
  });
});

describe('a rank in a ranking published on a later day is of the ranking’s edition (issue 11: "a ranking from the 2022 index gets the date of the article")', () => {
  it('"(Việt Nam ICT Index 2022) công bố ngày 21/9/2023, … xếp thứ 10" is a rank of 2022', () => {
    const c = claimOf('Theo Báo cáo chỉ số sẵn sàng cho phát triển công nghệ thông tin (Việt Nam ICT Index 2022) công bố ngày 21/9/2023, tỉnh Lạng Sơn xếp thứ 10 cả nước.', 'thứ 10');
    expect(c.period).toBe('năm 2022');
  });
  it('the published day itself stays a date claim of that day', () => {
    const c = claimOf('Theo Báo cáo chỉ số sẵn sàng cho phát triển công nghệ thông tin (Việt Nam ICT Index 2022) công bố ngày 21/9/2023, tỉnh Lạng Sơn xếp thứ 10 cả nước.', 'ngày 21/9/2023');
    expect(c.period).toBe('2023-09-21');
  });
});

describe('a share restated in brackets for a part keeps the metric of the figure before the bracket', () => {
  it('"tỷ lệ … đạt 38,95% (riêng tháng 9/2023 đạt 64,6%)"', () => {
    const c = claimOf('Trong 9 tháng năm 2023, tỷ lệ người dân sử dụng dịch vụ công trực tuyến tại Lạng Sơn đạt 38,95% (riêng tháng 9/2023 đạt 64,6%).', '64,6%');
    expect(c.metric).toBe('tỷ lệ người dân sử dụng dịch vụ công trực tuyến');
    expect(c.period).toBe('tháng 9/2023');
  });
  it('a bracket that is no part of the whole reads its own words', () => {
    expect(claimOf('Doanh thu đạt 500 tỷ đồng (lợi nhuận đạt 12%).', '12%').metric).toBe('lợi nhuận');
  });
});

describe('review of engine 28: what the new rules must leave as they were', () => {
  it('a place pointed back at ("Tỉnh này", "Nước này", "thủ đô") stays the topic', () => {
    expect(claimOf('Công an Hà Nội phối hợp điều tra tại Hưng Yên. Tỉnh này có 300 cơ sở sản xuất nhỏ lẻ.', '300 cơ sở').subject).toBe('Hưng Yên');
    expect(claimOf('Tỉnh Bắc Ninh tổ chức xúc tiến đầu tư ở Nhật Bản. Nước này hiện có 1.200 dự án đầu tư vào Việt Nam.', '1.200 dự án').subject).toBe('Nhật Bản');
    expect(claimOf('UBND tỉnh Nghệ An tổ chức hội nghị xúc tiến đầu tư tại Hà Nội. Năm 2023, thủ đô thu hút 2,9 tỷ USD vốn FDI.', '2,9 tỷ USD').subject).toBe('Hà Nội');
  });
  it('a period the sentence gives a later rank stays its own', () => {
    const text = 'Báo cáo Chỉ số PAPI 2022 công bố ngày 4/4/2023 cho thấy tỉnh Hà Giang xếp thứ 5, trong khi năm 2021 tỉnh xếp thứ 20.';
    expect(claimOf(text, 'thứ 5').period).toBe('năm 2022');
    expect(claimOf(text, 'thứ 20').period).toBe('năm 2021');
    expect(claimOf('Theo Chỉ số PCI 2022 công bố ngày 5/4/2023, tỉnh Bắc Ninh xếp thứ 8; tỉnh đặt mục tiêu đến năm 2025 xếp thứ 3 cả nước.', 'thứ 3').period).toBe('đến năm 2025');
  });
  it('a percent in brackets after a count is another measure', () => {
    expect(claimOf('Số ca mắc trong tuần là 1.200 (trong đó 35% là trẻ em dưới 5 tuổi).', '35%').metric).not.toBe('số ca mắc trong tuần');
  });
  it('a consequence verb ends the counted phrase', () => {
    expect(claimOf('Tỉnh ghi nhận 45 vụ cháy rừng mùa khô năm nay gây thiệt hại lớn.', '45 vụ').metric).toBe('vụ cháy rừng mùa khô năm nay');
  });
});

describe('second review of engine 28', () => {
  it('a consequence verb inside the first words is part of the noun', () => {
    expect(claimOf('Công an tạm giữ 50 xe gắn máy vi phạm.', '50 xe').metric).toBe('xe gắn máy vi phạm');
    expect(claimOf('Công an bắt 12 đối tượng gây rối trật tự công cộng.', '12 đối tượng').metric).toBe('đối tượng gây rối trật tự công cộng');
    expect(claimOf('Thành phố có 3.000 người giúp việc gia đình.', '3.000 người').metric).toBe('người giúp việc gia đình');
  });
  it('only a standing among others makes the country after "tại" a field; other ways of pointing back keep it', () => {
    expect(claimOf('Tập đoàn Vingroup mở nhà máy ô tô tại Ấn Độ. Thị trường này có 1,4 tỷ dân.', '1,4 tỷ dân').subject).toBe('Ấn Độ');
    expect(claimOf('Tỉnh Lâm Đồng quảng bá du lịch tại Thái Lan. Tại đây, mỗi năm có 40 triệu lượt khách quốc tế.', '40 triệu lượt khách').subject).toBe('Thái Lan');
    expect(claimOf('Tỉnh Bắc Giang đi đầu chuyển đổi số tại Việt Nam. Tỉnh này có 1.000 doanh nghiệp công nghệ số.', '1.000 doanh nghiệp').subject).toBe('Bắc Giang');
  });
  it('a part of a share named by its figure alone is another measure', () => {
    expect(claimOf('Tỷ lệ hộ nghèo của tỉnh giảm còn 3,5% (trong đó 40% là hộ dân tộc thiểu số).', '40%').metric).not.toBe('tỷ lệ hộ nghèo');
  });
});

