import { randomBytes } from 'node:crypto';

/**
 * The e2e bridge answers only requests that carry this run's token (and name 127.0.0.1/localhost as
 * their Host): a web page open in the editor's browser during a test run cannot drive it, and a
 * DNS-rebound name is refused. The first module to ask makes the token; child processes (the
 * bridge server, Playwright's workers) inherit it through the environment.
 */
export const BRIDGE_TOKEN_HEADER = 'x-crosscheck-bridge-token';

export function bridgeToken(): string {
  process.env.CROSSCHECK_E2E_TOKEN ??= randomBytes(24).toString('hex');
  return process.env.CROSSCHECK_E2E_TOKEN;
}

/** Marks a bridge answer sent as the worker's packed bytes (shared/ipc/packed.ts) instead of JSON text. */
export const PACKED_HEADER = 'x-crosscheck-packed';
