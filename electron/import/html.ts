import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as parseHtmlFunction } from 'linkedom';

/**
 * Main text of a saved news page. linkedom only builds a tree: it runs no script and loads no
 * stylesheet, image or frame, so nothing in the file is executed or fetched. Noise is removed
 * before Readability scores the page, because Readability relaxes its own filters when the text
 * is short and would then let comment threads or menus back in.
 */
export interface HtmlArticle {
  text: string;
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  /** How many noise elements (scripts, menus, comment boxes…) were dropped. */
  removedCount: number;
  /** Set when the page was too complex for the main-text reading: all its text was kept. */
  wholePage?: true;
}

/** Below this many letters what is left is a caption or a menu remnant, not an article. */
const MIN_ARTICLE_LETTERS = 40;

const NOISE_TAGS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'canvas', 'video', 'audio', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'aside', 'dialog',
];
const NOISE_ROLES = ['navigation', 'search', 'complementary', 'dialog', 'menu', 'menubar'];
/** Site chrome: removed unless it sits inside the article (an <article>'s <header> has the headline). */
const CHROME_SELECTOR = 'header, footer, [role="banner"], [role="contentinfo"]';
/**
 * Comment widgets and "related news" boxes by their usual ids and classes, Vietnamese sites'
 * "binh-luan" and "tin-lien-quan" included.
 */
const COMMENT_WIDGET =
  /(^|[-_\s])(comments?|comment-?box|cmt|binh-?luan|disqus(_thread)?|fb-comments|tin-?lien-?quan|related-(news|posts|articles))([-_\s]|$)/i;

const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const CELL_TAGS = new Set(['td', 'th']);

function metaContent(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function absoluteHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function validDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  return /^\d{4}-\d{2}-\d{2}/.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
}

function isInsideArticle(el: Element): boolean {
  return el.parentElement?.closest('article, main, [role="main"]') != null;
}

function holdsArticle(el: Element): boolean {
  return el.querySelector('article, main, [role="main"]') !== null;
}

function removeNoise(document: Document): number {
  let removed = 0;
  const drop = (el: Element): void => {
    el.remove();
    removed++;
  };
  for (const el of [...document.querySelectorAll(NOISE_TAGS.join(','))]) drop(el);
  for (const el of [...document.querySelectorAll(NOISE_ROLES.map((r) => `[role="${r}"]`).join(','))]) {
    if (!holdsArticle(el)) drop(el);
  }
  for (const el of [...document.querySelectorAll(CHROME_SELECTOR)]) {
    if (!isInsideArticle(el) && !holdsArticle(el)) drop(el);
  }
  for (const el of [...document.querySelectorAll('[id], [class]')]) {
    if (!el.isConnected || ['HTML', 'BODY', 'MAIN', 'ARTICLE'].includes(el.tagName.toUpperCase())) continue;
    const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (COMMENT_WIDGET.test(names) && !holdsArticle(el)) drop(el);
  }
  // Inline handlers are never run, but they are page code, not text: keep them out of any copy.
  for (const el of [...document.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
  }
  return removed;
}

/** Marks the end of a block in blocksToText's walk: its paragraph is flushed there. */
const BLOCK_END = Symbol('block end');

/**
 * Text of an element tree with each block on its own paragraph and <br> kept as a line break.
 * The walk keeps its own stack, so a deeply nested tree cannot overflow the call stack.
 */
function blocksToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = current.split('\n').map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim()).filter((l) => l.length > 0);
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = '';
  };
  const stack: Array<Node | typeof BLOCK_END> = [root];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === BLOCK_END) {
      flush();
      continue;
    }
    const node = item;
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') continue;
    if (tag === 'br') {
      current += '\n';
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push(BLOCK_END);
    }
    if (CELL_TAGS.has(tag) && current.trim().length > 0) current += ' | ';
    const children = [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  flush();
  return paragraphs.join('\n\n');
}

