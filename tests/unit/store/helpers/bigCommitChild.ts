// A writer that acknowledges one small commit, then makes one big commit (argv[3] findings, a full
// analysis's shape) whose journal line is written in pieces: after the first piece it prints "mid"
// and waits forever, so the parent kills it between two pieces of the line. argv[2] = folder.
import { openWorkspaceStore } from '../../../../electron/store/open';
import { bigFindings } from './bigCommit';
import { journalHandles } from './journalFs';

const folder = process.argv[2] as string;
const count = Number(process.argv[3]);
let armed = false;
const fs = journalHandles((handle, real) => {
  let pieces = 0;
  handle.write = async (...a: unknown[]) => {
    const result = await real.write(...a);
    if (armed && ++pieces === 1) {
      process.stdout.write('mid\n');
      await new Promise(() => undefined);
    }
    return result;
  };
});
const store = await openWorkspaceStore(folder, { mode: 'write', fs });
const at = new Date().toISOString();
await store.commit({ action: 'review.verified', who: 'crash', at, changes: [], audit: [{ who: 'crash', when: at, action: 'review.verified', target: 'c_small', before: null, after: { status: 'verified' } }] });
process.stdout.write('ack small\n');
armed = true;
await store.commit({ action: 'analysis.run', who: 'crash', at, changes: bigFindings(count).map((f) => ({ table: 'findings' as const, id: f.id, before: null, after: f })), audit: [{ who: 'crash', when: at, action: 'analysis.run', target: 'findings', before: { count: 0 }, after: { count } }] });
process.stdout.write('ack big\n');
