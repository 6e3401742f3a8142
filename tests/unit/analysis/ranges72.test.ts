import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { growth } from '../growth';
import { makeArticle, raisedBetween } from './helpers';

/** The figure contexts of a sentence as "written unit end" (the end of a range, or "-" for a single figure). */
const read = (text: string): string[] =>
  passagesOf(makeArticle('a', text, '2024-09-10T08:00'))
    .flatMap(figureContexts)
    .map((f) => `${f.figure.written} ${f.unit} ${f.end ?? '-'}`);

describe('a range "N - M <unit>" / "từ N đến M <unit>": each end read, in the unit written once after M (analysis 48)', () => {
  it('reads both ends of a range, the lower end in the unit written after the upper one', () => {
    expect(read('Giá heo hơi tại trại dao động 52.000 - 58.000 đ/kg tùy vùng.')).toEqual(['52.000 dong lo', '58.000 dong hi']);
    expect(read('Giá vé tàu Tết từ 650.000 đến 900.000 đồng mỗi chiều.')).toEqual(['650.000 dong lo', '900.000 dong hi']);
    expect(read('Gói cước mới cho tốc độ 30-50 Mbps ở nội thành.')).toEqual(['30 mbps lo', '50 mbps hi']);
    expect(read('Dự án dự kiến xây 1.200 - 1.500 căn hộ cho công nhân.')).toEqual(['1.200 can lo', '1.500 can hi']);
    // Small whole numbers before a noun a range counts ("hộ": no team's name), or after a word that, folded, may
    // name a numbered thing but here does not ("thu" is "thứ" folded).
    expect(read('Mỗi tuần xã có khoảng 20-30 hộ đăng ký vay vốn.')).toEqual(['20 ho lo', '30 ho hi']);
    expect(read('Bến xe thu 6.000 - 9.000 đồng mỗi lượt gửi xe.').slice(0, 2)).toEqual(['6.000 dong lo', '9.000 dong hi']);
    // A range of "tăng" is a change, as "tăng 200 đồng" is.
    expect(read('Giá xăng có thể tăng 200-400 đồng mỗi lít trong kỳ điều hành tới.').slice(0, 2)).toEqual(['200 dong lo', '400 dong hi']);
  });

  it('reads a range with its unit written at both ends, glued or not', () => {
    expect(read('Cá tra nguyên liệu được mua 27.000đ-29.000đ/kg.')).toEqual(['27.000 dong lo', '29.000 dong hi']);
    expect(read('Lãi suất cho vay mua nhà hiện ở mức 9% - 11% một năm.')).toEqual(['9 % lo', '11 % hi']);
    expect(read('Cá tra nguyên liệu được mua 27.000 đồng/kg - 29.000 đồng/kg.').map((x) => x.split(' ')[2])).toEqual(['lo', 'hi']);
    // Two amounts with a thousands separator are a range whatever follows; a model's number, written without one, is not.
    expect(read('Tỷ giá trung tâm dao động 23.150-23.200, tăng nhẹ.').map((x) => x.split(' ')[2])).toEqual(['lo', 'hi']);
  });

  it('reads a range written upside down with a unit no team is named by (a misprint to compare, "520.000 – 480.000 đồng")', () => {
    expect(read('Học phí mỗi tháng là 520.000 – 480.000 đồng tùy lớp.')).toEqual(['520.000 dong lo', '480.000 dong hi']);
  });

  it('tells a range from a score, a date, a code, a span of years, an address, a model or a step of the same shape', () => {
    // Each non-range beside a range written alike (what only the reading of ranges tells apart).
    const ends = (text: string): string[] => read(text).map((x) => x.split(' ')[2] as string);
    // A score after a word of scores stays one figure; a count of people is a range.
    expect(read('Đội khách thắng 3-1 trên sân Thống Nhất.')).toEqual(['3 score -']);
    expect(ends('Mỗi đội khách có 3-5 người dự bị.')).toEqual(['lo', 'hi']);
    // Calendar figures, codes and years are never ends; a percentage is.
    expect(read('Từ ngày 12-15/3 miền Bắc có mưa rét.')).toEqual([]);
    expect(ends('Từ nay lượng mưa có thể tăng 12-15% ở miền Bắc.')).toEqual(['lo', 'hi']);
    expect(read('Hai chiếc Su-30 cất cánh từ sân bay Phù Cát.')).toEqual([]);
    expect(read('Giai đoạn 2021-2025 tỉnh trồng thêm rừng.')).toEqual([]);
    expect(ends('Giai đoạn này tỉnh trồng thêm 2.021-2.025 ha rừng.')).toEqual(['lo', 'hi']);
    // Numbers of houses and models: a number before the dash names a thing; a noun counted after it makes a range.
    expect(read('Cửa hàng ở số 120-122 Trần Phú bị cháy.')).toEqual([]);
    expect(ends('Đợt này có 120-122 hộ ở Trần Phú được hỗ trợ.')).toEqual(['lo', 'hi']);
    expect(read('Chiếc Boeing 737-800 của hãng hạ cánh an toàn.')).toEqual([]);
    // Two small whole numbers between two names: a listed result, never a range of years ("Nam" folds like "năm").
    expect(read('Hà Tĩnh 3-1 Nam Định.')).toEqual([]);
    // A line of a table of differences: a minus sign, not a range (spaced before it and glued to the number, or ends
    // far apart); spaced on both sides it is a range.
    expect(read('Doanh thu quý 3 là 210,5 tỷ, lợi nhuận 95,2 -40% so với cùng kỳ.').filter((x) => x.endsWith(' lo'))).toEqual([]);
    expect(read('Xăng E5 21.450 21.980 - 530 Dầu hỏa 19.200.').filter((x) => x.endsWith(' lo'))).toEqual([]);
    expect(ends('Lợi nhuận năm nay có thể giảm 35 - 40% so với cùng kỳ.')).toEqual(['lo', 'hi']);
    // "tăng từ X đến Y": a level and a later one, no range; "dao động từ X đến Y" is one.
    expect(ends('Giá thịt tăng từ 90.000 đến 120.000 đồng/kg.')).toEqual(['-', '-']);
    expect(ends('Giá thịt dao động từ 90.000 đến 120.000 đồng/kg.')).toEqual(['lo', 'hi']);
  });

  it('reads a unit glued to both ends as a range only for an amount or a measure: "12A-14", "4G-5G", "2D-3D" stay codes', () => {
    expect(read('Gói cước mới có tốc độ 10Mbps-25Mbps ở nội thành.')).toEqual(['10 mbps lo', '25 mbps hi']);
    expect(read('Máy có bộ nhớ 4GB-8GB tùy phiên bản.').map((x) => x.split(' ')[2])).toEqual(['lo', 'hi']);
    // (The number after the dash is a code's: never a figure. The number before it is read as before.)
    expect(read('Cửa hàng ở nhà số 12A-14 phố Huế bị cháy.').map((x) => x.split(' ')[0])).toEqual(['12']);
    expect(read('Mạng 4G-5G phủ sóng toàn tỉnh.').map((x) => x.split(' ')[0])).toEqual(['4']);
    expect(read('Rạp chiếu phim 2D-3D mở cửa.').map((x) => x.split(' ')[0])).toEqual(['2']);
  });
});

