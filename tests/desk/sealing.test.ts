// The audit chain sealed after commit (desk schema 3), against a real server and real processes:
// a client killed between its commits and their seal loses nothing and forks nothing; change-log
// readers never skip a commit that becomes visible after a later-numbered one; an old desk keeps
// its chain through the upgrade.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/store/auditChain';
import type { DeskChange, PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import { DESK_SCHEMA_VERSION, migrate } from '../../electron/store/postgres/sql';
import { freshDatabase, importArticle, makeArticle, makeClaim, openDesk, rawReview, verifyCommit, withClient } from './helpers';
import { bundledEntry } from '../unit/bundle';

// Bundled once for the file (tests/unit/bundle.ts): started without tsx's start-up each time.
const WRITER = bundledEntry('tests/desk/fixtures/deskWriter.ts');

/** Runs the desk writer process in `unsealed` mode: commits, never seals, prints "done", waits to be killed. */
async function unsealedWriter(url: string, ids: string[]): Promise<string[]> {
  const child = spawn(process.execPath, [WRITER, url, 'unsealed', ...ids], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('done\n')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`writer exited (${code}) early: ${err}`)));
  });
  // Killed after its commits were acknowledged, before any of them was sealed.
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  return out
    .split('\n')
    .filter((l) => l.startsWith('ack '))
    .map((l) => l.slice(4));
}

