// Takes the README's screenshots of the real UI (built renderer + real services over the
// loopback bridge, in Debian's Chromium): light and dark, Vietnamese and English.
// Usage: npm run build && npm run screenshots
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { bridgeScript } from '../e2e/fixtures';
import { BRIDGE_TOKEN_HEADER, bridgeToken } from '../e2e/bridgeToken';

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.CROSSCHECK_SCREENSHOT_PORT ?? 4599);
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/e2e/server.ts'], {
  cwd: root,
  env: { ...process.env, CROSSCHECK_E2E_PORT: String(port) },
  stdio: 'ignore',
});

async function waitForServer(): Promise<void> {
  // Up to a minute: a loaded machine starts the bridge slowly.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/__test/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('e2e bridge did not start');
}

try {
  await waitForServer();
  await mkdir(join(root, 'docs'), { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  for (const lang of ['vi', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      await fetch(`${base}/__test/reset`, { method: 'POST', headers: { [BRIDGE_TOKEN_HEADER]: bridgeToken() } });
      await fetch(`${base}/api/updateSettings`, { method: 'POST', headers: { [BRIDGE_TOKEN_HEADER]: bridgeToken() }, body: JSON.stringify({ language: lang, theme }) });
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.addInitScript({ content: bridgeScript });
      await page.goto(base);
      await page.locator('main.desk').waitFor();
      await page.locator('.library-item').first().click();
      await page.locator('#claim-filter-text').fill('42,13');
      await page.locator('.claim-item', { hasText: '42,13%' }).click();
      await page.keyboard.press('v');
      await page.locator('#claim-filter-text').fill('');
      await page.keyboard.press('Escape');
      await page.keyboard.press('j');
      await page.waitForTimeout(700);
      const file = join(root, 'docs', `desk-${lang}-${theme}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      if (theme === 'light') {
        await page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' }).first().click();
        await page.waitForTimeout(400);
        const findingFile = join(root, 'docs', `finding-${lang}.png`);
        await page.screenshot({ path: findingFile });
        console.log(`wrote ${findingFile}`);
        await page.keyboard.press('Escape');
      }
      if (lang === 'vi' && theme === 'light') {
        // A few actions, one undone, then the workspace history (g h) and the live notice.
        await page.keyboard.press('d');
        await page.keyboard.press('1');
        await page.keyboard.press('j');
        await page.keyboard.press('x');
        await page.waitForTimeout(300);
        await page.keyboard.press('Control+z');
        await page.waitForTimeout(300);
        await page.locator('.topbar-menu').getByRole('button', { name: 'Lịch sử' }).click();
        await page.getByTestId('history-view').locator('.history-list').waitFor();
        await page.waitForTimeout(400);
        const historyFile = join(root, 'docs', 'history-vi.png');
        await page.screenshot({ path: historyFile });
        console.log(`wrote ${historyFile}`);
        await page.keyboard.press('Escape');
        // A narrow window: the library is a drawer and the top bar folds into a menu.
        await page.setViewportSize({ width: 760, height: 720 });
        await page.locator('.menu-toggle').click();
        await page.waitForTimeout(300);
        const narrowFile = join(root, 'docs', 'narrow-vi.png');
        await page.screenshot({ path: narrowFile });
        console.log(`wrote ${narrowFile}`);
      }
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
