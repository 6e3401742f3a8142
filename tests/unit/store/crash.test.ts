import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/store/auditChain';
import { KEEP_BACKUPS } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import { tempDir } from '../helpers';
import { articlesWithClaims } from './helpers/articles';
import { checkAfterCrash, runAndKill, tempFiles } from './helpers/crash';
import { importRequest } from './helpers/slices';

/** A small seeded generator, so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('crash safety of the lowdb folder store (real child process, SIGKILL)', () => {
  it('loses no acknowledged commit over 50 random kills, keeps the audit chain valid and leaves no temp files behind', async () => {
    const folder = join(await tempDir(), 'ws');
    const random = seeded(Number(process.env.CRASH_SEED ?? 9));
    const acked: string[] = [];
    let maxDataFiles = 0;
    // 50 kills (CRASH_ROUNDS to change it; the soak script does 1,000).
    const rounds = Number(process.env.CRASH_ROUNDS ?? 50);
    for (let round = 0; round < rounds; round++) {
      acked.push(...(await runAndKill(folder, random)));
      const after = await checkAfterCrash(folder, acked);
      expect(after.lost, `round ${round}`).toEqual([]);
      expect(after.chainBrokenAt, `round ${round}`).toBe(-1);
      expect(after.tempAfterOpen).toBe(0);
      // Acknowledged or not, nothing beyond what the writer started can exist.
      expect(after.reviews).toBeGreaterThanOrEqual(acked.length);
      maxDataFiles = Math.max(maxDataFiles, after.dataFiles);
    }
    expect(acked.length).toBeGreaterThan(rounds);
    // Old documents are collected: bounded by what the manifest and the KEEP_BACKUPS kept backups can
    // name (at most ~120 documents each); orphans of killed checkpoints must not pile up beyond that.
    expect(maxDataFiles).toBeLessThanOrEqual((KEEP_BACKUPS + 1) * 120);
  }, 900_000);

  it('loses no acknowledged claim correction made through articles read alone from unparsed buckets, nor any other record of those buckets', async () => {
    const folder = join(await tempDir(), 'ws');
    // 600 articles over a new workspace's 1,024 buckets: many buckets hold two or more.
    const writer = await openWorkspaceStore(folder, { mode: 'write' });
    const { articles, claims } = articlesWithClaims('cr', 600, 1);
    await writer.commit(importRequest(articles, claims));
    await writer.close();
    const random = seeded(Number(process.env.CRASH_SEED ?? 11));
    // The last value acknowledged for each claim corrected.
    const last = new Map<string, number>();
    const rounds = Number(process.env.CRASH_CONTENT_ROUNDS ?? 15);
    let acks = 0;
    for (let round = 0; round < rounds; round++) {
      for (const line of await runAndKill(folder, random, 'content')) {
        const [id, value] = line.split(' ');
        last.set(id!, Number(value));
        acks++;
      }
      const store = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9 });
      const now = await store.claims();
      const counts = await store.counts();
      const chainBrokenAt = verifyAuditChain(await store.auditLog());
      await store.close();
      // Every article and claim of every bucket is there; each corrected claim holds its last
      // acknowledged value or a later one (a commit durable before its acknowledgement was printed).
      expect(counts, `round ${round}`).toMatchObject({ articles: 600, claims: 600 });
      const byId = new Map(now.map((c) => [c.id, c]));
      for (const [id, value] of last) expect(byId.get(id)?.value, `round ${round}: ${id}`).toBeGreaterThanOrEqual(value);
      expect(chainBrokenAt, `round ${round}`).toBe(-1);
      expect(await tempFiles(folder)).toEqual([]);
    }
    expect(acks).toBeGreaterThan(rounds);
  }, 600_000);
});
