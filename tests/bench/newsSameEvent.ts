/**
 * The analysis of generated news (tests/bench/generate.ts, the workspace incremental.bench.ts builds)
 * by the engine of a checkout: a digest of its findings (SHA-256 of their canonical JSON, to compare
 * before and after a speed change) and the CPU of the whole staged build and of its same-event pass
 * (the steps from the first one that reads an article's event keys to the last one that compares a
 * pair of articles, told by the engine's work counters; see below).
 *   npx tsx tests/bench/newsSameEvent.ts [root=this checkout] [articles=1000]
 * One run per process; alternate runs of two checkouts for an A/B on a loaded machine. Not a test.
 */
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article, Claim, Finding } from '../../shared/schema';
import { canonical } from './benchHelpers';
import { generatedNews } from './generate';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
const ARTICLES = Number(process.argv[3] ?? 1000);

interface Engine {
  FindingsAnalysis: { staged: (a: readonly Article[], c: readonly Claim[]) => Generator<void, { findingsStaged: () => Generator<void, Finding[]> }> };
}
const engine = (await import(pathToFileURL(join(root, 'shared', 'analysis', 'index.ts')).href)) as Engine;
const { workDone } = (await import(pathToFileURL(join(root, 'shared', 'analysis', 'passages.ts')).href)) as { workDone: Record<string, number> };
const { buildDocument } = (await import(pathToFileURL(join(root, 'shared', 'document.ts')).href)) as {
  buildDocument: (raw: string, file: string, at: string) => { article: Article; claims: Claim[] };
};

const { articles, claims } = generatedNews(ARTICLES, buildDocument);

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const event = (): number => (workDone.eventArticles ?? 0) + (workDone.eventMatchPairs ?? 0);
// The CPU is read only at the end of a step whose work counters' state (moved or not) differs from
// the step before's (a few reads instead of one per step, out of the measured work): the pass runs from the end of
// its first step that reads articles' keys to the end of the first step after its last comparison
// that compares none (one step of each side misattributed, alike for every checkout).
const stages = engine.FindingsAnalysis.staged(articles, claims);
const c0 = process.cpuUsage();
let analysis;
let steps = 0;
let wasMoved = false;
let passStart: number | null = null;
let passEnd = 0;
for (;; steps++) {
  const before = event();
  const step = stages.next();
  const moved = event() !== before;
  if (moved !== wasMoved) {
    const at = cpuMs(process.cpuUsage(c0));
    if (moved) passStart ??= at;
    else passEnd = at;
    wasMoved = moved;
  }
  if (step.done) {
    analysis = step.value;
    break;
  }
}
const buildCpu = cpuMs(process.cpuUsage(c0));
const sameEventCpu = passStart === null ? 0 : (wasMoved ? buildCpu : passEnd) - passStart;
// (findingsStaged returns its findings: run it to the end.)
const gen = analysis.findingsStaged();
let r = gen.next();
while (!r.done) r = gen.next();
const digest = createHash('sha256').update(canonical(r.value)).digest('hex').slice(0, 16);
console.log(
  `${root}: ${ARTICLES} articles, ${claims.length} claims, ${r.value.length} findings ${digest}; build CPU ${buildCpu.toFixed(0)} ms (${steps} steps), same-event pass CPU ${sameEventCpu.toFixed(0)} ms`,
);
