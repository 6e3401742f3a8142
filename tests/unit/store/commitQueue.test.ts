import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { CommitRequest } from '../../../electron/store/port';
import { tempDir } from '../helpers';
import { bigFindings } from './helpers/bigCommit';

const at = '2026-11-30T03:00:00.000Z';
const addAll = (count: number, prefix?: string): CommitRequest => ({
  action: 'analysis.run',
  who: 'Lan',
  at,
  changes: bigFindings(count, prefix).map((f) => ({ table: 'findings', id: f.id, before: null, after: f })),
  audit: [{ who: 'Lan', when: at, action: 'analysis.run', target: 'findings', before: { count: 0 }, after: { count } }],
});

/** The store's fs; `onDurable` runs each time a journal datasync resolves. */
function syncWatchingFs(onDurable: () => void): StoreFs {
  return {
    ...nodeFs,
    open: (async (...args: Parameters<StoreFs['open']>) => {
      const handle = await nodeFs.open(...args);
      if (String(args[0]).includes('/journal/')) {
        const datasync = handle.datasync.bind(handle);
        (handle as unknown as { datasync: unknown }).datasync = async () => {
          await datasync();
          onDurable();
        };
      }
      return handle;
    }) as StoreFs['open'],
  };
}

describe('the commit queue (issue 9)', { timeout: 60_000 }, () => {
  it('applies an analysis delta of a few hundred findings in bounded steps: a timer set when its line is durable fires before it is answered', async () => {
    const folder = join(await tempDir(), 'ws');
    const timer = { armed: false, pending: 0 };
    const fs = syncWatchingFs(() => {
      if (!timer.armed) return;
      timer.pending++;
      setImmediate(() => timer.pending--);
    });
    const store = (await openWorkspaceStore(folder, { mode: 'write', fs, sliceMs: 0 })) as LowdbFolderStore;
    try {
      await store.commit(addAll(5, 'f_first'));
      timer.armed = true;
      await store.commit(addAll(200, 'f_delta'));
      expect(timer.pending).toBe(0);
      expect((await store.findings({ limit: 0 })).total).toBe(205);
    } finally {
      await store.close();
    }
  });
});
