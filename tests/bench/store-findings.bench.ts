// Findings storage benchmark (issue 9): prints figures, not a test.
//   npx tsx tests/bench/store-findings.bench.ts
// BENCH_ARTICLES (default 1000) generated articles (tests/bench/generate.ts: seed sentences, figures
// redrawn), extracted by the real engine; BENCH_FINDINGS (default 357000, the 10,000-article import's
// count) findings of the real shape: real findings of the first articles (shared/analysis) used as
// templates, each copy on another pair of claims. The workspace folder is written once as a v1
// migration writes it (schemaVersion 3: findings in chunks with index documents), then rewritten in the
// schemaVersion 2 layout (findings in 16 documents) to measure the same workspace before and after.
// Also: time to the findings panel's first page (and its counts) right after a write open, and the
// longest event-loop block meanwhile, answered from the findings head (data/fhead) against the path
// without it (waiting for the findings index: every findings index document read, then sorted — at
// once as before, and in slices as now), in the same run. BENCH_FIRST_PAGE_ONLY=1 stops after that.
// Also: time to the findings of one claim and of one article right after a write open, from the
// findings keys (data/fkeys: only the findings index documents of the chunks that may hold them read)
// against the path without them (waiting for the findings index's references), in the same run, with
// the answers compared to the built index's. BENCH_WORKSPACE=<folder> measures only that, on a copy of
// an existing workspace folder (e.g. the 10,000-article import kept by desk.bench.ts's BENCH_KEEP):
//   nice node --max-old-space-size=6000 --import tsx tests/bench/store-findings.bench.ts   (BENCH_WORKSPACE=…)
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocument } from '../../shared/document';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { detectFindings } from '../../shared/analysis';
import { SCHEMA_VERSION, type Article, type Claim, type Finding, type Workspace } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { runCli } from '../../electron/cli/run';
import { WorkspaceService } from '../../electron/services/workspaceService';
import { LowdbFolderStore, type Manifest } from '../../electron/store/lowdb/folderStore';
import { nodeFs } from '../../electron/store/lowdb/fsio';
import { loadSnapshot } from '../../electron/store/memoryStore';
import { LowdbWorkspaceRepository } from '../../electron/store/lowdbRepository';
import { setFindingGroupsSliced } from '../../electron/store/findingIndex';
import { pageFindings, summarize } from '../../electron/services/paging';
import { openWorkspaceStore } from '../../electron/store/open';
import { rng, writeGeneratedArticles } from './generate';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 357_000);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (x: number) => `${(x / 1e6).toFixed(1)} MB`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

const dir = await mkdtemp(join(tmpdir(), 'crosscheck-findings-bench-'));

/**
 * The findings of one claim (the desk's claim panel: a page of 20) and of one article (the article's
 * history: all of them) right after a write open of `folder`, with (`keys`) or without (the manifest
 * names no findings keys: a workspace written before them) the findings keys; then the same queries
 * once the findings index is built, to compare the answers.
 */
