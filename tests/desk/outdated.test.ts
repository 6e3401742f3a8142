// A newer Crosscheck upgrades the shared desk while this version is open on it: this client must
// notice and say so ("update Crosscheck", English and Vietnamese) instead of its live view going
// quiet while only its writes are refused. Played on a real server with the real `migrate()` and a
// made-up next schema version.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDeskService } from '../../electron/services/desk';
import { AppError } from '../../electron/services/errors';
import { META_ID } from '../../electron/store/port';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { DeskOutdatedError, type DeskState, type PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import { DESK_SCHEMA_VERSION, migrate } from '../../electron/store/postgres/sql';
import { freshDatabase, makeArticle, makeClaim, openDesk, verifyCommit, withClient } from './helpers';

const NEXT = DESK_SCHEMA_VERSION + 1;

/** What a newer Crosscheck's upgrade could do: rename the commit function older clients call. */
const nextMigration = [
  {
    version: NEXT,
    name: 'a newer desk (test)',
    sql: 'ALTER FUNCTION desk_commit(jsonb, text) RENAME TO desk_commit_next',
  },
];

async function deskWithClaims(name: string): Promise<{ url: string; ids: string[] }> {
  const url = await freshDatabase(name);
  const seed = await openDesk(url, 'Seed', { live: false });
  const article = makeArticle(7);
  const claims = Array.from({ length: 3 }, (_, i) => makeClaim(article.id, i));
  await seed.commit({
    action: 'article.import',
    who: 'Seed',
    at: new Date().toISOString(),
    changes: [
      { table: 'articles', id: article.id, before: null, after: article },
      ...claims.map((c) => ({ table: 'claims' as const, id: c.id, before: null, after: c })),
      // The engine version stored with the import, as the app does: the service re-extracts nothing.
      { table: 'meta', id: META_ID, before: { id: META_ID, extractorVersion: 1 }, after: { id: META_ID, extractorVersion: EXTRACTOR_VERSION } },
    ],
    audit: [],
  });
  await seed.close();
  return { url, ids: claims.map((c) => c.id) };
}

/** Resolves with the time (ms) until `store` turns `state`, or rejects after `within` ms. */
function stateWithin(store: PostgresWorkspaceStore, state: DeskState, within: number): Promise<number> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    if (store.state === state) return resolve(0);
    const timer = setTimeout(() => {
      off();
      reject(new Error(`still ${store.state} after ${within} ms`));
    }, within);
    const off = store.onState((s) => {
      if (s !== state) return;
      clearTimeout(timer);
      off();
      resolve(performance.now() - t);
    });
  });
}

