import { describe, expect, it } from 'vitest';
import { tokenizeSentence } from '../../../shared/analysis/figures';
import { legsOf } from '../../../shared/analysis/moments';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { detectFindings } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import { makeArticle, raisedBetween } from './helpers';

// False alarms of the cross-source comparison found in review (session 43), each with the near misses
// the fix must not reach. Sentences written for these tests.

describe('ranges: two rough estimates that overlap are not figures at odds', () => {
  it('"2 - 3 người" beside "3 - 4 người" raises nothing', () => {
    const a = 'Vụ cháy nhà trọ ở quận Hà Đông khiến 2 - 3 người bị thương nhẹ, lực lượng cứu hỏa đã khống chế đám cháy sau 30 phút.';
    const b = 'Vụ cháy nhà trọ ở quận Hà Đông khiến 3 - 4 người bị thương nhẹ, lực lượng cứu hỏa đã khống chế đám cháy sau 30 phút.';
    expect(raisedBetween(a, b)).toEqual([]);
  });

  it('"5 - 7%" beside "6 - 8%" raises nothing', () => {
    const a = 'Các chuyên gia cho rằng giá thép xây dựng trong quý tới có thể tăng 5 - 7% do chi phí nguyên liệu đầu vào leo thang.';
    const b = 'Các chuyên gia cho rằng giá thép xây dựng trong quý tới có thể tăng 6 - 8% do chi phí nguyên liệu đầu vào leo thang.';
    expect(raisedBetween(a, b)).toEqual([]);
  });

  it('a range moved clear of the other ("2 - 3 tỷ" / "4 - 5 tỷ") is still a conflict', () => {
    const a = 'Giá mỗi căn hộ tại dự án ven sông dao động từ 2 - 3 tỷ đồng, chủ đầu tư cho biết sẽ mở bán vào quý II.';
    const b = 'Giá mỗi căn hộ tại dự án ven sông dao động từ 4 - 5 tỷ đồng, chủ đầu tư cho biết sẽ mở bán vào quý II.';
    expect(raisedBetween(a, b).length).toBeGreaterThan(0);
  });

  it('one end of a range changed ("6.000 - 9.000" / "6.000 - 8.000 đồng/kg") is still a conflict, the range quoted whole', () => {
    const a = 'Thương lái thu mua lúa tươi tại ruộng với giá 6.000 - 9.000 đồng/kg, tùy giống và chất lượng hạt.';
    const b = 'Thương lái thu mua lúa tươi tại ruộng với giá 6.000 - 8.000 đồng/kg, tùy giống và chất lượng hạt.';
    expect(raisedBetween(a, b)).toEqual([['6.000 - 8.000', '6.000 - 9.000']]);
  });
});

