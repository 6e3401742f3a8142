// Store benchmark (issue 9): prints figures, not a test.
//   node --max-semi-space-size=4 --expose-gc --import tsx tests/bench/store.bench.ts
// (the service host worker's young generation, SERVICE_WORKER_RESOURCE_LIMITS: under plain `npx tsx` V8's default
// semi-spaces of 16 MB give scavenges, hence event-loop blocks, the app does not have; --expose-gc lets the bench
// collect the generated workspace before it measures, so the heap is the store's as in the worker: the bench's own
// ~1.4 GB of it made every minor GC 15-30 ms at 10,000 articles)
// BENCH_SIZES=1000,10000 (articles), BENCH_SAMPLES=40 per action. Articles are built from the seed
// sentences with every figure redrawn (no corpus text is copied), and extracted by the real engine.
// Event-loop blocks are the process's own (this process holds the store, as the service host worker
// does in the app). Same run, before/after: actions right after the open with the background parse
// going on regardless (before) and waiting for the desk's calls (now); a full analysis's findings
// (BENCH_FINDINGS, default 16 per article) committed, checkpointed and removed at once (before) and
// in slices (now). BENCH_BIG=0 skips that part. In that part too: the open of a copy of the folder taken
// right after the full analysis's commit was durable (as if killed before its checkpoint: the journal
// holds that commit's line), in a child process holding that workspace alone (as the app's service host),
// with BENCH_AUDIT (default 100,000) audit events in the chain to verify; and
// a verify asked 5 ms after such a commit began, queued behind it (before) or going first (now).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { buildDocument } from '../../shared/document';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { benchFindings } from './benchFindings';
import { threadMs, threadRuns } from './threadCpu';
import { noteBlocks } from './blockSpans';
import { SCHEMA_VERSION, type Article, type Claim, type Workspace } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { WorkspaceService } from '../../electron/services/workspaceService';
import { setCommitSlicing, setOvertaking, setWarmUpPause } from '../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../electron/store/open';
import type { CommitRequest, WorkspaceStore } from '../../electron/store/port';

const root = resolve(import.meta.dirname, '../..');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const BIG = process.env.BENCH_BIG !== '0';

const sleep = (msec: number) => new Promise<void>((r) => setTimeout(r, msec));

/**
 * The longest event-loop block while it runs: monitorEventLoopDelay, read after one more timer turn
 * (a block at the very end is recorded only when the timer runs again), minus its 1 ms resolution.
 * With `ownTime`, also the longest run of the main thread on a core (threadRuns: a 1 ms timer reading
 * /proc on Linux; null elsewhere): only in the windows whose figure is printed, so the others (big
 * commits, checkpoints) are measured without that timer.
 */
function loopBlocks(ownTime = false) {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const own = ownTime ? threadRuns() : null;
  return {
    reset: () => {
      h.reset();
      own?.reset();
    },
    /** The longest run on a core so far (ms); NaN where not measured (threadMs prints it as such). */
    ran: () => own?.longest() ?? NaN,
    async max(): Promise<number> {
      await sleep(3);
      return Math.max(0, h.max / 1e6 - 1);
    },
    async stop(): Promise<number> {
      await sleep(3);
      h.disable();
      own?.stop();
      return Math.max(0, h.max / 1e6 - 1);
    },
  };
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rand = rng(20261129);

async function seedSentences(): Promise<string[]> {
  const dir = join(root, 'seeds');
  const out: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const s of text.split(/(?<=[.!?])\s+/)) if (/\d/.test(s) && s.length > 40 && s.length < 400) out.push(s.trim());
  }
  return out;
}

/** Same sentence shapes, new figures: every digit redrawn (keeps separators and units). */
const redraw = (s: string) => s.replace(/\d/g, (d, i: number) => (i === 0 || d === '0' ? String(1 + Math.floor(rand() * 9)) : String(Math.floor(rand() * 10))));