async function claimFindingsAfterOpen(folder: string, label: string, keys: boolean, claimIds: readonly string[]) {
  const manifestPath = join(folder, 'workspace.json');
  const manifestText = await readFile(manifestPath, 'utf8');
  if (!keys) {
    const m = JSON.parse(manifestText) as Manifest;
    delete m.documents.fkeys;
    await writeFile(manifestPath, JSON.stringify(m, null, 1));
  }
  // The store alone (the service would re-extract a workspace of an older extraction engine first).
  let s = performance.now();
  const store = await openWorkspaceStore(folder, { mode: 'write', warmUp: false });
  const open = performance.now() - s;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const times: number[] = [];
  const answers: unknown[] = [];
  const queries = claimIds.map((claimId) => ({ claimId, offset: 0, limit: 20 }));
  for (const q of queries) {
    s = performance.now();
    answers.push(await store.findings(q));
    times.push(performance.now() - s);
  }
  loop.disable();
  const claimBlock = loop.max / 1e6;
  // A page of an article's findings (the article of the median claim).
  const articleId = (await store.claims([claimIds[1]!]))[0]!.articleId;
  s = performance.now();
  const ofArticle = await store.findings({ articleId, offset: 0, limit: 20 });
  const articleMs = performance.now() - s;
  // The same, answered by the built findings index.
  await store.findings({ types: ['conflict'], limit: 1 });
  const indexed = [...(await Promise.all(queries.map((q) => store.findings(q)))), await store.findings({ articleId, offset: 0, limit: 20 })];
  const same = JSON.stringify([...answers, ofArticle]) === JSON.stringify(indexed);
  await (store as LowdbFolderStore).close();
  await writeFile(manifestPath, manifestText);
  const totals = (answers as { total: number }[]).map((a) => a.total).join(', ');
  console.log(
    `[${label}] write open ${ms(open)}; then the findings of one claim (a page of 20): first ${ms(times[0]!)}, the next ${times.slice(1).map(ms).join(', ')} ` +
      `(totals ${totals}; longest event-loop block during these ${ms(claimBlock)}); then a page of one article's findings ${ms(articleMs)} (total ${ofArticle.total}); same answers as the built index: ${same}`,
  );
  return { first: times[0]!, all: times, article: articleMs, same };
}

