import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { phraseAt } from '../../../shared/analysis/lexicon';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts, scoresOf } from '../../../shared/analysis/sameEvent';
import { fold } from '../../../shared/analysis/normalize';
import { buildDocument } from '../../../shared/document';
import type { Finding } from '../../../shared/schema';
import { makeArticle, raisedBetween } from './helpers';

// Session 38 (issue 10 (b)): a lexicon of Vietnamese news wordings of one thing, "N trường hợp mắc"
// counted as cases, and "thua X/Y" read as a score only in a sentence of sets or points. Every pair
// here is written for these tests. (The rules of two parts of a year and of net profit's wordings
// were taken out after the second review: the pairs they hid or made up are below.)

const facts = (f: Finding) => f.facts as unknown as { a: { quote: string }; b: { quote: string } };

const raised = raisedBetween;

const tokens = (text: string): string[] => fold(text.toLowerCase()).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
const contextsOf = (text: string) => passagesOf(makeArticle('a', text, '2024-04-20T08:00')).flatMap(figureContexts);

describe('the lexicon of news wordings (phraseAt)', () => {
  it('reads wordings of one thing as one head', () => {
    const head = (text: string) => phraseAt(tokens(text), 0)?.head ?? null;
    expect(head('tranh đấu')).toBe(head('thi đấu'));
    expect(head('so tài')).toBe(head('thi đấu'));
    expect(head('ca mắc')).toBe(head('số ca'));
    expect(head('lập công')).toBe(head('ghi bàn'));
    expect(head('tổng sản phẩm trong nước')).toBe('gdp');
    expect(head('giá thuê bao')).toBe(head('gói cước'));
  });

  it('leaves apart what only looks alike: a subscriber and a plan, "lại" for "lãi", revenue and profit', () => {
    const head = (text: string) => phraseAt(tokens(text), 0)?.head ?? null;
    // "thuê bao" alone counts subscribers ("10 triệu thuê bao"), never a plan's price.
    expect(head('thuê bao')).toBeNull();
    expect(head('gói cước')).not.toBeNull();
    expect(head('lại')).toBeNull();
    expect(head('doanh thu')).toBeNull();
  });

  it('keeps profit of every kind, authorities, relatives and visits out', () => {
    const head = (text: string) => phraseAt(tokens(text), 0)?.head ?? null;
    // A parent's net profit and a group's stand side by side: no wording of profit is joined.
    for (const w of ['lãi ròng', 'lợi nhuận sau thuế', 'lợi nhuận ròng', 'lãi sau thuế', 'lãi gộp', 'lợi nhuận trước thuế']) expect(head(w)).toBeNull();
    // "Ủy ban nhân dân" is no resident, "bà con thân nhân" are relatives, "lượt khách" counts visits.
    expect(head('nhân dân')).toBeNull();
    expect(head('bà con')).toBeNull();
    expect(head('lượt khách')).toBeNull();
    // "trường hợp" is a case only right after its number and before "mắc" / "nhiễm" / "tử vong".
    expect(head('trong trường hợp mắc')).toBeNull();
    expect(phraseAt(['#', ...tokens('trường hợp mắc')], 1)?.head).toBe(head('ca mắc'));
    expect(phraseAt(['#', ...tokens('trường hợp vi phạm')], 1)).toBeNull();
  });

  it('gives "58 phút thi đấu" and "68 phút tranh đấu" a telling word in common', () => {
    const a = contextsOf('Tay vợt Malaysia giành thắng lợi 21-17 sau 58 phút thi đấu.').find((c) => c.figure.value === 58);
    const b = contextsOf('Chung cuộc Tiến Minh phải gác vợt với tỉ số 1-2 sau 68 phút tranh đấu.').find((c) => c.figure.value === 68);
    expect(a?.words).toContain('thi đấu');
    expect(b?.words).toContain('thi đấu');
  });

  it('weighs a phrase written alike in both as its words weighed ("xuất khẩu" two words, "XK" the same)', () => {
    const a = contextsOf('Xuất khẩu điện thoại của Samsung tăng 18% trong quý.').find((c) => c.figure.value === 18);
    const b = contextsOf('XK điện thoại của Samsung tăng 22% trong quý.').find((c) => c.figure.value === 22);
    expect(a?.words.filter((w) => w.startsWith('xuất khẩu'))).toHaveLength(2);
    expect(b?.words.filter((w) => w.startsWith('xuất khẩu'))).toHaveLength(1);
  });

  it('counts "N trường hợp mắc" as cases, and leaves "trường" alone a school and offences offences', () => {
    expect(contextsOf('Tỉnh ghi nhận 1.245 trường hợp mắc sốt xuất huyết.').find((c) => c.figure.value === 1245)?.unit).toBe('ca');
    expect(contextsOf('Cả nước có 12 trường hợp tử vong do sốt xuất huyết.').find((c) => c.figure.value === 12)?.unit).toBe('ca');
    expect(contextsOf('Lực lượng CSGT phát hiện 1.200 trường hợp vi phạm nồng độ cồn.').find((c) => c.figure.value === 1200)?.unit).not.toBe('ca');
    expect(contextsOf('Tỉnh ghi nhận 1.545 ca mắc sốt xuất huyết.').find((c) => c.figure.value === 1545)?.unit).toBe('ca');
    expect(contextsOf('Huyện có 15 trường đạt chuẩn quốc gia.').find((c) => c.figure.value === 15)?.unit).toBe('truong');
  });
});

