import { expect, test } from './fixtures';
import { BAC_GIANG, openBacGiang, focusClaim, selectInReader } from './deskSteps';

test('verify, correct (original kept), flag with a reason and reject — all from the keyboard, all after a restart', async ({ desk }) => {
  let page = await desk.open();
  await openBacGiang(page);

  await focusClaim(page, '42,13%');
  await page.keyboard.press('v');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');

  await focusClaim(page, '209/209 tổ');
  await page.keyboard.press('c');
  await expect(page.locator('input[name="correctedValue"]')).toBeFocused();
  await page.keyboard.type('208');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-status')).toContainText('Đã sửa');
  await expect(page.getByTestId('correction')).toContainText('Bản gốc: 209/209 tổ');
  await expect(page.getByTestId('correction')).toContainText('Bản sửa: 208');

  await focusClaim(page, '78%');
  await page.keyboard.press('f');
  await page.keyboard.press('3'); // needs a source
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-status')).toContainText('Gắn cờ');
  await expect(page.getByTestId('flag-reason')).toContainText('Cần nguồn');

  await focusClaim(page, '25/25 dịch vụ');
  await page.keyboard.press('x');
  await expect(page.getByTestId('detail-status')).toContainText('Loại bỏ');
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');

  page = await desk.restart();
  await expect(page.locator('.library-item', { hasText: BAC_GIANG })).toContainText('4/');
  await expect(page.locator('.library-item', { hasText: BAC_GIANG })).toContainText('1 cờ');
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  for (const [quote, status] of [['42,13%', 'verified'], ['209/209 tổ', 'corrected'], ['78%', 'flagged'], ['25/25 dịch vụ', 'rejected']]) {
    await expect(page.locator('.reader-text mark', { hasText: quote }).first()).toHaveClass(new RegExp(`status-${status}`));
  }
  await focusClaim(page, '209/209 tổ');
  await expect(page.getByTestId('correction')).toContainText('Bản gốc: 209/209 tổ');
});

test('add a claim the extractor missed by selecting text, and keep it after a restart', async ({ desk }) => {
  let page = await desk.open();
  await openBacGiang(page);
  await selectInReader(page, '4G, 5G');
  await expect(page.locator('.selection-bar')).toContainText('4G, 5G');
  await page.keyboard.press('a');
  await expect(page.locator('form[aria-label="Thêm nhận định"]')).toBeVisible();
    await page.locator('input[name="metric"]').fill('phủ sóng di động');
  await page.locator('form[aria-label="Thêm nhận định"] button[type="submit"]').click();
  await expect(page.locator('.detail-quote')).toHaveText('4G, 5G');
  await expect(page.locator('.reader-text mark', { hasText: '4G, 5G' })).toHaveCount(1);

  page = await desk.restart();
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await expect(page.locator('.reader-text mark', { hasText: '4G, 5G' })).toHaveCount(1);
  await page.locator('#claim-filter-text').fill('4G, 5G');
  await expect(page.locator('.claim-item', { hasText: '4G, 5G' })).toContainText('thêm tay');
});

test('undo and redo every action, also after a restart', async ({ desk }) => {
  let page = await desk.open();
  await openBacGiang(page);
  await focusClaim(page, '42,13%');
  await page.keyboard.press('v');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');
  await page.keyboard.press('f');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-status')).toContainText('Gắn cờ');

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('detail-status')).toContainText('Chưa xét');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');

  // The session's last actions survive a restart: undo still reaches them.
  page = await desk.restart();
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await focusClaim(page, '42,13%');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('detail-status')).toContainText('Chưa xét');
  await expect(page.locator('.reader-text mark', { hasText: '42,13%' })).toHaveClass(/status-unreviewed/);
});

test('filters by status and kind across all articles, and next-unreviewed skips reviewed claims', async ({ desk }) => {
  const page = await desk.open();
  await openBacGiang(page);
  await focusClaim(page, '42,13%');
  await page.keyboard.press('v');
  await page.locator('#claim-filter-text').fill('');
  await page.getByRole('group', { name: 'Trạng thái' }).getByRole('button', { name: /Đã xác minh/ }).click();
  await expect(page.getByTestId('claim-count')).toHaveText('1 nhận định');
  await expect(page.locator('.claim-item')).toHaveCount(1);
  await page.getByRole('group', { name: 'Trạng thái' }).getByRole('button', { name: /Đã xác minh/ }).click();

  await page.getByRole('group', { name: 'Phạm vi' }).getByRole('button', { name: 'Mọi bài' }).click();
  const all = Number((await page.getByTestId('claim-count').textContent())?.split(' ')[0]);
  await page.getByLabel('Kiểu số liệu').selectOption('ratio');
  const ratios = Number((await page.getByTestId('claim-count').textContent())?.split(' ')[0]);
  expect(ratios).toBeGreaterThan(0);
  expect(ratios).toBeLessThan(all);
  for (const sub of await page.locator('.claim-item .claim-sub').allTextContents()) expect(sub).toMatch(/^tỷ số/);
  // Choosing a claim of another article opens that article.
  await page.locator('#claim-filter-text').fill('145/164');
  await page.locator('.claim-item', { hasText: '145/164' }).click();
  await expect(page.locator('.reader h1')).toContainText('Bài 1');

  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await page.getByRole('group', { name: 'Phạm vi' }).getByRole('button', { name: 'Bài này' }).click();
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await page.locator('.claim-item').first().click();
  await page.keyboard.press('v');
  await page.keyboard.press('n');
  await expect(page.getByTestId('detail-status')).toContainText('Chưa xét');
});

