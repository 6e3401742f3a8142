import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractHtmlArticle, htmlFragmentText, HtmlTooDeepError, markupDepth, MAX_HTML_DEPTH, MAX_READABILITY_WORK } from '../../../electron/import/html';
import { refusalMessage } from '../../../electron/import/messages';
import { cleanPaste } from '../../../electron/import/pasted';
import { readArticleFile, type ArticleFileSystem } from '../../../electron/import/readArticleFile';
import { ARTICLE_VI, makeTempDir } from './helpers/files';
import { NEWS_PAGE } from './helpers/pages';

/**
 * Hostile HTML (REVIEW-sec B1, B2): markup nested thousands of levels deep made Readability run for
 * minutes (17 KB → 40 s) and overflowed the stack deeper still, which stopped a whole folder import.
 * Such a page is refused before any tree is built, with its own reason; real pages are not.
 */

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  tmp = await makeTempDir();
});
afterEach(async () => {
  await tmp.cleanup();
});

const SENTENCE = 'Hà Nội - GDP quý I năm 2024 tăng 5,66% so với cùng kỳ năm trước. Dân số đạt 100 triệu người.\n';
const nested = (open: string, close: string, depth: number): string =>
  `<html><body><article><p>${SENTENCE}</p>${open.repeat(depth)}${SENTENCE.repeat(3)}${close.repeat(depth)}</article></body></html>`;

describe('markupDepth reads nesting as the parser will build it', () => {
  it('gives the depth of nested elements', () => {
    expect(markupDepth('<div><section><div>a</div></section></div>', 1000)).toBe(3);
    expect(markupDepth(nested('<div>', '</div>', 1500), 100_000)).toBe(1503);
  });

  it('does not count what an HTML parser never nests (near-misses of a deep page)', () => {
    // A legacy page that never closes its paragraphs or list items: each <p> / <li> closes the last.
    expect(markupDepth(`<body>${'<p>Đoạn văn chưa đóng thẻ. '.repeat(5000)}</body>`, 100_000)).toBe(2);
    expect(markupDepth(`<ul>${'<li>Tin vắn '.repeat(5000)}</ul>`, 100_000)).toBe(2);
    // Void elements, comments, raw text and SVG's self-closed shapes.
    expect(markupDepth(`<div>${'<br><img src="a.png"><meta charset="utf-8">'.repeat(2000)}</div>`, 100_000)).toBe(1);
    expect(markupDepth(`<div><!-- ${'<div>'.repeat(2000)} --></div>`, 100_000)).toBe(1);
    expect(markupDepth(`<script>${'<div>'.repeat(2000)}</script><style>${'<b>'.repeat(9)}</style><p>`, 100_000)).toBe(1);
    expect(markupDepth(`<svg>${'<path d="M0 0"/>'.repeat(2000)}</svg>`, 100_000)).toBe(1);
    // End tags close everything opened inside them, as the parser does.
    expect(markupDepth(`${'<div><span><b>x</div>'.repeat(2000)}`, 100_000)).toBe(3);
  });

  it('but counts what does nest: "/>" on an HTML element, list items under lists, paragraphs in list items', () => {
    expect(markupDepth('<div/>'.repeat(300), 100_000)).toBe(300);
    expect(markupDepth('<li><ul>'.repeat(150), 100_000)).toBe(300);
    expect(markupDepth('<p><li>'.repeat(150), 100_000)).toBe(300);
  });

  it('stops counting past its limit', () => {
    expect(markupDepth('<div>'.repeat(100_000), 10)).toBe(11);
  });

  it('real pages are far from the limit', async () => {
    expect(markupDepth(NEWS_PAGE)).toBeLessThan(MAX_HTML_DEPTH / 10);
    expect((await extractHtmlArticle(NEWS_PAGE))?.text).toContain('Tổng cục Thống kê cho biết GDP năm 2023 tăng 6,5%');
  });
});

