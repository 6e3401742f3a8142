import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, tempFolder, test } from '../fixtures';

// Layout checks measured in a real Chromium window: rows that overlap, a top bar that wraps, actions
// that need inner scrolling. Imports run over the bridge (the native dialog is stood in for).
test.describe.configure({ timeout: 120_000 });

const BAC_GIANG = 'Những kết quả ấn tượng về chuyển đổi số ở Bắc Giang';

/** Articles whose titles wrap on two or three lines in the library, so rows differ in height. */
function articleFolder(count: number): string {
  const dir = tempFolder('layout');
  // Titles spread over the alphabet, so sorted by title they fall between the seeds' titles.
  const initials = ['An', 'Bình', 'Cà', 'Đà', 'Gia', 'Hà', 'Kon', 'Lạng', 'Long', 'Ninh', 'Phú', 'Quảng', 'Sóc', 'Tây', 'Vĩnh', 'Yên'];
  for (let i = 0; i < count; i++) {
    const long = i % 2 === 0 ? ' trong bối cảnh chuyển đổi số toàn diện của cả vùng trung du và miền núi phía Bắc' : '';
    writeFileSync(
      join(dir, `bai-${String(i).padStart(2, '0')}.txt`),
      `${initials[i % initials.length]} – Bài ${i}: Nam Định có ${300 + i} doanh nghiệp công nghệ số${long}\n\nĐến hết năm 2023, toàn tỉnh Nam Định có ${300 + i} doanh nghiệp công nghệ số, tăng ${i + 2}% so với năm 2022. Tỷ lệ hồ sơ trực tuyến đạt ${40 + i}%.`,
    );
  }
  return dir;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Boxes of every element matched, in document order. */
async function boxes(list: Locator): Promise<Box[]> {
  return list.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    }),
  );
}

/** Rows of a list sorted by position: each starts where the one above ends (no overlap, no gap). */
async function expectStacked(list: Locator): Promise<void> {
  const rows = (await boxes(list)).sort((a, b) => a.top - b.top);
  expect(rows.length).toBeGreaterThan(1);
  for (let i = 1; i < rows.length; i++) {
    const above = rows[i - 1] as Box;
    const row = rows[i] as Box;
    expect(Math.abs(row.top - above.bottom), `row ${i} starts at ${row.top}, the row above ends at ${above.bottom}`).toBeLessThan(1.5);
  }
}

/** The top bar is one line: every control in it sits on the same row, inside the window. */
async function expectTopBarOneLine(page: Page): Promise<void> {
  const bar = page.locator('header.topbar');
  const barBox = await bar.boundingBox();
  expect(barBox).not.toBeNull();
  expect(barBox?.height ?? 0).toBeLessThan(56);
  const width = page.viewportSize()?.width ?? 0;
  const items = await boxes(bar.locator(':scope > *:visible, :scope > .topbar-menu > *:visible'));
  for (const b of items) {
    expect(b.top).toBeGreaterThanOrEqual((barBox?.y ?? 0) - 1);
    expect(b.bottom).toBeLessThanOrEqual((barBox?.y ?? 0) + (barBox?.height ?? 0) + 1);
    expect(b.right).toBeLessThanOrEqual(width + 1);
  }
}