/** claimFindingsAfterOpen with and without findings keys, twice each, on `folder`; claims picked from its findings. */
async function claimFindingsBench(folder: string) {
  // The claims of a few findings of the head's first page, and the claim in the most findings.
  const store = await openWorkspaceStore(folder, { mode: 'write', warmUp: false });
  const first = await store.findings({ statuses: ['open'], types: ['conflict', 'update', 'internal'], offset: 0, limit: 50 });
  // (From the findings index documents on disk: no finding loaded.)
  const inFindings = new Map<string, number>();
  const before = JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as Manifest;
  for (const [key, name] of Object.entries(before.documents)) {
    if (!key.startsWith('findex-')) continue;
    for (const e of (JSON.parse(await readFile(join(folder, 'data', name), 'utf8')) as { findings: [number, string, string, string, string[]][] }).findings) {
      for (const c of e[4]) inFindings.set(c, (inFindings.get(c) ?? 0) + 1);
    }
  }
  // Claims by how many findings they stand in: the median one, the 90th and 99th percentiles, the busiest.
  const byCount = [...inFindings].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const at = (p: number) => byCount[Math.min(byCount.length - 1, Math.floor(p * byCount.length))]!;
  const picks = [at(0.5), at(0.9), at(0.99), byCount[byCount.length - 1]!];
  console.log(`claims picked (findings each): ${picks.map(([, n]) => n).join(', ')}`);
  inFindings.clear();
  byCount.length = 0;
  const t0 = performance.now();
  await (store as LowdbFolderStore).close();
  console.log(`(open and close: its checkpoint writes the findings keys of a workspace written before them: close ${ms(performance.now() - t0)})`);
  const manifest = JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as Manifest;
  const keysBytes = manifest.documents.fkeys ? (await stat(join(folder, 'data', manifest.documents.fkeys))).size : 0;
  console.log(`findings keys document: ${mb(keysBytes)}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  // The median claim first (the first query after the open), then the others, then the first claim of the findings panel's first finding.
  const claimIds = [...picks.map(([c]) => c), first.items.flatMap((f) => f.claimIds)[0]!];
  const runs: Record<'before' | 'now', Awaited<ReturnType<typeof claimFindingsAfterOpen>>[]> = { before: [], now: [] };
  for (let round = 0; round < 2; round++) {
    runs.now.push(await claimFindingsAfterOpen(folder, 'findings keys (now)', true, claimIds));
    runs.before.push(await claimFindingsAfterOpen(folder, 'no findings keys, waiting for the index (before)', false, claimIds));
  }
  const best = (k: 'before' | 'now', f: 'first' | 'article') => Math.min(...runs[k].map((x) => x[f]));
  const eachBest = (k: 'before' | 'now') => claimIds.map((_, i) => ms(Math.min(...runs[k].map((x) => x.all[i]!)))).join(', ');
  console.log(
    `a claim's findings after open (a page of 20), in turn (best of 2 each): before ${eachBest('before')}; now ${eachBest('now')}\n` +
      `the first of them (the median claim, the first query after the open): before ${ms(best('before', 'first'))}, now ${ms(best('now', 'first'))}; a page of one article's findings after them: before ${ms(best('before', 'article'))}, now ${ms(best('now', 'article'))} ` +
      `(best of 2); same answers as the index on every run: ${[...runs.before, ...runs.now].every((r) => r.same)}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  );
}

if (process.env.BENCH_WORKSPACE) {
  const copy = join(dir, 'ws');
  const t = performance.now();
  await cp(process.env.BENCH_WORKSPACE, copy, { recursive: true, filter: (src) => !src.endsWith('/lock') });
  console.log(`copied ${process.env.BENCH_WORKSPACE} in ${ms(performance.now() - t)}`);
  await claimFindingsBench(copy);
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
}
let t = performance.now();
const textDir = writeGeneratedArticles(join(dir, 'articles'), ARTICLES);
const articles: Article[] = [];
const claims: Claim[] = [];
for (const name of (await readdir(textDir)).sort()) {
  const doc = buildDocument(await readFile(join(textDir, name), 'utf8'), `bench/${name}`, '2026-06-01T00:00:00.000Z', {});
  articles.push(doc.article);
  claims.push(...doc.claims);
}
await rm(textDir, { recursive: true, force: true });
const sample = new Set(articles.slice(0, 60).map((a) => a.id));
const templates = detectFindings(
  articles.filter((a) => sample.has(a.id)),
  claims.filter((c) => sample.has(c.articleId)),
);
if (templates.length === 0) throw new Error('no template findings');
const rand = rng(99);
const hex = (n: number) => n.toString(16).padStart(8, '0');
const findings: Finding[] = [];
const statuses: Finding['status'][] = ['open', 'open', 'open', 'resolved', 'dismissed'];
for (let i = 0; i < FINDINGS; i++) {
  const tpl = templates[i % templates.length] as Finding;
  const a = claims[Math.floor(rand() * claims.length)] as Claim;
  const b = claims[Math.floor(rand() * claims.length)] as Claim;
  const status = statuses[i % statuses.length] as Finding['status'];
  findings.push({
    ...tpl,
    id: `f_${hex(i)}${hex(Math.floor(rand() * 2 ** 32))}${hex(Math.floor(rand() * 2 ** 32)).slice(0, 4)}`,
    claimIds: tpl.claimIds.length >= 2 ? [a.id, b.id] : [a.id],
    articleIds: tpl.claimIds.length >= 2 ? [a.articleId, b.articleId] : [a.articleId],
    ...(tpl.spans ? { spans: tpl.spans.map((s, k) => ({ ...s, articleId: (k === 0 ? a : b).articleId })) } : {}),
    status,
    resolution: status === 'open' ? null : 'bench',
  });
}
const ws: Workspace = { schemaVersion: SCHEMA_VERSION, extractorVersion: EXTRACTOR_VERSION, articles, claims, reviews: {}, findings, auditLog: [], settings: { ...defaultSettings(), reviewerName: 'bench' } };
let findingBytes = 0;
for (const f of findings) findingBytes += Buffer.byteLength(JSON.stringify(f)) + 1;
console.log(`${ARTICLES} articles, ${claims.length} claims, ${findings.length} findings (${mb(findingBytes)} as JSON, ${templates.length} real templates); built in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const folder = join(dir, 'ws');
t = performance.now();
// Written as a migration from a v1 workspace writes it (without the v1 file's parse and schema check).
await LowdbFolderStore.create(folder, nodeFs, (state) => loadSnapshot(state, ws));
ws.findings = [];
findings.length = 0;
console.log(`workspace folder written (schemaVersion 3): ${ms(performance.now() - t)}`);

const readManifest = async () => JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as Manifest;
const sizeOf = async (m: Manifest, prefix: string) => {
  let total = 0;
  let n = 0;
  for (const [k, name] of Object.entries(m.documents)) {
    if (k.startsWith(prefix)) {
      total += (await stat(join(folder, 'data', name))).size;
      n++;
    }
  }
  return { total, n };
};

interface Figures {
  storeOpen: number[];
  serviceOpen: number;
  firstPage: number;
  summary: number;
  deepPage: number;
  ofClaim: number;
  blockMax: number;
  list: number;
}

/** Opens for writing (store alone, then the service), and times the findings queries the desk makes first. */
async function measure(label: string, opens: number): Promise<Figures> {
  // `list` first: read-only, it changes nothing (the writing opens below migrate a v2 workspace).
  let bytes = 0;
  let s = performance.now();
  const code = await runCli(['list', '--workspace', folder, '--lang', 'en'], { out: (x) => (bytes += x.length), err: () => undefined });
  const list = performance.now() - s;
  console.log(`[${label}] cli list: ${ms(list)} (exit ${code}, ${mb(bytes)} printed)`);
  // Store write opens, each closed at once (no change: nothing to write).
  const storeOpen: number[] = [];
  for (let i = 0; i < opens; i++) {
    s = performance.now();
    const store = await openWorkspaceStore(folder, { mode: 'write', warmUp: false });
    storeOpen.push(performance.now() - s);
    await (store as LowdbFolderStore).close();
  }
  const loop = monitorEventLoopDelay({ resolution: 1 });
  s = performance.now();
  const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder, undefined, { warmUp: false }), seedsDir: null, defaultReviewer: 'bench', analysis: 'off' });
  const serviceOpen = performance.now() - s;
  loop.enable();
  const store = service.ctx.store;
  s = performance.now();
  const first = await store.findings({ statuses: ['open'], types: ['conflict', 'update', 'internal'], offset: 0, limit: 50 });
  const firstPage = performance.now() - s;
  s = performance.now();
  await Promise.all([store.findings({ statuses: ['resolved'], limit: 0 }), store.findings({ statuses: ['dismissed'], limit: 0 }), store.findingsSignature?.(), store.counts()]);
  const summary = performance.now() - s;
  s = performance.now();
  await store.findings({ offset: Math.floor(first.total / 2), limit: 50 });
  const deepPage = performance.now() - s;
  // The desk's findings of one claim (a page of 20), for a claim standing in many findings.
  const claimId = first.items[0]!.claimIds[0]!;
  s = performance.now();
  const ofClaimPage = await store.findings({ claimId, offset: 0, limit: 20 });
  const ofClaim = performance.now() - s;
  loop.disable();
  const blockMax = loop.max / 1e6;
  if (storeOpen.length === 0) storeOpen.push(serviceOpen);
  console.log(
    `[${label}] store write open p50 ${ms(pct(storeOpen, 50))} (max ${ms(Math.max(...storeOpen))}); service open (store open + counts) ${ms(serviceOpen)}; ` +
      `then: first page of open findings ${ms(firstPage)} (total ${first.total}), totals + signature + counts ${ms(summary)}, a page at offset ${Math.floor(first.total / 2)} ${ms(deepPage)}, ` +
      `a page of the findings of one claim ${ms(ofClaim)} (${ofClaimPage.total} findings); longest event-loop block during these ${ms(blockMax)}`,
  );

  if (label === 'schemaVersion 3') {
    // Parse time per chunk: one finding of every 10th chunk asked for, cold.
    const inside = store as unknown as { lazyFindingChunks: Map<string, string>; lazyFindingMeta: Map<string, { ord: number }> };
    const byChunk = new Map<number, string>();
    for (const [id, m] of inside.lazyFindingMeta) if (!byChunk.has(Math.floor(m.ord / 1000))) byChunk.set(Math.floor(m.ord / 1000), id);
    const parse: number[] = [];
    for (const [chunk, id] of byChunk) {
      if (chunk % 10 !== 0) continue;
      const p = performance.now();
      await store.getFindings([id]);
      parse.push(performance.now() - p);
    }
    console.log(`  one findings chunk (1,000 findings) parsed on demand: p50 ${ms(pct(parse, 50))}, max ${ms(Math.max(...parse))} (${parse.length} chunks); still unparsed ${inside.lazyFindingChunks.size}`);
    // A decision: durable, then the checkpoint that writes its chunk only.
    const target = first.items[0] as Finding;
    const d = performance.now();
    await service.decideFinding({ findingId: target.id, decision: 'dismiss', note: 'bench' });
    const durable = performance.now() - d;
    const before = await readManifest();
    const c = performance.now();
    await (store as unknown as LowdbFolderStore).checkpoint();
    const after = await readManifest();
    const rewritten = Object.keys(after.documents).filter((k) => after.documents[k] !== before.documents[k]);
    console.log(`  a finding decision: durable ${ms(durable)}; its checkpoint ${ms(performance.now() - c)} rewrote ${rewritten.filter((k) => /^f(chunk|index)-/.test(k)).join(', ')}`);
  }
  s = performance.now();
  await service.close();
  const closeMs = performance.now() - s;
  if (label !== 'schemaVersion 3') console.log(`  close (its checkpoint moves the findings to chunks: the migration) ${ms(closeMs)}`);
  return { storeOpen, serviceOpen, firstPage, summary, deepPage, ofClaim, blockMax, list };
}

