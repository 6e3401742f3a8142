import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Steps the review specs share: the Bắc Giang seed article, a claim reached from the keyboard, a selection. */
export const BAC_GIANG = 'Những kết quả ấn tượng về chuyển đổi số ở Bắc Giang';

export async function openBacGiang(page: Page): Promise<void> {
  await page.locator('.library-item', { hasText: BAC_GIANG }).click();
  await expect(page.locator('.reader h1')).toHaveText(BAC_GIANG);
}

/** Select a claim with the keyboard only, through the claims filter ("g c", type, Esc, j, k). */
export async function focusClaim(page: Page, text: string): Promise<void> {
  await expect(page.locator('.reader h1')).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await expect(page.locator('#claim-filter-text')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(page.locator('.detail-quote')).toHaveText(text);
}

/** Select the first occurrence of `phrase` in the reader's text, as a mouse drag would. */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  await page.evaluate((p) => {
    const root = document.querySelector('.reader-text');
    if (!root) throw new Error('no reader');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent?.indexOf(p) ?? -1;
      if (i >= 0) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + p.length);
        const sel = document.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        return;
      }
    }
    throw new Error(`phrase not found: ${p}`);
  }, phrase);
}
