import { readFile, stat } from 'node:fs/promises';
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
  // JSON never holds a raw NUL: a zero byte among the first two is UTF-16 (its first character ASCII).
  const le = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0);
  const be = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0);
  if (le || be) return iconv.decode(bytes, le ? 'utf16le' : 'utf16be', { stripBOM: true });
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** The text of a .json export to merge, or why it was not read (size checked first). */
export async function readExportFile(path: string, maxBytes = MAX_EXPORT_JSON_BYTES): Promise<ExportFileOutcome> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: 'unreadable', details: { cause: 'not_a_file' } };
    if (info.size > maxBytes) return { ok: false, reason: 'export_too_large', details: { sizeBytes: info.size, limitBytes: maxBytes } };
    return { ok: true, text: exportText(await readFile(path)) };
  } catch (error) {
    const cause = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
    return { ok: false, reason: 'unreadable', details: { cause } };
  }
}