test('switches to English and back; the choice and the theme survive a restart', async ({ desk }) => {
  let page = await desk.open();
  await openBacGiang(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.pane-library > h2')).toHaveText('Library');
  await expect(page.getByTestId('article-progress')).toContainText('reviewed');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  page = await desk.restart();
  await expect(page.locator('.pane-library > h2')).toHaveText('Library');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.locator('.pane-library > h2')).toHaveText('Thư viện');
});

test('library search finds articles by words of their text, accents optional', async ({ desk }) => {
  const page = await desk.open();
  await expect(page.locator('.library-item')).toHaveCount(5);
  await page.keyboard.press('/');
  await expect(page.locator('#library-search')).toBeFocused();
  await page.keyboard.type('cong hoa cuba');
  await expect(page.locator('.library-item')).toHaveCount(1);
  await expect(page.locator('.library-item')).toContainText('Thái Bình');
  await page.keyboard.press('Escape');
  await page.keyboard.press('g');
  await page.keyboard.press('l');
  await expect(page.locator('.library-item').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.reader h1')).toContainText('Thái Bình');
});

test('shows the keyboard sheet on "?" and closes it with Esc', async ({ desk }) => {
  const page = await desk.open();
  await expect(page.locator('.library-item')).toHaveCount(5);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Nhận định chưa xét kế tiếp');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

test('at 1024×700 the desk is narrow: the library is a drawer and the correction form covers the claim list', async ({ desk }) => {
  const page = await desk.open();
  await openBacGiang(page);
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(page.locator('.pane-library')).not.toBeInViewport();
  await expect(page.locator('.reader h1')).toBeInViewport();
  // The less used filters fold behind one button, so the list shows more than 3 claims whole.
  await expect(page.locator('#claim-filter-grid')).toBeHidden();
  const whole = () =>
    page.locator('.claim-scroll').evaluate((scroll) => {
      const box = scroll.getBoundingClientRect();
      return [...scroll.querySelectorAll('.claim-item')].filter((b) => {
        const r = b.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.bottom <= window.innerHeight;
      }).length;
    });
  expect(await whole()).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: /^Bộ lọc khác/ }).click();
  await expect(page.locator('select[name="filterKind"]')).toBeVisible();
  await page.getByRole('button', { name: /^Bộ lọc khác/ }).click();
  await focusClaim(page, '209/209 tổ');
  await page.keyboard.press('c');
  await expect(page.locator('input[name="correctedValue"]')).toBeFocused();
  // The whole column is the form: its last field and its buttons are on screen, the list is hidden.
  await expect(page.locator('.claim-list-wrap')).toBeHidden();
  await expect(page.locator('textarea[name="note"]')).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.detail-form button[type="submit"]')).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Escape');
  await expect(page.locator('.claim-list-wrap')).toBeVisible();
  await expect(page.locator('.claim-item.selected')).toBeInViewport();
});

test('in a narrow window the library is a drawer: g l opens it, choosing an article closes it', async ({ desk }) => {
  const page = await desk.open();
  await page.setViewportSize({ width: 900, height: 700 });
  const library = page.locator('.pane-library');
  await expect(library).not.toBeInViewport();
  await page.keyboard.press('g');
  await page.keyboard.press('l');
  await expect(library).toBeInViewport();
  await expect(page.locator('.library-item').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.reader h1')).toBeVisible();
  await expect(library).not.toBeInViewport();
  // Closed, it is out of the Tab order and hidden from screen readers, and the focus is not left in it.
  await expect(library).toHaveAttribute('inert', '');
  expect(await library.evaluate((nav) => nav.contains(document.activeElement))).toBe(false);
  // g f: the findings are in the drawer, so it opens and the focus goes there.
  await page.keyboard.press('g');
  await page.keyboard.press('f');
  await expect(library).toBeInViewport();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#findings') !== null)).toBe(true);
});
