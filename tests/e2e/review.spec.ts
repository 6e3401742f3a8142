import { expect, test } from './fixtures';
import { openBacGiang, focusClaim } from './deskSteps';

/** Letters only Vietnamese uses: none may appear in the English desk's own words. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
/** An audited action code, e.g. "review.verified", "finding.resolve". */
const ACTION_CODE = /\b(review|claim|finding|article|undo|redo|settings|analysis|workspace|merge)\.[a-z_]+/;

test('an article opens at its title, and undo says what it undid, with the quote, and jumps back to the claim', async ({ desk }) => {
  const page = await desk.open();
  await openBacGiang(page);
  expect(await page.locator('.pane-reader').evaluate((el) => el.scrollTop)).toBe(0);

  await focusClaim(page, '42,13%');
  await page.keyboard.press('v');
  const notice = page.getByRole('status').filter({ hasText: '42,13%' });
  await expect(page.getByTestId('action-notice')).toContainText('Xác minh «42,13%»');
  // Move on down the list (the filter cleared), then undo.
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 6; i++) await page.keyboard.press('j');
  await expect(page.locator('.detail-quote')).not.toHaveText('42,13%');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('action-notice')).toContainText('Đã hoàn tác: Xác minh «42,13%»');
  await expect(notice).toHaveCount(1);
  await page.getByTestId('action-notice').getByRole('button', { name: 'Đến nhận định' }).click();
  await expect(page.locator('.detail-quote')).toHaveText('42,13%');
  await expect(page.getByTestId('detail-status')).toContainText('Chưa xét');
  await expect(page.locator('.claim-item.selected .claim-quote')).toHaveText('42,13%');
});

