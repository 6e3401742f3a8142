// A server that stops answering without closing anything (its processes frozen with SIGSTOP: the
// connections stay open, nothing is refused or reset — what a dead network or a hung host looks
// like). The app must never hang on it: an action waits and goes through when the server answers
// again within the retry window (exactly once), is refused with a clear message after it, and the
// desk closes promptly while the server is still frozen.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLocalCluster, type LocalCluster } from '../../electron/store/postgres/cluster';
import { DeskUnavailableError } from '../../electron/store/postgres/pgStore';
import { captureConsole, importArticle, openDesk, verifyCommit } from './helpers';

const run = promisify(execFile);

/** The server's processes: the postmaster and every backend it started. */
async function serverPids(cluster: LocalCluster): Promise<number[]> {
  const postmaster = Number((await readFile(join(cluster.dir, 'data', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const children = (await run('ps', ['-o', 'pid=', '--ppid', String(postmaster)]).catch(() => ({ stdout: '' }))).stdout
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((n) => n > 0);
  return [postmaster, ...children];
}

async function freeze(cluster: LocalCluster): Promise<() => void> {
  const pids = await serverPids(cluster);
  for (const pid of pids) process.kill(pid, 'SIGSTOP');
  let thawed = false;
  return () => {
    if (thawed) return;
    thawed = true;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // gone
      }
    }
  };
}

describe('a server that stops answering (frozen, connections left open)', () => {
  let cluster: LocalCluster;
  let thaw: (() => void) | null = null;
  // Everything printed while the desk waits, retries and gives up: never the password.
  const logged: string[] = [];

  beforeAll(async () => {
    captureConsole(logged);
    cluster = await createLocalCluster({ dir: await mkdtemp(join(tmpdir(), 'crosscheck-desk-frozen-')), throwaway: true });
  });

  afterAll(async () => {
    thaw?.();
    await cluster?.destroy();
    vi.restoreAllMocks();
  });

  it('an action made while it is frozen waits, and lands once when it answers again within the window', async () => {
    const lan = await openDesk(cluster.url, 'Lan', { retryWindowMs: 30_000, timeouts: { connectMs: 1_000, queryMs: 2_000 } });
    try {
      const ids = await importArticle(lan, 1, 3);
      thaw = await freeze(cluster);
      const pending = lan.commit(verifyCommit(ids[0]!, 'Lan'));
      let settled = false;
      void pending.then(
        () => (settled = true),
        () => (settled = true),
      );
      // Longer than one statement's timeout: the client has given up on that connection by now.
      await new Promise((r) => setTimeout(r, 4_000));
      expect(settled).toBe(false);
      expect(['reconnecting', 'offline']).toContain(lan.state);
      thaw();
      await pending;
      expect((await lan.reviews([ids[0]!]))[0]?.status).toBe('verified');
      // Exactly once: one verification in the trail, and the chain unbroken.
      const trail = await lan.auditLog();
      expect(trail.filter((e) => e.target === ids[0] && e.action === 'review.verified')).toHaveLength(1);
      expect(await lan.verifyAudit()).toBe(-1);
      expect(lan.state).toBe('online');
    } finally {
      thaw?.();
      await lan.close();
    }
  });

  it('frozen for good: the action is refused with a clear message after the window, and the desk closes promptly', async () => {
    const lan = await openDesk(cluster.url, 'Lan', { retryWindowMs: 4_000, timeouts: { connectMs: 1_000, queryMs: 2_000 } });
    const ids = await importArticle(lan, 2, 2);
    thaw = await freeze(cluster);
    try {
      const t0 = performance.now();
      const error = await lan.commit(verifyCommit(ids[0]!, 'Lan')).catch((e: unknown) => e);
      const waited = performance.now() - t0;
      expect(error).toBeInstanceOf(DeskUnavailableError);
      expect((error as Error).message).toMatch(/cannot be reached/);
      expect((error as Error).message).not.toContain(cluster.password);
      // The window and at most one statement's or connection's timeout beyond it.
      expect(waited).toBeLessThan(4_000 + 2_000 + 3_000);
      // A read gives up the same way rather than hanging.
      const read = await lan.reviews([ids[1]!]).catch((e: unknown) => e);
      expect(read).toBeInstanceOf(DeskUnavailableError);
      expect(lan.state).toBe('offline');
      const c0 = performance.now();
      await lan.close();
      expect(performance.now() - c0).toBeLessThan(10_000);
    } finally {
      thaw();
    }
  });

  it('nothing printed while it waited, retried and gave up carries the password', () => {
    expect(logged.join('\n')).not.toContain(cluster.password);
    expect(logged.join('\n')).not.toContain(encodeURIComponent(cluster.password));
  });
});
