import { defineConfig } from '@playwright/test';
import { BRIDGE_TOKEN_HEADER, bridgeToken } from './tests/e2e/bridgeToken';
import { e2eRunFolder } from './tests/e2e/runFolder';

const port = Number(process.env.CROSSCHECK_E2E_PORT ?? 4517);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Sized for a loaded 2-core machine (several suites at once): a keyboard spec took 31 s there.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Requests the specs make themselves (resets, stand-in dialogs) carry this run's bridge token.
    extraHTTPHeaders: { [BRIDGE_TOKEN_HEADER]: bridgeToken() },
    locale: 'vi-VN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // The same specs run in Chromium (over the loopback bridge) and, where its binary exists, in the
  // real Electron app; without the binary the Electron project reports each spec as skipped.
  projects: [
    { name: 'chromium', testIgnore: '**/electron-only/**' },
    // Native file dialogs cannot be driven from a test: the import/export flows run over the bridge.
    { name: 'electron', testIgnore: '**/bridge-only/**' },
  ],
  webServer: {
    // One node process, no npx/tsx launcher in between: Playwright's SIGTERM reaches the server itself
    // and no launcher decides when it ends.
    command: 'node --import tsx tests/e2e/server.ts',
    url: `http://127.0.0.1:${port}/__test/health`,
    reuseExistingServer: false,
    // Sized for a loaded 2-core machine (several suites at once): a keyboard spec took 31 s there.
  timeout: 60_000,
    // The server's workspaces go into this run's folder, removed when the runner exits (not TMPDIR: tsx keeps
    // its compile cache there, and each run would compile the server again).
    env: { CROSSCHECK_E2E_PORT: String(port), CROSSCHECK_E2E_TOKEN: bridgeToken(), CROSSCHECK_E2E_RUN_DIR: e2eRunFolder() },
    // The server stops its worker and removes its temp workspace folder on SIGTERM (a reset under way
    // first, then at most about 7.5 s); killed after 10 s — the runner removes the run folder at exit anyway.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
