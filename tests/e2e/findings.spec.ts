import { expect, test } from './fixtures';

test('the Bắc Giang streak is shown as a likely update with both quotes and dates, resolved in one step, and stays resolved after a restart', async ({ desk }) => {
  let page = await desk.open();
  const streak = page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' });
  await expect(streak).toHaveCount(1);
  await expect(streak).toContainText('Cập nhật');
  await streak.click();
  const view = page.getByTestId('finding-view');
  await expect(view.getByTestId('finding-side')).toHaveCount(2);
  await expect(view).toContainText('3 năm liên tiếp (2020, 2021, 2022)');
  await expect(view).toContainText('bốn năm liên tiếp (2020, 2021, 2022, 2023)');
  await expect(view).toContainText('8/3/2024');
  await expect(view).toContainText('8/5/2024');
  await expect(view.getByTestId('finding-explanation')).toContainText('Cập nhật');

  await view.locator('textarea[name="findingNote"]').fill('Bài sau cập nhật kết quả năm 2023 (công bố 4/2024).');
  await view.getByRole('button', { name: 'Cả hai đều đúng' }).click();
  await expect(view.getByTestId('finding-decision')).toContainText('Cả hai đều đúng');
  await expect(page.getByTestId('findings-counts')).toContainText('1 đã xử lý');
  await expect(page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' })).toHaveCount(0); // the open list no longer shows it

  page = await desk.restart();
  await page.getByRole('group', { name: 'findings-show' }).getByRole('button', { name: 'Tất cả' }).click();
  await page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' }).click();
  await expect(page.getByTestId('finding-decision')).toContainText('Cả hai đều đúng');
  // Resolving set both claims' reviews in the same step.
  await page.getByTestId('finding-side').first().getByRole('button', { name: 'Mở trong bài' }).click();
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');
});

test('a finding is dismissed with a reason, which survives a restart, and can be reopened', async ({ desk }) => {
  let page = await desk.open();
  const first = page.locator('.finding-item').first();
  const text = (await first.locator('.finding-text').textContent()) ?? '';
  await first.click();
  const view = page.getByTestId('finding-view');
  await view.getByRole('button', { name: 'Bỏ qua' }).click();
  await expect(view.getByRole('alert')).toContainText('Hãy ghi lý do');
  await view.locator('textarea[name="findingNote"]').fill('Hai chỉ tiêu khác nhau');
  await view.getByRole('button', { name: 'Bỏ qua' }).click();
  await expect(view.getByTestId('finding-decision')).toContainText('Bỏ qua: Hai chỉ tiêu khác nhau');

  page = await desk.restart();
  await page.getByRole('group', { name: 'findings-show' }).getByRole('button', { name: 'Tất cả' }).click();
  const again = page.locator('.finding-item', { hasText: text.slice(0, 60) });
  await expect(again).toContainText('Bỏ qua');
  await again.click();
  await page.getByTestId('finding-view').getByRole('button', { name: 'Mở lại' }).click();
  await expect(page.getByTestId('finding-view')).not.toContainText('Bỏ qua: Hai');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('finding-view')).toHaveCount(0);
});
