// A correction's re-analysis on a real workspace (issue 9 / issue 10): prints figures, not a test.
//   npx tsx tests/bench/reanalysis.bench.ts
// BENCH_ARTICLES (default 200) generated articles (tests/bench/generate.ts) imported by the service
// (extraction + full analysis), then BENCH_SAMPLES (default 30) corrections of claims that stand in
// findings, each timed until its incremental re-analysis is stored (analysis inline, as the CLI runs
// it): the kept analysis hands back the findings the edit changed, and only those are read and written.
import { performance } from 'node:perf_hooks';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWriting } from '../../electron/services/open';
import { writeGeneratedArticles } from './generate';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 200);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const dir = await mkdtemp(join(tmpdir(), 'crosscheck-reanalysis-bench-'));
const service = await openForWriting(join(dir, 'ws'), { seedsDir: null, defaultReviewer: 'bench' });
let t = performance.now();
await service.importPaths([writeGeneratedArticles(join(dir, 'articles'), ARTICLES)]);
const findings = await service.listFindings();
const claims = await service.listClaims();
console.log(`${ARTICLES} articles imported (with the full analysis) in ${((performance.now() - t) / 1000).toFixed(1)} s: ${claims.length} claims, ${findings.length} findings`);

const inFindings = new Set(findings.flatMap((f) => f.claimIds));
const targets = claims.filter((c) => inFindings.has(c.id) && c.value !== null).slice(0, SAMPLES);
const times: number[] = [];
for (const [i, c] of targets.entries()) {
  t = performance.now();
  await service.reviewClaim({ claimId: c.id, status: 'corrected', correctedValue: (c.value ?? 0) + 1 + i });
  times.push(performance.now() - t);
}
console.log(`a correction, durable with its re-analysis stored: p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, max ${ms(Math.max(...times))} (${times.length} corrections)`);

await service.close();
await rm(dir, { recursive: true, force: true });
