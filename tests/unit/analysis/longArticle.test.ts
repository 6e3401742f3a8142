import { describe, expect, it } from 'vitest';
import { detectFindings, FindingsAnalysis } from '../../../shared/analysis';
import { workDone } from '../../../shared/analysis/passages';
import { buildDocument } from '../../../shared/document';
import type { Claim } from '../../../shared/schema';
import { generatedLongArticle } from '../../bench/generate';

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

  it('a 300 KB article (thousands of claims, one template) is analysed, incrementally too, without throwing', () => {
    const doc = long(300);
    expect(doc.claims.length).toBeGreaterThan(2000);
    const full = detectFindings([doc.article], doc.claims);
    const analysis = FindingsAnalysis.staged([doc.article], doc.claims);
    let built: FindingsAnalysis | undefined;
    for (let step = analysis.next(); ; step = analysis.next()) {
      if (step.done) {
        built = step.value;
        break;
      }
    }
    expect(built.findings()).toEqual(full);
    // An edit of one claim (its value), analysed again: as a full analysis of the edited claims.
    const first = doc.claims[0] as Claim;
    const edited: Claim = { ...first, value: (first.value ?? 0) + 1 };
    built.updateClaims([edited]);
    const claims = doc.claims.map((c) => (c.id === first.id ? edited : c));
    expect(built.findings()).toEqual(detectFindings([doc.article], claims));
  });
});
