import { describe, expect, it } from 'vitest';
import { detectFindings, FindingsAnalysis } from '../../../shared/analysis';
import type { Article, Claim } from '../../../shared/schema';
import type { AnalysisContext } from '../../../shared/analysis/context';
import { toldApart } from '../../../shared/analysis/cross';
import { makeArticle, makeClaim } from './helpers';

// Sentences from seeds/000 (Bắc Giang, 08/03/2024) and seeds/003 (Bắc Giang, 08/05/2024).
const STREAK_2022 =
  'Trong 3 năm liên tiếp (2020, 2021, 2022), tỉnh Bắc Giang đứng trong nhóm 10 tỉnh, thành phố trực thuộc trung ương về chỉ số chuyển đổi số (CĐS). Đồng thời, dẫn đầu cả nước ở chỉ số thành phần “Xây dựng và phát triển chính quyền điện tử, chính quyền số” trong chỉ số cải cách hành chính cấp tỉnh.';
const STREAK_2023 =
  'Nhờ vậy mà bốn năm liên tiếp (2020, 2021, 2022, 2023), tỉnh dẫn đầu cả nước về lĩnh vực “Xây dựng và phát triển chính quyền điện tử, chính quyền số” trong bộ chỉ số cải cách hành chính (CCHC).\n\nTháng 4/2024, Ban Chỉ đạo CCHC của Chính phủ công bố kết quả xếp hạng Chỉ số CCHC cấp tỉnh năm 2023, tỉnh Bắc Giang đạt 91,16% và xếp thứ 4/63 tỉnh, TP.';

function streakPair(): { articles: Article[]; claims: Claim[] } {
  const a = makeArticle('a000', STREAK_2022, '2024-03-08T07:05:00');
  const b = makeArticle('a003', STREAK_2023, '2024-05-08');
  const claims = [
    makeClaim(a, '3 năm liên tiếp (2020, 2021, 2022)', {
      kind: 'streak',
      value: 3,
      years: [2020, 2021, 2022],
      subject: 'tỉnh Bắc Giang',
      metric: 'nhóm 10 tỉnh, thành phố về chỉ số chuyển đổi số',
      period: '2020–2022',
    }),
    makeClaim(b, 'bốn năm liên tiếp (2020, 2021, 2022, 2023)', {
      kind: 'streak',
      value: 4,
      years: [2020, 2021, 2022, 2023],
      subject: 'Bắc Giang',
      metric: 'dẫn đầu cả nước về lĩnh vực “Xây dựng và phát triển chính quyền điện tử, chính quyền số”',
      period: '2020–2023',
    }),
  ];
  return { articles: [a, b], claims };
}

describe('cross-source: streaks', () => {
  it('flags the Bắc Giang streak that grew by 2023 as a likely update, with both quotes and dates', () => {
    const { articles, claims } = streakPair();
    const findings = detectFindings(articles, claims).filter((f) => f.rule === 'cross-source');
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.type).toBe('update');
    expect(f.status).toBe('open');
    expect(f.claimIds).toEqual([claims[0]!.id, claims[1]!.id]);
    expect(f.explanation).toMatch(/^Cập nhật: /);
    expect(f.explanation).toContain('“3 năm liên tiếp (2020, 2021, 2022)”');
    expect(f.explanation).toContain('“bốn năm liên tiếp (2020, 2021, 2022, 2023)”');
    expect(f.explanation).toContain('8/3/2024');
    expect(f.explanation).toContain('8/5/2024');
    expect(f.explanation).toContain('năm 2023');
    expect(f.explanation).toContain('tháng 4/2024');
  });

  it('matches "chỉ số thành phần “…”" with "lĩnh vực “…”" on the metric itself', () => {
    const { articles, claims } = streakPair();
    const c0 = { ...claims[0]!, metric: 'dẫn đầu cả nước ở chỉ số thành phần “Xây dựng và phát triển chính quyền điện tử, chính quyền số”' };
    expect(detectFindings(articles, [c0, claims[1]!]).some((f) => f.type === 'update')).toBe(true);
  });

  it('calls a shorter streak in the later article a conflict', () => {
    const { articles, claims } = streakPair();
    // Same texts, publication dates swapped: the 3-year claim now comes after the 4-year one.
    const swapped = [
      { ...articles[0]!, publishedAt: '2024-05-08' },
      { ...articles[1]!, publishedAt: '2024-03-08' },
    ];
    const f = detectFindings(swapped, claims).find((x) => x.rule === 'cross-source');
    expect(f?.type).toBe('conflict');
    expect(f?.explanation).toMatch(/^Mâu thuẫn: /);
  });

  it('explains in English on request', () => {
    const { articles, claims } = streakPair();
    const f = detectFindings(articles, claims, [], { language: 'en' })[0]!;
    expect(f.explanation).toMatch(/^Update: /);
    expect(f.explanation).toContain('8 Mar 2024');
    expect(f.explanation).toContain('8 May 2024');
  });
});

