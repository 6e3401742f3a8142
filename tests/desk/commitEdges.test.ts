// Edges of the sealed-after-commit design (desk schema 3), against a real server: a chunked commit
// that conflicts, a retried action whose first attempt is still running, the upgrade from schema 2
// while an old client commits, and reading or verifying a trail with committed-but-unsealed events.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/store/auditChain';
import { DeskConflictError, DeskUnsealedError, type PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import { DESK_SCHEMA_VERSION, migrate } from '../../electron/store/postgres/sql';
import { freshDatabase, importArticle, makeArticle, makeClaim, openDesk, rawReview, verifyCommit, withClient } from './helpers';

const at = () => new Date().toISOString();

describe('sealed chain: commit edges (real server)', () => {
  const opened: PostgresWorkspaceStore[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close();
  });

  it('a chunked import (more than one chunk) that meets a record another editor created is refused as a conflict', async () => {
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan', { live: false });
    opened.push(lan);
    const article = makeArticle(7);
    const claims = Array.from({ length: 2_600 }, (_, i) => makeClaim(article.id, i));
    // Minh created one of the records first (in the second chunk).
    const taken = claims[2_300]!;
    await lan.commit({
      action: 'claim.add',
      who: 'Minh',
      at: at(),
      changes: [{ table: 'claims', id: taken.id, before: null, after: taken }],
      audit: [{ who: 'Minh', when: at(), action: 'claim.add', target: taken.id, before: null, after: null }],
    });
    const refused = await lan
      .commit({
        action: 'article.import',
        who: 'Lan',
        at: at(),
        changes: [
          { table: 'articles', id: article.id, before: null, after: article },
          ...claims.map((c) => ({ table: 'claims' as const, id: c.id, before: null, after: c })),
        ],
        audit: [{ who: 'Lan', when: at(), action: 'article.import', target: article.id, before: null, after: null }],
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DeskConflictError);
    expect((refused as DeskConflictError).id).toBe(taken.id);
    // Nothing of the import was applied.
    const counts = await lan.counts();
    expect(counts.articles).toBe(0);
    expect(counts.claims).toBe(1);
  });

  it('verify and export of a read-only desk cover committed-but-unsealed events: sealed first, or refused for a role that may not seal', async () => {
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan', { live: false });
    opened.push(lan);
    const ids = await importArticle(lan, 1, 6);
    // Khoa's client commits three reviews and never seals them (killed before its seal).
    const khoa = await openDesk(url, 'Khoa', { live: false, sealAfterCommit: false });
    for (const id of ids.slice(0, 3)) await khoa.commit(verifyCommit(id, 'Khoa'));
    await khoa.close();
    const pending = async () => withClient(url, async (c) => (await c.query('SELECT count(*)::int AS n FROM audit_pending')).rows[0].n as number);
    expect(await pending()).toBe(3);

    // A reader role that may only read the desk.
    const role = `reader_${randomBytes(4).toString('hex')}`;
    await withClient(url, async (c) => {
      await c.query(`CREATE ROLE ${role} LOGIN PASSWORD 'reader-pw'`);
      await c.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}`);
    });
    const readerUrl = new URL(url);
    readerUrl.username = role;
    readerUrl.password = 'reader-pw';
    const reader = await openDesk(readerUrl.toString(), 'Reader', { live: false, readOnly: true });
    opened.push(reader);
    const refusedVerify = await reader.verifyAuditTrail().catch((e: unknown) => e);
    expect(refusedVerify).toBeInstanceOf(DeskUnsealedError);
    expect((refusedVerify as DeskUnsealedError).pending).toBe(3);
    expect((refusedVerify as Error).message).toContain('3 committed audit events are not yet chained');
    expect((refusedVerify as DeskUnsealedError).vi).toContain('chưa được nối vào chuỗi');
    expect(await reader.snapshot().catch((e: unknown) => e)).toBeInstanceOf(DeskUnsealedError);
    // Reading the trail (history, the app's views) as that role: what is sealed, no error.
    expect((await reader.auditLog(0)).length).toBe(1);
    expect(await pending()).toBe(3);

    // A read-only desk (as `desk verify` / `desk export` open it) whose role can write seals first.
    const verifier = await openDesk(url, 'Verifier', { live: false, readOnly: true });
    opened.push(verifier);
    const verified = await verifier.verifyAuditTrail();
    expect(verified).toEqual({ broken: -1, events: 4 });
    expect(await pending()).toBe(0);
    for (const id of ids.slice(3, 5)) await lan.commit(verifyCommit(id, 'Lan'));
    // Two more left unsealed, then an export: every review comes with its audit event.
    const khoa2 = await openDesk(url, 'Khoa', { live: false, sealAfterCommit: false });
    await khoa2.commit(verifyCommit(ids[5]!, 'Khoa'));
    await khoa2.close();
    // A read-only desk whose role can write reads the whole trail (its read seals first).
    expect((await verifier.auditLog(0)).length).toBe(7);
    expect(await pending()).toBe(0);
    const khoa3 = await openDesk(url, 'Khoa', { live: false, sealAfterCommit: false });
    await khoa3.commit({
      action: 'review.note',
      who: 'Khoa',
      at: at(),
      changes: [],
      audit: [{ who: 'Khoa', when: at(), action: 'review.note', target: ids[5]!, before: null, after: 'note' }],
    });
    await khoa3.close();
    const snapshot = await verifier.snapshot();
    expect(snapshot.records.reviews.length).toBe(6);
    expect(snapshot.audit.length).toBe(8);
    expect(verifyAuditChain(snapshot.audit)).toBe(-1);
    expect(new Set(snapshot.audit.map((e) => e.target))).toEqual(new Set([makeArticle(1).id, ...ids]));
    // Now everything is sealed: the reader role verifies too.
    expect(await reader.verifyAuditTrail()).toEqual({ broken: -1, events: 8 });
  });

  it('the upgrade from schema 2 while an old client commits: it waits for that commit, never hands its number out again, and old clients are refused loudly', async () => {
    const url = await freshDatabase();
    const claims = Array.from({ length: 4 }, (_, i) => makeClaim(makeArticle(3).id, i));
    const oldClient = new pg.Client({ connectionString: url });
    await oldClient.connect();
    try {
      await migrate(oldClient as unknown as pg.PoolClient, 'crosscheck 0.2', 2);
      const imp = rawReview(claims[0]!.id, 'Lan (lan)');
      imp.action = 'article.import';
      imp.changes = claims.map((c) => ({ tbl: 'claims', id: c.id, before: null, has_before: false, after: c }));
      imp.tables = ['claims'];
      await oldClient.query('SELECT desk_commit($1::jsonb, $2)', [JSON.stringify(imp), 'all']);
      // The old client's next action is in flight (its transaction holds the head, commit 2 taken)...
      await oldClient.query('BEGIN');
      await oldClient.query('SELECT desk_commit($1::jsonb, $2)', [JSON.stringify(rawReview(claims[0]!.id, 'Lan (lan)')), 'all']);
      // ...when a new Crosscheck opens the desk and upgrades it.
      let upgraded = false;
      const upgrading = withClient(url, (c) => migrate(c as unknown as pg.PoolClient, 'crosscheck 0.3')).then((r) => {
        upgraded = true;
        return r;
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(upgraded).toBe(false);
      await oldClient.query('COMMIT');
      expect(await upgrading).toEqual({ from: 2, to: DESK_SCHEMA_VERSION });

      // The new client's commit takes a number after the old client's.
      const minh = await openDesk(url, 'Minh', { live: false });
      opened.push(minh);
      expect((await minh.commit(verifyCommit(claims[1]!.id, 'Minh'))).seq).toBe(3);
      expect(verifyAuditChain(await minh.auditLog(0))).toBe(-1);

      // The old client, still open, is refused with a clear message instead of diverging.
      const refusedCall = await oldClient
        .query('SELECT desk_commit($1::jsonb, $2)', [JSON.stringify(rawReview(claims[2]!.id, 'Lan (lan)')), 'all'])
        .catch((e: unknown) => e);
      expect((refusedCall as { code?: string }).code).toBe('CX426');
      expect((refusedCall as Error).message).toContain('upgraded by a newer Crosscheck');
      expect((refusedCall as Error).message).toContain('hãy cập nhật Crosscheck');
      // Its head-taking commits (versions 1 and 2 bump the head's commit number) too.
      const refusedHead = await oldClient.query('UPDATE chain_head SET commit_seq = commit_seq + 1 WHERE id = 1').catch((e: unknown) => e);
      expect((refusedHead as { code?: string }).code).toBe('CX426');
      expect((await minh.reviews([claims[2]!.id])).length).toBe(0);
    } finally {
      await oldClient.end();
    }
  });

  it('a retried action whose first attempt is still running: recognised as landed once the first commits, never a raw duplicate-key error', async () => {
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan', { live: false });
    opened.push(lan);
    const ids = await importArticle(lan, 2, 2);
    // An action that changes no record (its audit event only), sent twice with one commit id.
    const action = (phase: 'all' | 'start', commitId: string) => {
      const p = rawReview(ids[0]!, 'Lan (lan)', { commitId, deskSchema: 3 });
      p.changes = [];
      p.tables = [];
      return JSON.stringify(p);
    };
    for (const phase of ['all', 'start'] as const) {
      const commitId = randomUUID();
      const first = new pg.Client({ connectionString: url });
      const retry = new pg.Client({ connectionString: url });
      await first.connect();
      await retry.connect();
      try {
        await first.query('BEGIN');
        const landed = (await first.query('SELECT desk_commit($1::jsonb, $2) AS r', [action('all', commitId), 'all'])).rows[0].r as { seq: number };
        // The retry starts while the first attempt is still open, then waits for it.
        await retry.query('BEGIN');
        const retried = retry.query('SELECT desk_commit($1::jsonb, $2) AS r', [action(phase, commitId), phase]).then(
          (r) => ({ ok: r.rows[0].r as { done?: number } }),
          (e: unknown) => ({ error: e as { code?: string; detail?: string } }),
        );
        await new Promise((r) => setTimeout(r, 300));
        await first.query('COMMIT');
        const outcome = await retried;
        await retry.query('ROLLBACK');
        if (phase === 'all') {
          expect('error' in outcome && outcome.error.code).toBe('CX208');
          expect('error' in outcome && Number(outcome.error.detail)).toBe(Number(landed.seq));
        } else {
          expect('ok' in outcome && Number(outcome.ok.done)).toBe(Number(landed.seq));
        }
      } finally {
        await first.end();
        await retry.end();
      }
    }
    const log = await lan.auditLog(0);
    // The import and each action once.
    expect(log.length).toBe(3);
    expect(verifyAuditChain(log)).toBe(-1);
  });
});
