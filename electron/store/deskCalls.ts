/**
 * The desk's calls in flight on this thread, and how long a step of background work may run
 * meanwhile.
 *
 * Background work in the service host (the findings index built after an open, the content buckets
 * and findings index documents parsed, see LowdbFolderStore) runs in slices with the event loop free
 * in between: 4–8 ms each. A call of the desk that reads files waits for a whole slice at every file
 * operation it makes, because an operation's completion is handled only between two slices: an
 * article read on its own (open, two reads and a close of its content document) opened while the
 * findings index of a 1,000-article workspace was being built took 20–115 ms in the service, 0.1–1 ms
 * once the background work was over (session 73, `tests/bench/deskCalls.bench.ts`). While a call is in
 * flight the slices are therefore cut to SLICE_WHILE_CALLED_MS: each operation waits for at most that,
 * and the background work goes on at nearly its full pace (a turn of the event loop costs
 * microseconds), so nothing is starved and nothing waits for anything in a circle.
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
