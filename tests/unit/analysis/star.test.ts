import { describe, expect, it } from 'vitest';
import { detectFindings, FindingsAnalysis } from '../../../shared/analysis';
import { STAR_PASSAGES } from '../../../shared/analysis/passages';
import type { Article, Claim, Finding } from '../../../shared/schema';
import { expectIncrementalAsFull, makeArticle, makeClaim } from './helpers';

// A press release repeated by many local sites, each giving its own two figures in one sentence (the
// other sentences carry no figure): a passage group with two figure positions.

const day = (i: number): string => new Date(Date.UTC(2025, 2, 1) + i * 86_400_000).toISOString().slice(0, 10);

const release = (firms: number, capital: number): string =>
  `Trong quý I, tỉnh Ninh Bình có ${firms} doanh nghiệp thành lập mới với tổng vốn đăng ký ${capital} tỷ đồng, theo Sở Kế hoạch và Đầu tư. ` +
  'Các doanh nghiệp mới tập trung vào thương mại, dịch vụ và chế biến nông sản. ' +
  'Tỉnh tiếp tục rút ngắn thời gian giải quyết thủ tục hành chính cho nhà đầu tư. ' +
  'Hội nghị đối thoại với doanh nghiệp sẽ được tổ chức định kỳ mỗi quý.';

const base = { subject: 'Ninh Bình', period: 'quý I' };

/** One article per pair of figures, one a day in list order; ids not in publication order. */
function releases(values: ReadonlyArray<readonly [number, number]>): { articles: Article[]; claims: Claim[] } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const [i, [firms, capital]] of values.entries()) {
    const a = makeArticle(`nb_${String((i * 37) % 100).padStart(2, '0')}_${i}`, release(firms, capital), day(i), `trang${i}`);
    articles.push(a);
    claims.push(makeClaim(a, String(firms), { ...base, kind: 'count', value: firms, unit: 'doanh nghiệp', metric: 'doanh nghiệp thành lập mới' }));
    claims.push(makeClaim(a, `${capital} tỷ đồng`, { ...base, kind: 'money', value: capital * 1e9, unit: 'VND', metric: 'vốn đăng ký' }));
  }
  return { articles, claims };
}

/** As `releases`, the sentence with a third figure every report gives alike (1.324 workers). */
function releasesWithWorkers(values: ReadonlyArray<readonly [number, number]>): { articles: Article[]; claims: Claim[] } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const [i, [firms, capital]] of values.entries()) {
    const text = release(firms, capital).replace(' tỷ đồng, theo', ' tỷ đồng, thu hút 1.324 lao động, theo');
    const a = makeArticle(`nw_${String((i * 37) % 100).padStart(2, '0')}_${i}`, text, day(i), `trang${i}`);
    articles.push(a);
    claims.push(makeClaim(a, String(firms), { ...base, kind: 'count', value: firms, unit: 'doanh nghiệp', metric: 'doanh nghiệp thành lập mới' }));
    claims.push(makeClaim(a, `${capital} tỷ đồng`, { ...base, kind: 'money', value: capital * 1e9, unit: 'VND', metric: 'vốn đăng ký' }));
    claims.push(makeClaim(a, '1.324', { ...base, kind: 'count', value: 1324, unit: 'lao động', metric: 'lao động' }));
  }
  return { articles, claims };
}

