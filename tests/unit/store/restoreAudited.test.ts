import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import { tempDir } from '../helpers';
import { edit, failingReload, openStore, threeVersions } from './helpers/restoreCases';

/** A restore replaces the workspace's content: the audit trail says so, even when its reload failed. */
describe('a restore is in the audit trail', { timeout: 120_000 }, () => {
  it('when its reload failed: reopened, the workspace holds the backup and the restore event, its chain whole', async () => {
    const folder = join(await tempDir(), 'ws');
    const { fs, state } = failingReload();
    const store = await openStore(folder, fs);
    await threeVersions(store);
    const v1 = (await store.listBackups()).find((b) => b.seq === 1)!;
    const revision = (await store.meta()).claimsRevision ?? 0;
    state.armed = true;
    await expect(store.restoreBackup(v1.id)).rejects.toThrow(/could not be loaded/);
    expect(state.failedReads).toBeGreaterThan(0);
    await store.close();
    Object.assign(state, { armed: false, failing: false });

    const again = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9 });
    expect((await again.articles()).map((a) => a.text)).toEqual(['v1']);
    expect((await again.auditLog()).at(-1)).toMatchObject({ action: 'workspace.restore', after: { backupId: v1.id, seq: 1 } });
    expect(again.notices.filter((n) => n.kind === 'audit-broken')).toEqual([]);
    // The restore's revision mark is there too (an analysis of the replaced claims never counts for these).
    expect((await again.meta()).claimsRevision ?? 0).toBeGreaterThan(revision);
    await edit(again as never, 'v1', 'v5');
    await again.close();
    const third = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9 });
    expect((await third.articles()).map((a) => a.text)).toEqual(['v5']);
    expect(third.notices.filter((n) => n.kind === 'audit-broken')).toEqual([]);
    await third.close();
  });

  it('any failure after the restored manifest is in place closes the store (not only the reload)', async () => {
    const folder = join(await tempDir(), 'ws');
    const state = { armed: false, renamed: false, failed: 0 };
    const fs: StoreFs = {
      ...nodeFs,
      rename: async (from, to) => {
        await fsp.rename(from, to);
        if (state.armed && String(to).endsWith('/workspace.json')) state.renamed = true;
      },
      // Once the restored manifest is renamed in, the journal folder cannot be synced.
      open: (async (...args: Parameters<StoreFs['open']>) => {
        if (state.renamed && String(args[0]).endsWith('/journal') && args[1] === 'r') {
          state.failed++;
          throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
        }
        return nodeFs.open(...args);
      }) as StoreFs['open'],
    };
    const store = await openStore(folder, fs);
    await threeVersions(store);
    await store.checkpoint();
    const v1 = (await store.listBackups()).find((b) => b.seq === 1)!;
    state.armed = true;
    await expect(store.restoreBackup(v1.id)).rejects.toThrow(/could not be loaded/);
    expect(state.failed).toBeGreaterThan(0);
    // Nothing is written on top of it: the next commit is refused.
    await expect(edit(store, 'v1', 'v6')).rejects.toThrow(/could not be loaded/);
    await store.close();
    Object.assign(state, { armed: false, renamed: false });
    const again = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9 });
    expect((await again.articles()).map((a) => a.text)).toEqual(['v1']);
    expect(again.notices.filter((n) => n.kind === 'audit-broken')).toEqual([]);
    await again.close();
  });
});