/**
 * How deeply a page's elements may nest. The test news pages nest 8 levels, 25 real documentation
 * pages of 40 KB–1.5 MB checked with markupDepth 11–16, and a heavy news site 30–40; a few hundred
 * levels is a broken or a hostile file. Past this the tree is not
 * built: linkedom's parser, the noise removal and Readability all slow down faster than the depth
 * grows (Readability took 19 s at 1,000 levels, 120 s at 2,000; building the tree alone 68 s at
 * 200,000), and that work cannot be cancelled. Such a file is refused with its own reason rather
 * than read by a cheaper path, because the cheap path is the same parser: there is nothing cheap to
 * fall back to, and the editor can still paste the article's text.
 */
export const MAX_HTML_DEPTH = 1_000;

/**
 * Deeper than this (but within MAX_HTML_DEPTH) a page is read whole, not by Readability: its time
 * grows with depth squared on chains of nested elements (REVIEW-sec: 18 s first at 1,000 levels),
 * while the parser and the whole-page reading stay cheap there. Legacy pages that never close
 * <p> inside <li>/<td>, or <font> inside <p>, nest this deep in htmlparser2 (2 levels per item: 140
 * list items, 283 levels) though a browser keeps them at ~5 (REVIEW-hostile H5): they are read whole
 * with a note, not refused as hostile.
 */
export const MAX_READABILITY_DEPTH = 256;

/** Thrown (and turned into the 'html_too_deep' refusal) when markup nests past MAX_HTML_DEPTH. */
export class HtmlTooDeepError extends Error {
  constructor(readonly depth: number) {
    super(`HTML nests more than ${MAX_HTML_DEPTH} levels deep`);
    this.name = 'HtmlTooDeepError';
  }
}

/** Elements that never hold others (as linkedom's parser, htmlparser2, reads HTML). */
const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements whose content is raw text up to their own end tag (htmlparser2's list). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FORM_TAGS = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const P_TAG = ['p'];
/** An opening tag closes these when they are the innermost open element (htmlparser2's openImpliesClose). */
const OPEN_IMPLIES_CLOSE = new Map<string, readonly string[]>([
  ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']],
  ['li', ['li']], ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']],
  ['rt', ['rt', 'rp']], ['rp', ['rt', 'rp']], ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, readonly string[]] => [t, FORM_TAGS]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (t): [string, readonly string[]] => [t, P_TAG],
  ),
]);
const TAG_START = /<(\/?)([a-zA-Z][^\s/>]*)/y;

const SPACE = /[\s]/;

/**
 * Where a start tag ends, reading its attributes as the parser does (htmlparser2's states): a value
 * after "=" in quotes runs to the matching quote whatever it holds ("<", ">", "<!--"), an unquoted
 * one to a space or ">". Returns the index of the closing ">", or -1.
 */
function startTagEnd(html: string, from: number): number {
  let state: 'between' | 'name' | 'afterName' | 'beforeValue' | 'unquoted' = 'between';
  for (let j = from; j < html.length; j++) {
    const c = html[j] as string;
    if (state === 'beforeValue') {
      if (c === '"' || c === "'") {
        const close = html.indexOf(c, j + 1);
        if (close === -1) return -1;
        j = close;
        state = 'between';
      } else if (c === '>') return j;
      else if (!SPACE.test(c)) state = 'unquoted';
      continue;
    }
    if (c === '>') return j;
    if (state === 'unquoted') {
      if (SPACE.test(c)) state = 'between';
    } else if (c === '=') {
      state = 'beforeValue';
    } else if (SPACE.test(c)) {
      if (state === 'name') state = 'afterName';
    } else if (c === '/') {
      state = 'between';
    } else if (state !== 'name') {
      state = 'name';
    }
  }
  return -1;
}

/**
 * Nesting depth of markup read from its tags alone, before any tree is built: the open elements
 * are tracked as linkedom's parser (htmlparser2) tracks them — void and raw-text elements, the
 * elements an opening tag closes by itself (a new <p> or <li> closes the last), end tags that
 * close every element opened inside, "/>" honoured only in SVG and MathML — so a legacy page
 * that never closes its paragraphs does not look deep. One pass: every step moves past a "<" and
 * the stack never grows past `limit`, so the work is linear in the text. Stops once past `limit`.
 */
