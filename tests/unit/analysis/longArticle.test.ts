import { describe, expect, it } from 'vitest';
import { detectFindings, FindingsAnalysis } from '../../../shared/analysis';
import { workDone } from '../../../shared/analysis/passages';
import { buildDocument } from '../../../shared/document';
import type { Claim } from '../../../shared/schema';
import { generatedLongArticle } from '../../bench/generate';
import { makeArticle, makeClaim } from './helpers';

/**
 * One very long article that restates a few templates thousands of times with other numbers (QA31 bug 2:
 * a 1 MB paste of 27,274 claims ran for over a minute, then threw "RangeError: Set maximum size exceeded
 * at compare … clusterDraftsStaged": every value of one fact in one article was compared with every
 * other). An article giving three values or more of one fact lists a series, whose values are never
 * compared with each other: those pairs are no longer listed at all.
 */
const long = (kb: number): ReturnType<typeof buildDocument> => buildDocument(generatedLongArticle(kb * 1000, 8), `long-${kb}k.txt`, '2026-01-01T00:00:00Z');

/** Pairs of restated facts the analysis compares (the work counter of the cross-source rule). */
function factPairs(run: () => void): number {
  const before = workDone.factPairs ?? 0;
  run();
  return (workDone.factPairs ?? 0) - before;
}

describe('one very long article', () => {
  it('the facts compared within one article grow in proportion to its claims, not with their square', () => {
    const small = long(40);
    const large = long(160);
    const a = factPairs(() => detectFindings([small.article], small.claims));
    const b = factPairs(() => detectFindings([large.article], large.claims));
    // Four times the claims of one template (hundreds of values of one fact in one article): the pairs
    // compared grow with them (before: 4,532 pairs for 40 KB, 61,043 for 160 KB; now none, as the
    // article lists a series).
    expect(large.claims.length).toBeGreaterThan(3.5 * small.claims.length);
    expect(b).toBeLessThan(6 * Math.max(a, 1));
    expect(b).toBeLessThan(10 * large.claims.length);
  });

  it('a 300 KB article (thousands of claims, one template) and a copy of part of it with figures changed are analysed, incrementally too, as in full', () => {
    const raw = generatedLongArticle(300_000, 8);
    const doc = buildDocument(raw, 'long-300k.txt', '2026-01-01T00:00:00Z');
    expect(doc.claims.length).toBeGreaterThan(2000);
    // Another outlet's copy of 40 of its paragraphs a day later, the first four-digit count of every
    // fourth paragraph changed (its first digit): aligned passages whose figures disagree.
    const paragraphs = raw.split('\n\n').slice(3, 43);
    const changed = paragraphs.map((p, i) => (i % 4 === 0 ? p.replace(/\b(\d)(\d{3})\b/, (_, a: string, b: string) => `${(Number(a) % 9) + 1}${b}`) : p));
    expect(changed.filter((p, i) => p !== paragraphs[i]).length).toBe(10);
    const copy = buildDocument(['Báo Khác', 'Trích số liệu', 'PV 9/3/2024 - 10:00', ...changed].join('\n\n') + '\n', 'copy.txt', '2026-01-01T00:00:00Z');
    const articles = [doc.article, copy.article];
    let claims = [...doc.claims, ...copy.claims];
    const full = detectFindings(articles, claims);
    expect(full.length).toBeGreaterThan(0);
    const analysis = FindingsAnalysis.staged(articles, claims);
    let built: FindingsAnalysis | undefined;
    for (let step = analysis.next(); ; step = analysis.next()) {
      if (step.done) {
        built = step.value;
        break;
      }
    }
    expect(built.findings()).toEqual(full);
    // A claim of a finding edited (its value moved), then another removed, analysed again each time: as a
    // full analysis of the claims left.
    const inFindings = claims.filter((c) => full.some((f) => f.claimIds.includes(c.id)));
    expect(inFindings.length).toBeGreaterThan(1);
    const [first, second] = inFindings as [Claim, Claim];
    let previous = full;
    for (const [changed, removed] of [[[{ ...first, value: (first.value ?? 0) + 1 }], []], [[], [second.id]]] as Array<[Claim[], string[]]>) {
      built.updateClaims(changed, removed);
      claims = claims.filter((c) => !removed.includes(c.id)).map((c) => changed.find((e) => e.id === c.id) ?? c);
      const again = detectFindings(articles, claims);
      expect(again.length).toBeGreaterThan(0);
      expect(again).not.toEqual(previous);
      expect(built.findings()).toEqual(again);
      previous = again;
    }
  });

  it('an article going from three values of one fact (a series) to two and back is analysed incrementally as in full', () => {
    const text = 'Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 80%. Cuối bài, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 85%. Lần nữa, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 90%.';
    const a = makeArticle('s', text, '2024-03-08');
    const b = makeArticle('o', 'Tỷ lệ hồ sơ trực tuyến của tỉnh Bắc Giang đạt 70%.', '2024-03-08');
    const fact = { kind: 'percent' as const, unit: '%', subject: 'Bắc Giang', metric: 'tỷ lệ hồ sơ trực tuyến', period: null };
    const claim = (article: typeof a, quote: string, value: number, id: string): Claim => ({ ...makeClaim(article, quote, { ...fact, value }), id });
    let claims = [claim(a, '80%', 80, 'A80'), claim(a, '85%', 85, 'A85'), claim(a, '90%', 90, 'A90'), claim(b, '70%', 70, 'B70')];
    const analysis = new FindingsAnalysis([a, b], claims);
    expect(analysis.findings()).toEqual(detectFindings([a, b], claims));
    const edits: Array<[string, Partial<Claim>]> = [
      ['A90', { value: 85 }],
      ['A90', { value: 90 }],
      ['A90', { metric: 'tỷ lệ hộ nghèo' }],
      ['A90', { metric: fact.metric }],
      ['A85', { value: 80 }],
      ['A90', { value: 80 }],
      ['A85', { value: 85 }],
    ];
    const internal: number[] = [];
    for (const [id, patch] of edits) {
      const edited = { ...(claims.find((c) => c.id === id) as Claim), ...patch };
      claims = claims.map((c) => (c.id === id ? edited : c));
      analysis.updateClaims([edited]);
      const full = detectFindings([a, b], claims);
      expect(analysis.findings()).toEqual(full);
      internal.push(full.filter((f) => f.type === 'internal').length);
    }
    // Two values left in the article (after the first edit): its two statements disagree; three: a series.
    expect(internal[0]).toBeGreaterThan(0);
    expect(internal[1]).toBe(0);
  });
});
