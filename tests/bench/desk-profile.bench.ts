/**
 * Where an editor's action on the shared desk spends its time, on the server and around it: a
 * private cluster (fsync ON) with pg_stat_statements (nested statements tracked) and WAL timing,
 * N single-editor review commits, then
 *   - the client's time per action (p50/p95) beside a bare round trip (SELECT 1) and the cheapest
 *     durable commit (one-row INSERT);
 *   - round trips per action (statements the server received per commit);
 *   - the server's execution time of desk_commit and of each statement inside it;
 *   - WAL: bytes and records per action, and the disk flush (fsync) time per flush;
 *   - optionally the same with group commit settings (commit_delay/commit_siblings) for 4 editors.
 *   npx tsx tests/bench/desk-profile.bench.ts [claims=20000] [actions=300] [delay:siblings,…=0:5,1000:1]
 * Needs the PostgreSQL server binaries and pg_stat_statements (Debian's postgresql package has
 * it). Not part of the test suite: figures depend on the machine and its load.
 */
import { mkdtemp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { META_ID, type CommitRequest, type RecordChange } from '../../electron/store/port';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { createLocalCluster } from '../../electron/store/postgres/cluster';
import { PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import type { Review } from '../../shared/schema';
import { makeArticle, makeClaim, makeReview, percentile } from '../desk/fixtures/records';

const CLAIMS = Number(process.argv[2] ?? 20_000);
const ACTIONS = Number(process.argv[3] ?? 300);
const PER_ARTICLE = 100;
/** Group commit settings tried with 4 editors: [commit_delay µs, commit_siblings]; argv[4] "0:5,1000:1". */
const GROUP_COMMIT = (process.argv[4] ?? '0:5,1000:1')
  .split(',')
  .map((p) => p.split(':').map(Number) as [number, number]);

const claimOf = (a: number, i: number) => makeClaim(makeArticle(a).id, i);
const ms = (v: number) => `${v.toFixed(2)} ms`;
const load = () => `load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;

function action(claimId: string, before: Review | null, after: Review, who: string): CommitRequest {
  const at = new Date().toISOString();
  return {
    action: `review.${after.status}`,
    who,
    at,
    changes: [{ table: 'reviews', id: claimId, before, after }],
    audit: [{ who, when: at, action: `review.${after.status}`, target: claimId, before: before?.status ?? null, after: after.status }],
    undo: { kind: 'push', limit: 200 },
  };
}

async function timed(work: () => Promise<unknown>, into: number[]): Promise<void> {
  const t = performance.now();
  await work();
  into.push(performance.now() - t);
}

interface Stat {
  query: string;
  calls: string;
  total_exec_time: number;
  mean_exec_time: number;
  toplevel: boolean;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-desk-profile-'));
  console.log(`desk profile: ${CLAIMS} claims, ${ACTIONS} actions, cluster in ${dir} (fsync on); ${load()}`);
  const cluster = await createLocalCluster({ dir });
  try {
    await cluster.psql("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
    await cluster.psql('ALTER SYSTEM SET track_wal_io_timing = on');
    await cluster.stop('fast');
    await cluster.start();
    await cluster.psql("ALTER SYSTEM SET pg_stat_statements.track = 'all'");
    await cluster.psql('SELECT pg_reload_conf()');
    await cluster.psql('CREATE EXTENSION pg_stat_statements', cluster.database);

    const store = await PostgresWorkspaceStore.open({ url: cluster.url, identity: { name: 'Lan', osUser: 'lan', host: 'bench' } });
    const articles = Math.ceil(CLAIMS / PER_ARTICLE);
    for (let from = 0; from < articles; from += 100) {
      const changes: RecordChange[] = [];
      for (let a = from; a < Math.min(articles, from + 100); a++) {
        changes.push({ table: 'articles', id: makeArticle(a).id, before: null, after: makeArticle(a) });
        for (let i = 0; i < PER_ARTICLE; i++) changes.push({ table: 'claims', id: claimOf(a, i).id, before: null, after: claimOf(a, i) });
      }
      if (from === 0) changes.push({ table: 'meta', id: META_ID, before: { id: META_ID, extractorVersion: 1 }, after: { id: META_ID, extractorVersion: EXTRACTOR_VERSION } });
      await store.commit({ action: 'article.import', who: 'Lan', at: new Date().toISOString(), changes, audit: [] });
    }
    const admin = new pg.Client({ connectionString: cluster.url });
    admin.on('error', (error) => console.error(`admin connection: ${error.message}`));
    await admin.connect();
    await admin.query('ANALYZE');

    // Floors, measured on a pooled connection like an action's.
    const probe = new pg.Pool({ connectionString: cluster.url, max: 1 });
    await probe.query('CREATE TABLE IF NOT EXISTS profile_floor (id serial primary key, v text)');
    const roundTrip: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < ACTIONS; i++) {
      await timed(() => probe.query('SELECT 1'), roundTrip);
      await timed(() => probe.query("INSERT INTO profile_floor (v) VALUES ('x')"), floor);
    }

    await admin.query('SELECT pg_stat_statements_reset()');
    await admin.query("SELECT pg_stat_reset_shared('wal')");
    const client: number[] = [];
    for (let i = 0; i < ACTIONS; i++) {
      const id = claimOf((i * 7919) % articles, i % PER_ARTICLE).id;
      const [current] = await store.reviews([id]);
      const next = makeReview(id, current?.status === 'verified' ? 'flagged' : 'verified', 'Lan');
      await timed(() => store.commit(action(id, current ?? null, next, 'Lan')), client);
    }
    // Let the background seals and polls of the last actions settle before reading the counters.
    await new Promise((r) => setTimeout(r, 200));
    const stats = (await admin.query<Stat>(`
      SELECT query, calls::text, total_exec_time, mean_exec_time, toplevel FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      ORDER BY total_exec_time DESC`)).rows;
    const wal = (await admin.query('SELECT wal_records, wal_bytes, wal_write, wal_sync, wal_write_time, wal_sync_time FROM pg_stat_wal')).rows[0];

    console.log(`\none editor, ${ACTIONS} review commits (${load()}):`);
    console.log(`  client time per action   p50 ${ms(percentile(client, 50))}  p95 ${ms(percentile(client, 95))}`);
    console.log(`  bare round trip SELECT 1 p50 ${ms(percentile(roundTrip, 50))}  p95 ${ms(percentile(roundTrip, 95))}`);
    console.log(`  one-row INSERT commit    p50 ${ms(percentile(floor, 50))}  p95 ${ms(percentile(floor, 95))}   (a durable commit's floor: one WAL flush)`);
    const top = stats.filter((s) => s.toplevel);
    const commits = top.find((s) => /desk_commit/.test(s.query));
    const perAction = (n: number) => (n / ACTIONS).toFixed(2);
    console.log('\nstatements the server received (top level), per action:');
    for (const s of top.slice(0, 12)) {
      console.log(`  ${perAction(Number(s.calls)).padStart(6)} × mean ${ms(s.mean_exec_time).padStart(10)}  ${s.query.replace(/\s+/g, ' ').slice(0, 90)}`);
    }
    if (commits) console.log(`  → desk_commit executes in ${ms(commits.mean_exec_time)} on the server (mean; COMMIT's flush not included)`);
    console.log('\ninside desk_commit and desk_seal (nested statements, mean per call, top 15 by total time):');
    for (const s of stats.filter((x) => !x.toplevel).slice(0, 15)) {
      console.log(`  ${perAction(Number(s.calls)).padStart(6)} × ${ms(s.mean_exec_time).padStart(10)}  ${s.query.replace(/\s+/g, ' ').slice(0, 100)}`);
    }
    const syncs = Number(wal.wal_sync);
    console.log('\nWAL during the actions:');
    console.log(`  ${(Number(wal.wal_records) / ACTIONS).toFixed(1)} records, ${(Number(wal.wal_bytes) / ACTIONS / 1024).toFixed(1)} KiB per action`);
    console.log(`  ${syncs} flushes (${(syncs / ACTIONS).toFixed(2)} per action), ${ms(syncs ? Number(wal.wal_sync_time) / syncs : 0)} per flush; writes ${ms(Number(wal.wal_write) ? Number(wal.wal_write_time) / Number(wal.wal_write) : 0)} each`);

    // Four editors at once, each on its own claims: flushes per action, with the server's defaults
    // and with group commit (commit_delay: the flushing backend waits that long for others' commit
    // records when at least commit_siblings other transactions are active).
    const editors = await Promise.all(
      ['Minh', 'Hoa', 'Tuấn', 'Khoa'].map((name) => PostgresWorkspaceStore.open({ url: cluster.url, identity: { name, osUser: name.toLowerCase(), host: 'bench' } })),
    );
    for (const [delay, siblings] of GROUP_COMMIT) {
      await admin.query(`ALTER SYSTEM SET commit_delay = ${delay}`);
      await admin.query(`ALTER SYSTEM SET commit_siblings = ${siblings}`);
      await admin.query('SELECT pg_reload_conf()');
      await new Promise((r) => setTimeout(r, 200));
      await admin.query("SELECT pg_stat_reset_shared('wal')");
      await admin.query('SELECT pg_stat_statements_reset()');
      const times: number[] = [];
      const t = performance.now();
      await Promise.all(
        editors.map(async (desk, e) => {
          for (let i = 0; i < ACTIONS; i++) {
            const id = claimOf((e * 997 + i * 13) % articles, (PER_ARTICLE - 1 - e * 20 - (i % 20)) % PER_ARTICLE).id;
            const [before] = await desk.reviews([id]);
            const next = makeReview(id, before?.status === 'verified' ? 'flagged' : 'verified', desk.editor);
            await timed(() => desk.commit(action(id, before ?? null, next, desk.editor)), times);
          }
        }),
      );
      const wall = (performance.now() - t) / 1000;
      const w = (await admin.query('SELECT wal_sync, wal_sync_time FROM pg_stat_wal')).rows[0];
      // The server's time inside the action's statement: its work plus any wait for a lock another
      // editor's transaction holds (up to that transaction's COMMIT flush); not its own flush.
      const inside = (await admin.query<Stat>("SELECT query, calls::text, total_exec_time, mean_exec_time, toplevel FROM pg_stat_statements WHERE toplevel AND query LIKE '%desk_commit%'")).rows[0];
      const n = 4 * ACTIONS;
      console.log(
        `\n4 editors, commit_delay=${delay} µs commit_siblings=${siblings} (${load()}): action p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}; ` +
          `${(n / wall).toFixed(0)} actions/s; ${(Number(w.wal_sync) / n).toFixed(2)} flushes per action, ${ms(Number(w.wal_sync) ? Number(w.wal_sync_time) / Number(w.wal_sync) : 0)} per flush; ` +
          `desk_commit on the server (work + lock waits) mean ${ms(inside?.mean_exec_time ?? 0)}`,
      );
    }
    for (const d of editors) await d.close();

    await probe.end();
    await admin.end();
    await store.close();
  } finally {
    await cluster.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
