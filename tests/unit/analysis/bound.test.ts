import { describe, expect, it } from 'vitest';
import { detectFindings, FindingsAnalysis } from '../../../shared/analysis';
import { buildContext } from '../../../shared/analysis/context';
import { choosePairs } from '../../../shared/analysis/passages';
import { crossSourceDrafts } from '../../../shared/analysis/cross';
import { factOf, type FactView } from '../../../shared/analysis/facts';
import type { Article, Claim, Finding } from '../../../shared/schema';
import { expectIncrementalAsFull, makeArticle, makeClaim } from './helpers';

// One fact (the share of the digital economy in a province's GRDP) restated by many articles.
const base = { kind: 'percent' as const, unit: '%', subject: 'Hà Nam', metric: 'kinh tế số / GRDP', period: 'năm 2024' };
const day = (i: number): string => new Date(Date.UTC(2025, 1, 1) + i * 86_400_000).toISOString().slice(0, 10);
const spelled = (v: number): string => `${String(v).replace('.', ',')}%`;

const notConsistent = (f: { type: string }): boolean => f.type !== 'consistent';
const byId = (list: Iterable<Finding>): Finding[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Whether `claim` has a non-consistent finding (or draft) against one of `others`. */
function flaggedAgainst(list: ReadonlyArray<{ type: string; claimIds: readonly string[] }>, claim: Claim, others: readonly Claim[]): boolean {
  const ids = new Set(others.map((c) => c.id));
  return list.some((f) => notConsistent(f) && f.claimIds.includes(claim.id) && f.claimIds.some((id) => ids.has(id)));
}

/** Aligned-passage findings only. */
const passageFindings = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.rule === 'aligned-passage');

// ---------------------------------------------------------------------------------------------------
// Aligned passages: one wire text republished by many outlets.

/** A wire text with the figure `v` ("18,6%", "khoảng 26%"); the other sentences carry no figure. */
const wire = (v: string): string =>
  `Năm 2024, kinh tế số của Hà Nam chiếm ${v} GRDP của tỉnh theo báo cáo mới công bố. Tỉnh đặt mục tiêu nâng tỷ lệ này trong các năm tới. ` +
  'Nhiều doanh nghiệp đã chuyển sang hóa đơn điện tử và thanh toán không dùng tiền mặt. Hạ tầng viễn thông phủ khắp các xã.';

interface Copy {
  /** The figure as written ("18,6%", "khoảng 26%"). */
  written: string;
  value: number;
  qualifier?: 'exact' | 'approx';
}

/** Copies of the wire text, one a day, each with its claim on the figure. Ids not in publication order. */
function copies(list: readonly Copy[]): { articles: Article[]; claims: Claim[] } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const [i, c] of list.entries()) {
    const a = makeArticle(`wire_${String((i * 37) % 1000).padStart(3, '0')}_${i}`, wire(c.written), day(i), `bao${i}`);
    articles.push(a);
    claims.push(makeClaim(a, c.written, { ...base, value: c.value, qualifier: c.qualifier ?? 'exact' }));
  }
  return { articles, claims };
}

const same = (n: number, written: string, value: number): Copy[] => Array.from({ length: n }, () => ({ written, value }));

