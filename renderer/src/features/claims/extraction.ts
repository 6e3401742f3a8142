/**
 * The extraction engine in the renderer (it reads the figure in a selection to fill the add form): some
 * 300 KB of code and hundreds of regexes, so it is a chunk of its own, loaded when the add form first
 * asks for it or once the editor pauses after the first screen (`preloadExtraction`) — not parsed and
 * run before the library can show (issue 9: time to interactive), nor while the editor clicks.
 */
type Extraction = typeof import('../../../../shared/extract/claims');

let loading: Promise<Extraction> | null = null;

/** The engine's module; a failed load is tried again at the next call. */
export function loadExtraction(): Promise<Extraction> {
  loading ??= import('../../../../shared/extract/claims').catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/**
 * Quiet the desk must have been (no key, click, touch or wheel) before the engine is loaded in the
 * background. Loading it runs its chunk on the window's thread for a few hundred milliseconds (236–946 ms
 * measured as a long task, 0.1–0.5 s after the desk was interactive): right after the first screen that
 * was when the editor's first click came. An editor who pauses is reading, not clicking.
 */
export const PRELOAD_QUIET_MS = 3_000;

/** Input that says the editor is at work. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Calls `load` once the page has had `quietMs` without input (see PRELOAD_QUIET_MS), when it is idle;
 * never more than once. Returns a stop (the desk unmounted; tests).
 */
export function whenQuietFor(load: () => void, quietMs = PRELOAD_QUIET_MS): () => void {
  let last = performance.now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let over = false;
  const input = () => {
    last = performance.now();
  };
  const stop = () => {
    over = true;
    if (timer !== null) clearTimeout(timer);
    for (const name of INPUT_EVENTS) window.removeEventListener(name, input, { capture: true });
  };
  const idle = (f: () => void) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 1_000 });
    else setTimeout(f, 0);
  };
  const check = () => {
    timer = null;
    if (over) return;
    const wait = quietMs - (performance.now() - last);
    if (wait > 0) {
      timer = setTimeout(check, wait);
      return;
    }
    idle(() => {
      if (over) return;
      // Input came while waiting for the idle moment: wait for quiet again.
      if (performance.now() - last < quietMs) return check();
      stop();
      load();
    });
  };
  for (const name of INPUT_EVENTS) window.addEventListener(name, input, { capture: true, passive: true });
  timer = setTimeout(check, quietMs);
  return stop;
}

/**
 * Loads the engine in the background once the editor pauses (see PRELOAD_QUIET_MS), so the add form
 * finds it ready; the add form asked for it earlier loads it at once (loadExtraction). Returns a stop
 * (the desk unmounted before then: nothing loaded, no listener left).
 */
export function preloadExtraction(): () => void {
  return whenQuietFor(() => void loadExtraction().catch(() => undefined));
}
