import { describe, expect, it } from 'vitest';
import { detectFindings, FindingsAnalysis } from '../../../shared/analysis';
import { buildContext } from '../../../shared/analysis/context';
import { crossSourceDrafts, NEAREST_VALUES } from '../../../shared/analysis/cross';
import { factOf, type FactView } from '../../../shared/analysis/facts';
import { NEAREST_ARTICLES } from '../../../shared/analysis/nearest';
import type { Article, Claim, Finding } from '../../../shared/schema';
import { makeArticle, makeClaim } from './helpers';

// One fact restated by many articles, each with its own value: a newsroom workspace's shape.
const base = { kind: 'percent' as const, unit: '%', subject: 'Bắc Giang', metric: 'kinh tế số / GRDP', period: 'năm 2023' };
const day = (i: number): string => new Date(Date.UTC(2024, 2, 1) + i * 86_400_000).toISOString().slice(0, 10);
const valueOf = (i: number): string => `${20 + i},13%`;

function reports(n: number): { articles: Article[]; claims: Claim[] } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    // Ids not in publication order: nearness is by time, not by id.
    const a = makeArticle(`a_${String((i * 7) % n).padStart(2, '0')}`, `Kinh tế số của tỉnh năm 2023 chiếm ${valueOf(i)} tổng sản phẩm (GRDP) trên địa bàn tỉnh.`, day(i));
    articles.push(a);
    claims.push(makeClaim(a, valueOf(i), { ...base, value: 20.13 + i }));
  }
  return { articles, claims };
}

const twoClaimFindings = (findings: readonly Finding[]) => findings.filter((f) => f.claimIds.length >= 2);
const byId = (list: Iterable<Finding>): Finding[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('findings grow with the reports of one fact, not with their pairs', () => {
  it('30 reports of one fact with 30 values: cross-source compares each value with its nearest in time only, and every value is still flagged', () => {
    const { articles, claims } = reports(30);
    const ctx = buildContext(articles, claims);
    const facts = claims.map((c) => factOf(c, ctx)).filter((f): f is FactView => f !== null);
    expect(facts).toHaveLength(30);
    const drafts = crossSourceDrafts(facts, ctx);
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.length).toBeLessThanOrEqual(claims.length * NEAREST_VALUES);
    const flagged = new Set(drafts.flatMap((d) => d.claimIds));
    for (const c of claims) expect(flagged.has(c.id)).toBe(true);
    // Compared with the nearest reports: the first with the next four, never with the last.
    const first = claims[0] as Claim;
    const partners = new Set(drafts.filter((d) => d.claimIds.includes(first.id)).flatMap((d) => d.claimIds).filter((id) => id !== first.id));
    expect([...partners].sort()).toEqual(claims.slice(1, 1 + NEAREST_VALUES).map((c) => c.id).sort());
  });

  it('30 articles restating one sentence with 30 values: the whole analysis gives at most claims × K findings, each claim still in one', () => {
    const { articles, claims } = reports(30);
    const findings = twoClaimFindings(detectFindings(articles, claims));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.length).toBeLessThanOrEqual(claims.length * Math.max(NEAREST_VALUES, NEAREST_ARTICLES));
    const flagged = new Set(findings.flatMap((f) => f.claimIds));
    for (const c of claims) expect(flagged.has(c.id)).toBe(true);
    // Each article is compared with its nearest articles in time: never the first with the last.
    const [first, last] = [claims[0] as Claim, claims[29] as Claim];
    expect(findings.some((f) => f.claimIds.includes(first.id) && f.claimIds.includes(last.id))).toBe(false);
  });

  it('five reports of one fact still compare every pair (the corpus clusters are unchanged)', () => {
    const { articles, claims } = reports(5);
    const findings = twoClaimFindings(detectFindings(articles, claims));
    const pairs = new Set(findings.map((f) => [...f.claimIds].sort().join('|')));
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) expect(pairs.has([claims[i]!.id, claims[j]!.id].sort().join('|'))).toBe(true);
  });

  it('an edit that changes which values are nearest: the incremental analysis gives what a full one gives', () => {
    const { articles, claims } = reports(30);
    const analysis = new FindingsAnalysis(articles, claims);
    const stored = new Map(analysis.findings().map((f) => [f.id, f]));
    // Claim 10 takes claim 3's value: its value class merges into an earlier one, the classes after
    // it move up one, and each value's nearest neighbours change; then claim 20 is removed.
    const steps: Array<{ changed: Claim[]; removed: string[] }> = [
      { changed: [{ ...(claims[10] as Claim), value: (claims[3] as Claim).value }], removed: [] },
      { changed: [], removed: [(claims[20] as Claim).id] },
      { changed: [{ ...(claims[10] as Claim) }], removed: [] },
    ];
    const current = new Map(claims.map((c) => [c.id, c]));
    let touched = 0;
    for (const s of steps) {
      for (const c of s.changed) current.set(c.id, c);
      for (const id of s.removed) current.delete(id);
      analysis.updateClaims(s.changed, s.removed);
      const ids = new Set(analysis.touchedFindingIds());
      const delta = analysis.changedFindings([...stored.values()].filter((f) => ids.has(f.id)));
      touched += delta.findings.length + delta.removedIds.length;
      for (const id of delta.removedIds) stored.delete(id);
      for (const f of delta.findings) stored.set(f.id, f);
      const full = new FindingsAnalysis(articles, claims.filter((c) => current.has(c.id)).map((c) => current.get(c.id) as Claim)).findings();
      expect(byId(stored.values())).toEqual(byId(full));
    }
    expect(touched).toBeGreaterThan(0);
  });
});
