// Connecting to a desk: the password never reaches anything stored, shown or logged; TLS options
// reach the driver; a desk from a newer Crosscheck is refused untouched.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SETTINGS_ID } from '../../electron/store/port';
import { checkDeskUrl, redactDeskUrl, scrubSecret } from '../../electron/store/postgres/connection';
import { DESK_SCHEMA_VERSION, DeskServerVersionError, DeskVersionError, MIGRATIONS, MIN_SERVER_VERSION_NUM } from '../../electron/store/postgres/sql';
import { defaultSettings } from '../../shared/settings';
import { freshDatabase, makeArticle, makeClaim, openDesk, verifyCommit, withClient } from './helpers';

describe('desk URLs', () => {
  it('removes the password (and password parameters) from what is shown', () => {
    expect(redactDeskUrl('postgres://lan:s%C3%AEcret@db.toasoan.vn:5432/desk?sslmode=verify-full&password=again')).toBe(
      'postgres://lan@db.toasoan.vn:5432/desk?sslmode=verify-full',
    );
    expect(scrubSecret('could not connect to postgres://lan:hunter2@h/d (hunter2)', 'postgres://lan:hunter2@h/d')).not.toContain('hunter2');
  });

  it('refuses what is not a postgres URL, in a sentence', () => {
    expect(() => checkDeskUrl('mysql://x@y/z')).toThrow(/must start with postgres:\/\//);
    expect(() => checkDeskUrl('not a url')).toThrow(/not a URL/);
  });
});

describe('desk connection against the real server', () => {
  it('never writes the password into the desk: records, audit, commits, presence, undo', async () => {
    const url = await freshDatabase();
    const password = decodeURIComponent(new URL(url).password);
    expect(password.length).toBeGreaterThan(8);
    const lan = await openDesk(url, 'Lan');
    try {
      expect(lan.location).not.toContain(password);
      expect(lan.location).toContain('127.0.0.1');
      const article = makeArticle(1);
      const claim = makeClaim(article.id, 0);
      await lan.commit({
        action: 'article.import',
        who: 'Lan',
        at: new Date().toISOString(),
        changes: [
          { table: 'settings', id: SETTINGS_ID, before: null, after: { ...defaultSettings(), reviewerName: 'Lan' } },
          { table: 'articles', id: article.id, before: null, after: article },
          { table: 'claims', id: claim.id, before: null, after: claim },
        ],
        audit: [{ who: 'Lan', when: new Date().toISOString(), action: 'article.import', target: article.id, before: null, after: { source: lan.location } }],
      });
      await lan.commit(verifyCommit(claim.id, 'Lan'));
      await lan.setPresence(article.id);

      // Every row of every table of the desk, as text.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const tables = (await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).rows.map((r) => r.tablename as string);
        expect(tables).toEqual(expect.arrayContaining(['articles', 'claims', 'reviews', 'audit_events', 'commits', 'presence', 'undo_entries', 'settings']));
        let dumped = '';
        for (const t of tables) dumped += (await client.query(`SELECT t::text AS row FROM ${t} t`)).rows.map((r) => r.row).join('\n');
        expect(dumped.length).toBeGreaterThan(1000);
        expect(dumped).toContain('Lan (lan)');
        expect(dumped).not.toContain(password);
        expect(dumped).not.toContain(encodeURIComponent(password));
      } finally {
        await client.end();
      }
    } finally {
      await lan.close();
    }
  });

  it('a wrong password is refused with an error that does not quote the given one', async () => {
    const url = new URL(await freshDatabase());
    url.password = 'wrong-Pa55word-xyz';
    const error = await openDesk(url.toString(), 'Lan').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/password authentication failed/);
    expect((error as Error).message).not.toContain('wrong-Pa55word-xyz');
  });

  it('the common refusals carry a sentence in Vietnamese and English, by SQLSTATE (QA31 note e)', async () => {
    const url = new URL(await freshDatabase());
    const user = decodeURIComponent(url.username);
    url.password = 'wrong-Pa55word-xyz';
    const wrong = (await openDesk(url.toString(), 'Lan').catch((e: unknown) => e)) as { code?: string; vi?: string; en?: string };
    expect(wrong.code).toBe('28P01');
    expect(wrong.vi).toBe(`sai mật khẩu cho người dùng «${user}»; hãy kiểm tra lại mật khẩu`);
    expect(wrong.en).toBe(`wrong password for user "${user}"; check the password`);
    const missing = new URL(await freshDatabase());
    missing.pathname = '/khongco';
    const none = (await openDesk(missing.toString(), 'Lan').catch((e: unknown) => e)) as { code?: string; vi?: string; en?: string };
    expect(none.code).toBe('3D000');
    expect(none.vi).toBe('không có cơ sở dữ liệu «khongco» trên máy chủ; hãy kiểm tra tên ở cuối địa chỉ');
    const closed = new URL(await freshDatabase());
    closed.port = '1';
    const refused = (await openDesk(closed.toString(), 'Lan').catch((e: unknown) => e)) as { vi?: string };
    expect(refused.vi).toMatch(/^máy chủ .+:1 từ chối kết nối; PostgreSQL có thể không chạy hoặc không nghe ở cổng này$/);
  });

  it('TLS options in the URL reach the driver (sslmode=require against a server without TLS is refused, in a sentence)', async () => {
    const url = new URL(await freshDatabase());
    url.searchParams.set('sslmode', 'require');
    const error = await openDesk(url.toString(), 'Lan', { retryWindowMs: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/does not support SSL/i);
    // Said in the editor's words, not the driver's English (the CLI and the settings form show these).
    const said = error as { vi?: string; en?: string };
    expect(said.vi).toBe(`máy chủ «${url.hostname}» không dùng kết nối mã hóa (TLS/SSL) mà địa chỉ yêu cầu (sslmode); hãy nhờ người quản trị bật TLS, hoặc bỏ sslmode khỏi địa chỉ nếu máy chủ nằm trong mạng tin cậy`);
    expect(said.en).toMatch(/^the server ".+" does not offer the encrypted connection \(TLS\/SSL\) the address asks for/);
  });

  it('upgrades a desk made by the first schema version: its records and chain kept, actions then go through the new commit', async () => {
    const url = await freshDatabase();
    const claim = makeClaim(makeArticle(1).id, 0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // A desk as the first released version left it: migration 1 only, one action committed by its desk_commit.
      await client.query('BEGIN');
      await client.query('CREATE TABLE schema_version (version integer PRIMARY KEY, name text NOT NULL, app_version text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      await client.query(MIGRATIONS[0]!.sql);
      await client.query("INSERT INTO schema_version (version, name, app_version) VALUES (1, 'v1', 'crosscheck 0.1')");
      await client.query('COMMIT');
      // The import, through version 1's desk_commit (the payload the adapter sends).
      const when = new Date().toISOString();
      const article = makeArticle(1);
      await client.query('SELECT desk_commit($1::jsonb, $2)', [
        JSON.stringify({
          commitId: randomUUID(),
          action: 'article.import',
          who: 'Lan',
          editor: 'Lan (lan)',
          session: 'old-session',
          at: when,
          audit: [{ who: 'Lan (lan)', at: when, action: 'article.import', target: article.id, before_text: 'null', after_text: 'null', tail: JSON.stringify(['Lan (lan)', when, 'article.import', article.id, null, null]).slice(1) }],
          undo: null,
          undoChanges: null,
          changes: [
            { tbl: 'articles', id: article.id, before: null, has_before: false, after: article },
            { tbl: 'claims', id: claim.id, before: null, has_before: false, after: claim },
          ],
          tables: ['articles', 'claims'],
        }),
        'all',
      ]);
    } finally {
      await client.end();
    }
    expect(DESK_SCHEMA_VERSION).toBeGreaterThan(1);
    const lan = await openDesk(url, 'Lan', { live: false });
    try {
      expect((await lan.claims()).map((c) => c.id)).toEqual([claim.id]);
      await lan.commit(verifyCommit(claim.id, 'Lan'));
      expect((await lan.reviews([claim.id]))[0]?.status).toBe('verified');
      expect(await lan.verifyAudit()).toBe(-1);
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      try {
        expect((await check.query('SELECT max(version) AS v FROM schema_version')).rows[0].v).toBe(DESK_SCHEMA_VERSION);
      } finally {
        await check.end();
      }
    } finally {
      await lan.close();
    }
  });

  it('refuses a server older than the desk needs, in a sentence naming both versions (en + vi), before creating anything', async () => {
    const url = await freshDatabase();
    const running = await withClient(url, async (c) => (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v);
    // This server is new enough (≥ 14); asking for a version it does not reach plays an older server.
    expect(MIN_SERVER_VERSION_NUM).toBe(140_000);
    const error = await openDesk(url, 'Lan', { minServerVersionNum: 990_000, live: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeskServerVersionError);
    expect((error as Error).message).toBe(`The shared desk needs PostgreSQL 99 or newer; this server runs PostgreSQL ${running}. Nothing was changed.`);
    expect((error as DeskServerVersionError).vi).toBe(`Bàn biên tập chung cần PostgreSQL 99 trở lên; máy chủ này chạy PostgreSQL ${running}. Không có gì bị thay đổi.`);
    expect(await withClient(url, async (c) => (await c.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0]!.n)).toBe(0);
    // The same server with the real minimum: the desk opens.
    const lan = await openDesk(url, 'Lan', { live: false });
    await lan.close();
  });

  it('refuses a desk created by a newer Crosscheck, naming the version, and changes nothing', async () => {
    const url = await freshDatabase();
    const lan = await openDesk(url, 'Lan', { live: false });
    await lan.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("INSERT INTO schema_version (version, name, app_version) VALUES (99, 'from the future', 'crosscheck 9')");
      const tablesBefore = (await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n;
      const error = await openDesk(url, 'Minh').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeskVersionError);
      expect((error as Error).message).toMatch(new RegExp(`newer Crosscheck \\(desk schema version 99; this version of Crosscheck knows up to ${DESK_SCHEMA_VERSION}\\)`));
      const read = await openDesk(url, 'Minh', { readOnly: true }).catch((e: unknown) => e);
      expect(read).toBeInstanceOf(DeskVersionError);
      expect((await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n).toBe(tablesBefore);
      expect((await client.query('SELECT max(version) AS v FROM schema_version')).rows[0].v).toBe(99);
    } finally {
      await client.end();
    }
  });
});
