import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';

/** The rank claims of a text: quote, value and metric. */
const ranks = (text: string): Array<[string, number | null, string | null]> =>
  claimsOf(text)
    .filter((c) => c.kind === 'rank')
    .map((c) => [c.quote, c.value, c.metric ?? null]);

// Issue 11, engine 76 (session 77): "X đứng thứ N cả nước về Y" — what the rank ranks is said after it, by "về". Before,
// such a rank had no metric or took the words before it. Sentences written for these tests.
describe('what a rank ranks, named after it by "về" (engine 76)', () => {
  it('is the rank\'s metric, over the ranking\'s scope and up to the next part of the sentence', () => {
    expect(ranks('Bắc Ninh đứng thứ 2 cả nước về thu hút vốn FDI năm 2023.')).toEqual([['thứ 2', 2, 'thu hút vốn FDI']]);
    expect(ranks('Tỉnh Bắc Giang xếp thứ 4 cả nước về tốc độ tăng trưởng GRDP.')).toEqual([['thứ 4', 4, 'tốc độ tăng trưởng GRDP']]);
    expect(ranks('Trường THPT Chuyên Hà Nội đứng số 1 toàn quốc về điểm thi tốt nghiệp.')).toEqual([['số 1', 1, 'điểm thi tốt nghiệp']]);
    expect(ranks('Việt Nam đứng thứ 5 trong khu vực ASEAN về quy mô GDP, sau Indonesia.')).toEqual([['thứ 5', 5, 'quy mô GDP']]);
    expect(ranks('Brazil đứng thứ hai về tổng số người chết do dịch bệnh.')).toEqual([['thứ hai', 2, 'tổng số người chết do dịch bệnh']]);
    expect(ranks('Đội bóng xếp thứ 2 về điểm số với 20 điểm.')).toEqual([['thứ 2', 2, 'điểm số']]);
  });

  it('is not read from "về" as a verb ("về nước", "về đích", "về nhì") nor past a comma', () => {
    const [one] = ranks('Vận động viên này xếp thứ 3 và về nước hôm qua.');
    expect(one?.[2]).not.toBe('nước hôm qua');
    const [two] = ranks('Anh xếp thứ 3 về đích sau hai đối thủ.');
    expect(two?.[2] ?? '').not.toMatch(/^đích/u);
    const [three] = ranks('Tỉnh xếp thứ 4, về lâu dài sẽ còn tăng hạng.');
    expect(three?.[2] ?? '').not.toMatch(/lâu dài/u);
    // A ranking named before the figure is still its metric when nothing follows by "về".
    expect(ranks('Về chỉ số PCI năm 2023, Hà Tĩnh xếp thứ 12/63.').map((r) => r[2])).toEqual(['chỉ số PCI']);
  });
});

/** The claims of a text whose quote opens with "gấp": quote, metric and period. */
const multiples = (text: string): Array<[string, string | null, string | null]> =>
  claimsOf(text)
    .filter((c) => /^gấp/u.test(c.quote))
    .map((c) => [c.quote, c.metric ?? null, c.period ?? null]);

// Issue 11, engine 76 (session 77): after a multiple ("gấp đôi", "gấp 3 lần"), the words name its base, not its metric,
// and a period there is the base's, not the multiple's. Sentences written for these tests.
describe('the base a multiple is compared with (engine 76)', () => {
  it('is not its metric: the metric is that of the figure it follows', () => {
    expect(multiples('Lợi nhuận quý III/2023 đạt 120 tỷ đồng, gấp đôi cùng kỳ năm 2022.')).toEqual([['gấp đôi', 'lợi nhuận', 'quý III/2023']]);
    expect(multiples('Doanh thu dịch vụ đạt 23,6 tỷ đồng, gấp 8 lần cùng kỳ năm trước.')).toEqual([['gấp 8 lần', 'doanh thu dịch vụ', null]]);
    expect(multiples('Số khách quốc tế gấp 1,5 lần kế hoạch.').map((m) => m[1])).toEqual(['số khách quốc tế']);
  });

  it('is not its period', () => {
    expect(multiples('Doanh thu của công ty gấp đôi năm trước, đạt 2 triệu USD.').map((m) => m[2])).toEqual([null]);
    expect(multiples('Sản lượng năm nay gấp 3 lần năm 2020.').map((m) => m[2])).toEqual(['năm nay']);
  });
});

