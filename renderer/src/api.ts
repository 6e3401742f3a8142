import type { Api } from '../../shared/ipc/contract';

/**
 * The only place the renderer touches `window.api` (exposed by the preload in Electron, or by the
 * e2e bridge in a browser). Everything else imports `api` from here.
 */
function readApi(): Api {
  const api = (window as unknown as { api?: Api }).api;
  if (!api) throw new Error('window.api is missing: the preload script did not run.');
  return api;
}

export const api: Api = readApi();
