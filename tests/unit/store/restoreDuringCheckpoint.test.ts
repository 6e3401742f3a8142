import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { Article } from '../../../shared/schema';
import { tempDir } from '../helpers';
import { afterNextCheckpoint } from './helpers/restoreCases';

// A checkpoint that captured the state from before a restore (one started by a background commit
// while the restore read the chosen backup) must not write its manifest over the restored one: after
// a restart the disk would hold the old state while the screen and the audit log said "restored".

const at = '2026-11-30T09:00:00.000Z';
const article = (text: string): Article => ({ id: 'a_race', title: 'Bài', outlet: null, author: null, publishedAt: '2026-05-01', source: 'race.txt', text, importedAt: at });
const edit = (store: LowdbFolderStore, from: string | null, to: string) =>
  store.commit({ action: from === null ? 'import' : 'reextract', who: 'Lan', at, changes: [{ table: 'articles', id: 'a_race', before: from === null ? null : article(from), after: article(to) }], audit: [] });

type Turn = <R>(run: () => Promise<R>) => Promise<R>;

describe('a restore while a checkpoint writes', () => {
  it('a checkpoint that captured before the restore does not undo it on disk', async () => {
    const folder = join(await tempDir(), 'ws');
    // No timing window: the racing checkpoint is held before its first document lands until the
    // restore's turn has either written the restored manifest (the race lost: the checkpoint's
    // manifest lands after it) or is waiting without touching the disk (for that checkpoint).
    let fsCalls = 0;
    const counted = Object.fromEntries(
      Object.entries(nodeFs).map(([name, call]) => [name, (...args: unknown[]) => (fsCalls++, (call as (...a: unknown[]) => unknown)(...args))]),
    ) as unknown as StoreFs;
    let held!: () => void;
    let release!: () => void;
    const race = {
      armed: false,
      holding: false,
      restoreTurnNext: false,
      checkpoint: null as Promise<unknown> | null,
      store: null as LowdbFolderStore | null,
      held: new Promise<void>((r) => (held = r)),
      gate: new Promise<void>((r) => (release = r)),
    };
    const letGo = () => {
      race.holding = false;
      release();
    };
    const fs: StoreFs = {
      ...counted,
      readFile: (async (...args: Parameters<StoreFs['readFile']>) => {
        if (race.armed && /backups\/manifest-\d+\.json$/.test(String(args[0]))) {
          race.armed = false;
          // While the restore reads the chosen backup: a background commit and its checkpoint, held
          // once it has captured (before the restore's turn is asked for).
          const store = race.store!;
          await edit(store, 'v3', 'v4');
          race.holding = true;
          race.checkpoint = store.checkpoint().catch((e: unknown) => e);
          await race.held;
          const text = await counted.readFile(...args);
          race.restoreTurnNext = true;
          return text;
        }
        return counted.readFile(...args);
      }) as StoreFs['readFile'],
      rename: async (from, to) => {
        if (race.holding && String(to).includes('/data/')) {
          held();
          await race.gate;
        }
        await counted.rename(from, to);
        if (race.holding && String(to) === join(folder, LowdbFolderStore.layout.manifest)) letGo();
      },
    };
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs, checkpointAfter: { commits: 1e9, bytes: 1e15 } })) as LowdbFolderStore;
    race.store = store;
    // The restore's turn in the commit queue: when the synchronous part of it (up to its first await)
    // makes no file call, it waits on something else than the disk (the held checkpoint), which is
    // let go. A turn that goes on at once reads the backup's documents in that part (its probe).
    const queue = store as unknown as { exclusive: Turn };
    const exclusive = queue.exclusive.bind(store) as Turn;
    queue.exclusive = (run) => {
      if (!race.restoreTurnNext) return exclusive(run);
      race.restoreTurnNext = false;
      return exclusive(() => {
        const before = fsCalls;
        const turn = run();
        if (fsCalls === before) letGo();
        return turn;
      });
    };
    await edit(store, null, 'v1');
    await store.checkpoint();
    await edit(store, 'v1', 'v2');
    await store.checkpoint();
    await edit(store, 'v2', 'v3');
    const backup = (await store.listBackups()).filter((b) => b.articles === 1).sort((x, y) => x.seq - y.seq)[0]!;
    // Armed once the restore's own checkpoint (of v3) is done, so the race starts in the window
    // between it and the restore's turn in the commit queue.
    afterNextCheckpoint(store, () => (race.armed = true));
    await store.restoreBackup(backup.id);
    expect(race.checkpoint).not.toBeNull();
    expect(race.restoreTurnNext).toBe(false);
    expect(race.holding).toBe(false);
    expect((await store.articles()).map((a) => a.text)).toEqual(['v1']);
    expect(await race.checkpoint).toBeUndefined();
    expect((await store.articles()).map((a) => a.text)).toEqual(['v1']);
    await store.close();
    const again = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 1e9 });
    expect((await again.articles()).map((a) => a.text)).toEqual(['v1']);
    expect((await again.auditLog()).filter((e) => e.action === 'workspace.restore')).toHaveLength(1);
    // The state the restore replaced (with the racing commit's v4) is a backup: the restore can be undone.
    const replaced = (await again.listBackups()).find((b) => b.seq === 4);
    expect(replaced).toBeDefined();
    await again.restoreBackup(replaced!.id);
    expect((await again.articles()).map((a) => a.text)).toEqual(['v4']);
    await again.close();
  });
});
