import { isZip } from './sniff';
import { checkZip, type ZipLimits } from './zipGuard';

export type DocxOutcome =
  | { ok: true; text: string; warnings: number }
  | { ok: false; reason: 'broken_docx' }
  | { ok: false; reason: 'docx_too_large'; unpackedBytes: number | null; limitBytes: number };

/**
 * What a .docx may unpack to. A news article's document.xml is a few MB; with its pictures (stored
 * as JPEG/PNG, which do not compress) a real file stays far below this. A zip bomb declares or
 * inflates to gigabytes and is refused before mammoth sees it.
 */
export const DOCX_LIMITS: ZipLimits = { maxEntries: 5000, maxUnpackedBytes: 64 * 1024 * 1024 };

/**
 * Raw text of a .docx (paragraphs come out separated by blank lines). Anything mammoth cannot
 * open — not a zip, a zip without a Word document inside, corrupt XML — is one answer for the
 * editor: the file is not a usable .docx. One that would unpack to too much is refused unread.
 */
export async function readDocxText(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Promise<DocxOutcome> {
  if (!isZip(bytes)) return { ok: false, reason: 'broken_docx' };
  const check = checkZip(bytes, limits);
  if (!check.ok) {
    return check.reason === 'broken'
      ? { ok: false, reason: 'broken_docx' }
      : { ok: false, reason: 'docx_too_large', unpackedBytes: check.unpackedBytes, limitBytes: limits.maxUnpackedBytes };
  }
  // Loaded on the first .docx, not at start: ~70 ms of module loading the CLI and the app skip.
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const text = result.value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim().normalize('NFC');
    return { ok: true, text, warnings: result.messages.length };
  } catch {
    return { ok: false, reason: 'broken_docx' };
  }
}
