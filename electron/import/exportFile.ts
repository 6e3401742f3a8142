import { readFile, stat } from 'node:fs/promises';
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

/** The text of a .json export to merge, or why it was not read (size checked first). */
export async function readExportFile(path: string, maxBytes = MAX_EXPORT_JSON_BYTES): Promise<ExportFileOutcome> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: 'unreadable', details: { cause: 'not_a_file' } };
    if (info.size > maxBytes) return { ok: false, reason: 'export_too_large', details: { sizeBytes: info.size, limitBytes: maxBytes } };
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const cause = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
    return { ok: false, reason: 'unreadable', details: { cause } };
  }
}
