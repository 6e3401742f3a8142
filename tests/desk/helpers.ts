import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject, vi } from 'vitest';
import type { CommitRequest } from '../../electron/store/port';
import { localIdentity, PostgresWorkspaceStore, type PostgresStoreOptions } from '../../electron/store/postgres/pgStore';
import { makeArticle, makeClaim, makeReview } from './fixtures/records';

/** A new empty database on the run's throwaway cluster; returns its URL (with the test password). */
export async function freshDatabase(prefix = 'desk'): Promise<string> {
  const adminUrl = inject('deskAdminUrl');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function openDesk(url: string, name: string, options: Partial<PostgresStoreOptions> = {}): Promise<PostgresWorkspaceStore> {
  return PostgresWorkspaceStore.open({ url, identity: { ...localIdentity(name), osUser: name.toLowerCase() }, ...options });
}

export { makeArticle, makeClaim, makeReview, percentile } from './fixtures/records';

/**
 * The payload a client sends desk_commit for one "verified" review, for the tests that drive the server
 * directly (no adapter in between).
 */
export function rawReview(
  claimId: string,
  editor: string,
  opts: { commitId?: string; session?: string; deskSchema?: number } = {},
): Record<string, unknown> {
  const when = new Date().toISOString();
  return {
    commitId: opts.commitId ?? randomUUID(),
    action: 'review.verified',
    who: editor,
    editor,
    session: opts.session ?? `${editor}-session`,
    at: when,
    audit: [
      {
        who: editor,
        at: when,
        action: 'review.verified',
        target: claimId,
        before_text: 'null',
        after_text: '"verified"',
        tail: JSON.stringify([editor, when, 'review.verified', claimId, null, 'verified']).slice(1),
      },
    ],
    undo: null,
    undoChanges: null,
    changes: [{ tbl: 'reviews', id: claimId, before: null, has_before: false, after: makeReview(claimId, 'verified', editor) }],
    tables: ['reviews'],
    ...(opts.deskSchema === undefined ? {} : { deskSchema: opts.deskSchema }),
  };
}

/** Runs `work` on a client of its own (a raw connection, as another program would open one), then ends it. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Imports article number `n` with `claims` claims in one commit (the audit event carries `audit` as its after); the claim ids. */
export async function importArticle(store: PostgresWorkspaceStore, n: number, claims: number, audit: unknown = null): Promise<string[]> {
  const article = makeArticle(n);
  const list = Array.from({ length: claims }, (_, i) => makeClaim(article.id, i));
  const at = new Date().toISOString();
  await store.commit({
    action: 'article.import',
    who: 'test',
    at,
    changes: [
      { table: 'articles', id: article.id, before: null, after: article },
      ...list.map((c) => ({ table: 'claims' as const, id: c.id, before: null, after: c })),
    ],
    audit: [{ who: 'test', when: at, action: 'article.import', target: article.id, before: null, after: audit }],
  });
  return list.map((c) => c.id);
}

/** One editor's "verified" review of a claim, as the commit an action sends (with its audit and undo step). */
export function verifyCommit(id: string, who: string): CommitRequest {
  return {
    action: 'review.verified',
    who,
    at: new Date().toISOString(),
    changes: [{ table: 'reviews', id, before: null, after: makeReview(id, 'verified', who) }],
    audit: [{ who, when: new Date().toISOString(), action: 'review.verified', target: id, before: null, after: 'verified' }],
    undo: { kind: 'push', limit: 200 },
  };
}

/**
 * Everything printed while the test runs, collected into `logged` (and still printed): what the
 * password must never appear in. Restored by `vi.restoreAllMocks()`.
 */
export function captureConsole(logged: string[]): void {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
      original(...args);
    });
  }
}