const passageFindings = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.rule === 'aligned-passage' && f.type !== 'consistent');
const byId = (list: Iterable<Finding>): Finding[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The pairs of articles (by their place in `articles`, "i-j" with i < j) that aligned-passage findings compare. */
function comparedPairs(findings: readonly Finding[], articles: readonly Article[]): Set<string> {
  const at = new Map(articles.map((a, i) => [a.id, i]));
  const out = new Set<string>();
  for (const f of passageFindings(findings)) {
    const [x, y] = (f.articleIds ?? []).map((id) => at.get(id) as number).sort((p, q) => p - q);
    out.add(`${x}-${y}`);
  }
  return out;
}

// Twelve reports, four ways of giving the two figures (value classes of the whole sentence):
// (120, 45) the earliest, twice; (135, 45) the most reported, five times; (120, 52) twice; (160, 68)
// twice; (185, 45) once.
const TWELVE: ReadonlyArray<readonly [number, number]> = [
  [120, 45],
  [135, 45],
  [135, 45],
  [135, 45],
  [135, 45],
  [120, 52],
  [120, 52],
  [160, 68],
  [160, 68],
  [120, 45],
  [185, 45],
  [135, 45],
];

describe('aligned passages in a big group: each report compared with the references only (a star)', () => {
  it('twelve reports with four ways of giving the figures: each differing report meets the earliest and the most reported, nothing else', () => {
    expect(TWELVE.length).toBeGreaterThan(STAR_PASSAGES);
    const { articles, claims } = releases(TWELVE);
    const findings = detectFindings(articles, claims);
    // The references: report 0 (the earliest) and report 1 (the earliest of the five alike).
    const key = (x: number, y: number): string => (x < y ? `${x}-${y}` : `${y}-${x}`);
    const expected = new Set<string>();
    TWELVE.forEach(([f, c], i) => {
      if (i !== 0 && (f !== 120 || c !== 45)) expected.add(key(i, 0));
      if (i !== 1 && (f !== 135 || c !== 45)) expected.add(key(i, 1));
    });
    expect(comparedPairs(findings, articles)).toEqual(expected);
    // Linear: at most two findings per report and figure position; here one per differing figure and pair.
    const atPlace = new Map<string, number>();
    for (const f of passageFindings(findings)) for (const s of f.spans ?? []) atPlace.set(`${s.articleId}@${s.start}`, (atPlace.get(`${s.articleId}@${s.start}`) ?? 0) + 1);
    const others = [...atPlace].filter(([k]) => !k.startsWith(`${articles[0]?.id}@`) && !k.startsWith(`${articles[1]?.id}@`));
    expect(Math.max(...others.map(([, n]) => n))).toBeLessThanOrEqual(2);
  });

  it('findings grow with the reports: 60 reports of one sentence, every one with its own figures, give one finding per report', () => {
    // (Never a round figure first: "200" beside "207" may be a rounding, not a changed figure.)
    const values = Array.from({ length: 60 }, (_, i) => [211 + 7 * i, 31 + 4 * i] as const);
    const { articles, claims } = releases(values);
    const findings = passageFindings(detectFindings(articles, claims));
    // All 59 later reports against the first, nothing between two later ones (1,770 pairs of reports).
    expect(comparedPairs(findings, articles)).toEqual(new Set(values.slice(1).map((_, i) => `0-${i + 1}`)));
    expect(findings.length).toBeLessThanOrEqual(2 * (values.length - 1));
  });

  it('every rule together stays linear: the pairs the star leaves out are not raised again by the cross-source rule', () => {
    // Reports sharing only this sentence (not copies of each other), each with its own figures.
    for (const n of [12, 60]) {
      const values = Array.from({ length: n }, (_, i) => [211 + 7 * i, 31 + 4 * i] as const);
      const { articles, claims } = releases(values);
      const raised = detectFindings(articles, claims).filter((f) => f.type !== 'consistent');
      // One finding per later report (both its figures against the first report's), of any rule.
      expect(raised.length).toBe(n - 1);
      expect(raised.every((f) => f.rule === 'aligned-passage')).toBe(true);
      // Each later report's claim in one finding only.
      const perClaim = new Map<string, number>();
      for (const f of raised) for (const c of f.claimIds) perClaim.set(c, (perClaim.get(c) ?? 0) + 1);
      const first = new Set(claims.filter((c) => c.articleId === articles[0]?.id).map((c) => c.id));
      expect(Math.max(...[...perClaim].filter(([c]) => !first.has(c)).map(([, k]) => k))).toBe(1);
    }
  });

  it('a changed figure in a big group is flagged once, as an aligned passage (with both sentences)', () => {
    const values = Array.from({ length: 12 }, (_, i) => (i === 7 ? ([120, 54] as const) : ([120, 45] as const)));
    const { articles, claims } = releases(values);
    const raised = detectFindings(articles, claims).filter((f) => f.type !== 'consistent');
    expect(raised).toHaveLength(1);
    const [f] = raised as [Finding];
    expect(f.rule).toBe('aligned-passage');
    expect(f.articleIds).toContain(articles[7]?.id);
    const changed = claims.find((c) => c.articleId === articles[7]?.id && c.quote === '54 tỷ đồng') as Claim;
    expect(f.claimIds).toContain(changed.id);
    // The passage diff: both sentences, the figure in each.
    const facts = f.facts as unknown as Record<'a' | 'b', { sentence: { text: string }; figure: { quote: string } }>;
    expect([facts.a.figure.quote, facts.b.figure.quote].sort()).toEqual(['45 tỷ', '54 tỷ']);
    expect(facts.a.sentence.text).toContain('doanh nghiệp thành lập mới');
    expect(facts.b.sentence.text).toContain('doanh nghiệp thành lập mới');
  });

  it.each([
    ['each report moving both figures', releases],
    ['each report moving two figures of three (one held: every moved figure is named in the star)', releasesWithWorkers],
  ])('decisions survive a group crossing the star threshold (an import of a 9th report, its removal): %s', (_, build) => {
    const values = Array.from({ length: STAR_PASSAGES + 1 }, (_, i) => [211 + 7 * i, 31 + 4 * i] as const);
    const all = build(values);
    const small = all.articles.slice(0, STAR_PASSAGES);
    const eight = { articles: small, claims: all.claims.filter((c) => small.some((a) => a.id === c.articleId)) };
    const pair = (f: Finding): string => [...f.claimIds].sort().join('|');
    // Every finding decided: resolved, or dismissed for another reason than "not the same fact", in turn.
    const decide = (list: readonly Finding[]): Finding[] =>
      list.map((f, i) =>
        f.type === 'consistent'
          ? f
          : ({
              ...f,
              status: i % 2 === 0 ? 'resolved' : 'dismissed',
              resolution: 'x',
              decision: { kind: i % 2 === 0 ? 'resolved' : 'dismissed', ...(i % 2 === 0 ? {} : { reason: 'other' }), rightClaimId: null, note: '', by: 'ed', at: '2025-01-01T00:00:00Z' },
            } as Finding),
      );
    const check = (before: readonly Finding[], after: readonly Finding[], articles: readonly Article[]): void => {
      const present = new Set(articles.map((a) => a.id));
      const raised = after.filter((f) => f.type !== 'consistent');
      // No pair of claims twice.
      expect(new Set(raised.map(pair)).size).toBe(raised.length);
      // No open finding on a pair of claims the editor decided; every decision on claims still there kept.
      const decided = new Map(before.filter((f) => f.status !== 'open').map((f) => [pair(f), f.status]));
      for (const f of raised) if (decided.has(pair(f))) expect(f.status).toBe(decided.get(pair(f)));
      const kept = new Set(raised.filter((f) => f.status !== 'open').map(pair));
      for (const f of before) if (f.status !== 'open' && (f.articleIds ?? []).every((a) => present.has(a))) expect(kept.has(pair(f))).toBe(true);
    };
    // 8 -> 9: the editor decided everything among eight reports; a ninth is imported.
    const decided8 = decide(new FindingsAnalysis(eight.articles, eight.claims).findings());
    expect(decided8.filter((f) => f.status !== 'open').length).toBeGreaterThan(0);
    check(decided8, new FindingsAnalysis(all.articles, all.claims).findings(decided8), all.articles);
    // 9 -> 8: the editor decided everything among nine reports; the ninth is removed.
    const decided9 = decide(new FindingsAnalysis(all.articles, all.claims).findings());
    check(decided9, new FindingsAnalysis(eight.articles, eight.claims).findings(decided9), eight.articles);
  });

  it('a later report that changes two of three figures in a big group has both flagged', () => {
    // Twelve reports of one district's figures: the first on day 1, nine copies on day 2, one with a
    // typo (576 -> 567) on day 4, and one on day 4 with two figures changed (576 -> 657, 981 -> 891).
    const sentence = (a: string, b: number, c: number): string =>
      `Theo báo cáo, huyện Yên Thành có ${a} hộ nghèo, ${b} hộ cận nghèo và ${c} hộ thoát nghèo trong năm qua. ` +
      'Công tác giảm nghèo được triển khai đồng bộ ở các xã. Các hộ được vay vốn ưu đãi để phát triển sản xuất.';
    const rows = Array.from({ length: 12 }, (_, i) => (i === 10 ? [576 - 9, 981] : i === 11 ? [657, 891] : [576, 981]) as [number, number]);
    const dates = rows.map((_, i) => (i === 0 ? '2025-03-01' : i < 10 ? '2025-03-02' : '2025-03-04'));
    expect(rows.length).toBeGreaterThan(STAR_PASSAGES);
    const articles = rows.map(([b, c], i) => makeArticle(`yt_${String(i).padStart(2, '0')}`, sentence('1.324', b, c), dates[i] as string));
    const claims: Claim[] = [];
    const metrics = ['hộ nghèo', 'hộ cận nghèo', 'hộ thoát nghèo'];
    articles.forEach((a, i) => {
      const [b, c] = rows[i] as [number, number];
      [1324, b, c].forEach((v, j) =>
        claims.push(makeClaim(a, j === 0 ? '1.324' : String(v), { kind: 'count', value: v, unit: 'hộ', subject: 'Yên Thành', metric: metrics[j], period: 'năm qua' })),
      );
    });
    const last = articles[11]?.id as string;
    const flagged = new Set(
      detectFindings(articles, claims)
        .filter((f) => f.type !== 'consistent')
        .flatMap((f) => (f.spans ?? []).filter((sp) => sp.articleId === last).map((sp) => sp.quote)),
    );
    expect(flagged.has('657')).toBe(true);
    expect(flagged.has('891')).toBe(true);
  });

  it('a small group (the coverage of one event) keeps its comparisons value by value: two minority values still meet', () => {
    // Five reports, one figure position changing: 120, 135, 135, 160, 185 (classes by the first figure).
    const small: ReadonlyArray<readonly [number, number]> = [
      [120, 45],
      [135, 45],
      [135, 45],
      [160, 45],
      [185, 45],
    ];
    expect(small.length).toBeLessThanOrEqual(STAR_PASSAGES);
    const { articles, claims } = releases(small);
    const pairs = comparedPairs(detectFindings(articles, claims), articles);
    // 185 meets 160, the class right before it: no reference of a star.
    expect(pairs.has('3-4')).toBe(true);
    // And every report meets the earliest.
    for (const i of [1, 2, 3, 4]) expect(pairs.has(`0-${i}`)).toBe(true);
  });

  // A regression guard, not a test of the star: it passes without it too (the per-position pairs are
  // order-independent as well); it pins that the star's references (earliest, most reported) do not
  // depend on the order the reports come in.
  it('the same findings whatever order the reports come in (regression guard)', () => {
    const { articles, claims } = releases(TWELVE);
    const forward = detectFindings(articles, claims);
    expect(passageFindings(forward).length).toBeGreaterThan(0);
    const shuffle = <T>(list: readonly T[]): T[] => list.map((x, i) => [x, (i * 7) % list.length] as const).sort((p, q) => p[1] - q[1]).map(([x]) => x);
    expect(byId(detectFindings([...articles].reverse(), [...claims].reverse()))).toEqual(byId(forward));
    expect(byId(detectFindings(shuffle(articles), shuffle(claims)))).toEqual(byId(forward));
  });

  // A regression guard, not a test of the star: it passes without it too. It pins that claim edits
  // never move the star's references (they are read from the text). It never changes the set of
  // articles: a group crossing STAR_PASSAGES is the decisions test above.
  it('incremental equals full when the references’ claims are rejected, corrected and restored (regression guard)', () => {
    const { articles, claims } = releases(TWELVE);
    const analysis = new FindingsAnalysis(articles, claims);
    const stored = new Map(analysis.findings().map((f) => [f.id, f]));
    expect(passageFindings([...stored.values()]).length).toBeGreaterThan(0);
    const firstOf = (i: number): Claim => claims.filter((c) => c.articleId === articles[i]?.id)[0] as Claim;
    const secondOf = (i: number): Claim => claims.filter((c) => c.articleId === articles[i]?.id)[1] as Claim;
    expectIncrementalAsFull(analysis, articles, claims, stored, [
      // The earliest report's claims rejected: its findings name no claim there any more.
      { changed: [], removed: [firstOf(0).id, secondOf(0).id] },
      // The most reported class's reference corrected (a claim field the text does not hold).
      { changed: [{ ...firstOf(1), metric: 'doanh nghiệp đăng ký', modality: 'forecast' }], removed: [] },
      { changed: [firstOf(0), secondOf(0)], removed: [] },
      { changed: [firstOf(1)], removed: [secondOf(7).id] },
    ]);
  });
});