test('library rows never overlap after an import, and the top bar stays on one line during it at 1440, 1000 and 760 px', async ({ desk }) => {
  const page = desk.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  await desk.open();
  await expect(page.locator('.library-item')).toHaveCount(5);
  await expectStacked(page.locator('.library-list > li'));
  // Sorted by title, the imported articles land between the seeds, so rows change place.
  await page.getByRole('combobox', { name: 'Sắp xếp' }).selectOption('title');

  await page.request.post('/__test/dialog', { data: { importPaths: [articleFolder(14)], saveDir: null, paceMs: 250 } });
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Nhập bài' }).getByRole('button', { name: 'Chọn cả thư mục…' }).click();
  await expect(page.getByTestId('job-progress')).toBeVisible();
  for (const width of [1440, 1000, 760]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByTestId('job-progress')).toBeVisible();
    await expectTopBarOneLine(page);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByTestId('import-summary')).toContainText('14 đã nhập', { timeout: 60_000 });
  await expect(page.locator('.library-item', { hasText: 'Bài 3:' })).toBeVisible();
  // Wait for the rows the import added to be laid out, then measure every visible row.
  await expect(async () => expectStacked(page.locator('.library-list > li'))).toPass({ timeout: 5000 });
  // Scrolled to the bottom and back, the rows still stack.
  await page.locator('.library-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(async () => expectStacked(page.locator('.library-list > li'))).toPass({ timeout: 5000 });
  await page.locator('.library-scroll').evaluate((el) => el.scrollTo(0, 0));
  await expect(async () => expectStacked(page.locator('.library-list > li'))).toPass({ timeout: 5000 });
  // The progress line belongs to its own title: it sits inside its row.
  const first = page.locator('.library-list > li').first();
  const rowBox = await first.boundingBox();
  const progressBox = await first.locator('.library-progress').boundingBox();
  expect((progressBox?.y ?? 0) + (progressBox?.height ?? 0)).toBeLessThanOrEqual((rowBox?.y ?? 0) + (rowBox?.height ?? 0) + 0.5);
});

test('the claim list has no gap or overlap after adding a claim and undoing it', async ({ desk }) => {
  const page = desk.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  await desk.open();
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await expect(page.locator('.reader h1')).toHaveText(BAC_GIANG);
  await expectStacked(page.locator('.claim-list > li'));
  await page.evaluate(() => {
    const root = document.querySelector('.reader-text');
    const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent?.indexOf('4G, 5G') ?? -1;
      if (i >= 0) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + '4G, 5G'.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
    }
  });
  await page.keyboard.press('a');
  await page.locator('input[name="metric"]').fill('phủ sóng di động ở các thôn bản vùng sâu vùng xa của tỉnh');
  await page.locator('form[aria-label="Thêm nhận định"] button[type="submit"]').click();
  await expect(page.locator('.detail-quote')).toHaveText('4G, 5G');
  await expect(async () => expectStacked(page.locator('.claim-list > li'))).toPass({ timeout: 5000 });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('action-notice')).toContainText('Đã hoàn tác');
  await expect(page.locator('.claim-item', { hasText: '4G, 5G' })).toHaveCount(0);
  await expect(async () => expectStacked(page.locator('.claim-list > li'))).toPass({ timeout: 5000 });
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.claim-item', { hasText: '4G, 5G' })).toHaveCount(1);
  await expect(async () => expectStacked(page.locator('.claim-list > li'))).toPass({ timeout: 5000 });
});

for (const [width, height] of [
  [1366, 900],
  [1280, 800],
  [1366, 768],
] as const) {
  test(`at ${width}×${height} the detail pane shows its actions without inner scrolling`, async ({ desk }) => {
    const page = desk.page;
    await page.setViewportSize({ width, height });
    await desk.open();
    await page.locator('.library-item', { hasText: BAC_GIANG }).click();
    await expect(page.locator('.detail-quote')).toBeVisible();
    // Every claim of the article: the actions are in the window and the detail pane is not scrolled.
    for (let i = 0; i < 6; i++) {
      const detail = page.locator('#claim-detail');
      const actions = detail.locator('.actions button');
      await expect(actions.first()).toBeVisible();
      const scroll = await detail.evaluate((el) => ({ top: el.scrollTop, box: el.getBoundingClientRect().bottom }));
      expect(scroll.top).toBe(0);
      for (const b of await boxes(actions)) {
        expect(b.top).toBeGreaterThanOrEqual(0);
        expect(b.bottom, `an action ends at ${b.bottom} px, the pane at ${scroll.box}, the window at ${height}`).toBeLessThanOrEqual(Math.min(height, scroll.box));
      }
      await page.keyboard.press('j');
    }
  });
}
