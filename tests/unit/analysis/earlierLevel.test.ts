import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { clauseOf } from '../../../shared/analysis/clause';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { passagesOf } from '../../../shared/analysis/passages';
import { buildDocument } from '../../../shared/document';
import type { Article, Claim, Finding } from '../../../shared/schema';

/**
 * X in "giảm từ X xuống Y", "tăng từ X lên Y", "(từ X xuống còn Y)" is the level before the change:
 * not the level now, nor the change itself, so never at odds with a plain value or a change of
 * another report. Real extraction (buildDocument), then the analysis.
 */
function doc(id: string, text: string, outlet: string): { article: Article; claims: Claim[] } {
  const d = buildDocument(text, `${id}.txt`, '2013-10-23T08:00:00Z');
  return { article: { ...d.article, id, outlet, publishedAt: '2013-10-23T08:00:00Z' }, claims: d.claims.map((c) => ({ ...c, articleId: id })) };
}

function findings(...docs: Array<{ article: Article; claims: Claim[] }>): Finding[] {
  return detectFindings(
    docs.map((d) => d.article),
    docs.flatMap((d) => d.claims),
  ).filter((f) => f.type === 'conflict' || f.type === 'update');
}

const quotes = (f: Finding): string[] => {
  const facts = f.facts as unknown as { a?: { quote?: string }; b?: { quote?: string } };
  return [facts.a?.quote ?? '', facts.b?.quote ?? ''];
};

// Two outlets on one fuel price decision: a headline giving the level before the cut and the new one,
// another outlet giving the cut itself.
const FUEL_A =
  'Giảm mức sử dụng Quỹ bình ổn giá xăng từ 300 đồng/lít xuống còn 200 đồng/lít\n' +
  'Chiều 22/10, Liên Bộ Công Thương - Tài chính có văn bản điều hành kinh doanh xăng dầu. Giá bán lẻ xăng dầu được giữ ổn định.';
const FUEL_B =
  'Liên Bộ giữ giá xăng dầu\nLiên Bộ Công Thương - Tài chính vừa có văn bản điều hành kinh doanh xăng dầu. ' +
  'Đối với mặt hàng xăng, giảm mức sử dụng Quỹ Bình ổn giá 100 đồng/lít. Giá bán lẻ xăng dầu được giữ ổn định.';

// Two outlets on one month of coal trade: a tax rate lowered from 13% to 10%, exports down 11%.
const COAL_A =
  'Xuất khẩu than giảm mạnh\nTheo Tổng cục Hải quan, 9 tháng năm 2013 cả nước xuất khẩu 8,3 triệu tấn than, trị giá 1,02 tỷ USD. ' +
  'Thuế xuất khẩu than giảm từ 13% xuống 10% từ ngày 1/10.';
const COAL_B =
  'Than xuất khẩu gặp khó\nTổng cục Hải quan cho biết 9 tháng năm 2013 cả nước xuất khẩu 8,3 triệu tấn than, thu về 1,02 tỷ USD. ' +
  'Xuất khẩu than giảm 11% so với cùng kỳ.';

