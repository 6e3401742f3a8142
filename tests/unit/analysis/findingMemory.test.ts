import { describe, expect, it, vi } from 'vitest';
import { detectFindings, FindingsAnalysis } from '../../../shared/analysis';
import type { PassageSide } from '../../../shared/analysis/model';
import type { Article, Claim, Finding } from '../../../shared/schema';
import { expectIncrementalAsFull, makeArticle, makeClaim } from './helpers';

/**
 * What findings cost in memory (issue 9: 10,000 generated articles must import within the default
 * heap) without changing what is found: a figure's side of an aligned passage is one object for every
 * finding that compares it, and cross-source drafts that can never stand are not kept.
 */

const base = { kind: 'percent' as const, unit: '%', subject: 'Hà Nam', metric: 'kinh tế số / GRDP', period: 'năm 2024' };
const day = (i: number): string => new Date(Date.UTC(2025, 1, 1) + i * 86_400_000).toISOString().slice(0, 10);

/** A wire story of three sentences with figures (copies of it count as one text republished); the first figure varies. */
const wire = (v: string): string =>
  `Năm 2024, kinh tế số của Hà Nam chiếm ${v} GRDP của tỉnh theo báo cáo mới công bố. ` +
  'Toàn tỉnh có 1.250 doanh nghiệp công nghệ số đang hoạt động, tăng 180 doanh nghiệp so với năm trước. ' +
  'Hạ tầng viễn thông phủ sóng 4G tới 98 xã, phường và thị trấn trên địa bàn tỉnh. ' +
  'Tỉnh đặt mục tiêu đến năm 2030 có 3.000 doanh nghiệp công nghệ số.';

function copies(values: readonly number[]): { articles: Article[]; claims: Claim[] } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const [i, v] of values.entries()) {
    const written = `${String(v).replace('.', ',')}%`;
    const a = makeArticle(`wire_${String(i).padStart(3, '0')}`, wire(written), day(i), `bao${i}`);
    articles.push(a);
    claims.push(makeClaim(a, written, { ...base, value: v }));
  }
  return { articles, claims };
}

const sides = (findings: readonly Finding[]): PassageSide[] =>
  findings.filter((f) => f.rule === 'aligned-passage').flatMap((f) => {
    const facts = f.facts as unknown as { a: PassageSide; b: PassageSide };
    return [facts.a, facts.b];
  });

