/**
 * The service host's heap through the background work of an open, as the app's worker does it
 * (openForWriting with prepareAnalysis and upgradeInBackground): the open, the newer engine's
 * re-extraction when the workspace is from an older one, then the full analysis when the stored
 * findings do not answer the claims. Prints the heap used (sampled every 100 ms, and after gc at each
 * stage) and the time of each stage. Figures only, no assertion (issue 9: Electron caps a heap at 4 GB).
 *   node --expose-gc --max-old-space-size=16384 --import tsx tests/bench/serviceMemory.bench.ts <workspace> [--older | --stale-findings]
 * The workspace is changed (analysed, re-extracted): give a copy. --older first marks it one extraction
 * engine older, so that its re-extraction runs; --stale-findings marks its findings as made by an
 * older analysis engine, so that the full analysis runs (what an update of the analysis engine does).
 * (--max-old-space-size=4096 tries it within the heap Electron allows.)
 */
import { getHeapStatistics } from 'node:v8';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { ANALYSIS_VERSION } from '../../shared/analysis';
import { META_ID, type WorkspaceStore } from '../../electron/store/port';
import { openForWriting } from '../../electron/services/open';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx');
const path = process.argv[2] ?? '';
if (path === '') throw new Error('usage: serviceMemory.bench.ts <workspace> [--older]');
const mb = (x: number): string => `${(x / 1e6).toFixed(0)} MB`;

let peak = 0;
let stagePeak = 0;
const sampler = setInterval(() => {
  const used = process.memoryUsage().heapUsed;
  peak = Math.max(peak, used);
  stagePeak = Math.max(stagePeak, used);
}, 100);
const t0 = performance.now();
let last = t0;
function stage(name: string): void {
  gc?.();
  const now = performance.now();
  const { heapUsed } = process.memoryUsage();
  console.log(`${name.padEnd(28)} ${((now - last) / 1000).toFixed(1).padStart(7)} s   heap after gc ${mb(heapUsed).padStart(8)}   stage peak ${mb(Math.max(stagePeak, heapUsed)).padStart(8)}`);
  last = now;
  stagePeak = 0;
}

console.log(`heap limit ${mb(getHeapStatistics().heap_size_limit)}, engine ${EXTRACTOR_VERSION}`);
const older = process.argv.includes('--older');
// Each service in a function of its own: a module's top level that awaits later keeps its locals alive
// (V8 keeps a suspended body's registers), so a service held there was counted after its close.
async function mark(): Promise<void> {
  // (An upgrade left pending: a workspace from an older engine is not re-extracted by this open.)
  const service = await openForWriting(path, { seedsDir: null, defaultReviewer: 'bench', upgradeInBackground: true });
  const store = (service as unknown as { store: WorkspaceStore }).store;
  const meta = await store.meta();
  const after = older ? { ...meta, extractorVersion: EXTRACTOR_VERSION - 1 } : { ...meta, analysisVersion: ANALYSIS_VERSION - 1 };
  await store.commit({ action: 'bench.older', who: 'bench', at: new Date().toISOString(), changes: [{ table: 'meta', id: META_ID, before: meta, after }], audit: [] });
  await service.close();
}
if (older || process.argv.includes('--stale-findings')) {
  await mark();
  stage(older ? 'marked one engine older' : 'findings marked stale');
}
async function work(): Promise<void> {
  const service = await openForWriting(path, { seedsDir: null, defaultReviewer: 'bench', prepareAnalysis: true, upgradeInBackground: true });
  stage('open');
  // The re-extraction's own work (extraction, its commit) and the analysis it then runs, as two stages:
  // its progress says when the analysis starts.
  let analysing = false;
  const report = await service.upgrade({
    cancelled: false,
    report: ({ current }) => {
      if (analysing || (current !== 'Phân tích mâu thuẫn…' && current !== 'Analysing contradictions…')) return;
      analysing = true;
      stage('re-extraction and commit');
    },
  });
  if (report) stage(`its analysis (${report.after} claims)`);
  await service.settled();
  stage('background analysis');
  await service.close();
}
await work();
// (The service dropped: what a closed workspace leaves in the process.)
stage('close');
clearInterval(sampler);
console.log(`peak heap used ${mb(peak)} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
