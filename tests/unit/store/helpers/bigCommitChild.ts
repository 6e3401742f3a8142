// A writer that acknowledges one small commit, then makes one big commit (argv[3] findings, a full
// analysis's shape) whose journal line is written in pieces: after the first piece it prints "mid"
// and waits forever, so the parent kills it between two pieces of the line. argv[2] = folder.
import { nodeFs, type StoreFs } from '../../../../electron/store/lowdb/fsio';
import { openWorkspaceStore } from '../../../../electron/store/open';
import { bigFindings } from './bigCommit';

const folder = process.argv[2] as string;
const count = Number(process.argv[3]);
let armed = false;
const fs: StoreFs = {
  ...nodeFs,
  open: (async (...args: Parameters<StoreFs['open']>) => {
    const handle = await nodeFs.open(...args);
    if (String(args[0]).includes('/journal/')) {
      const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<unknown>;
      let pieces = 0;
      (handle as unknown as { write: unknown }).write = async (...a: unknown[]) => {
        const result = await write(...a);
        if (armed && ++pieces === 1) {
          process.stdout.write('mid\n');
          await new Promise(() => undefined);
        }
        return result;
      };
    }
    return handle;
  }) as StoreFs['open'],
};
const store = await openWorkspaceStore(folder, { mode: 'write', fs });
const at = new Date().toISOString();
await store.commit({ action: 'review.verified', who: 'crash', at, changes: [], audit: [{ who: 'crash', when: at, action: 'review.verified', target: 'c_small', before: null, after: { status: 'verified' } }] });
process.stdout.write('ack small\n');
armed = true;
await store.commit({ action: 'analysis.run', who: 'crash', at, changes: bigFindings(count).map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f })), audit: [{ who: 'crash', when: at, action: 'analysis.run', target: 'findings', before: { count: 0 }, after: { count } }] });
process.stdout.write('ack big\n');
