import mammoth from 'mammoth';
import { isZip } from './sniff';

export type DocxOutcome = { ok: true; text: string; warnings: number } | { ok: false; reason: 'broken_docx' };

/**
 * Raw text of a .docx (paragraphs come out separated by blank lines). Anything mammoth cannot
 * open — not a zip, a zip without a Word document inside, corrupt XML — is one answer for the
 * editor: the file is not a usable .docx.
 */
export async function readDocxText(bytes: Uint8Array): Promise<DocxOutcome> {
  if (!isZip(bytes)) return { ok: false, reason: 'broken_docx' };
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const text = result.value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim().normalize('NFC');
    return { ok: true, text, warnings: result.messages.length };
  } catch {
    return { ok: false, reason: 'broken_docx' };
  }
}
