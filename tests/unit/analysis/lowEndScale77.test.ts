import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { makeArticle, raisedBetween } from './helpers';

/**
 * Issue 10: the lower end of a range written bare before an upper end with a scale word ("từ 2 đến 4 triệu") was
 * compared as written, 2 against another outlet's "3 triệu - 4 triệu" lower end 3,000,000: a tenfold apart, so the
 * pair was never compared and a changed lower end written in the other scale was missed. The lower end is now read in
 * its upper end's scale. Sentences written for these tests: two reports of one question time on poverty, each giving
 * the rent of workers' rooms in its own words.
 */

const REPORT_A = (range: string): string =>
  'Bộ trưởng trả lời chất vấn về giảm nghèo\n' +
  'Trả lời chất vấn tại Quốc hội sáng nay, Bộ trưởng Phạm Văn Hùng cho biết theo Bộ Lao động, đến hết năm nay cả nước đã hỗ trợ nhà ở cho 531.000 hộ nghèo. ' +
  'Ngân sách dành cho chương trình giảm nghèo năm nay khoảng 12.400 tỷ đồng. ' +
  `Theo ông Hùng, giá thuê nhà trọ của công nhân ở các khu công nghiệp hiện dao động ${range}/tháng. ` +
  'Bộ trưởng cho rằng cần rà soát lại cách bình xét ở cơ sở.';
const REPORT_B = (range: string): string =>
  'Rà soát hộ nghèo: nhiều địa phương còn lúng túng\n' +
  'Tại phiên chất vấn của Quốc hội sáng nay, Bộ trưởng Phạm Văn Hùng nói Bộ Lao động ghi nhận 531.000 hộ nghèo đã được hỗ trợ nhà ở. ' +
  'Năm nay ngân sách cho chương trình giảm nghèo vào khoảng 12.400 tỷ đồng. ' +
  `Ông Hùng dẫn khảo sát cho thấy công nhân khu công nghiệp phải trả ${range} mỗi tháng để thuê phòng trọ. ` +
  'Nhiều đại biểu đề nghị nâng chuẩn nghèo trong giai đoạn tới.';

/** The ends of ranges of a sentence as the same-event comparison reads them: value and end. */
const ends = (text: string): string[] =>
  passagesOf(makeArticle('a', text, '2024-09-10T08:00'))
    .flatMap(figureContexts)
    .filter((c) => c.end !== null)
    .map((c) => `${c.figure.value} ${c.end}`);

describe('a lower end written without the scale of its upper end (issue 10)', () => {
  it('is read in its upper end\'s scale; a lower end with its own scale word, or none to take, is left as written', () => {
    expect(ends('Giá thuê từ 2 đến 4 triệu đồng mỗi tháng.')).toEqual(['2000000 lo', '4000000 hi']);
    expect(ends('Vốn cho mỗi xã 1,5 - 2 tỷ đồng.')).toEqual(['1500000000 lo', '2000000000 hi']);
    expect(ends('Giá thuê 2 triệu - 4 triệu đồng mỗi tháng.')).toEqual(['2000000 lo', '4000000 hi']);
    expect(ends('Tỷ lệ hộ cận nghèo khoảng 15-20%.')).toEqual(['15 lo', '20 hi']);
  });

  it('is read alike in a copy of the sentence, whose contexts are copied (each with its own passage\'s figure as origin)', () => {
    const text = 'Giá thuê phòng trọ quanh khu công nghiệp từ 2 đến 4 triệu đồng mỗi tháng.';
    const [first] = passagesOf(makeArticle('a', text, '2024-09-10T08:00'));
    const [copy] = passagesOf(makeArticle('b', text, '2024-09-10T09:00'));
    if (first === undefined || copy === undefined) throw new Error('no passage');
    expect(copy.common).toBe(first.common);
    figureContexts(first);
    const copied = figureContexts(copy);
    expect(copied.map((c) => `${c.figure.value} ${c.end}`)).toEqual(['2000000 lo', '4000000 hi']);
    expect(copied.map((c) => copy.figures.indexOf(c.origin))).toEqual([0, 1]);
    expect(copied[0]?.figure).not.toBe(copied[0]?.origin);
    expect(copied[1]?.figure).toBe(copied[1]?.origin);
  });

  it('raises a changed lower end that the other outlet writes with its scale word', () => {
    expect(raisedBetween(REPORT_A('từ 2 đến 4 triệu đồng'), REPORT_B('3 triệu - 4 triệu đồng'))).toEqual([['2', '3 triệu']]);
    expect(raisedBetween(REPORT_A('2 - 4 triệu đồng'), REPORT_B('từ 3 triệu đến 4 triệu đồng'))).toEqual([['2', '3 triệu']]);
    // Written in figures in full by the other outlet.
    expect(raisedBetween(REPORT_A('2 - 4 triệu đồng'), REPORT_B('3.000.000 - 4.000.000 đồng'))).toEqual([['2', '3.000.000']]);
  });

  it('raises nothing where the two write one range in two ways', () => {
    expect(raisedBetween(REPORT_A('từ 2 đến 4 triệu đồng'), REPORT_B('2 triệu - 4 triệu đồng'))).toEqual([]);
    expect(raisedBetween(REPORT_A('2 - 4 triệu đồng'), REPORT_B('2.000.000 - 4.000.000 đồng'))).toEqual([]);
    expect(raisedBetween(REPORT_A('1,5 - 2 triệu đồng'), REPORT_B('1.500.000 - 2.000.000 đồng'))).toEqual([]);
    // A range written backwards ("4 triệu - 2 triệu", misprinted) is the same range (review s77).
    expect(raisedBetween(REPORT_A('2 triệu - 4 triệu đồng'), REPORT_B('4 triệu - 2 triệu đồng'))).toEqual([]);
    // (Ranges given alike both ways: nothing either.)
    expect(raisedBetween(REPORT_A('2 - 4 triệu đồng'), REPORT_B('2 - 4 triệu đồng'))).toEqual([]);
  });

  it('keeps a range of halves from passing as one step of whole numbers (review s77)', () => {
    // "1,5 - 2,5 triệu" read in its upper end's scale is 1.500.000 - 2.500.000: whole numbers, but not one step of
    // the scale; "khoảng 1,5 - 2,5" and "khoảng 2,5 - 3,5" only touch, two bands that differ.
    expect(raisedBetween(REPORT_A('khoảng 1,5 - 2,5 triệu đồng'), REPORT_B('khoảng 2,5 - 3,5 triệu đồng'))).toEqual([
      ['khoảng 1,5', 'khoảng 2,5'],
      ['2,5 triệu', '3,5 triệu'],
    ]);
    // (Two ranges of one step each that touch are estimates agreeing in part, as before.)
    expect(raisedBetween(REPORT_A('khoảng 2 - 3 triệu đồng'), REPORT_B('khoảng 3 - 4 triệu đồng'))).toEqual([]);
  });

  it('keeps two ranges a tenfold apart apart, and the upper end compared as before', () => {
    // "20 - 40 triệu" against "2 triệu - 4 triệu": two facts, not one range changed.
    expect(raisedBetween(REPORT_A('20 - 40 triệu đồng'), REPORT_B('2 triệu - 4 triệu đồng'))).toEqual([]);
    expect(raisedBetween(REPORT_A('từ 2 đến 4 triệu đồng'), REPORT_B('2 triệu - 5 triệu đồng'))).toEqual([['4 triệu', '5 triệu']]);
  });
});
