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
    expect(explainFinding(draft, 'en')).toContain('the headline gives “3 tỷ đồng”, but the body never repeats it and gives “2 tỷ đồng” for the same fact');
  });

  it('stays quiet when the body gives the headline’s value, as written, rounded or qualified', () => {
    expect(raised(RICE('3 tỷ đồng', '3 tỷ đồng'))).toEqual([]);
    expect(raised(RICE('gần 3 tỷ đồng', '2,95 tỷ đồng'))).toEqual([]);
    expect(raised(RICE('hơn 2 tỷ đồng', '2,4 tỷ đồng'))).toEqual([]);
    // Given again anywhere in the body, the headline's value is the body's too: another figure of its class is another fact.
    expect(raised(RICE('3 tỷ đồng', '2 tỷ đồng') + ' Tính cả vụ đông xuân, nông dân lãi 3 tỷ đồng.')).toEqual([]);
  });

  it('stays quiet when the body gives two values in the headline’s words (which one it sums up is a guess)', () => {
    expect(raised(RICE('3 tỷ đồng', '2 tỷ đồng') + ' Theo hội nông dân, nông dân Sóc Trăng lãi 4 tỷ đồng nhờ vụ lúa hè thu.')).toEqual([]);
    // A value dated earlier ("Năm ngoái", "Trước đó" before it) is another fact: the body's one value is raised.
    expect(raised(RICE('3 tỷ đồng', '2 tỷ đồng') + ' Năm ngoái, nông dân Sóc Trăng lãi 4 tỷ đồng nhờ vụ lúa hè thu.')).toEqual([['3 tỷ', '2 tỷ']]);
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
    // Or over two sentences (review s81).
    expect(raised(storm('Tại Quảng Ngãi, bão số 5 làm 12 người chết. Tại Bình Định, 2 người chết do nước lũ cuốn trôi.'))).toEqual([]);
    // Two figures of sentences further apart that add up to it by chance are no breakdown.
    const apart = ' Giá lúa tăng cao. Thương lái đến tận ruộng. Riêng hợp tác xã Mỹ Tú lãi 1 tỷ đồng.';
    expect(raised(RICE('3 tỷ đồng', '2 tỷ đồng').replace(' Diện tích gieo cấy đạt 12.500 ha.', apart))).toEqual([['3 tỷ', '2 tỷ']]);
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

/** Review s81 (a helper's review of the first version, with its own sentences): false alarms, and two findings for one. */
describe('a headline figure the body contradicts: what the review found (analysis 56)', () => {
  it('leaves a lead that repeats the headline with the figure changed to the repeated-passage rule: one finding', () => {
    const text =
      'Nông dân tỉnh Sóc Trăng lãi 3 tỷ đồng nhờ vụ lúa hè thu năm nay\nNông dân tỉnh Sóc Trăng lãi 2 tỷ đồng nhờ vụ lúa hè thu năm nay. Theo Sở Nông nghiệp, giá lúa tăng cao. Diện tích gieo cấy đạt 12.500 ha.';
    expect(analyse(text).findings.map((f) => f.rule)).toEqual(['repeated-passage']);
  });

  it('compares no target or forecast with a result, nor a figure dated earlier', () => {
    expect(raised('Hà Nội phấn đấu thu ngân sách 500.000 tỷ đồng\nNăm nay, thu ngân sách của Hà Nội ước đạt 460.000 tỷ đồng. Thành phố đặt mục tiêu năm tới còn cao hơn.')).toEqual([]);
    expect(raised('Sóc Trăng phấn đấu xuất khẩu 500 triệu USD hàng nông sản\nNăm nay, Sóc Trăng xuất khẩu 450 triệu USD hàng nông sản, theo Sở Công Thương.')).toEqual([]);
    expect(raised('Sóc Trăng đặt mục tiêu xuất khẩu 500 triệu USD hàng nông sản\nNăm nay, Sóc Trăng xuất khẩu được 450 triệu USD hàng nông sản.')).toEqual([]);
    expect(raised('Giá xăng RON 95 lên 25.000 đồng mỗi lít\nTừ 15h chiều nay, giá xăng RON 95 tăng 500 đồng mỗi lít. Trước đó, giá xăng RON 95 ở mức 24.500 đồng mỗi lít.')).toEqual([]);
    expect(raised('Đội tuyển Việt Nam lên hạng 94 thế giới\nTrên bảng xếp hạng FIFA tháng này, đội tuyển Việt Nam tăng 2 bậc. Trước đó, đội tuyển Việt Nam đứng hạng 96 thế giới.')).toEqual([]);
  });

  it('counts no province’s name as words in common, and keeps apart a figure its clause gives to another name', () => {
    expect(raised('Hà Nội khởi công 2.000 căn hộ nhà ở xã hội\nDự án được triển khai tại huyện Đông Anh với tổng vốn đầu tư lớn. Trong đợt mưa lớn tháng trước, Hà Nội có 1.500 căn hộ bị ngập nước.')).toEqual([]);
    expect(raised('Hà Nội xây 2.000 căn hộ nhà ở xã hội\nTrong năm, Hà Nội có 1.500 căn hộ bị ngập nước do mưa lớn.')).toEqual([]);
    expect(raised('Vietjet lãi 2.000 tỷ đồng trong quý 2\nTrong quý 2, Vietnam Airlines lãi 1.500 tỷ đồng, còn Vietjet ghi nhận mức lãi kỷ lục nhờ nhu cầu bay tăng mạnh.')).toEqual([]);
    expect(raised('Huyện Củ Chi thu hoạch 3.000 tấn rau\nNăm nay, nông dân huyện Bình Chánh thu hoạch 2.500 tấn rau, còn huyện Củ Chi đạt sản lượng cao nhất thành phố.')).toEqual([]);
    // The same company in both: raised.
    expect(raised('Vietjet lãi 2.000 tỷ đồng trong quý 2\nTrong quý 2, Vietjet lãi 1.500 tỷ đồng nhờ nhu cầu bay tăng mạnh.')).toEqual([['2.000 tỷ', '1.500 tỷ']]);
  });

  it('compares no body figure of part of a year with a headline that reads no period, and reads a round headline as rounded', () => {
    expect(raised('Ngân hàng Vietcombank lãi 40.000 tỷ đồng cả năm\nTính đến hết quý 3, Ngân hàng Vietcombank lãi 30.000 tỷ đồng trước thuế.')).toEqual([]);
    const evacuated = (head: string, body: string) => `${head} người dân ở Hà Giang phải sơ tán vì lũ quét\nTheo Ban chỉ huy, ${body} người dân ở Hà Giang phải sơ tán vì lũ quét trong đêm.`;
    expect(raised(evacuated('2.000', '1.985'))).toEqual([]);
    expect(raised(evacuated('3.000', '2.950'))).toEqual([]);
    const flood = (head: string, body: string) =>
      `Lũ quét buộc ${head} người dân Hà Giang phải sơ tán khẩn cấp\nTheo Ban chỉ huy, lũ quét buộc ${body} người dân Hà Giang phải sơ tán khẩn cấp trong đêm.`;
    expect(raised(flood('2.000', '1.985'))).toEqual([]);
    // Rounded no further than ROUNDED_SHARE: "2.000" is no rounded 1.500.
    expect(raised(flood('2.000', '1.500'))).toEqual([['2.000', '1.500']]);
  });

  it('takes a breakdown over two sentences for one', () => {
    expect(raised('Giá thép tăng 300.000 đồng mỗi tấn sau hai đợt điều chỉnh\nĐầu tháng, giá thép cuộn tăng 200.000 đồng mỗi tấn. Tuần này, các doanh nghiệp tiếp tục điều chỉnh, tăng thêm 100.000 đồng.')).toEqual([]);
    expect(raised('Mưa lũ làm 14 người chết ở miền Trung\nTheo Ban chỉ đạo, mưa lũ làm 10 người chết ở Quảng Ngãi. Ngoài ra, tại Bình Định có 4 người chết do lũ cuốn.')).toEqual([]);
  });

  it('is the one finding where the same-fact rule would pair the two claims as well', () => {
    // The same-fact rule reads one metric, subject and period for both claims here ("vietjet lãi"): it leaves the pair.
    const text = 'Vietjet lãi 2.000 tỷ đồng nhờ khách bay tăng mạnh\nTheo báo cáo tài chính, Vietjet lãi 1.500 tỷ đồng nhờ khách bay tăng mạnh.';
    expect(analyse(text).findings.map((f) => f.rule)).toEqual(['headline-body']);
  });

  it('names the words in common as the headline writes them, a word’s syllables together', () => {
    const f = analyse(RICE('3 tỷ đồng', '2 tỷ đồng')).findings[0] as Finding;
    expect(f.facts).toMatchObject({ context: ['Nông dân Sóc Trăng', 'nhờ', 'lúa'] });
  });
});
