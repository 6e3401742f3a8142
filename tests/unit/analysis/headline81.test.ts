import { describe, expect, it } from 'vitest';
import { detectFindings, explainFinding, FindingsAnalysis } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Finding } from '../../../shared/schema';
import { buildContext } from '../../../shared/analysis/context';
import { headlinePair } from '../../../shared/analysis/internal/headline';
import { expectIncrementalAsFull } from './helpers';

/**
 * Analysis 56 (issue 10, internal checks): a headline figure the article's body contradicts — the body never gives the
 * headline's value and gives another one for the same fact (internal/headline.ts, rule 'headline-body'). Sentences
 * written for these tests.
 */
function analyse(text: string) {
  const doc = buildDocument(text, '/tmp/headline.txt', '2026-01-01T00:00:00Z');
  const article = { ...doc.article, outlet: 'Báo A', publishedAt: '2026-05-04T08:00:00Z' };
  return { article, claims: doc.claims, findings: detectFindings([article], doc.claims) };
}
const raised = (text: string): string[][] =>
  analyse(text)
    .findings.filter((f) => f.rule === 'headline-body')
    .map((f) => (f.spans ?? []).map((s) => s.quote));

const RICE = (head: string, body: string): string =>
  `Nông dân Sóc Trăng lãi ${head} nhờ vụ lúa hè thu\n` +
  `Vụ lúa hè thu năm nay được mùa lớn. Theo Sở Nông nghiệp, nông dân Sóc Trăng lãi ${body} nhờ giá lúa tăng cao. Diện tích gieo cấy đạt 12.500 ha.`;

