/**
 * One very long article (QA31 bug 2): a generated text of BENCH_BYTES (default 1 MB) — the seeds'
 * sentences with redrawn figures (tests/bench/generate.ts), never the corpus — pasted into a new
 * workspace that holds the five seed articles, through the service host as the app does it. Prints:
 *   - the paste import (importText), start → answer;
 *   - a seed article opened (getArticle) while that import runs (sent 1 s after it), start → answer:
 *     how long a click on another article waits behind the long article;
 *   - the long article opened afterwards (getArticle), and its claims listed page by page as the
 *     desk reads them (listClaims, 1,000 rows a page);
 *   - a seed article opened afterwards.
 * With BENCH_BROWSER=1 (after `npm run build`), the same article is then imported through the built
 * desk in Chromium over the e2e bridge (file import, as an editor picks it), printing: import click
 * → summary shown; a seed article clicked 1 s into the import → its title in the reader; the long
 * article clicked → its title and its claim count shown; 20 presses of j → the 21st row selected.
 *   npx tsx tests/bench/longArticle.bench.ts
 * Options (env): BENCH_BROWSER (unset), BENCH_PORT (5371), CHROMIUM_PATH, BENCH_BYTES (1000000), BENCH_VARIETY (distinct sentences; default 3, like QA's file
 * which repeated one sentence; 0: every seed sentence with a figure). Not part of the test suite.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ServiceHostClient } from '../../electron/host/client';
import type { ArticleSummary, ClaimRow, ImportReport } from '../../shared/ipc/contract';
import { generateLongArticle } from './generate';

const BYTES = Number(process.env.BENCH_BYTES ?? 1_000_000);
const VARIETY = Number(process.env.BENCH_VARIETY ?? 3) || Infinity;
const seedsDir = resolve(import.meta.dirname, '../../seeds');

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-long-'));
  const host = new ServiceHostClient({
    host: { workspacePath: join(dir, 'workspace.json'), seedsDir, defaultReviewer: 'Biên tập viên' },
    onEvent: () => undefined,
    deps: { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null },
  });
  await host.start();
  try {
    const listed = await host.call('listArticles', {});
    if (!listed.ok) throw new Error(listed.error.message);
    const seed = (listed.value as ArticleSummary[])[0];
    if (!seed) throw new Error('no seed article');
    const { title, text } = process.env.BENCH_FILE ? { title: "Bài dán", text: readFileSync(process.env.BENCH_FILE, "utf8") } : generateLongArticle(BYTES, { variety: VARIETY });
    console.log(`long article: ${Buffer.byteLength(text, 'utf8').toLocaleString('en')} bytes, ${text.length.toLocaleString('en')} characters`);

    const t0 = performance.now();
    const importing = host.call('importText', { title, text }).then((r) => ({ r, at: performance.now() }));
    await new Promise((r) => setTimeout(r, 1000));
    const t1 = performance.now();
    const during = await host.call('getArticle', { articleId: seed.id });
    const duringMs = performance.now() - t1;
    const { r: imported, at } = await importing;
    if (!imported.ok) {
      console.log(`import refused/failed: ${imported.error.message}`);
      return;
    }
    const report = imported.value as ImportReport;
    const refused = report.refused[0];
    console.log(`paste import                                   ${seconds(at - t0)}${refused ? `  (refused: ${refused.reason})` : ''}`);
    console.log(`open a seed article while the import runs       ${seconds(duringMs)}${during.ok ? '' : ' (failed)'}${t1 + duringMs > at ? ' (answered after the import)' : ' (answered before the import ended)'}`);
    const big = report.imported[0];
    if (!big) return;
    console.log(`claims extracted                                ${big.claimCount.toLocaleString('en')}`);

    const t2 = performance.now();
    const opened = await host.call('getArticle', { articleId: big.articleId });
    console.log(`open the long article (getArticle)              ${seconds(performance.now() - t2)}${opened.ok ? '' : ' (failed)'}`);

    const t3 = performance.now();
    let rows = 0;
    let pages = 0;
    for (let offset = 0; ; offset += 1000) {
      const page = await host.call('listClaims', { offset, limit: 1000 });
      if (!page.ok) throw new Error(page.error.message);
      const value = page.value as { rows: ClaimRow[]; total: number };
      rows += value.rows.length;
      pages++;
      if (value.rows.length === 0 || offset + 1000 >= value.total) break;
    }
    console.log(`list every claim row (${pages} pages)                ${seconds(performance.now() - t3)}  (${rows.toLocaleString('en')} rows)`);

    const t4 = performance.now();
    const again = await host.call('getArticle', { articleId: seed.id });
    console.log(`open a seed article afterwards                  ${seconds(performance.now() - t4)}${again.ok ? '' : ' (failed)'}`);
    if (report.findingsNotUpdated) console.log(`findings notice: ${JSON.stringify(report.findingsNotUpdated).slice(0, 300)}`);
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same article through the built desk in Chromium (bridge server, file import). */
async function browser(text: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const { writeFileSync } = await import('node:fs');
  const { chromium } = await import('@playwright/test');
  const { bridgeScript } = await import('../e2e/fixtures');
  const { BRIDGE_TOKEN_HEADER, bridgeToken } = await import('../e2e/bridgeToken');
  const port = Number(process.env.BENCH_PORT ?? 5371);
  const dir = mkdtempSync(join(tmpdir(), 'cc-long-browser-'));
  const file = join(dir, 'bai-rat-dai.txt');
  writeFileSync(file, text);
  const root = resolve(import.meta.dirname, '../..');
  const server = spawn('node', ['--import', 'tsx', 'tests/e2e/server.ts'], {
    cwd: root,
    env: { ...process.env, CROSSCHECK_E2E_PORT: String(port), CROSSCHECK_E2E_TOKEN: bridgeToken(), CROSSCHECK_E2E_RUN_DIR: dir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const chrome = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    for (let i = 0; ; i++) {
      const up = await fetch(`${base}/__test/health`).then((r) => r.ok, () => false);
      if (up) break;
      if (i > 200) throw new Error('the bridge server did not start');
      await new Promise((r) => setTimeout(r, 300));
    }
    const context = await chrome.newContext({ locale: 'vi-VN', extraHTTPHeaders: { [BRIDGE_TOKEN_HEADER]: bridgeToken() } });
    const page = await context.newPage();
    await page.addInitScript({ content: bridgeScript });
    await page.goto(`${base}/`);
    await page.locator('main.desk').waitFor();
    await page.request.post(`${base}/__test/dialog`, { data: { importPaths: [file], saveDir: null } });
    const t0 = performance.now();
    await page.keyboard.press('Control+o');
    await page.getByRole('dialog', { name: 'Nhập bài' }).getByRole('button', { name: 'Chọn tệp…' }).click();
    await page.waitForTimeout(1000);
    const t1 = performance.now();
    await page.locator('.library-item').first().click();
    await page.locator('.reader h1').waitFor({ timeout: 600_000 });
    console.log(`[browser] a seed article clicked during the import → shown   ${seconds(performance.now() - t1)}`);
    await page.getByTestId('import-list').waitFor({ timeout: 900_000 });
    console.log(`[browser] file import click → summary shown                 ${seconds(performance.now() - t0)}`);
    const long = page.locator('.library-item').last();
    const t2 = performance.now();
    await long.click();
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="claim-count"]')?.textContent ?? '') && document.querySelector('.library-item.selected') === [...document.querySelectorAll('.library-item')].pop());
    console.log(`[browser] long article clicked → reader and claim count      ${seconds(performance.now() - t2)}  (${await page.getByTestId('claim-count').textContent()})`);
    await page.locator('.claim-item').first().click();
    const t3 = performance.now();
    for (let i = 0; i < 20; i++) await page.keyboard.press('j');
    await page.waitForFunction(() => document.querySelector('.claim-item.selected')?.parentElement?.getAttribute('data-index') === '20');
    console.log(`[browser] 20 × j → the 21st claim selected                  ${seconds(performance.now() - t3)}`);
    const t4 = performance.now();
    await page.locator('.library-item').first().click();
    await page.waitForFunction(() => document.querySelector('.library-item.selected') === document.querySelector('.library-item'));
    console.log(`[browser] a seed article clicked afterwards → shown          ${seconds(performance.now() - t4)}`);
  } finally {
    await chrome.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
if (process.env.BENCH_BROWSER) {
  const { title, text } = process.env.BENCH_FILE ? { title: '', text: readFileSync(process.env.BENCH_FILE, 'utf8') } : generateLongArticle(BYTES, { variety: VARIETY });
  await browser(title ? `${title}\n\n${text}` : text);
}