// seeds/000: "Kinh tế số của tỉnh năm 2023 chiếm 42,13% tổng sản phẩm (GRDP) trên địa bàn tỉnh".
const GRDP = 'Kinh tế số của tỉnh năm 2023 chiếm 42,13% tổng sản phẩm (GRDP) trên địa bàn tỉnh, vượt hơn 17% chỉ tiêu đề ra.';

function grdp(id: string, text: string, date: string | null, subject = 'Bắc Giang', period = 'năm 2023', quote = '42,13%', value = 42.13): { article: Article; claim: Claim } {
  const article = makeArticle(id, text, date);
  const claim = makeClaim(article, quote, { kind: 'percent', value, unit: '%', subject, metric: 'kinh tế số / GRDP', period });
  return { article, claim };
}

describe('cross-source: copies and look-alikes', () => {
  it('finds a figure changed in a copy of an article', () => {
    const a = grdp('orig', GRDP, '2024-03-08');
    const b = grdp('copy', GRDP.replace('42,13%', '45,13%'), '2024-03-08', 'Bắc Giang', 'năm 2023', '45,13%', 45.13);
    const findings = detectFindings([a.article, b.article], [a.claim, b.claim]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.type).toBe('conflict');
    expect(findings[0]!.explanation).toContain('“42,13%”');
    expect(findings[0]!.explanation).toContain('“45,13%”');
    expect(findings[0]!.explanation).toContain('8/3/2024');
  });

  it('gives no finding for an unchanged copy', () => {
    const a = grdp('orig', GRDP, '2024-03-08');
    const b = grdp('copy', GRDP, '2024-03-09');
    expect(detectFindings([a.article, b.article], [a.claim, b.claim])).toEqual([]);
  });

  it('confirms the same figure reworded by another outlet as consistent', () => {
    const a = grdp('orig', GRDP, '2024-03-08');
    const text = 'Năm 2023, kinh tế số chiếm 42,1% GRDP của Bắc Giang.';
    const b = grdp('other', text, '2024-04-01', 'tỉnh Bắc Giang', '2023', '42,1%', 42.1);
    const findings = detectFindings([a.article, b.article], [a.claim, b.claim]);
    expect(findings.map((f) => f.type)).toEqual(['consistent']);
    expect(findings[0]!.explanation).toMatch(/^Nhất quán: /);
  });

  it('does not match another province', () => {
    // Each passage names its province: the texts differ where the claims do.
    const a = grdp('bg', GRDP.replace('của tỉnh', 'của tỉnh Bắc Giang'), '2024-03-08');
    const b = grdp('bn', GRDP.replace('42,13%', '56,83%').replace('của tỉnh', 'của tỉnh Bắc Ninh'), '2024-03-08', 'Bắc Ninh', 'năm 2023', '56,83%', 56.83);
    expect(detectFindings([a.article, b.article], [a.claim, b.claim])).toEqual([]);
  });

  it('does not match another year', () => {
    const a = grdp('y23', GRDP, '2024-03-08');
    const b = grdp('y22', GRDP.replace('42,13%', '35,2%').replace('năm 2023', 'năm 2022'), '2024-03-08', 'Bắc Giang', 'năm 2022', '35,2%', 35.2);
    expect(detectFindings([a.article, b.article], [a.claim, b.claim])).toEqual([]);
  });

  it('does not match a rate with the total it adds up to ("364.000 tỷ" in three years vs "120.000 tỷ đồng/năm")', () => {
    // The total as the extractor reads "364.000 tỷ" with no currency word: no unit.
    const a = makeArticle('vov', 'Bộ trưởng cho biết, từ năm 2011 đến 2013 tổng nguồn lực dành cho hộ nghèo đạt 364.000 tỷ.', '2013-10-20');
    const b = makeArticle('ttx', 'Theo báo cáo của Chính phủ gửi Quốc hội, mỗi năm nguồn lực dành cho hộ nghèo khoảng 120.000 tỷ đồng/năm.', '2013-10-20');
    const fields = { kind: 'money' as const, subject: 'Việt Nam', metric: 'nguồn lực dành cho hộ nghèo', period: 'từ năm 2011 đến 2013' };
    const total = makeClaim(a, '364.000 tỷ', { ...fields, value: 364e12, unit: null });
    const rate = makeClaim(b, '120.000 tỷ đồng/năm', { ...fields, value: 120e12, unit: 'đồng/năm', qualifier: 'approx' });
    expect(detectFindings([a, b], [total, rate])).toEqual([]);
    // Two rates (or two totals) still compare.
    const rate2 = makeClaim(a, '364.000 tỷ', { ...fields, value: 364e12, unit: 'đồng/năm' });
    expect(detectFindings([a, b], [rate2, rate]).map((f) => f.type)).toEqual(['conflict']);
  });

  it('does not match a national figure with a provincial one', () => {
    const a = grdp('bg', GRDP, '2024-03-08');
    const NATIONAL = 'Kinh tế số cả nước năm 2023 chiếm 16,5% GDP, vượt hơn 17% chỉ tiêu đề ra.';
    const b = grdp('vn', NATIONAL, '2024-03-08', 'cả nước', 'năm 2023', '16,5%', 16.5);
    const c = grdp('bg2', NATIONAL, '2024-03-08', 'Bắc Giang', 'năm 2023', '16,5%', 16.5);
    const national = { ...c.claim, metric: 'kinh tế số / GRDP cả nước' };
    expect(detectFindings([a.article, b.article], [a.claim, b.claim])).toEqual([]);
    expect(detectFindings([a.article, c.article], [a.claim, national])).toEqual([]);
  });

  it('does not merge resolutions 52-NQ/TW and 52-NQ/TU', () => {
    const text = 'Tỉnh triển khai 14 nhiệm vụ.';
    const a = makeArticle('tw', text, '2024-01-01');
    const b = makeArticle('tu', text, '2024-01-01');
    const base = { kind: 'count' as const, subject: 'Bắc Ninh', period: null };
    const ca = makeClaim(a, '14 nhiệm vụ', { ...base, value: 14, metric: 'nhiệm vụ thực hiện Nghị quyết số 52-NQ/TW' });
    const cb = makeClaim(b, '14 nhiệm vụ', { ...base, value: 12, metric: 'nhiệm vụ thực hiện Nghị quyết số 52-NQ/TU' });
    expect(detectFindings([a, b], [ca, cb])).toEqual([]);
    const same = { ...cb, metric: 'nhiệm vụ thực hiện Nghị quyết 52-NQ/TW' };
    expect(detectFindings([a, b], [ca, same]).map((f) => f.type)).toEqual(['conflict']);
  });

  it('does not compare a target with a result', () => {
    const text = 'Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến đạt hơn 70%.';
    const a = makeArticle('t', text, '2024-05-08');
    const b = makeArticle('r', text.replace('phấn đấu', 'có').replace('hơn 70%', '65%'), '2024-05-08');
    const base = { kind: 'percent' as const, unit: '%', subject: 'Bắc Giang', metric: 'tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến', period: '2024' };
    const ca = makeClaim(a, 'hơn 70%', { ...base, value: 70, qualifier: 'more_than', modality: 'target' });
    const cb = makeClaim(b, '65%', { ...base, value: 65 });
    expect(detectFindings([a, b], [ca, cb])).toEqual([]);
  });

  it('keeps administrative levels apart (cấp tỉnh 98% vs cấp huyện 87%)', () => {
    const text = 'Tỷ lệ xử lý văn bản trên môi trường mạng tại cấp tỉnh đạt 98%; cấp huyện 87%.';
    const a = makeArticle('lv', text, '2024-05-08');
    const base = { kind: 'percent' as const, unit: '%', subject: 'Bắc Giang', period: null };
    const c1 = makeClaim(a, '98%', { ...base, value: 98, metric: 'tỷ lệ xử lý văn bản trên môi trường mạng cấp tỉnh' });
    const c2 = makeClaim(a, '87%', { ...base, value: 87, metric: 'tỷ lệ xử lý văn bản trên môi trường mạng cấp huyện' });
    expect(detectFindings([a], [c1, c2])).toEqual([]);
  });
});