describe('numbered things and calendar numbers are not figures', () => {
  it('article numbers of a law ("Điều 5 - 7" / "Điều 10 - 12") raise nothing', () => {
    const a = 'Theo quy định tại Điều 5 - 7 của Nghị định, doanh nghiệp phải nộp báo cáo cho 12 sở ngành trước ngày 15 hằng tháng.';
    const b = 'Theo quy định tại Điều 10 - 12 của Nghị định, doanh nghiệp phải nộp báo cáo cho 12 sở ngành trước ngày 15 hằng tháng.';
    expect(raisedBetween(a, b)).toEqual([]);
  });

  it('grades ("Lớp 10 - 12" / "lớp 6 - 9") raise nothing; a changed count of schools in the same sentence does', () => {
    const a = 'Chương trình áp dụng cho học sinh lớp 10 - 12 tại 45 trường trung học của tỉnh.';
    const b = 'Chương trình áp dụng cho học sinh lớp 6 - 9 tại 45 trường trung học của tỉnh.';
    expect(raisedBetween(a, b)).toEqual([]);
    const c = 'Chương trình áp dụng cho học sinh lớp 10 - 12 tại 54 trường trung học của tỉnh.';
    expect(raisedBetween(a, c)).toEqual([['45', '54']]);
  });

  it('a month, a day, an article, a clause, a grade are calendar numbers; a count after such a word is not', () => {
    const calendar = (s: string): number[] =>
      tokenizeSentence(s, 0, s.length)
        .figures.filter((f) => f.calendar)
        .map((f) => f.value);
    expect(calendar('Từ tháng 10 thành phố đón hơn 1,2 triệu lượt khách')).toEqual([10]);
    expect(calendar('Hội nghị diễn ra ngày 15 tại Đà Nẵng với 300 đại biểu')).toEqual([15]);
    expect(calendar('Khoản 2 Điều 5, 6 và 7 của Luật quy định mức phạt 40 triệu đồng')).toEqual([2, 5, 6, 7]);
    // "mỗi tháng 10 triệu đồng": an amount each month; "3 tháng 10 ngày": a length; "khoản 500 triệu": money;
    // "thắng 2-1" folds like "tháng 2".
    expect(calendar('Mỗi tháng 10 triệu đồng được chuyển vào tài khoản')).toEqual([]);
    expect(calendar('Công trình hoàn thành sau 3 tháng 10 ngày thi công')).toEqual([]);
    expect(calendar('Doanh nghiệp vay một khoản 500 triệu đồng')).toEqual([]);
    expect(calendar('Đội chủ nhà thắng 2-1 trên sân nhà')).toEqual([]);
    expect(calendar('Trong ngày, 12 ca mắc mới được ghi nhận')).toEqual([]);
    // A counted word after the number that runs on by "và" or a comma: a count of its own (review of the session's change).
    expect(calendar('Từ tháng 10 và 12 tỉnh khác cũng áp dụng mức giá 3.000 đồng')).toEqual([10]);
    expect(calendar('Điều 5, 6 và 7 quy định mức phạt 40 triệu đồng')).toEqual([5, 6, 7]);
  });

  it('in figureContexts a month number has no unit ("tháng 10 thành phố": not a count of "thành")', () => {
    const text = 'Từ tháng 10 thành phố đón hơn 1,2 triệu lượt khách, tăng 15% so với cùng kỳ.';
    const [p] = passagesOf(makeArticle('m', text, '2026-01-01T00:00:00Z'));
    const contexts = figureContexts(p as NonNullable<typeof p>);
    expect(contexts.map((c) => [c.figure.value, c.unit])).toEqual([
      [1_200_000, 'luot'],
      [15, '%'],
    ]);
  });

  it('two monthly reports of the same template ("Tháng 10" / "Tháng 11") raise nothing; a changed count in one month does', () => {
    const a = 'Tháng 10 thành phố đón 1,2 triệu lượt khách, trong đó có 310.000 lượt khách quốc tế.';
    const b = 'Tháng 11 thành phố đón 1,2 triệu lượt khách, trong đó có 310.000 lượt khách quốc tế.';
    expect(raisedBetween(a, b)).toEqual([]);
    const c = 'Tháng 10 thành phố đón 1,2 triệu lượt khách, trong đó có 370.000 lượt khách quốc tế.';
    expect(raisedBetween(a, c)).toEqual([['310.000', '370.000']]);
  });
});

