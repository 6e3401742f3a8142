import { open, readFile, stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { RefusalDetails } from './types';

/**
 * Largest Crosscheck .json export that is merged. A desk of 10,000 articles and 100,000 claims
 * exports to about 40 MB; parsing holds several times the file in memory, so a bigger file (or a
 * crafted one) is refused before it is read.
 */
export const MAX_EXPORT_JSON_BYTES = 100 * 1024 * 1024;

export type ExportFileOutcome =
  | { ok: true; text: string }
  | { ok: false; reason: 'export_too_large' | 'unreadable'; details: RefusalDetails };

/**
 * The export's text: UTF-8 (with or without a byte order mark), or UTF-16 as Windows Notepad saves a
 * file opened and saved again ("Unicode": a byte order mark FF FE; or none, its first character's
 * high byte zero). Never normalised: the audit events' hashes cover their exact characters.
 */
export function exportText(bytes: Buffer): string {
  const utf16 = utf16Order(bytes);
  if (utf16) return iconv.decode(bytes, utf16 === 'LE' ? 'utf16le' : 'utf16be', { stripBOM: true });
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** UTF-16 by its first two bytes: JSON never holds a raw NUL, so a zero byte there is UTF-16 (first character ASCII). */
function utf16Order(head: Uint8Array): 'LE' | 'BE' | null {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head.length >= 2 && head[0] !== 0 && head[1] === 0)) return 'LE';
  if ((head[0] === 0xfe && head[1] === 0xff) || (head.length >= 2 && head[0] === 0 && head[1] !== 0)) return 'BE';
  return null;
}

/**
 * The text of a .json export to merge, or why it was not read (size checked first). The limit is the
 * export's size as Crosscheck writes it (UTF-8): a copy Notepad saved as UTF-16 takes up to twice the
 * bytes, so it is let through up to twice the limit and held to the limit once decoded.
 */
export async function readExportFile(path: string, maxBytes = MAX_EXPORT_JSON_BYTES): Promise<ExportFileOutcome> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: 'unreadable', details: { cause: 'not_a_file' } };
    const tooLarge = (sizeBytes: number): ExportFileOutcome => ({ ok: false, reason: 'export_too_large', details: { sizeBytes, limitBytes: maxBytes } });
    if (info.size > maxBytes) {
      // Two bytes per UTF-16 unit, and a byte order mark.
      if (info.size > 2 * maxBytes + 2 || !(await startsAsUtf16(path))) return tooLarge(info.size);
      const text = exportText(await readFile(path));
      const utf8Bytes = Buffer.byteLength(text, 'utf8');
      return utf8Bytes > maxBytes ? tooLarge(utf8Bytes) : { ok: true, text };
    }
    return { ok: true, text: exportText(await readFile(path)) };
  } catch (error) {
    const cause = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
    return { ok: false, reason: 'unreadable', details: { cause } };
  }
}

async function startsAsUtf16(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await file.read(head, 0, 2, 0);
    return utf16Order(head.subarray(0, bytesRead)) !== null;
  } finally {
    await file.close();
  }
}
