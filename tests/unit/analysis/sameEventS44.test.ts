import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { makeArticle, raisedBetween as raised } from './helpers';

// Session 44 (issue 10 (b)): the names around a same-event figure, units spelled out in words. Every
// sentence here is written for these tests.

describe('names around a figure: a word the window cuts is no name', () => {
  // "TP.HCM" forty characters before the figure: the window of names around it used to begin inside it
  // and read "CM" as a name that the other report does not give.
  const reportA =
    'Kỳ thủ Lê Quang Khải vừa giành Huy chương vàng cờ nhanh với 7,5 điểm sau 9 ván đấu tại Đà Lạt. Ban tổ chức trao thưởng 45 triệu đồng cho nhà vô địch. Được biết, Quang Khải sinh ra ở TP.HCM, chuyển ra Đà Nẵng học cờ vua từ năm 12 tuổi. Giải năm nay có 214 kỳ thủ tham dự.';
  const reportB =
    'Lê Quang Khải giành Huy chương vàng cờ nhanh với 7,5 điểm sau 9 ván đấu ở Đà Lạt, nhận khoản thưởng 45 triệu đồng. Bắt đầu học cờ vua ở Đà Nẵng khi mới 13 tuổi, Khải mỗi ngày dành 5 tiếng tập luyện. Giải có 214 kỳ thủ tham dự.';

  it('compares the age given in the same words (12 / 13)', () => {
    expect(raised(reportA, reportB)).toContainEqual(['12', '13']);
  });

  it('keeps the same words said of another city apart (Đà Nẵng / Huế)', () => {
    const otherCity = reportB.replace('ở Đà Nẵng khi mới 13 tuổi', 'ở Huế khi mới 13 tuổi');
    expect(otherCity).not.toBe(reportB);
    expect(raised(reportA, otherCity)).toEqual([]);
  });
});

describe('names around a figure: a name the window’s end cuts stays a name of its own', () => {
  // The window of names ends forty characters after the figure, here inside the second word of a province.
  // Its head ("Quảng Nin") is still a name the other report does not give; trimmed to its first word
  // ("Quảng") it would be read as part of another province ("Quảng Nam") and the two counts as one fact.
  const leadA =
    'Sáng 8/11, Sở Công Thương tỉnh Long An cùng Hiệp hội Doanh nghiệp Trẻ khai mạc Hội chợ Kết nối Cung cầu với 230 gian hàng. Doanh thu sau ba ngày đạt 46 tỷ đồng, trong đó hàng nông sản chiếm 18 tỷ đồng. ';
  const leadB =
    'Hội chợ Kết nối Cung cầu do Sở Công Thương Long An và Hiệp hội Doanh nghiệp Trẻ tổ chức từ ngày 8/11 quy tụ 230 gian hàng, doanh thu ba ngày 46 tỷ đồng, riêng nông sản 18 tỷ đồng. ';
  const cases: Array<[string, string, string]> = [
    ['chủ yếu với', 'Quảng Ninh', 'Quảng Nam'],
    ['phần lớn với', 'Thái Nguyên', 'Thái Bình'],
    ['đa số với phía', 'Hà Tĩnh', 'Hà Giang'],
  ];
  for (const [how, placeA, placeB] of cases) {
    it(`keeps the memoranda of ${placeA} and of ${placeB} apart (27 / 28)`, () => {
      const target = `Ban tổ chức ký được 27 biên bản ghi nhớ, ${how} ${placeA}.`;
      // The window (40 characters after "27") ends inside the second word of the place.
      const cut = target.indexOf('27') + 2 + 40;
      const second = target.indexOf(placeA) + placeA.indexOf(' ') + 1;
      expect(cut).toBeGreaterThan(second);
      expect(cut).toBeLessThan(second + placeA.length - placeA.indexOf(' ') - 1);
      expect(raised(leadA + target, `${leadB}Các doanh nghiệp ${placeB} ký 28 biên bản ghi nhớ tại hội chợ.`)).toEqual([]);
    });
  }
});

