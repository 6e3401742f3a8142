// The event loop and the heap of the store at newsroom scale (issue 9): prints figures, not a test.
//   node --max-semi-space-size=4 --expose-gc --import tsx tests/bench/loop.bench.ts [part]
// (--max-semi-space-size=4: the young generation of the app's service host, see electron/host/client.ts; with
// node's default the longest blocks are scavenges the app does not have.)
// BENCH_ARTICLES (default 10,000) generated articles (as tests/bench/store.bench.ts builds them), with
// BENCH_FINDINGS (default 16 per article) findings in one commit and BENCH_AUDIT (default 100,000)
// audit events, built once and kept in BENCH_DIR (default $TMPDIR/crosscheck-loop-<n>: delete it to
// build again), with a copy taken right after the findings' commit was durable (as if killed before
// its checkpoint). Parts (default all): `open` (a write open of the checkpointed workspace, then the
// background parse and the findings index), `killed` (the open of a copy of the killed folder: journal
// replay + audit check), `heap` (what the heap holds at each stage of an opened workspace, measured
// after a full GC: needs --expose-gc), `parts` (what each structure holds: cleared one by one after
// a full GC; needs --expose-gc; not in the default run), `checkpoint` (a checkpoint rewriting every
// document of the opened workspace, in the background: its time, CPU time, peak heap). Each part prints its time, the longest event-loop block and the
// GC pauses seen meanwhile (PerformanceObserver 'gc': count, longest, sum). Run one part under
// `node --cpu-prof --cpu-prof-dir=DIR --expose-gc --import tsx tests/bench/loop.bench.ts killed` for a profile
// (with BENCH_BLOCKS=FILE, `npx tsx tests/tools/profile-blocks.ts DIR/<profile> FILE` tells what ran in each block).
import { PerformanceObserver, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDocument } from '../../shared/document';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { benchFindings } from './benchFindings';
import { noteBlocks } from './blockSpans';
import { mainThreadTimes, threadMs } from './threadCpu';
import { SCHEMA_VERSION, type Article, type Claim, type Workspace } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { openWorkspaceStore } from '../../electron/store/open';
import type { WorkspaceStore } from '../../electron/store/port';

const root = resolve(import.meta.dirname, '../..');
const N = Number(process.env.BENCH_ARTICLES ?? 10_000);
const FINDINGS = Number(process.env.BENCH_FINDINGS ?? N * 16);
const AUDIT = Number(process.env.BENCH_AUDIT ?? 100_000);
const DIR = process.env.BENCH_DIR ?? join(tmpdir(), `crosscheck-loop-${N}`);
const PARTS = process.argv[2] ? [process.argv[2]] : ['open', 'killed', 'heap'];
const folder = join(DIR, 'ws.json');
const killed = join(DIR, 'killed');

type Store = WorkspaceStore & { warmedUp(): Promise<void>; checkpoint(): Promise<void>; loadEverything(): Promise<void> };
const sleep = (msec: number) => new Promise<void>((r) => setTimeout(r, msec));
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (x: number) => `${(x / 1e6).toFixed(1)} MB`;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rand = rng(20261129);
const redraw = (s: string) => s.replace(/\d/g, (d, i: number) => (i === 0 || d === '0' ? String(1 + Math.floor(rand() * 9)) : String(Math.floor(rand() * 10))));