describe('aligned passages: a copy carrying a changed figure is always flagged, and findings grow with the copies', () => {
  it('ten copies, the figure changed from the sixth on: every changed copy is flagged against a copy with the original figure (review repro 1)', () => {
    const { articles, claims } = copies([...same(5, '18,6%', 18.6), ...same(5, '24,3%', 24.3)]);
    const findings = passageFindings(detectFindings(articles, claims));
    for (const c of claims.slice(5)) expect(flaggedAgainst(findings, c, claims.slice(0, 5))).toBe(true);
  });

  it('sixty copies, the figure changed from the sixth on: every changed copy is flagged (more copies than a bucket held)', () => {
    const { articles, claims } = copies([...same(5, '18,6%', 18.6), ...same(55, '24,3%', 24.3)]);
    const findings = passageFindings(detectFindings(articles, claims));
    for (const c of claims.slice(5)) expect(flaggedAgainst(findings, c, claims.slice(0, 5))).toBe(true);
    // One finding per changed copy against the original's class (and none between agreeing copies).
    expect(findings.length).toBeLessThanOrEqual(2 * claims.length);
  });

  it('a dissent written in spellings that agree with each other still meets the majority (review repro 2)', () => {
    // Fifty copies give 18,6%; then "26%", "khoảng 26%", "26,1%", "gần 26%" and "khoảng 26,2%".
    const dissent: Copy[] = [
      { written: '26%', value: 26 },
      { written: 'khoảng 26%', value: 26, qualifier: 'approx' },
      { written: '26,1%', value: 26.1 },
      { written: 'gần 26%', value: 26, qualifier: 'approx' },
      { written: 'khoảng 26,2%', value: 26.2, qualifier: 'approx' },
    ];
    for (const n of [10, 50]) {
      const { articles, claims } = copies([...same(n, '18,6%', 18.6), ...dissent]);
      const findings = passageFindings(detectFindings(articles, claims));
      for (const c of claims.slice(n)) expect(flaggedAgainst(findings, c, claims.slice(0, n)), `${n} copies, ${c.quote}`).toBe(true);
    }
  });

  it('forty copies with forty different values: at most 3 findings per copy, every copy flagged against the first', () => {
    const list = Array.from({ length: 40 }, (_, i) => ({ written: spelled(20 + i + 0.5), value: 20 + i + 0.5 }));
    const { articles, claims } = copies(list);
    const findings = passageFindings(detectFindings(articles, claims));
    // Every pair of copies (780 findings) before.
    expect(findings.length).toBeLessThanOrEqual(3 * claims.length);
    for (const c of claims.slice(1)) expect(flaggedAgainst(findings, c, [claims[0] as Claim])).toBe(true);
  });

  it('two hundred copies with two hundred different values: at most 3 findings per copy, every copy flagged against the first', () => {
    // Values such as 10,13 and 10,5 (none a rounding of the first): every one a changed figure.
    const list = Array.from({ length: 200 }, (_, i) => Math.round((10.13 + 0.37 * i) * 100) / 100).map((v) => ({ written: spelled(v), value: v }));
    const { articles, claims } = copies(list);
    const findings = passageFindings(detectFindings(articles, claims));
    expect(findings.length).toBeLessThanOrEqual(3 * claims.length);
    for (const c of claims.slice(1)) expect(flaggedAgainst(findings, c, [claims[0] as Claim])).toBe(true);
  });

  it('the same findings whatever order the articles come in', () => {
    const { articles, claims } = copies([...same(30, '18,6%', 18.6), ...same(10, '24,3%', 24.3), { written: 'khoảng 26%', value: 26, qualifier: 'approx' }, ...same(5, '18,6%', 18.6)]);
    const forward = detectFindings(articles, claims);
    const backward = detectFindings([...articles].reverse(), [...claims].reverse());
    expect(forward.length).toBeGreaterThan(0);
    expect(byId(backward)).toEqual(byId(forward));
  });

  it('an edit inside a big group of copies: the incremental analysis gives what a full one gives', () => {
    const { articles, claims } = copies([...same(30, '18,6%', 18.6), ...same(20, '24,3%', 24.3), ...same(10, '18,6%', 18.6)]);
    const analysis = new FindingsAnalysis(articles, claims);
    const stored = new Map(analysis.findings().map((f) => [f.id, f]));
    expect(passageFindings([...stored.values()]).length).toBeGreaterThan(0);
    const steps: Array<{ changed: Claim[]; removed: string[] }> = [
      // A claim of the majority corrected, one of the dissent rejected, one restored.
      { changed: [{ ...(claims[3] as Claim), value: 24.3, metric: 'kinh tế số' }], removed: [] },
      { changed: [], removed: [(claims[35] as Claim).id, (claims[0] as Claim).id] },
      { changed: [claims[0] as Claim], removed: [] },
    ];
    expectIncrementalAsFull(analysis, articles, claims, stored, steps);
  });
});

