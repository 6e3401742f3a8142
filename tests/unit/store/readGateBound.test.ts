import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeFailure } from '../../../electron/services/context';
import { GATED_READ_TRIES, LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import { StoreBusyError } from '../../../electron/store/port';
import { tempDir } from '../helpers';
import { addAll } from './helpers/bigCommit';

const turn = () => new Promise<void>((r) => setImmediate(r));
const internals = (store: LowdbFolderStore) => store as unknown as { applying: Promise<void> | null; applyEpoch: number };

afterEach(() => vi.restoreAllMocks());

/**
 * The read gate answers a read again when a big commit was applied (in slices) while it was under
 * way. Overtaken again and again (an analysis landing its findings while the desk reads), it used to
 * try for ever; now it runs in the commit queue after GATED_READ_TRIES, where no commit applies.
 */
describe('the read gate is bounded', { timeout: 120_000 }, () => {
  it('a read overtaken by a big commit on every try answers from the commit queue after the bound', async () => {
    const folder = join(await tempDir(), 'ws');
    const counts = LowdbFolderStore.prototype.counts;
    const commits: Promise<unknown>[] = [];
    let calls = 0;
    let inject = true;
    const opened: { store?: LowdbFolderStore } = {};
    // Each try of the read sees a big commit start and be applied while it reads (for 20 tries at most).
    vi.spyOn(LowdbFolderStore.prototype, 'counts').mockImplementation(async function (this: LowdbFolderStore) {
      if (inject && ++calls <= 20) {
        // Until its apply starts, or it is settled (in the queue, it waits for this read's turn: 2 s at most).
        let settled = false;
        const store = opened.store!;
        const commit = store.commit(addAll(3000, `f_${String(calls).padStart(2, '0')}x`));
        commits.push(commit.finally(() => (settled = true)));
        const until = Date.now() + 2000;
        while (internals(store).applying === null && !settled && Date.now() < until) await turn();
      }
      return counts.call(this);
    });
    const store = (opened.store = (await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0 })) as LowdbFolderStore);
    try {
      const answer = await store.counts();
      inject = false;
      expect(calls).toBe(GATED_READ_TRIES + 1);
      // In the queue, the commit its last try started waits for it: the read saw the ones before, whole.
      expect(answer.findings).toBe(3000 * GATED_READ_TRIES);
      await Promise.all(commits);
      expect((await store.counts()).findings).toBe(3000 * (GATED_READ_TRIES + 1));
    } finally {
      await store.close();
    }
  });

  it('a read that finds no steady state even in the queue stops with a clear error instead of trying for ever', async () => {
    const folder = join(await tempDir(), 'ws');
    const counts = LowdbFolderStore.prototype.counts;
    let calls = 0;
    // A state moved under every try, the queued one included (no code path does so outside the queue).
    vi.spyOn(LowdbFolderStore.prototype, 'counts').mockImplementation(async function (this: LowdbFolderStore) {
      calls++;
      await turn();
      internals(this).applyEpoch++;
      return counts.call(this);
    });
    const store = (await openWorkspaceStore(folder, { mode: 'write' })) as LowdbFolderStore;
    try {
      const failed = await store.counts().catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(StoreBusyError);
      expect(calls).toBe(GATED_READ_TRIES + 1);
      expect(storeFailure(failed)?.messageIn('vi')).toMatch(/^Không gian làm việc thay đổi liên tục trong lúc đọc/);
      expect(storeFailure(failed)?.messageIn('en')).toMatch(/^The workspace kept changing while it was being read/);
    } finally {
      vi.restoreAllMocks();
      await store.close();
    }
  });
});
