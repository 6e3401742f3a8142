// The main thread's own CPU time for benches (Linux: /proc/self/task/<pid>/schedstat), apart from the
// process's other threads (GC helpers, the libuv pool) that process.cpuUsage() adds in: an event-loop
// block's wall time on a loaded machine also holds the time the thread waited for a core, which this
// tells apart (`wait`). Null where the file is not there (macOS, Windows): the benches then print
// "not available" (threadMs).
//
// Precision: the kernel updates the figure the thread reads about itself at a scheduler tick or a
// context switch, not on the read, so one block's figure can be a few ms off (a 10 ms busy loop read
// 3-10 ms here). Sums over many blocks are close; a single block's figure, or a count of blocks over
// 16 ms, is a rough one.
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';

const file = `/proc/self/task/${process.pid}/schedstat`;
// One descriptor kept open (a read at position 0 gives the current figures): the benches read it
// every millisecond while they measure. -1 once it could not be opened: not tried again.
let fd: number | undefined;
const buffer = Buffer.alloc(128);

/** Milliseconds the main thread ran on a core and waited for one (runnable), since it started. */
export function mainThreadTimes(): { run: number; wait: number } | null {
  if (fd === undefined) {
    try {
      fd = openSync(file, 'r');
    } catch {
      fd = -1;
    }
  }
  if (fd < 0) return null;
  try {
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const [run, wait] = buffer.toString('latin1', 0, n).split(' ').map(Number);
    return run === undefined || wait === undefined || Number.isNaN(run) ? null : { run: run / 1e6, wait: wait / 1e6 };
  } catch {
    closeSync(fd);
    fd = -1;
    return null;
  }
}

/** A figure of the main thread's own time for a bench's output: "not available" off Linux. */
export function threadMs(x: number | null | undefined): string {
  return x === null || x === undefined || Number.isNaN(x) ? 'not available (Linux only)' : `${x.toFixed(1)} ms`;
}

/**
 * The longest run of the main thread on a core between two turns of a 1 ms timer (the event-loop
 * block without the time the thread waited for a core), and the longest wait for one, from the last
 * reset. Where the thread's times cannot be read, no timer is started and both are null.
 */
export function threadRuns(read: () => { run: number; wait: number } | null = mainThreadTimes) {
  let last = read();
  const available = last !== null;
  let ran = 0;
  let waited = 0;
  const tick = available
    ? setInterval(() => {
        const now = read();
        if (now && last) {
          ran = Math.max(ran, now.run - last.run);
          waited = Math.max(waited, now.wait - last.wait);
        }
        last = now;
      }, 1)
    : undefined;
  return {
    reset(): void {
      ran = 0;
      waited = 0;
    },
    /** The longest run on a core since the last reset (ms); null where not available. */
    longest: (): number | null => (available ? ran : null),
    /** The longest wait for a core since the last reset (ms); null where not available. */
    longestWait: (): number | null => (available ? waited : null),
    stop(): void {
      if (tick) clearInterval(tick);
    },
  };
}

/** CPU time (ms, from /proc/self/task/<tid>/stat) of each of this process's threads with its nice value; null off Linux. */
export function threadTimes(): Map<number, { ms: number; nice: number }> | null {
  try {
    const ticks = 10; // USER_HZ is 100 on Linux
    const out = new Map<number, { ms: number; nice: number }>();
    for (const t of readdirSync('/proc/self/task')) {
      try {
        // After the command name, which may itself hold ") ": its last one ends it.
        const stat = readFileSync(`/proc/self/task/${t}/stat`, 'latin1');
        const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
        out.set(Number(t), { ms: (Number(fields[11]) + Number(fields[12])) * ticks, nice: Number(fields[16]) });
      } catch {
        // the thread ended meanwhile
      }
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * Where the process's CPU went between two `threadTimes()` readings: the main thread, the threads at
 * a lowered priority (the service host), and the others at normal priority (V8's GC helpers, the
 * libuv pool) — which compete with the main thread for a core.
 */
export function threadShares(before: ReturnType<typeof threadTimes>, after: ReturnType<typeof threadTimes>): string {
  if (!before || !after) return 'threads: not available (Linux only)';
  let main = 0;
  let lowered = 0;
  let others = 0;
  for (const [tid, now] of after) {
    // (Never below zero: a thread id reused by a new thread since the first reading.)
    const ms = Math.max(0, now.ms - (before.get(tid)?.ms ?? 0));
    if (tid === process.pid) main += ms;
    else if (now.nice > 0) lowered += ms;
    else others += ms;
  }
  return `threads: main ${main} ms, lowered priority ${lowered} ms, others at normal priority ${others} ms`;
}