describe('a desk upgraded by a newer Crosscheck while this one is open (real server)', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const o of opened.splice(0)) await o.close();
  });

  it('an open desk learns of the upgrade at once, says "update", and refuses actions without sending them', async () => {
    const { url, ids } = await deskWithClaims('outdated_notify');
    const lan = await openDesk(url, 'Lan');
    opened.push(lan);
    await lan.commit(verifyCommit(ids[0]!, 'Lan'));
    const turned = stateWithin(lan, 'outdated', 3_000);
    await withClient(url, (c) => migrate(c as unknown as pg.PoolClient, 'crosscheck next', NEXT, nextMigration));
    // The upgrade's notification: well before the regular version read (every ~5 s).
    expect(await turned).toBeLessThan(2_500);
    expect(lan.state).toBe('outdated');
    expect(lan.outdatedBy).toBe(NEXT);

    const refused = await lan.commit(verifyCommit(ids[1]!, 'Lan')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DeskOutdatedError);
    expect((refused as Error).message).toContain('upgraded by a newer Crosscheck');
    expect((refused as Error).message).toContain('hãy cập nhật Crosscheck');
    expect((refused as Error).message).toContain(`desk schema ${NEXT}`);
    // Nothing of it reached the desk; the editor's earlier review is there.
    expect((await lan.reviews(ids)).map((r) => r.claimId)).toEqual([ids[0]]);
    // It stays outdated (a successful read does not make it 'online' again).
    expect(lan.state).toBe('outdated');
  });

  it('a desk that missed the notification notices within seconds by reading the version', async () => {
    const { url } = await deskWithClaims('outdated_poll');
    const minh = await openDesk(url, 'Minh');
    opened.push(minh);
    // The newer version's row only (no notification, no function changed): the regular read finds it.
    const turned = stateWithin(minh, 'outdated', 12_000);
    await withClient(url, (c) => c.query("INSERT INTO schema_version (version, name, app_version) VALUES ($1, 'newer (test)', 'crosscheck next')", [NEXT]));
    expect(await turned).toBeLessThan(12_000);
    expect(minh.outdatedBy).toBe(NEXT);
  });

  it('a client that does not listen (the CLI) is told "update Crosscheck" when the server refuses its commit', async () => {
    const { url, ids } = await deskWithClaims('outdated_cli');
    const kim = await openDesk(url, 'Kim', { live: false });
    opened.push(kim);
    await withClient(url, (c) => migrate(c as unknown as pg.PoolClient, 'crosscheck next', NEXT, nextMigration));
    expect(kim.state).toBe('online');
    const refused = await kim.commit(verifyCommit(ids[2]!, 'Kim')).then(
      () => null,
      (e: unknown) => e,
    );
    // Not the server's raw "function desk_commit does not exist".
    expect(refused).toBeInstanceOf(DeskOutdatedError);
    expect(kim.state).toBe('outdated');
  });

  it("the services turn it into the editor's message (English and Vietnamese), nothing saved", async () => {
    const { url, ids } = await deskWithClaims('outdated_service');
    const service = await openDeskService({ url, reviewerName: 'Hà' });
    opened.push(service);
    const turned = stateWithin(service.store, 'outdated', 3_000);
    await withClient(url, (c) => migrate(c as unknown as pg.PoolClient, 'crosscheck next', NEXT, nextMigration));
    await turned;
    const refused = await service.reviewClaim({ claimId: ids[0]!, status: 'verified' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    const error = refused as AppError;
    expect(error.code).toBe('forbidden');
    expect(error.messageIn('en')).toMatch(/upgraded by a newer Crosscheck .*: update Crosscheck/);
    expect(error.messageIn('vi')).toMatch(/phiên bản Crosscheck mới hơn .*: hãy cập nhật Crosscheck/);
    expect(error.messageIn('vi')).not.toContain('update');
    expect(await service.store.reviews([ids[0]!])).toEqual([]);
  });
  it("an outdated editor leaves the others' presence at once, and opening an article or quitting does not bring them back", async () => {
    const { url } = await deskWithClaims('outdated_presence');
    const article = makeArticle(7).id;
    const lan = await openDesk(url, 'Lan');
    opened.push(lan);
    await lan.setPresence(article);
    // Who the other editors' apps list as working (a newer app reads the same table).
    const others = () =>
      withClient(url, async (c) => (await c.query<{ editor: string }>("SELECT editor FROM presence WHERE seen_at > now() - interval '30 seconds'")).rows.map((r) => r.editor));
    expect(await others()).toEqual([expect.stringMatching(/^Lan/)]);
    // A newer Crosscheck upgrades the desk: Lan's app (this version) turns outdated.
    const turned = stateWithin(lan, 'outdated', 3_000);
    await withClient(url, (c) => c.query("INSERT INTO schema_version (version, name, app_version) VALUES ($1, 'newer (test)', 'crosscheck next')", [NEXT]));
    expect(await lan.checkOutdated()).toBe(true);
    await turned;
    // Gone from the others' list without Lan quitting (not only once her row goes stale after 30 s).
    await expect.poll(others, { timeout: 3_000 }).toEqual([]);
    // Lan opens another article in her outdated app: she does not reappear.
    await lan.setPresence(null);
    expect(await others()).toEqual([]);
    // Lan quits: still not there, and her session left no row behind.
    await lan.close();
    expect(await others()).toEqual([]);
    expect(await withClient(url, async (c) => (await c.query<{ n: number }>("SELECT count(*)::int AS n FROM presence WHERE editor LIKE 'Lan%'")).rows[0]!.n)).toBe(0);
  });

  it('a listener reconnect already under way when the client turns outdated does not follow the desk again', async () => {
    const { url } = await deskWithClaims('outdated_race');
    const lan = await openDesk(url, 'Lan');
    opened.push(lan);
    const listeners = () =>
      withClient(url, async (c) => (await c.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'")).rows[0]!.n);
    expect(await listeners()).toBe(1);
    // Holds the listener's next connect (the pool connects with a callback; the listener awaits it).
    const connect = pg.Client.prototype.connect as (this: pg.Client, ...a: unknown[]) => Promise<unknown>;
    let entered!: () => void;
    const held = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let armed = false;
    pg.Client.prototype.connect = function (this: pg.Client, ...args: unknown[]) {
      if (armed && args.length === 0) {
        armed = false;
        entered();
        return gate.then(() => connect.call(this));
      }
      return connect.apply(this, args);
    } as typeof pg.Client.prototype.connect;
    try {
      // The server drops the listener (as a restart would): the client reconnects it.
      await withClient(url, async (c) => {
        await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'");
        armed = true;
      });
      await held;
      // While that reconnect is connecting, a newer Crosscheck upgrades the desk and this client notices.
      await withClient(url, (c) => migrate(c as unknown as pg.PoolClient, 'crosscheck next', NEXT, nextMigration));
      expect(await lan.checkOutdated()).toBe(true);
      release();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      // The reconnect ended instead of listening again; the client stays outdated.
      expect(await listeners()).toBe(0);
      expect(lan.state).toBe('outdated');
    } finally {
      pg.Client.prototype.connect = connect as typeof pg.Client.prototype.connect;
      release();
    }
  });
});
