// Store benchmark (issue 9): prints figures, not a test. `npx tsx tests/bench/store.bench.ts`
// BENCH_SIZES=1000,10000 (articles), BENCH_SAMPLES=40 per action. Articles are built from the seed
// sentences with every figure redrawn (no corpus text is copied), and extracted by the real engine.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { buildDocument } from '../../shared/document';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { SCHEMA_VERSION, type Article, type Claim, type Workspace } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { WorkspaceService } from '../../electron/services/workspaceService';
import { openWorkspaceStore } from '../../electron/store/open';
import type { CommitRequest, WorkspaceStore } from '../../electron/store/port';

const root = resolve(import.meta.dirname, '../..');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);

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

const results: Record<number, Record<string, number>> = {};
const sentences = await seedSentences();
for (const n of SIZES) {
  const dir = await mkdtemp(join(tmpdir(), `crosscheck-store-bench-${n}-`));
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

  const opens: number[] = [];
  const warmUps: number[] = [];
  const warmUpBlocks: number[] = [];
  for (let i = 0; i < 3; i++) {
    const openLoop = monitorEventLoopDelay({ resolution: 1 });
    openLoop.enable();
    t = performance.now();
    const s = await openWorkspaceStore(folder, { mode: 'write' });
    opens.push(performance.now() - t);
    // What a lazy open leaves to the background: every content bucket parsed, the findings index.
    openLoop.reset();
    const lazy = s as WorkspaceStore & { warmedUp?: () => Promise<void> };
    if (lazy.warmedUp) {
      await lazy.warmedUp();
      await s.findings({ limit: 0 });
      warmUps.push(performance.now() - t);
      warmUpBlocks.push(openLoop.max / 1e6);
    }
    openLoop.disable();
    await s.close();
  }
  console.log(`open (manifest, decisions, findings, content indexes, journal replay, audit check): p50 ${ms(pct(opens, 50))}, max ${ms(Math.max(...opens))}`);
  if (warmUps.length > 0) {
    console.log(`  then in the background, every content bucket parsed + findings index: done ${ms(pct(warmUps, 50))} after the open began; longest event-loop block meanwhile p50 ${ms(pct(warmUpBlocks, 50))}, max ${ms(Math.max(...warmUpBlocks))}`);
  }

  let durableAt = 0;
  const openedAt = performance.now();
  const store = timed(await openWorkspaceStore(folder, { mode: 'write' }), () => (durableAt = performance.now()));
  const service = await WorkspaceService.open({ store, seedsDir: null, defaultReviewer: 'bench', analysis: 'off' });
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const claimIds = ws.claims.map((c) => c.id);
  const pickClaim = () => claimIds[Math.floor(rand() * claimIds.length)] as string;
  const actions: Record<string, () => Promise<unknown>> = {
    verify: () => service.reviewClaim({ claimId: pickClaim(), status: 'verified' }),
    correct: () => service.reviewClaim({ claimId: pickClaim(), status: 'corrected', correctedValue: Math.round(rand() * 1000) }),
    flag: () => service.reviewClaim({ claimId: pickClaim(), status: 'flagged', flagReason: 'needs_source' }),
    undo: () => service.undo(),
    'add claim': async () => {
      const a = ws.articles[Math.floor(rand() * ws.articles.length)] as Article;
      const start = a.text.indexOf('Bản tin');
      return service.addClaim({ articleId: a.id, start, end: start + 7 + Math.floor(rand() * 5) }).catch(() => undefined);
    },
  };
  // Twice: right after the open (buckets still parsed in the background, an action may be the
  // first touch of its bucket), then once the background parse is over.
  for (const phase of ['after open', 'warmed up'] as const) {
    if (phase === 'warmed up') {
      await (store as WorkspaceStore & { warmedUp?: () => Promise<void> }).warmedUp?.();
      console.log(`-- after the background parse (${ms(performance.now() - openedAt)} after the open):`);
    } else console.log('-- right after the open (background parse running):');
    let longest = 0;
    let p99 = 0;
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
      const block = loop.max / 1e6;
      longest = Math.max(longest, block);
      p99 = Math.max(p99, loop.percentile(99) / 1e6);
      const key = phase === 'warmed up' ? name : `${name} (after open)`;
      results[n] = { ...results[n], [`${key} p50`]: pct(times, 50), [`${key} p95`]: pct(times, 95) };
      console.log(`${name.padEnd(9)} time until durable: p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))} (${times.length} samples); baseline ratio p50 ${(pct(baseline, 50) / pct(times, 50)).toFixed(0)}×; longest event-loop block ${ms(block)}`);
    }
    console.log(`event loop during these actions: longest block ${ms(longest)}, p99 (worst action) ${ms(p99)}`);
  }
  loop.disable();
  t = performance.now();
  await service.close();
  console.log(`close (final checkpoint): ${ms(performance.now() - t)}`);
  const onDisk = await du(folder);
  console.log(`size on disk: ${(onDisk / 1e6).toFixed(1)} MB = ${(onDisk / contentBytes).toFixed(2)}× article text + claims JSON (target ≤ 2×); old single file ${(oldSize / 1e6).toFixed(1)} MB`);
  results[n] = { ...results[n], open: pct(opens, 50), disk: onDisk / contentBytes };
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
console.log('\n(figures from a shared 2-core machine under load from other jobs: run more than once)');