describe('trade of one month', () => {
  it('does not set exports against imports of one month', () => {
    const a = 'Thương mại tháng 9\n20/10/2024 8:00\n\nTổng cục Hải quan cho biết trong tháng 9, xuất khẩu của cả nước đạt 35,2 tỷ USD. Cán cân thương mại thặng dư 2,1 tỷ USD.';
    const b = 'Hải quan: thương mại tháng 9\n20/10/2024 9:00\n\nTrong tháng 9, cán cân thương mại thặng dư 2,1 tỷ USD, theo Tổng cục Hải quan. Nhập khẩu của cả nước đạt 33,1 tỷ USD.';
    expect(raised(a, b)).toEqual([]);
  });
});

describe('"thua X/Y" is a score only in a sentence of sets or points', () => {
  const sentence = (text: string) => makeArticle('a', `Tin thể thao\n${text}`, '2024-04-20T08:00');
  const scoreContexts = (text: string) => contextsOf(text).filter((c) => c.unit === 'score').map((c) => `${c.figure.value}-${c.second}`);

  it('reads no score in a season told as a ratio ("thua 4/15.")', () => {
    expect(scoreContexts('Mùa giải năm nay đội bóng chuyền nữ thua 4/15.')).toEqual([]);
    expect(scoresOf(sentence('Mùa giải năm nay đội bóng chuyền nữ thua 4/15.'))).toEqual([]);
    // Nor "thời điểm" for points.
    expect(scoreContexts('Tính đến thời điểm này, đội thua 4/15.')).toEqual([]);
  });

  it('reads a score with a set or points in the sentence, or a word of how it was lost', () => {
    expect(scoreContexts('Tiến Minh để đối phương ghi liền 5 điểm trước khi thua 18/21.')).toEqual(['18-21']);
    expect(scoreContexts('Tiến Minh thua 7/21 ở séc quyết định.')).toEqual(['7-21']);
    expect(scoreContexts('Tiến Minh thua đậm 9/21.')).toEqual(['9-21']);
    expect(scoresOf(sentence('Tiến Minh thua 7/21 ở séc quyết định.'))).toEqual(['7-21']);
  });

  it('reads a badminton game ("ván đầu") or two sets in a row as a score, and "vẫn thua 4/15." still as a ratio', () => {
    expect(scoreContexts('Thùy Linh thua 15/21 ở ván đầu trước Yamaguchi.')).toEqual(['15-21']);
    expect(scoresOf(sentence('Thùy Linh thua 15/21 ở ván đầu trước Yamaguchi.'))).toEqual(['15-21']);
    expect(scoreContexts('Tiến Minh thua 15/21, 19/21 trước Lee Zii Jia.')).toContain('15-21');
    expect(scoresOf(sentence('Tiến Minh thua 15/21, 19/21 trước Lee Zii Jia.'))).toContain('15-21');
    // "vẫn" folds like "ván": a season told as a ratio stays a ratio.
    expect(scoreContexts('Mùa giải năm nay đội vẫn thua 4/15.')).toEqual([]);
    expect(scoresOf(sentence('Mùa giải năm nay đội vẫn thua 4/15.'))).toEqual([]);
  });

  it('reads no score in "thắng 18/18" (every one of eighteen: a set is never drawn)', () => {
    expect(scoreContexts('Ứng viên này thắng 18/18.')).toEqual([]);
  });
});