describe('the two legs of a tie are two matches', () => {
  it('a first-leg score beside a second-leg score raises nothing', () => {
    const a = 'Trước đó ở trận lượt đi, Công an Hà Nội thua Thể Công 1-2 ngay tại sân Hàng Đẫy.';
    const b = 'Ở trận lượt về tối qua, Công an Hà Nội thua Thể Công 1-3 trên sân Mỹ Đình.';
    expect(raisedBetween(a, b)).toEqual([]);
  });

  it('a results list of the first leg beside the same list of the second leg raises nothing', () => {
    const a = 'Kết quả lượt đi: Sông Lam Nghệ An 1-0 Hoàng Anh Gia Lai, Hải Phòng 2-2 Thanh Hóa, Bình Định 0-1 Quảng Nam.';
    const b = 'Kết quả lượt về: Sông Lam Nghệ An 1-0 Hoàng Anh Gia Lai, Hải Phòng 2-2 Thanh Hóa, Bình Định 0-2 Quảng Nam.';
    expect(raisedBetween(a, b)).toEqual([]);
  });

  it('a changed score of the same leg, or of a list with no leg named, is still a conflict', () => {
    const a = 'Ở trận lượt về bán kết tối qua, Thép Xanh Nam Định thắng Becamex Bình Dương 2-1 trên sân Thiên Trường.';
    const b = 'Ở trận lượt về bán kết tối qua, Thép Xanh Nam Định thắng Becamex Bình Dương 3-1 trên sân Thiên Trường.';
    expect(raisedBetween(a, b).length).toBeGreaterThan(0);
    const c = 'Kết quả các trận đấu: Sông Lam Nghệ An 1-0 Hoàng Anh Gia Lai, Hải Phòng 2-2 Thanh Hóa, Bình Định 0-1 Quảng Nam.';
    const d = 'Kết quả các trận đấu: Sông Lam Nghệ An 1-0 Hoàng Anh Gia Lai, Hải Phòng 2-2 Thanh Hóa, Bình Định 0-2 Quảng Nam.';
    expect(raisedBetween(c, d).length).toBeGreaterThan(0);
    // Both numbers of a score moved (no unit after it: no range).
    const e = 'Kết quả các trận đấu: Sông Lam Nghệ An 1-0 Hoàng Anh Gia Lai, Hải Phòng 2-2 Thanh Hóa, Bình Định 1-2 Quảng Nam.';
    expect(raisedBetween(c, e).length).toBeGreaterThan(0);
  });

  it('"lượt đi" / "lượt về" counting trips is no leg', () => {
    expect([...legsOf('Dịp Tết, bến xe ghi nhận 120.000 lượt đi lại, tăng 8%.')]).toEqual([]);
    expect([...legsOf('Hãng bán thêm 5.000 vé lượt về quê cho công nhân.')]).toEqual([]);
    expect([...legsOf('Ở trận lượt đi, hai đội hòa 1-1.')]).toEqual(['first']);
    expect([...legsOf('Trận lượt về diễn ra chiều 20/5.')]).toEqual(['second']);
  });
});

describe('a forecast whose figure is the subject of its clause', () => {
  const modality = (s: string): string[] => buildDocument(s, '/tmp/x.txt', '2026-01-01T00:00:00Z').claims.map((c) => `${c.quote}|${c.modality}`);

  it('reads a forecast word after the figure in its own clause', () => {
    expect(modality('Năm nay, khoảng 320.000 lượt khách quốc tế dự kiến đến Khánh Hòa trong dịp Tết Nguyên đán.')).toEqual(['khoảng 320.000 lượt khách|forecast']);
    expect(modality('Theo UBND huyện, khoảng 2.000 hộ sẽ được hỗ trợ tiền điện trong tháng tới.')).toEqual(['khoảng 2.000 hộ|forecast']);
  });

  it('not a forecast word of another clause, nor one the figure is compared with, nor after a report made', () => {
    expect(modality('Số việc làm được tạo ra là 148.000, thấp hơn dự báo của giới phân tích.')).toEqual(['148.000|fact']);
    expect(modality('Khoảng 2.000 tỷ đồng so với dự kiến ban đầu đã được giải ngân.')).toEqual(['Khoảng 2.000 tỷ đồng|fact']);
    expect(modality('Tháng trước, 45.000 lượt khách đã đến tỉnh và dự kiến con số này sẽ tăng.')).toEqual(['45.000 lượt khách|fact']);
    expect(modality('Khoảng 500 người có thể đã thiệt mạng trong trận lũ quét.')).toEqual(['Khoảng 500 người|fact']);
  });

  it('a forecast beside a reported figure is no conflict; two reported figures that differ are', () => {
    const forecast = 'Năm nay, khoảng 320.000 lượt khách quốc tế dự kiến đến Khánh Hòa trong dịp Tết Nguyên đán.';
    const actual = 'Năm nay, 280.000 lượt khách quốc tế đã đến Khánh Hòa trong dịp Tết Nguyên đán.';
    expect(raisedBetween(forecast, actual)).toEqual([]);
    const other = 'Năm nay, 310.000 lượt khách quốc tế đã đến Khánh Hòa trong dịp Tết Nguyên đán.';
    expect(raisedBetween(actual, other).length).toBeGreaterThan(0);
  });
});