describe('choosePairs: each value class meets the earliest, the most-reported and the previous class', () => {
  it('every member of a class is paired, each with a representative of the partner classes', () => {
    // Members 0..9 in publication order; values by class: a a b c c c d a c e.
    const values = ['a', 'a', 'b', 'c', 'c', 'c', 'd', 'a', 'c', 'e'];
    const pairs: string[] = [];
    choosePairs(
      values.map((_, i) => i),
      (i) => values[i] as string,
      (x, y) => {
        pairs.push(`${x}-${y}`);
        return true;
      },
    );
    // Classes: a (0,1,7), b (2), c (3,4,5,8, the majority), d (6), e (9).
    // a: majority c → rep 3. b: earliest a → 0, majority c → 3, previous a (already). c: earliest a → 0,
    // previous b → 2. d: a → 0, c → 3. e: a → 0, c → 3, previous d → 6.
    expect(pairs).toEqual(['0-3', '1-3', '7-3', '2-0', '2-3', '3-0', '3-2', '4-0', '4-2', '5-0', '5-2', '8-0', '8-2', '6-0', '6-3', '9-0', '9-3', '9-6']);
  });
});

// ---------------------------------------------------------------------------------------------------
// Cross-source: one fact restated in many articles, each worded its own way (no passage in common).

const OPENERS = ['Theo Sở Thông tin và Truyền thông,', 'Báo cáo của UBND tỉnh cho biết', 'Tại hội nghị tổng kết,', 'Ông Trần Văn Bình nhấn mạnh', 'Số liệu thống kê cho thấy', 'Theo Cục Thống kê tỉnh,', 'Phát biểu khai mạc diễn đàn,'];
const VERBS = ['chiếm', 'đóng góp', 'đạt tỷ trọng'];
const ENDINGS = ['trong GRDP của tỉnh.', 'vào tổng sản phẩm trên địa bàn.', 'trong GRDP toàn tỉnh, theo ngành thống kê.', 'trong tổng sản phẩm của địa phương.', 'trong GRDP, một bước tiến đáng kể.'];

interface Report {
  value: number;
  day: number;
  approx?: boolean;
}

function reports(list: readonly Report[]): { articles: Article[]; claims: Claim[] } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const [i, r] of list.entries()) {
    const quote = spelled(r.value);
    const text = `${OPENERS[i % OPENERS.length]} kinh tế số của Hà Nam năm 2024 ${VERBS[i % VERBS.length]} ${r.approx ? 'khoảng ' : ''}${quote} ${ENDINGS[i % ENDINGS.length]}`;
    const a = makeArticle(`hn_${String((i * 7) % list.length).padStart(3, '0')}_${i}`, text, day(r.day));
    articles.push(a);
    claims.push(makeClaim(a, quote, { ...base, value: r.value, qualifier: r.approx ? 'approx' : 'exact' }));
  }
  return { articles, claims };
}

function factsOf(articles: Article[], claims: Claim[]) {
  const ctx = buildContext(articles, claims);
  return { ctx, facts: claims.map((c) => factOf(c, ctx)).filter((f): f is FactView => f !== null) };
}