// Sentences written for this test (not taken from the corpus): two outlets' reports of one question time on
// poverty. They name the minister and give the housing support and the year's budget alike in the same words
// (reports of one event); each then gives a range in its own words.
const POVERTY_A = (range: string): string =>
  'Bộ trưởng trả lời chất vấn về giảm nghèo\n' +
  'Trả lời chất vấn tại Quốc hội sáng nay, Bộ trưởng Phạm Văn Hùng cho biết theo Bộ Lao động, đến hết năm nay cả nước đã hỗ trợ nhà ở cho 531.000 hộ nghèo. ' +
  'Ngân sách dành cho chương trình giảm nghèo năm nay khoảng 12.400 tỷ đồng. ' +
  `${range} ` +
  'Bộ trưởng cho rằng cần rà soát lại cách bình xét ở cơ sở.';
const POVERTY_B = (range: string): string =>
  'Rà soát hộ nghèo: nhiều địa phương còn lúng túng\n' +
  'Tại phiên chất vấn của Quốc hội sáng nay, Bộ trưởng Phạm Văn Hùng nói Bộ Lao động ghi nhận 531.000 hộ nghèo đã được hỗ trợ nhà ở. ' +
  'Năm nay ngân sách cho chương trình giảm nghèo vào khoảng 12.400 tỷ đồng. ' +
  `${range} ` +
  'Nhiều đại biểu đề nghị nâng chuẩn nghèo trong giai đoạn tới.';
