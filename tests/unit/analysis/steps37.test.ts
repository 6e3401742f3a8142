import { describe, expect, it } from 'vitest';
import { detectFindings, explainStoredFinding } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Finding } from '../../../shared/schema';

/** The findings of one article read by the real extractor. */
function findingsOf(body: string): Finding[] {
  const doc = buildDocument(`Bản tin giá cả\n07/11/2013 15:00\n\n${body}`, 'bai.txt', '2026-01-01T00:00:00Z');
  return detectFindings([doc.article], doc.claims);
}
const steps = (body: string): Finding[] => findingsOf(body).filter((f) => f.rule === 'step-arithmetic');
const problemOf = (f: Finding | undefined): unknown => (f?.facts as { problem?: string } | undefined)?.problem;

describe('step-arithmetic: a step written with both ends holds together (analysis 37)', () => {
  it('flags a step that ends where it starts ("từ 300 đồng/lít xuống còn 300 đồng/lít")', () => {
    const found = steps('Thứ hai, đối với mặt hàng xăng: Giảm mức sử dụng Quỹ Bình ổn giá 100 đồng/lít (từ 300 đồng/lít xuống còn 300 đồng/lít).');
    expect(found).toHaveLength(1);
    expect(problemOf(found[0])).toBe('no-move');
    expect(found[0]?.type).toBe('internal');
  });

  it('flags an end on the wrong side of its direction word ("giảm từ 5,2% xuống còn 6,1%")', () => {
    const found = steps('Tỷ lệ hộ nghèo của huyện giảm từ 5,2% xuống còn 6,1% sau ba năm.');
    expect(found.map(problemOf)).toEqual(['direction']);
    expect(steps('Giá thép tăng từ 15,2 triệu đồng lên 14,8 triệu đồng mỗi tấn.').map(problemOf)).toEqual(['direction']);
  });

  it('flags a stated change that is not the difference of the ends, or not its percent of the start', () => {
    const cut = steps('Giảm mức sử dụng Quỹ Bình ổn giá 200 đồng/lít (từ 300 đồng/lít xuống còn 200 đồng/lít).');
    expect(cut.map(problemOf)).toEqual(['difference']);
    const growth = steps('Doanh thu của công ty tăng 30%, từ 100 tỷ đồng lên 120 tỷ đồng.');
    expect(growth.map(problemOf)).toEqual(['difference']);
    // The explanation says what the ends do differ by, in the language asked for.
    expect(explainStoredFinding(growth[0] as Finding, 'en')).toContain('differ by 20%');
    expect(explainStoredFinding(growth[0] as Finding, 'vi')).toContain('chênh lệch giữa hai mức là 20%');
  });

  it('raises nothing for steps that add up, within the rounding of what is written', () => {
    for (const body of [
      'Thứ hai, đối với mặt hàng xăng: Giảm mức sử dụng Quỹ Bình ổn giá 100 đồng/lít (từ 300 đồng/lít xuống còn 200 đồng/lít).',
      'Doanh thu của công ty tăng 20%, từ 100 tỷ đồng lên 120 tỷ đồng.',
      'Giá xăng tăng 500 đồng, từ 20.000 đồng lên 20.500 đồng mỗi lít.',
      // Points of a percentage, loosely written as a percent.
      'Tỷ lệ hộ nghèo giảm 2%, từ 5,2% xuống còn 3,1%.',
      // Rounded: 1.3 → 1.7 is 31%, written "khoảng 30%".
      'Sản lượng tăng 30%, từ 1,3 triệu tấn lên 1,7 triệu tấn.',
      'Số doanh nghiệp tăng từ 1.200 lên 1.500 trong năm.',
    ]) {
      expect(steps(body), body).toEqual([]);
    }
  });
});

describe('"doanh thu khác" is not the revenue: no same-fact finding between them (analysis 37)', () => {
  const same = (body: string): Finding[] => findingsOf(body).filter((f) => f.rule === 'same-fact-values');
  it('keeps "Doanh thu khác … quý 3" apart from "Doanh thu … quý 3/2013"', () => {
    const body =
      'Doanh thu của HSC trong quý 3/2013 đạt gần 142 tỷ đồng, tăng 24% cùng kỳ năm trước. Doanh thu quý 3 tăng mạnh nhờ môi giới. ' +
      'Doanh thu khác của HSC trong quý 3 đạt 58,8 tỷ đồng, giảm 27% cùng kỳ 2012.';
    expect(same(body)).toEqual([]);
  });
  it('still raises the revenue given twice with two values', () => {
    const body =
      'Doanh thu của HSC trong quý 3/2013 đạt gần 142 tỷ đồng, tăng 24% cùng kỳ năm trước. Doanh thu quý 3 tăng mạnh nhờ môi giới. ' +
      'Doanh thu của HSC trong quý 3 đạt 158,8 tỷ đồng, giảm 27% cùng kỳ 2012.';
    expect(same(body)).toHaveLength(1);
  });
});