describe('cross-source: every report of a dissenting value meets the majority, and findings grow with the reports', () => {
  it('ten reports, the figure changed from the sixth on: every changed report is flagged against an original one', () => {
    const { articles, claims } = reports(Array.from({ length: 10 }, (_, i) => ({ value: i < 5 ? 18.6 : 24.3, day: i })));
    const { ctx, facts } = factsOf(articles, claims);
    const drafts = crossSourceDrafts(facts, ctx);
    const findings = detectFindings(articles, claims);
    for (const c of claims.slice(5)) {
      expect(flaggedAgainst(drafts, c, claims.slice(0, 5))).toBe(true);
      expect(flaggedAgainst(findings, c, claims.slice(0, 5))).toBe(true);
    }
  });

  it('a dissenting value after many one-off values still meets the value most reports give', () => {
    // 18,6% on day 0 and days 31–39; thirty one-off values on days 1–30; the dissenter, 41%, last.
    const list: Report[] = [{ value: 18.6, day: 0 }, ...Array.from({ length: 30 }, (_, i) => ({ value: 27 + i, day: i + 1 }))];
    for (let d = 31; d <= 39; d++) list.push({ value: 18.6, day: d });
    list.push({ value: 141, day: 40 });
    const { articles, claims } = reports(list);
    const majority = claims.filter((c) => c.value === 18.6);
    const { ctx, facts } = factsOf(articles, claims);
    for (const c of claims.filter((x) => x.value !== 18.6)) expect(flaggedAgainst(crossSourceDrafts(facts, ctx), c, majority), c.quote).toBe(true);
  });

  it('a wrong figure spread in spellings that agree with each other still meets the majority (review repro 2)', () => {
    // Ten reports give 18,6%, then (with or without thirty one-off values first, more values than a fact
    // kept before) 26% and "khoảng" 26 / 26,1 / 25,9 / 26,2%, each agreeing with the one before it.
    for (const oneOffs of [0, 30]) {
      const list: Report[] = Array.from({ length: 10 }, (_, d) => ({ value: 18.6, day: d }));
      for (let i = 0; i < oneOffs; i++) list.push({ value: 40 + i + 0.5, day: 10 + i });
      const from = 10 + oneOffs;
      list.push({ value: 26, day: from }, { value: 26, approx: true, day: from + 1 }, { value: 26.1, approx: true, day: from + 2 }, { value: 25.9, approx: true, day: from + 3 }, { value: 26.2, approx: true, day: from + 4 });
      const { articles, claims } = reports(list);
      const majority = claims.filter((c) => c.value === 18.6);
      const { ctx, facts } = factsOf(articles, claims);
      const drafts = crossSourceDrafts(facts, ctx);
      const findings = detectFindings(articles, claims);
      for (const c of claims.slice(from)) {
        expect(flaggedAgainst(drafts, c, majority), `${oneOffs} one-off values, ${c.quote}`).toBe(true);
        expect(flaggedAgainst(findings, c, majority), `${oneOffs} one-off values, ${c.quote}`).toBe(true);
      }
    }
  });

  it('sixty reports with sixty values: at most 3 findings per report, every report flagged against the first', () => {
    const { articles, claims } = reports(Array.from({ length: 60 }, (_, i) => ({ value: 20 + i + 0.13, day: i })));
    const { ctx, facts } = factsOf(articles, claims);
    const drafts = crossSourceDrafts(facts, ctx);
    // Every pair of values (1,770) before.
    expect(drafts.length).toBeLessThanOrEqual(3 * claims.length);
    for (const c of claims.slice(1)) expect(flaggedAgainst(drafts, c, [claims[0] as Claim]), c.quote).toBe(true);
    const findings = detectFindings(articles, claims).filter((f) => f.claimIds.length >= 2);
    expect(findings.length).toBeLessThanOrEqual(3 * claims.length);
    for (const c of claims.slice(1)) expect(flaggedAgainst(findings, c, [claims[0] as Claim]), c.quote).toBe(true);
  });

  it('an edit that changes which class is the majority: the incremental analysis gives what a full one gives', () => {
    const list: Report[] = [{ value: 50, day: 0 }, { value: 18.6, day: 1 }, { value: 23, day: 2 }];
    for (let i = 0; i < 8; i++) list.push({ value: 30 + i, day: 3 + i });
    list.push({ value: 18.6, day: 11 }, { value: 18.6, day: 12 }, { value: 18.6, day: 13 }, { value: 23, day: 14 }, { value: 23, day: 15 });
    list.push({ value: 45, day: 16 });
    const { articles, claims } = reports(list);
    const analysis = new FindingsAnalysis(articles, claims);
    const stored = new Map(analysis.findings().map((f) => [f.id, f]));
    const [m1, m2] = [claims[11] as Claim, claims[12] as Claim];
    const steps: Array<{ changed: Claim[]; removed: string[] }> = [
      { changed: [{ ...m1, value: 23 }, { ...m2, value: 23 }], removed: [] },
      { changed: [], removed: [(claims[14] as Claim).id, (claims[15] as Claim).id] },
      { changed: [{ ...m1 }], removed: [] },
    ];
    expectIncrementalAsFull(analysis, articles, claims, stored, steps);
  });
});

