import { DeskEvent, type Api, type WindowApi } from '../../shared/ipc/contract';

/**
 * The only place the renderer touches `window.api` (exposed by the preload in Electron, or by the
 * e2e bridge in a browser). Everything else imports `api` and `onDeskEvent` from here.
 */
function readApi(): WindowApi {
  const api = (window as unknown as { api?: WindowApi }).api;
  if (!api) throw new Error('window.api is missing: the preload script did not run.');
  return api;
}

const windowApi = readApi();
export const api: Api = windowApi;

type Listener = (event: DeskEvent) => void;
const listeners = new Set<Listener>();
let unsubscribe: (() => void) | null = null;

/**
 * Listens to what the Node side pushes (job progress and results, counts after a change, the
 * background service's state). One subscription to window.api serves every listener; each payload
 * is checked against the contract and a malformed one is dropped.
 */
export function onDeskEvent(listener: Listener): () => void {
  listeners.add(listener);
  if (!unsubscribe && typeof windowApi.subscribe === 'function') {
    unsubscribe = windowApi.subscribe((payload) => {
      const event = DeskEvent.safeParse(payload);
      if (!event.success) return;
      for (const l of [...listeners]) l(event.data);
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && unsubscribe) {
      unsubscribe();
      unsubscribe = null;
    }
  };
}
