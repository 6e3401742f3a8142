// The app's snapshots of a shared desk (exports, merges, the history) read several tables; another
// editor's commit landing between two of those reads must not give a mix of before and after. Each
// test holds the snapshot's reads at a gate after its first read, lands a real commit of a second
// editor there, then lets the other reads run: all of them must show the desk as it was before.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeskService, type DeskService } from '../../electron/services/desk';
import type { CommitRequest, RecordChange } from '../../electron/store/port';
import { DeskBusyError, type PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import { AppError } from '../../electron/services/errors';
import type { Claim, Review } from '../../shared/schema';
import { freshDatabase, makeArticle, makeClaim, makeReview, openDesk } from './helpers';

type Reader = 'articles' | 'claims' | 'reviews' | 'findings' | 'auditLog' | 'settings' | 'meta' | 'detached' | 'articleSummaries';
const READERS: Reader[] = ['articles', 'claims', 'reviews', 'findings', 'auditLog', 'settings', 'meta', 'detached', 'articleSummaries'];

/**
 * Makes `store`'s reads wait at a gate once `first` was called: `first` runs, then `between`
 * (another editor's commit), then every other read runs. Returns a function that removes the gate.
 */
function gateAfter(store: PostgresWorkspaceStore, first: Reader, between: () => Promise<void>): () => void {
  const self = store as unknown as Record<Reader, (...args: unknown[]) => Promise<unknown>>;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let landed: Promise<void> | null = null;
  for (const name of READERS) {
    const original = self[name].bind(store);
    self[name] = async (...args: unknown[]) => {
      if (name === first && landed === null) {
        const result = await original(...args);
        landed = between().then(open);
        await landed;
        return result;
      }
      // Reads before the first one (an export reads the settings first) are not held.
      if (landed !== null) await gate;
      return original(...args);
    };
  }
  return () => {
    for (const name of READERS) delete (self as Partial<typeof self>)[name];
  };
}

function importOf(n: number, claims: number, who: string): CommitRequest {
  const article = makeArticle(n);
  const changes: RecordChange[] = [{ table: 'articles', id: article.id, before: null, after: article }];
  for (let i = 0; i < claims; i++) changes.push({ table: 'claims', id: makeClaim(article.id, i).id, before: null, after: makeClaim(article.id, i) });
  const at = new Date().toISOString();
  return { action: 'article.import', who, at, changes, audit: [{ who, when: at, action: 'article.import', target: article.id, before: null, after: { claims } }] };
}

function reviewOf(claim: Claim, before: Review | null, after: Review, who: string): CommitRequest {
  const at = new Date().toISOString();
  return {
    action: `review.${after.status}`,
    who,
    at,
    changes: [{ table: 'reviews', id: claim.id, before, after }],
    audit: [{ who, when: at, action: `review.${after.status}`, target: claim.id, before: before?.status ?? null, after: after.status }],
  };
}

describe("the app's snapshot of a shared desk is one consistent state (real server)", () => {
  let url: string;
  let dir: string;
  let lan: DeskService;
  let minh: PostgresWorkspaceStore;

  beforeAll(async () => {
    url = await freshDatabase('snapshot');
    dir = await mkdtemp(join(tmpdir(), 'crosscheck-desk-snapshot-'));
    lan = await openDeskService({ url, reviewerName: 'Lan' });
    minh = await openDesk(url, 'Minh');
    await minh.commit(importOf(0, 3, 'Minh'));
    const first = makeClaim(makeArticle(0).id, 0);
    await minh.commit(reviewOf(first, null, makeReview(first.id, 'verified', 'Minh'), 'Minh'));
  });

  afterAll(async () => {
    await lan?.close();
    await minh?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a JSON backup export: another editor importing and reviewing between its reads is not half in it', async () => {
    const added = makeArticle(1);
    const removeGate = gateAfter(lan.store, 'articles', async () => {
      await minh.commit(importOf(1, 4, 'Minh'));
      const c = makeClaim(added.id, 2);
      await minh.commit(reviewOf(c, null, makeReview(c.id, 'flagged', 'Minh'), 'Minh'));
    });
    const path = join(dir, 'backup.json');
    try {
      await lan.exportTo(path, { format: 'json', scope: {} });
    } finally {
      removeGate();
    }
    const backup = JSON.parse(await readFile(path, 'utf8')) as {
      articles: { id: string }[];
      claims: { id: string; articleId: string }[];
      reviews: Record<string, { claimId: string }>;
      auditLog: { action: string; target: string }[];
    };
    const articleIds = new Set(backup.articles.map((a) => a.id));
    // Every claim's article, every review's claim, and every record's audit event is in it.
    expect(backup.claims.filter((c) => !articleIds.has(c.articleId))).toEqual([]);
    const claimIds = new Set(backup.claims.map((c) => c.id));
    expect(Object.values(backup.reviews).filter((r) => !claimIds.has(r.claimId))).toEqual([]);
    // As the desk was when the export began: Minh's later import and review are not in it at all.
    expect([...articleIds]).toEqual([makeArticle(0).id]);
    expect(backup.claims).toHaveLength(3);
    expect(Object.keys(backup.reviews)).toHaveLength(1);
    expect(backup.auditLog.map((e) => e.action)).toEqual(['article.import', 'review.verified']);
    // …and they did land: the next export has them.
    await lan.exportTo(path, { format: 'json', scope: {} });
    const next = JSON.parse(await readFile(path, 'utf8')) as typeof backup;
    expect(next.articles).toHaveLength(2);
    expect(next.claims).toHaveLength(7);
    expect(Object.keys(next.reviews)).toHaveLength(2);
  });

  it('a reviewed-claims export (CSV path): a claim and its review changed together between its reads are both seen as before', async () => {
    const claim = makeClaim(makeArticle(0).id, 0);
    const [review] = await lan.store.reviews([claim.id]);
    expect(review?.status).toBe('verified');
    // Minh corrects the claim's value and re-reviews it in one commit, between the export's reads.
    const removeGate = gateAfter(lan.store, 'reviews', async () => {
      const at = new Date().toISOString();
      const corrected = makeReview(claim.id, 'corrected', 'Minh', null, { correctedValue: 999 });
      await minh.commit({
        action: 'review.corrected',
        who: 'Minh',
        at,
        changes: [
          { table: 'claims', id: claim.id, before: claim, after: { ...claim, value: 999 } },
          { table: 'reviews', id: claim.id, before: review!, after: corrected },
        ],
        audit: [{ who: 'Minh', when: at, action: 'review.corrected', target: claim.id, before: 'verified', after: 'corrected' }],
      });
    });
    let ws;
    try {
      ws = await lan.ctx.snapshotForExport('csv', {});
    } finally {
      removeGate();
    }
    const seen = ws.claims.find((c) => c.id === claim.id);
    expect(ws.reviews[claim.id]?.status).toBe('verified');
    // The claim as it was with that review, not the value Minh wrote after the review was read.
    expect(seen?.value).toBe(claim.value);
    const after = await lan.ctx.snapshotForExport('csv', {});
    expect(after.claims.find((c) => c.id === claim.id)?.value).toBe(999);
  });
  it("a snapshot taken inside another one (the store's own snapshot within consistentRead) does not end the outer one", async () => {
    const claim = makeClaim(makeArticle(0).id, 1);
    const before = await lan.store.claims([claim.id]);
    const value = await lan.store.consistentRead!(async () => {
      const inner = await lan.store.snapshot();
      expect(inner.records.claims.find((c) => c.id === claim.id)?.value).toBe(before[0]!.value);
      // Minh changes the claim after the inner snapshot: the outer one still reads the desk as it was.
      await minh.commit({
        action: 'claim.edit',
        who: 'Minh',
        at: new Date().toISOString(),
        changes: [{ table: 'claims', id: claim.id, before: before[0]!, after: { ...before[0]!, value: 4242 } }],
        audit: [],
      });
      const [seen] = await lan.store.claims([claim.id]);
      return seen!.value;
    });
    expect(value).toBe(before[0]!.value);
    const [now] = await lan.store.claims([claim.id]);
    expect(now!.value).toBe(4242);
  });
  it('a history listing that finds the desk too busy for one consistent state says so neutrally (not an export message), vi and en', async () => {
    const store = lan.store as unknown as { consistentRead: unknown };
    const own = Object.getOwnPropertyDescriptor(store, 'consistentRead');
    // As after its 21 tries, each of which found another editor's commit landed unsealed.
    store.consistentRead = () => Promise.reject(new DeskBusyError());
    let error: unknown;
    try {
      await lan.listHistory({});
    } catch (e) {
      error = e;
    } finally {
      if (own) Object.defineProperty(store, 'consistentRead', own);
      else delete store.consistentRead;
    }
    expect(error).toBeInstanceOf(AppError);
    const app = error as AppError;
    expect(app.messageIn('en')).toContain('The shared desk is busy');
    expect(app.messageIn('vi')).toContain('Bàn biên tập chung đang bận');
    for (const lang of ['en', 'vi'] as const) expect(app.messageIn(lang).toLowerCase()).not.toMatch(/export|xuất/);
    // The next listing reads normally.
    expect((await lan.listHistory({})).events.length).toBeGreaterThan(0);
  });
});
