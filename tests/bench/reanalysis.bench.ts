// A correction's re-analysis on a real workspace (issue 9 / issue 10): prints figures, not a test.
//   node --max-semi-space-size=4 --import tsx tests/bench/reanalysis.bench.ts
// BENCH_ARTICLES (default 200) generated articles (tests/bench/generate.ts) imported by the service
// (extraction + full analysis), then BENCH_SAMPLES (default 30) corrections of claims that stand in
// findings, each timed until its incremental re-analysis is stored (analysis inline, as the CLI runs
// it): the kept analysis hands back the findings the edit changed, and only those are read and written.
// Then the first correction after opening the workspace again, with and without the analysis built in
// the background after the open (BENCH_ROUNDS rounds, default 3); the background build's longest
// event-loop block, with trusted findings and with another engine version's.
// The event loop is the service host worker's in the app: run with `node --max-semi-space-size=4
// --import tsx` to give it the worker's young generation (electron/host). The longest block during
// the corrections is the longest time the worker could not answer a call (an edit's re-analysis runs
// in slices of 8 ms: see inSlices in electron/services/findings.ts). With BENCH_BLOCKS=FILE under
// `node --cpu-prof`, `npx tsx tests/tools/profile-blocks.ts PROFILE FILE` tells what ran in each block.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWriting } from '../../electron/services/open';
import type { WorkspaceService } from '../../electron/services/workspaceService';
import { openWorkspaceStore } from '../../electron/store/open';
import { META_ID, type CommitRequest } from '../../electron/store/port';
import { noteBlocks } from './blockSpans';
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

/** Notes when each commit of the service that is not an analysis's is durable (the edit itself). */
function durableEdits(s: WorkspaceService): { at: number } {
  const seen = { at: 0 };
  const store = s.ctx.store;
  const commit = store.commit.bind(store);
  store.commit = async (req: CommitRequest) => {
    const r = await commit(req);
    if (req.action !== 'analysis.run') seen.at = performance.now();
    return r;
  };
  return seen;
}

/** This process's CPU time (user + system, ms) since `since` (a process.cpuUsage() reading). */
const cpuSince = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

/**
 * The longest event-loop block in this process's CPU time: a 1 ms timer notes the CPU used between
 * two of its turns. A block's wall time (monitorEventLoopDelay) grows with the machine's load (the
 * process waits for a core mid-block); its CPU time does not (it counts the GC, and any other thread).
 */
function cpuBlocks(): { stop: () => { longest: number; over16: number } } {
  let last = process.cpuUsage();
  let longest = 0;
  let over16 = 0;
  const timer = setInterval(() => {
    const used = cpuSince(last);
    last = process.cpuUsage();
    longest = Math.max(longest, used);
    if (used > 16) over16++;
  }, 1);
  return {
    stop: () => {
      clearInterval(timer);
      return { longest, over16 };
    },
  };
}

const inFindings = new Set(findings.flatMap((f) => f.claimIds));
const targets = claims.filter((c) => inFindings.has(c.id) && c.value !== null).slice(0, SAMPLES);
const times: number[] = [];
const cpuTimes: number[] = [];
const durable: number[] = [];
const edit = durableEdits(service);
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
const blocks = cpuBlocks();
const spans = noteBlocks('corrections');
for (const [i, c] of targets.entries()) {
  t = performance.now();
  const cpu = process.cpuUsage();
  await service.reviewClaim({ claimId: c.id, status: 'corrected', correctedValue: (c.value ?? 0) + 1 + i });
  cpuTimes.push(cpuSince(cpu));
  times.push(performance.now() - t);
  durable.push(edit.at - t);
}
// One more timer turn: a block at the very end is recorded only when the timer runs again.
await new Promise((r) => setTimeout(r, 3));
loop.disable();
const cpuBlock = blocks.stop();
await spans.stop();
console.log(
  `a correction, durable with its re-analysis stored: p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, max ${ms(Math.max(...times))} (${times.length} corrections); ` +
    `of which the edit durable p50 ${ms(pct(durable, 50))}, the re-analysis stored p50 ${ms(pct(times.map((x, i) => x - durable[i]!), 50))}; ` +
    `longest event-loop block during the corrections ${ms(loop.max / 1e6)} (p99 ${ms(loop.percentile(99) / 1e6)}, mean ${ms(loop.mean / 1e6)}); ` +
    `in CPU time: a correction p50 ${ms(pct(cpuTimes, 50))}, p95 ${ms(pct(cpuTimes, 95))}; longest block ${ms(cpuBlock.longest)}, blocks over 16 ms ${cpuBlock.over16} ` +
    `(load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`,
);
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
// (BENCH_ROUNDS=0 leaves this part out.)
if (rounds > 0) {
  console.log(
    `the first correction after an open (median of ${rounds}): without the kept analysis (full analysis) ${med(firstAfterOpen.full!)}; ` +
      `with it built in the background (ready) ${med(firstAfterOpen.ready!)}; asked right after the open, waiting for the build ${med(firstAfterOpen.during!)}; ` +
      `the background build itself took up to ${ms(build)}`,
  );
}

// The background build's longest event-loop block (the worker answers the desk meanwhile): trusted
// findings (the kept analysis built from the stored claims), and findings of another engine version
// (analysed again in full, compared and stored in the background).
for (const stale of [false, true]) {
  if (stale) {
    const store = await openWorkspaceStore(join(dir, 'ws'), { mode: 'write' });
    const meta = await store.meta();
    await store.commit({ action: 'bench', who: 'bench', at: new Date().toISOString(), changes: [{ table: 'meta', id: META_ID, before: meta, after: { ...meta, analysisVersion: 0 } }], audit: [] });
    await store.close();
  }
  const blocks = monitorEventLoopDelay({ resolution: 1 });
  blocks.enable();
  const bgSpans = noteBlocks(stale ? 'background-stale' : 'background-trusted');
  t = performance.now();
  const s = await reopen(true);
  await s.analysisReady;
  const took = performance.now() - t;
  await new Promise((r) => setTimeout(r, 3));
  blocks.disable();
  await bgSpans.stop();
  console.log(`background analysis after an open, ${stale ? 'another engine version (full analysis stored)' : 'trusted findings (built only)'}: ready ${ms(took)} after the open began; longest event-loop block ${ms(blocks.max / 1e6)}, p99 ${ms(blocks.percentile(99) / 1e6)}`);
  await s.close();
}

await rm(dir, { recursive: true, force: true });
