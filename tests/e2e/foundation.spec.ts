import { expect, test } from './fixtures';

const BAC_GIANG = 'Những kết quả ấn tượng về chuyển đổi số ở Bắc Giang';

test('the five seed articles are listed on first start', async ({ desk }) => {
  const page = await desk.open();
  const items = page.locator('.library-item');
  await expect(items).toHaveCount(5);
  await expect(items.filter({ hasText: BAC_GIANG })).toHaveCount(1);
  await expect(page).toHaveTitle('Crosscheck — Kiểm chứng');
});

test('opening an article shows its text with highlighted claims beside the list', async ({ desk }) => {
  const page = await desk.open();
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await expect(page.locator('.reader h1')).toHaveText(BAC_GIANG);
  await expect(page.locator('.reader-text')).toContainText('Kinh tế số của tỉnh năm 2023 chiếm');
  const highlight = page.locator('.reader-text mark', { hasText: '42,13%' });
  await expect(highlight).toHaveCount(1);
  // Every claim has its highlight; the (virtualized) list says how many there are.
  const starts = await page.locator('.reader-text mark[data-claim-starts]').evaluateAll((els) =>
    els.flatMap((el) => (el.getAttribute('data-claim-starts') ?? '').split(' ')),
  );
  expect(starts.length).toBeGreaterThan(5);
  await expect(page.getByTestId('claim-count')).toHaveText(`${starts.length} nhận định`);
  await expect(page.locator('.claim-item').first()).toBeVisible();
});

test('clicking a claim scrolls to its highlight, and clicking a highlight selects the claim', async ({ desk }) => {
  const page = await desk.open();
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  // A claim far down the article: its highlight starts out of view.
  const mark = page.locator('.reader-text mark', { hasText: '1.891/1.891 tổ' });
  await expect(mark).not.toBeInViewport();
  await page.locator('#claim-filter-text').fill('1.891');
  const item = page.locator('.claim-item', { hasText: '1.891/1.891 tổ' });
  await item.click();
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveClass(/selected/);
  await expect(page.locator('.detail-quote')).toHaveText('1.891/1.891 tổ');

  await page.locator('#claim-filter-text').fill('');
  const first = page.locator('.reader-text mark', { hasText: '42,13%' });
  await first.click();
  const firstItem = page.locator('.claim-item', { hasText: '42,13%' });
  await expect(firstItem).toHaveClass(/selected/);
  await expect(firstItem).toBeInViewport();
  await expect(page.locator('.detail-quote')).toHaveText('42,13%');
});

test('a verified claim is still verified after the app restarts', async ({ desk }) => {
  let page = await desk.open();
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await page.locator('#claim-filter-text').fill('42,13');
  await page.locator('.claim-item', { hasText: '42,13%' }).click();
  await page.getByRole('button', { name: /Xác minh/ }).click();
  await expect(page.locator('[data-testid="detail-status"]')).toContainText('Đã xác minh');
  await expect(page.locator('[data-testid="save-state"]')).toHaveText('Đã lưu');

  page = await desk.restart();
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await expect(page.locator('.library-item', { hasText: BAC_GIANG })).toContainText('1/');
  await page.locator('#claim-filter-text').fill('42,13');
  await page.locator('.claim-item', { hasText: '42,13%' }).click();
  await expect(page.locator('[data-testid="detail-status"]')).toContainText('Đã xác minh');
  await expect(page.locator('.reader-text mark', { hasText: '42,13%' })).toHaveClass(/status-verified/);
});

test('keyboard: j moves to the next claim and v verifies it', async ({ desk }) => {
  const page = await desk.open();
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  const firstQuote = await page.locator('.detail-quote').textContent();
  await page.keyboard.press('j');
  await expect(page.locator('.detail-quote')).not.toHaveText(firstQuote ?? '');
  await page.keyboard.press('v');
  await expect(page.locator('[data-testid="detail-status"]')).toContainText('Đã xác minh');
});
