import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_BACKUPS } from '../../../electron/store/lowdb/folderStore';
import { tempDir } from '../helpers';
import { checkAfterCrash, runAndKill } from './helpers/crash';

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
});