describe('near misses that stay quiet', () => {
  it('does not read two matches of one evening as one goal told twice', () => {
    const a =
      'Champions League: Arsenal thắng\n20/4/2024 05:00\n\nRạng sáng nay, Arsenal thắng Bayern 2-0 ở lượt đi tứ kết Champions League. Saka mở tỷ số ở phút 12, Havertz ấn định chiến thắng ở phút 80.';
    const b =
      'Champions League: Real thắng\n20/4/2024 05:30\n\nRạng sáng nay, Real Madrid thắng Man City 2-0 ở lượt đi tứ kết Champions League. Vinicius mở tỷ số ở phút 15, Bellingham ấn định chiến thắng ở phút 80.';
    expect(raised(a, b)).toEqual([]);
  });

  it('does not set "thắng 14/18 xã" against "18 điểm"', () => {
    const a = 'Kết quả bầu cử huyện\n20/4/2024 8:00\n\nỨng cử viên Nguyễn Văn An thắng 14/18 xã trong huyện Đức Thọ. Tỷ lệ cử tri đi bầu đạt 98,5%.';
    const b = 'Bầu cử huyện Đức Thọ\n20/4/2024 9:00\n\nTỷ lệ cử tri đi bầu ở huyện Đức Thọ đạt 98,5%. Ứng cử viên Nguyễn Văn An được 18 điểm tín nhiệm, thắng ở 14 xã.';
    expect(raised(a, b)).toEqual([]);
  });
});

// Reviewer's pairs (session 38 review of this branch): changed figures the desk must keep raising, and
// one false alarm the lexicon made. Each article is built as the reviewer built it (title, outlet, time).
function reviewed(ta: string, a: string, tb: string, b: string, da = '2024-10-20T08:00:00+07:00', db = '2024-10-20T10:00:00+07:00'): string[][] {
  const x = buildDocument(`${ta}\n\n${a}`, '/tmp/ra.txt', '2025-01-01T00:00:00Z', { title: ta, outlet: 'VnExpress', publishedAt: da });
  const y = buildDocument(`${tb}\n\n${b}`, '/tmp/rb.txt', '2025-01-01T00:00:00Z', { title: tb, outlet: 'Tuổi Trẻ', publishedAt: db });
  return detectFindings([x.article, y.article], [...x.claims, ...y.claims])
    .filter((f) => (f.type === 'conflict' || f.type === 'update') && (f.articleIds?.length ?? 0) > 1)
    .map((f) => [facts(f).a.quote, facts(f).b.quote].sort());
}
/** The passage finding of a pair, when there is one (the claim rule may raise the same figures). */
function passageFinding(ta: string, a: string, tb: string, b: string, da?: string, db?: string): string[] {
  const x = buildDocument(`${ta}\n\n${a}`, '/tmp/ra.txt', '2025-01-01T00:00:00Z', { title: ta, outlet: 'VnExpress', publishedAt: da ?? '2024-10-20T08:00:00+07:00' });
  const y = buildDocument(`${tb}\n\n${b}`, '/tmp/rb.txt', '2025-01-01T00:00:00Z', { title: tb, outlet: 'Tuổi Trẻ', publishedAt: db ?? '2024-10-20T10:00:00+07:00' });
  return detectFindings([x.article, y.article], [...x.claims, ...y.claims])
    .filter((f) => (f.type === 'conflict' || f.type === 'update') && f.rule === 'aligned-passage')
    .map((f) => [facts(f).a.quote, facts(f).b.quote].sort().join(' / '));
}

