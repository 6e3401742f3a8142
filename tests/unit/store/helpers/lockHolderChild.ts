/**
 * A writer in its own process: takes the writer lock of the folder given, says "locked", and keeps
 * running (holding it) until killed. Used to test what another process judges of a live holder's lock.
 */
import { nodeFs } from '../../../../electron/store/lowdb/fsio';
import { acquireLock } from '../../../../electron/store/lowdb/lock';

const folder = process.argv[2];
if (!folder) throw new Error('usage: lockHolderChild <folder>');
await acquireLock(nodeFs, folder);
process.stdout.write('locked\n');
setInterval(() => undefined, 60_000);