/**
 * The findings panel right after a write open (the desk's first `listFindings` + `getSummary`):
 * time from the open's end to both answers, the longest event-loop block meanwhile; then how long
 * until the findings index is built (in the background) and the longest block during that.
 */
async function firstPageAfterOpen(label: string, options: { head: boolean; sliced: boolean }) {
  const manifestPath = join(folder, 'workspace.json');
  const manifestText = await readFile(manifestPath, 'utf8');
  if (!options.head) {
    const m = JSON.parse(manifestText) as Manifest;
    delete m.documents.fhead;
    await writeFile(manifestPath, JSON.stringify(m, null, 1));
  }
  setFindingGroupsSliced(options.sliced);
  let s = performance.now();
  const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(folder, undefined, { warmUp: false }), seedsDir: null, defaultReviewer: 'bench', analysis: 'off' });
  const open = performance.now() - s;
  const store = service.ctx.store;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  s = performance.now();
  const [page, summary] = await Promise.all([pageFindings(store, { show: 'open', offset: 0, limit: 40 }), summarize(store)]);
  const first = performance.now() - s;
  loop.disable();
  const loopIndex = monitorEventLoopDelay({ resolution: 1 });
  loopIndex.enable();
  // A query only the findings index answers: resolves once it is built.
  await store.findings({ claimId: page.findings[0]!.claimIds[0]!, limit: 1 });
  const indexReady = performance.now() - s;
  loopIndex.disable();
  const all = await pageFindings(store, { show: 'all', offset: 0, limit: 40 });
  await service.close();
  setFindingGroupsSliced(true);
  await writeFile(manifestPath, manifestText);
  console.log(
    `[${label}] write open ${ms(open)}; first findings page (40 open) + counts: ${ms(first)} (open ${summary.findings.open}, page total ${page.total}), ` +
      `longest event-loop block meanwhile ${ms(loop.max / 1e6)}; findings index built ${ms(indexReady)} after the open, longest block during it ${ms(loopIndex.max / 1e6)}`,
  );
  return { first, block: loop.max / 1e6, indexReady, indexBlock: loopIndex.max / 1e6, answer: JSON.stringify([page, summary.findings]), all: JSON.stringify(all) };
}