test('the article history reads as words: quotes, before → after, one entry per action, no raw id, no action code', async ({ desk }) => {
  const page = await desk.open();
  await openBacGiang(page);
  await focusClaim(page, '42,13%');
  await page.keyboard.press('v');
  await expect(page.getByTestId('detail-status')).toContainText('Đã xác minh');
  // d then 1: the first verdict of the scale (Đúng).
  await page.keyboard.press('d');
  await page.keyboard.press('1');
  await expect(page.locator('select[name="verdict"]')).toHaveValue('true');
  await page.locator('input[name="evidenceUrl"]').fill('gso.gov.vn/bao-cao-2023');
  await page.locator('input[name="evidenceUrl"]').press('Control+Enter');
  await expect(page.locator('.evidence a')).toHaveAttribute('href', 'https://gso.gov.vn/bao-cao-2023');
  // Decide the streak finding of this article too.
  await page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' }).click();
  await page.getByTestId('finding-view').getByRole('button', { name: 'Cả hai đều đúng' }).click();
  await expect(page.getByTestId('finding-decision')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Lịch sử bài viết' }).click();
  const history = page.locator('.article-history');
  await expect(history.locator('.history-list > li').first()).toContainText('Xử lý phát hiện');
  await expect(history).toContainText('Đặt kết luận');
  await expect(history).toContainText('Kết luận: Đúng');
  await expect(history).toContainText('Trạng thái: Chưa xét → Đã xác minh');
  await expect(history).toContainText('«42,13%»');
  await expect(history).toContainText('Cả hai đều đúng');
  const text = (await history.textContent()) ?? '';
  expect(text).not.toMatch(/\b[cf]_[0-9a-f]{6,}/);
  expect(text).not.toMatch(ACTION_CODE);
  // Verify, verdict and evidence are three actions, each saying what it changed.
  await expect(history.locator('.history-list > li', { hasText: '42,13%' })).toHaveCount(3);

  // The workspace history (g h) filters by editor and by day.
  await page.keyboard.press('g');
  await page.keyboard.press('h');
  const view = page.getByTestId('history-view');
  await expect(view).toContainText('Đặt kết luận');
  await view.locator('input[name="historyFrom"]').fill('1/1/2000');
  await view.locator('input[name="historyTo"]').fill('2/1/2000');
  await expect(view).toContainText('Chưa có thay đổi nào.');
});

test('a date claim is corrected with a date, shown as a date', async ({ desk }) => {
  const page = await desk.open();
  await openBacGiang(page);
  await focusClaim(page, 'Ngày 11/6/2021');
  await page.keyboard.press('c');
  const input = page.locator('input[name="correctedValue"]');
  await expect(input).toBeFocused();
  await expect(page.locator('form[aria-label="Sửa"]')).toContainText('Ngày đúng');
  await input.fill('12/6/2021');
  await page.locator('textarea[name="note"]').fill('Theo quyết định gốc');
  await page.locator('textarea[name="note"]').press('Control+Enter');
  await expect(page.getByTestId('detail-status')).toContainText('Đã sửa');
  await expect(page.getByTestId('correction')).toContainText('12/6/2021');
  await expect(page.getByTestId('action-notice')).toContainText('Sửa «Ngày 11/6/2021»');
});

test('one-claim findings get one-claim controls and open their text in the article; the English finding view has no Vietnamese sentence', async ({ desk }) => {
  const page = await desk.open();
  await page.locator('.finding-item', { hasText: '20220' }).click();
  let view = page.getByTestId('finding-view');
  await expect(view.getByRole('button', { name: 'Cả hai đều đúng' })).toHaveCount(0);
  await expect(view.getByRole('button', { name: 'Đã xử lý' })).toBeVisible();
  await expect(view.getByTestId('finding-explanation')).not.toContainText('ngày không rõ ngày');
  await expect(view.getByTestId('finding-explanation')).toContainText('2020 hoặc 2022');
  await view.getByRole('button', { name: 'Mở trong bài' }).click();
  await expect(page.locator('.reader mark[data-spotlight]')).toContainText('20220');
  await expect(page.locator('.reader mark[data-spotlight]')).toBeInViewport();

  await page.locator('.finding-item', { hasText: 'Sau 4 năm' }).click();
  view = page.getByTestId('finding-view');
  // The claim's card is not repeated by a span over the same words.
  await expect(view.locator('blockquote', { hasText: '4 năm' })).toHaveCount(1);
  // The second card is the date the four years count from, openable in the article.
  const from = view.locator('.side', { has: page.locator('blockquote', { hasText: 'Ngày 11/6/2021' }) });
  await expect(from).toHaveCount(1);
  await expect(view.locator('.side blockquote')).toHaveText(['4 năm', 'Ngày 11/6/2021']);
  await expect(view.getByRole('button', { name: 'Cả hai đều đúng' })).toHaveCount(0);
  await from.getByRole('button', { name: 'Mở trong bài' }).click();
  await expect(page.locator('.reader mark[data-spotlight]')).toContainText('11/6/2021');
  await page.locator('.finding-item', { hasText: 'Sau 4 năm' }).click();
  view = page.getByTestId('finding-view');

  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('.finding-item', { hasText: 'four' }).or(page.locator('.finding-item', { hasText: 'bốn năm liên tiếp' })).first().click();
  view = page.getByTestId('finding-view');
  await expect(view.getByRole('button', { name: 'Both stand' })).toBeVisible();
  // The desk's own words (headings, labels, explanation, buttons) are English; quotes, sentences,
  // titles and outlets are the articles' own Vietnamese.
  const own = await view.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    // Outlets are names ("Báo Bắc Giang"), whatever the language.
    const outlets = [...copy.querySelectorAll('.side .meta')].map((m) => (m.textContent ?? '').split(' · ')[0] ?? '').filter((o) => o.length > 0);
    copy.querySelectorAll('blockquote, .finding-sentence, h2, .timeline strong, .meta').forEach((n) => n.remove());
    let text = (copy.textContent ?? '').replace(/[“«][^”»]*[”»]/g, '');
    for (const outlet of outlets) text = text.split(outlet).join('');
    return text;
  });
  expect(own).toContain('Explanation');
  expect(own).not.toMatch(VIETNAMESE);
});