export function markupDepth(html: string, limit = MAX_HTML_DEPTH): number {
  const open: string[] = [];
  let deepest = 0;
  let foreign = 0;
  let i = html.indexOf('<');
  while (i !== -1) {
    if (html.startsWith('<!--', i)) {
      // The parser ends a comment at the first "-->" whose dashes may be the opener's own: "<!-->"
      // and "<!--->" are whole comments (REVIEW-hostile H3). Only there: htmlparser2 does not end one
      // at "--!>" (the HTML spec does), and ending it earlier than the parser lets a "<script>" after
      // it swallow the real tags that follow (round-2 review H6).
      const dashes = html.indexOf('-->', i + 2);
      const end = dashes === -1 ? -1 : dashes + 3;
      if (end === -1) break;
      i = html.indexOf('<', end);
      continue;
    }
    TAG_START.lastIndex = i;
    const tag = TAG_START.exec(html);
    if (!tag) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    // An end tag's attributes are not read by the parser; a start tag's quoted values may hold ">".
    const end = tag[1] === '/' ? html.indexOf('>', TAG_START.lastIndex) : startTagEnd(html, TAG_START.lastIndex);
    if (end === -1) break;
    const name = (tag[2] as string).toLowerCase();
    let next = end + 1;
    if (tag[1] === '/') {
      const at = open.lastIndexOf(name);
      if (at !== -1) {
        for (const closed of open.splice(at)) if (closed === 'svg' || closed === 'math') foreign--;
      }
    } else {
      const closes = OPEN_IMPLIES_CLOSE.get(name);
      while (closes && open.length > 0 && closes.includes(open[open.length - 1] as string)) open.pop();
      if (RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}`, 'ig');
        close.lastIndex = next;
        const found = close.exec(html);
        if (!found) break;
        next = found.index;
      } else if (!VOID_ELEMENTS.has(name)) {
        const selfClosed = html[end - 1] === '/' && (foreign > 0 || name === 'svg' || name === 'math');
        if (!selfClosed) {
          open.push(name);
          if (name === 'svg' || name === 'math') foreign++;
          if (open.length > deepest) deepest = open.length;
          if (deepest > limit) return deepest;
        }
      }
    }
    i = html.indexOf('<', next);
  }
  return deepest;
}

/**
 * How much work Readability may be given, as the sum of every element's depth once menus and comment
 * widgets are removed: it walks up and down the tree from each element, so its time follows this
 * sum, not the page's size. Per unit it ranges from ~2 µs (news pages with long reader threads: 1,600
 * comments 20 divs deep, 876,000 units, 1.6 s) to ~8–11 µs (crafted pages where every chain holds
 * article text: 400 chains of 60 <div>, 804,000 units, 6.7 s; 15 chains 250 deep, 482,000, 5.2 s),
 * measured at load 7.5 on 2 cores; a real 1.5 MB page, 230,000 units, took 3.5 s. 500,000 sent
 * ordinary pages with 800 comments to the whole-page path (REVIEW-hostile H2); 1,000,000 keeps them
 * on Readability and bounds a crafted page to ~10 s. Past this a page is read by the cheap path
 * (every block's text kept), which is linear in the same sum.
 */
export const MAX_READABILITY_WORK = 1_000_000;

/** Depth of a built tree and the sum of its elements' depths, walked with its own stack; stops once past a limit. */
function treeShape(root: Element): { depth: number; work: number } {
  let depth = 0;
  let work = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [el, level] = item;
    if (level > depth) depth = level;
    work += level;
    if (depth > MAX_HTML_DEPTH) break;
    for (const child of [...el.children]) stack.push([child, level + 1]);
  }
  return { depth, work };
}

interface HtmlLibraries {
  parseHTML: typeof parseHtmlFunction;
  Readability: typeof ReadabilityClass;
}
let htmlLibraries: Promise<HtmlLibraries> | null = null;

/**
 * linkedom and Readability, loaded on the first HTML read rather than at start: they are ~160 ms of
 * module loading that every CLI command and the app's start would otherwise pay for.
 */
function loadHtmlLibraries(): Promise<HtmlLibraries> {
  htmlLibraries ??= Promise.all([import('linkedom'), import('@mozilla/readability')]).then(([dom, readability]) => ({
    parseHTML: dom.parseHTML,
    Readability: readability.Readability,
  }));
  return htmlLibraries;
}

/** Builds the tree of a page, refusing (HtmlTooDeepError) markup nested past MAX_HTML_DEPTH. */
function parseBounded(parseHTML: typeof parseHtmlFunction, html: string): { document: Document; depth: number } {
  const estimated = markupDepth(html);
  if (estimated > MAX_HTML_DEPTH) throw new HtmlTooDeepError(estimated);
  const { document } = parseHTML(html);
  // The tag count follows the parser's rules but is still an estimate; the tree is exact.
  const { depth } = treeShape(document.documentElement);
  if (depth > MAX_HTML_DEPTH) throw new HtmlTooDeepError(depth);
  return { document, depth };
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * The text of a piece of HTML that is not a whole page (a paste of a story's source): the same tree
 * (nothing run or fetched) and the same noise removal as a page, but no Readability, which would
 * judge a short piece to be no article at all. Blocks become paragraphs, entities are decoded.
 */
export async function htmlFragmentText(html: string): Promise<{ text: string; removedCount: number }> {
  const { parseHTML } = await loadHtmlLibraries();
  const { document } = parseBounded(parseHTML, `<!doctype html><html><body>${html}</body></html>`);
  const removedCount = removeNoise(document);
  return { text: blocksToText(document.body).normalize('NFC'), removedCount };
}

/** Markup an editor would not type in prose: a known tag, a doctype or an entity-laden tag soup. */
const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|p|div|span|b|i|u|em|strong|a|img|br|hr|h[1-6]|ul|ol|li|table|tr|td|th|script|style|iframe|article|section|blockquote|figure|figcaption|font|meta|link|title|svg)(?:\s[^<>]*)?\/?>/i;

/** Whether a pasted text is HTML source rather than prose (QA31 note j). */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/** The main text of a page, or null when it has none; throws HtmlTooDeepError for markup nested too deep. */
export async function extractHtmlArticle(html: string): Promise<HtmlArticle | null> {
  const { parseHTML, Readability } = await loadHtmlLibraries();
  const { document, depth } = parseBounded(parseHTML, html);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const ogTitle = metaContent(document, 'og:title');
  const publishedAt = validDate(metaContent(document, 'article:published_time', 'datePublished', 'pubdate'));
  const outlet = metaContent(document, 'og:site_name');
  const url = absoluteHttpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? absoluteHttpUrl(metaContent(document, 'og:url'));

  const removedCount = removeNoise(document);
  // Readability reads what is left once menus and comment widgets are gone (REVIEW-hostile H2).
  const { work } = treeShape(document.documentElement);
  if (work > MAX_READABILITY_WORK || depth > MAX_READABILITY_DEPTH) {
    // Too complex for Readability to read in reasonable time: every block's text, as for a fragment.
    let text = blocksToText(document.body);
    if (countLetters(text) < MIN_ARTICLE_LETTERS) return null;
    const title = ogTitle || pageTitle;
    if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
    return { text: text.normalize('NFC'), title: title ? title.normalize('NFC') : null, publishedAt, outlet, url, removedCount, wholePage: true };
  }
  // JSON-LD is gone with the scripts (read as data it would be safe, but meta tags suffice).
  const parsed = new Readability(document, { disableJSONLD: true }).parse();
  if (!parsed?.content) return null;

  const { document: contentDocument } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  let text = blocksToText(contentDocument.body);
  const title = parsed.title?.trim() || ogTitle || pageTitle;
  if (countLetters(text) < MIN_ARTICLE_LETTERS) return null;
  // The headline carries claims too, and Readability drops it from the body when it matches the title.
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return {
    text: text.normalize('NFC'),
    title: title ? title.normalize('NFC') : null,
    publishedAt: publishedAt ?? validDate(parsed.publishedTime),
    outlet: outlet ?? (parsed.siteName?.trim() || null),
    url,
    removedCount,
  };
}
