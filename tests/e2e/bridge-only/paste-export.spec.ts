import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, tempFolder, test, verifyThenOpenExport } from '../fixtures';

const BAC_GIANG = 'Những kết quả ấn tượng về chuyển đổi số ở Bắc Giang';

test('pasting a story: outlet and date read from its dateline, the headline shown once, the summary lists it', async ({ desk }) => {
  const page = await desk.open();
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Nhập bài' }).getByRole('button', { name: 'Dán văn bản…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dán văn bản…' });
  const headline = 'Hà Giang tăng tốc chuyển đổi số';
  await dialog.getByLabel('Nội dung bài viết').fill(`${headline}\nHà Nội, ngày 12/6/2023 (TTXVN) – Năm 2022, tỷ lệ hồ sơ trực tuyến của Hà Giang đạt 85%, tăng 12% so với năm 2021.`);
  await expect(dialog.getByLabel('Tiêu đề')).toHaveValue(headline);
  await expect(dialog.getByLabel('Cơ quan báo chí', { exact: true })).toHaveValue('TTXVN');
  await expect(dialog.getByLabel('Ngày đăng')).toHaveValue('12/6/2023');
  await dialog.getByLabel('Nội dung bài viết').press('Control+Enter');

  await expect(page.getByTestId('import-list')).toContainText(`✓ ${headline} — `);
  await expect(page.getByTestId('import-list')).toContainText('nhận định');
  await expect(page.locator('.reader h1')).toHaveText(headline);
  await expect(page.locator('.reader .meta')).toContainText('TTXVN');
  await expect(page.locator('.reader .meta')).toContainText('12/6/2023');
  // The headline is the title, not the first paragraph too.
  await expect(page.locator('.reader-text > p').first()).toContainText('Hà Nội, ngày 12/6/2023');
  await expect(page.locator('.reader-text', { hasText: headline })).toHaveCount(0);
});

test('a refused file is listed with its reason; the export summary says what its number counts', async ({ desk }) => {
  const page = await desk.open();
  const dir = tempFolder('paste');
  writeFileSync(join(dir, 'trong.txt'), '');
  writeFileSync(join(dir, 'tin.txt'), 'Tin ngắn: Nam Định có 250 doanh nghiệp số\n\nĐến hết năm 2023, toàn tỉnh Nam Định có 250 doanh nghiệp công nghệ số.');
  await page.request.post('/__test/dialog', { data: { importPaths: [dir], saveDir: null } });
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Nhập bài' }).getByRole('button', { name: 'Chọn cả thư mục…' }).click();
  const list = page.getByTestId('import-list');
  await expect(list.locator('li.imported')).toHaveCount(1);
  await expect(list.locator('li.imported')).toContainText('Tin ngắn: Nam Định có 250 doanh nghiệp số');
  await expect(list.locator('li.refused')).toHaveCount(1);
  await expect(list.locator('li.refused')).toContainText('trong.txt');

  const outDir = tempFolder('export');
  const dialog = await verifyThenOpenExport(page, BAC_GIANG, '42,13%', outDir);
  await dialog.getByRole('button', { name: 'Xuất…' }).click();
  await expect(dialog.getByTestId('export-summary')).toHaveText(/^Đã ghi 1 nhận định → .+\.csv \(\d+(,\d)? (B|KB)\)$/);
  await dialog.getByLabel('Báo cáo phát hiện (CSV)').check();
  await dialog.getByRole('button', { name: 'Xuất…' }).click();
  await expect(dialog.getByTestId('export-summary')).toHaveText(/^Đã ghi \d+ phát hiện → .+ \(\d+(,\d)? (B|KB)\)$/);
});
