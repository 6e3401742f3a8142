// Subject and period an editor would write down (session 30): each case failed before its rule.
import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract/index';

function claims(body: string) {
  const text = 'Điều hành giá nhiên liệu\n22/10/2013 10:00\n\n' + body;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}
/** The subject of the n-th claim (1-based) whose quote is `quote`. */
function subjectOf(body: string, quote: string, n = 1): string | null {
  const found = claims(body).filter((c) => c.quote === quote);
  const c = found[n - 1];
  if (c === undefined) throw new Error(`no claim "${quote}" #${n}: ${JSON.stringify(claims(body).map((x) => x.quote))}`);
  return c.subject;
}

describe('a price list item: the goods heading the item, not the fund that regulates it', () => {
  it('a colon after the goods heads every clause of the item', () => {
    const body = 'Liên Bộ quyết định như sau. Thứ ba, đối với mặt hàng dầu hỏa: giữ nguyên mức trích 300 đồng/lít; và giảm mức chi Quỹ Bình ổn giá 150 đồng/lít.';
    expect(subjectOf(body, '150 đồng/lít')).toBe('Dầu hỏa');
  });
  it('"với mặt hàng X," before the clause heads it too', () => {
    const body = 'Trong khi đó, với mặt hàng dầu madut, giữ nguyên mức trích 250 đồng/kg; và giảm mức chi Quỹ Bình ổn giá 120 đồng/kg.';
    expect(subjectOf(body, '120 đồng/kg')).toBe('Dầu madut');
  });
  it('goods named in the clause itself still win over the heading', () => {
    const body = 'Đối với mặt hàng dầu hỏa: giữ nguyên mức trích 300 đồng/lít; riêng giá xăng RON 92 giảm 410 đồng/lít.';
    expect(subjectOf(body, 'giảm 410 đồng/lít')).toBe('Xăng RON 92');
  });
});
