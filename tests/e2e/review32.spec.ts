import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// QA31 (bug 3, notes a, d, g, h) as the editor sees them, in Chromium over the bridge.

const BAC_GIANG = 'Những kết quả ấn tượng về chuyển đổi số ở Bắc Giang';

async function openBacGiang(page: Page) {
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await expect(page.locator('.reader h1')).toHaveText(BAC_GIANG);
}

async function focusClaim(page: Page, text: string) {
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await expect(page.locator('#claim-filter-text')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(page.locator('.detail-quote')).toHaveText(text);
}

async function selectInReader(page: Page, phrase: string) {
  await page.evaluate((p) => {
    const root = document.querySelector('.reader-text');
    if (!root) throw new Error('no reader');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent?.indexOf(p) ?? -1;
      if (i >= 0) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + p.length);
        const sel = document.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        return;
      }
    }
    throw new Error(`phrase not found: ${p}`);
  }, phrase);
}

test('a review that gets no answer: "Chưa lưu được · 1 thao tác chưa lưu", rolled back, a reload asks first, "Thử lại" saves it', async ({ desk }) => {
  const page = await desk.open();
  await openBacGiang(page);
  await focusClaim(page, '42,13%');
  // The bridge request fails as a dropped IPC call would ("Failed to fetch").
  await page.route('**/api/reviewClaim', (route) => route.abort());
  await page.keyboard.press('v');
  const state = page.getByTestId('save-state');
  await expect(state).toContainText('Chưa lưu được');
  await expect(state).toContainText('1 thao tác chưa lưu');
  await expect(page.getByTestId('detail-status')).toContainText('Chưa xét');
  await expect(page.locator('.banner-error')).toContainText('Crosscheck không nhận được trả lời cho thao tác này');
  await expect(page.locator('.library-item', { hasText: BAC_GIANG }).locator('.library-progress')).toHaveText(/^0\/\d+ đã xét/);

  // A reload now asks before the work is lost; staying keeps the desk as it is.
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
  await page.reload({ timeout: 5_000 }).catch(() => undefined);
  expect(await asked).toBe('beforeunload');
  await expect(state).toContainText('Chưa lưu được');

  await page.unroute('**/api/reviewClaim');
  await state.getByRole('button', { name: 'Thử lại' }).click();
  await expect(state).toHaveText('Đã lưu');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');
  await expect(page.locator('.library-item', { hasText: BAC_GIANG }).locator('.library-progress')).toHaveText(/^1\/\d+ đã xét/);
});

test('with a finding open, v and j do nothing to the claims behind it and say why', async ({ desk }) => {
  const page = await desk.open();
  await openBacGiang(page);
  await focusClaim(page, '42,13%');
  let reviews = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/reviewClaim')) reviews++;
  });
  await page.keyboard.press('g');
  await page.keyboard.press('f');
  await expect(page.locator('.finding-item').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.pane-reader .sides')).toBeVisible();
  const selected = await page.locator('.claim-item.selected .claim-quote').textContent();
  await page.keyboard.press('j');
  await page.keyboard.press('v');
  await expect(page.getByTestId('action-notice')).toHaveText('Đang xem một phát hiện: nhấn Esc để quay lại bài viết rồi xét nhận định.');
  await expect(page.locator('.claim-item.selected .claim-quote')).toHaveText(selected ?? '');
  expect(reviews).toBe(0);
  await expect(page.getByTestId('detail-status')).toContainText('Chưa xét');
});

test('after "g l" the arrows and j / k walk the library', async ({ desk }) => {
  const page = await desk.open();
  await page.keyboard.press('g');
  await page.keyboard.press('l');
  const items = page.locator('.library-item');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('j');
  await expect(items.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(items.nth(1)).toBeFocused();
  // Walking opened nothing.
  await expect(page.locator('.reader h1')).toHaveCount(0);
});

test('the findings panel\'s "Đang hiện … Xem thêm" line sits in its padding and leaves the list room', async ({ desk }) => {
  // Pretend the workspace holds many more findings than the page shows (the QA's 40/178).
  await desk.page.route('**/api/listFindings', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value?: { total: number } };
    if (body.ok && body.value) body.value.total = 178;
    await route.fulfill({ response, json: body });
  });
  const page = await desk.open();
  const more = page.locator('.findings-more');
  await expect(more).toContainText('178');
  const panel = await page.locator('.findings-panel').boundingBox();
  const line = await page.getByTestId('findings-shown').boundingBox();
  expect(line && panel && line.x - panel.x).toBeGreaterThanOrEqual(8);
  const fonts = await page.evaluate(() => {
    const of = (s: string) => getComputedStyle(document.querySelector(s) as Element);
    return { more: of('.findings-more .link').fontFamily, item: of('.finding-item').fontFamily, size: of('.findings-more').fontSize };
  });
  expect(fonts.more).toBe(fonts.item);
  expect(fonts.size).toBe('12px');
  const list = await page.locator('#findings').evaluate((el) => el.clientHeight);
  expect(list).toBeGreaterThanOrEqual(100);
});

test('"a" on a sloppy selection: whole words, the form filled from the figure, "đã là một nhận định" with a way to open it', async ({ desk }) => {
  const page = await desk.open();
  await openBacGiang(page);
  await selectInReader(page, '2,1');
  await expect(page.locator('.selection-bar')).toContainText('«42,13%»');
  await page.keyboard.press('a');
  const form = page.getByRole('form', { name: 'Thêm nhận định' });
  await expect(form.locator('select[name="kind"]')).toHaveValue('percent');
  await expect(form.locator('input[name="value"]')).toHaveValue('42,13');
  await expect(form.getByTestId('selection-overlap')).toContainText('«42,13%» đã là một nhận định.');
  await form.getByRole('button', { name: 'Mở nhận định «42,13%»' }).click();
  await expect(page.locator('.detail-quote')).toHaveText('42,13%');
});
