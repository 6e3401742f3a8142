import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import type { ExtractedClaim } from '../../../shared/schema';
import { normalizeText } from '../../../shared/text';

/**
 * Engine 39 (shared/extract/eventDay.ts): a figure no period reader dates takes the day of the reported event the
 * text states — in its sentence, in the paragraph it continues, or (a title figure) in the lede — read against the
 * publication day given as metadata. Sentences written for this test; none is taken from the corpus.
 */
function claimIn(raw: string, published: string, fragment: string): ExtractedClaim {
  const text = normalizeText(raw);
  const claims = extractClaims(text, { ...extractMetadata(text), publishedAt: published });
  const found = claims.filter((c) => c.quote.includes(fragment));
  if (found.length !== 1) throw new Error(`expected one claim containing "${fragment}", got ${JSON.stringify(claims.map((c) => c.quote))}`);
  return found[0] as ExtractedClaim;
}

describe('the day of the reported event (engine 39)', () => {
  const firing: [string, string, string, string, string][] = [
    // [what, text, publication day, figure, day]
    ['a day opening the sentence', 'Chiều 14/11, một vụ sạt lở đất ở huyện Nam Trà My đã vùi lấp 7 ngôi nhà.', '2023-11-15', '7 ngôi nhà', '2023-11-14'],
    ['a day after the figure', 'Đội tuyển futsal nữ Việt Nam thắng Myanmar 4-1 tối 9/11 tại Hà Nội.', '2023-11-10', '4-1', '2023-11-09'],
    ['"ngày D/M" inside the clause', 'Trận động đất mạnh xảy ra ngày 5/8 làm sập 120 căn nhà ở tỉnh Kon Tum.', '2023-08-07', '120 căn', '2023-08-05'],
    ['a day with its year', 'Ngày 3/2/2024, cơ quan công an bắt giữ 15 đối tượng đánh bạc tại Bình Dương.', '2024-02-05', '15 đối tượng', '2024-02-03'],
    ['a day written with dashes', 'Đêm 9-6, xưởng gỗ ở Bình Dương bốc cháy, thiêu rụi 2.000 m2 nhà xưởng.', '2024-06-10', '2.000 m2', '2024-06-09'],
    ['"hôm qua"', 'Hôm qua, lực lượng kiểm lâm tịch thu 35 cá thể chim hoang dã tại chợ Hà Đông.', '2024-04-02', '35 cá thể', '2024-04-01'],
    ['"rạng sáng nay"', 'Rạng sáng nay, xe container lật trên quốc lộ 1A khiến 3 xe máy bị hư hỏng.', '2024-04-02', '3 xe', '2024-04-02'],
    ['a trading session', 'Kết thúc phiên giao dịch 18/3, cổ phiếu Sông Hồng đứng ở mức 42.500 đồng.', '2024-03-19', '42.500 đồng', '2024-03-18'],
    ['a prison term handed down', 'Ngày 21/5, TAND tỉnh Nghệ An tuyên phạt bị cáo Trần Văn Sơn 12 năm tù về tội cướp tài sản.', '2024-05-22', '12 năm', '2024-05-21'],
    ['a fee in force from the day', 'Phí gửi xe máy tại các chung cư ở Hà Nội được áp dụng từ ngày 1/4 ở mức 120.000 đồng/tháng.', '2024-03-28', '120.000', '2024-04-01'],
    ['a decision on the day', 'Ngân hàng trung ương Hàn Quốc ngày 12/10 quyết định giữ lãi suất cơ bản ở mức 3,5%.', '2023-10-13', '3,5%', '2023-10-12'],
    [
      'carried to the next sentence of the paragraph',
      'Tối 16/9, đội tuyển bóng rổ Việt Nam thắng Malaysia 78-70. Tiến Tùng ghi 23 điểm cho đội nhà.',
      '2023-09-17',
      '23 điểm',
      '2023-09-16',
    ],
    [
      'carried after "Trong đó"',
      'Sáng 2/6, vụ ngộ độc thực phẩm tại một trường mầm non ở Nha Trang khiến 40 trẻ phải nhập viện. Trong đó, 6 trẻ phải thở oxy.',
      '2024-06-03',
      '6 trẻ',
      '2024-06-02',
    ],
    // A unit of size after a verb of the event, not after the building it measures (session 40).
    ['floors the fire spread to', 'Tối 12/9, ngọn lửa bùng phát ở tầng trệt rồi lan lên 3 tầng.', '2024-09-13', '3 tầng', '2024-09-12'],
    ['beds a hospital added', 'Sáng 3/4, bệnh viện bổ sung 200 giường bệnh cho khoa cấp cứu.', '2024-04-04', '200 giường', '2024-04-03'],
    ['rooms a fire destroyed', 'Đêm 20/3, vụ cháy thiêu rụi 20 phòng của khách sạn.', '2024-03-21', '20 phòng', '2024-03-20'],
    // Review of s40-lead: any verb between the noun and the figure makes it the event's (not only listed verbs).
    ['rooms a hotel filled', 'Ngày 12/11, khách sạn kín hết 200 phòng do lượng khách tăng đột biến.', '2024-11-13', '200 phòng', '2024-11-12'],
    ['rooms a school set aside ("nhà trường")', 'Sáng 18/11, nhà trường bố trí 15 phòng cho thí sinh thi lại.', '2024-11-19', '15 phòng', '2024-11-18'],
    ['seats added (a change)', 'Tối 15/11, nhà xe tăng thêm 300 chỗ cho hành khách về quê dịp cuối tuần.', '2024-11-16', '300 chỗ', '2024-11-15'],
    ['beds a hospital requisitioned', 'Sáng 12/11, bệnh viện trưng dụng 100 giường của khoa nội.', '2024-11-13', '100 giường', '2024-11-12'],
    ['rooms a hotel cancelled', 'Tối 10/11, khách sạn hủy 300 phòng đặt trước vì bão Yinxing.', '2024-11-11', '300 phòng', '2024-11-10'],
    ['rooms a school used', 'Sáng 9/11, trường sử dụng 20 phòng để tổ chức thi.', '2024-11-10', '20 phòng', '2024-11-09'],
    // An average over items is no habit (session 40): the price adjustment of the day.
    ['an average price adjusted on the day', 'Chiều 11/10, EVN điều chỉnh giá điện bán lẻ bình quân tăng 4,5%.', '2024-10-12', '4,5%', '2024-10-11'],
    ['an average measured on the day', 'Ngày 20/6, lượng mưa trung bình đạt 150 mm tại Hà Giang.', '2024-06-21', '150 mm', '2024-06-20'],
    ['an average per litre adjusted on the day', 'Sáng 4/4, điều chỉnh giá xăng, bình quân mỗi lít tăng 300 đồng.', '2024-04-05', '300 đồng', '2024-04-04'],
    ['an average help per household', 'Ngày 7/7, mỗi hộ được hỗ trợ trung bình 5 triệu đồng.', '2024-07-08', '5 triệu', '2024-07-07'],
    // Third review: an average in another clause of the sentence leaves the event's figures their day.
    ['a count beside an average per person', 'Tối 2/9, lễ hội thu hút 12.000 lượt khách, trung bình mỗi người chi 500.000 đồng.', '2024-09-03', '12.000 lượt', '2024-09-02'],
    ['counts beside an average "cứ 8 xe"', 'Sáng 3/3, lực lượng CSGT kiểm tra 350 phương tiện, trung bình cứ 8 xe có 1 xe vi phạm.', '2024-03-04', '350 phương tiện', '2024-03-03'],
    ['a late-December day in a January text', 'Tối 30/12, pháo hoa tại Đà Nẵng thu hút 50.000 người xem.', '2024-01-02', '50.000 người', '2023-12-30'],
  ];
  it.each(firing)('%s', (_what, text, published, fragment, day) => {
    expect(claimIn(text, published, fragment).period).toBe(day);
  });

  const nearMisses: [string, string, string, string][] = [
    // [what, text, publication day, figure]: the figure keeps no day (null)
    ['a day that is a deadline', 'Các hộ kinh doanh phải nộp 2 triệu đồng tiền phí trước ngày 30/6.', '2024-06-10', '2 triệu đồng'],
    ['a day that ends a span', 'Từ ngày 2/11 đến ngày 10/11, thành phố tổ chức 25 điểm bán hàng bình ổn giá.', '2024-11-12', '25 điểm'],
    ['the day of a document only', 'Theo Quyết định số 1234/QĐ-UBND ngày 5/10, huyện được hỗ trợ 3 tỷ đồng để sửa trường học.', '2024-10-20', '3 tỷ đồng'],
    ['a day after the publication (a plan)', 'Ngày 25/12, công ty khai trương cửa hàng thứ 100 tại Cần Thơ.', '2024-12-01', 'thứ 100'],
    ['a forecast on the day', 'Chiều 3/9, Bộ Công Thương dự báo xuất khẩu gạo sẽ đạt 8 triệu tấn.', '2024-09-04', '8 triệu tấn'],
    ['the same period of another year', 'Sáng 4/3, lượng khách đến Hội An tăng 20% so với cùng kỳ.', '2024-03-05', '20%'],
    // (Session 71: "trong 10 năm qua, … đã trồng 3.000 cây xanh" is dated by its window, 2015–2024, not by the event's
    // day — tests/unit/extract/period71.test.ts.)
    ['an age', 'Chiều 11/4, cụ Lò Thị Nhung, 101 tuổi, được chúc thọ tại Sơn La.', '2024-04-12', '101 tuổi'],
    ['a rank in a standing ranking', 'Ngày 18/7, FIFA công bố bảng xếp hạng mới, đội tuyển nữ Việt Nam đứng thứ 37 thế giới.', '2024-07-19', 'thứ 37'],
    ['a total up to now', 'Sáng 10/5, tính đến nay tỉnh đã trồng được 1.500 ha rừng mới.', '2024-05-11', '1.500 ha'],
    ['a duration', 'Tối 2/9, màn pháo hoa tại hồ Hoàn Kiếm kéo dài 15 phút.', '2024-09-03', '15 phút'],
    ['the level a shift starts from', 'Chiều 1/7, giá điện sinh hoạt được điều chỉnh từ 2.000 đồng lên 2.100 đồng mỗi kWh.', '2024-07-02', '2.000 đồng'],
    ['a saying at a meeting', 'Sáng 15/10, tại buổi họp báo, ông Trần Minh cho biết công ty đang có 800 nhân viên.', '2024-10-16', '800 nhân viên'],
    ['a standing attribute', 'Chiều 6/6, cây cầu dài 300 m nối hai xã ở Hậu Giang được khánh thành.', '2024-06-07', '300 m'],
    // Review of s39-eventday: a project's investment is what the project is, not what happened on the day.
    ['a project\'s investment', 'Sáng 21/10, tỉnh Bắc Ninh khánh thành nhà máy có tổng vốn đầu tư 1 tỷ USD.', '2024-10-22', '1 tỷ USD'],
    // Review of s39-eventday: a deadline named a few words before its day is no event's day.
    ['a deadline named a few words before its day', 'Hạn chót nộp hồ sơ là ngày 8/7, đã có 3.000 thí sinh nộp hồ sơ.', '2024-07-09', '3.000 thí sinh'],
    ['a deadline for registering', 'Thời hạn đăng ký xét tuyển là ngày 30/7, trường đã nhận 1.200 hồ sơ.', '2024-08-01', '1.200 hồ sơ'],
    // Session 40: what a building is, said in the event's sentence ("chung cư mini 9 tầng"), is no figure of the day.
    ['the floors of the building on fire', 'Chiều 14/11, vụ cháy chung cư mini 9 tầng ở quận Thanh Xuân làm 3 người chết.', '2024-11-15', '9 tầng'],
    ['the rooms of a hotel', 'Chiều 7/7, khách sạn 200 phòng ở Đà Nẵng đón 150 khách.', '2024-07-08', '200 phòng'],
    ['the beds of a hospital', 'Sáng 9/9, bệnh viện đa khoa 500 giường ở Thái Bình được khánh thành.', '2024-09-10', '500 giường'],
    ['the floors of a named hotel', 'Chiều 7/7, Khách sạn Mường Thanh 25 tầng ở Đà Nẵng đón 800 khách.', '2024-07-08', '25 tầng'],
    // Session 40: an average over time or per head stays another time.
    ['an average per day', 'Chiều 3/3, đại lý ở Hà Đông bình quân một ngày bán 500 xe.', '2024-03-04', '500 xe'],
    ['an average per month', 'Sáng 1/7, lương bình quân tháng của công nhân là 8 triệu đồng.', '2024-07-02', '8 triệu'],
    ['an average per person', 'Tối 9/9, mức chi trung bình/người đạt 2 triệu đồng.', '2024-09-10', '2 triệu'],
    ['an average per head', 'Sáng 8/8, thu nhập bình quân đầu người của xã đạt 4.000 USD.', '2024-08-09', '4.000 USD'],
    // Second review of s40-lead: averages per session, per person, per span and wages stay another time.
    ['an average per session', 'Ngày 18/11, giá trị giao dịch bình quân mỗi phiên trên HOSE đạt 20.000 tỷ đồng.', '2024-11-19', '20.000 tỷ'],
    ['an income per month', 'Sáng 13/11, thu nhập bình quân của công nhân khu công nghiệp đạt 8 triệu đồng/tháng.', '2024-11-14', '8 triệu'],
    ['a wage', 'Ngày 16/11, mức lương bình quân của người lao động ở doanh nghiệp FDI là 9,5 triệu đồng.', '2024-11-17', '9,5 triệu'],
    ['an average per inhabitant', 'Ngày 15/11, trung bình một người dân Hà Nội thải 1,2 kg rác.', '2024-11-16', '1,2 kg'],
    ['an average every few minutes', 'Sáng 17/11, bình quân cứ 3 phút lại có 1 chuyến bay cất cánh từ Nội Bài.', '2024-11-18', '1 chuyến'],
    ['an average per person in the figure\'s clause', 'Tối 2/9, lễ hội thu hút 12.000 lượt khách, trung bình mỗi người chi 500.000 đồng.', '2024-09-03', '500.000 đồng'],
    ['a bracketed aside', 'Ngày 12/4, anh Lê Văn Hòa (45 kg, 1,6 m) bị bắt vì trộm cắp tại Huế.', '2024-04-13', '45 kg'],
    [
      'a carry broken by another time',
      'Tối 16/9, đội tuyển bóng rổ Việt Nam thắng Malaysia 78-70. Trước đó, đội từng thua Philippines 60-81.',
      '2023-09-17',
      '60-81',
    ],
    [
      'a carry into a standing count',
      'Đêm 3/3, một vụ cháy xảy ra tại khu trọ ở quận 8. Khu trọ có 20 phòng cho thuê.',
      '2024-03-04',
      '20 phòng',
    ],
    ['a total since a day', 'Kể từ ngày 2/9, cảng Cát Lái đã tiếp nhận 400 tàu hàng.', '2024-10-01', '400 tàu'],
    ['the start of a plan', 'Đội tuyển tập trung từ ngày 8/11 để chuẩn bị cho 2 trận đấu vòng loại.', '2024-11-01', '2 trận'],
    ['a step on another day', 'Sáng 15/10, chị Hoa nhập viện. Ba ngày sau, chị được truyền 4 đơn vị máu.', '2024-10-20', '4 đơn vị'],
    [
      'no carry from the day a rule takes effect',
      'Quy định mới có hiệu lực từ ngày 1/7/2024. Lượng khách đến Đà Lạt đạt 600.000 lượt.',
      '2024-09-01',
      '600.000 lượt',
    ],
    [
      'no carry into a rate per month',
      'Tối 2/5, hội đồng quản trị họp bất thường. Công ty duy trì quỹ thưởng 2 tỷ đồng/tháng.',
      '2024-05-03',
      '2 tỷ',
    ],
    [
      'no carry into results cited in a day\'s report',
      'Sáng 6/8, thị trường chứng khoán giảm nhẹ. Doanh thu của 40 doanh nghiệp niêm yết tăng 7%.',
      '2024-08-07',
      '7%',
    ],
    ['a day that is a comparison base', 'So với ngày 3/5, giá heo hơi tăng 2.000 đồng/kg.', '2024-05-10', '2.000 đồng'],
    ['a range per day that looks like a day', 'Người bệnh nên uống ngày 2-3 lần, mỗi lần 100 ml.', '2024-05-10', '100 ml'],
    ['a running total on the day', 'Tối 12/5, đội khách thắng và nâng tổng số lên 31 điểm.', '2024-05-13', '31 điểm'],
    [
      'no carry into another paragraph',
      'Chiều 5/5, đoàn thanh tra làm việc tại công ty.\nCông ty có 300 công nhân làm việc theo ca.',
      '2024-05-06',
      '300 công nhân',
    ],
  ];
  it.each(nearMisses)('not: %s', (_what, text, published, fragment) => {
    expect(claimIn(text, published, fragment).period).toBeNull();
  });

  it('a title figure repeated in the lede takes the lede\'s day', () => {
    const text = normalizeText('Cháy kho hàng thiêu rụi 5 tấn hàng hóa\nĐêm 20/7, một kho hàng ở quận Bình Tân bốc cháy dữ dội, thiêu rụi 5 tấn hàng hóa.');
    const claims = extractClaims(text, { ...extractMetadata(text), publishedAt: '2024-07-21' }).filter((c) => c.quote.includes('5 tấn'));
    expect(claims.map((c) => c.period)).toEqual(['2024-07-20', '2024-07-20']);
  });

  it('a title figure the lede does not repeat takes no day', () => {
    const text = normalizeText('Cháy kho hàng thiêu rụi 5 tấn hàng hóa\nĐêm 20/7, một kho hàng ở quận Bình Tân bốc cháy dữ dội.');
    const claims = extractClaims(text, { ...extractMetadata(text), publishedAt: '2024-07-21' }).filter((c) => c.quote.includes('5 tấn'));
    expect(claims.map((c) => c.period)).toEqual([null]);
  });

  it('a period of its own wins over the day', () => {
    expect(claimIn('Sáng 5/10, Tổng cục Thống kê cho biết GDP quý III tăng 7,4%.', '2024-10-06', '7,4%').period).not.toBe('2024-10-05');
  });
});
