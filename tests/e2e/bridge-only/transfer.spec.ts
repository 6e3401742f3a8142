import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, tempFolder, test, verifyThenOpenExport } from '../fixtures';

const BAC_GIANG = 'Những kết quả ấn tượng về chuyển đổi số ở Bắc Giang';

function articleFolder(count: number): string {
  const dir = tempFolder('import');
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(dir, `bai-${String(i).padStart(3, '0')}.txt`),
      `Tin số ${i}: tỉnh Thái Bình đạt ${i},5% hồ sơ trực tuyến\n\nNăm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt ${i},5%; ${i + 10}/63 tỉnh đã kết nối.`,
    );
  }
  writeFileSync(join(dir, 'trong.txt'), '');
  writeFileSync(join(dir, 'bai-000-ban-sao.md'), readFileSync(join(dir, 'bai-000.txt')));
  return dir;
}

test('imports a folder with progress and a summary of imported, duplicate and refused files', async ({ desk }) => {
  const page = await desk.open();
  const folder = articleFolder(40);
  await page.request.post('/__test/dialog', { data: { importPaths: [folder], saveDir: null, paceMs: 15 } });
  await page.keyboard.press('Control+o');
  await page.getByRole('dialog', { name: 'Nhập bài' }).getByRole('button', { name: 'Chọn cả thư mục…' }).click();
  await expect(page.getByTestId('job-progress')).toContainText(/Đang nhập \d+\/42/);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('40 đã nhập · 1 trùng, bỏ qua · 1 bị từ chối');
  await expect(summary).toContainText('trong.txt');
  await page.locator('#library-search').fill('tin so 39:');
  await expect(page.locator('.library-item')).toHaveCount(1);
});

test('a folder import can be cancelled and keeps what it imported', async ({ desk }) => {
  const page = await desk.open();
  const folder = articleFolder(100);
  await page.request.post('/__test/dialog', { data: { importPaths: [folder], saveDir: null, paceMs: 40 } });
  await page.getByRole('button', { name: 'Nhập bài' }).click();
  await page.getByRole('button', { name: 'Chọn cả thư mục…' }).click();
  await page.getByTestId('job-progress').getByRole('button', { name: 'Hủy' }).click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Đã dừng theo yêu cầu');
  const imported = Number(/(\d+) đã nhập/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(imported).toBeLessThan(100);
  // What was imported before the stop is in the workspace.
  const listed = (await (await page.request.post('/api/listArticles', { data: {} })).json()) as { value: unknown[] };
  expect(listed.value).toHaveLength(5 + imported);
});

test('pasted text becomes an article with its claims', async ({ desk }) => {
  const page = await desk.open();
  await page.keyboard.press('Control+o');
  await page.getByRole('button', { name: 'Dán văn bản…' }).click();
  await page.locator('input[name="pasteTitle"]').fill('Tin dán từ email');
  await page.locator('textarea[name="pasteText"]').fill('Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 98,79%.');
  await page.getByRole('dialog').getByRole('button', { name: 'Nhập bài' }).click();
  await expect(page.locator('.reader h1')).toHaveText('Tin dán từ email');
  await expect(page.locator('.reader-text mark', { hasText: '98,79%' })).toHaveCount(1);
});

test('dropping files onto the window imports them', async ({ desk }) => {
  const page = await desk.open();
  await expect(page.locator('.library-item')).toHaveCount(5);
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Tin thả: tỉnh Hà Giang đạt 80,62% dịch vụ công trực tuyến.'], 'tin-tha.txt', { type: 'text/plain' }));
    dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'anh.txt'));
    return dt;
  });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('1 đã nhập · 0 trùng, bỏ qua · 1 bị từ chối');
  await expect(summary).toContainText('anh.txt');
  await expect(page.locator('.library-item')).toHaveCount(6);
});

test('exports verified claims as CSV, and a JSON export re-imports into a fresh workspace with the reviews', async ({ desk }) => {
  const page = await desk.open();
  const outDir = tempFolder('export');
  const dialog = await verifyThenOpenExport(page, BAC_GIANG, '42,13%', outDir);
  await dialog.getByRole('button', { name: 'Xuất…' }).click();
  await expect(dialog.getByTestId('export-summary')).toContainText('Đã ghi 1');
  const csvPath = (await dialog.locator('code').textContent()) ?? '';
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain('42,13%');
  expect(rows[1]).toContain('Đã xác minh');

  // Whole-workspace JSON: every status.
  await dialog.getByLabel('JSON đầy đủ (nhập lại được)').check();
  for (const st of ['Chưa xét', 'Gắn cờ', 'Loại bỏ']) await dialog.getByLabel(st).check();
  await dialog.getByRole('button', { name: 'Xuất…' }).click();
  await expect(dialog.getByTestId('export-summary')).toContainText('.json');
  const jsonPath = (await dialog.locator('code').textContent()) ?? '';
  await page.keyboard.press('Escape');

  // A fresh workspace, then the JSON back in.
  await page.request.post('/__test/reset');
  await page.request.post('/__test/dialog', { data: { importPaths: [jsonPath], saveDir: null } });
  await page.reload();
  await page.locator('main.desk').waitFor();
  await page.keyboard.press('Control+o');
  await page.getByRole('button', { name: 'Chọn tệp…' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Đã gộp tệp xuất');
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await expect(page.locator('.reader-text mark', { hasText: '42,13%' })).toHaveClass(/status-verified/);
});

test('settings: the newsroom and a renamed verdict are used by the desk and the ClaimReview export', async ({ desk }) => {
  const page = await desk.open();
  const outDir = tempFolder('export');
  await page.request.post('/__test/dialog', { data: { importPaths: null, saveDir: outDir } });
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Cài đặt' });
  await settings.locator('input[name="newsroomName"]').fill('Báo Kiểm Chứng');
  await settings.locator('input[name="newsroomUrl"]').fill('https://kiemchung.example.vn');
  await settings.locator('input[name="claimReviewUrlPattern"]').fill('https://kiemchung.example.vn/kiem-chung/{claimId}');
  await settings.getByLabel('Kết luận 1 (vi)').fill('Chính xác');
  await settings.getByRole('button', { name: 'Lưu' }).click();
  await expect(settings).toHaveCount(0);

  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await page.locator('#claim-filter-text').fill('42,13');
  await page.locator('.claim-item', { hasText: '42,13%' }).click();
  await page.keyboard.press('v');
  await page.locator('select[name="verdict"]').selectOption({ label: 'Chính xác (d 1)' });
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Xuất dữ liệu' });
  await dialog.getByLabel('schema.org ClaimReview').check();
  await dialog.getByRole('button', { name: 'Xuất…' }).click();
  await expect(dialog.getByTestId('export-summary')).toContainText('Đã ghi 1');
  const docs = JSON.parse(readFileSync((await dialog.locator('code').textContent()) ?? '', 'utf8')) as Array<Record<string, unknown>>;
  expect(docs[0]).toMatchObject({
    '@type': 'ClaimReview',
    author: { name: 'Báo Kiểm Chứng', url: 'https://kiemchung.example.vn' },
    reviewRating: { ratingValue: 4, alternateName: 'Chính xác' },
  });
});