describe('reviewer pairs: a metric word of an earlier clause never hides a changed figure', () => {
  it('T01b: "Dù chi phí …, Minh Phú vẫn lãi 1.200" / "… vẫn báo lãi 1.020"', () => {
    const s = (x: string) => `Dù chi phí nguyên liệu tăng mạnh, Minh Phú vẫn ${x} tỷ đồng trong năm 2024. Doanh thu thuần của công ty đạt 15.300 tỷ đồng, tăng 8% so với năm trước.`;
    expect(passageFinding('Minh Phú lãi lớn năm 2024', s('lãi 1.200'), 'Minh Phú báo lãi năm 2024', s('báo lãi 1.020'))).toEqual(['1.020 tỷ / 1.200 tỷ']);
  });

  it('T02b: "Vĩnh Hoàn, doanh nghiệp xuất khẩu cá tra lớn nhất, lãi 520" / "…, lãi ròng 580"', () => {
    const s = (x: string) => `Vĩnh Hoàn, doanh nghiệp xuất khẩu cá tra lớn nhất, ${x} tỷ đồng trong 6 tháng đầu năm. Doanh thu của công ty đạt 6.100 tỷ đồng.`;
    expect(passageFinding('Vĩnh Hoàn lãi nửa đầu năm', s('lãi 520'), 'Vĩnh Hoàn báo lãi ròng', s('lãi ròng 580'))).toEqual(['520 tỷ / 580 tỷ']);
  });

  it('T07: "Trong bối cảnh xuất khẩu sụt giảm, Vinamilk vẫn thu về 16.140 tỷ đồng doanh thu" / "Doanh thu thuần … 16.410 tỷ"', () => {
    const tail = ' Lãi ròng của công ty đạt 2.460 tỷ đồng. Biên lợi nhuận gộp ở mức 41,6%.';
    const a = `Trong bối cảnh xuất khẩu sụt giảm, Vinamilk vẫn thu về 16.140 tỷ đồng doanh thu trong quý III.${tail}`;
    const b = `Doanh thu thuần của Vinamilk trong quý III đạt 16.410 tỷ đồng.${tail}`;
    expect(passageFinding('Vinamilk giữ doanh thu', a, 'Vinamilk: kết quả quý III', b)).toEqual(['16.140 tỷ / 16.410 tỷ']);
  });

  const tail = (title: string, sa: string, sb: string, rest: string): [string, string, string, string] => [title, `${sa} ${rest}`, `${title} (cập nhật)`, `${sb} ${rest}`];

  it('H07: "Nhờ kiểm soát tốt chi phí, FPT lãi 7.800" / "… FPT có lợi nhuận 8.700"', () => {
    const p = tail('FPT lãi 10 tháng', 'Nhờ kiểm soát tốt chi phí, FPT lãi 7.800 tỷ đồng sau 10 tháng.', 'Nhờ kiểm soát tốt chi phí, FPT có lợi nhuận 8.700 tỷ đồng sau 10 tháng.', 'Doanh thu đạt 51.000 tỷ đồng. Mảng công nghệ chiếm 60%.');
    expect(passageFinding(...p)).toEqual(['7.800 tỷ / 8.700 tỷ']);
  });

  it('H08: "Nợ xấu tăng khiến lãi của Eximbank giảm còn 500" / "… lợi nhuận … 600"', () => {
    const p = tail('Eximbank lãi giảm', 'Nợ xấu tăng khiến lãi của Eximbank giảm còn 500 tỷ đồng trong 6 tháng đầu năm.', 'Nợ xấu tăng khiến lợi nhuận của Eximbank giảm còn 600 tỷ đồng trong 6 tháng đầu năm.', 'Tỷ lệ nợ xấu là 2,9%. Ngân hàng có 200 chi nhánh.');
    expect(passageFinding(...p)).toEqual(['500 tỷ / 600 tỷ']);
  });

  it('H12: "Xuất khẩu cá tra phục hồi giúp Vĩnh Hoàn lãi 520" / "… lãi ròng 250"', () => {
    const p = tail('Vĩnh Hoàn lãi quý III', 'Xuất khẩu cá tra phục hồi giúp Vĩnh Hoàn lãi 520 tỷ đồng trong quý III.', 'Xuất khẩu cá tra phục hồi giúp Vĩnh Hoàn lãi ròng 250 tỷ đồng trong quý III.', 'Doanh thu đạt 3.200 tỷ đồng. Thị trường Mỹ chiếm 35%.');
    expect(passageFinding(...p)).toEqual(['250 tỷ / 520 tỷ']);
  });

  // Same event, re-worded (Thép Nam Kim): many names shared, two sentences written apart.
  const namKim = (sa: string, sb: string) =>
    reviewed(
      'Thép Nam Kim lãi lớn',
      `Ông Hồ Minh Quang, Tổng giám đốc Thép Nam Kim, cho biết tại Đại hội cổ đông ở Bình Dương rằng ${sa}. Chủ tịch Võ Hoàng Vũ nói doanh nghiệp sẽ mở rộng sang Australia và Canada.`,
      'Nam Kim vượt kế hoạch',
      `Tại Đại hội cổ đông ở Bình Dương, Chủ tịch Võ Hoàng Vũ của Thép Nam Kim cho hay doanh nghiệp sẽ mở rộng sang Australia và Canada. Theo Tổng giám đốc Hồ Minh Quang, ${sb}.`,
      '2024-04-20T09:00:00+07:00',
      '2024-04-20T11:00:00+07:00',
    );

  it('S08: export volume "xuất khẩu thép đạt sản lượng 1,2 triệu tấn" / "xuất khẩu 2,1 triệu tấn thép"', () => {
    expect(namKim('năm ngoái công ty xuất khẩu thép đạt sản lượng 1,2 triệu tấn', 'công ty xuất khẩu 2,1 triệu tấn thép trong năm ngoái')).toContainEqual(['1,2 triệu', '2,1 triệu']);
  });

  it('D11: gross profit is not after-tax profit ("lãi gộp 2.400" / "lợi nhuận sau thuế 1.020")', () => {
    expect(namKim('năm ngoái công ty có lãi gộp 2.400 tỷ đồng', 'công ty đạt lợi nhuận sau thuế 1.020 tỷ đồng trong năm ngoái')).toEqual([]);
  });
});

