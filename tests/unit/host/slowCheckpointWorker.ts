// A service host worker whose disk is slow at replacing documents (a rename of a data document takes
// 120 ms, for the first 60 documents of each checkpoint), so a checkpoint after an import lasts
// longer (over 7 s) than the 5 s the host used to allow: the real host, the real services and the
// real lowdb folder store, on a slowed file system. The cap keeps the test's own time bounded
// however many documents a checkpoint writes.
import { nodeFs, type StoreFs } from '../../../electron/store/lowdb/fsio';
import { runTestHost } from './testHost';

const SLOW_RENAMES_PER_CHECKPOINT = 60;
let slowedInThisCheckpoint = 0;
const slowFs: StoreFs = {
  ...nodeFs,
  rename: async (from, to) => {
    const target = String(to);
    if (target.includes('/data/') && slowedInThisCheckpoint < SLOW_RENAMES_PER_CHECKPOINT) {
      slowedInThisCheckpoint += 1;
      await new Promise((r) => setTimeout(r, 120));
    }
    // The manifest is replaced last: the checkpoint is over, the next one is slowed again.
    if (target.endsWith('workspace.json')) slowedInThisCheckpoint = 0;
    return nodeFs.rename(from, to);
  },
};

runTestHost({ fs: slowFs, settled: null });
