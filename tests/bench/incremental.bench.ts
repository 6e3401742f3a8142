/**
 * The kept analysis's re-analysis after one correction, without the store: generated news articles
 * (tests/bench/generate.ts, extracted by buildDocument), the analysis built once, then BENCH_SAMPLES
 * corrections of claims that stand in findings, each timed through updateClaims, touchedFindingIds and
 * changedFindings (what the service does between the edit's commit and the findings' commit).
 *   npx tsx tests/bench/incremental.bench.ts [articles=1000]
 * Prints the median and p95, the findings looked at per edit and those that changed; not a test.
 */
import { FindingsAnalysis } from '../../shared/analysis';
import { buildDocument } from '../../shared/document';
import type { Finding } from '../../shared/schema';
import { generatedNews } from './generate';

const ARTICLES = Number(process.argv[2] ?? 1000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const { articles, claims } = generatedNews(ARTICLES, buildDocument);
/** Runs staged work step by step: its result, the steps, the longest (ms) and which step it was. */
function timedSteps<T>(stages: Generator<void, T>): { value: T; steps: number; longest: number; longestAt: number } {
  let longest = 0;
  let longestAt = 0;
  for (let steps = 0; ; steps++) {
    const s0 = performance.now();
    const step = stages.next();
    const took = performance.now() - s0;
    if (took > longest) [longest, longestAt] = [took, steps];
    if (step.done) return { value: step.value, steps: steps + 1, longest, longestAt };
  }
}
// Built in slices as the service builds it in the background, its findings assembled so too (the
// service's full analysis): the longest step is how long the event loop stands still at most.
let t = performance.now();
const build = timedSteps(FindingsAnalysis.staged(articles, claims));
const analysis = build.value;
const built = performance.now() - t;
t = performance.now();
const assembly = timedSteps(analysis.findingsStaged());
const stored = new Map(assembly.value.map((f) => [f.id, f]));
console.log(
  `${ARTICLES} articles, ${claims.length} claims, ${stored.size} findings; analysis built in ${built.toFixed(0)} ms ` +
    `(${build.steps} steps, the longest ${build.longest.toFixed(1)} ms, step ${build.longestAt}), its findings assembled in ${(performance.now() - t).toFixed(0)} ms ` +
    `(${assembly.steps} steps, the longest ${assembly.longest.toFixed(1)} ms, step ${assembly.longestAt})`,
);
const inFindings = new Set([...stored.values()].flatMap((f) => f.claimIds));
const targets = claims.filter((c) => inFindings.has(c.id) && c.value !== null).slice(0, SAMPLES);
const times: number[] = [];
const cpus: number[] = [];
let looked = 0;
let changed = 0;
for (const [i, c] of targets.entries()) {
  t = performance.now();
  const c0 = process.cpuUsage();
  analysis.updateClaims([{ ...c, value: (c.value ?? 0) + 1 + i }]);
  const ids = analysis.touchedFindingIds();
  const previous: Finding[] = ids.flatMap((id) => stored.get(id) ?? []);
  for (const f of stored.values()) if (f.decision?.reason === 'not-same-fact') previous.push(f);
  const delta = analysis.changedFindings(previous);
  times.push(performance.now() - t);
  const used = process.cpuUsage(c0);
  cpus.push((used.user + used.system) / 1000);
  for (const id of delta.removedIds) stored.delete(id);
  for (const f of delta.findings) stored.set(f.id, f);
  looked += ids.length;
  changed += delta.findings.length + delta.removedIds.length;
}
const sorted = [...times].sort((a, b) => a - b);
const pct = (p: number, xs = sorted): number => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;
const cpu = [...cpus].sort((a, b) => a - b);
console.log(
  `one correction re-analysed: wall p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, max ${(sorted[sorted.length - 1] as number).toFixed(1)} ms; ` +
    `CPU p50 ${pct(50, cpu).toFixed(1)} ms, p95 ${pct(95, cpu).toFixed(1)} ms (${times.length} corrections); ` +
    `${(looked / times.length).toFixed(0)} findings looked at and ${(changed / times.length).toFixed(1)} changed per edit; target < 50 ms: ${pct(50) < 50 ? 'met' : 'NOT met'}`,
);