describe('units spelled out in words', () => {
  const unitOf = (text: string, value: number): string | undefined =>
    passagesOf(makeArticle('a', text, '2024-04-20T08:00')).flatMap(figureContexts).find((c) => c.figure.value === value)?.unit;

  it('reads "đô la", "phần trăm", "cây số", "héc-ta", "ki-lô-mét" as the unit their code or sign is', () => {
    expect(unitOf('Gói thầu nạo vét cảng trị giá 650 triệu đô la Mỹ.', 650e6)).toBe(unitOf('Gói thầu nạo vét cảng trị giá 650 triệu USD.', 650e6));
    expect(unitOf('Gói thầu nạo vét cảng trị giá 650 triệu đôla.', 650e6)).toBe('usd');
    expect(unitOf('Giá vé máy bay dịp Tết giảm 15 phần trăm.', 15)).toBe(unitOf('Giá vé máy bay dịp Tết giảm 15%.', 15));
    expect(unitOf('Tuyến đường ven biển dài 120 cây số.', 120)).toBe('km');
    expect(unitOf('Đợt cháy rừng thiêu rụi 300 héc-ta rừng thông.', 300)).toBe('ha');
    expect(unitOf('Đợt cháy rừng thiêu rụi 300 hécta rừng thông.', 300)).toBe('ha');
    expect(unitOf('Đoàn đua chạy 42 ki-lô-mét qua ba huyện.', 42)).toBe('km');
  });

  it('leaves words that only fold like a unit alone: a degree, a city, a prize, a tree', () => {
    expect(unitOf('Trưa nay nhiệt độ ở Hà Nội lên tới 38 độ C.', 38)).not.toBe('usd');
    expect(unitOf('Tỉnh có 3 đô thị loại một.', 3)).not.toBe('usd');
    expect(unitOf('Ban tổ chức trao 20 phần thưởng cho học sinh.', 20)).not.toBe('%');
    expect(unitOf('Mỗi hộ trồng thêm 10 cây xanh trước nhà.', 10)).not.toBe('km');
  });

  it('leaves a unit squared or cubed as it is written, no length: "cây số vuông", "ki-lô-mét vuông", "ki-lô-mét khối"', () => {
    expect(unitOf('Khu bảo tồn mở rộng thêm 30 cây số vuông.', 30)).not.toBe('km');
    expect(unitOf('Khu bảo tồn mở rộng thêm 30 ki-lô-mét vuông.', 30)).not.toBe('km');
    expect(unitOf('Hồ chứa thêm 2 ki-lô-mét khối nước.', 2)).not.toBe('km');
    expect(unitOf('Khu bảo tồn mở rộng thêm 30 cây số về phía tây.', 30)).toBe('km');
  });

  it('reads the dollar of another country as that country’s code, not USD; "đô la Mỹ" is USD', () => {
    expect(unitOf('Hợp đồng trị giá 360 triệu đô la Úc.', 360e6)).toBe(unitOf('Hợp đồng trị giá 360 triệu AUD.', 360e6));
    expect(unitOf('Hợp đồng trị giá 360 triệu đô la Singapore.', 360e6)).toBe(unitOf('Hợp đồng trị giá 360 triệu SGD.', 360e6));
    expect(unitOf('Hợp đồng trị giá 360 triệu đôla Hồng Kông.', 360e6)).not.toBe('usd');
    expect(unitOf('Hợp đồng trị giá 360 triệu đô la Canada.', 360e6)).not.toBe('usd');
    expect(unitOf('Hợp đồng trị giá 360 triệu đô-la Đài Loan.', 360e6)).not.toBe('usd');
    expect(unitOf('Hợp đồng trị giá 360 triệu đô la New Zealand.', 360e6)).not.toBe('usd');
    expect(unitOf('Hợp đồng trị giá 360 triệu đô la Mỹ.', 360e6)).toBe('usd');
  });
});

describe('units spelled out in words: reports of one event', () => {
  const planA =
    'Chiều 3/10, UBND tỉnh Quảng Trị và Viện Chiến lược Phát triển công bố quy hoạch vùng với 42 dự án ưu tiên. Tổng vốn dự kiến 27.300 tỷ đồng, trong đó có 11 dự án giao thông. ';
  const planB =
    'Quy hoạch vùng tỉnh Quảng Trị do Viện Chiến lược Phát triển lập, công bố ngày 3/10 gồm 42 dự án ưu tiên, tổng vốn dự kiến 27.300 tỷ đồng, có 11 dự án giao thông. ';

  it('keeps an area ("30 cây số vuông", "30 ki-lô-mét vuông") apart from a length in km (25 km)', () => {
    const length = `${planB}Khu bảo tồn thiên nhiên được mở rộng về phía tây thêm 25 km.`;
    expect(raised(`${planA}Theo đề án, khu bảo tồn thiên nhiên sẽ mở rộng thêm 30 cây số vuông về phía tây.`, length)).toEqual([]);
    expect(raised(`${planA}Theo đề án, khu bảo tồn thiên nhiên sẽ mở rộng thêm 30 ki-lô-mét vuông về phía tây.`, length)).toEqual([]);
  });

  const tradeA =
    'Theo Cục Xuất nhập khẩu thuộc Bộ Công Thương, 10 tháng qua xuất khẩu rau quả đạt 5,6 tỷ USD, tăng 27% so với cùng kỳ. Trung Quốc vẫn là thị trường lớn nhất với 3,1 tỷ USD. ';
  const tradeB =
    'Xuất khẩu rau quả 10 tháng đạt 5,6 tỷ USD, tăng 27%, theo số liệu của Cục Xuất nhập khẩu (Bộ Công Thương). Thị trường Trung Quốc chiếm 3,1 tỷ USD. ';
  const durianA = `${tradeA}Riêng sầu riêng xuất khẩu mang về 2,4 tỷ USD, gấp đôi năm trước.`;

  it('compares an amount in USD with one in dollars spelled out (2,4 tỷ USD / 4,2 tỷ đô la, 4,2 tỷ đôla)', () => {
    expect(raised(durianA, `${tradeB}Sầu riêng xuất khẩu đạt 4,2 tỷ đô la trong cùng thời gian.`)).toContainEqual(['2,4 tỷ', '4,2 tỷ']);
    expect(raised(durianA, `${tradeB}Sầu riêng xuất khẩu đạt 4,2 tỷ đôla trong cùng thời gian.`)).toContainEqual(['2,4 tỷ', '4,2 tỷ']);
  });

  it('takes the same amount written both ways as agreeing', () => {
    expect(raised(durianA, `${tradeB}Sầu riêng xuất khẩu đạt 2,4 tỷ đô la trong cùng thời gian.`)).toEqual([]);
  });

  const importers: Array<[string, string]> = [
    ['Úc', '360 triệu đô la Úc'],
    ['Singapore', '320 triệu đô la Singapore'],
    ['Canada', '330 triệu đô la Canada'],
  ];
  for (const [country, amount] of importers) {
    it(`keeps an amount in USD apart from one in the dollar of ${country} (240 triệu USD / ${amount})`, () => {
      expect(
        raised(
          `${tradeA}Riêng thị trường ${country} nhập khẩu sầu riêng trị giá 240 triệu USD.`,
          `${tradeB}${country} nhập khẩu lượng sầu riêng trị giá ${amount}.`,
        ),
      ).toEqual([]);
    });
  }
});