describe('findings cost little memory per finding, and find the same', () => {
  it('the findings comparing one figure share one side object, which renders the passage from the article text', () => {
    // Twelve copies, each with its own value: every copy compared with several others.
    const { articles, claims } = copies(Array.from({ length: 12 }, (_, i) => 18.6 + i));
    const findings = detectFindings(articles, claims);
    const all = sides(findings);
    expect(all.length).toBeGreaterThan(12);
    const byPlace = new Map<string, PassageSide[]>();
    for (const s of all) {
      const k = `${s.articleId}@${s.figure.start}`;
      byPlace.set(k, [...(byPlace.get(k) ?? []), s]);
    }
    // Some figure is in more than one finding, and all of them hold the very same side.
    expect([...byPlace.values()].some((list) => list.length > 1)).toBe(true);
    for (const list of byPlace.values()) for (const s of list) expect(s).toBe(list[0]);
    // The shared side is still the passage as published: its sentence and figure read off the article text.
    const text = new Map(articles.map((a) => [a.id, a.text]));
    for (const s of all) {
      const t = text.get(s.articleId) as string;
      expect(s.sentence.text).toBe(t.slice(s.sentence.start, s.sentence.end));
      expect(s.figure.quote).toBe(t.slice(s.figure.start, s.figure.end));
      expect(s.sentence.start).toBeLessThanOrEqual(s.figure.start);
      expect(s.figure.end).toBeLessThanOrEqual(s.sentence.end);
      expect(s.claimId).toBe(claims.find((c) => c.articleId === s.articleId)?.id);
    }
    // Shared objects, the same JSON as sides made one by one (what the store writes and the view reads).
    const again = sides(detectFindings(articles.map((a) => ({ ...a })), claims.map((c) => ({ ...c }))));
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(all)));
  });

  it('a side kept for a figure is made again when its article’s claims change (the claim at the figure rejected)', () => {
    const { articles, claims } = copies(Array.from({ length: 8 }, (_, i) => 18.6 + i));
    const analysis = new FindingsAnalysis(articles, claims);
    const stored = new Map(analysis.findings().map((f) => [f.id, f]));
    const gone = claims[3] as Claim;
    expect(sides([...stored.values()]).some((s) => s.claimId === gone.id)).toBe(true);
    analysis.updateClaims([], [gone.id]);
    const ids = new Set(analysis.touchedFindingIds());
    const delta = analysis.changedFindings([...stored.values()].filter((f) => ids.has(f.id)));
    for (const id of delta.removedIds) stored.delete(id);
    for (const f of delta.findings) stored.set(f.id, f);
    const rest = claims.filter((c) => c !== gone);
    const full = new FindingsAnalysis(articles, rest).findings();
    const byId = (list: Iterable<Finding>): Finding[] => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(stored.values())).toEqual(byId(full));
    // The rejected claim is named nowhere; its article's figure is still compared, without a claim.
    expect(sides([...stored.values()]).some((s) => s.claimId === gone.id)).toBe(false);
    expect(sides([...stored.values()]).some((s) => s.articleId === gone.articleId && s.claimId === null)).toBe(true);
  });

  it('keeps no cross-source conflict between copies of one text (never raised: the passages compare them), and raises the same', () => {
    const { articles, claims } = copies([18.6, 18.6, 24.3, 18.6, 31.2, 18.6]);
    const analysis = new FindingsAnalysis(articles, claims);
    const findings = analysis.findings();
    // The copies' changed figures are raised as aligned passages, none as a cross-source conflict.
    expect(findings.some((f) => f.rule === 'aligned-passage' && f.type === 'conflict')).toBe(true);
    expect(findings.some((f) => f.rule === 'cross-source' && f.type !== 'consistent')).toBe(false);
    // What the analysis holds for later edits: only cross-source drafts that may stand.
    const held = [...(analysis as unknown as { crossByBlock: Map<string, Array<{ type: string }>> }).crossByBlock.values()].flat();
    expect(held.filter((d) => d.type !== 'consistent')).toEqual([]);
    // An edit afterwards still gives what a full analysis gives.
    const edited = { ...(claims[2] as Claim), value: 18.6 };
    expectIncrementalAsFull(analysis, articles, claims, new Map(findings.map((f) => [f.id, f])), [{ changed: [edited], removed: [] }]);
  });

  it('the staged build drops the drafts that cannot stand one block per step, not all blocks in one step', () => {
    // Three stories (three subjects, so three blocks), each republished with changed figures.
    const provinces = ['Hà Nam', 'Nam Định', 'Thái Bình'];
    const articles: Article[] = [];
    const claims: Claim[] = [];
    for (const [k, province] of provinces.entries()) {
      for (const [i, v] of [18.6, 24.3, 18.6, 31.2].entries()) {
        const written = `${String(v).replace('.', ',')}%`;
        const a = makeArticle(`w${k}_${i}`, wire(written).replaceAll('Hà Nam', province), day(i), `bao${i}`);
        articles.push(a);
        claims.push(makeClaim(a, written, { ...base, subject: province, value: v }));
      }
    }
    const standing = vi.spyOn(FindingsAnalysis.prototype as unknown as { standing: (d: unknown[]) => unknown[] }, 'standing');
    const steps = FindingsAnalysis.staged(articles, claims);
    const perStep: number[] = [];
    let r = steps.next();
    for (;;) {
      perStep.push(standing.mock.calls.length);
      standing.mockClear();
      if (r.done) break;
      r = steps.next();
    }
    standing.mockRestore();
    const analysis = r.value;
    const clustered = [...(analysis as unknown as { clustersByBlock: Map<string, unknown[]> }).clustersByBlock.values()].filter((c) => c.length > 0);
    expect(clustered.length).toBe(provinces.length);
    // Each block's clusters are examined in a step of their own.
    expect(perStep.filter((n) => n > 0)).toHaveLength(clustered.length);
    expect(analysis.findings()).toEqual(new FindingsAnalysis(articles, claims).findings());
  });

  it('shares sides within one analysis only: a finding changed by its holder does not show in another analysis', () => {
    // Articles as the store keeps them (the same objects for every analysis), without claims: the
    // sides of one analysis must not be handed out by the next.
    const { articles } = copies([18.6, 19.6, 20.6, 21.6]);
    const first = sides(detectFindings(articles, []));
    const second = sides(detectFindings(articles, []));
    expect(first.length).toBeGreaterThan(0);
    expect(second.filter((s) => first.includes(s))).toEqual([]);
    const clean = JSON.stringify(second);
    (first[0] as { quote: string }).quote = 'MUTATED';
    const third = sides(detectFindings(articles, []));
    expect(third.some((s) => s.quote === 'MUTATED')).toBe(false);
    expect(JSON.stringify(third)).toBe(clean);
  });

  it('an edit keeps no cross-source draft between copies either (the clusters re-examined after updateClaims)', () => {
    const { articles, claims } = copies([18.6, 18.6, 24.3, 18.6, 31.2, 18.6]);
    const analysis = new FindingsAnalysis(articles, claims);
    const findings = analysis.findings();
    const held = (): Array<{ type: string }> =>
      [...(analysis as unknown as { crossByBlock: Map<string, Array<{ type: string }>> }).crossByBlock.values()].flat();
    // A new value at a copy's figure: its cluster is drafted again, with conflicts between copies.
    const edited = { ...(claims[1] as Claim), value: 40.1 };
    expectIncrementalAsFull(analysis, articles, claims, new Map(findings.map((f) => [f.id, f])), [{ changed: [edited], removed: [] }], () =>
      expect(held().filter((d) => d.type !== 'consistent')).toEqual([]),
    );
  });

  it('one kept analysis assembles its findings in Vietnamese, then in English, each explained in its language', () => {
    const { articles, claims } = copies([18.6, 24.3, 18.6, 31.2]);
    const analysis = new FindingsAnalysis(articles, claims);
    const vi = analysis.findings([], { language: 'vi' });
    const en = analysis.findings([], { language: 'en' });
    const viAgain = analysis.findings([], { language: 'vi' });
    expect(vi.length).toBeGreaterThan(0);
    expect(vi).toEqual(new FindingsAnalysis(articles, claims).findings([], { language: 'vi' }));
    expect(en).toEqual(new FindingsAnalysis(articles, claims).findings([], { language: 'en' }));
    expect(viAgain).toEqual(vi);
    // The same findings, each with its own explanation per language.
    expect(en.map((f) => f.id)).toEqual(vi.map((f) => f.id));
    for (const [i, f] of en.entries()) expect(f.explanation).not.toBe((vi[i] as Finding).explanation);
  });
});