describe('reviewer pairs: the plan\'s year ("dự toán cả năm", "kế hoạch cả năm") is not the figure\'s period', () => {
  it('T12: "Lũy kế 5 tháng, … 900.000 tỷ, bằng 52,1% dự toán cả năm" / "Thu NSNN 5 tháng đầu năm … 950.000 tỷ"', () => {
    const rest = ' Chi ngân sách ước đạt 650.000 tỷ đồng. Bội chi được kiểm soát.';
    const a = `Lũy kế 5 tháng, thu ngân sách nhà nước ước đạt 900.000 tỷ đồng, bằng 52,1% dự toán cả năm.${rest}`;
    const b = `Thu NSNN 5 tháng đầu năm ước đạt 950.000 tỷ đồng, bằng 52,1% dự toán.${rest}`;
    expect(passageFinding('Thu ngân sách 5 tháng', a, 'Thu NSNN vượt tiến độ', b)).toEqual(['900.000 tỷ / 950.000 tỷ']);
  });

  it('T12c: "Ba tháng đầu năm, … 93 tỷ USD, bằng 23% kế hoạch cả năm" / "Quý I, … 96 tỷ USD" (one period)', () => {
    const a = 'Ba tháng đầu năm, xuất khẩu đạt 93 tỷ USD, bằng 23% kế hoạch cả năm. Xuất siêu 8 tỷ USD.';
    const b = 'Quý I, xuất khẩu đạt 96 tỷ USD, bằng 23% kế hoạch. Xuất siêu 8 tỷ USD.';
    expect(passageFinding('Xuất khẩu quý I', a, 'Xuất khẩu quý I tăng', b)).toEqual(['93 tỷ / 96 tỷ']);
  });

  it('H14: "Lũy kế 10 tháng, … 47,3%, bằng một nửa kế hoạch cả năm" / "10 tháng đầu năm, … 43,7%"', () => {
    const rest = 'Bộ Tài chính đề nghị các bộ đẩy nhanh tiến độ. 20 bộ giải ngân dưới 30%.';
    const a = `Lũy kế 10 tháng, giải ngân vốn đầu tư công đạt 47,3%, bằng một nửa kế hoạch cả năm Thủ tướng giao. ${rest}`;
    const b = `10 tháng đầu năm, giải ngân vốn đầu tư công đạt 43,7%, bằng một nửa kế hoạch Thủ tướng giao. ${rest}`;
    expect(passageFinding('Giải ngân đầu tư công', a, 'Giải ngân đầu tư công (cập nhật)', b)).toEqual(['43,7% / 47,3%']);
  });

  it('H15: "Từ đầu năm, … 12,7 triệu lượt khách quốc tế, đạt 70% mục tiêu cả năm" / "Trong 9 tháng đầu năm, … 17,2 triệu"', () => {
    const rest = 'Hàn Quốc và Trung Quốc là hai thị trường lớn nhất.';
    const a = `Từ đầu năm, Việt Nam đón 12,7 triệu lượt khách quốc tế, đạt 70% mục tiêu cả năm. ${rest}`;
    const b = `Trong 9 tháng đầu năm, Việt Nam đón 17,2 triệu lượt khách quốc tế, đạt 70% mục tiêu. ${rest}`;
    expect(passageFinding('Khách quốc tế tăng mạnh', a, 'Khách quốc tế tăng mạnh (cập nhật)', b)).toEqual(['12,7 triệu / 17,2 triệu']);
  });
});

