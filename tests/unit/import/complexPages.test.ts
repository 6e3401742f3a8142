import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../../electron/import/html';

/**
 * Ordinary news pages with long comment threads are read by Readability, not whole
 * (REVIEW-hostile H2): their complexity is counted after menus and comment widgets are removed,
 * and the bound fits what Readability reads in about a second on such pages.
 */

const P = 'Hà Nội - Giá xăng RON95 tăng 3,2% so với kỳ trước, lên 24.500 đồng/lít theo quyết định của liên Bộ Công Thương - Tài chính.';

/** A news page: menu, 12 wrappers, the article with a table, a comment thread `deep` divs per comment, a sidebar, a footer. */
function newsPage(comments: number, deep: number, commentClass: string): string {
  const nav = `<header><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/c${i}">Mục ${i}</a>`).join('')}</nav></header>`;
  const rows = Array.from({ length: 10 }, (_, i) => `<tr><td>Tháng ${i + 1}</td><td>${i},5%</td></tr>`).join('');
  const article = `<article><h1>Giá xăng tăng</h1>${`<p>${P}</p>`.repeat(24)}<table>${rows}</table></article>`;
  const thread = Array.from(
    { length: comments },
    (_, i) => `${`<div class="${commentClass} lvl${i % 5}">`.repeat(deep)}<span>Độc giả ${i}</span> Bình luận số ${i}: xăng tăng 20%.${'</div>'.repeat(deep)}`,
  ).join('');
  const side = `<div class="sidebar">${Array.from({ length: 20 }, (_, i) => `<div class="item"><a href="/x${i}">Đọc nhiều: giá vàng tăng ${i}%</a></div>`).join('')}</div>`;
  return `<html><head><title>Giá xăng tăng</title></head><body>${nav}${'<div class="wrap">'.repeat(12)}${article}<section class="discussion">${thread}</section>${side}${'</div>'.repeat(12)}<footer>Bản quyền</footer></body></html>`;
}

describe('news pages with comment threads keep only the article', () => {
  it('1,200 readers\' comments 20 divs deep (not a known comment widget): the article, not the comments', async () => {
    const page = newsPage(1200, 20, 'reply-item');
    const read = await extractHtmlArticle(page);
    expect(read?.wholePage).toBeUndefined();
    expect(read?.text).toContain('Giá xăng RON95 tăng 3,2%');
    expect(read?.text).not.toContain('Bình luận số');
  });

  it('1,500 comments 30 divs deep in a known comment widget are removed before the page is judged too complex', async () => {
    const page = newsPage(1500, 30, 'cmt-item');
    const read = await extractHtmlArticle(page);
    expect(read?.wholePage).toBeUndefined();
    expect(read?.text).not.toContain('Bình luận số');
    expect(read?.text).not.toContain('Đọc nhiều');
  });
});
