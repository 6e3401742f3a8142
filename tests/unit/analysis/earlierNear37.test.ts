import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';

// Two outlets' market reports of one day. The first gives the jobs figure twice (its lead and its body); the
// sentence compares it with "ước tính trước đó của các chuyên gia" — an earlier estimate, not an earlier figure.
const lead = (jobs: string) =>
  `Chứng khoán Mỹ tăng điểm sau báo cáo việc làm\n23/10/2013 07:30\n\nChỉ số Dow Jones tăng 0,5% lên 15.467,66 điểm, chỉ số S&P 500 tăng 0,6% lên 1.754,67 điểm. ` +
  `Bộ Lao động Mỹ vừa thông báo đã có ${jobs} việc làm mới được tạo ra trong tháng 9, thấp hơn con số tháng 8 và ước tính trước đó của các chuyên gia. ` +
  'Giới đầu tư cho rằng Fed sẽ duy trì chương trình mua trái phiếu 85 tỷ USD mỗi tháng.\n' +
  'Bộ Lao động Mỹ vừa thông báo đã có 148.000 việc làm mới được tạo ra trong tháng 9, thấp hơn con số tháng 8 và ước tính trước đó của các chuyên gia.';
const OTHER =
  'Phố Wall lập đỉnh mới\n23/10/2013 09:00\n\nKết thúc phiên, chỉ số Dow Jones tăng 0,5% lên 15.467,66 điểm; S&P 500 tăng 0,6% lên 1.754,67 điểm. ' +
  'Theo Bộ Lao động Mỹ, trong tháng 9/2013, nền kinh tế lớn nhất thế giới chỉ tạo ra 148.000 việc làm, nhỉnh hơn chút ít so với mức trung bình của quý 3/2013.';

function raised(jobs: string): string[][] {
  const a = buildDocument(lead(jobs), 'a.txt', '2026-01-01T00:00:00Z');
  const b = buildDocument(OTHER, 'b.txt', '2026-01-01T00:00:00Z');
  return detectFindings([{ ...a.article, outlet: 'Báo A' }, { ...b.article, outlet: 'Báo B' }], [...a.claims, ...b.claims])
    .filter((f) => (f.type === 'conflict' || f.type === 'update') && (f.articleIds?.length ?? 0) > 1)
    .map((f) => f.facts as unknown as { a: { quote: string }; b: { quote: string } })
    .map((x) => [x.a.quote, x.b.quote].sort());
}

describe('a word of an earlier period dates only the figure it stands by (analysis 37)', () => {
  it('compares a changed figure restated once rightly, though its sentence ends on "ước tính trước đó"', () => {
    expect(raised('248.000')).toContainEqual(['148.000', '248.000']);
  });
  it('raises nothing when both mentions agree with the other outlet', () => {
    expect(raised('148.000')).toEqual([]);
  });
});
