/**
 * Analysis benchmark: generates a workspace of 100,000 claims and one of 1,000,000 (10×), runs
 * detectFindings on each and prints the time and the ratio, then the incremental re-analysis after one
 * claim edit. Targets: 100k < 1 s; 10× ≤ 12× time; one edit < 50 ms.
 *   npx tsx tests/bench/analysis.bench.ts [claims=100000]
 * Not part of the test suite: timings depend on the machine.
 */
import { detectFindings, FindingsAnalysis } from '../../shared/analysis';
import type { Article, Claim } from '../../shared/schema';
import { generateWorkspace } from './analysisWorkspace';

function timeAnalysis(claimCount: number, runs: number): { ms: number; findings: number; articles: number } {
  const { articles, claims } = generateWorkspace(claimCount);
  let best = Infinity;
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    findings = detectFindings(articles, claims).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, findings, articles: articles.length };
}

const size = Number(process.argv[2] ?? 100_000);
detectFindings(...Object.values(generateWorkspace(2_000)) as [Article[], Claim[]]); // warm up the JIT
const small = timeAnalysis(size, 3);
console.log(`${size.toLocaleString('en-US')} claims, ${small.articles} articles: ${small.ms.toFixed(0)} ms (best of 3), ${small.findings} findings`);
const large = timeAnalysis(size * 10, 2);
console.log(`${(size * 10).toLocaleString('en-US')} claims, ${large.articles} articles: ${large.ms.toFixed(0)} ms (best of 2), ${large.findings} findings`);
console.log(`ratio 10×/1×: ${(large.ms / small.ms).toFixed(2)} (target ≤ 12); 1× target < 1000 ms: ${small.ms < 1000 ? 'met' : 'NOT met'}`);

// Re-analysis after one edit: the analysis kept in memory re-examines the edited claim's block, article
// and aligned pairs, and hands back only the findings that changed (what the service stores).
{
  const { articles, claims } = generateWorkspace(size);
  const analysis = new FindingsAnalysis(articles, claims);
  const stored = new Map(analysis.findings().map((f) => [f.id, f]));
  const times: number[] = [];
  let touched = 0;
  for (let i = 0; i < 20; i++) {
    const claim = claims[(i * 7919) % claims.length] as Claim;
    const edited = { ...claim, value: (claim.value ?? 0) + 1 + i };
    const t0 = performance.now();
    analysis.updateClaims([edited]);
    const ids = analysis.touchedFindingIds();
    const previous = ids.flatMap((id) => stored.get(id) ?? []);
    const delta = analysis.changedFindings(previous);
    times.push(performance.now() - t0);
    for (const id of delta.removedIds) stored.delete(id);
    for (const f of delta.findings) stored.set(f.id, f);
    touched += ids.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  console.log(
    `one claim edited in ${size.toLocaleString('en-US')}: ${median.toFixed(1)} ms median of 20 (max ${(times[times.length - 1] as number).toFixed(1)} ms), ` +
      `${(touched / 20).toFixed(0)} of ${stored.size} findings looked at per edit; target < 50 ms: ${median < 50 ? 'met' : 'NOT met'}`,
  );
}
