import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

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

/** Text of an element tree with each block on its own paragraph and <br> kept as a line break. */
function blocksToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = current.split('\n').map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim()).filter((l) => l.length > 0);
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') return;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (CELL_TAGS.has(tag) && current.trim().length > 0) current += ' | ';
    for (const child of [...node.childNodes]) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * The text of a piece of HTML that is not a whole page (a paste of a story's source): the same tree
 * (nothing run or fetched) and the same noise removal as a page, but no Readability, which would
 * judge a short piece to be no article at all. Blocks become paragraphs, entities are decoded.
 */
export function htmlFragmentText(html: string): { text: string; removedCount: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
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

export function extractHtmlArticle(html: string): HtmlArticle | null {
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const ogTitle = metaContent(document, 'og:title');
  const publishedAt = validDate(metaContent(document, 'article:published_time', 'datePublished', 'pubdate'));
  const outlet = metaContent(document, 'og:site_name');
  const url = absoluteHttpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? absoluteHttpUrl(metaContent(document, 'og:url'));

  const removedCount = removeNoise(document);
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
