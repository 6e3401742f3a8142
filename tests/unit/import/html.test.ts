import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractHtmlArticle } from '../../../electron/import/html';
import { CHROME_ONLY_PAGE, NEWS_PAGE } from './helpers/pages';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extractHtmlArticle', () => {
  it('keeps the article, headline first, with paragraphs as blank-line breaks and <br> as a line break', async () => {
    const article = await extractHtmlArticle(NEWS_PAGE);
    expect(article).not.toBeNull();
    const paragraphs = article?.text.split('\n\n') ?? [];
    expect(paragraphs[0]).toBe('Kinh tế Việt Nam tăng trưởng 6,5% năm 2023');
    expect(paragraphs[1]).toBe('Tổng cục Thống kê cho biết GDP năm 2023 tăng 6,5%, thấp hơn mục tiêu 6,8% mà Quốc hội đề ra.');
    expect(paragraphs).toContain('Ông Nguyễn Văn Đức, chuyên gia kinh tế, nhận định:\n“Tốc độ này vẫn thuộc nhóm cao nhất khu vực.”');
    expect(article?.text).toContain('Có 45/63 tỉnh, thành phố hoàn thành kế hoạch thu ngân sách.');
  });

  it('drops scripts, styles, JSON-LD, navigation, header, sidebar, footer, related-news box and comments', async () => {
    const text = (await extractHtmlArticle(NEWS_PAGE))?.text ?? '';
    for (const marker of ['SCRIPT_TEXT', 'CSS_TEXT', 'JSONLD_TEXT', 'NAV_TEXT', 'MENU_HEADER_TEXT', 'ASIDE_TEXT', 'FOOTER_TEXT', 'COMMENT_TEXT', 'Bình luận', 'RELATED_TEXT']) {
      expect(text, marker).not.toContain(marker);
    }
  });

  it('reads title, outlet, canonical address and article:published_time from the page head', async () => {
    expect(await extractHtmlArticle(NEWS_PAGE)).toMatchObject({
      title: 'Kinh tế Việt Nam tăng trưởng 6,5% năm 2023',
      outlet: 'Báo Mẫu',
      url: 'https://baomau.example.vn/kinh-te/tang-truong-65-2023.html',
      publishedAt: '2024-01-06T08:30:00+07:00',
    });
  });

  it('runs nothing from the page and opens no connection for its scripts, styles, images or frames', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const httpSpy = vi.spyOn(http, 'request');
    const httpsSpy = vi.spyOn(https, 'request');
    const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');
    await extractHtmlArticle(NEWS_PAGE);
    expect((globalThis as Record<string, unknown>).__crosscheckPwned).toBeUndefined();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(httpSpy).not.toHaveBeenCalled();
    expect(httpsSpy).not.toHaveBeenCalled();
    expect(connectSpy).not.toHaveBeenCalled();
  });

  it('falls back to <title> when there is no og:title and finds text in a page without <article>', async () => {
    const page =
      '<html><head><title>Giá xăng giảm 3%</title></head><body><div class="content">' +
      '<p>Giá xăng RON95 giảm 3% từ 15 giờ chiều nay, theo Bộ Công Thương.</p>' +
      '<p>Đây là lần giảm thứ 4 liên tiếp trong tháng, sau 3 lần tăng hồi đầu năm.</p></div></body></html>';
    const article = await extractHtmlArticle(page);
    expect(article?.title).toBe('Giá xăng giảm 3%');
    expect(article?.text).toContain('Giá xăng RON95 giảm 3% từ 15 giờ chiều nay, theo Bộ Công Thương.\n\nĐây là lần giảm');
    expect(article?.publishedAt).toBeNull();
    expect(article?.url).toBeNull();
  });

  it('never reports a local or javascript: address as the article URL', async () => {
    const page = (href: string): string =>
      `<html><head><link rel="canonical" href="${href}"></head><body><p>Giá xăng RON95 giảm 3% từ 15 giờ chiều nay, theo thông báo của Bộ Công Thương.</p></body></html>`;
    expect((await extractHtmlArticle(page('file:///C:/Users/bientap/bai.html')))?.url).toBeNull();
    expect((await extractHtmlArticle(page('javascript:alert(1)')))?.url).toBeNull();
    expect((await extractHtmlArticle(page('/relative/path.html')))?.url).toBeNull();
  });

  it('finds no article in a page that is only menus, a form and a footer', async () => {
    expect(await extractHtmlArticle(CHROME_ONLY_PAGE)).toBeNull();
  });
});
