import { expect, test } from './fixtures';
import { openBacGiang, focusClaim, selectInReader } from './deskSteps';

// QA31 (notes a, g, h) as the editor sees them. Bug 3 and note d intercept bridge requests
// (page.route), so they live in bridge-only/unsaved.spec.ts.

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
  // Back at the article, the hint about the open finding goes (QA59: it stayed, saying a finding was open).
  await page.keyboard.press('Escape');
  await expect(page.locator('.pane-reader .sides')).toHaveCount(0);
  await expect(page.getByTestId('action-notice')).not.toContainText('Đang xem một phát hiện');
  await page.keyboard.press('v');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');
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
