import { extractHtmlArticle, htmlFragmentText, looksLikeHtml } from './html';

/** A paste after cleaning: what to import, and whether HTML source was turned into its text. */
export interface CleanedPaste {
  title: string;
  text: string;
  /** Set when the paste was HTML source: how many noise elements (scripts, frames…) were dropped. */
  html: { removed: number } | null;
  /** What a whole pasted page says of itself (meta tags), used when the editor gave nothing. */
  publishedAt: string | null;
  outlet: string | null;
}

/**
 * Pasted text as the desk imports it (QA31 note j): HTML source — a story copied from a page's
 * source view, an editor's CMS — is cleaned exactly as an .html file is (a tree built by linkedom:
 * nothing is run or fetched; scripts, styles, frames, forms and handlers dropped). A whole page goes
 * through the same main-text reading as an .html file; a fragment keeps all its text. A title that
 * is markup is cleaned too. Prose comes back as it was.
 */
export async function cleanPaste(title: string, text: string): Promise<CleanedPaste> {
  const cleanTitle = looksLikeHtml(title) ? ((await htmlFragmentText(title)).text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '') : title;
  if (!looksLikeHtml(text)) return { title: cleanTitle, text, html: null, publishedAt: null, outlet: null };
  const wholePage = /<(?:!doctype|html|body)\b/i.test(text);
  const page = wholePage ? await extractHtmlArticle(text) : null;
  if (page) return { title: cleanTitle || page.title || '', text: page.text, html: { removed: page.removedCount }, publishedAt: page.publishedAt, outlet: page.outlet };
  const fragment = await htmlFragmentText(text);
  return { title: cleanTitle, text: fragment.text, html: { removed: fragment.removedCount }, publishedAt: null, outlet: null };
}