describe('audit chain sealed after commit (real server)', () => {
  const opened: PostgresWorkspaceStore[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close();
  });

  it('a client killed after its commits and before their seal: nothing lost, the next action seals them into one chain', async () => {
    const url = await freshDatabase();
    // Not listening: nobody seals behind the killed client's back before Lan's next action.
    const lan = await openDesk(url, 'Lan', { live: false });
    opened.push(lan);
    const ids = await importArticle(lan, 1, 30);
    const acked = await unsealedWriter(url, ids.slice(0, 20));
    expect(acked).toEqual(ids.slice(0, 20));

    const pending = await withClient(url, async (c) => ({
      events: (await c.query('SELECT count(*)::int AS n FROM audit_pending')).rows[0].n as number,
      commits: (await c.query('SELECT count(*)::int AS n FROM commits WHERE pos IS NULL')).rows[0].n as number,
    }));
    // The killed client's commits are durable but not chained yet.
    expect(pending).toEqual({ events: 20, commits: 20 });
    expect((await lan.reviews(acked)).length).toBe(20);

    await lan.commit(verifyCommit(ids[25]!, 'Lan'));
    // Lan's seal runs right after her commit; reading the trail waits for nothing else.
    const log = await lan.auditLog(0);
    expect(verifyAuditChain(log)).toBe(-1);
    const reviewed = log.filter((e) => e.action === 'review.verified');
    expect(reviewed.map((e) => e.target).sort()).toEqual([...acked, ids[25]!].sort());
    expect(new Set(reviewed.filter((e) => acked.includes(e.target)).map((e) => e.who))).toEqual(new Set(['Khoa (khoa)']));
    const after = await withClient(url, async (c) => ({
      events: (await c.query('SELECT count(*)::int AS n FROM audit_pending')).rows[0].n as number,
      commits: (await c.query('SELECT count(*)::int AS n FROM commits WHERE pos IS NULL')).rows[0].n as number,
      gapless: (await c.query('SELECT count(*) = max(pos) AS ok FROM commits')).rows[0].ok as boolean,
    }));
    expect(after).toEqual({ events: 0, commits: 0, gapless: true });
  });

  it('a listening desk seals what a killed client left unsealed: its changes arrive within a second, with no further action', async () => {
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan', { live: false });
    const minh = await openDesk(url, 'Minh');
    opened.push(lan, minh);
    const ids = await importArticle(lan, 2, 10);
    const seen = new Map<string, number>();
    minh.onChange((c: DeskChange) => c.changes.forEach((x) => x.table === 'reviews' && seen.set(x.id, performance.now())));
    const started = performance.now();
    const acked = await unsealedWriter(url, ids);
    const doneAt = performance.now();
    const deadline = Date.now() + 5_000;
    while (acked.some((id) => !seen.has(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(acked.filter((id) => !seen.has(id))).toEqual([]);
    // The last commit was acknowledged before "done": it reached Minh within a second of it.
    expect(Math.max(...acked.map((id) => seen.get(id)!)) - doneAt).toBeLessThan(1_000);
    console.log(`[desk] killed client's ${acked.length} commits seen by another desk ${(Math.max(...seen.values()) - started).toFixed(0)} ms after the writer started`);
    expect(await withClient(url, async (c) => (await c.query('SELECT count(*)::int AS n FROM audit_pending')).rows[0].n)).toBe(0);
    expect(await minh.verifyAudit()).toBe(-1);
  });

  it('a commit that becomes visible after later-numbered ones is still delivered to readers (no skipped commit)', async () => {
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan');
    const minh = await openDesk(url, 'Minh');
    opened.push(lan, minh);
    const ids = await importArticle(lan, 3, 10);
    const delivered: DeskChange[] = [];
    minh.onChange((c) => delivered.push(c));
    const waitFor = async (id: string) => {
      const deadline = Date.now() + 5_000;
      const found = () => delivered.some((c) => c.changes.some((x) => x.table === 'reviews' && x.id === id));
      while (!found() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return found();
    };

    await withClient(url, async (slow) => {
      // A slow editor's commit takes its number first and stays open (an import in chunks does).
      await slow.query('BEGIN');
      const started = (await slow.query('SELECT desk_commit($1::jsonb, $2) AS r', [JSON.stringify(rawReview(ids[0]!, 'Tuấn (tuan)', { session: 'slow-session', deskSchema: 3 })), 'start'])).rows[0].r;
      await slow.query('SELECT desk_commit($1::jsonb, $2)', [JSON.stringify(rawReview(ids[0]!, 'Tuấn (tuan)', { session: 'slow-session', deskSchema: 3 })), 'write']);
      const slowSeq = Number(started.seq);

      // Later-numbered commits land, are sealed and reach Minh meanwhile.
      for (const id of ids.slice(1, 4)) {
        const result = await lan.commit(verifyCommit(id, 'Lan'));
        expect(result.seq).toBeGreaterThan(slowSeq);
      }
      expect(await waitFor(ids[3]!)).toBe(true);
      expect(delivered.some((c) => c.seq === slowSeq)).toBe(false);

      // Now the lower-numbered commit becomes visible.
      await slow.query('SELECT desk_commit($1::jsonb, $2)', [JSON.stringify(rawReview(ids[0]!, 'Tuấn (tuan)', { session: 'slow-session', deskSchema: 3 })), 'finish']);
      await slow.query('COMMIT');
    });
    expect(await waitFor(ids[0]!)).toBe(true);
    const late = delivered.find((c) => c.changes.some((x) => x.table === 'reviews' && x.id === ids[0]));
    expect(late?.editor).toBe('Tuấn (tuan)');
    expect((late?.changes[0]?.record as { status: string }).status).toBe('verified');
    // Each commit once.
    const seqs = delivered.map((c) => c.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(await lan.verifyAudit()).toBe(-1);
  });

  it('readers miss nothing under concurrent commits of three editors', async () => {
    const url = await freshDatabase();
    const writers = await Promise.all(['Lan', 'Hoa', 'Khoa'].map((n) => openDesk(url, n)));
    const reader = await openDesk(url, 'Minh');
    opened.push(...writers, reader);
    const perEditor = 120;
    const claimSets: string[][] = [];
    for (let w = 0; w < writers.length; w++) claimSets.push(await importArticle(writers[w]!, 10 + w, perEditor));
    const received = new Map<string, number>();
    const commitSeqs: number[] = [];
    reader.onChange((c) => {
      commitSeqs.push(c.seq);
      for (const x of c.changes) if (x.table === 'reviews') received.set(x.id, (received.get(x.id) ?? 0) + 1);
    });
    const ackedSeqs: number[] = [];
    await Promise.all(
      writers.map((store, w) =>
        Promise.all(
          // Several actions in flight per editor, so commit numbers interleave and land out of order.
          Array.from({ length: 3 }, async (_, lane) => {
            for (let i = lane; i < perEditor; i += 3) ackedSeqs.push((await store.commit(verifyCommit(claimSets[w]![i]!, store.editor))).seq);
          }),
        ),
      ),
    );
    const all = claimSets.flat();
    const deadline = Date.now() + 10_000;
    while (all.some((id) => !received.has(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(all.filter((id) => !received.has(id))).toEqual([]);
    expect([...received.values()].every((n) => n === 1)).toBe(true);
    for (const seq of ackedSeqs) expect(commitSeqs).toContain(seq);
    expect(new Set(commitSeqs).size).toBe(commitSeqs.length);
    expect(await reader.verifyAudit()).toBe(-1);
  });

  it('an old desk (schema 2) is upgraded with its chain, commits and positions kept', async () => {
    const url = await freshDatabase();
    const claims = Array.from({ length: 5 }, (_, i) => makeClaim(makeArticle(4).id, i));
    const before = await withClient(url, async (client) => {
      await migrate(client as unknown as pg.PoolClient, 'crosscheck 0.2', 2);
      expect((await client.query('SELECT max(version) AS v FROM schema_version')).rows[0].v).toBe(2);
      const article = makeArticle(4);
      const imp = JSON.parse(JSON.stringify(rawReview(claims[0]!.id, 'Lan (lan)', { session: 'old-session', deskSchema: 3 })));
      imp.action = 'article.import';
      imp.changes = [
        { tbl: 'articles', id: article.id, before: null, has_before: false, after: article },
        ...claims.map((c) => ({ tbl: 'claims', id: c.id, before: null, has_before: false, after: c })),
      ];
      imp.tables = ['articles', 'claims'];
      await client.query('SELECT desk_commit($1::jsonb, $2)', [JSON.stringify(imp), 'all']);
      // Two reviews through version 2's commit (chained under its head lock).
      for (const c of claims.slice(0, 2)) await client.query('SELECT desk_commit($1::jsonb, $2)', [JSON.stringify(rawReview(c.id, 'Lan (lan)', { session: 'old-session', deskSchema: 3 })), 'all']);
      return (await client.query('SELECT seq, hash FROM audit_events ORDER BY seq')).rows as { seq: string; hash: string }[];
    });
    expect(before.length).toBe(3);

    const lan = await openDesk(url, 'Lan', { live: false });
    opened.push(lan);
    await lan.commit(verifyCommit(claims[2]!.id, 'Lan'));
    const log = await lan.auditLog(0);
    expect(verifyAuditChain(log)).toBe(-1);
    expect(log.slice(0, 3).map((e) => ({ seq: String(e.seq), hash: e.hash }))).toEqual(before.map((r) => ({ seq: String(r.seq), hash: r.hash })));
    expect(log.length).toBe(4);
    expect(log[3]!.prevHash).toBe(before[2]!.hash);
    await withClient(url, async (c) => {
      expect((await c.query('SELECT max(version) AS v FROM schema_version')).rows[0].v).toBe(DESK_SCHEMA_VERSION);
      const commits = (await c.query('SELECT seq::int, pos::int FROM commits ORDER BY seq')).rows;
      // The old commits keep their numbers as positions; the new one follows them.
      expect(commits).toEqual([
        { seq: 1, pos: 1 },
        { seq: 2, pos: 2 },
        { seq: 3, pos: 3 },
        { seq: 4, pos: 4 },
      ]);
    });
  });
});
