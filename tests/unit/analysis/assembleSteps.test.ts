import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FindingsAnalysis, sortStaged } from '../../../shared/analysis';
import type { Article, Claim, Finding } from '../../../shared/schema';
import { makeArticle, makeClaim } from './helpers';

/**
 * `findingsStaged` runs in the service in slices of a few ms. Its first part walks every draft of the
 * analysis (whether a cross-source draft stands, whether a passage draft does): at a newsroom's
 * 30,000 findings that is tens of ms, so it must be done in bounded steps too, not in the first one.
 */

type Probe = { keepCross: (d: unknown) => boolean; keepEvent: (d: unknown) => boolean };

/** Counts the drafts examined (keepCross / keepEvent calls) in each step of `findingsStaged`. */
function examinedPerStep(analysis: FindingsAnalysis, previous: readonly Finding[]): { findings: Finding[]; perStep: number[] } {
  const probe = analysis as unknown as Probe;
  const { keepCross, keepEvent } = probe;
  let examined = 0;
  probe.keepCross = (d) => (examined++, keepCross(d));
  probe.keepEvent = (d) => (examined++, keepEvent(d));
  try {
    const perStep: number[] = [];
    const stages = analysis.findingsStaged(previous);
    for (;;) {
      examined = 0;
      const step = stages.next();
      perStep.push(examined);
      if (step.done) return { findings: step.value, perStep };
    }
  } finally {
    probe.keepCross = keepCross;
    probe.keepEvent = keepEvent;
  }
}

/**
 * `n` reports of eight provinces' poverty rate in 2023, the figures drawn apart: findings of aligned
 * passages by the hundred (some 2 drafts an article), and internal ones where a report gives a share over 100%.
 */
function reports(n: number): { articles: Article[]; claims: Claim[] } {
  const provinces = ['Bắc Ninh', 'Hải Dương', 'Nam Định', 'Thái Bình', 'Hưng Yên', 'Ninh Bình', 'Hà Nam', 'Phú Thọ'];
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const province = provinces[i % provinces.length] as string;
    const quote = `${10 + (i % 37)},${i % 10}%`;
    // Every 25th report also gives a share over 100%: an internal finding of its own.
    const over = `10${1 + (i % 9)}%`;
    const again = i % 25 === 0 ? ` Tỷ lệ hộ dùng nước sạch chiếm ${over}.` : '';
    const a = makeArticle(`a${i}`, `Bài số ${i} về ${province}\n\nNăm 2023, tỷ lệ hộ nghèo của tỉnh ${province} còn ${quote} theo số liệu báo cáo số ${i}.${again}`, `2024-0${1 + (i % 9)}-1${i % 10}`, `Báo ${i % 13}`);
    articles.push(a);
    const rate = { kind: 'percent', unit: '%', subject: province, metric: 'tỷ lệ hộ nghèo', period: '2023' } as const;
    claims.push(makeClaim(a, quote, { ...rate, value: 10 + (i % 37) + (i % 10) / 10 }));
    if (again) claims.push(makeClaim(a, over, { kind: 'percent', unit: '%', value: 101 + (i % 9) }));
  }
  return { articles, claims };
}

/** The private parts of FindingsAnalysis the assembly before the staged one (the oracle below) used. */
type Internals = {
  articles: readonly Article[];
  crossByBlock: Map<unknown, unknown[]>;
  internalByArticle: Map<string, unknown[]>;
  passages: { drafts: unknown[][] };
  keepCross: (d: unknown) => boolean;
  keepEvent: (d: unknown) => boolean;
  assemble: (drafts: unknown[], previous: readonly Finding[], options: object) => Generator<void, { findings: Finding[]; seen: Set<string>; notSame: Map<string, Finding> }>;
  dismissalsKept: (notSame: Map<string, Finding>, seen: Set<string>) => Finding[];
};