{
  const runs: Record<string, Awaited<ReturnType<typeof firstPageAfterOpen>>[]> = { before: [], noHead: [], head: [] };
  for (let round = 0; round < 2; round++) {
    runs.before!.push(await firstPageAfterOpen('no findings head, index sorted at once (before)', { head: false, sliced: false }));
    runs.head!.push(await firstPageAfterOpen('findings head (now)', { head: true, sliced: true }));
    runs.noHead!.push(await firstPageAfterOpen('no findings head, index sorted in slices (a workspace before its first checkpoint with heads)', { head: false, sliced: true }));
  }
  const answers = new Set(Object.values(runs).flatMap((r) => r.map((x) => x.answer + x.all)));
  const best = (k: string, f: 'first' | 'block' | 'indexBlock') => Math.min(...runs[k]!.map((x) => x[f]));
  console.log(
    `first findings page after open: before ${ms(best('before', 'first'))} (block ${ms(best('before', 'block'))}), now ${ms(best('head', 'first'))} (block ${ms(best('head', 'block'))}): ` +
      `×${(best('before', 'first') / best('head', 'first')).toFixed(1)}; index build's longest block before ${ms(best('before', 'indexBlock'))}, now ${ms(best('head', 'indexBlock'))} (best of 2 each); ` +
      `answers identical on every path: ${answers.size === 1}`,
  );
  await claimFindingsBench(folder);
  if (process.env.BENCH_FIRST_PAGE_ONLY === '1') {
    await rm(dir, { recursive: true, force: true });
    process.exit(0);
  }
}