/** The metric of a sentence's last claim (the figure its words before lead to). */
const metricOf = (text: string): string | null => claimsOf(text).at(-1)?.metric ?? null;

// Issue 11, engine 76 (session 77): a period ending the words before a figure is the claim's period, which is read on
// its own, not a part of its metric. Sentences written for these tests.
describe('a period that ends a metric\'s words (engine 76)', () => {
  it('is left out of the metric and kept as the period', () => {
    const [rice] = claimsOf('Xuất khẩu gạo 6 tháng đầu năm đạt 4,2 triệu tấn.');
    expect([rice?.metric, rice?.period]).toEqual(['xuất khẩu gạo', '6 tháng đầu năm']);
    expect(metricOf('Kim ngạch xuất khẩu năm nay ước đạt 370 tỷ USD.')).toBe('kim ngạch xuất khẩu');
    expect(metricOf('Doanh thu quý III đạt 1.200 tỷ đồng.')).toBe('doanh thu');
    expect(metricOf('Hàng tồn kho cuối quý 3 còn 279 tỷ đồng.')).toBe('hàng tồn kho');
    expect(metricOf('Lợi nhuận nửa đầu năm đạt 300 tỷ đồng.')).toBe('lợi nhuận');
  });

  it('writes a quarter\'s Roman numeral in capitals, with or without its year', () => {
    expect(claimsOf('Doanh thu quý III đạt 1.200 tỷ đồng.').at(-1)?.period).toBe('quý III');
    expect(claimsOf('Doanh thu quý iii/2013 đạt 1.200 tỷ đồng.').at(-1)?.period).toBe('quý III/2013');
    // Dated: the quarter of the text's year, as before.
    expect(claimsOf('Tin kinh tế\n12/11/2013 10:00\n\nDoanh thu quý III đạt 1.200 tỷ đồng.', { dated: true }).at(-1)?.period).toBe('quý III/2013');
  });

  it('is left out after "trong" too ("trong 10 tháng", "trong 9 tháng qua")', () => {
    expect(metricOf('Số ca tử vong do tai nạn giao thông trong 10 tháng giảm 8,5%.')).toBe('số ca tử vong do tai nạn giao thông');
  });

  it('is kept where the months may be a term ("N tháng" alone), not a period', () => {
    expect(metricOf('Thu ngân sách 9 tháng đạt 1.200 tỷ đồng.')).toBe('thu ngân sách 9 tháng');
    expect(metricOf('Lãi suất kỳ hạn 6 tháng ở mức 4,5%.')).toBe('lãi suất kỳ hạn 6 tháng');
    expect(metricOf('Lãi suất tiền gửi 1 tháng ở mức 3,5%.')).toBe('lãi suất tiền gửi 1 tháng');
    expect(metricOf('Giá gói cước 12 tháng là 1,2 triệu đồng.')).toBe('giá gói cước 12 tháng');
  });
});

// Issue 11, engine 76 (session 77): "cầu" of "yêu cầu", "nhu cầu", "toàn cầu" is no bridge: the place after it is no
// bridge's name ("cầu Sài Gòn") and stays a subject. Sentences written for these tests.
describe('a place right after "yêu cầu" (engine 76)', () => {
  it('is the subject, as after any other verb', () => {
    expect(claimsOf('Thủ tướng yêu cầu Hà Nội giải ngân 95% vốn đầu tư công.').map((c) => c.subject)).toEqual(['Hà Nội']);
    expect(claimsOf('Thủ tướng yêu cầu Đà Nẵng giải ngân 95% vốn đầu tư công.').map((c) => c.subject)).toEqual(['Đà Nẵng']);
  });
  it('while a bridge named after a place is still no place', () => {
    expect(claimsOf('Cầu Sài Gòn dài 982 m.').map((c) => c.subject)).toEqual([null]);
  });
});