function generate(n: number, sentences: string[]): Workspace {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const body = Array.from({ length: 14 }, () => redraw(sentences[Math.floor(rand() * sentences.length)] as string)).join(' ');
    const doc = buildDocument(`Bản tin số ${i + 1}\n\n${body}`, `bench/${i}.txt`, '2026-06-01T00:00:00.000Z', { title: `Bản tin số ${i + 1}` });
    articles.push(doc.article);
    claims.push(...doc.claims);
  }
  return { schemaVersion: SCHEMA_VERSION, extractorVersion: EXTRACTOR_VERSION, articles, claims, reviews: {}, findings: [], auditLog: [], settings: { ...defaultSettings(), reviewerName: 'bench' } };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function du(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) {
    const p = join(dir, name);
    const info = await stat(p);
    total += info.isDirectory() ? await du(p) : info.size;
  }
  return total;
}

/** Wraps a store so the bench sees when each action's commit is durable. */
function timed(store: WorkspaceStore, onDurable: (action: string) => void): WorkspaceStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'commit') {
        return async (req: CommitRequest) => {
          const r = await target.commit(req);
          onDurable(req.action);
          return r;
        };
      }
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * A full analysis's findings stored in one commit (the shape of the service's 'analysis.run'), its
 * checkpoint, then all of them removed in one commit and checkpointed: at once (before) and in
 * slices (now), on a fresh write open each, the content parsed first. Time until durable (the
 * commit's answer) and the longest event-loop block of each step.
 */
async function bigCommits(n: number, folder: string, claims: readonly Claim[]): Promise<void> {
  const count = Number(process.env.BENCH_FINDINGS ?? n * 16);
  const findings = benchFindings(count, claims);
  const auditCount = Number(process.env.BENCH_AUDIT ?? 100_000);
  if (auditCount > 0) {
    // An audit chain of a desk used for months (one commit here; the open verifies every event).
    const store = await openWorkspaceStore(folder, { mode: 'write' });
    const at = new Date().toISOString();
    const audit = Array.from({ length: auditCount }, (_, i) => ({ who: 'bench', when: at, action: 'review.verify', target: `claim:${claims[i % claims.length]!.id}`, before: null, after: { status: 'verified' } }));
    await store.commit({ action: 'bench.history', who: 'bench', at, changes: [], audit });
    await store.close();
  }
  console.log(`-- a full analysis's ${count} findings in one commit (audit chain: ${auditCount} more events):`);
  for (const mode of ['at once (before)', 'in slices (now)'] as const) {
    setCommitSlicing(mode === 'in slices (now)');
    // Checkpoints only when asked (the copy below must not race a background one).
    const store = (await openWorkspaceStore(folder, { mode: 'write', checkpointAfter: { commits: 1e9, bytes: 1e15 } })) as WorkspaceStore & {
      warmedUp(): Promise<void>;
      checkpoint(): Promise<void>;
    };
    await store.warmedUp();
    const at = new Date().toISOString();
    const figures: string[] = [];
    // The main thread's own time on a core beside each block (now only: the 1 ms timer reading it is not
    // in the baseline's figures): on a shared machine a block can be a wait for a core, not work.
    const own = mode === 'in slices (now)';
    const onCore = (ran: number) => (own ? `, on a core ${threadMs(ran)}` : '');
    const bigSpans = own ? noteBlocks('big') : null;
    for (const step of ['store', 'remove'] as const) {
      const changes = findings.map((f) => ({ table: 'findings' as const, id: f.id, before: step === 'store' ? null : f, after: step === 'store' ? f : null }));
      const loop = loopBlocks(own);
      let t = performance.now();
      await store.commit({ action: 'analysis.run', who: 'bench', at, changes, audit: [{ who: 'bench', when: at, action: 'analysis.run', target: 'findings', before: { count: 0 }, after: { count } }] });
      const durable = performance.now() - t;
      const commitBlock = await loop.max();
      const commitRan = loop.ran();
      if (step === 'store') {
        // Killed before its checkpoint: a copy of the folder now (the journal holds the big line), opened.
        const copy = `${folder}.killed`;
        await cp(folder, copy, { recursive: true, filter: (src) => !src.endsWith('/lock') });
        const { openMs, block: openBlock, ran: openRan } = await openKilledInChild(copy, own);
        figures.push(`open after a kill before its checkpoint (journal replay + audit check; a process of its own) ${ms(openMs)} (longest block ${ms(openBlock)}${onCore(openRan ?? NaN)})`);
        results[n] = { ...results[n], [`replay open ${mode} block`]: openBlock, [`replay open ${mode}`]: openMs };
        await rm(copy, { recursive: true, force: true });
      }
      loop.reset();
      t = performance.now();
      await store.checkpoint();
      const checkpoint = performance.now() - t;
      const checkpointBlock = await loop.stop();
      figures.push(`${step}: durable ${ms(durable)} (longest block ${ms(commitBlock)}${onCore(commitRan)}), its checkpoint ${ms(checkpoint)} (longest block ${ms(checkpointBlock)}${onCore(loop.ran())})`);
      results[n] = { ...results[n], [`big ${step} ${mode} block`]: commitBlock, [`big ${step} checkpoint ${mode} block`]: checkpointBlock };
    }
    if (mode === 'in slices (now)') {
      // A verify asked 5 ms after a full analysis's commit began: queued behind all of it (before),
      // or going first while the big commit is checked (now).
      for (const [k, overtake] of [false, true].entries()) {
        setOvertaking(overtake);
        const claim = claims[k] as Claim;
        const review = { claimId: claim.id, status: 'verified' as const, correctedValue: null, correctedText: null, note: null, evidence: [], reviewer: 'bench', updatedAt: at };
        const add = findings.map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f }));
        const loop = loopBlocks(true);
        const t0 = performance.now();
        const big = store.commit({ action: 'analysis.run', who: 'bench', at, changes: add, audit: [] }).then(() => performance.now() - t0);
        await sleep(5);
        const t1 = performance.now();
        const verify = await store.commit({ action: 'review.verified', who: 'bench', at, changes: [{ table: 'reviews', id: claim.id, before: null, after: review }], audit: [] }).then(() => performance.now() - t1);
        const bigMs = await big;
        const block = await loop.stop();
        figures.push(`a verify asked 5 ms after it began, ${overtake ? 'going first (now)' : 'queued behind it (before)'}: durable ${ms(verify)} (the big commit ${ms(bigMs)}; longest block ${ms(block)}, on a core ${threadMs(loop.ran())})`);
        results[n] = { ...results[n], [`verify behind big ${overtake ? 'now' : 'before'}`]: verify };
        await store.commit({ action: 'analysis.run', who: 'bench', at, changes: findings.map((f) => ({ table: 'findings' as const, id: f.id, before: f, after: null })), audit: [] });
      }
      setOvertaking(true);
    }
    await store.close();
    await bigSpans?.stop();
    console.log(`${mode.padEnd(17)} ${figures.join('; ')}`);
  }
  setCommitSlicing(true);
}

