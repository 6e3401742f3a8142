// The main thread's own CPU time for benches (Linux: /proc/self/task/<pid>/schedstat), apart from the
// process's other threads (GC helpers, the libuv pool) that process.cpuUsage() adds in: an event-loop
// block's wall time on a loaded machine also holds the time the thread waited for a core, which this
// tells apart (`wait`). Null where the file is not there (macOS, Windows).
import { readFileSync } from 'node:fs';

const file = `/proc/self/task/${process.pid}/schedstat`;

/** Milliseconds the main thread ran on a core and waited for one (runnable), since it started. */
export function mainThreadTimes(): { run: number; wait: number } | null {
  try {
    const [run, wait] = readFileSync(file, 'utf8').split(' ').map(Number);
    return run === undefined || wait === undefined || Number.isNaN(run) ? null : { run: run / 1e6, wait: wait / 1e6 };
  } catch {
    return null;
  }
}
