// A snapshot (export, merge, history) sends its reads together, but they run on ONE connection. pg
// starts a query's client-side timeout (query_timeout) when the query is queued: if the reads were
// queued at once, the later ones would time out on a healthy server and the desk would turn
// offline. Played on a real server whose tables are made slow (views that sleep), with a small
// query timeout: each read fits its timeout, all of them together do not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_ID } from '../../electron/store/port';
import type { DeskState, PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import { freshDatabase, makeArticle, makeClaim, makeReview, openDesk, withClient } from './helpers';

const SLOW_TABLES = ['articles', 'claims', 'reviews', 'findings', 'detached', 'settings', 'meta'];

describe('a snapshot whose reads together take longer than one query timeout (real server)', () => {
  let url: string;
  let lan: PostgresWorkspaceStore;
  let minh: PostgresWorkspaceStore;
  const states: DeskState[] = [];

  beforeAll(async () => {
    url = await freshDatabase('snapslow');
    minh = await openDesk(url, 'Minh');
    const article = makeArticle(0);
    const claims = [0, 1, 2].map((i) => makeClaim(article.id, i));
    const at = new Date().toISOString();
    await minh.commit({
      action: 'article.import',
      who: 'Minh',
      at,
      changes: [
        { table: 'articles', id: article.id, before: null, after: article },
        ...claims.map((c) => ({ table: 'claims' as const, id: c.id, before: null, after: c })),
        { table: 'reviews', id: claims[0]!.id, before: null, after: makeReview(claims[0]!.id, 'verified', 'Minh') },
      ],
      audit: [{ who: 'Minh', when: at, action: 'article.import', target: article.id, before: null, after: { claims: 3 } }],
    });
    // Lan's desk: a 2.5 s query timeout (1.5 s on the server), given up on after 3 s of retries.
    lan = await openDesk(url, 'Lan', { timeouts: { connectMs: 5_000, queryMs: 2_500 }, retryWindowMs: 3_000 });
    lan.onState((s) => states.push(s));
  });

  afterAll(async () => {
    await lan?.close();
    await minh?.close();
  });

  it('the snapshot reads them one after another: it succeeds and the desk stays online', async () => {
    // Every record table behind a view that sleeps 0.6 s per read: seven reads take ~4.2 s.
    await withClient(url, async (c) => {
      await c.query(`CREATE FUNCTION slow_read() RETURNS boolean LANGUAGE sql VOLATILE AS $$ SELECT pg_sleep(0.6); SELECT true $$`);
      for (const t of SLOW_TABLES) {
        await c.query(`ALTER TABLE ${t} RENAME TO ${t}_fast`);
        await c.query(`CREATE VIEW ${t} AS SELECT * FROM ${t}_fast WHERE (SELECT slow_read())`);
      }
    });
    const t = performance.now();
    // As the services' whole snapshot reads (all at once, inside consistentRead).
    const [articles, claims, reviews, findings, auditLog, settings, meta, detached] = await lan.consistentRead(() =>
      Promise.all([lan.articles(), lan.claims(), lan.reviews(), lan.findings(), lan.auditLog(), lan.settings(), lan.meta(), lan.detached()]),
    );
    const took = performance.now() - t;
    expect(articles.map((a) => a.id)).toEqual([makeArticle(0).id]);
    expect(claims).toHaveLength(3);
    expect(reviews.map((r) => r.status)).toEqual(['verified']);
    expect(findings.total).toBe(0);
    expect(auditLog.map((e) => e.action)).toEqual(['article.import']);
    expect(settings).toBeDefined();
    expect(meta.id).toBe(META_ID);
    expect(detached).toEqual([]);
    // It really took longer than one query timeout (else this test proves nothing).
    expect(took).toBeGreaterThan(2_500);
    expect(states).toEqual([]);
    expect(lan.state).toBe('online');
  }, 30_000);
});