/**
 * A workspace of `n` generated articles in `dir`: the old whole-file lowdb write timed on it (the
 * baseline), then migrated into the folder layout (how the bench builds it). Returns what the
 * measured parts need, not the generated workspace itself.
 */
async function prepare(n: number, dir: string) {
  let t = performance.now();
  const ws = generate(n, sentences);
  const genMs = performance.now() - t;
  const contentBytes = Buffer.byteLength(JSON.stringify(ws.articles)) + Buffer.byteLength(JSON.stringify(ws.claims));
  console.log(`\n== ${n} articles, ${ws.claims.length} claims (generated + extracted in ${(genMs / 1000).toFixed(1)} s); article text + claims as JSON: ${(contentBytes / 1e6).toFixed(1)} MB`);

  // Baseline: the old design, the whole workspace rewritten by lowdb on every action.
  const v1 = join(dir, 'old.json');
  const db = new Low<Workspace>(new JSONFile<Workspace>(v1), ws);
  const baseline: number[] = [];
  for (let i = 0; i < 3; i++) {
    ws.reviews[ws.claims[i]!.id] = { claimId: ws.claims[i]!.id, status: 'verified', correctedValue: null, correctedText: null, note: null, evidence: [], reviewer: 'bench', updatedAt: new Date().toISOString() };
    t = performance.now();
    await db.write();
    baseline.push(performance.now() - t);
  }
  ws.reviews = {};
  await db.write();
  const oldSize = (await stat(v1)).size;
  console.log(`old whole-file lowdb write (baseline): p50 ${ms(pct(baseline, 50))}, file ${(oldSize / 1e6).toFixed(1)} MB`);

  // Migration of that v1 file into the folder layout (also how the bench builds the new workspace).
  const folder = join(dir, 'ws.json');
  await writeFile(folder, JSON.stringify(ws));
  t = performance.now();
  await (await openWorkspaceStore(folder, { mode: 'write' })).close();
  console.log(`migration v1 → folder: ${ms(performance.now() - t)}`);
  return {
    folder,
    contentBytes,
    oldSize,
    baseline,
    claimPicks: ws.claims.map((c) => ({ id: c.id, value: c.value })),
    articlePicks: ws.articles.map((a) => ({ id: a.id, start: a.text.indexOf('Bản tin') })),
  };
}

