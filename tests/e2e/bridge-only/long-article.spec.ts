import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLongArticle } from '../../bench/generate';
import { expect, tempFolder, test } from '../fixtures';

const BAC_GIANG = 'Những kết quả ấn tượng về chuyển đổi số ở Bắc Giang';

// QA31 bug 2, at a size a spec can afford (about 250 KB, some 4.000 claims; the 1 MB figures come
// from tests/bench/longArticle.bench.ts): warned before the import, counts in the locale's format,
// its claims listed and walked with j, and another article opens meanwhile.
test('a very long pasted article: warned up front, listed with its count, walked with j; another article still opens', async ({ desk }) => {
  const page = await desk.open();
  const { title, text } = generateLongArticle(250_000, { variety: 3 });
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Nhập bài' }).getByRole('button', { name: 'Dán văn bản…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dán văn bản…' });
  await dialog.getByLabel('Tiêu đề').fill(title);
  await dialog.getByLabel('Nội dung bài viết').fill(text);
  await expect(dialog.getByTestId('paste-long')).toHaveText(/^Bài quá dài \(2\d\d KB\): vẫn nhập được/);
  await dialog.getByLabel('Nội dung bài viết').press('Control+Enter');

  const imported = page.getByTestId('import-list').locator('li.imported');
  await expect(imported).toContainText(/— \d\.\d{3} nhận định — Bài quá dài \(2\d\d KB, \d\.\d{3} nhận định\)/, { timeout: 120_000 });
  await expect(page.locator('.reader h1')).toHaveText(title);
  await expect(page.getByTestId('claim-count')).toHaveText(/^\d\.\d{3} nhận định$/);
  await expect(page.locator('.library-item', { hasText: 'Bài rất dài' })).toContainText(/0\/\d\.\d{3} đã xét/);
  await expect(page.getByTestId('article-progress')).toContainText(/0\/\d\.\d{3} đã xét/);

  const rows = page.locator('.claim-item');
  const first = await rows.first().getAttribute('data-list-claim');
  await page.locator('.claim-item').first().click();
  for (let i = 0; i < 20; i++) await page.keyboard.press('j');
  const selected = page.locator('.claim-item.selected');
  await expect(selected).toHaveCount(1);
  expect(await selected.getAttribute('data-list-claim')).not.toBe(first);
  expect(Number(await selected.locator('xpath=..').getAttribute('data-index'))).toBe(20);

  await page.locator('.library-item', { hasText: BAC_GIANG }).filter({ hasNotText: 'Bài rất dài' }).click();
  await expect(page.locator('.reader h1')).toHaveText(BAC_GIANG);
});

test('a folder import says which files it skipped as not articles (QA31 note i)', async ({ desk }) => {
  const page = await desk.open();
  const dir = tempFolder('skipped');
  writeFileSync(join(dir, 'tin.txt'), 'Tin ngắn: Nam Định có 250 doanh nghiệp số\n\nĐến hết năm 2023, toàn tỉnh Nam Định có 250 doanh nghiệp công nghệ số.');
  writeFileSync(join(dir, 'anh.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  writeFileSync(join(dir, '.an.txt'), 'Tin ẩn: Nam Định có 12 trạm 5G.');
  await page.request.post('/__test/dialog', { data: { importPaths: [dir], saveDir: null } });
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Nhập bài' }).getByRole('button', { name: 'Chọn cả thư mục…' }).click();
  await expect(page.getByTestId('import-list').locator('li.imported')).toHaveCount(1);
  await expect(page.getByTestId('import-skipped')).toHaveText('2 tệp không phải bài viết được bỏ qua: .an.txt, anh.jpg');
});

test('pasted HTML source is imported as its text, as an .html file is; nothing of it runs (QA31 note j)', async ({ desk }) => {
  const page = await desk.open();
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Nhập bài' }).getByRole('button', { name: 'Dán văn bản…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dán văn bản…' });
  await dialog.getByLabel('Nội dung bài viết').fill(
    '<img src=x onerror="window.__p=1"><script>window.__p2=1</script>Tin HTML dán: đạt 45%\n<p>Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt <b>đậm</b> 45%, xem <a href="https://mic.gov.vn/a">báo cáo</a>.</p>',
  );
  await dialog.getByLabel('Nội dung bài viết').press('Control+Enter');
  await expect(page.locator('.reader h1')).toHaveText('Tin HTML dán: đạt 45%');
  await expect(page.locator('.reader-text')).toContainText('tỉnh đạt đậm 45%, xem báo cáo.');
  await expect(page.locator('.reader-text')).not.toContainText('<b>');
  await expect(page.getByTestId('import-list')).toContainText('Văn bản dán là mã HTML');
  expect(await page.evaluate(() => (window as unknown as { __p?: number; __p2?: number }).__p ?? (window as unknown as { __p2?: number }).__p2 ?? null)).toBeNull();
});
