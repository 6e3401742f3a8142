// Connecting to a desk: the password never reaches anything stored, shown or logged; TLS options
// reach the driver; a desk from a newer Crosscheck is refused untouched.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SETTINGS_ID } from '../../electron/store/port';
import { checkDeskUrl, redactDeskUrl, scrubSecret } from '../../electron/store/postgres/connection';
import { DeskVersionError } from '../../electron/store/postgres/sql';
import { defaultSettings } from '../../shared/settings';
import { freshDatabase, makeArticle, makeClaim, makeReview, openDesk } from './helpers';

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
      await lan.commit({
        action: 'review.verified',
        who: 'Lan',
        at: new Date().toISOString(),
        changes: [{ table: 'reviews', id: claim.id, before: null, after: makeReview(claim.id, 'verified', 'Lan') }],
        audit: [{ who: 'Lan', when: new Date().toISOString(), action: 'review.verified', target: claim.id, before: null, after: 'verified' }],
        undo: { kind: 'push', limit: 200 },
      });
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

  it('TLS options in the URL reach the driver (sslmode=require against a server without TLS is refused)', async () => {
    const url = new URL(await freshDatabase());
    url.searchParams.set('sslmode', 'require');
    const error = await openDesk(url.toString(), 'Lan', { retryWindowMs: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/does not support SSL/i);
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
      expect((error as Error).message).toMatch(/newer Crosscheck \(desk schema version 99; this version of Crosscheck knows up to 1\)/);
      const read = await openDesk(url, 'Minh', { readOnly: true }).catch((e: unknown) => e);
      expect(read).toBeInstanceOf(DeskVersionError);
      expect((await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n).toBe(tablesBefore);
      expect((await client.query('SELECT max(version) AS v FROM schema_version')).rows[0].v).toBe(99);
    } finally {
      await client.end();
    }
  });
});
