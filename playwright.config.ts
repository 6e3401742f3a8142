import { defineConfig } from '@playwright/test';

const port = Number(process.env.CROSSCHECK_E2E_PORT ?? 4517);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
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
    command: 'npx tsx tests/e2e/server.ts',
    url: `http://127.0.0.1:${port}/__test/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { CROSSCHECK_E2E_PORT: String(port) },
  },
});
