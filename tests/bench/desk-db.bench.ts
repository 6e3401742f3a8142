/**
 * Shared-desk benchmark on PostgreSQL over loopback: a private cluster (fsync ON, the server's
 * defaults: an acknowledged action is on disk) holding 100,000 claims, then
 *   - one editor: verify / correct / flag / undo, time until COMMIT returned, p50/p95;
 *   - one editor through the WorkspaceService (the app's review action: reads + commit), p50/p95;
 *   - 4 editors at once (4 connections, 4 desks), each acting on its own claims, p50/p95;
 *   - the delay until another editor's desk receives the change (LISTEN/NOTIFY), p50/p95;
 *   - baseline: the cheapest durable commit this server can do (one-row INSERT), and the ratio.
 * Targets: action p95 ≤ 20 ms; notification p95 < 1 s.
 *   npx tsx tests/bench/desk-db.bench.ts [claims=100000] [actions=300]
 * Needs the PostgreSQL server binaries (apt-get install postgresql). Not part of the test suite:
 * timings depend on the machine and its load.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDeskService } from '../../electron/services/desk';
import { META_ID, type CommitRequest, type RecordChange } from '../../electron/store/port';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { createLocalCluster } from '../../electron/store/postgres/cluster';
import { PostgresWorkspaceStore, type DeskChange } from '../../electron/store/postgres/pgStore';
import type { Article, Claim, Review } from '../../shared/schema';
import { makeArticle, makeClaim, makeReview, percentile } from '../desk/fixtures/records';

const CLAIMS = Number(process.argv[2] ?? 100_000);
const ACTIONS = Number(process.argv[3] ?? 300);
const PER_ARTICLE = 100;

// The same records as the desk tests (tests/desk/fixtures/records.ts); a bench article is longer.
const article = (n: number): Article => ({
  ...makeArticle(n),
  outlet: ['Tuổi Trẻ', 'VnExpress', 'Thanh Niên'][n % 3]!,
  text: `Bài ${n}. `.repeat(40) + 'Năm 2023, tỉnh có 1.250 doanh nghiệp mới, tăng 12% so với năm trước.',
});
const claim = (articleN: number, i: number): Claim => makeClaim(`a_${articleN.toString(16).padStart(28, '0')}`, i);
const review = (claimId: string, status: Review['status'], who: string, extra: Partial<Review> = {}): Review => makeReview(claimId, status, who, null, extra);

function action(claimId: string, before: Review | null, after: Review, name: string, who: string): CommitRequest {
  return {
    action: name,
    who,
    at: new Date().toISOString(),
    changes: [{ table: 'reviews', id: claimId, before, after }],
    audit: [{ who, when: new Date().toISOString(), action: name, target: claimId, before: before?.status ?? null, after: after.status }],
    undo: { kind: 'push', limit: 200 },
  };
}

const pct = percentile;
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function timed<T>(work: () => Promise<T>, into: number[]): Promise<T> {
  const t = performance.now();
  const result = await work();
  into.push(performance.now() - t);
  return result;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-desk-bench-'));
  console.log(`desk-db bench: ${CLAIMS} claims, ${ACTIONS} actions per measure, cluster in ${dir} (fsync on)`);
  const cluster = await createLocalCluster({ dir });
  const identity = (name: string) => ({ name, osUser: name.toLowerCase(), host: 'bench' });
  try {
    const lan = await PostgresWorkspaceStore.open({ url: cluster.url, identity: identity('Lan') });

    // Seed: one import commit per 100 articles (10,000 claims), as `cli import` of a folder would.
    let t = performance.now();
    const articles = Math.ceil(CLAIMS / PER_ARTICLE);
    for (let from = 0; from < articles; from += 100) {
      const changes: RecordChange[] = [];
      for (let a = from; a < Math.min(articles, from + 100); a++) {
        changes.push({ table: 'articles', id: article(a).id, before: null, after: article(a) });
        for (let i = 0; i < PER_ARTICLE; i++) changes.push({ table: 'claims', id: claim(a, i).id, before: null, after: claim(a, i) });
      }
      // The engine version is stored with the first import, as the app does: no re-extraction on opening.
      if (from === 0) changes.push({ table: 'meta', id: META_ID, before: { id: META_ID, extractorVersion: 1 }, after: { id: META_ID, extractorVersion: EXTRACTOR_VERSION } });
      await lan.commit({ action: 'article.import', who: 'Lan', at: new Date().toISOString(), changes, audit: [] });
    }
    const counts = await lan.counts();
    console.log(`seeded ${counts.articles} articles, ${counts.claims} claims in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const admin = new pg.Client({ connectionString: cluster.url });
    // A connection error reported between queries (the server going away) is printed, not a crash.
    admin.on('error', (error) => console.error(`admin connection: ${error.message}`));
    await admin.connect();
    await admin.query('ANALYZE');
    const size = (await admin.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS s')).rows[0].s;
    console.log(`database size: ${size}`);

    // Baseline: the cheapest durable commit on this server (one tiny row, autocommit).
    await admin.query('CREATE TABLE bench_floor (id serial primary key, v text)');
    const floor: number[] = [];
    for (let i = 0; i < ACTIONS; i++) await timed(() => admin.query("INSERT INTO bench_floor (v) VALUES ('x')"), floor);

    // One editor: verify, correct, flag, undo (each one commit, as the service makes them).
    const single: Record<string, number[]> = { verify: [], correct: [], flag: [], undo: [] };
    for (let i = 0; i < ACTIONS; i++) {
      const a = (i * 7919) % articles;
      const id = claim(a, i % PER_ARTICLE).id;
      // With few claims an id comes round again: act from its current review (read outside the timing).
      const [current] = await lan.reviews([id]);
      const verified = review(id, 'verified', 'Lan');
      await timed(() => lan.commit(action(id, current ?? null, verified, 'review.verified', 'Lan')), single.verify!);
      const corrected = review(id, 'corrected', 'Lan', { correctedValue: 1300, note: 'Theo Niên giám thống kê 2023' });
      await timed(() => lan.commit(action(id, verified, corrected, 'review.corrected', 'Lan')), single.correct!);
      const flagged = review(id, 'flagged', 'Lan', { flagReason: 'needs_source' });
      await timed(() => lan.commit(action(id, corrected, flagged, 'review.flagged', 'Lan')), single.flag!);
      await timed(async () => {
        const top = (await lan.undoTop('undo'))!;
        const inverse = top.changes.map((c) => ({ ...c, before: c.after, after: c.before })).reverse() as RecordChange[];
        await lan.commit({ action: `undo.${top.action}`, who: 'Lan', at: new Date().toISOString(), changes: inverse, audit: [], undo: { kind: 'undo', entryId: top.id } });
      }, single.undo!);
    }
    const all = Object.values(single).flat();
    console.log('\none editor, time until the commit returned (durable):');
    for (const [name, v] of Object.entries(single)) console.log(`  ${name.padEnd(8)} p50 ${ms(pct(v, 50))}  p95 ${ms(pct(v, 95))}`);
    console.log(`  all      p50 ${ms(pct(all, 50))}  p95 ${ms(pct(all, 95))}   (target p95 ≤ 20 ms)`);
    console.log(`  baseline one-row INSERT commit p50 ${ms(pct(floor, 50))}; action/baseline = ${(pct(all, 50) / pct(floor, 50)).toFixed(1)}×`);

    // The same editor's review as the app makes it: the WorkspaceService on the desk (reads the
    // claim, the settings and the review, checks, commits). Verify/flag do not re-run the analysis.
    const service = await openDeskService({ url: cluster.url, reviewerName: 'Hà', identity: { osUser: 'ha', host: 'bench' } });
    const viaService: number[] = [];
    for (let i = 0; i < ACTIONS; i++) {
      const id = claim((i * 4421 + 17) % articles, (i * 3) % PER_ARTICLE).id;
      await timed(() => service.reviewClaim({ claimId: id, status: i % 2 === 0 ? 'verified' : 'flagged' }), viaService);
    }
    await service.close();
    console.log(`  service  p50 ${ms(pct(viaService, 50))}  p95 ${ms(pct(viaService, 95))}   (WorkspaceService.reviewClaim: reads + commit; target p95 ≤ 20 ms)`);

    // Four editors at once, each on claims of its own articles; a fifth desk listens.
    const editors = await Promise.all(['Minh', 'Hoa', 'Tuấn', 'Khoa'].map((n) => PostgresWorkspaceStore.open({ url: cluster.url, identity: identity(n) })));
    const notifyDelays: number[] = [];
    const sentAt = new Map<string, number>();
    lan.onChange((c: DeskChange) => {
      const now = performance.now();
      for (const x of c.changes) {
        const s = sentAt.get(x.id);
        if (s !== undefined) {
          notifyDelays.push(now - s);
          sentAt.delete(x.id);
        }
      }
    });
    const concurrent: number[] = [];
    t = performance.now();
    await Promise.all(
      editors.map(async (desk, e) => {
        for (let i = 0; i < ACTIONS; i++) {
          const a = (e * 997 + i * 13) % articles;
          const id = claim(a, (PER_ARTICLE - 1 - e * 20 - (i % 20)) % PER_ARTICLE).id;
          const [before] = await desk.reviews([id]);
          const next = review(id, before?.status === 'verified' ? 'flagged' : 'verified', desk.editor);
          sentAt.set(id, performance.now());
          await timed(() => desk.commit(action(id, before ?? null, next, `review.${next.status}`, desk.editor)), concurrent);
        }
      }),
    );
    const wall = (performance.now() - t) / 1000;
    await new Promise((r) => setTimeout(r, 1_000));
    console.log(`\n4 editors at once (${4 * ACTIONS} actions in ${wall.toFixed(1)} s, ${((4 * ACTIONS) / wall).toFixed(0)} actions/s):`);
    console.log(`  action   p50 ${ms(pct(concurrent, 50))}  p95 ${ms(pct(concurrent, 95))}   (target p95 ≤ 20 ms)`);
    console.log(`  seen by another editor's desk: p50 ${ms(pct(notifyDelays, 50))}  p95 ${ms(pct(notifyDelays, 95))}  (${notifyDelays.length} changes; target p95 < 1000 ms)`);
    console.log(`  audit chain after the run: ${(await lan.verifyAudit()) === -1 ? 'verifies' : 'BROKEN'}`);

    // Reads an editor's screen makes at this size.
    const reads: Record<string, number[]> = { library: [], article: [], claimPage: [] };
    for (let i = 0; i < 20; i++) {
      await timed(() => lan.articleSummaries(), reads.library!);
      await timed(() => lan.articleWithClaims(article((i * 31) % articles).id), reads.article!);
      await timed(() => lan.claimPage({ offset: 50_000, limit: 100, statuses: ['unreviewed'] }), reads.claimPage!);
    }
    // Every claim row page after page, as the desk loads them (1,000 a page): by key after the first.
    reads.claimPageNext = [];
    for (let offset = 0; offset < Math.min(CLAIMS, 100_000); offset += 1000) await timed(() => lan.claimPage({ offset, limit: 1000 }), reads.claimPageNext);
    console.log('\nreads at this size:');
    for (const [name, v] of Object.entries(reads)) console.log(`  ${name.padEnd(9)} p50 ${ms(pct(v, 50))}  p95 ${ms(pct(v, 95))}`);

    for (const d of editors) await d.close();
    await lan.close();
    await admin.end();
  } finally {
    await cluster.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