describe('the level before a change ("từ X xuống Y")', () => {
  it('reads X as the earlier level and Y as the new level in a report\'s figures', () => {
    const a = doc('coal-a', COAL_A, 'Báo A');
    const signs = passagesOf(a.article)
      .flatMap(figureContexts)
      .filter((c) => c.unit === '%')
      .map((c) => [c.figure.value, c.sign]);
    expect(signs).toEqual([
      [13, 'earlier'],
      [10, 'level'],
    ]);
    const f = doc('fuel-a', FUEL_A, 'Báo A');
    const fuel = passagesOf(f.article)
      .flatMap(figureContexts)
      .filter((c) => c.unit === 'dong')
      .map((c) => [c.figure.value, c.sign]);
    expect(fuel).toContainEqual([300, 'earlier']);
    expect(fuel).toContainEqual([200, 'level']);
    const cut = doc('cut', 'Điều hành xăng dầu\nĐối với mặt hàng xăng, giảm mức sử dụng Quỹ Bình ổn giá 100 đồng/lít (từ 300 đồng/lít xuống còn 200 đồng/lít).', 'Báo A');
    expect(
      passagesOf(cut.article)
        .flatMap(figureContexts)
        .map((c) => [c.figure.value, c.sign]),
    ).toEqual([
      [100, 'level'],
      [300, 'earlier'],
      [200, 'level'],
    ]);
    // "từ 18 tuổi trở lên" is a bound, not a step.
    const age = doc('age', 'Tuyển sinh\nNgười từ 18 tuổi trở lên được đăng ký, chỉ tiêu năm nay là 120 người.', 'Báo A');
    expect(passagesOf(age.article).flatMap(figureContexts).every((c) => c.sign !== 'earlier')).toBe(true);
  });

  it('does not set an earlier tax rate against another report\'s fall in exports (same event)', () => {
    const found = findings(doc('coal-a', COAL_A, 'Báo A'), doc('coal-b', COAL_B, 'Báo B'));
    expect(found.map(quotes)).toEqual([]);
  });

  it('does not set the level before a cut against another report\'s plain level (cross-source facts)', () => {
    const found = findings(doc('fuel-a', FUEL_A, 'Báo A'), doc('fuel-b', FUEL_B, 'Báo B'));
    expect(found.map(quotes)).toEqual([]);
  });

  it('still flags an earlier level two reports give differently', () => {
    const withEarlier = (x: string) => `${FUEL_B} Mức sử dụng Quỹ Bình ổn giá xăng đã giảm từ ${x} đồng/lít xuống còn 200 đồng/lít.`;
    const changed = withEarlier('400');
    const found = findings(doc('fuel-a', FUEL_A, 'Báo A'), doc('fuel-c', changed, 'Báo C'));
    expect(findings(doc('fuel-a', FUEL_A, 'Báo A'), doc('fuel-c', withEarlier('300'), 'Báo C')).map(quotes)).toEqual([]);
    expect(found.map(quotes).flat()).toEqual(expect.arrayContaining([expect.stringContaining('300'), expect.stringContaining('400')]));
  });
});

describe('"từ" as written, not "tư" / "tự" that fold alike (review int3, nit 5)', () => {
  const read = (text: string) => {
    const d = doc('x', text, 'Báo A');
    return {
      signs: passagesOf(d.article)
        .flatMap(figureContexts)
        .map((c) => [c.figure.written, c.sign]),
      clauses: d.claims.map((c) => [text.slice(c.start, c.end).match(/\d+ tỷ/)?.[0], clauseOf(c, text).qualifiers.includes('earlier')]),
    };
  };

  it('reads "vốn đầu tư 500 tỷ đồng được nâng lên 700 tỷ" as two levels, and "từ 500 tỷ đồng lên 700 tỷ" as a step', () => {
    const invested = read('Dự án cầu Rạch Miễu 2\nTổng vốn đầu tư 500 tỷ đồng được nâng lên 700 tỷ đồng sau khi điều chỉnh.');
    expect(invested.signs).toEqual([
      ['500 tỷ', 'level'],
      ['700 tỷ', 'level'],
    ]);
    expect(invested.clauses).toEqual([
      ['500 tỷ', false],
      ['700 tỷ', false],
    ]);
    expect(read('Ngân hàng tự 500 tỷ đồng lên 700 tỷ đồng.').signs).toEqual([
      ['500 tỷ', 'level'],
      ['700 tỷ', 'level'],
    ]);
    const step = read('Dự án cầu Rạch Miễu 2\nTổng vốn từ 500 tỷ đồng nâng lên 700 tỷ đồng sau khi điều chỉnh.');
    expect(step.signs).toEqual([
      ['500 tỷ', 'earlier'],
      ['700 tỷ', 'level'],
    ]);
    expect(step.clauses).toEqual([
      ['500 tỷ', true],
      ['700 tỷ', false],
    ]);
  });
});