describe('cross-source: sums, qualifiers and time', () => {
  it('claims no "Nhất quán" between an open bound and a figure far from it; near the bound it still does, and above it still contradicts', () => {
    const debt = makeArticle('nocong', 'Bội chi tăng lên 5,3% GDP vẫn nằm trong trần nợ công, dưới 65% GDP mà Quốc hội đã quyết.', '2013-10-23', 'Thanh Niên');
    const base = { kind: 'percent' as const, unit: '%', subject: 'Việt Nam', metric: 'GDP', period: null };
    const bound = makeClaim(debt, 'dưới 65%', { ...base, value: 65, qualifier: 'less_than' });
    const figure = (id: string, written: string, value: number) => {
      const a = makeArticle(id, `Tỷ lệ động viên từ thuế, phí đạt ${written} GDP.`, '2013-10-23', 'VnExpress');
      return { article: a, claim: makeClaim(a, written, { ...base, value }) };
    };
    const far = figure('thue', '18,4%', 18.4);
    expect(detectFindings([debt, far.article], [bound, far.claim])).toEqual([]);
    const near = figure('gan', '60%', 60);
    expect(detectFindings([debt, near.article], [bound, near.claim]).map((f) => f.type)).toEqual(['consistent']);
    // Small figures: near within the rounding ("dưới 1%" / "0,7%").
    const small = makeArticle('nho', 'Bội chi tăng lên 0,5% GDP vẫn nằm trong trần nợ công, dưới 1% GDP mà Quốc hội đã quyết.', '2013-10-23', 'Thanh Niên');
    const smallBound = makeClaim(small, 'dưới 1%', { ...base, value: 1, qualifier: 'less_than' });
    const tiny = figure('nho2', '0,7%', 0.7);
    expect(detectFindings([small, tiny.article], [smallBound, tiny.claim]).map((f) => f.type)).toEqual(['consistent']);
    // …but the bound's whole value is no rounding slack: "dưới 1 tỷ đồng" / "100 triệu đồng" stay apart (review 2, B).
    const capMoney = { ...base, kind: 'money' as const, unit: 'đồng' };
    const cap = makeArticle('tran', 'Bội chi tăng lên 0,5% GDP vẫn nằm trong trần nợ công, dưới 1 tỷ đồng mà Quốc hội đã quyết.', '2013-10-23', 'Thanh Niên');
    const capClaim = makeClaim(cap, 'dưới 1 tỷ đồng', { ...capMoney, value: 1e9, qualifier: 'less_than' });
    const spent = makeArticle('chi', 'Tỷ lệ động viên từ thuế, phí đạt 100 triệu đồng GDP.', '2013-10-23', 'VnExpress');
    const spentClaim = makeClaim(spent, '100 triệu đồng', { ...capMoney, value: 1e8 });
    expect(detectFindings([cap, spent], [capClaim, spentClaim]).map((f) => f.type)).toEqual([]);
    // Two open bounds far apart: the finer rounding decides ("hơn 1 tỷ đồng" / "hơn 100 triệu đồng"; review 3).
    const over1 = makeArticle('hon1', 'Bội chi tăng lên 0,5% GDP vẫn nằm trong trần nợ công, hơn 1 tỷ đồng mà Quốc hội đã quyết.', '2013-10-23', 'Thanh Niên');
    const over1Claim = makeClaim(over1, 'hơn 1 tỷ đồng', { ...capMoney, value: 1e9, qualifier: 'more_than' });
    const over2 = makeArticle('hon2', 'Tỷ lệ động viên từ thuế, phí đạt hơn 100 triệu đồng GDP.', '2013-10-23', 'VnExpress');
    const over2Claim = makeClaim(over2, 'hơn 100 triệu đồng', { ...capMoney, value: 1e8, qualifier: 'more_than' });
    expect(detectFindings([over1, over2], [over1Claim, over2Claim]).map((f) => f.type)).toEqual([]);
    const over = figure('vuot', '70%', 70);
    expect(detectFindings([debt, over.article], [bound, over.claim]).map((f) => f.type)).toEqual(['conflict']);
    // Two exact figures are not touched by the rule: a far "consistent" cannot arise without a bound.
    const a = makeArticle('tong1', 'Thu ngân sách ước đạt hơn 752.000 tỷ đồng trong năm 2013.', '2013-10-23', 'TTXVN');
    const b = makeArticle('tong2', 'Thu ngân sách năm 2013 đạt 752.300 tỷ đồng.', '2013-10-24', 'VOV');
    const money = { kind: 'money' as const, unit: 'đồng', subject: 'Việt Nam', metric: 'thu ngân sách', period: 'năm 2013' };
    const x = makeClaim(a, 'hơn 752.000 tỷ đồng', { ...money, value: 752_000e9, qualifier: 'more_than' });
    const y = makeClaim(b, '752.300 tỷ đồng', { ...money, value: 752_300e9 });
    expect(detectFindings([a, b], [x, y]).map((f) => f.type)).toEqual(['consistent']);
  });

  it('finds "hơn 2 nghìn tổ" consistent with 209 + 1.891 tổ given level by level', () => {
    const a = makeArticle('bg000', '100% số xã, thôn trong toàn tỉnh đã thành lập tổ công nghệ số cộng đồng với 209/209 tổ cấp xã, 1.891/1.891 tổ cấp thôn gồm khoảng 16 nghìn thành viên.', '2024-03-08');
    const b = makeArticle('bg003', 'Cũng với cách làm như vậy, toàn tỉnh đã thành lập hơn 2 nghìn tổ công nghệ số cộng đồng, các đội thanh niên tình nguyện hỗ trợ người dân thực hành kỹ năng số.', '2024-05-08');
    const base = { subject: 'Bắc Giang', period: null, unit: 'tổ' };
    const x = makeClaim(a, '209/209', { ...base, kind: 'ratio', value: 209, total: 209, metric: 'tổ công nghệ số cộng đồng cấp xã' });
    const y = makeClaim(a, '1.891/1.891', { ...base, kind: 'ratio', value: 1891, total: 1891, metric: 'tổ công nghệ số cộng đồng cấp thôn' });
    const z = makeClaim(b, 'hơn 2 nghìn', { ...base, kind: 'count', value: 2000, qualifier: 'more_than', metric: 'tổ công nghệ số cộng đồng' });
    const findings = detectFindings([a, b], [x, y, z]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.type).toBe('consistent');
    expect(findings[0]!.claimIds).toEqual([z.id, x.id, y.id]);
    expect(findings[0]!.explanation).toContain('2.100');
    expect(findings[0]!.explanation).toContain('“hơn 2 nghìn”');
    // 1.500 would not reach "hơn 2 nghìn": no confirmation, and no conflict either (a part may be missing).
    const small = { ...y, value: 1291 };
    expect(detectFindings([a, b], [x, small, z])).toEqual([]);
  });

  it('lists the parts of a sum in text order, whatever order the claims come in (review: parts in the order of the block)', () => {
    const a = makeArticle('hg000', 'Toàn tỉnh Hà Giang hiện có 193/193 tổ công nghệ số cấp xã và 2.075/2.075 tổ cấp thôn, với hơn 10 nghìn thành viên.', '2024-04-02');
    const b = makeArticle('hg001', 'Đến nay Hà Giang đã thành lập khoảng 2.270 tổ công nghệ số cộng đồng ở cơ sở.', '2024-05-10');
    const base = { subject: 'Hà Giang', period: null, unit: 'tổ' };
    const x = makeClaim(a, '193/193', { ...base, kind: 'ratio', value: 193, total: 193, metric: 'tổ công nghệ số cộng đồng cấp xã' });
    const y = makeClaim(a, '2.075/2.075', { ...base, kind: 'ratio', value: 2075, total: 2075, metric: 'tổ công nghệ số cộng đồng cấp thôn' });
    const z = makeClaim(b, 'khoảng 2.270', { ...base, kind: 'count', value: 2270, qualifier: 'approx', metric: 'tổ công nghệ số cộng đồng' });
    const inOrder = detectFindings([a, b], [x, y, z]);
    expect(inOrder.map((f) => f.claimIds)).toEqual([[z.id, x.id, y.id]]);
    expect((inOrder[0]!.facts as unknown as { parts: Array<{ quote: string }> }).parts.map((p) => p.quote)).toEqual(['193/193', '2.075/2.075']);
    // The claims in another order (an edited claim comes back last in its block): the same finding.
    expect(detectFindings([a, b], [y, z, x])).toEqual(inOrder);
    const analysis = new FindingsAnalysis([a, b], [x, y, z]);
    analysis.updateClaims([{ ...x }]);
    expect(analysis.findings()).toEqual(inOrder);
  });

  it('reads an estimate replaced by a later figure as an update', () => {
    const text = 'Năm 2023, kinh tế số chiếm khoảng 42% GRDP.';
    const a = makeArticle('est', text, '2024-01-05');
    const b = makeArticle('fin', 'Năm 2023, kinh tế số chiếm 45,5% GRDP.', '2024-03-08');
    const base = { kind: 'percent' as const, unit: '%', subject: 'Bắc Giang', metric: 'kinh tế số / GRDP', period: '2023' };
    const ca = makeClaim(a, 'khoảng 42%', { ...base, value: 42, qualifier: 'exact', modality: 'forecast' });
    const cb = makeClaim(b, '45,5%', { ...base, value: 45.5 });
    expect(detectFindings([a, b], [ca, cb]).map((f) => f.type)).toEqual(['update']);
  });

  it('does not set a forecast beside the reported figure of the same day as a conflict (an expectation missed)', () => {
    const a = makeArticle('fc1', 'Quý II, ngành du lịch Đà Nẵng đón 2,1 triệu lượt khách, thấp hơn mức dự báo 2,5 triệu lượt khách.', '2024-07-02', 'Báo A');
    const b = makeArticle('fc2', 'Sở Du lịch cho biết trong quý II thành phố đã đón 2,1 triệu lượt khách, tăng nhẹ so với quý I.', '2024-07-02', 'Báo B');
    const base = { kind: 'count' as const, unit: 'lượt khách', subject: 'Đà Nẵng', metric: 'lượt khách du lịch', period: 'quý II/2024' };
    const forecast = makeClaim(a, '2,5 triệu lượt khách', { ...base, value: 2_500_000, modality: 'forecast' });
    const reported = makeClaim(b, '2,1 triệu lượt khách', { ...base, value: 2_100_000 });
    expect(detectFindings([a, b], [forecast, reported]).filter((f) => f.rule === 'cross-source')).toEqual([]);
    // The same two figures both reported as facts do conflict.
    const stated = { ...forecast, modality: 'fact' as const };
    expect(detectFindings([a, b], [stated, reported]).filter((f) => f.rule === 'cross-source').map((f) => f.type)).toEqual(['conflict']);
  });

  it('still sets an estimate of a past loss ("ước tính") beside another report\'s figure as a conflict', () => {
    const a = makeArticle('uc1', 'Theo báo cáo của tỉnh Quảng Ninh, thiệt hại do bão Yagi ước tính 7.500 tỷ đồng.', '2024-09-10T08:00', 'Báo A');
    const b = makeArticle('uc2', 'Theo báo cáo của tỉnh Quảng Ninh, bão Yagi gây thiệt hại 9.500 tỷ đồng.', '2024-09-10T10:30', 'Báo B');
    const base = { kind: 'money' as const, unit: 'tỷ đồng', subject: 'Quảng Ninh', metric: 'thiệt hại do bão Yagi', period: null };
    const estimate = makeClaim(a, '7.500 tỷ đồng', { ...base, value: 7_500_000_000_000, modality: 'forecast' });
    const reported = makeClaim(b, '9.500 tỷ đồng', { ...base, value: 9_500_000_000_000 });
    expect(detectFindings([a, b], [estimate, reported]).filter((f) => f.rule === 'cross-source').map((f) => f.type)).toEqual(['conflict']);
    // The extractor's quote holds the cue itself.
    const quoted = makeClaim(a, 'ước tính 7.500 tỷ đồng', { ...base, value: 7_500_000_000_000, modality: 'forecast' });
    expect(detectFindings([a, b], [quoted, reported]).filter((f) => f.rule === 'cross-source').map((f) => f.type)).toEqual(['conflict']);
  });

  it('reads a running total with a later cut-off as an update', () => {
    const a = makeArticle('c1', 'Tính đến tháng 6/2023, tỉnh có 700 dịch vụ công trực tuyến toàn trình.', '2023-07-01');
    const b = makeArticle('c2', 'Tính đến tháng 4/2024, tỉnh có 827 dịch vụ công trực tuyến toàn trình.', '2024-05-08');
    const base = { kind: 'count' as const, subject: 'Bắc Giang', metric: 'dịch vụ công trực tuyến toàn trình' };
    const ca = makeClaim(a, '700 dịch vụ', { ...base, value: 700, period: 'tính đến tháng 6/2023' });
    const cb = makeClaim(b, '827 dịch vụ', { ...base, value: 827, period: 'tính đến tháng 4/2024' });
    expect(detectFindings([a, b], [ca, cb]).map((f) => f.type)).toEqual(['update']);
  });

  it('treats figures without a period published months apart as a likely update, and the same day as a conflict', () => {
    const a = makeArticle('u1', 'Tỷ lệ hồ sơ trực tuyến đạt gần 80%.', '2024-03-08');
    const b = makeArticle('u2', 'Tỷ lệ hồ sơ trực tuyến đạt 95%.', '2024-09-08');
    const base = { kind: 'percent' as const, unit: '%', subject: 'Bắc Giang', metric: 'tỷ lệ hồ sơ trực tuyến', period: null };
    const ca = makeClaim(a, 'gần 80%', { ...base, value: 80, qualifier: 'approx' });
    const cb = makeClaim(b, '95%', { ...base, value: 95 });
    expect(detectFindings([a, b], [ca, cb]).map((f) => f.type)).toEqual(['update']);
    const sameDay = { ...b, publishedAt: '2024-03-08' };
    expect(detectFindings([a, sameDay], [ca, cb]).map((f) => f.type)).toEqual(['conflict']);
  });

  it('reports two values for one fact inside one article as internal', () => {
    const text = 'Kinh tế số năm 2023 chiếm 42,13% GRDP. Như vậy, năm 2023 kinh tế số đã chiếm 43% GRDP của tỉnh.';
    const a = makeArticle('dup', text, '2024-03-08');
    const base = { kind: 'percent' as const, unit: '%', subject: 'Bắc Giang', metric: 'kinh tế số / GRDP', period: '2023' };
    const findings = detectFindings([a], [makeClaim(a, '42,13%', { ...base, value: 42.13 }), makeClaim(a, '43%', { ...base, value: 43 })]);
    expect(findings.map((f) => [f.type, f.rule])).toEqual([['internal', 'same-fact-values']]);
    expect(findings[0]!.explanation).toMatch(/^Bất nhất nội bộ: /);
  });
});