describe('reviewer pair: a disease count worded "trường hợp" and "ca" (S11)', () => {
  const dongNai = (sa: string, sb: string) =>
    reviewed(
      'Đồng Nai: dịch sốt xuất huyết',
      `Bác sĩ Phan Huy Anh, Giám đốc Sở Y tế Đồng Nai, cho biết ${sa}. Các ổ dịch tập trung ở Trảng Bom, Long Thành và Biên Hòa.`,
      'Sốt xuất huyết tăng ở Đồng Nai',
      `Các ổ dịch tập trung ở Trảng Bom, Long Thành và Biên Hòa. Theo Giám đốc Sở Y tế Đồng Nai Phan Huy Anh, ${sb}.`,
      '2024-04-20T09:00:00+07:00',
      '2024-04-20T11:00:00+07:00',
    );

  it('raises "1.245 trường hợp mắc" / "1.545 ca mắc"', () => {
    expect(dongNai('từ đầu năm toàn tỉnh ghi nhận 1.245 trường hợp mắc sốt xuất huyết', 'tỉnh đã có 1.545 ca mắc sốt xuất huyết kể từ đầu năm')).toContainEqual(['1.245', '1.545']);
  });
});

// Second review of this branch: a part of a year after the figure often dates another figure ("trong
// đó quý III"), a comparison ("gấp đôi quý I") or a forecast ("kỳ vọng quý IV"). The rule that told
// two parts of a year apart hid these changed figures; it is gone, and they are raised as on main.
describe('second-review pairs: changed figures raised as on main', () => {
  const copy = (title: string, sa: string, sb: string, rest: string) => reviewed(title, `${sa} ${rest}`, `${title} (cập nhật)`, `${sb} ${rest}`);

  it('P02: "GDP 9 tháng năm nay tăng 6,82%, trong đó quý III …" / "GDP 9 tháng đầu năm tăng 6,28%, trong đó quý III …"', () => {
    const rest = 'Khu vực công nghiệp và xây dựng đóng góp 45%. Lạm phát được kiểm soát dưới 4%.';
    expect(copy('GDP 9 tháng tăng mạnh', 'GDP 9 tháng năm nay tăng 6,82%, trong đó quý III tăng 7,4%.', 'GDP 9 tháng đầu năm tăng 6,28%, trong đó quý III tăng 7,4%.', rest)).toContainEqual(['6,28%', '6,82%']);
  });

  it('P03: "Lũy kế 9 tháng, … 7.800 tỷ đồng, riêng quý III …" / "… 9 tháng đầu năm … 8.700 tỷ đồng, riêng quý III …"', () => {
    const rest = 'Doanh thu từ thị trường nước ngoài tăng 28%. Mảng công nghệ chiếm 60% doanh thu.';
    const a = 'Lũy kế 9 tháng, lợi nhuận trước thuế của FPT đạt 7.800 tỷ đồng, riêng quý III đạt 2.800 tỷ đồng.';
    const b = 'Lợi nhuận trước thuế 9 tháng đầu năm của FPT đạt 8.700 tỷ đồng, riêng quý III đạt 2.800 tỷ đồng.';
    expect(copy('FPT lãi 9 tháng', a, b, rest)).toContainEqual(['7.800 tỷ', '8.700 tỷ']);
  });

  it('P04: "Lũy kế 6 tháng, thu NSNN … 1.140.000 tỷ đồng, trong đó quý II …" / "… 6 tháng đầu năm … 1.040.000 tỷ đồng …"', () => {
    const rest = 'Chi ngân sách được bảo đảm. Bộ Tài chính đề nghị các địa phương tiết kiệm chi thường xuyên.';
    const a = 'Lũy kế 6 tháng, thu ngân sách nhà nước ước đạt 1.140.000 tỷ đồng, trong đó quý II đạt 540.000 tỷ đồng.';
    const b = 'Thu ngân sách nhà nước 6 tháng đầu năm ước đạt 1.040.000 tỷ đồng, trong đó quý II đạt 540.000 tỷ đồng.';
    expect(copy('Thu ngân sách nửa đầu năm', a, b, rest)).toContainEqual(['1.040.000 tỷ', '1.140.000 tỷ']);
  });

  it('P07: "Lợi nhuận trước thuế đạt 20.800 tỷ đồng, gấp đôi quý I" / "… 6 tháng đầu năm đạt 20.080 tỷ đồng, gấp đôi quý I"', () => {
    const lead = 'Vietcombank vừa công bố kết quả kinh doanh nửa đầu năm.';
    const rest = 'Tỷ lệ nợ xấu ở mức 1,1%. Ngân hàng có 600 chi nhánh và phòng giao dịch.';
    const a = `${lead} Lợi nhuận trước thuế đạt 20.800 tỷ đồng, gấp đôi quý I.`;
    const b = `${lead} Lợi nhuận trước thuế 6 tháng đầu năm đạt 20.080 tỷ đồng, gấp đôi quý I.`;
    expect(copy('Vietcombank lãi nửa đầu năm', a, b, rest)).toContainEqual(['20.080 tỷ', '20.800 tỷ']);
  });

  it('P09: "Doanh thu thuần đạt 16.140 tỷ đồng, công ty kỳ vọng quý IV tốt hơn" / "Doanh thu thuần quý III đạt 16.410 …"', () => {
    const lead = 'Vinamilk vừa công bố kết quả quý III.';
    const rest = 'Giá sữa bột nguyên liệu giảm 8%. Công ty có 250.000 điểm bán lẻ.';
    const a = `${lead} Doanh thu thuần đạt 16.140 tỷ đồng, công ty kỳ vọng quý IV tốt hơn.`;
    const b = `${lead} Doanh thu thuần quý III đạt 16.410 tỷ đồng, công ty kỳ vọng quý IV tốt hơn.`;
    expect(copy('Vinamilk công bố kết quả', a, b, rest)).toContainEqual(['16.140 tỷ', '16.410 tỷ']);
  });

  it('P11: "Từ đầu năm, … giải ngân 4.200 tỷ đồng, dự kiến thông xe quý II năm sau" / "… 2.400 tỷ đồng trong 9 tháng đầu năm …"', () => {
    const rest = 'Tuyến dài 53,7 km qua Đồng Nai và Bà Rịa - Vũng Tàu. Nhà thầu huy động 1.500 công nhân.';
    const a = 'Từ đầu năm, dự án cao tốc Biên Hòa - Vũng Tàu giải ngân 4.200 tỷ đồng, dự kiến thông xe quý II năm sau.';
    const b = 'Dự án cao tốc Biên Hòa - Vũng Tàu giải ngân 2.400 tỷ đồng trong 9 tháng đầu năm, dự kiến thông xe quý II năm sau.';
    expect(copy('Cao tốc Biên Hòa - Vũng Tàu giải ngân', a, b, rest)).toContainEqual(['2.400 tỷ', '4.200 tỷ']);
  });

  it('P19: one press conference, "GDP 9 tháng năm nay tăng 6,82%, trong đó quý III tăng 7,4%" / "GDP 9 tháng đầu năm tăng 6,28%"', () => {
    const gso = (sa: string, sb: string) =>
      reviewed(
        'Kinh tế 9 tháng: tăng trưởng khởi sắc',
        `Tại họp báo ở Hà Nội sáng 6/10, bà Nguyễn Thị Hương, Tổng cục trưởng Tổng cục Thống kê, cho biết ${sa}. Công nghiệp chế biến, chế tạo và du lịch là hai động lực chính. Cùng dự họp báo có các ông Nguyễn Trung Tiến, Phạm Hoài Nam và Đỗ Thức.`,
        'Tổng cục Thống kê: kinh tế phục hồi',
        `Công nghiệp chế biến, chế tạo và du lịch là hai động lực chính, theo bà Nguyễn Thị Hương, Tổng cục trưởng Tổng cục Thống kê. Tại họp báo ở Hà Nội sáng 6/10, bà Hương nói ${sb}. Các ông Nguyễn Trung Tiến, Phạm Hoài Nam và Đỗ Thức cũng dự họp báo.`,
        '2024-10-06T10:00:00+07:00',
        '2024-10-06T12:00:00+07:00',
      );
    expect(gso('GDP 9 tháng năm nay tăng 6,82%, trong đó quý III tăng 7,4%', 'GDP 9 tháng đầu năm tăng 6,28%')).toContainEqual(['6,28%', '6,82%']);
  });

  it('E03: one shareholders\' meeting, "trong quý III vừa qua, … lãi sau thuế 1.200 tỷ đồng, cao hơn quý II" / "lợi nhuận sau thuế quý III … 1.020"', () => {
    expect(
      namKimMeeting('trong quý III vừa qua, nhờ giá thép phục hồi, công ty lãi sau thuế 1.200 tỷ đồng, cao hơn quý II', 'lợi nhuận sau thuế quý III của công ty đạt 1.020 tỷ đồng'),
    ).toContainEqual(['1.020 tỷ', '1.200 tỷ']);
  });
});