// The open of a copy killed before its checkpoint runs in a process of its own (`--open-killed DIR
// before|now`, spawned by bigCommits): holding that workspace alone, as the app's service host does. Opened
// in the bench's process, beside the workspace it keeps open and the 160,000 findings it built, the heap was
// three times the app's and its full collections' pauses (60-80 ms) were the bench's, not the store's.
const killedAt = process.argv.indexOf('--open-killed');
if (killedAt >= 0) {
  setCommitSlicing(process.argv[killedAt + 2] === 'now');
  globalThis.gc?.();
  const loop = loopBlocks(true);
  const t = performance.now();
  await openWorkspaceStore(process.argv[killedAt + 1] as string, { mode: 'write' });
  const openMs = performance.now() - t;
  const block = await loop.stop();
  // Not closed: its final checkpoint is not part of the open (the parent removes the copy).
  console.log(JSON.stringify({ openMs, block, ran: loop.ran() }));
  process.exit(0);
}

/** `--open-killed` in a child process (same node flags): its open time and longest block, wall and on a core. */
function openKilledInChild(copy: string, slicing: boolean): Promise<{ openMs: number; block: number; ran: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...process.execArgv, import.meta.filename, '--open-killed', copy, slicing ? 'now' : 'before'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) fail(new Error(`the open of the killed copy failed (exit ${code}): ${out}`));
      else done(JSON.parse(line) as { openMs: number; block: number; ran: number | null });
    });
  });
}

