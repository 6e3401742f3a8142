import { nodeFs, type StoreFs } from '../../../../electron/store/lowdb/fsio';

/** The calls of a journal file handle a test replaces. */
export interface JournalHandle {
  write: (...a: unknown[]) => Promise<unknown>;
  datasync: () => Promise<void>;
  truncate: (len?: number) => Promise<void>;
}

/**
 * The store's real file system, with `patch` applied to the handle of every journal file it opens: a
 * test slows, counts, fails or stops the journal's writes and syncs there. `real` holds the handle's
 * own calls, bound, for the patch to call.
 */
export function journalHandles(patch: (handle: JournalHandle, real: JournalHandle) => void): StoreFs {
  return {
    ...nodeFs,
    open: (async (...args: Parameters<StoreFs['open']>) => {
      const handle = await nodeFs.open(...args);
      if (String(args[0]).includes('/journal/')) {
        const real: JournalHandle = {
          write: handle.write.bind(handle) as JournalHandle['write'],
          datasync: handle.datasync.bind(handle),
          truncate: handle.truncate.bind(handle),
        };
        patch(handle as unknown as JournalHandle, real);
      }
      return handle;
    }) as StoreFs['open'],
  };
}
