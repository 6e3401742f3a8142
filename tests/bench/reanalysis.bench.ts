// A correction's re-analysis on a real workspace (issue 9 / issue 10): prints figures, not a test.
//   npx tsx tests/bench/reanalysis.bench.ts
// BENCH_ARTICLES (default 200) generated articles (tests/bench/generate.ts) imported by the service
// (extraction + full analysis), then BENCH_SAMPLES (default 30) corrections of claims that stand in
// findings, each timed until its incremental re-analysis is stored (analysis inline, as the CLI runs
// it): the kept analysis hands back the findings the edit changed, and only those are read and written.
// Then the first correction after opening the workspace again, with and without the analysis built in
// the background after the open (BENCH_ROUNDS rounds, default 3).
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

// The first correction after opening the workspace again: without the kept analysis (as a one-shot
// command opens it) it analyses everything; the app builds the kept analysis in the background right
// after the open, so its first correction is incremental — or, asked while that build runs, waits for it.
const reopen = (prepareAnalysis: boolean) => openForWriting(join(dir, 'ws'), { seedsDir: null, defaultReviewer: 'bench', prepareAnalysis });
const firstAfterOpen: Record<string, number[]> = { full: [], ready: [], during: [] };
let build = 0;
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
for (let round = 0; round < rounds; round++) {
  for (const mode of ['full', 'ready', 'during'] as const) {
    const s = await reopen(mode !== 'full');
    const c = targets[(round * 3 + ['full', 'ready', 'during'].indexOf(mode)) % targets.length]!;
    if (mode === 'ready') {
      t = performance.now();
      await s.analysisReady;
      build = Math.max(build, performance.now() - t);
    }
    t = performance.now();
    await s.reviewClaim({ claimId: c.id, status: 'corrected', correctedValue: (c.value ?? 0) + 100 + round });
    firstAfterOpen[mode]!.push(performance.now() - t);
    await s.close();
  }
}
const med = (xs: number[]) => ms(pct(xs, 50));
console.log(
  `the first correction after an open (median of ${rounds}): without the kept analysis (full analysis) ${med(firstAfterOpen.full!)}; ` +
    `with it built in the background (ready) ${med(firstAfterOpen.ready!)}; asked right after the open, waiting for the build ${med(firstAfterOpen.during!)}; ` +
    `the background build itself took up to ${ms(build)}`,
);

await rm(dir, { recursive: true, force: true });