const RENT_A = 'Theo ông Hùng, giá thuê nhà trọ của công nhân ở các khu công nghiệp hiện dao động 1.200.000 - 1.800.000 đồng/tháng.';
const rentB = (range: string): string => `Ông Hùng dẫn khảo sát cho thấy công nhân khu công nghiệp phải trả ${range} mỗi tháng để thuê phòng trọ.`;
const NEAR_POOR_A = 'Theo ông Hùng, ở vùng núi phía Bắc tỷ lệ hộ cận nghèo còn khoảng 15-20%.';
const nearPoorB = (level: string): string => `Ông Hùng thừa nhận ở vùng núi phía Bắc, tỷ lệ hộ cận nghèo vẫn ở mức ${level}.`;

describe('ranges compared across re-worded reports of one event, end with end (analysis 48)', () => {
  it('raises an end of a range that another outlet gives otherwise', () => {
    // Before analysis 48 neither end of "N - M" was ever compared across re-wordings.
    expect(raisedBetween(POVERTY_A(RENT_A), POVERTY_B(rentB('1.200.000 - 1.500.000 đồng')))).toEqual([['1.500.000', '1.800.000']]);
    expect(raisedBetween(POVERTY_A(NEAR_POOR_A), POVERTY_B(nearPoorB('15-25%')))).toEqual([['20%', '25%']]);
    // The lower end too (with "khoảng", within its slack only).
    expect(raisedBetween(POVERTY_A(NEAR_POOR_A), POVERTY_B(nearPoorB('18-20%')))).toEqual([['18', 'khoảng 15']]);
    expect(raisedBetween(POVERTY_A(NEAR_POOR_A), POVERTY_B(nearPoorB('16-20%')))).toEqual([]);
    // An upper end with a scale word: "1,2 - 1,8 triệu đồng".
    const rentScaled = RENT_A.replace('1.200.000 - 1.800.000 đồng', '1,2 - 1,8 triệu đồng');
    expect(raisedBetween(POVERTY_A(rentScaled), POVERTY_B(rentB('1,2 - 1,6 triệu đồng')))).toEqual([['1,6 triệu', '1,8 triệu']]);
    // The lower end of "2 - 3 triệu" is 2 triệu, no small count: compared with the other range's lower end written alike.
    const rentSmall = RENT_A.replace('1.200.000 - 1.800.000 đồng', '2 - 3 triệu đồng');
    expect(raisedBetween(POVERTY_A(rentSmall), POVERTY_B(rentB('3 - 4 triệu đồng'))).sort()).toEqual([['2', '3'], ['3 triệu', '4 triệu']]);
    // Never with one written in another scale ("2 triệu - 3 triệu": the same range).
    expect(raisedBetween(POVERTY_A(rentSmall), POVERTY_B(rentB('2 triệu - 3 triệu đồng')))).toEqual([]);
  });

  it('raises the changed end and nothing for the same range written another way', () => {
    expect(raisedBetween(POVERTY_A(RENT_A), POVERTY_B(rentB('1.200.000 - 1.600.000 đồng')))).toEqual([['1.600.000', '1.800.000']]);
    expect(raisedBetween(POVERTY_A(RENT_A), POVERTY_B(rentB('1.200.000 - 1.800.000 đồng')))).toEqual([]);
    expect(raisedBetween(POVERTY_A(RENT_A), POVERTY_B(rentB('từ 1.200.000 đến 1.800.000 đồng')))).toEqual([]);
    expect(raisedBetween(POVERTY_A(RENT_A), POVERTY_B(rentB('1.200.000 đồng - 1.800.000 đồng')))).toEqual([]);
  });

  it('sets a range against the other outlet\'s range only, never against a single value: "khoảng 15-20%" and "18%" or "20%" do not disagree', () => {
    expect(raisedBetween(POVERTY_A(NEAR_POOR_A), POVERTY_B(nearPoorB('15-25%')))).toEqual([['20%', '25%']]);
    expect(raisedBetween(POVERTY_A(NEAR_POOR_A), POVERTY_B(nearPoorB('18%')))).toEqual([]);
    expect(raisedBetween(POVERTY_A(NEAR_POOR_A), POVERTY_B(nearPoorB('20%')))).toEqual([]);
    expect(raisedBetween(POVERTY_A(RENT_A), POVERTY_B(rentB('1.500.000 đồng')))).toEqual([]);
  });

  it('lets two rough ranges that share values pass, as the passage rule does (overlappingRanges): estimates agreeing in part', () => {
    // "khoảng 15-20%" and "17-22%": both ends moved, values in common, one an estimate.
    expect(raisedBetween(POVERTY_A(NEAR_POOR_A), POVERTY_B(nearPoorB('17-22%')))).toEqual([]);
    expect(raisedBetween(POVERTY_A(NEAR_POOR_A), POVERTY_B(nearPoorB('16-19%')))).toEqual([]);
    // Clear of each other, or only touching (one value in common), they differ.
    expect(raisedBetween(POVERTY_A(NEAR_POOR_A), POVERTY_B(nearPoorB('25-30%')))).toEqual([['25', 'khoảng 15']]);
    // (Raised by their lower ends since analysis 53: the one value they share, 20, is an upper end in one and a lower end
    // in the other, so it no longer counts as B's lower end given again by A.)
    expect(raisedBetween(POVERTY_A(NEAR_POOR_A), POVERTY_B(nearPoorB('20-25%')))).toEqual([['20', 'khoảng 15']]);
  });
});