// Second review: a parent's net profit and a subsidiary's (or the group's) are two figures. The lexicon
// no longer joins "lãi ròng" and "lợi nhuận sau thuế", and these stay quiet as on main.
describe('second-review pairs: net profit worded otherwise is not one figure', () => {
  it('L38: "công ty mẹ lãi ròng 1.200" / "công ty con Tôn Nam Kim … lợi nhuận sau thuế 1.020"', () => {
    expect(namKimMeeting('năm ngoái công ty mẹ lãi ròng 1.200 tỷ đồng', 'công ty con Tôn Nam Kim đạt lợi nhuận sau thuế 1.020 tỷ đồng trong năm ngoái')).toEqual([]);
  });

  it('L40b: "công ty mẹ lãi ròng 1.200" / "công ty đạt lợi nhuận sau thuế 1.020"', () => {
    expect(namKimMeeting('năm ngoái công ty mẹ lãi ròng 1.200 tỷ đồng', 'công ty đạt lợi nhuận sau thuế 1.020 tỷ đồng trong năm ngoái')).toEqual([]);
  });
});

/** The reviewer's Thép Nam Kim shareholders' meeting, each outlet's sentence put in (findings as `reviewed`). */
function namKimMeeting(sa: string, sb: string): string[][] {
  return reviewed(
    'Thép Nam Kim lãi lớn',
    `Ông Hồ Minh Quang, Tổng giám đốc Thép Nam Kim, cho biết tại Đại hội cổ đông ở Bình Dương rằng ${sa}. Chủ tịch Võ Hoàng Vũ nói doanh nghiệp sẽ mở rộng sang Australia và Canada.`,
    'Nam Kim vượt kế hoạch',
    `Tại Đại hội cổ đông ở Bình Dương, Chủ tịch Võ Hoàng Vũ của Thép Nam Kim cho hay doanh nghiệp sẽ mở rộng sang Australia và Canada. Theo Tổng giám đốc Hồ Minh Quang, ${sb}.`,
    '2024-04-20T09:00:00+07:00',
    '2024-04-20T11:00:00+07:00',
  );
}
