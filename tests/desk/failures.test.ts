// The desk when things break: clients killed mid-transaction (an action holding record locks, a sealer mid-seal), the server crashing and coming back
// mid-session, the database unreachable. Real processes, a real server.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/store/auditChain';
import { createLocalCluster, freeLoopbackPort, type LocalCluster } from '../../electron/store/postgres/cluster';
import { DeskUnavailableError, type DeskChange, type DeskState, type PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import { freshDatabase, importArticle, openDesk, verifyCommit as review } from './helpers';
import { bundledEntry } from '../unit/bundle';

// Bundled once for the file (tests/unit/bundle.ts): started without tsx's start-up each time.
const WRITER = bundledEntry('tests/desk/fixtures/deskWriter.ts');

/** Lines a child prints, and a way to wait for a line matching a test. */
function watch(child: ChildProcess): { lines: string[]; until: (test: (l: string) => boolean) => Promise<string> } {
  const lines: string[] = [];
  const waiters: { test: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout?.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      for (const w of [...waiters]) if (w.test(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  return {
    lines,
    until: (test) =>
      new Promise<string>((resolve, reject) => {
        const found = lines.find(test);
        if (found) return resolve(found);
        waiters.push({ test, resolve });
        child.on('exit', (code) => reject(new Error(`writer exited (${code}) before the expected line: ${stderr}`)));
      }),
  };
}

/** Structural consistency of a desk database, beyond the chain itself. */
async function checkConsistency(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // (Called after the trail was read: every committed event is sealed.)
    const head = (await client.query('SELECT sealed_pos, audit_seq, audit_hash FROM chain_head')).rows[0];
    const sealed = (await client.query('SELECT count(*)::int AS n, coalesce(max(pos), 0) AS m FROM commits WHERE pos IS NOT NULL')).rows[0];
    expect(String(head.sealed_pos)).toBe(String(sealed.m));
    // Positions are gapless, and nothing committed is left unsealed.
    expect(String(sealed.n)).toBe(String(sealed.m));
    expect((await client.query('SELECT count(*)::int AS n FROM commits WHERE pos IS NULL')).rows[0].n).toBe(0);
    expect((await client.query('SELECT count(*)::int AS n FROM audit_pending')).rows[0].n).toBe(0);
    const lastAudit = (await client.query('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1')).rows[0];
    expect(String(head.audit_seq)).toBe(String(lastAudit?.seq ?? -1));
    if (lastAudit) expect(head.audit_hash).toBe(lastAudit.hash);
    // Every review was written by a commit that logged it.
    const orphans = (await client.query("SELECT count(*)::int AS n FROM reviews r WHERE NOT EXISTS (SELECT 1 FROM change_log l WHERE l.tbl = 'reviews' AND l.id = r.id)")).rows[0].n;
    expect(orphans).toBe(0);
    const claimsWithoutArticle = (await client.query('SELECT count(*)::int AS n FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)')).rows[0].n;
    expect(claimsWithoutArticle).toBe(0);
  } finally {
    await client.end();
  }
}

describe('desk failures (real server, real processes)', () => {
  const opened: PostgresWorkspaceStore[] = [];
  let cluster: LocalCluster | null = null;
  afterAll(async () => {
    for (const s of opened) await s.close();
    await cluster?.destroy();
  });

  it('clients killed mid-transaction (a committing editor, an action holding record locks, a sealer mid-seal): the desk goes on, consistent, nothing acknowledged lost', async () => {
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan');
    opened.push(lan);
    const ids = await importArticle(lan, 1, 200);

    // Khoa's process commits reviews and is SIGKILLed at a random moment while committing.
    const writer = spawn(process.execPath, [WRITER, url, 'loop', ...ids.slice(0, 150)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = watch(writer);
    const killAfter = 10 + Math.floor(Math.random() * 40);
    await out.until(() => out.lines.filter((l) => l.startsWith('ack ')).length >= killAfter);
    writer.kill('SIGKILL');
    await new Promise((r) => writer.once('exit', r));
    const acked = out.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));

    // An action killed mid-transaction, holding a record's lock (its commit started, the review
    // written, never committed).
    const target = ids[198]!;
    const holder = spawn(process.execPath, [WRITER, url, 'holdRecords', target], { stdio: ['ignore', 'pipe', 'pipe'] });
    await watch(holder).until((l) => l === `holding ${target}`);
    // Lan's action on the same record waits for that lock...
    let landed = false;
    const lanOnTarget = lan.commit(review(target, 'Lan')).then(() => (landed = true));
    await new Promise((r) => setTimeout(r, 700));
    expect(landed).toBe(false);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    // ...and goes through once the server rolled the killed transaction back: nothing of it stays.
    await lanOnTarget;
    expect((await lan.reviews([target])).map((r) => [r.reviewer, r.status])).toEqual([['Lan', 'verified']]);

    // A sealer killed mid-seal: Khoa's commits were left unsealed, a sealer chained them in its
    // transaction (the sealers' lock held) and was killed before committing.
    const sealer = spawn(process.execPath, [WRITER, url, 'holdSeal', '3'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const sealerOut = watch(sealer);
    await sealerOut.until((l) => l === 'locked');
    const khoa = await openDesk(url, 'Khoa', { live: false, sealAfterCommit: false });
    opened.push(khoa);
    for (const id of ids.slice(160, 163)) await khoa.commit(review(id, 'Khoa'));
    const sealing = await sealerOut.until((l) => l.startsWith('sealing '));
    expect(Number(sealing.slice('sealing '.length))).toBe(3);
    // While it holds the sealers' lock, an action is not blocked (it commits unsealed)...
    const t0 = performance.now();
    await lan.commit(review(ids[199]!, 'Lan'));
    console.log(`[desk] commit while a sealer holds the sealers' lock: ${(performance.now() - t0).toFixed(0)} ms`);
    // ...reading the trail (which seals first) waits for the sealer, and nothing it chained is visible.
    let read = false;
    const trail = lan.auditLog(0).then((log) => {
      read = true;
      return log;
    });
    await new Promise((r) => setTimeout(r, 700));
    expect(read).toBe(false);
    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    try {
      expect((await probe.query('SELECT count(*)::int AS n FROM commits WHERE pos IS NULL')).rows[0].n).toBeGreaterThanOrEqual(4);
    } finally {
      await probe.end();
    }
    sealer.kill('SIGKILL');
    await new Promise((r) => sealer.once('exit', r));
    // The next sealer chains everything once: Khoa's events and Lan's, one unbroken chain.
    const log = await trail;
    expect(verifyAuditChain(log)).toBe(-1);
    const targets = log.map((e) => e.target);
    for (const id of [...ids.slice(160, 163), ids[199]!, target]) expect(targets.filter((t) => t === id).length, id).toBe(1);

    const stored = new Set((await lan.reviews(ids.slice(0, 150))).map((r) => r.claimId));
    for (const id of acked) expect(stored.has(id), `acknowledged ${id}`).toBe(true);
    // At most the one commit in flight at the kill may have landed unacknowledged.
    expect(stored.size - acked.length).toBeGreaterThanOrEqual(0);
    expect(stored.size - acked.length).toBeLessThanOrEqual(1);
    await checkConsistency(url);
  });

  it('the server crashing mid-session: actions are kept and retried, nothing acknowledged lost, changes flow again', async () => {
    cluster = await createLocalCluster({ dir: await mkdtemp(join(tmpdir(), 'crosscheck-desk-restart-')), throwaway: true });
    const url = cluster.url;
    const lan = await openDesk(url, 'Lan', { retryWindowMs: 60_000 });
    const minh = await openDesk(url, 'Minh');
    opened.push(lan, minh);
    const ids = await importArticle(lan, 2, 80);
    const states: DeskState[] = [];
    lan.onState((s) => states.push(s));
    const seenByMinh = new Set<string>();
    minh.onChange((c: DeskChange) => c.changes.forEach((x) => seenByMinh.add(x.id)));

    const acked: string[] = [];
    const writing = (async () => {
      for (const id of ids) {
        await lan.commit(review(id, 'Lan'));
        acked.push(id);
      }
    })();
    while (acked.length < 20) await new Promise((r) => setTimeout(r, 10));
    // A crash (no checkpoint, sessions killed), then the server comes back 1.5 s later.
    await cluster.stop('immediate');
    const downAt = acked.length;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(acked.length - downAt).toBeLessThanOrEqual(1);
    expect(lan.state).toBe('reconnecting');
    await cluster.start();
    await writing;

    expect(acked.length).toBe(ids.length);
    expect(states).toContain('reconnecting');
    expect(lan.state).toBe('online');
    const stored = new Set((await lan.reviews(ids)).map((r) => r.claimId));
    for (const id of acked) expect(stored.has(id), `acknowledged ${id}`).toBe(true);
    // A commit retried after the crash is applied once: one commit row per review.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const commits = (await client.query("SELECT count(*)::int AS n FROM commits WHERE action = 'review.verified'")).rows[0].n;
    await client.end();
    expect(commits).toBe(ids.length);
    expect(verifyAuditChain(await lan.auditLog(0))).toBe(-1);
    await checkConsistency(url);
    // Minh's listener reconnected and caught up: he has every one of Lan's reviews.
    const deadline = Date.now() + 10_000;
    while (ids.some((id) => !seenByMinh.has(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(ids.filter((id) => !seenByMinh.has(id))).toEqual([]);
  });

  it('an action whose first read comes more than 10 s into an outage stays pending like its commit, and goes through when the server is back', async () => {
    const own = await createLocalCluster({ dir: await mkdtemp(join(tmpdir(), 'crosscheck-desk-outage-')), throwaway: true });
    try {
      // The default retry window (60 s) for the action's reads and its commit alike.
      const lan = await openDesk(own.url, 'Lan', { live: false, timeouts: { connectMs: 1_000, queryMs: 5_000 } });
      opened.push(lan);
      const [id] = await importArticle(lan, 4, 1);
      await own.stop('fast');
      let settled: 'pending' | 'resolved' | 'rejected' = 'pending';
      // The review action's first step: what it reads before committing.
      const reading = lan.reviewContext(id!).then(
        (v) => ((settled = 'resolved'), v),
        (e: unknown) => ((settled = 'rejected'), Promise.reject(e)),
      );
      await new Promise((r) => setTimeout(r, 12_000));
      expect(settled).toBe('pending');
      expect(lan.pending).toBe(0);
      await own.start();
      const context = await reading;
      expect(context.claim?.id).toBe(id);
      await lan.commit(review(id!, 'Lan'));
      expect((await lan.reviews([id!]))[0]?.status).toBe('verified');
    } finally {
      await own.destroy();
    }
  });

  it('an unreachable database: a clear error within the retry window, never a hang', async () => {
    const port = await freeLoopbackPort();
    const url = `postgres://editor:secret-pw@127.0.0.1:${port}/desk`;
    const t0 = performance.now();
    const error = await openDesk(url, 'Lan', { timeouts: { connectMs: 1_000, queryMs: 2_000 } }).catch((e: unknown) => e);
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain('secret-pw');
  });

  it('the database going away after opening: the commit gives up after the retry window with a clear message', async () => {
    // The crash test's cluster, this time stopped for good.
    const own = cluster!;
    try {
      const lan = await openDesk(own.url, 'Lan', { retryWindowMs: 1_500, timeouts: { connectMs: 1_000, queryMs: 2_000 } });
      opened.push(lan);
      const [id] = await importArticle(lan, 3, 1);
      await own.stop('immediate');
      const t0 = performance.now();
      const error = await lan.commit(review(id!, 'Lan')).catch((e: unknown) => e);
      expect(performance.now() - t0).toBeLessThan(10_000);
      expect(error).toBeInstanceOf(DeskUnavailableError);
      expect((error as Error).message).toMatch(/cannot be reached.*Nothing of this action was saved/);
      expect((error as Error).message).not.toContain(own.password);
      expect(lan.state).toBe('offline');
    } finally {
      await own.destroy();
      cluster = null;
    }
  });
});