// Mends after the review of session 43: the rules above reached exact bands, rates and counts of groups
// that already exist. Sentences written for these tests.
describe('after review: overlapping ranges agree only when they are estimates', () => {
  it('an exact published band that moved is still raised, though the two bands overlap', () => {
    // A fine in a decree.
    const fineA = 'Theo quy định mới, người đi bộ băng qua đường cao tốc bị phạt tiền từ 2 - 4 triệu đồng.';
    const fineB = 'Người đi bộ băng qua đường cao tốc bị phạt tiền từ 3 - 5 triệu đồng theo quy định mới.';
    expect(raisedBetween(fineA, fineB).length).toBeGreaterThan(0);
    // A listed price, buying and selling.
    const goldA = 'Chiều nay, giá vàng nhẫn tròn trơn được niêm yết ở mức 74 - 76 triệu đồng/lượng (mua vào - bán ra).';
    const goldB = 'Giá vàng nhẫn tròn trơn chiều nay niêm yết ở mức 75 - 77 triệu đồng/lượng (mua vào - bán ra).';
    expect(raisedBetween(goldA, goldB).length).toBeGreaterThan(0);
    // Admission scores.
    const scoreA = 'Điểm chuẩn các ngành của Trường Đại học Kinh tế năm nay dao động từ 22 - 26 điểm.';
    const scoreB = 'Năm nay, điểm chuẩn các ngành của Trường Đại học Kinh tế dao động từ 23 - 27 điểm.';
    expect(raisedBetween(scoreA, scoreB).length).toBeGreaterThan(0);
    // An announced price change, named as one in only one of the two.
    const gasA = 'Từ 0h ngày mai, giá gas bán lẻ được điều chỉnh tăng 10.000 - 14.000 đồng/bình tùy loại.';
    const gasB = 'Từ 0h ngày mai, giá gas bán lẻ tăng 12.000 - 16.000 đồng/bình tùy loại.';
    expect(raisedBetween(gasA, gasB).length).toBeGreaterThan(0);
  });

  it('ranges that only touch ("4 - 6" / "6 - 8") do not overlap, even as estimates', () => {
    const a = 'Thiệt hại do trận mưa đá tại huyện Bắc Hà ước tính khoảng 4 - 6 tỷ đồng.';
    const b = 'Thiệt hại do trận mưa đá tại huyện Bắc Hà ước tính khoảng 6 - 8 tỷ đồng.';
    expect(raisedBetween(a, b).length).toBeGreaterThan(0);
  });

  it('a range with no estimate word and no count of people is still raised', () => {
    const a = 'Giá thuê mặt bằng kinh doanh trên phố Hàng Ngang hiện ở mức 60 - 80 triệu đồng/tháng.';
    const b = 'Giá thuê mặt bằng kinh doanh trên phố Hàng Ngang hiện ở mức 70 - 90 triệu đồng/tháng.';
    expect(raisedBetween(a, b).length).toBeGreaterThan(0);
  });

  it('estimates, counts of people and weather readings that overlap stay quiet', () => {
    const costA = 'Tổng mức đầu tư của tuyến cao tốc ven biển được ước tính 2,1 - 2,4 tỷ USD.';
    const costB = 'Tuyến cao tốc ven biển có tổng mức đầu tư ước tính 2,3 - 2,7 tỷ USD.';
    expect(raisedBetween(costA, costB)).toEqual([]);
    const heatA = 'Nhiệt độ cao nhất tại Huế trong ngày mai ở mức 37 - 39 độ C.';
    const heatB = 'Trong ngày mai, nhiệt độ cao nhất tại Huế ở mức 38 - 40 độ C.';
    expect(raisedBetween(heatA, heatB)).toEqual([]);
    const peopleA = 'Khoảng 40 - 60 người đã được sơ tán khỏi khu chung cư khi khói bốc lên.';
    const peopleB = 'Khi khói bốc lên, khoảng 50 - 70 người đã được sơ tán khỏi khu chung cư.';
    expect(raisedBetween(peopleA, peopleB)).toEqual([]);
  });
});