/** The order the analysis lists findings in (its TYPE_ORDER): contradictions, internal, updates, consistent; then by id. */
const TYPE_RANK: Record<Finding['type'], number> = { conflict: 0, internal: 1, update: 2, consistent: 3 };
function listedOrder(a: Finding, b: Finding): number {
  return TYPE_RANK[a.type] - TYPE_RANK[b.type] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The assembly as it was before it was staged, kept as the oracle: every draft gathered at once in
 * that order (cross-source, then aligned passages, then internal: `assemble` keeps the first draft of
 * an id), assembled, and sorted in one go into the listed order.
 */
function assembledAtOnce(analysis: FindingsAnalysis, previous: readonly Finding[]): Finding[] {
  const a = analysis as unknown as Internals;
  const cross: unknown[] = [];
  for (const list of a.crossByBlock.values()) for (const d of list) if (a.keepCross.call(a, d)) cross.push(d);
  const internal: unknown[] = [];
  for (const art of a.articles) internal.push(...(a.internalByArticle.get(art.id) ?? []));
  const aligned: unknown[] = [];
  for (const list of a.passages.drafts) for (const d of list) if (a.keepEvent.call(a, d)) aligned.push(d);
  const stages = a.assemble.call(a, [...cross, ...aligned, ...internal], previous, {});
  let step = stages.next();
  while (!step.done) step = stages.next();
  const { findings, seen, notSame } = step.value;
  findings.push(...a.dismissalsKept.call(a, notSame, seen));
  return findings.sort(listedOrder);
}

describe('findingsStaged', () => {
  it('examines the drafts a bounded number at a time, more steps for more drafts, with the findings (and order) of the assembly before it was staged', () => {
    const small = reports(150);
    const large = reports(1000);
    const runs = [small, large].map(({ articles, claims }) => {
      const analysis = new FindingsAnalysis(articles, claims);
      // Some findings decided before, as the service passes the stored ones.
      const previous = analysis.findings().map((f, i) => (i % 5 === 0 ? { ...f, status: 'dismissed' as const, resolution: 'Bỏ qua: khác phạm vi' } : f));
      const staged = examinedPerStep(new FindingsAnalysis(articles, claims), previous);
      // The same findings, in the same order, as the assembly before it was staged.
      expect(staged.findings).toEqual(assembledAtOnce(new FindingsAnalysis(articles, claims), previous));
      expect(staged.findings.some((f) => f.status === 'dismissed')).toBe(true);
      expect(new Set(staged.findings.map((f) => f.type)).size).toBeGreaterThan(1);
      const total = staged.perStep.reduce((a, b) => a + b, 0);
      return { ...staged, total };
    });
    const [s, l] = runs as [(typeof runs)[0], (typeof runs)[0]];
    // The larger workspace has many more drafts to examine...
    expect(l.total).toBeGreaterThan(2 * s.total);
    expect(l.total).toBeGreaterThan(4 * 300);
    // ...which take more steps, each examining a bounded number (a draft's keepEvent may ask
    // keepCross of the few drafts of its pair), whatever the size.
    expect(l.perStep.length).toBeGreaterThan(s.perStep.length);
    expect(Math.max(...s.perStep, ...l.perStep)).toBeLessThanOrEqual(300);
  });
});

describe('sortStaged', () => {
  it('sorts as Array.prototype.sort does (stably, ties in their order), each step comparing a bounded number', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), at: fc.nat() }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (items, perStep) => {
        let compared = 0;
        const compare = (a: { key: number }, b: { key: number }) => (compared++, a.key - b.key);
        const stages = sortStaged(items, compare, perStep);
        let most = 0;
        for (;;) {
          compared = 0;
          const step = stages.next();
          most = Math.max(most, compared);
          if (step.done) {
            expect(step.value).toEqual([...items].sort((a, b) => a.key - b.key));
            break;
          }
        }
        // A run of perStep sorted at once (n log n comparisons), or perStep merge comparisons.
        expect(most).toBeLessThanOrEqual(Math.max(perStep, perStep * Math.ceil(Math.log2(perStep + 1))));
      }),
    );
  });
});

describe('sortStaged with a step size below 1', () => {
  it('refuses it instead of looping for ever', () => {
    for (const perStep of [0, -3, 0.5, Number.NaN]) {
      expect(() => sortStaged([3, 1, 2], (a, b) => a - b, perStep).next()).toThrow(RangeError);
    }
  });
});
