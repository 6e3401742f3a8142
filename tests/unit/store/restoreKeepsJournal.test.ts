import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { tempDir } from '../helpers';
import { afterNextCheckpoint, backupContents, edit, openStore, threeVersions } from './helpers/restoreCases';

/**
 * A restore checkpoints the current state first, outside its turn in the commit queue, then reads the
 * chosen backup: commits acknowledged meanwhile are in the journal only. The backup of the replaced
 * state must hold them (else "restore again to undo it" loses them).
 */
describe('a commit acknowledged between the restore checkpoint and its turn', { timeout: 120_000 }, () => {
  it('is kept in the backup of the replaced state', async () => {
    const folder = join(await tempDir(), 'ws');
    const race = { armed: false, store: null as LowdbFolderStore | null, acked: false };
    const fs: StoreFs = {
      ...nodeFs,
      readFile: (async (...args: Parameters<StoreFs['readFile']>) => {
        // The restore reads the chosen backup's manifest: a commit lands and is acknowledged first.
        if (race.armed && /backups\/manifest-\d+\.json$/.test(String(args[0]))) {
          race.armed = false;
          await edit(race.store!, 'v3', 'v4');
          race.acked = true;
        }
        return nodeFs.readFile(...args);
      }) as StoreFs['readFile'],
    };
    const store = await openStore(folder, fs);
    race.store = store;
    await threeVersions(store);
    const v1 = (await store.listBackups()).find((b) => b.seq === 1)!;
    // Armed once the restore's own checkpoint is done.
    afterNextCheckpoint(store, () => (race.armed = true));
    await store.restoreBackup(v1.id);
    expect(race.acked).toBe(true);
    expect((await store.articles()).map((a) => a.text)).toEqual(['v1']);
    await store.close();
    expect(Object.values(await backupContents(folder)).flat()).toContain('v4');
  });
});
