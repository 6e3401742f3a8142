// Leaving a shared desk whose server is down: every wait is bounded and the editor can give up.
// A real server stopped with pg_ctl; actions waiting for it are given up on — reported as not sent,
// never applied later, never reported as saved — and closing never hangs.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDeskHost } from '../../electron/host/deskHost';
import { AppError } from '../../electron/services/errors';
import { META_ID } from '../../electron/store/port';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { createLocalCluster, type LocalCluster } from '../../electron/store/postgres/cluster';
import { DeskGaveUpError, type PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import { DeskEvent } from '../../shared/ipc/contract';
import { makeArticle, makeClaim, openDesk, verifyCommit as review } from './helpers';

/** A promise's outcome, readable at any time without awaiting it. */
function track<T>(promise: Promise<T>): { settled: () => boolean; error: () => unknown } {
  let done = false;
  let failure: unknown = null;
  promise.then(
    () => (done = true),
    (e: unknown) => {
      done = true;
      failure = e;
    },
  );
  return { settled: () => done, error: () => failure };
}

/** Resolves with how long `promise` took, or rejects when it takes longer than `ms` (a hang). */
async function within(promise: Promise<unknown>, ms: number): Promise<number> {
  const t0 = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms)))]);
  clearTimeout(timer);
  return performance.now() - t0;
}

