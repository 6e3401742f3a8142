import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';

/** Two reports of one day whose bodies are one template sentence each. */
function conflicts(a: string, b: string): Finding[] {
  return detectFindings([makeArticle('a', `Tin kinh tế\n${a}`, '2013-09-21T08:00', 'Báo A'), makeArticle('b', `Tin kinh tế\n${b}`, '2013-09-21T10:00', 'Báo B')], []).filter(
    (f) => f.type === 'conflict',
  );
}

const quotes = (fs: Finding[]) => fs.map((f) => (f.facts as unknown as { a: { quote: string }; b: { quote: string } })).map((x) => `${x.a.quote} / ${x.b.quote}`);

describe('the words naming a figure replaced right before it: another metric in one template, not one figure changed', () => {
  it('"vốn FDI đăng ký" and "vốn FDI giải ngân" are two figures; the same words with another value are one figure changed', () => {
    const registered = 'Tính đến ngày 20/9, vốn FDI đăng ký đạt 15,5 tỷ USD, tăng 5% so với cùng kỳ năm trước.';
    expect(conflicts(registered, 'Tính đến ngày 20/9, vốn FDI giải ngân đạt 8,8 tỷ USD, tăng 5% so với cùng kỳ năm trước.')).toEqual([]);
    expect(quotes(conflicts(registered, 'Tính đến ngày 20/9, vốn FDI đăng ký đạt 18,5 tỷ USD, tăng 5% so với cùng kỳ năm trước.'))).toEqual(['15,5 tỷ / 18,5 tỷ']);
  });

  it('two revenue lines of one budget report ("thu nội địa" / "thu từ dầu thô") are two figures', () => {
    const domestic = 'Sau 9 tháng, thu nội địa đạt 86,4% dự toán năm, thu ngân sách nhà nước đạt 580.000 tỷ đồng.';
    expect(conflicts(domestic, 'Sau 9 tháng, thu từ dầu thô đạt 110,3% dự toán năm, thu ngân sách nhà nước đạt 580.000 tỷ đồng.')).toEqual([]);
    expect(quotes(conflicts(domestic, 'Sau 9 tháng, thu nội địa đạt 68,4% dự toán năm, thu ngân sách nhà nước đạt 580.000 tỷ đồng.'))).toEqual(['86,4% / 68,4%']);
  });

  it('a phrase replaced far from the figure does not tell it apart', () => {
    const a = 'Theo báo cáo mới nhất được công bố chiều qua, tính đến ngày 20/9, vốn FDI đăng ký đạt 15,5 tỷ USD, tăng 5% so với cùng kỳ.';
    const b = 'Theo số liệu thống kê được đưa ra chiều qua, tính đến ngày 20/9, vốn FDI đăng ký đạt 18,5 tỷ USD, tăng 5% so với cùng kỳ.';
    expect(quotes(conflicts(a, b))).toEqual(['15,5 tỷ / 18,5 tỷ']);
  });
});