describe('reading ranges stays linear (issue 11)', () => {
  // (The runs timed below are read as ranges: the growth tests then time the reading of ranges.)
  it('reads the timed runs as ranges', () => {
    expect(read('Giá gửi xe từ 6.000 đến 9.000 đồng, từ 6.000 đến 9.000 đồng.').filter((x) => x.endsWith(' lo'))).toHaveLength(2);
    expect(read('Giá bán 27.000đ-29.000đ/kg 27.000đ-29.000đ/kg.').filter((x) => x.endsWith(' lo'))).toHaveLength(2);
  });

  // Endless runs of ranges in one "sentence": each figure looks at its next figure only, never back to the start.
  it.each(['1-2-', 'từ 6.000 đến 9.000 đồng, ', '27.000đ-29.000đ/kg '])('2× input of %j takes at most 2.5× the time', (pattern) => {
    const { ratio } = growth((text: string) => passagesOf(makeArticle('a', text, null)).flatMap(figureContexts), pattern);
    expect(ratio).toBeLessThanOrEqual(2.5);
  });
});

// Sentences written for this test: one market report and a copy of it, one figure changed (planted bench (a)).
const PIGS = (range: string): string =>
  'Giá heo hơi hôm nay tại Đồng Nai\n' +
  `Sáng nay, thương lái tại Đồng Nai thu mua heo hơi với giá ${range}, tăng so với tuần trước. Tổng đàn heo của tỉnh khoảng 1,9 triệu con.`;

describe('a range with its unit glued to both ends, changed in a copy (analysis 48)', () => {
  it('raises the changed upper end: it was read as a code ("đ-9.000" like "Su-30") and never compared', () => {
    expect(raisedBetween(PIGS('27.000đ-29.000đ/kg'), PIGS('27.000đ-28.000đ/kg'))).toEqual([['28.000', '29.000']]);
    expect(raisedBetween(PIGS('27.000đ-29.000đ/kg'), PIGS('27.000đ-29.000đ/kg'))).toEqual([]);
  });
});
