/**
 * The extraction engine in the renderer (it reads the figure in a selection to fill the add form): some
 * 300 KB of code and hundreds of regexes, so it is a chunk of its own, loaded when the add form first
 * asks for it or once the desk is idle after its first screen (`preloadExtraction`) — not parsed and
 * run before the library can show (issue 9: time to interactive).
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

/** Loads the engine when the page is idle (within a few seconds at most), so the add form finds it ready. */
export function preloadExtraction(): void {
  const load = () => void loadExtraction().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5_000 });
  else setTimeout(load, 1_000);
}
