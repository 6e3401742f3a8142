import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, tempFolder, test } from '../fixtures';

// Progress and changes are pushed by the Node side (server-sent events over the bridge, IPC events
// in Electron), never polled: the page records every request it makes and every event it receives.
const recorder = `
  window.__calls = [];
  window.__events = [];
  const realFetch = window.fetch.bind(window);
  window.fetch = (url, init) => { window.__calls.push(String(url)); return realFetch(url, init); };
  queueMicrotask(() => window.api.subscribe((e) => window.__events.push(e)));
`;

// A worker restart and a paced import take a while on a loaded 2-core machine.
test.describe.configure({ timeout: 90_000 });

function articleFolder(count: number): string {
  const dir = tempFolder('events');
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(dir, `tin-${String(i).padStart(2, '0')}.txt`),
      `Tin ${i}: Nam Định có ${200 + i} doanh nghiệp số\n\nĐến hết năm 2023, toàn tỉnh Nam Định có ${200 + i} doanh nghiệp công nghệ số, tăng ${i + 2}% so với năm 2022.`,
    );
  }
  return dir;
}

test('import progress arrives as pushed events: no poll method, no repeated status requests', async ({ desk }) => {
  await desk.page.addInitScript({ content: recorder });
  const page = await desk.open();
  expect(await page.evaluate(() => 'jobStatus' in (window as unknown as { api: object }).api)).toBe(false);
  await page.request.post('/__test/dialog', { data: { importPaths: [articleFolder(12)], saveDir: null, paceMs: 120 } });
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Nhập bài' }).getByRole('button', { name: 'Chọn cả thư mục…' }).click();
  // Intermediate progress is on screen while the import runs…
  await expect(page.getByTestId('job-progress')).toContainText(/Đang nhập ([1-9]|1[01])\/12/);
  await expect(page.getByTestId('import-summary')).toContainText('12 đã nhập');

  const events = (await page.evaluate(() => (window as unknown as { __events: Array<{ type: string; job?: { state: string; done: number } }> }).__events));
  const jobEvents = events.filter((e) => e.type === 'job');
  // …because it was pushed: several running states with growing counts, then the end.
  const running = jobEvents.filter((e) => e.job?.state === 'running').map((e) => e.job?.done ?? 0);
  expect(running.length).toBeGreaterThan(2);
  expect([...running].sort((a, b) => a - b)).toEqual(running);
  expect(jobEvents.at(-1)?.job?.state).toBe('finished');
  // The new counts were pushed too: the host reads them after the job's end, so they may land just after
  // the summary is on screen (a loaded CI machine saw it arrive after this read).
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __events: Array<{ type: string }> }).__events.some((e) => e.type === 'summary')))
    .toBe(true);

  // While the job ran, the page asked for nothing about it: one start, then the re-reads after it.
  const calls = await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
  expect(calls.filter((c) => c.includes('/api/startImport'))).toHaveLength(1);
  expect(calls.filter((c) => /jobStatus/i.test(c))).toHaveLength(0);
  // The library shows the imported articles.
  await page.locator('#library-search').fill('tin 11:');
  await expect(page.locator('.library-item')).toHaveCount(1);
});

test('a crash of the background service is reported on screen, and the desk works again after its restart', async ({ desk }) => {
  const page = await desk.open();
  await page.locator('.library-item').first().click();
  await expect(page.locator('.detail-quote')).toBeVisible();
  await page.keyboard.press('v');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');
  await expect(page.getByTestId('save-state')).toHaveText(/Đã lưu/);
  await page.request.post('/__test/crash');
  await expect(page.locator('.banner-error')).toContainText('dừng đột ngột');
  // Restarted from disk: a new action is saved, and both verifications are there after a reload.
  const firstQuote = await page.locator('.detail-quote').textContent();
  await page.keyboard.press('j');
  await expect(page.locator('.detail-quote')).not.toHaveText(firstQuote ?? '');
  await page.keyboard.press('v');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');
  // The save waits for the restarted worker to reopen the workspace: seconds on a loaded machine.
  await expect(page.getByTestId('save-state')).toHaveText(/Đã lưu/, { timeout: 30_000 });
  await page.reload();
  await page.locator('.library-item').first().click();
  await expect(page.locator('.reader-text mark.status-verified')).toHaveCount(2);
});