describe('a decided pair keeps its decision when the bound would compare other reports', () => {
  const resolve = (f: Finding): Finding => ({ ...f, status: 'resolved', resolution: 'Đã kiểm tra' });

  it('aligned passages: an earlier copy imported later takes the original class over; the decided pair stays, resolved', () => {
    // Copies 1–5 give 18,6%, copies 6–8 give 24,3%: each changed copy is compared with copy 1.
    const { articles, claims } = copies([{ written: '18,6%', value: 18.6 }, ...same(5, '18,6%', 18.6), ...same(3, '24,3%', 24.3)]);
    // The first copy (day 0) is imported later: the first analysis sees copies 1–8 only.
    const [early, ...rest] = articles;
    const before = passageFindings(detectFindings(rest, claims.slice(1)));
    const changed = claims[6] as Claim;
    const decided = before.find((f) => f.claimIds.includes(changed.id) && f.claimIds.includes((claims[1] as Claim).id));
    expect(decided).toBeDefined();
    const previous = before.map((f) => (f.id === decided!.id ? resolve(f) : f));
    const after = detectFindings([early as Article, ...rest], claims, previous);
    // Copy 0 is now the original class's earliest: the changed copy is compared with it…
    expect(flaggedAgainst(passageFindings(after), changed, [claims[0] as Claim])).toBe(true);
    // …and the pair the editor resolved is still raised, still resolved.
    const kept = after.find((f) => f.id === decided!.id);
    expect(kept?.status).toBe('resolved');
    expect(kept?.resolution).toBe('Đã kiểm tra');
  });

  it('cross-source: the same for a report imported later that is the earliest of its value', () => {
    const list: Report[] = [{ value: 18.6, day: 0 }, ...Array.from({ length: 5 }, (_, i) => ({ value: 18.6, day: i + 1 })), ...Array.from({ length: 3 }, (_, i) => ({ value: 24.3, day: i + 6 }))];
    const { articles, claims } = reports(list);
    const [early, ...rest] = articles;
    const before = detectFindings(rest, claims.slice(1)).filter((f) => f.rule === 'cross-source');
    const changed = claims[6] as Claim;
    const decided = before.find((f) => notConsistent(f) && f.claimIds.includes(changed.id) && f.claimIds.includes((claims[1] as Claim).id));
    expect(decided).toBeDefined();
    const previous = before.map((f) => (f.id === decided!.id ? resolve(f) : f));
    const after = detectFindings([early as Article, ...rest], claims, previous);
    expect(flaggedAgainst(after, changed, [claims[0] as Claim])).toBe(true);
    expect(after.find((f) => f.id === decided!.id)?.status).toBe('resolved');
    // An open finding of a pair no longer compared is gone, as any finding no rule raises.
    const open = before.find((f) => f.id !== decided!.id && notConsistent(f) && f.claimIds.includes((claims[7] as Claim).id) && f.claimIds.includes((claims[1] as Claim).id));
    expect(open).toBeDefined();
    expect(after.some((f) => f.id === open!.id)).toBe(false);
  });

  /**
   * The decided pair kept above (cross-source or aligned), then an edit: the incremental analysis
   * (the findings it re-examined, applied to the stored ones) against a full analysis of the result.
   */
  function keptThenEdited(
    rule: 'cross-source' | 'aligned-passage',
    edit: { changed: (claims: Claim[]) => Claim[]; removed: (claims: Claim[]) => string[] },
    reopened?: 'reopened',
  ) {
    const list = [...same(6, '18,6%', 18.6), ...same(3, '24,3%', 24.3)];
    const { articles, claims } =
      rule === 'cross-source' ? reports(list.map((c, i) => ({ value: c.value, day: i }))) : copies(list);
    const [early, ...rest] = articles;
    const before = detectFindings(rest, claims.slice(1));
    const decided = before.find((f) => f.rule === rule && notConsistent(f) && f.claimIds.includes((claims[6] as Claim).id) && f.claimIds.includes((claims[1] as Claim).id));
    expect(decided).toBeDefined();
    let analysis = new FindingsAnalysis([early as Article, ...rest], claims);
    const stored = new Map(analysis.findings(before.map((f) => (f.id === decided!.id ? resolve(f) : f))).map((f) => [f.id, f]));
    // Kept by its decision, raised by no comparison (the changed copy meets copy 0 now).
    expect(stored.get(decided!.id)?.status).toBe('resolved');
    if (reopened) {
      // The workspace opened again: the analysis is built from the claims, the stored findings trusted
      // (every conflict decided here, so that decided findings raised by a comparison are noted too).
      for (const [id, f] of stored) if (notConsistent(f)) stored.set(id, f.status === 'open' ? resolve(f) : f);
      analysis = new FindingsAnalysis([early as Article, ...rest], claims);
      // In steps, one per stored finding: the service runs it in slices (seconds at newsroom scale at once).
      const stages = analysis.noteDecidedStaged([...stored.values()]);
      let steps = 0;
      while (!stages.next().done) steps++;
      expect(steps).toBe(stored.size);
    }
    const changed = edit.changed(claims);
    const removed = edit.removed(claims);
    analysis.updateClaims(changed, removed);
    const ids = new Set(analysis.touchedFindingIds());
    const delta = analysis.changedFindings([...stored.values()].filter((f) => ids.has(f.id)));
    for (const id of delta.removedIds) stored.delete(id);
    for (const f of delta.findings) stored.set(f.id, f);
    const current = new Map(claims.map((c) => [c.id, c]));
    for (const c of changed) current.set(c.id, c);
    for (const id of removed) current.delete(id);
    const full = new FindingsAnalysis(articles, claims.filter((c) => current.has(c.id)).map((c) => current.get(c.id) as Claim)).findings([...stored.values()]);
    return { decided: decided!, incremental: byId(stored.values()), full: byId(full) };
  }

  it('cross-source: the editor rejects a claim of the kept pair; the incremental analysis gives what a full one gives (review bug 1)', () => {
    const { decided, incremental, full } = keptThenEdited('cross-source', { changed: () => [], removed: (claims) => [(claims[1] as Claim).id] });
    expect(full.some((f) => f.id === decided.id)).toBe(false);
    expect(incremental).toEqual(full);
  });

  it('aligned passages: the editor rejects the changed copy\'s claim; the incremental analysis gives what a full one gives (review bug 1)', () => {
    const { decided, incremental, full } = keptThenEdited('aligned-passage', { changed: () => [], removed: (claims) => [(claims[6] as Claim).id] });
    expect(full.some((f) => f.id === decided.id)).toBe(false);
    expect(incremental).toEqual(full);
  });

  it('cross-source: an edit of a kept pair\'s claim that leaves the pair compared the same; incremental and full agree', () => {
    const { incremental, full } = keptThenEdited('cross-source', { changed: (claims) => [{ ...(claims[6] as Claim), period: '2024' }], removed: () => [] });
    expect(incremental).toEqual(full);
  });

  it('an analysis built again (workspace reopened, stored findings trusted) re-examines the kept pair too (review bug 1)', () => {
    for (const rule of ['cross-source', 'aligned-passage'] as const) {
      const removed = (claims: Claim[]) => [(claims[rule === 'cross-source' ? 1 : 6] as Claim).id];
      const { decided, incremental, full } = keptThenEdited(rule, { changed: () => [], removed }, 'reopened');
      expect(full.some((f) => f.id === decided.id)).toBe(false);
      expect(incremental).toEqual(full);
      // An edit elsewhere (the first copy's claim) leaves the decided findings as a full analysis does.
      const other = keptThenEdited(rule, { changed: (claims) => [{ ...(claims[0] as Claim), period: '2024' }], removed: () => [] }, 'reopened');
      expect(other.incremental).toEqual(other.full);
    }
  });

  it('a kept pair whose claim changed: a full analysis run twice on the same input gives the same findings (review bug 2)', () => {
    const list: Report[] = [...Array.from({ length: 6 }, (_, i) => ({ value: 18.6, day: i })), ...Array.from({ length: 3 }, (_, i) => ({ value: 24.3, day: i + 6 }))];
    const { articles, claims } = reports(list);
    const [, ...rest] = articles;
    const before = detectFindings(rest, claims.slice(1));
    const decided = before.find((f) => f.rule === 'cross-source' && notConsistent(f) && f.claimIds.includes((claims[6] as Claim).id) && f.claimIds.includes((claims[1] as Claim).id));
    expect(decided).toBeDefined();
    const first = detectFindings(articles, claims, before.map((f) => (f.id === decided!.id ? resolve(f) : f)));
    expect(first.find((f) => f.id === decided!.id)?.status).toBe('resolved');
    // The editor corrects the changed report's claim (its period): what the decision rested on changed.
    const edited = claims.map((c, i) => (i === 6 ? { ...c, period: '2024' } : c));
    const second = detectFindings(articles, edited, first);
    const third = detectFindings(articles, edited, second);
    expect(byId(third)).toEqual(byId(second));
    // The decision no longer holds and no comparison raises the pair: it is not raised again, open.
    expect(second.some((f) => f.id === decided!.id)).toBe(false);
  });
});

