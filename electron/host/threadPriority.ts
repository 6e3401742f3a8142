// The service host thread gives way to the window. Extraction, analysis, import and re-extraction run
// flat out on the worker thread; on a 2-core laptop they compete for a core with the Electron main
// process (and the renderer), whose event loop then waits for the scheduler, not for work: the main
// loop's longest blocks in tests/bench/mainloop.bench.ts were 17–18 ms of wall time for 5–8 ms on a
// core. On Linux a thread is a task with its own nice value, so the worker lowers its own priority:
// the background work still gets every idle cycle, but the threads that answer the editor run first.
// Elsewhere (macOS, Windows: no per-thread nice through Node) nothing changes.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value the service host thread takes (0 normal, 19 lowest): below the window, above idle. */
export const SERVICE_HOST_NICE = 10;

/** The calling thread's kernel id on Linux (`/proc/thread-self` → "<pid>/task/<tid>"); null elsewhere. */
export function currentThreadTid(): number | null {
  try {
    const match = /\/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Lowers the calling thread's priority to `nice` (never raises it: a process started with a lower
 * priority keeps it). Returns the thread id it applied to, or null where per-thread priority is not
 * available or was refused — never throws: a priority is a nicety, not a condition to run.
 */
export function lowerThisThreadPriority(nice = SERVICE_HOST_NICE): number | null {
  const tid = currentThreadTid();
  if (tid === null || tid === process.pid) return null; // the main thread's id is the process's: not this
  try {
    // Linux applies setpriority(PRIO_PROCESS, tid) to that one thread.
    if (getPriority(tid) < nice) setPriority(tid, nice);
    return tid;
  } catch {
    return null;
  }
}
