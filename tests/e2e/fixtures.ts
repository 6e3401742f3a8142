import { test as base, expect } from '@playwright/test';
import { methodNames } from '../../shared/ipc/methods';

/**
 * A browser page has no preload, so the test gives it the same `window.api` shape the preload
 * exposes: one function per contract method, each forwarded to the real services over loopback.
 */
export const bridgeScript = `window.api = Object.freeze({${methodNames
  .map(
    (m) =>
      `${m}: (input) => fetch('/api/${m}', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? {}) }).then((r) => r.json())`,
  )
  .join(',')}});`;

export const test = base.extend<{ fresh: void }>({
  fresh: [
    async ({ page, request }, use) => {
      await request.post('/__test/reset');
      await page.addInitScript({ content: bridgeScript });
      await use();
    },
    { auto: true },
  ],
});

/** Restart the services from the workspace file on disk, then reload the page. */
export async function restartApp(page: import('@playwright/test').Page): Promise<void> {
  await page.request.post('/__test/reopen');
  await page.reload();
}

export { expect };
