import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspaceStore } from '../../../electron/store/open';
import { tempDir } from '../helpers';
import { journalHandles } from './helpers/journalFs';
import { backupContents, failingReload, openStore, threeVersions } from './helpers/restoreCases';

/**
 * A restore makes the state it replaces a backup (backups/manifest-<its checkpoint seq>), so "restore
 * again" undoes it. When the workspace's manifest is a restored one with no commit after it, its
 * checkpoint seq is that of the backup of the state it replaced: that backup must not be overwritten.
 */
describe('a restore never overwrites an existing backup', { timeout: 120_000 }, () => {
  it('reopened after a restore whose reload failed, the next restore keeps the backup of the state the failed one replaced', async () => {
    const folder = join(await tempDir(), 'ws');
    const { fs, state } = failingReload();
    const store = await openStore(folder, fs);
    await threeVersions(store);
    const v1 = (await store.listBackups()).find((b) => b.seq === 1)!;
    state.armed = true;
    await expect(store.restoreBackup(v1.id)).rejects.toThrow(/could not be loaded/);
    await store.close();
    Object.assign(state, { armed: false, failing: false });

    const again = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9 });
    expect((await again.articles()).map((a) => a.text)).toEqual(['v1']);
    const empty = (await again.listBackups()).find((b) => b.seq === 0)!;
    await again.restoreBackup(empty.id);
    await again.close();
    const seen = await backupContents(folder);
    // v3, the editor's last work, and v1 (the state the second restore replaced) are both kept.
    expect(Object.values(seen).flat()).toContain('v3');
    expect(Object.values(seen).flat()).toContain('v1');
  });

  it('after a restore whose audit commit could not be written, the next restore keeps the backup of the state it replaced', async () => {
    const folder = join(await tempDir(), 'ws');
    const failing = { armed: false, failed: 0 };
    const fs = journalHandles((handle, real) => {
      handle.write = (...a: unknown[]) => {
        if (failing.armed && Buffer.isBuffer(a[0]) && a[0].includes('workspace.restore')) {
          failing.failed++;
          return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
        }
        return real.write(...a);
      };
    });
    const store = await openStore(folder, fs);
    await threeVersions(store);
    const v1 = (await store.listBackups()).find((b) => b.seq === 1)!;
    failing.armed = true;
    await expect(store.restoreBackup(v1.id)).rejects.toThrow();
    expect(failing.failed).toBeGreaterThan(0);
    failing.armed = false;
    const empty = (await store.listBackups()).find((b) => b.seq === 0)!;
    // The same store goes on where it can; else it is opened again, as its message says.
    const restoredHere = await store.restoreBackup(empty.id).then(() => true, () => false);
    await store.close();
    if (!restoredHere) {
      const again = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9 });
      await again.restoreBackup(empty.id);
      await again.close();
    }
    const seen = await backupContents(folder);
    expect(Object.values(seen).flat()).toContain('v3');
    expect(Object.values(seen).flat()).toContain('v1');
  });
});
