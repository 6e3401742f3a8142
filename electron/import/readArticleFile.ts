import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeTextBytes } from './decode';
import { readDocxText } from './docx';
import { extractHtmlArticle, HtmlTooDeepError } from './html';
import { markdownToText } from './markdown';
import { type ImportNote, noteMessage } from './messages';
import { isImageExtension, sniffImageKind } from './sniff';
import type { ImportFormat, ImportRefusal, ReadOutcome, RefusalDetails, UiLanguage } from './types';
import { MAX_TEXT_BYTES, utf8Length } from '../../shared/textSize';

/** The limit the issue sets: more than this much text is not one news article (pasted text too). */
export { MAX_TEXT_BYTES };

/**
 * How much bigger than its text a file may be before it is refused unread: UTF-16 doubles the
 * bytes of Vietnamese text, .docx packaging adds more (what a .docx unpacks to is checked apart,
 * see DOCX_LIMITS). HTML is parsed into a tree on the spot, so a page is held to the text limit
 * itself (5 MB; a saved news page is a few hundred KB): parsing grows with the page and a 19 MB page
 * took 18 s.
 */
const FILE_SIZE_FACTOR: Record<ImportFormat, number> = { txt: 2, md: 2, html: 1, docx: 4 };

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
};

export function importFormatOf(path: string): ImportFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** The two file operations reading needs; tests inject failures a root user cannot provoke. */
export interface ArticleFileSystem {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

const nodeFileSystem: ArticleFileSystem = { stat, readFile };

export interface ReadArticleOptions {
  /** Language of the notes (default Vietnamese). */
  lang?: UiLanguage;
  maxTextBytes?: number;
  fs?: ArticleFileSystem;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

interface TextContent {
  text: string;
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  encoding: string;
  notes: ImportNote[];
}

type ContentOutcome = { ok: true; content: TextContent } | { ok: false; reason: ImportRefusal; details?: RefusalDetails };

async function readContent(format: ImportFormat, bytes: Uint8Array): Promise<ContentOutcome> {
  if (format === 'docx') {
    const docx = await readDocxText(bytes);
    if (!docx.ok) return docx.reason === 'broken_docx' ? docx : { ok: false, reason: 'docx_too_large', details: { sizeBytes: docx.unpackedBytes ?? undefined, limitBytes: docx.limitBytes } };
    const notes: ImportNote[] = docx.warnings > 0 ? [{ kind: 'docx_warnings', count: docx.warnings }] : [];
    // .docx is XML inside a zip and always Unicode; the label is what the user would ask about.
    return { ok: true, content: { text: docx.text, title: null, publishedAt: null, outlet: null, url: null, encoding: 'UTF-8', notes } };
  }
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) return decoded;
  const base = { encoding: decoded.encoding, notes: decoded.notes, title: null, publishedAt: null, outlet: null, url: null };
  if (decoded.text.trim().length === 0) return { ok: false, reason: 'empty' };
  switch (format) {
    case 'txt':
      return { ok: true, content: { ...base, text: decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') } };
    case 'md': {
      const md = markdownToText(decoded.text.replace(/^\uFEFF/, ''));
      const notes: ImportNote[] = md.text !== decoded.text.trim() ? [...base.notes, { kind: 'markdown_stripped' }] : base.notes;
      return { ok: true, content: { ...base, text: md.text, title: md.title, notes } };
    }
    case 'html': {
      const article = await extractHtmlArticle(decoded.text);
      if (!article) return { ok: false, reason: 'no_article_text' };
      const { wholePage, removedCount, ...read } = article;
      const notes: ImportNote[] = wholePage
        ? [...base.notes, { kind: 'html_whole_page', removed: removedCount }]
        : removedCount > 0
          ? [...base.notes, { kind: 'html_main_text', removed: removedCount }]
          : base.notes;
      return { ok: true, content: { ...base, ...read, notes } };
    }
  }
}

/**
 * Reads one article file into text ready for buildDocument, or says precisely why it cannot.
 * Never throws: a bad file in a folder import must not stop the others.
 */
export async function readArticleFile(path: string, options: ReadArticleOptions = {}): Promise<ReadOutcome> {
  const lang = options.lang ?? 'vi';
  const fs = options.fs ?? nodeFileSystem;
  const maxTextBytes = options.maxTextBytes ?? MAX_TEXT_BYTES;
  const extension = extname(path).toLowerCase();
  const fileName = basename(path);
  const refuse = (reason: ImportRefusal, details: RefusalDetails = {}): ReadOutcome => ({
    ok: false,
    source: path,
    reason,
    details: { fileName, ...details },
  });

  const format = importFormatOf(path);
  if (format === null) {
    return isImageExtension(extension) ? refuse('image', { extension }) : refuse('unknown_extension', { extension });
  }

  let size: number;
  try {
    const info = await fs.stat(path);
    if (!info.isFile()) return refuse('unreadable', { cause: 'not_a_file' });
    size = info.size;
  } catch (error) {
    return refuse('unreadable', { cause: errorCode(error) });
  }
  if (size === 0) return refuse('empty');
  const limitBytes = maxTextBytes * FILE_SIZE_FACTOR[format];
  if (size > limitBytes) return refuse('too_large', { sizeBytes: size, limitBytes: maxTextBytes });

  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    return refuse('unreadable', { cause: errorCode(error) });
  }

  let outcome: ContentOutcome;
  try {
    const imageKind = sniffImageKind(bytes);
    if (imageKind) return refuse('image', { imageKind });
    outcome = await readContent(format, bytes);
  } catch (error) {
    // A hostile or broken file that trips a reader (markup nested too deep, a parser's own error)
    // is refused alone: the folder import goes on with the next file.
    if (error instanceof HtmlTooDeepError) return refuse('html_too_deep', { depth: error.depth });
    return refuse('read_failed', { cause: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'unknown' });
  }
  if (!outcome.ok) return refuse(outcome.reason, outcome.details);
  const { content } = outcome;
  if (content.text.trim().length === 0) return refuse('empty');
  const textBytes = utf8Length(content.text);
  if (textBytes > maxTextBytes) return refuse('too_large', { sizeBytes: textBytes, limitBytes: maxTextBytes });

  return {
    ok: true,
    text: content.text,
    title: content.title,
    publishedAt: content.publishedAt,
    outlet: content.outlet,
    url: content.url,
    source: path,
    format,
    encoding: content.encoding,
    notes: content.notes.map((note) => noteMessage(note, lang)),
  };
}