// Issue 11, engine 76 (session 77): a figure a directive asks of someone is a target, as "phấn đấu đạt" is — in the
// directive's own clause only. Sentences written for these tests.
describe('a figure asked by a directive, "yêu cầu / đề nghị / chỉ đạo" someone (engine 76)', () => {
  const modalities = (text: string): Array<string | null> => claimsOf(text).map((c) => c.modality);
  it('is a target', () => {
    expect(modalities('Thủ tướng yêu cầu Hà Nội giải ngân 95% vốn đầu tư công.')).toEqual(['target']);
    expect(modalities('Bộ Tài chính đề nghị các ngân hàng giảm 2% lãi suất cho vay.')).toEqual(['target']);
    expect(modalities('UBND tỉnh chỉ đạo các huyện hoàn thành 100% kế hoạch.')).toEqual(['target']);
  });
  it('is not read in another clause, nor from a request counted', () => {
    expect(modalities('Đáp ứng yêu cầu Hà Nội đặt ra, công ty đã giải ngân 95% vốn.')).toEqual(['fact']);
    expect(modalities('Sở đã tiếp nhận 1.200 yêu cầu của doanh nghiệp.')).toEqual(['fact']);
    expect(modalities('Theo yêu cầu, Hà Nội đã giải ngân 95% vốn.')).toEqual(['fact']);
  });
});

// Issue 11, engine 76 (session 77): "với" / "có" then a measure's noun names what an amount or a size measures; the
// words before them are who or what has it. Sentences written for these tests.
describe('what a figure measures, named after "với" or "có" (engine 76)', () => {
  it('is the noun phrase after the link', () => {
    expect(metricOf('UBND tỉnh Quảng Nam phê duyệt dự án với tổng vốn 1.500 tỷ đồng.')).toBe('tổng vốn');
    expect(metricOf('Dự án có tổng mức đầu tư hơn 2.000 tỷ đồng.')).toBe('tổng mức đầu tư');
    expect(metricOf('Nhà máy có công suất 1.200 MW.')).toBe('công suất');
    expect(metricOf('Tỉnh có số vốn đăng ký 500 tỷ đồng.')).toBe('số vốn đăng ký');
    expect(metricOf('Công trình được thiết kế với chiều dài 190m.')).toBe('chiều dài');
    expect(metricOf('Sân vận động mới với sức chứa 40.000 chỗ ngồi, lượng mưa 250 mm.')).toBe('lượng mưa');
    expect(claimsOf('Bão số 3 đổ bộ vào Quảng Ninh với sức gió cấp 12.').map((c) => c.metric)).toEqual(['sức gió']);
    expect(metricOf('Trận động đất với độ sâu 10 km.')).toBe('độ sâu');
  });
  it('never reaches over another figure', () => {
    expect(metricOf('Máy có độ mỏng chỉ 8,7 mm nhưng trọng lượng 209 g.')).toBe('trọng lượng');
  });
  it('leaves a phrase whose "có" says what its counted things have', () => {
    expect(metricOf('Tỷ lệ hộ có điện đạt 99%.')).toBe('tỷ lệ hộ có điện');
    expect(metricOf('Số người có việc làm tăng 2%.')).toBe('số người có việc làm');
  });
});

// Issue 11, engine 76 (session 77): a number right before a verb's cue ("S&P 500 sẽ tăng", "tháng 11 sẽ có", "năm 2020
// ước tính đạt") is a name or a date, not a count of the cue (as in "14 mục tiêu"). Sentences written for these tests.
describe('a forecast cue right after a number (engine 76)', () => {
  const modalities = (text: string): Array<string | null> => claimsOf(text).map((c) => c.modality);
  it('still makes a forecast', () => {
    expect(modalities('Chỉ số S&P 500 sẽ tăng vượt mốc 1.800 điểm trong quý tới.').at(-1)).toBe('forecast');
    expect(modalities('Tới đầu tháng 11 sẽ có gần 100 chuyên gia sang Việt Nam.').at(-1)).toBe('forecast');
    expect(modalities('Quy mô GDP của Việt Nam năm 2020 ước tính đạt 340,6 tỷ USD.').at(-1)).toBe('forecast');
  });
  it('while a counted noun cue stays a count ("14 mục tiêu")', () => {
    expect(modalities('Tỉnh đề ra 14 mục tiêu, đã đạt 12 mục tiêu.')).toEqual(['fact', 'fact']);
  });
});

