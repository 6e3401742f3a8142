import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspaceStore } from '../../../electron/store/open';
import { tempDir } from '../helpers';
import { backupContents, failingReload, openStore, threeVersions } from './helpers/restoreCases';

/** What the workspace folder holds outside data/ (manifest, backups, journal), with contents. */
async function outsideData(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = { manifest: await fsp.readFile(join(folder, 'workspace.json'), 'utf8') };
  for (const sub of ['backups', 'journal']) {
    for (const name of (await fsp.readdir(join(folder, sub))).sort()) out[`${sub}/${name}`] = await fsp.readFile(join(folder, sub, name), 'utf8');
  }
  return out;
}

describe('restores asked together', { timeout: 120_000 }, () => {
  it('run one after the other, and the state each replaced stays in a backup', async () => {
    const folder = join(await tempDir(), 'ws');
    const store = await openStore(folder);
    await threeVersions(store);
    const [first, second] = [...(await store.listBackups())].sort((x, y) => y.seq - x.seq);
    // Both asked before either has its turn (a second confirm click).
    const [a, b] = await Promise.allSettled([store.restoreBackup(first!.id), store.restoreBackup(second!.id)]);
    expect([a.status, b.status]).toEqual(['fulfilled', 'fulfilled']);
    expect((await store.articles()).map((x) => x.text)).toEqual([]);
    // The audit trail is the restored backup's, and the restore that made it.
    expect((await store.auditLog()).at(-1)).toMatchObject({ action: 'workspace.restore', after: { backupId: second!.id } });
    await store.close();
    const seen = Object.values(await backupContents(folder)).flat();
    expect(seen).toContain('v3');
    expect(seen).toContain('v1');
  });

  it('behind a restore whose reload failed, the next one writes nothing: the store is closed, its lock let go', async () => {
    const folder = join(await tempDir(), 'ws');
    const { fs, state } = failingReload();
    const store = await openStore(folder, fs);
    await threeVersions(store);
    const [first, second] = [...(await store.listBackups())].sort((x, y) => y.seq - x.seq);
    state.armed = true;
    let afterFailure: Record<string, string> | null = null;
    const a = store.restoreBackup(first!.id).catch(async (e: unknown) => {
      afterFailure = await outsideData(folder);
      throw e;
    });
    const b = store.restoreBackup(second!.id);
    const [ra, rb] = await Promise.allSettled([a, b]);
    expect(ra).toMatchObject({ status: 'rejected', reason: { name: 'StoreUnusableError' } });
    expect(rb).toMatchObject({ status: 'rejected', reason: { name: 'StoreUnusableError' } });
    expect(state.manifests).toBe(2);
    expect(await outsideData(folder)).toEqual(afterFailure);
    await store.close();
    Object.assign(state, { armed: false, failing: false });
    // Another writer opens it (the lock was let go) and finds the first restore's backup.
    const again = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9 });
    expect((await again.articles()).map((x) => x.text)).toEqual(['v1']);
    await again.close();
    expect(Object.values(await backupContents(folder)).flat()).toContain('v3');
  });
});