describe('cross-source: an article that gives the other report\'s value too does not disagree with it', () => {
  it('"8/9 giải" and "7/8 giải" in one report, "8 trong 9 giải" in the other: no conflict between 7/8 and 8/9', () => {
    const fields = { kind: 'ratio' as const, unit: 'giải', subject: 'Nadal', metric: 'giải masters', period: null };
    const a = makeArticle('tp', 'Tay vợt kết thúc năm với ngôi số 1 và tham dự 8/9 giải Masters 1000 sẽ nhận thêm 2 triệu USD. Từ đầu mùa tới giờ, Nadal đã dự 7/8 giải Masters 1000.', day(0), 'Tiền Phong');
    const b = makeArticle('tn', 'Theo quy định của ATP, tay vợt số 1 phải tham gia 8 trong 9 giải Masters 1000 để được thưởng thêm khoản tiền này.', day(0), 'Thanh Niên');
    const claims = [
      makeClaim(a, '8/9 giải', { ...fields, value: 8, total: 9 }),
      makeClaim(a, '7/8 giải', { ...fields, value: 7, total: 8 }),
      makeClaim(b, '8 trong 9 giải', { ...fields, value: 8, total: 9 }),
    ];
    const conflicts = detectFindings([a, b], claims).filter((f) => f.rule === 'cross-source' && notConsistent(f));
    expect(conflicts).toEqual([]);
    // Without the report's own "8/9", its "7/8" is a value the other report contradicts.
    const alone = detectFindings([a, b], claims.slice(1)).filter((f) => f.rule === 'cross-source' && notConsistent(f));
    expect(alone.length).toBeGreaterThan(0);
  });
});

