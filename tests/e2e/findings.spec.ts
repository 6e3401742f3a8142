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
  // The status bar says what was done, as after a review (QA59: it said nothing; only the undo was said).
  await expect(page.getByTestId('action-notice')).toHaveText('Xử lý phát hiện');

  page = await desk.restart();
  await page.getByRole('group', { name: 'Phát hiện đang hiển thị' }).getByRole('button', { name: 'Tất cả' }).click();
  await page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' }).click();
  await expect(page.getByTestId('finding-decision')).toContainText('Cả hai đều đúng');
  // "Both right" decided the finding only: both claims' reviews are as they were (unreviewed).
  for (const side of [0, 1]) {
    await page.getByTestId('finding-side').nth(side).getByRole('button', { name: 'Mở trong bài' }).click();
    await expect(page.getByTestId('detail-status')).toContainText('Chưa xét');
    if (side === 0) {
      await page.getByRole('group', { name: 'Phát hiện đang hiển thị' }).getByRole('button', { name: 'Tất cả' }).click();
      await page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' }).click();
    }
  }
});

test('resolving "both right" leaves a reviewed claim exactly as it was, and an update offers no flag for the earlier claim', async ({ desk }) => {
  const page = await desk.open();
  await page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' }).click();
  const view = page.getByTestId('finding-view');
  // An update never flags the earlier figure: no such option, and "verify" is unticked by default.
  await expect(view.locator('input[name="flagOthers"]')).toHaveCount(0);
  await expect(view.locator('input[name="applyReviews"]')).not.toBeChecked();
  // Flag the first claim for a source, then decide the finding.
  await view.getByTestId('finding-side').first().getByRole('button', { name: 'Mở trong bài' }).click();
  // Keys wait for the claim to be on screen (pressed earlier, they act on the previous selection).
  await expect(page.locator('.detail-quote')).toHaveText(/^3 năm liên tiếp/);
  await page.keyboard.press('f');
  await page.keyboard.press('3');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('detail-status')).toContainText('Gắn cờ');
  await page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' }).click();
  await page.getByTestId('finding-view').getByRole('button', { name: 'Cả hai đều đúng' }).click();
  await expect(page.getByTestId('finding-decision')).toContainText('Cả hai đều đúng');
  await page.getByTestId('finding-side').first().getByRole('button', { name: 'Mở trong bài' }).click();
  await expect(page.getByTestId('detail-status')).toContainText('Gắn cờ');
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
  await page.getByRole('group', { name: 'Phát hiện đang hiển thị' }).getByRole('button', { name: 'Tất cả' }).click();
  const again = page.locator('.finding-item', { hasText: text.slice(0, 60) });
  await expect(again).toContainText('Bỏ qua');
  await again.click();
  await page.getByTestId('finding-view').getByRole('button', { name: 'Mở lại' }).click();
  await expect(page.getByTestId('finding-view')).not.toContainText('Bỏ qua: Hai');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('finding-view')).toHaveCount(0);
});

test('a figure changed in a republished passage shows both passages with the differing figure marked; a pair dismissed as "not the same fact" is not raised again after re-analysis', async ({ desk }) => {
  let page = await desk.open();
  const passage = 'Đến nay, toàn tỉnh Bắc Giang đã thành lập 1.891 tổ công nghệ số cộng đồng với 10.250 thành viên tham gia.';
  const importText = (title: string, text: string) =>
    page.evaluate(async ([t, x]) => {
      const api = (window as unknown as { api: { importText(i: { title: string; text: string }): Promise<unknown> } }).api;
      return api.importText({ title: t as string, text: x as string });
    }, [title, text]);
  await importText('Tổ công nghệ số (bản gốc)', passage);
  await importText('Tổ công nghệ số (đăng lại)', passage.replace('1.891 tổ', '1.981 tổ'));
  page = await desk.restart();

  const pairText = /1\.891[^]*1\.981|1\.981[^]*1\.891/;
  const item = page.locator('.finding-item', { hasText: pairText });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Mâu thuẫn');
  await item.click();
  const view = page.getByTestId('finding-view');
  const diff = view.getByTestId('passage-diff');
  await expect(diff.getByTestId('passage-side')).toHaveCount(2);
  // Both undated: either may come first; each passage marks its own figure.
  await expect(diff.getByTestId('diff-figure')).toHaveCount(2);
  expect((await diff.getByTestId('diff-figure').allTextContents()).sort()).toEqual(['1.891', '1.981']);
  await expect(diff.getByTestId('passage-side').filter({ hasText: 'thành lập 1.891 tổ công nghệ số' })).toHaveCount(1);

  await view.getByTestId('not-same-fact').click();
  await expect(view.getByTestId('finding-decision')).toContainText('Không cùng một số liệu');
  await expect(page.locator('.finding-item', { hasText: pairText })).toHaveCount(0);

  // Re-analysis (an import re-runs it over the whole workspace) does not raise the pair again.
  await importText('Bài khác', 'Năm 2023, tỉnh Bắc Ninh có 320 điểm truy cập Internet công cộng.');
  page = await desk.restart();
  await expect(page.locator('.finding-item', { hasText: pairText })).toHaveCount(0);
  await page.getByRole('group', { name: 'Phát hiện đang hiển thị' }).getByRole('button', { name: 'Tất cả' }).click();
  await expect(page.locator('.finding-item', { hasText: pairText })).toContainText('Bỏ qua');
});