const results: Record<number, Record<string, number>> = {};
const sentences = await seedSentences();
// A run that stops on an error leaves no workspace folder behind in the temp directory.
const made: string[] = [];
process.on('exit', () => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
for (const n of SIZES) {
  const dir = await mkdtemp(join(tmpdir(), `crosscheck-store-bench-${n}-`));
  made.push(dir);
  const { folder, contentBytes, oldSize, baseline, claimPicks, articlePicks } = await prepare(n, dir);
  // What the service host worker holds is the store, not the generated workspace: that is dropped
  // (prepare's) and, under --expose-gc, collected before anything is measured, so the heap (and with
  // it every minor GC's pause) is the store's, as in the app.
  (globalThis as { gc?: () => void }).gc?.();
  let t: number;

  const opens: number[] = [];
  const openBlocks: number[] = [];
  const firstSecondBlocks: number[] = [];
  const warmUps: number[] = [];
  const warmUpBlocks: number[] = [];
  const openRan: number[] = [];
  const firstSecondRan: number[] = [];
  const warmUpRan: number[] = [];
  // With BENCH_BLOCKS=FILE (and node --cpu-prof): tests/tools/profile-blocks.ts tells what ran in each block.
  const openSpans = noteBlocks('open+background');
  for (let i = 0; i < 3; i++) {
    const openLoop = loopBlocks(true);
    t = performance.now();
    const s = await openWorkspaceStore(folder, { mode: 'write' });
    opens.push(performance.now() - t);
    openBlocks.push(await openLoop.max());
    openRan.push(openLoop.ran());
    // What a lazy open leaves to the background: every content bucket parsed, the findings index.
    openLoop.reset();
    const lazy = s as WorkspaceStore & { warmedUp?: () => Promise<void> };
    if (lazy.warmedUp) {
      const firstSecond = loopBlocks(true);
      const warm = lazy.warmedUp().then(() => s.findings({ limit: 0 }));
      await Promise.race([warm, sleep(1000 - (performance.now() - t))]);
      firstSecondBlocks.push(await firstSecond.stop());
      firstSecondRan.push(firstSecond.ran());
      await warm;
      warmUps.push(performance.now() - t);
      warmUpBlocks.push(await openLoop.max());
      warmUpRan.push(openLoop.ran());
    }
    await openLoop.stop();
    await s.close();
  }
  await openSpans.stop();
  console.log(`open (manifest, decisions, findings, content indexes, journal replay, audit check): p50 ${ms(pct(opens, 50))}, max ${ms(Math.max(...opens))}; longest event-loop block during the open p50 ${ms(pct(openBlocks, 50))}, max ${ms(Math.max(...openBlocks))}`);
  if (warmUps.length > 0) {
    console.log(`  then in the background, every content bucket parsed + findings index: done ${ms(pct(warmUps, 50))} after the open began; longest event-loop block meanwhile p50 ${ms(pct(warmUpBlocks, 50))}, max ${ms(Math.max(...warmUpBlocks))}; in the first second after the open began p50 ${ms(pct(firstSecondBlocks, 50))}, max ${ms(Math.max(...firstSecondBlocks))}`);
  }
  results[n] = {
    ...results[n],
    'open block': Math.max(...openBlocks),
    'first second block': Math.max(...firstSecondBlocks, 0),
    'warm-up block': Math.max(...warmUpBlocks, 0),
    'open ran': Math.max(...openRan),
    'first second ran': Math.max(...firstSecondRan, 0),
    'warm-up ran': Math.max(...warmUpRan, 0),
  };

  let durableAt = 0;
  const claimIds = claimPicks.map((c) => c.id);
  const pickClaim = () => claimIds[Math.floor(rand() * claimIds.length)] as string;
  // Three rounds on a fresh open each: right after the open with the background parse going on
  // regardless of the desk (before), right after the open with it waiting for the desk's calls
  // (now; an action may still be the first touch of its bucket), then once the parse is over.
  for (const phase of ['after open (before)', 'after open', 'warmed up'] as const) {
    setWarmUpPause(phase !== 'after open (before)');
    const openedAt = performance.now();
    const store = timed(await openWorkspaceStore(folder, { mode: 'write' }), () => (durableAt = performance.now()));
    const service = await WorkspaceService.open({ store, seedsDir: null, defaultReviewer: 'bench', analysis: 'off' });
    const actions: Record<string, () => Promise<unknown>> = {
      verify: () => service.reviewClaim({ claimId: pickClaim(), status: 'verified' }),
      // A corrected value the claim's kind accepts (a streak of at most 200, a share of at most 100%…):
      // a little below the extracted one.
      correct: () => {
        const claim = claimPicks[Math.floor(rand() * claimPicks.length)]!;
        return service.reviewClaim({ claimId: claim.id, status: 'corrected', correctedValue: Math.max(1, Math.round((claim.value ?? 1) * (0.5 + rand() * 0.4))) });
      },
      flag: () => service.reviewClaim({ claimId: pickClaim(), status: 'flagged', flagReason: 'needs_source' }),
      undo: () => service.undo(),
      'add claim': async () => {
        const a = articlePicks[Math.floor(rand() * articlePicks.length)]!;
        const start = a.start;
        return service.addClaim({ articleId: a.id, start, end: start + 7 + Math.floor(rand() * 5) }).catch(() => undefined);
      },
    };
    if (phase === 'warmed up') {
      await (store as WorkspaceStore & { warmedUp?: () => Promise<void> }).warmedUp?.();
      console.log(`-- after the background parse (${ms(performance.now() - openedAt)} after the open):`);
    } else if (phase === 'after open') console.log('-- right after the open, the background parse waiting for the desk\'s calls (now):');
    else console.log('-- right after the open, the background parse going on regardless (before):');
    const spans = noteBlocks(`actions-${phase.replace(/\W+/g, '-')}`);
    const loop = loopBlocks(true);
    let longest = 0;
    let longestRan = 0;
    let all: number[] = [];
    for (const [name, run] of Object.entries(actions)) {
      const times: number[] = [];
      loop.reset();
      for (let i = 0; i < SAMPLES; i++) {
        durableAt = 0;
        const start = performance.now();
        await run();
        if (durableAt) times.push(durableAt - start);
      }
      // Per action: which one blocks the event loop (the background parse runs meanwhile right after the open).
      const block = await loop.max();
      longest = Math.max(longest, block);
      longestRan = Math.max(longestRan, loop.ran());
      all = all.concat(times);
      const key = phase === 'warmed up' ? name : `${name} (${phase})`;
      results[n] = { ...results[n], [`${key} p50`]: pct(times, 50), [`${key} p95`]: pct(times, 95) };
      console.log(`${name.padEnd(9)} time until durable: p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))} (${times.length} samples); baseline ratio p50 ${(pct(baseline, 50) / pct(times, 50)).toFixed(0)}×; longest event-loop block ${ms(block)}`);
    }
    await loop.stop();
    await spans.stop();
    results[n] = { ...results[n], [`${phase} all p95`]: pct(all, 95), [`${phase} block`]: longest, [`${phase} ran`]: longestRan };
    console.log(`every action: time until durable p95 ${ms(pct(all, 95))}, max ${ms(Math.max(...all))}; longest event-loop block during these actions ${ms(longest)}`);
    t = performance.now();
    await service.close();
    if (phase === 'warmed up') console.log(`close (final checkpoint): ${ms(performance.now() - t)}`);
  }
  setWarmUpPause(true);
  const onDisk = await du(folder);
  console.log(`size on disk: ${(onDisk / 1e6).toFixed(1)} MB = ${(onDisk / contentBytes).toFixed(2)}× article text + claims JSON (target ≤ 2×); old single file ${(oldSize / 1e6).toFixed(1)} MB`);
  results[n] = { ...results[n], open: pct(opens, 50), disk: onDisk / contentBytes };
  if (BIG) {
    const reader = await openWorkspaceStore(folder, { mode: 'read' });
    const claims = await reader.claims();
    await reader.close();
    await bigCommits(n, folder, claims);
  }
  await rm(dir, { recursive: true, force: true });
}
if (SIZES.length > 1) {
  const [small, big] = [SIZES[0] as number, SIZES[SIZES.length - 1] as number];
  console.log(`\n${big / small}× larger workspace, cost per action (p50 ratio, target ≤ 1.5×):`);
  for (const name of ['verify', 'correct', 'flag', 'undo', 'add claim']) {
    const ratio = (key: string) => ((results[big]?.[key] ?? NaN) / (results[small]?.[key] ?? NaN)).toFixed(2);
    console.log(`  ${name.padEnd(9)} warmed up ${ratio(`${name} p50`)}× (p95 ${ratio(`${name} p95`)}×); right after the open ${ratio(`${name} (after open) p50`)}×`);
  }
}
console.log('\nlongest event-loop blocks (target ≤ 16 ms), before → now:');
for (const n of SIZES) {
  const r = results[n] ?? {};
  const f = (k: string) => ms(r[k] ?? NaN);
  console.log(
    `  ${n} articles: open ${f('open block')}; first second after the open ${f('first second block')}; whole background parse ${f('warm-up block')}; ` +
      `actions right after the open ${f('after open (before) block')} → ${f('after open block')} (action p95 ${f('after open (before) all p95')} → ${f('after open all p95')}); warmed up ${f('warmed up block')}` +
      (BIG
        ? `; a full analysis stored ${f('big store at once (before) block')} → ${f('big store in slices (now) block')}, its checkpoint ${f('big store checkpoint at once (before) block')} → ${f('big store checkpoint in slices (now) block')}; ` +
          `removed ${f('big remove at once (before) block')} → ${f('big remove in slices (now) block')}, its checkpoint ${f('big remove checkpoint at once (before) block')} → ${f('big remove checkpoint in slices (now) block')}; ` +
          `open after a kill before that checkpoint ${f('replay open at once (before) block')} → ${f('replay open in slices (now) block')} (open ${f('replay open at once (before)')} → ${f('replay open in slices (now)')}); ` +
          `a verify asked during a full analysis's commit, durable ${f('verify behind big before')} → ${f('verify behind big now')}`
        : ''),
  );
}
console.log('\nthe same blocks in the main thread\'s own time on a core (without its waits for one under load; Linux only; a block\'s figure can be a few ms off, see tests/bench/threadCpu.ts):');
for (const n of SIZES) {
  const r = results[n] ?? {};
  const f = (k: string) => threadMs(r[k]);
  console.log(
    `  ${n} articles: open ${f('open ran')}; first second after the open ${f('first second ran')}; whole background parse ${f('warm-up ran')}; ` +
      `actions right after the open ${f('after open (before) ran')} → ${f('after open ran')}; warmed up ${f('warmed up ran')}`,
  );
}
console.log('\n(figures from a shared 2-core machine under load from other jobs: run more than once)');