describe('a short line copied with its article (issue 10: a count in a "label: value" line)', () => {
  const day = (i: number): string => new Date(Date.UTC(2025, 1, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const body =
    'Bão số 3 đổ bộ vào 5 tỉnh ven biển phía Bắc gây thiệt hại nặng nề về người và tài sản.\n' +
    'Theo báo cáo nhanh của Ban chỉ đạo, 120 tuyến đường bị sạt lở và chia cắt trong đêm.\n' +
    'Lực lượng cứu hộ đã điều động 2.000 chiến sĩ tới các xã bị cô lập để hỗ trợ người dân sơ tán.\n';
  const run = (lines: string[], quotes: string[]): Finding[] => {
    const articles: Article[] = [];
    const claims: Claim[] = [];
    lines.forEach((line, i) => {
      const a = makeArticle(`a${i}`, body + line, day(i), `bao${i}`);
      articles.push(a);
      claims.push(makeClaim(a, quotes[i] as string, { kind: 'count', unit: 'người', subject: null, metric: null, period: null, value: Number((quotes[i] as string).replace(/\./g, '')) }));
    });
    return detectFindings(articles, claims).filter((f) => f.type !== 'consistent');
  };

  it('flags the changed figure of a line too short to count as copied on its own, when the articles copy each other', () => {
    const found = run(['Số người chết: 12.', 'Số người chết: 12.', 'Số người chết: 15.'], ['12', '12', '15']);
    expect(found.filter((f) => f.rule === 'aligned-passage').map((f) => [...(f.articleIds ?? [])].sort())).toEqual([['a0', 'a2']]);
  });

  it('a source line with a file number is no figure changed', () => {
    expect(run(['Nguồn: 12301039.epi', 'Nguồn: 12307636.epi'], ['12301039', '12307636']).filter((f) => f.rule === 'aligned-passage')).toEqual([]);
  });
});