describe('a page nested too deep is refused, not read for minutes', () => {
  it('refuses a 17 KB page nested 1,500 <div> deep (the review took 40 s over it) with its reason, in both languages', async () => {
    const path = await tmp.write('long-nhau.html', nested('<div>', '</div>', 1500));
    const outcome = await readArticleFile(path);
    expect(outcome).toMatchObject({ ok: false, reason: 'html_too_deep', details: { fileName: 'long-nhau.html' } });
    if (outcome.ok) return;
    expect(outcome.details.depth).toBeGreaterThan(MAX_HTML_DEPTH);
    expect(refusalMessage(outcome.reason, 'vi', outcome.details)).toMatch(/“long-nhau\.html” có cấu trúc HTML lồng quá sâu/);
    expect(refusalMessage(outcome.reason, 'en', outcome.details)).toMatch(/“long-nhau\.html” nests its markup too deeply/);
  });

  it('refuses 20,000 nested <b> (a stack overflow before) and a page whose "/>" hides the nesting', async () => {
    expect(await readArticleFile(await tmp.write('b.html', nested('<b>', '</b>', 20_000)))).toMatchObject({ ok: false, reason: 'html_too_deep' });
    expect(await readArticleFile(await tmp.write('c.html', nested('<div class="x"/>', '', 5000)))).toMatchObject({ ok: false, reason: 'html_too_deep' });
  });

  it('reads a page nested just under the limit', async () => {
    const path = await tmp.write('sau-vua.html', nested('<div>', '</div>', MAX_HTML_DEPTH - 10));
    expect(await readArticleFile(path)).toMatchObject({ ok: true, format: 'html' });
  });

  it('pasted HTML nested too deep is refused with the same error, not a stack overflow', async () => {
    await expect(htmlFragmentText('<b>'.repeat(100_000) + 'Lạm phát 3,5%')).rejects.toThrow(HtmlTooDeepError);
    await expect(cleanPaste('Bài dán', `<p>${'<span>'.repeat(5000)}GDP tăng 5%</p>`)).rejects.toThrow(HtmlTooDeepError);
    expect((await cleanPaste('Bài dán', `<p>${'<span>'.repeat(50)}GDP tăng 5%${'</span>'.repeat(50)}</p>`)).text).toBe('GDP tăng 5%');
  });
});

describe('a page too complex for the main-text reading is read whole', () => {
  // 800 chains of 60 nested <div>: shallow enough to build, but the sum of depths (Readability's
  // work) is past the bound — such a page took Readability minutes per megabyte.
  const chain = `${'<div>'.repeat(60)}${SENTENCE}${'</div>'.repeat(60)}`;
  const complex = `<html><head><title>Tin tổng hợp</title></head><body><nav>Trang chủ | Thời sự</nav><article>${chain.repeat(800)}</article></body></html>`;

  it('keeps all its text with a note saying so, drops the noise, and takes the title', async () => {
    expect(800 * 61 * 30).toBeGreaterThan(MAX_READABILITY_WORK); // the sum of depths, roughly, of that page
    const outcome = await readArticleFile(await tmp.write('phuc-tap.html', complex));
    expect(outcome).toMatchObject({ ok: true, format: 'html', title: 'Tin tổng hợp' });
    if (!outcome.ok) return;
    expect(outcome.text.split('\n\n')).toHaveLength(801);
    expect(outcome.text).not.toContain('Trang chủ');
    expect(outcome.notes).toEqual([expect.stringMatching(/^Trang quá phức tạp để tách riêng nội dung chính nên đã lấy toàn bộ chữ của trang \(đã bỏ 1 phần/)]);
  });

  it('a real page below the bound still goes through the main-text reading (near-miss)', async () => {
    const outcome = await readArticleFile(await tmp.write('tin.html', NEWS_PAGE), { lang: 'en' });
    expect(outcome).toMatchObject({ ok: true, notes: [expect.stringMatching(/^Only the page's main text was kept/)] });
  });
});

describe('readArticleFile never throws', () => {
  it('refuses a file whose reading throws, naming it, in both languages', async () => {
    const hostile = new Proxy(new Uint8Array(16), {
      get(target, key) {
        if (key === 'subarray' || key === 'indexOf') throw new TypeError('boom');
        return Reflect.get(target, key) as unknown;
      },
    });
    const fs: ArticleFileSystem = { stat: async () => ({ size: 16, isFile: () => true }), readFile: async () => hostile };
    const outcome = await readArticleFile('/khong-co/bai.txt', { fs });
    expect(outcome).toMatchObject({ ok: false, reason: 'read_failed', details: { fileName: 'bai.txt', cause: 'TypeError: boom' } });
    if (outcome.ok) return;
    expect(refusalMessage(outcome.reason, 'vi', outcome.details)).toMatch(/^Không đọc được nội dung của “bai\.txt”/);
    expect(refusalMessage(outcome.reason, 'en', outcome.details)).toMatch(/^The content of “bai\.txt” could not be read/);
  });

  it('still reads an ordinary article', async () => {
    expect(await readArticleFile(await tmp.write('bai.txt', ARTICLE_VI))).toMatchObject({ ok: true });
  });
});
