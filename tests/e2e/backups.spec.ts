import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const BAC_GIANG = 'Những kết quả ấn tượng về chuyển đổi số ở Bắc Giang';

async function verify(page: Page, quote: string): Promise<void> {
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await page.locator('.reader-text mark', { hasText: quote }).first().click();
  await expect(page.locator('.detail-quote')).toHaveText(quote);
  await page.keyboard.press('v');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
}

const mark = (page: Page, quote: string) => page.locator('.reader-text mark', { hasText: quote }).first();

test('Settings lists the backups and restores one by keyboard, keeping the current state as a backup', async ({ desk }) => {
  let page = await desk.open();
  await verify(page, '42,13%');
  page = await desk.restart(); // a checkpoint: the empty workspace before the seeds is a backup
  await verify(page, '78%');
  page = await desk.restart(); // a checkpoint: the seeds with "42,13%" verified are a backup

  await page.keyboard.press('Control+,');
  const dialog = page.getByRole('dialog', { name: 'Cài đặt' });
  const rows = dialog.getByRole('list', { name: 'Bản sao lưu' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(/5 bài viết · [\d.]+ nhận định · [\d.]+ thao tác · \d+ KB/);
  await expect(rows.nth(1)).toContainText('0 bài viết · 0 nhận định');

  await rows.first().getByRole('button', { name: /^Khôi phục / }).focus();
  await page.keyboard.press('Enter');
  const confirm = dialog.getByRole('alertdialog');
  await expect(confirm).toContainText('Trạng thái hiện tại sẽ được lưu thành một bản sao lưu trước');
  const confirmButton = confirm.getByRole('button', { name: 'Khôi phục' });
  await expect(confirmButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Đã khôi phục bản sao lưu lúc');
  await expect(rows).toHaveCount(3);
  await expect(dialog.getByRole('alertdialog')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await expect(mark(page, '42,13%')).toHaveClass(/status-verified/);
  await expect(mark(page, '78%')).toHaveClass(/status-unreviewed/);

  // Durable: the restored state is what the next start reads.
  page = await desk.restart();
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await expect(mark(page, '42,13%')).toHaveClass(/status-verified/);
  await expect(mark(page, '78%')).toHaveClass(/status-unreviewed/);
});