const v3 = await readManifest();
const chunks = await sizeOf(v3, 'fchunk-');
const indexes = await sizeOf(v3, 'findex-');
console.log(`findings on disk (schemaVersion 3): ${chunks.n} chunks ${mb(chunks.total)} + ${indexes.n} index documents ${mb(indexes.total)}`);
const after = await measure('schemaVersion 3', 3);

// The same workspace in the schemaVersion 2 layout: every findings document parsed by a write open.
const manifest = await readManifest();
const buckets: [number, Finding][][] = Array.from({ length: 16 }, () => []);
let n = 0;
for (const [key, name] of Object.entries(manifest.documents)) {
  if (key.startsWith('fchunk-')) for (const e of (JSON.parse(await readFile(join(folder, 'data', name), 'utf8')) as { findings: [number, Finding][] }).findings) buckets[n++ % 16]!.push(e);
  if (key.startsWith('fchunk-') || key.startsWith('findex-')) delete manifest.documents[key];
}
for (const [b, list] of buckets.entries()) {
  const name = `findings-${String(b).padStart(2, '0')}.${manifest.checkpointSeq}.json`;
  await writeFile(join(folder, 'data', name), JSON.stringify({ findings: list }));
  manifest.documents[`findings-${String(b).padStart(2, '0')}`] = name;
}
buckets.length = 0;
delete manifest.findingChunk;
delete manifest.counts.findings;
manifest.schemaVersion = 2;
await writeFile(join(folder, 'workspace.json'), JSON.stringify(manifest, null, 1));
const legacy = await sizeOf(manifest, 'findings-');
console.log(`findings on disk (schemaVersion 2): ${legacy.n} documents ${mb(legacy.total)}`);
// One writing open only (the service's): its close migrates the workspace back to chunks.
const before = await measure('schemaVersion 2', 0);

console.log(
  `\nratio v2 / v3: write open ×${(pct(before.storeOpen, 50) / pct(after.storeOpen, 50)).toFixed(1)}, service open ×${(before.serviceOpen / after.serviceOpen).toFixed(1)}, ` +
    `first findings page ×${(before.firstPage / after.firstPage).toFixed(1)}, list ×${(before.list / after.list).toFixed(1)}`,
);
await rm(dir, { recursive: true, force: true });
