import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import type { Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';

// Analysis 40 (session 62): a round's results table flattened into one sentence ("Kết quả vòng 7: Đà Nẵng 2 - 0
// Hà Tĩnh Bình Dương 3 - 1 Quảng Nam …") gives each "N - M" between two teams' names as a score, though no word
// of scores stands before it; one match in two reports' tables (the same two teams around it, in the same order)
// is compared whether or not its score is another match's too.
const REPORT_A =
  'Đà Nẵng đứng đầu sau vòng 7\nChiều qua, Đà Nẵng đánh bại Hà Tĩnh với tỷ số 2-0 trên sân Hòa Xuân nhờ các pha lập công ' +
  'của Hà Minh Tuấn ở phút 31 và phút 77. Kết quả vòng 7: Đà Nẵng 2 - 0 Hà Tĩnh Bình Dương 3 - 1 Quảng Nam Sài Gòn 1 - 2 ' +
  'Viettel Becamex 0 - 1 Khánh Hòa.';
// (Written otherwise than A's table, each result with its ground, so that the passage rule does not line the two
// tables up: the same-event rule is what compares them.)
const reportB = (x: string, y: string, z: string) =>
  'Đà Nẵng vững ngôi đầu bảng\nĐà Nẵng tiếp tục dẫn đầu bảng xếp hạng sau khi đánh bại Hà Tĩnh 2-0, cả hai bàn đều do Hà Minh ' +
  `Tuấn ghi ở phút 31 và phút 77 trên sân nhà Hòa Xuân. Các trận còn lại: Bình Dương ${x} Quảng Nam (sân Gò Đậu) Sài Gòn ${y} ` +
  `Viettel (sân Thống Nhất) Becamex ${z} Khánh Hòa (sân Bình Dương).`;

const raised = (b: string, a = REPORT_A): string[][] =>
  detectFindings([makeArticle('a', a, '2024-03-10T19:00', 'Báo A'), makeArticle('b', b, '2024-03-10T21:30', 'Báo B')], [])
    .filter((f) => f.rule === 'aligned-passage' && (f.type === 'conflict' || f.type === 'update'))
    .map((f: Finding) => {
      const x = f.facts as unknown as { a: { quote: string }; b: { quote: string } };
      return [x.a.quote, x.b.quote];
    });

const scores = (text: string): string[] => {
  const a = makeArticle('x', text, '2024-03-10T19:00', 'Báo X');
  return passagesOf(a).flatMap(figureContexts).filter((c) => c.unit === 'score').map((c) => `${c.figure.value}-${c.second}`);
};

describe('results tables flattened into one sentence (analysis 40)', () => {
  it('reads each "N - M" of a table of three results or more as a score', () => {
    // Old code: no word of scores before them, so every "N - M" was a range and neither end compared.
    expect(scores('Kết quả vòng 7: Bình Dương 3 - 1 Quảng Nam Sài Gòn 1 - 2 Viettel Becamex 0 - 1 Khánh Hòa.')).toEqual(['3-1', '1-2', '0-1']);
  });

  it('flags one match given two scores in two reports’ tables', () => {
    // Old code: no finding (the table's pairs were ranges).
    expect(raised(reportB('4 - 1', '1 - 2', '0 - 1'))).toEqual([['3 - 1', '4 - 1']]);
  });

  it('flags it when the changed score is another match’s of the round too', () => {
    // Old code: no finding. A score another match of the round also has (Becamex's "2 - 1", Sài Gòn's "1 - 2"
    // read either way) is still this match's: given elsewhere in the table, it is not confirmed.
    expect(raised(reportB('3 - 1', '1 - 2', '2 - 1'))).toEqual([['0 - 1', '2 - 1']]);
  });

  it('stays quiet on tables that agree, and on the return match (the teams the other way round)', () => {
    expect(raised(reportB('3 - 1', '1 - 2', '0 - 1'))).toEqual([]);
    // Another round's table with the return matches, home side first: other matches, not these misreported.
    const returnLeg =
      'Đà Nẵng vững ngôi đầu bảng\nĐà Nẵng tiếp tục dẫn đầu bảng xếp hạng sau khi đánh bại Hà Tĩnh 2-0, cả hai bàn đều do Hà Minh ' +
      'Tuấn ghi ở phút 31 và phút 77 trên sân nhà Hòa Xuân. Lượt trận trước: Quảng Nam 4 - 1 Bình Dương (sân Tam Kỳ) Viettel 2 - 2 ' +
      'Sài Gòn (sân Hàng Đẫy) Khánh Hòa 3 - 0 Becamex (sân 19/8).';
    expect(raised(returnLeg)).toEqual([]);
  });

  it('never reads fewer than three pairs, or ranges with a unit, as a table of results', () => {
    // One "N - M" beside team names and no word of scores: a table is not shown, it may be a range.
    expect(scores('Bình Dương 3 - 1 Quảng Nam là kết quả bất ngờ nhất.')).toEqual([]);
    expect(
      raised(
        'Đà Nẵng vững ngôi đầu bảng\nĐà Nẵng tiếp tục dẫn đầu bảng xếp hạng sau khi đánh bại Hà Tĩnh 2-0, cả hai bàn đều do Hà Minh ' +
          'Tuấn ghi ở phút 31 và phút 77 trên sân nhà Hòa Xuân. Bất ngờ nhất vòng là trận Bình Dương 4 - 1 Quảng Nam (sân Gò Đậu).',
      ),
    ).toEqual([]);
    // Ranges of prices and of days, listed: their units say they are ranges.
    expect(scores('Giá vé hạng A 3 - 4 triệu đồng, hạng B 1 - 2 triệu đồng, hạng C 5 - 6 trăm nghìn đồng.')).toEqual([]);
    expect(scores('Đội tập 2 - 3 buổi, nghỉ 1 - 2 ngày rồi đá giao hữu 3 - 4 trận trong tháng.')).toEqual([]);
    // Numbers too large for goals, or written as a year.
    expect(scores('Các mốc: Hà Nội 2012 - 2015 Huế 1990 - 1995 Đà Lạt 2001 - 2003.')).toEqual([]);
  });
});

// Analysis 40: an article that repeats a sentence word for word (a paragraph printed twice, an interview
// question asked again) with another figure the second time. The other outlet gives the first value in the
// same words: the repeated sentence says which figure the changed one is, however many other figures of its
// kind (ages here) the article lists.
const SWIM_B =
  'Kình ngư 22 tuổi giành HCV bơi ếch\nTại giải vô địch quốc gia ở Đà Nẵng, kình ngư 22 tuổi Minh Anh giành HCV nội dung 200 m bơi ếch với ' +
  'thời gian 2 phút 31 giây, phá kỷ lục quốc gia 2 phút 33 giây. Xa quê Huế, cô vào Đà Nẵng và tập chuyên nghiệp khi 12 tuổi.';
const swimA = (first: string, second: string) =>
  'Minh Anh phá kỷ lục bơi ếch\nMinh Anh, 22 tuổi, vừa giành HCV 200 m bơi ếch tại giải vô địch quốc gia với thời gian 2 phút 31 giây, ' +
  `phá kỷ lục quốc gia 2 phút 33 giây. Huấn luyện viên của cô năm nay 45 tuổi. - Sinh ra ở Huế nhưng chị chuyển vào Đà Nẵng tập bơi chuyên nghiệp từ năm ${first} tuổi. ` +
  `Chị có thể kể về những ngày đầu? - Sinh ra ở Huế nhưng chị chuyển vào Đà Nẵng tập bơi chuyên nghiệp từ năm ${second} tuổi. Những ngày đầu xa nhà rất khó khăn.`;
const swim = (a: string): string[][] =>
  detectFindings([makeArticle('a', a, '2024-03-10T19:00', 'Báo A'), makeArticle('b', SWIM_B, '2024-03-10T21:30', 'Báo B')], [])
    .filter((f) => f.rule === 'aligned-passage' && (f.type === 'conflict' || f.type === 'update') && (f.articleIds?.length ?? 0) > 1)
    .map((f: Finding) => {
      const x = f.facts as unknown as { a: { quote: string }; b: { quote: string } };
      return [x.a.quote, x.b.quote];
    });

describe('a sentence its article repeats word for word, once with another figure (analysis 40)', () => {
  it('flags the changed copy against the other outlet’s figure', () => {
    // Old code: no finding (the article lists other ages, 22 and 45: which one was changed was taken for a guess).
    expect(swim(swimA('12', '13'))).toEqual([['13', '12']]);
    expect(swim(swimA('13', '12'))).toEqual([['13', '12']]);
  });

  it('stays quiet when the copies agree, and when the other mention of the value is another sentence', () => {
    expect(swim(swimA('12', '12'))).toEqual([]);
    // The value given again in other words: which figure of the listed ages was changed stays a guess, as before.
    const other = swimA('13', '12').replace('- Sinh ra ở Huế nhưng chị chuyển vào Đà Nẵng tập bơi chuyên nghiệp từ năm 12 tuổi.', '- Năm 12 tuổi, chị đã thi đấu ở giải trẻ.');
    expect(other).not.toEqual(swimA('13', '12'));
    expect(swim(other)).toEqual([]);
  });
});
