import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import { methodNames } from '../../shared/ipc/methods';
import { BRIDGE_TOKEN_HEADER, PACKED_HEADER, bridgeToken } from './bridgeToken';

const root = resolve(import.meta.dirname, '../..');

/**
 * A browser page has no preload, so the test gives it the same `window.api` shape the preload
 * exposes: one function per contract method, each forwarded to the real services over loopback.
 */
export const bridgeScript = `window.api = Object.freeze({${methodNames
  .map(
    (m) =>
      // A listing's answer comes as bytes (the header says so) and is handed to the page as a Uint8Array,
      // as Electron's IPC hands main's bytes on: the page's api reads it (shared/ipc/packed.ts).
      `${m}: (input) => fetch('/api/${m}', { method: 'POST', headers: { 'content-type': 'application/json', ${JSON.stringify(BRIDGE_TOKEN_HEADER)}: ${JSON.stringify(bridgeToken())} }, body: JSON.stringify(input ?? {}) }).then((r) => r.headers.get(${JSON.stringify(PACKED_HEADER)}) ? r.arrayBuffer().then((b) => new Uint8Array(b)) : r.json())`,
  )
  .join(',')}, ${subscribeScript()}});`;

/** Pushed events arrive as server-sent events from the bridge, as they arrive over IPC in Electron. */
function subscribeScript(): string {
  return `subscribe: (listener) => {
    const source = new EventSource('/events?token=' + encodeURIComponent(${JSON.stringify(bridgeToken())}));
    source.onmessage = (m) => listener(JSON.parse(m.data));
    return () => source.close();
  }`;
}

/** Finds the Electron binary without require('electron'), which would try to download it. */
export function electronBinary(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
  const dir = join(root, 'node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_SKIP_REASON =
  'Electron binary not installed on this machine (node_modules/electron/dist is absent and cannot be downloaded here); these specs ran in Chromium over the loopback bridge instead';

/** The app under test, in Chromium over the loopback bridge or as the real Electron app. */
export interface Desk {
  page: Page;
  /** Opens the desk (first start on the seeds). */
  open(): Promise<Page>;
  /** Quits and starts the app again on the same workspace file; returns the new window. */
  restart(): Promise<Page>;
}

const made: string[] = [];

/** A temp folder for a test's files (imports, exports), removed when the test ends. */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `crosscheck-${prefix}-`));
  made.push(dir);
  return dir;
}

export const test = base.extend<{ desk: Desk; cleanTemp: void }>({
  cleanTemp: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      await use();
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
    { auto: true },
  ],
  desk: async ({ page, request }, use, testInfo) => {
    if (testInfo.project.name !== 'electron') {
      await request.post('/__test/reset');
      await page.addInitScript({ content: bridgeScript });
      const desk: Desk = {
        page,
        open: async () => {
          await page.goto('/');
          await page.locator('main.desk').waitFor();
          return page;
        },
        restart: async () => {
          await page.request.post('/__test/reopen');
          await page.reload();
          await page.locator('main.desk').waitFor();
          return page;
        },
      };
      await use(desk);
      return;
    }
    const binary = electronBinary();
    if (binary === null) console.log(`[electron] skipped: ${ELECTRON_SKIP_REASON}`);
    testInfo.skip(binary === null, ELECTRON_SKIP_REASON);
    // In this run's folder (tests/e2e/runFolder.ts), removed when the runner exits.
    const workspace = join(mkdtempSync(join(process.env.CROSSCHECK_E2E_RUN_DIR ?? tmpdir(), 'crosscheck-electron-')), 'workspace.json');
    const launch = () =>
      _electron.launch({ executablePath: binary as string, args: [root], env: { ...process.env, CROSSCHECK_WORKSPACE: workspace } });
    let app: ElectronApplication = await launch();
    const desk: Desk = {
      page: await app.firstWindow(),
      open: async () => {
        await desk.page.locator('main.desk').waitFor();
        return desk.page;
      },
      restart: async () => {
        await app.close();
        app = await launch();
        desk.page = await app.firstWindow();
        await desk.page.locator('main.desk').waitFor();
        return desk.page;
      },
    };
    await use(desk);
    await app.close();
  },
});

export { expect };

/**
 * Verifies one claim the way an editor does (open the article, filter the claim list by the quote,
 * pick the claim, press v), points the next save dialog at `saveDir` and opens the export dialog.
 */
export async function verifyThenOpenExport(page: Page, articleTitle: string, quote: string, saveDir: string) {
  await page.request.post('/__test/dialog', { data: { importPaths: null, saveDir } });
  await page.locator('.library-item', { hasText: articleTitle }).click();
  await page.locator('#claim-filter-text').fill(quote);
  await page.locator('.claim-item', { hasText: quote }).click();
  await page.keyboard.press('v');
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
  await page.keyboard.press('Control+e');
  return page.getByRole('dialog', { name: 'Xuất dữ liệu' });
}
