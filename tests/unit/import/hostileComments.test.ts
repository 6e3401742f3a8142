import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle, HtmlTooDeepError, markupDepth, MAX_HTML_DEPTH } from '../../../electron/import/html';

/**
 * The pre-parse depth check must end comments and tags exactly where the parser does
 * (REVIEW-hostile H3): "<!-->" is a whole comment for the parser, so a check that looked for the
 * next "-->" skipped the 150,000 nested tags after it and the worker built that tree for 21 s.
 */

const LINE = 'Hà Nội - GDP quý I năm 2024 tăng 5,66%.\n';

/** Depth of the tree linkedom builds, walked with its own stack. */
function treeDepth(html: string): number {
  const { document } = parseHTML(html);
  let deepest = 0;
  const stack: Array<[Element, number]> = [[document.documentElement, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [el, level] = item;
    deepest = Math.max(deepest, level);
    for (const child of [...el.children]) stack.push([child, level + 1]);
  }
  return deepest;
}

const page = (hide: string, after: string, depth: number): string =>
  `<html><body><article><p>${LINE.repeat(3)}</p>${hide}<p>${'<b>'.repeat(depth)}${LINE}${'</b>'.repeat(depth)}</p>${after}</article></body></html>`;

describe('comments and attribute values end where the parser ends them', () => {
  const shapes: Array<[string, string, string]> = [
    ['"<!-->" (a whole, empty comment)', '<!-->', '<!-- x -->'],
    ['"<!--->"', '<!--->', '<!-- x -->'],
    ['"<!---->"', '<!---->', '<!-- x -->'],
    ['a "<!--" inside a quoted attribute', '<span title="a><!--">x</span>', '<!-- x -->'],
    ["a \"<!--\" inside a single-quoted attribute", "<span title='a><!--'>x</span>", '<!-- x -->'],
    ['a "<!--" inside a value after "= "', '<span title = "a><!--">x</span>', '<!-- x -->'],
    ['a "<script" inside a quoted attribute', '<span title="a><script>">x</span>', '</script>'],
    ['"--!>" inside a comment (htmlparser2 reads on to "-->": round-2 review H6)', '<!-- c --!><script>-->', '<!-- x -->'],
  ];
  for (const [what, hide, after] of shapes) {
    it(`is never below the tree's depth after ${what}`, () => {
      const html = page(hide, after, 1_200);
      expect(treeDepth(html)).toBeGreaterThan(MAX_HTML_DEPTH);
      expect(markupDepth(html, 100_000)).toBeGreaterThanOrEqual(treeDepth(html));
    });
  }

  it("refuses the reviewer's page (150,000 <b> after \"<!-->\") before building its tree", async () => {
    const html = page('<!-->', '<!-- x -->', 150_000);
    expect(markupDepth(html)).toBeGreaterThan(MAX_HTML_DEPTH);
    await expect(extractHtmlArticle(html)).rejects.toThrow(HtmlTooDeepError);
  });

  it('near-misses: real comments still hide what they hold, and "--!>" or "-->" in text do not open anything', () => {
    expect(markupDepth(`<div><!-- ${'<b>'.repeat(400)} --><p>a</p></div>`)).toBe(2);
    expect(markupDepth(`<div><!--\n<div><div>\n--><p>a</p></div>`)).toBe(2);
    expect(markupDepth('<div title="1 > 0">a<p>b</p></div>')).toBe(2);
    expect(markupDepth('<p class=tin>Giá tăng -->5%</p><div>x</div>')).toBe(1);
  });
});
