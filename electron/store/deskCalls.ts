/**
 * The desk's calls in flight on this thread, and how long a sliced step may run meanwhile.
 *
 * Work in the service host that takes longer than a few milliseconds runs in slices with the event
 * loop free in between, 4–8 ms each: after an open the findings index is built, the findings index
 * documents and the content buckets are parsed (LowdbFolderStore), the kept analysis is built
 * (services/findings.ts). A call of the desk that reads files waits for a whole slice at every file
 * operation it makes, because an operation's completion is handled only between two slices: an
 * article read on its own (open, two reads and a close of its content document) while that work ran
 * after the open of a 1,000-article workspace took up to 20–115 ms in the service (session 73,
 * `tests/bench/deskCalls.bench.ts`). While a call is in flight the slices are therefore cut to
 * SLICE_WHILE_CALLED_MS: each operation waits for at most about that, and the sliced work goes on at
 * nearly its full pace (a turn of the event loop costs some 10 µs: about 1 % at 1 ms against 0.1 % at
 * 8 ms), so nothing is starved and nothing waits for anything in a circle.
 *
 * The store's slices (`inSlices` in folderStore.ts) are cut whoever runs them, a call's own work too
 * (a big commit's checks, a findings page): its steps are then shorter and more (a commit of 100,000
 * findings: ~100 turns more, ~1 ms). A call that lasts (a dialog left open, an analysis the editor
 * started) keeps the slices short for as long as it lasts: only that overhead.
 *
 * Counted by the service host for every call from the window (`electron/host/serviceHost.ts`); the
 * CLI and tests that call a store directly count nothing and keep the long slices.
 */

/** The longest step of background work while a call of the desk is in flight (ms). */
export const SLICE_WHILE_CALLED_MS = 1;

let inFlight = 0;

/** Counts a call of the desk as in flight; the function returned ends it (once, however often called). */
export function deskCallStarted(): () => void {
  inFlight++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    inFlight--;
  };
}

/** Calls of the desk in flight now. */
export function deskCallsInFlight(): number {
  return inFlight;
}

/** A background step's length: `ms`, or SLICE_WHILE_CALLED_MS while a call of the desk is in flight. */
export function backgroundSlice(ms: number): number {
  return inFlight > 0 ? Math.min(ms, SLICE_WHILE_CALLED_MS) : ms;
}