describe('after review: "ngày N" / "tháng N" before a count unit is a rate, not a date', () => {
  const calendar = (s: string): number[] =>
    tokenizeSentence(s, 0, s.length)
      .figures.filter((f) => f.calendar)
      .map((f) => f.value);

  it('reads a rate as a count, a date as a date', () => {
    expect(calendar('Trẻ được cho uống siro ngày 2 lần sau khi ăn')).toEqual([]);
    expect(calendar('Tàu cao tốc ra đảo chạy ngày 3 chuyến trong mùa hè')).toEqual([]);
    expect(calendar('Hội đồng giao ban tháng 2 lần để nắm tình hình')).toEqual([]);
    expect(calendar('Người bệnh cần uống ngày 4 viên, chia làm hai cữ')).toEqual([]);
    expect(calendar('Lễ khai mạc diễn ra ngày 15 tháng 3 tại nhà thi đấu')).toEqual([15, 3]);
    expect(calendar('Ngày 5, Sở Y tế cho biết đã tiêm cho 800 trẻ')).toEqual([5]);
    expect(calendar('Từ tháng 10 thành phố đón hơn 1,2 triệu lượt khách')).toEqual([10]);
    // A compound that only begins with a unit word is no unit.
    expect(calendar('Ngày 20 viên chức ngành y tế nhận quyết định mới')).toEqual([20]);
  });

  it('a changed rate in a copied sentence is raised', () => {
    const a = 'Trẻ được cho uống siro ngày 2 lần trong năm ngày liền.';
    const b = 'Trẻ được cho uống siro ngày 3 lần trong năm ngày liền.';
    expect(raisedBetween(a, b).length).toBeGreaterThan(0);
    const c = 'Tàu cao tốc ra đảo Lý Sơn chạy ngày 3 chuyến trong suốt mùa hè.';
    const d = 'Tàu cao tốc ra đảo Lý Sơn chạy ngày 5 chuyến trong suốt mùa hè.';
    expect(raisedBetween(c, d).length).toBeGreaterThan(0);
  });
});

describe('after review: a group that already exists is counted, only its future is a forecast', () => {
  it('two counts of the same victims, one with "sẽ" after a state word, are still a conflict', () => {
    const a = '4 nạn nhân bị bỏng nặng sẽ được đưa vào TP.HCM điều trị.';
    const b = '6 nạn nhân bị bỏng nặng đã được đưa vào TP.HCM điều trị.';
    const docs = [buildDocument(a, '/tmp/a.txt', '2026-01-01T00:00:00Z'), buildDocument(b, '/tmp/b.txt', '2026-01-01T00:00:00Z')];
    expect(docs.map((d) => d.claims.map((c) => `${c.quote}|${c.modality}`))).toEqual([['4 nạn nhân|fact'], ['6 nạn nhân|fact']]);
    const articles = docs.map((d, k) => ({ ...d.article, outlet: k === 0 ? 'Báo A' : 'Báo B' }));
    const raised = detectFindings(articles, docs.flatMap((d) => d.claims)).filter((f) => (f.articleIds?.length ?? 0) > 1);
    // A conflict, not an "update" that reads the first count as an estimate.
    expect(raised.map((f) => f.type)).toEqual(['conflict']);
  });
});
