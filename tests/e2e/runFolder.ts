import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder this e2e run keeps its temporary workspaces in: the bridge server makes every
 * crosscheck-e2e-* folder inside it (CROSSCHECK_E2E_RUN_DIR). The Playwright runner makes it when it loads
 * the config and removes it when it exits — after it has stopped the server (SIGTERM, then SIGKILL
 * after 10 s) — so no run leaves a folder in the system temp even when the server's own clean-up is
 * cut short. Playwright's workers inherit the path through the environment and never make their own.
 */
export function e2eRunFolder(): string {
  const existing = process.env.CROSSCHECK_E2E_RUN_DIR;
  if (existing) return existing;
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-run-'));
  process.env.CROSSCHECK_E2E_RUN_DIR = dir;
  process.on('exit', () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    } catch {
      // Best effort at exit: a folder still busy stays (named crosscheck-e2e-run-*, easy to find).
    }
  });
  return dir;
}
