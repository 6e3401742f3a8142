import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { makeArticle, raisedBetween } from './helpers';

const units = (text: string): string[] => passagesOf(makeArticle('a', text, '2024-09-10T08:00')).flatMap(figureContexts).map((f) => `${f.figure.written} ${f.unit}`);

// Sentences written for this test (not taken from the corpus): two outlets' reports of one question time on
// poverty. They name the minister and give the housing support and the year's budget alike in the same words
// (reports of one event); each then gives the poverty lines, one outlet in đồng, the other in "nghìn" with the đồng
// left unsaid.
const POVERTY_A = (lines: string): string =>
  'Bộ trưởng trả lời chất vấn về giảm nghèo\n' +
  'Trả lời chất vấn tại Quốc hội sáng nay, Bộ trưởng Phạm Văn Hùng cho biết theo Bộ Lao động, đến hết năm nay cả nước đã hỗ trợ nhà ở cho 531.000 hộ nghèo. ' +
  'Ngân sách dành cho chương trình giảm nghèo năm nay khoảng 12.400 tỷ đồng. ' +
  `${lines} ` +
  'Bộ trưởng cho rằng cần rà soát lại cách bình xét ở cơ sở.';
const POVERTY_B = (lines: string): string =>
  'Rà soát hộ nghèo: nhiều địa phương còn lúng túng\n' +
  'Tại phiên chất vấn của Quốc hội sáng nay, Bộ trưởng Phạm Văn Hùng nói Bộ Lao động ghi nhận 531.000 hộ nghèo đã được hỗ trợ nhà ở. ' +
  'Năm nay ngân sách cho chương trình giảm nghèo vào khoảng 12.400 tỷ đồng. ' +
  `${lines} ` +
  'Nhiều đại biểu đề nghị nâng chuẩn nghèo trong giai đoạn tới.';
const LINES_A = 'Theo thông tư của Chính phủ, chuẩn nghèo hiện nay là 400.000 đồng ở nông thôn, 500.000 đồng ở thành thị.';
const linesB = (town: number): string => `Các thôn căn cứ chuẩn nghèo 400 nghìn ở nông thôn, ${town} nghìn ở thành thị để bình xét từng hộ.`;

describe('"500 nghìn ở thành thị": an amount in nghìn with the đồng left unsaid is in đồng, as one in tỷ or triệu is (analysis 46)', () => {
  it('reads the unit of "N nghìn" followed by a word that names nothing counted as đồng', () => {
    expect(units('Chuẩn nghèo là 400 nghìn ở nông thôn, 500 nghìn ở thành thị.')).toEqual(['400 nghìn dong', '500 nghìn dong']);
    // A noun after the scale word is what is counted, as before.
    expect(units('Cả nước hỗ trợ nhà ở cho khoảng 500 nghìn hộ nghèo.')).toEqual(['500 nghìn ho']);
    expect(units('Lễ hội thu hút khoảng 500 nghìn người tham dự.')).toEqual(['500 nghìn nguoi']);
  });

  it("compares a poverty line given in nghìn with the other outlet's in đồng", () => {
    // Before analysis 46 "600 nghìn ở thành thị" had the unit "ở": never compared with "500.000 đồng".
    expect(raisedBetween(POVERTY_A(LINES_A), POVERTY_B(linesB(600)))).toEqual([['500.000', '600 nghìn']]);
    // The same lines: nothing to raise.
    expect(raisedBetween(POVERTY_A(LINES_A), POVERTY_B(linesB(500)))).toEqual([]);
  });
});
