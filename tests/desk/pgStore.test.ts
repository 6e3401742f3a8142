// The PostgreSQL adapter of the store port against a real server: migrations, one transaction
// per commit, optimistic conflicts between two editors, the audit chain under concurrency,
// per-editor undo, live notifications and the password kept out of everything stored.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/store/auditChain';
import { SETTINGS_ID, type CommitRequest } from '../../electron/store/port';
import { DeskConflictError, type DeskChange, type PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import { DESK_SCHEMA_VERSION } from '../../electron/store/postgres/sql';
import { defaultSettings } from '../../shared/settings';
import { freshDatabase, importArticle, makeArticle, makeClaim, makeReview, openDesk, percentile } from './helpers';

const at = () => new Date().toISOString();

/** An article with `n` claims, committed as one import. */

function reviewCommit(claimId: string, status: 'verified' | 'flagged' | 'rejected', who: string, before: ReturnType<typeof makeReview> | null): CommitRequest {
  const after = makeReview(claimId, status, who);
  return {
    action: `review.${status}`,
    who,
    at: at(),
    changes: [{ table: 'reviews', id: claimId, before, after }],
    audit: [{ who, when: at(), action: `review.${status}`, target: claimId, before: before?.status ?? null, after: status }],
    undo: { kind: 'push', limit: 200 },
  };
}

describe('PostgreSQL desk adapter (real server)', () => {
  let url: string;
  let lan: PostgresWorkspaceStore;
  let minh: PostgresWorkspaceStore;

  beforeAll(async () => {
    url = await freshDatabase();
    lan = await openDesk(url, 'Lan');
    minh = await openDesk(url, 'Minh');
    await lan.commit({
      action: 'settings.init',
      who: 'Lan',
      at: at(),
      changes: [{ table: 'settings', id: SETTINGS_ID, before: null, after: { ...defaultSettings(), reviewerName: 'Lan' } }],
      audit: [],
    });
  });

  afterAll(async () => {
    await lan?.close();
    await minh?.close();
  });

  it('creates the schema by migration and opens an existing desk without redoing it', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const versions = (await client.query('SELECT version FROM schema_version ORDER BY version')).rows.map((r) => r.version);
      expect(versions).toEqual(Array.from({ length: DESK_SCHEMA_VERSION }, (_, i) => i + 1));
    } finally {
      await client.end();
    }
    // minh opened after lan: the second open found the tables and applied nothing.
    expect((await minh.settings()).reviewerName).toBe('Lan');
  });

  it('commits records in one transaction and reads them back by query', async () => {
    const claimIds = await importArticle(lan, 1, 5, { claims: 5 });
    await lan.commit(reviewCommit(claimIds[0]!, 'flagged', 'Lan', null));
    await lan.commit(reviewCommit(claimIds[1]!, 'verified', 'Lan', null));
    const summaries = await minh.articleSummaries();
    const summary = summaries.find((s) => s.id === makeArticle(1).id);
    expect(summary).toMatchObject({ claimCount: 5, reviewedCount: 2, flaggedCount: 1, title: 'Bài số 1' });
    // A page of the library: the same summaries in the same order, and how many articles there are.
    const at = summaries.indexOf(summary!);
    expect(await minh.articleSummaryPage({ offset: at, limit: 1 })).toEqual({ total: summaries.length, items: [summary] });
    expect(await minh.articleSummaryPage({ offset: 0, limit: summaries.length + 5 })).toEqual({ total: summaries.length, items: summaries });
    const opened = await minh.articleWithClaims(makeArticle(1).id);
    expect(opened?.claims.map((c) => c.id)).toEqual(claimIds);
    expect(opened?.reviews.map((r) => r.claimId)).toEqual([claimIds[0], claimIds[1]]);
    const page = await minh.claimPage({ offset: 0, limit: 2, statuses: ['unreviewed'] });
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.claim.id)).toEqual([claimIds[2], claimIds[3]]);
    expect(page.items.every((i) => i.review === null)).toBe(true);
  });

  it('a failed commit leaves nothing behind (one transaction)', async () => {
    const article = makeArticle(2);
    const claim = makeClaim(article.id, 0);
    const before = await lan.counts();
    // The second change's `before` is wrong: the whole commit, including the article, is refused.
    await expect(
      lan.commit({
        action: 'article.import',
        who: 'Lan',
        at: at(),
        changes: [
          { table: 'articles', id: article.id, before: null, after: article },
          { table: 'claims', id: claim.id, before: claim, after: claim },
        ],
        audit: [{ who: 'Lan', when: at(), action: 'article.import', target: article.id, before: null, after: null }],
      }),
    ).rejects.toBeInstanceOf(DeskConflictError);
    expect(await lan.counts()).toEqual(before);
    expect(await lan.articles([article.id])).toEqual([]);
  });

  it('the second editor changing the same claim gets a conflict showing the first editor\'s decision', async () => {
    const [claimId] = await importArticle(lan, 3, 1, { claims: 1 });
    // Both read "unreviewed"; Lan flags first, Minh's verify must not overwrite it.
    await lan.commit(reviewCommit(claimId!, 'flagged', 'Lan', null));
    const refused = await minh.commit(reviewCommit(claimId!, 'verified', 'Minh', null)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DeskConflictError);
    const conflict = refused as DeskConflictError;
    expect(conflict.table).toBe('reviews');
    expect(conflict.id).toBe(claimId);
    expect(conflict.by).toBe('Lan (lan)');
    expect((conflict.current as { status: string }).status).toBe('flagged');
    expect(conflict.message).toContain('Lan (lan)');
    const [stored] = await minh.reviews([claimId!]);
    expect(stored?.status).toBe('flagged');
    // Minh chooses with the current decision in hand: now it applies.
    await minh.commit(reviewCommit(claimId!, 'verified', 'Minh', stored!));
    expect((await lan.reviews([claimId!]))[0]?.status).toBe('verified');
  });

  it('two editors acting on the same claims at the same moment: one wins each, the other gets a conflict, nothing overwritten', async () => {
    const ids = await importArticle(lan, 12, 30, { claims: 30 });
    const race = async (before: (id: string) => Promise<ReturnType<typeof makeReview> | null>) => {
      for (const id of ids) {
        const [b1, b2] = [await before(id), await before(id)];
        const outcomes = await Promise.allSettled([lan.commit(reviewCommit(id, 'flagged', 'Lan', b1)), minh.commit(reviewCommit(id, 'rejected', 'Minh', b2))]);
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won, id).toHaveLength(1);
        expect(lost[0]?.reason, id).toBeInstanceOf(DeskConflictError);
        // What is stored is the winner's decision, and the loser was shown it.
        const winner = outcomes[0]!.status === 'fulfilled' ? 'flagged' : 'rejected';
        expect((await lan.reviews([id]))[0]?.status, id).toBe(winner);
        expect(((lost[0]!.reason as DeskConflictError).current as { status: string }).status, id).toBe(winner);
      }
    };
    // Both create the claim's first review at once (an insert race)...
    await race(async () => null);
    // ...then both change the stored one at once (an update race).
    await race(async (id) => (await lan.reviews([id]))[0] ?? null);
    expect(await lan.verifyAudit()).toBe(-1);
  });

  it('concurrent actions of two editors on different claims: none lost, one unforked audit chain', async () => {
    const perEditor = 500;
    const lanClaims = await importArticle(lan, 10, perEditor, { claims: perEditor });
    const minhClaims = await importArticle(minh, 11, perEditor, { claims: perEditor });
    const auditBefore = (await lan.counts()).auditEvents;
    const acked = new Set<string>();
    const run = async (store: PostgresWorkspaceStore, who: string, ids: string[]) => {
      // Several actions in flight at once per editor (a busy desk), each acknowledged separately.
      const lanes = 4;
      await Promise.all(
        Array.from({ length: lanes }, async (_, lane) => {
          for (let i = lane; i < ids.length; i += lanes) {
            await store.commit(reviewCommit(ids[i]!, 'verified', who, null));
            acked.add(ids[i]!);
          }
        }),
      );
    };
    const started = performance.now();
    await Promise.all([run(lan, 'Lan', lanClaims), run(minh, 'Minh', minhClaims)]);
    const seconds = (performance.now() - started) / 1000;
    console.log(`[desk] 2 editors × ${perEditor} concurrent actions: ${(2 * perEditor / seconds).toFixed(0)} actions/s (${seconds.toFixed(1)} s)`);

    expect(acked.size).toBe(2 * perEditor);
    const stored = new Map((await lan.reviews([...acked])).map((r) => [r.claimId, r]));
    for (const id of acked) expect(stored.get(id)?.status, id).toBe('verified');
    const log = await lan.auditLog(0);
    expect(log.length).toBe(auditBefore + 2 * perEditor);
    expect(verifyAuditChain(log)).toBe(-1);
    expect(await minh.verifyAudit()).toBe(-1);
    // Every audit event names its editor: name from settings plus the OS account.
    const editors = new Set(log.slice(auditBefore).map((e) => e.who));
    expect(editors).toEqual(new Set(['Lan (lan)', 'Minh (minh)']));
  });

  it('undo stacks are per editor: each sees only their own actions', async () => {
    const [claimId] = await importArticle(lan, 20, 1, { claims: 1 });
    await minh.commit(reviewCommit(claimId!, 'rejected', 'Minh', null));
    const minhTop = await minh.undoTop('undo');
    expect(minhTop?.action).toBe('review.rejected');
    expect(minhTop?.changes[0]?.id).toBe(claimId);
    const lanTop = await lan.undoTop('undo');
    expect(lanTop?.changes[0]?.id).not.toBe(claimId);

    // Lan changes the claim after Minh: Minh's undo (inverse change, before = his after) is refused.
    const [current] = await lan.reviews([claimId!]);
    await lan.commit(reviewCommit(claimId!, 'verified', 'Lan', current!));
    const inverse = minhTop!.changes.map((c) => ({ ...c, before: c.after, after: c.before }));
    const refused = await minh
      .commit({ action: 'undo.review.rejected', who: 'Minh', at: at(), changes: inverse as CommitRequest['changes'], audit: [], undo: { kind: 'undo', entryId: minhTop!.id } })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DeskConflictError);
    expect((refused as DeskConflictError).by).toBe('Lan (lan)');
    // Refused means nothing moved: Minh's entry is still on top of his stack.
    expect((await minh.undoTop('undo'))?.id).toBe(minhTop!.id);
    // Lan's own undo works and moves her entry to her redo stack only.
    const lanOwn = (await lan.undoTop('undo'))!;
    const lanInverse = lanOwn.changes.map((c) => ({ ...c, before: c.after, after: c.before }));
    await lan.commit({ action: 'undo.review.verified', who: 'Lan', at: at(), changes: lanInverse as CommitRequest['changes'], audit: [], undo: { kind: 'undo', entryId: lanOwn.id } });
    expect((await lan.undoTop('redo'))?.id).toBe(lanOwn.id);
    expect(await minh.undoTop('redo')).toBeNull();
    expect((await lan.reviews([claimId!]))[0]?.status).toBe('rejected');
  });

  it('another editor\'s actions arrive as change events within a second (LISTEN/NOTIFY)', async () => {
    const ids = await importArticle(lan, 30, 60, { claims: 60 });
    const latencies: number[] = [];
    const waiting = new Map<string, { started: number; resolve: () => void }>();
    const off = minh.onChange((change: DeskChange) => {
      for (const c of change.changes) {
        const w = waiting.get(c.id);
        if (c.table === 'reviews' && w) {
          expect((c.record as { status: string }).status).toBe('verified');
          latencies.push(performance.now() - w.started);
          waiting.delete(c.id);
          w.resolve();
        }
      }
    });
    try {
      for (const id of ids) {
        const arrived = new Promise<void>((resolve) => waiting.set(id, { started: performance.now(), resolve }));
        await lan.commit(reviewCommit(id, 'verified', 'Lan', null));
        await Promise.race([arrived, new Promise((_, reject) => setTimeout(() => reject(new Error(`no notification for ${id} within 5 s`)), 5_000))]);
      }
    } finally {
      off();
    }
    expect(latencies.length).toBe(ids.length);
    console.log(
      `[desk] notification to the other editor: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms ` +
        `(${latencies.length} actions, from the start of the commit; target p95 < 1000 ms)`,
    );
  });

  it('shows who is on which article', async () => {
    const article = makeArticle(1).id;
    const announced = new Promise<void>((resolve) => {
      const off = lan.onPresence(() => {
        off();
        resolve();
      });
    });
    await minh.setPresence(article);
    await lan.setPresence(null);
    await announced;
    const here = await lan.presence();
    expect(here.find((p) => p.editor === 'Minh (minh)')?.articleId).toBe(article);
    expect(here.find((p) => p.editor === 'Lan (lan)')?.articleId).toBeNull();
  });
});