async function build(): Promise<void> {
  const dir = join(root, 'seeds');
  const sentences: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const s of text.split(/(?<=[.!?])\s+/)) if (/\d/.test(s) && s.length > 40 && s.length < 400) sentences.push(s.trim());
  }
  let t = performance.now();
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let i = 0; i < N; i++) {
    const body = Array.from({ length: 14 }, () => redraw(sentences[Math.floor(rand() * sentences.length)] as string)).join(' ');
    const doc = buildDocument(`Bản tin số ${i + 1}\n\n${body}`, `bench/${i}.txt`, '2026-06-01T00:00:00.000Z', { title: `Bản tin số ${i + 1}` });
    articles.push(doc.article);
    claims.push(...doc.claims);
  }
  const ws: Workspace = { schemaVersion: SCHEMA_VERSION, extractorVersion: EXTRACTOR_VERSION, articles, claims, reviews: {}, findings: [], auditLog: [], settings: { ...defaultSettings(), reviewerName: 'bench' } };
  await mkdir(DIR, { recursive: true });
  await writeFile(folder, JSON.stringify(ws));
  await (await openWorkspaceStore(folder, { mode: 'write' })).close();
  console.log(`built ${N} articles, ${claims.length} claims in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  let store = (await openWorkspaceStore(folder, { mode: 'write', checkpointAfter: { commits: 1e9, bytes: 1e15 } })) as Store;
  const at = new Date().toISOString();
  if (AUDIT > 0) {
    const audit = Array.from({ length: AUDIT }, (_, i) => ({ who: 'bench', when: at, action: 'review.verify', target: `claim:${claims[i % claims.length]!.id}`, before: null, after: { status: 'verified' } }));
    await store.commit({ action: 'bench.history', who: 'bench', at, changes: [], audit });
    await store.checkpoint();
  }
  const findings = benchFindings(FINDINGS, claims);
  await store.commit({ action: 'analysis.run', who: 'bench', at, changes: findings.map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f })), audit: [] });
  await cp(folder, killed, { recursive: true, filter: (src) => !src.endsWith('/lock') });
  await store.checkpoint();
  await store.close();
  store = (await openWorkspaceStore(folder, { mode: 'write' })) as Store;
  await store.close();
  console.log(`${FINDINGS} findings, ${AUDIT} audit events stored in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

/** Longest event-loop block (monitorEventLoopDelay, 1 ms resolution) and GC pauses while it runs. */
function watch() {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  // Each block over 16 ms, counted by a 1 ms timer that notes how late it ran.
  let over = 0;
  let last = performance.now();
  // The same blocks in this process's CPU time (a block's wall time grows with the machine's load).
  let lastCpu = process.cpuUsage();
  let cpuLongest = 0;
  let cpuOver = 0;
  // The same blocks in the main thread's own time on a core (schedstat; Linux only, "not available"
  // elsewhere), and the longest wait for one. A block's figure can be a few ms off (threadCpu.ts).
  let lastThread = mainThreadTimes();
  const threadAvailable = lastThread !== null;
  let threadLongest = 0;
  let threadOver = 0;
  let waitLongest = 0;
  const spans = noteBlocks('loop');
  const tick = setInterval(() => {
    const now = performance.now();
    if (now - last > 17) over++;
    last = now;
    const thread = threadAvailable ? mainThreadTimes() : null;
    if (thread && lastThread) {
      const ran = thread.run - lastThread.run;
      threadLongest = Math.max(threadLongest, ran);
      if (ran > 16) threadOver++;
      waitLongest = Math.max(waitLongest, thread.wait - lastThread.wait);
    }
    lastThread = thread;
    const d = process.cpuUsage(lastCpu);
    lastCpu = process.cpuUsage();
    const used = (d.user + d.system) / 1000;
    cpuLongest = Math.max(cpuLongest, used);
    if (used > 16) cpuOver++;
  }, 1);
  const blocksOver16 = () => over;
  const gcs: number[] = [];
  const kinds = new Map<string, number[]>();
  const names: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcs.push(e.duration);
      const kind = names[((e as PerformanceEntry & { detail?: { kind?: number } }).detail)?.kind ?? 0] ?? 'other';
      kinds.set(kind, [...(kinds.get(kind) ?? []), e.duration]);
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  return {
    async stop(): Promise<string> {
      await sleep(3);
      h.disable();
      clearInterval(tick);
      await sleep(0);
      obs.disconnect();
      await spans.stop();
      const over = gcs.filter((d) => d > 10).length;
      const sorted = [...gcs].sort((a, b) => a - b);
      const p = (q: number) => ms(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
      return `longest block ${ms(Math.max(0, h.max / 1e6 - 1))}, blocks over 16 ms: ${blocksOver16()} (CPU time: longest ${ms(cpuLongest)}, over 16 ms ${cpuOver}; main thread on a core: ${threadAvailable ? `longest ${ms(threadLongest)}, over 16 ms ${threadOver}, longest wait for a core ${ms(waitLongest)}` : threadMs(null)}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}); GC ${gcs.length} pauses (p50 ${p(0.5)}, p90 ${p(0.9)}), longest ${ms(Math.max(0, ...gcs))}, ${over} over 10 ms, sum ${ms(gcs.reduce((a, b) => a + b, 0))} (${[...kinds].map(([k, d]) => `${k} ${d.length}, longest ${ms(Math.max(...d))}`).join('; ')})`;
    },
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
function heap(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

if (!existsSync(join(folder, 'workspace.json'))) await build();

for (const part of PARTS) {
  if (part === 'open') {
    // The heap's peak (used, garbage included: what the heap must hold before a GC frees it), from
    // before the open to the end of the background parse, sampled every 5 ms.
    const peak = { heap: 0 };
    const sampler = setInterval(() => (peak.heap = Math.max(peak.heap, process.memoryUsage().heapUsed)), 5);
    const w = watch();
    let t = performance.now();
    const store = (await openWorkspaceStore(folder, { mode: 'write' })) as Store;
    const openMs = performance.now() - t;
    console.log(`open: ${ms(openMs)}; ${await w.stop()}`);
    const w2 = watch();
    t = performance.now();
    await store.warmedUp();
    await store.findings({ limit: 0 });
    clearInterval(sampler);
    console.log(`background parse + findings index: ${ms(performance.now() - t)}; peak heap (used) ${mb(peak.heap)}; ${await w2.stop()}`);
    await store.close();
  } else if (part === 'killed') {
    const copy = join(DIR, 'killed-copy');
    await rm(copy, { recursive: true, force: true });
    await cp(killed, copy, { recursive: true });
    const w = watch();
    const t = performance.now();
    const store = (await openWorkspaceStore(copy, { mode: 'write', warmUp: false, checkpointAfter: { commits: 1e9, bytes: 1e15 } })) as Store;
    console.log(`open after a kill (journal: ${FINDINGS} findings; ${AUDIT} audit events): ${ms(performance.now() - t)}; ${await w.stop()}`);
    await store.close();
    await rm(copy, { recursive: true, force: true });
  } else if (part === 'checkpoint') {
    // A checkpoint that rewrites every document (as after an import or a re-extraction: every
    // content chunk, findings chunk and audit document), run in the background of an opened
    // workspace (content parsed, findings indexed), with the heap before and at its end.
    const copy = join(DIR, 'checkpoint-copy');
    await rm(copy, { recursive: true, force: true });
    await cp(folder, copy, { recursive: true, filter: (src) => !src.endsWith('/lock') });
    const store = (await openWorkspaceStore(copy, { mode: 'write', checkpointAfter: { commits: 1e9, bytes: 1e15 } })) as Store;
    await store.loadEverything();
    const internals = store as unknown as { dirty: Set<string>; allDocumentKeys(): Set<string> };
    for (const k of internals.allDocumentKeys()) internals.dirty.add(k);
    const before = heap();
    const peak = { heap: 0 };
    const sampler = setInterval(() => (peak.heap = Math.max(peak.heap, process.memoryUsage().heapUsed)), 5);
    const w = watch();
    const t = performance.now();
    const cpu = process.cpuUsage();
    await store.checkpoint();
    const took = performance.now() - t;
    const d = process.cpuUsage(cpu);
    clearInterval(sampler);
    const docs = (await readdir(join(copy, 'data'))).length;
    console.log(
      `checkpoint of every document (${docs} files in data/): ${ms(took)} (CPU ${ms((d.user + d.system) / 1000)}); heap before ${mb(before)}, peak ${mb(peak.heap)}; ${await w.stop()}`,
    );
    await store.close();
    await rm(copy, { recursive: true, force: true });
  } else if (part === 'parts') {
    // What each structure of an opened workspace holds (content parsed, findings indexed from their
    // index documents, chunks unparsed): cleared one after another, each after a full GC.
    if (!gc) throw new Error('run with node --expose-gc');
    const store = (await openWorkspaceStore(folder, { mode: 'write', warmUp: false })) as unknown as Record<string, unknown> & Store;
    await (store as unknown as { findingIndexReady(): Promise<unknown> }).findingIndexReady();
    await (store as unknown as { ensureAllContent(): Promise<void> }).ensureAllContent();
    let h = heap();
    const lines = [`heap ${mb(h)}`];
    const owners: [string, Record<string, unknown>, string][] = [];
    const fi = store.findingIndex as Record<string, unknown>;
    for (const k of ['byClaim', 'byArticle', 'articlesOf', 'attentionByClaim', 'groups']) owners.push([`findings index ${k}`, fi, k]);
    for (const k of ['lazyFindingMeta', 'lazyClaims', 'lazyArticles', 'lazyIndex', 'auditByTarget', 'audit', 'claimsByArticle', 'claimMap', 'articleMap', 'reviewsById']) owners.push([k, store, k]);
    const order = store.order as Record<string, unknown>;
    owners.push(['finding order', order, 'findings'], ['article order', order, 'articles']);
    for (const [name, owner, key] of owners) {
      const v = owner[key] as { clear?: () => void; length?: number } | undefined;
      if (!v) continue;
      if (Array.isArray(v)) v.length = 0;
      else v.clear?.();
      const now = heap();
      lines.push(`${name} ${mb(h - now)}`);
      h = now;
    }
    console.log(`what the heap holds (content parsed, findings indexed): ${lines.join('; ')}; left ${mb(h)}`);
    process.exit(0);
  } else if (part === 'heap') {
    if (!gc) throw new Error('run with node --expose-gc');
    const base = heap();
    const store = (await openWorkspaceStore(folder, { mode: 'write', warmUp: false })) as Store;
    const opened = heap();
    await (store as unknown as { findingIndexReady(): Promise<unknown> }).findingIndexReady();
    const indexed = heap();
    const s = store as unknown as { lazyContent: Map<string, string> };
    const contentKeys = [...s.lazyContent.keys()];
    await (store as unknown as { ensureAllContent(): Promise<void> }).ensureAllContent();
    const content = heap();
    await store.loadEverything();
    const all = heap();
    const arts = await store.articles();
    const claims = await store.claims();
    const textChars = arts.reduce((n, a) => n + a.text.length, 0);
    const quoteChars = claims.reduce((n, c) => n + c.quote.length, 0);
    const claimJson = claims.reduce((n, c) => n + JSON.stringify(c).length, 0);
    console.log(
      `heap (after a full GC): before open ${mb(base)}; lazy open (indexes, reviews, audit ${AUDIT}, findings head) +${mb(opened - base)}; ` +
        `findings index (findex entries) +${mb(indexed - opened)}; every content bucket (${contentKeys.length}) parsed +${mb(content - indexed)}; ` +
        `every findings chunk parsed +${mb(all - content)}; total ${mb(all)}`,
    );
    console.log(`content: ${arts.length} articles, text ${(textChars / 1e6).toFixed(1)} M chars; ${claims.length} claims (quotes ${(quoteChars / 1e6).toFixed(1)} M chars, ${mb(claimJson)} as JSON)`);
    await store.close();
  }
}
