import { describe, expect, it } from 'vitest';
import { FindingsAnalysis } from '../../../shared/analysis';
import { workDone } from '../../../shared/analysis/passages';
import type { Article, Claim } from '../../../shared/schema';
import { generateWorkspace } from '../../bench/analysisWorkspace';

/**
 * The generated workspace with every article republished by a second outlet a day later, one figure
 * changed in some copies (same length, so the claims keep their offsets): thousands of passages, aligned
 * pairs, same-event candidates and clusters of restated facts for the build's steps to share out.
 */
function generated(claimCount: number): { articles: Article[]; claims: Claim[] } {
  const { articles, claims } = generateWorkspace(claimCount, 20, 4);
  const copies: Article[] = [];
  const copied: Claim[] = [];
  for (const [k, a] of articles.entries()) {
    const own = claims.filter((c) => c.articleId === a.id);
    const first = own[0];
    const id = `${a.id}_copy`;
    let text = a.text;
    let changedQuote: string | null = null;
    if (first && k % 3 === 0) {
      changedQuote = first.quote.replace(/\d/, (d) => String((Number(d) % 9) + 1));
      text = a.text.slice(0, first.start) + changedQuote + a.text.slice(first.end);
    }
    copies.push({ ...a, id, source: `${id}.txt`, outlet: 'bao-copy', text, publishedAt: a.publishedAt });
    for (const c of own) {
      const quote = c === first && changedQuote !== null ? changedQuote : c.quote;
      copied.push({ ...c, id: `${c.id}_copy`, articleId: id, quote, ...(quote !== c.quote ? { value: Number(quote.replace('%', '').replace(',', '.')) } : {}) });
    }
  }
  return { articles: [...articles, ...copies], claims: [...claims, ...copied] };
}

/** The staged build run step by step: the analysis, and the most of each kind of work one step did. */
function stepwise(articles: readonly Article[], claims: readonly Claim[]): { analysis: FindingsAnalysis; most: Map<string, number>; total: Map<string, number>; steps: number } {
  const most = new Map<string, number>();
  const total = new Map<string, number>();
  const stages = FindingsAnalysis.staged(articles, claims);
  for (let steps = 1; ; steps++) {
    const before = { ...workDone };
    const step = stages.next();
    for (const [kind, n] of Object.entries(workDone)) {
      const did = n - (before[kind] ?? 0);
      most.set(kind, Math.max(most.get(kind) ?? 0, did));
      total.set(kind, (total.get(kind) ?? 0) + did);
    }
    if (step.done) return { analysis: step.value, most, total, steps };
  }
}

describe('the staged build (FindingsAnalysis.staged)', () => {
  // (The synchronous build runs the same generator to its end, so comparing the two would compare the build
  // with itself: that the findings are those of the build before it was split is checked by the analysis
  // tests against their expected findings and by tests/bench/analysisOutput.ts, not here.)
  it('on a generated workspace, no step does more than its share of any work', () => {
    const { articles, claims } = generated(1200);
    const { analysis, most, total } = stepwise(articles, claims);
    expect(analysis.findings().length).toBeGreaterThan(0);
    // Each kind of work happened, more of it than one step may do (so the bound is a bound)...
    const bounds: Record<string, number> = {
      facts: 64, // claims filed as facts (was 256 a step)
      passages: 1024, // passages keyed by shape (was every passage in one step)
      factPairs: 16, // pairs of restated facts compared (was 16 a cluster, and as many small clusters as 512 facts)
      pairDrafts: 32, // aligned pairs made into drafts (was 128)
      eventArticles: 16, // articles' event keys and pairing names (was 64, and every article's names at once)
      countedPairs: 512, // aligned pairs counted by claim pair (was every pair at once)
    };
    const kinds = Object.entries(bounds);
    expect(kinds.filter(([kind, bound]) => (total.get(kind) ?? 0) <= bound).map(([kind]) => kind)).toEqual([]);
    // ...and no step did more of it than its bound.
    expect(kinds.filter(([kind, bound]) => (most.get(kind) ?? 0) > bound).map(([kind]) => `${kind}: ${most.get(kind)} in one step`)).toEqual([]);
  }, 120_000);
});