describe('cross-source: claims the metric match pairs but their sentences tell apart (toldApart)', () => {
  /** Whether the two sentences tell the two claims apart; each text is one article, each quote its claim. */
  function apart(textA: string, quoteA: string, textB: string, quoteB: string, unit: string | null): boolean {
    const a = makeArticle('x1', textA, '2024-10-22T12:00', 'Báo A');
    const b = makeArticle('x2', textB, '2024-10-22T16:00', 'Báo B');
    const ctx = { articles: new Map([[a.id, a], [b.id, b]]) } as unknown as AnalysisContext;
    return toldApart(makeClaim(a, quoteA, { kind: 'measure', value: 1, unit }), makeClaim(b, quoteB, { kind: 'measure', value: 2, unit }), ctx);
  }
  const at = (time: string, v: string) => `Chứng khoán giằng co\n${time} chỉ số ABC-Index giảm nhẹ, xuống ${v} điểm.`;

  it('figures given at different moments of the day (a clock time against another or none; two parts of the day)', () => {
    expect(apart(at('Đến 10h27,', '61,78'), '61,78 điểm', at('Trong phiên hôm nay,', '61,46'), '61,46 điểm', 'điểm')).toBe(true);
    expect(apart(at('Kết thúc phiên sáng,', '61,78'), '61,78 điểm', at('Chốt phiên,', '61,46'), '61,46 điểm', 'điểm')).toBe(true);
    // No moment, the same part of the day, or a part of the day said on one side only: not told apart.
    expect(apart(at('Hôm nay,', '61,78'), '61,78 điểm', at('Trong phiên hôm nay,', '61,46'), '61,46 điểm', 'điểm')).toBe(false);
    expect(apart(at('Nghỉ giữa phiên,', '61,78'), '61,78 điểm', at('Kết thúc phiên sáng,', '61,46'), '61,46 điểm', 'điểm')).toBe(false);
    expect(apart(at('Chốt phiên,', '61,78'), '61,78 điểm', at('Hôm nay,', '61,46'), '61,46 điểm', 'điểm')).toBe(false);
  });

  it('reads no clock time in the claim’s own quote (a duration "3 giờ" against "4 giờ")', () => {
    expect(apart('Họp bàn giá điện\nCuộc họp kéo dài 3 giờ với nhiều ý kiến.', '3 giờ', 'Giá điện chưa chốt\nCuộc họp kéo dài 4 giờ nhưng chưa ngã ngũ.', '4 giờ', 'giờ')).toBe(false);
  });

  it('sentences of different boards ("HNX30" / "HNX"), and a code right after one figure that the other sentence never says ("2GB RAM")', () => {
    expect(apart('Thị trường\nRổ HNX30 có 8 mã đứng giá.', '8 mã', 'Thị trường\nToàn sàn HNX có 62 mã đứng giá.', '62 mã', 'mã')).toBe(true);
    expect(apart('Thị trường\nToàn sàn HNX có 60 mã đứng giá.', '60 mã', 'Thị trường\nToàn sàn HNX có 62 mã đứng giá.', '62 mã', 'mã')).toBe(false);
    expect(apart('Lumia X ra mắt\nMáy có bộ nhớ 2GB RAM và pin lớn.', '2GB', 'Lumia X lên kệ\nMáy có bộ nhớ trong 32 GB, có khe thẻ nhớ.', '32 GB', 'GB')).toBe(true);
    expect(apart('Lumia X ra mắt\nMáy có bộ nhớ 2GB RAM và pin lớn.', '2GB', 'Lumia X lên kệ\nMáy dùng 3GB RAM, pin lớn.', '3GB', 'GB')).toBe(false);
    // An acronym that spells out its words ("(CĐS)") is no board.
    expect(apart('Chuyển đổi số\nChỉ số chuyển đổi số (CĐS) đạt 42,1%.', '42,1%', 'Chuyển đổi số\nChỉ số CĐS của tỉnh đạt 45,3%, cao hơn (CCHC).', '45,3%', '%')).toBe(false);
  });
});