// Review s77 of engine 76: the shapes each new rule must leave alone (sentences the reviewer wrote).
describe('review s77: what the new rules leave alone', () => {
  const modalities = (text: string): Array<string | null> => claimsOf(text).map((c) => c.modality);
  it('a fact reported inside a directive stays a fact', () => {
    expect(modalities('Sáng 13/9, Thủ tướng yêu cầu Bộ Công an khẩn trương điều tra vụ cháy chung cư mini ở quận Thanh Xuân làm 56 người chết.')).toEqual(['fact']);
    expect(modalities('Thực hiện chỉ đạo UBND tỉnh Sở Công Thương đã kiểm tra 120 cơ sở và xử phạt 300 triệu đồng.')).toEqual(['fact', 'fact']);
    expect(modalities('Tổng cục Thống kê đề nghị Chính phủ lưu ý lạm phát đã tăng 3,5% trong quý 1.')).toEqual(['fact']);
  });
  it('a measure of a group keeps its words before "có", and a change its head before "với"', () => {
    expect(metricOf('Tỷ lệ doanh nghiệp có lợi nhuận đạt 45%.')).toBe('tỷ lệ doanh nghiệp có lợi nhuận');
    expect(metricOf('Tỷ lệ lao động có công việc ổn định đạt 80%.')).toBe('tỷ lệ lao động có công việc ổn định');
    expect(metricOf('Doanh nghiệp có vốn đầu tư nước ngoài chiếm 70% kim ngạch xuất khẩu.')).toBe('doanh nghiệp có vốn đầu tư nước ngoài / kim ngạch xuất khẩu');
    expect(metricOf('Kinh tế tăng trưởng với tốc độ 6,5%.')).not.toBe('tốc độ');
  });
  it('a period the period reader does not read whole stays in the metric', () => {
    expect(claimsOf('Doanh thu nửa cuối năm đạt 200 tỷ đồng.').map((c) => c.metric)).toEqual(['doanh thu nửa cuối năm']);
    expect(claimsOf('Thu ngân sách ba tháng đầu năm đạt 450.000 tỷ đồng.').map((c) => c.metric)).toEqual(['thu ngân sách ba tháng đầu năm']);
    expect(claimsOf('Doanh số nửa cuối năm ngoái đạt 200 tỷ đồng.').map((c) => c.metric)).toEqual(['doanh số nửa cuối năm ngoái']);
  });
  it('a rank\'s "về" phrase runs over "số năm", stops at a place, and skips "mặt"', () => {
    expect(ranks('Ông Hùng đứng thứ 2 về số năm công tác trong ngành.').map((r) => r[2])).toEqual(['số năm công tác']);
    expect(ranks('Đoàn xếp thứ 2 về số lượng huy chương vàng tại Đại hội.').map((r) => r[2])).toEqual(['số lượng huy chương vàng']);
    expect(ranks('Đội xếp thứ 3 về mặt thành tích.').map((r) => r[2])).toEqual(['thành tích']);
  });
  it('"Yêu cầu" opening a sentence is no bridge either', () => {
    expect(claimsOf('Yêu cầu Hà Nội giải ngân 95% vốn đầu tư công.').map((c) => c.subject)).toEqual(['Hà Nội']);
  });
});

// Issue 11, engine 76 (session 77): "km N" before a road's name is a kilometre post, where something happened, not a
// count ("15 quốc lộ", "42 đường cao"). Sentences written for these tests.
describe('a kilometre post, "km 15 quốc lộ 1A" (engine 76)', () => {
  it('is no claim; a length in km still is', () => {
    expect(claimsOf('Vụ tai nạn xảy ra tại km 15 quốc lộ 1A.')).toEqual([]);
    expect(claimsOf('Xe khách lật tại km 42 đường cao tốc Hà Nội - Lào Cai, làm 3 người bị thương.').map((c) => c.quote)).toEqual(['3 người']);
    expect(claimsOf('Tuyến đường dài 15 km.').map((c) => [c.quote, c.kind])).toEqual([['15 km', 'measure']]);
  });
});