describe('giving up on a desk that went away (real server, pg_ctl stop)', () => {
  let cluster: LocalCluster;
  const ids: string[] = [];

  beforeAll(async () => {
    cluster = await createLocalCluster({ dir: await mkdtemp(join(tmpdir(), 'crosscheck-desk-giveup-')), throwaway: true });
    const setup = await openDesk(cluster.url, 'Setup', { live: false });
    const article = makeArticle(1);
    const claims = Array.from({ length: 12 }, (_, i) => makeClaim(article.id, i));
    ids.push(...claims.map((c) => c.id));
    await setup.commit({
      action: 'article.import',
      who: 'test',
      at: new Date().toISOString(),
      changes: [
        // The current extractor's version: the service takes these claims as they are.
        { table: 'meta', id: META_ID, before: { id: META_ID, extractorVersion: 1 }, after: { id: META_ID, extractorVersion: EXTRACTOR_VERSION } },
        { table: 'articles', id: article.id, before: null, after: article },
        ...claims.map((c) => ({ table: 'claims' as const, id: c.id, before: null, after: c }))],
      audit: [{ who: 'test', when: new Date().toISOString(), action: 'article.import', target: article.id, before: null, after: null }],
    });
    await setup.close();
  });

  afterAll(async () => {
    await cluster?.destroy();
  });

  it('the store: pending actions wait for the server, are given up on at once when asked, and never land afterwards', async () => {
    // A retry window of a minute: without giving up, these would wait that long.
    const lan = await openDesk(cluster.url, 'Lan', { retryWindowMs: 60_000, timeouts: { connectMs: 2_000, queryMs: 5_000 } });
    await lan.setPresence(null);
    await lan.commit(review(ids[0]!, 'Lan'));

    await cluster.stop('fast');
    const waiting = [1, 2, 3].map((i) => lan.commit(review(ids[i]!, 'Lan')));
    const tracked = waiting.map(track);
    await vi.waitFor(() => expect(lan.state).not.toBe('online'), { timeout: 10_000 });
    expect(lan.pending).toBe(3);
    // Still waiting (kept and retried), not failed.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(tracked.map((t) => t.settled())).toEqual([false, false, false]);

    let outcome: Awaited<ReturnType<PostgresWorkspaceStore['abandonPending']>> | null = null;
    await within(
      lan.abandonPending().then((o) => (outcome = o)),
      5_000,
    );
    // The server refused every connection: none of them was ever sent.
    expect(outcome).toEqual({ notSent: 3, unconfirmed: 0 });
    for (const t of tracked) {
      expect(t.settled()).toBe(true);
      expect(t.error()).toBeInstanceOf(DeskGaveUpError);
      expect((t.error() as DeskGaveUpError).unconfirmed).toBe(false);
      expect((t.error() as Error).message).toMatch(/not sent and nothing of it was saved/);
    }
    expect(lan.pending).toBe(0);

    // An action made after the give-up is kept again; closing with a bound gives up on it too.
    const later = track(lan.commit(review(ids[4]!, 'Lan')));
    await new Promise((r) => setTimeout(r, 500));
    expect(later.settled()).toBe(false);
    await within(lan.close({ waitMs: 300 }), 10_000);
    expect(later.error()).toBeInstanceOf(DeskGaveUpError);

    // Back: what was acknowledged is there; nothing given up on landed; the chain verifies.
    await cluster.start();
    const minh = await openDesk(cluster.url, 'Minh', { live: false });
    try {
      const stored = await minh.reviews(ids.slice(0, 5));
      expect(stored.map((r) => r.claimId)).toEqual([ids[0]]);
      expect(await minh.verifyAudit()).toBe(-1);
    } finally {
      await minh.close();
    }
  });

  it('the desk host: the window sees the actions waiting while leaving, giving up answers each as not sent, and the close ends', async () => {
    const events: DeskEvent[] = [];
    const host = await openDeskHost(
      {
        openExternal: () => undefined,
        chooseImportPaths: async () => null,
        chooseSavePath: async () => null,
        emit: (e) => events.push(DeskEvent.parse(e)),
      },
      { url: cluster.url, reviewerName: 'Lan', store: { retryWindowMs: 60_000, timeouts: { connectMs: 2_000, queryMs: 5_000 } } },
    );
    const claimIds = ids.slice(5);
    await host.handlers.reviewClaim({ claimId: claimIds[0]!, status: 'verified' });

    await cluster.stop('fast');
    const actions = [1, 2].map((i) => track(Promise.resolve(host.handlers.reviewClaim({ claimId: claimIds[i]!, status: 'flagged' }))));
    const lastLive = () => events.flatMap((e) => (e.type === 'desk' ? [e.live] : [])).at(-1);
    await vi.waitFor(() => expect(lastLive()).toMatchObject({ pending: 2 }), { timeout: 10_000 });
    expect(lastLive()?.state).not.toBe('online');

    // Leaving the desk (disconnect / quit): the close waits for the two actions...
    const closing = track(host.close());
    await new Promise((r) => setTimeout(r, 1_500));
    expect(closing.settled()).toBe(false);
    expect(actions.map((a) => a.settled())).toEqual([false, false]);

    // ...until the editor gives up: each action is answered as not sent (never as saved), and the close ends.
    const outcome = await host.abandon!();
    expect(outcome).toEqual({ notSent: 2, unconfirmed: 0 });
    await vi.waitFor(() => expect(closing.settled()).toBe(true), { timeout: 10_000 });
    expect(closing.error()).toBeNull();
    for (const a of actions) {
      expect(a.error()).toBeInstanceOf(AppError);
      expect((a.error() as AppError).messageIn('vi')).toMatch(/chưa được gửi lên bàn biên tập chung và không được lưu/);
      expect((a.error() as AppError).messageIn('en')).toMatch(/not sent to the shared desk and was not saved/);
    }
    expect(lastLive()?.pending).toBe(0);

    await cluster.start();
    const minh = await openDesk(cluster.url, 'Minh', { live: false });
    try {
      const stored = await minh.reviews(claimIds.slice(0, 3));
      expect(stored.map((r) => [r.claimId, r.status])).toEqual([[claimIds[0], 'verified']]);
      expect(await minh.verifyAudit()).toBe(-1);
    } finally {
      await minh.close();
    }
  });

  it('closing with nothing pending while the server is down ends promptly (no wait on dead connections)', async () => {
    const lan = await openDesk(cluster.url, 'Lan', { retryWindowMs: 60_000, timeouts: { connectMs: 2_000, queryMs: 5_000 } });
    await lan.setPresence(null);
    await cluster.stop('fast');
    await vi.waitFor(() => expect(lan.state).not.toBe('online'), { timeout: 10_000 });
    await within(lan.close(), 10_000);
    await cluster.start();
  });
});
