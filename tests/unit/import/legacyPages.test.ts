import { describe, expect, it } from 'vitest';
import { extractHtmlArticle, MAX_HTML_DEPTH, MAX_READABILITY_DEPTH } from '../../../electron/import/html';

/**
 * Old-style pages that never close <p> inside <li>/<td>, or <font> inside <p>, nest 2 levels per item
 * in the parser (REVIEW-hostile H5): 140 list items reach 283 levels. They are read (whole, with the
 * note asking to trim), not refused as built to freeze the computer.
 */

const P = 'Hà Nội - GDP quý I năm 2024 tăng 5,66% so với cùng kỳ năm trước.';
const page = (body: string): string => `<html><head><title>Tin tổng hợp</title></head><body><h1>Tin tổng hợp</h1>${body}</body></html>`;

describe('legacy pages with unclosed paragraphs are read', () => {
  const shapes: Array<[string, string]> = [
    ['140 list items with an unclosed <p>', `<ul>${`<li><p>${P}`.repeat(140)}</ul>`],
    ['70 table rows of two cells with an unclosed <p>', `<table>${`<tr><td><p>${P}<td><p>${P}`.repeat(70)}</table>`],
    ['140 paragraphs with an unclosed <font>', `${`<p><font face=Arial>${P}`.repeat(140)}`],
  ];
  for (const [what, body] of shapes) {
    it(`reads ${what}, every item kept`, async () => {
      const read = await extractHtmlArticle(page(body));
      expect(read).not.toBeNull();
      expect((read?.text ?? '').split(P).length - 1).toBe(140);
      expect(read?.title).toBe('Tin tổng hợp');
    });
  }

  it('near-miss: a short legacy list still goes through the main-text reading', async () => {
    const read = await extractHtmlArticle(page(`<ul>${`<li><p>${P}`.repeat(20)}</ul>`));
    expect(read?.wholePage).toBeUndefined();
    expect(read?.text).toContain(P);
  });

  it('a chain nested past the Readability depth but within the bound is read whole, quickly, not refused', async () => {
    const depth = Math.floor((MAX_READABILITY_DEPTH + MAX_HTML_DEPTH) / 2);
    const read = await extractHtmlArticle(page(`${'<div>'.repeat(depth)}${P}${'</div>'.repeat(depth)}`));
    expect(read?.wholePage).toBe(true);
    expect(read?.text).toContain(P);
  });
});