describe('a headline figure the body contradicts (analysis 56)', () => {
  it('raises the headline’s figure against the body’s, with the words they share, in either language', () => {
    const { findings } = analyse(RICE('3 tỷ đồng', '2 tỷ đồng'));
    expect(findings.map((f) => f.rule)).toEqual(['headline-body']);
    const f = findings[0] as Finding;
    expect(f.type).toBe('internal');
    expect((f.spans ?? []).map((s) => s.quote)).toEqual(['3 tỷ', '2 tỷ']);
    expect(f.facts).toMatchObject({ rule: 'headline-body', a: { quote: '3 tỷ đồng' }, b: { quote: '2 tỷ đồng' } });
    expect(f.facts).toMatchObject({ context: expect.arrayContaining(['lúa']) });
    const draft = { type: f.type, facts: f.facts } as Parameters<typeof explainFinding>[0];
    expect(explainFinding(draft, 'vi')).toContain('tiêu đề đưa “3 tỷ đồng”, nhưng thân bài không nhắc lại con số này mà đưa “2 tỷ đồng” cho cùng một số liệu');
    expect(explainFinding(draft, 'en')).toContain('the headline gives “3 tỷ đồng”, but the body never repeats it and gives “2 tỷ đồng” for the same figure');
  });

  it('stays quiet when the body gives the headline’s value, as written, rounded or qualified', () => {
    expect(raised(RICE('3 tỷ đồng', '3 tỷ đồng'))).toEqual([]);
    expect(raised(RICE('gần 3 tỷ đồng', '2,95 tỷ đồng'))).toEqual([]);
    expect(raised(RICE('hơn 2 tỷ đồng', '2,4 tỷ đồng'))).toEqual([]);
    // Given again anywhere in the body, the headline's value is the body's too: another figure of its class is another fact.
    expect(raised(RICE('3 tỷ đồng', '2 tỷ đồng') + ' Tính cả vụ đông xuân, nông dân lãi 3 tỷ đồng.')).toEqual([]);
  });

  it('stays quiet when the body gives two values in the headline’s words (which one it sums up is a guess)', () => {
    expect(raised(RICE('3 tỷ đồng', '2 tỷ đồng') + ' Năm ngoái, nông dân Sóc Trăng lãi 4 tỷ đồng nhờ vụ lúa hè thu.')).toEqual([]);
  });

  it('stays quiet when the body shares fewer than two telling words with the headline, or gives another kind of figure', () => {
    // One word in common ("lúa"): an investment in seed, not the farmers' profit.
    const text = 'Nông dân Sóc Trăng lãi 3 tỷ đồng nhờ vụ lúa hè thu\nHợp tác xã đầu tư 2 tỷ đồng cho lúa giống. Diện tích gieo cấy đạt 12.500 ha.';
    expect(raised(text)).toEqual([]);
    // A change is no level: "lãi tăng 2 tỷ đồng" beside a headline's "lãi 3 tỷ đồng".
    expect(raised(RICE('3 tỷ đồng', 'tăng 2 tỷ đồng'))).toEqual([]);
  });

  it('stays quiet when the headline gives the total of a breakdown in one sentence of the body', () => {
    const storm = (body: string) => `Bão số 5 làm 14 người chết ở miền Trung\nCơn bão đã quét qua nhiều tỉnh miền Trung. ${body} Hàng nghìn ngôi nhà bị tốc mái.`;
    expect(raised(storm('Bão số 5 làm 12 người chết ở Quảng Ngãi và 2 người chết ở Bình Định.'))).toEqual([]);
    // Two figures of two sentences that add up to it by chance are no breakdown.
    expect(raised(RICE('3 tỷ đồng', '2 tỷ đồng') + ' Riêng hợp tác xã Mỹ Tú lãi 1 tỷ đồng.')).toEqual([['3 tỷ', '2 tỷ']]);
  });

  it('stays quiet on a headline about another place than the body’s figure', () => {
    const text =
      'Sóc Trăng có 5.000 ca sốt xuất huyết trong năm\nNgành y tế miền Tây họp bàn phòng dịch. Tại Bạc Liêu, ngành y tế ghi nhận 4.000 ca sốt xuất huyết trong năm, tăng mạnh so với năm trước.';
    expect(raised(text)).toEqual([]);
    // The same sentences about one province: raised.
    expect(raised(text.replace('Tại Bạc Liêu', 'Tại Sóc Trăng'))).toEqual([['5.000', '4.000']]);
  });

  it('reads only an article whose first line is its title, and never a number that names a thing', () => {
    expect(raised(`Theo Sở Nông nghiệp, ${RICE('3 tỷ đồng', '2 tỷ đồng')}`.replace('\n', ' '))).toEqual([]);
    expect(raised('Nokia bán Lumia 1520 tại Việt Nam\nMẫu Lumia 1320 của Nokia được bán tại Việt Nam từ tuần sau với giá 6,9 triệu đồng.')).toEqual([]);
  });

  it('leaves the pair to this rule: one finding, not a same-fact finding too; the same after an edit as in a fresh analysis', () => {
    const { article, claims, findings } = analyse(RICE('3 tỷ đồng', '2 tỷ đồng'));
    expect(findings.filter((f) => f.rule === 'same-fact-values')).toEqual([]);
    // The same-fact rule asks whether a pair of claims is this rule's (read from the two claims and the text alone).
    const [head, body0] = [claims.find((c) => c.quote === '3 tỷ đồng'), claims.find((c) => c.quote === '2 tỷ đồng')] as [(typeof claims)[number], (typeof claims)[number]];
    const ctx = buildContext([article], claims);
    expect(headlinePair(head, body0, ctx)).toBe(true);
    expect(headlinePair(body0, head, ctx)).toBe(true);
    expect(headlinePair(head, claims.find((c) => c.quote === '12.500 ha') as (typeof claims)[number], ctx)).toBe(false);
    const analysis = new FindingsAnalysis([article], claims);
    const stored = new Map(analysis.findings().map((f) => [f.id, f]));
    const body = claims.find((c) => c.quote === '2 tỷ đồng');
    expect(body).toBeDefined();
    // The body's claim corrected to the headline's value, then removed.
    expectIncrementalAsFull(analysis, [article], claims, stored, [
      { changed: [{ ...(body as (typeof claims)[number]), value: 3_000_000_000 }], removed: [] },
      { changed: [], removed: [(body as (typeof claims)[number]).id] },
    ]);
  });
});
