import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from '../../../electron/import/decode';
import { isVietnameseSyllable } from '../../../electron/import/vietnamesePlausibility';
import { ARTICLE_VI, encodeWindows1258 } from './helpers/files';

const expected = ARTICLE_VI.normalize('NFC');

function decodedText(bytes: Uint8Array): { text: string; encoding: string } {
  const outcome = decodeTextBytes(bytes);
  if (!outcome.ok) throw new Error(`expected text, got ${outcome.reason}`);
  return { text: outcome.text, encoding: outcome.encoding };
}

describe('decodeTextBytes', () => {
  it('reads plain UTF-8 Vietnamese', () => {
    expect(decodedText(Buffer.from(ARTICLE_VI, 'utf8'))).toEqual({ text: expected, encoding: 'UTF-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE_VI, 'utf8')]);
    expect(decodedText(bytes)).toEqual({ text: expected, encoding: 'UTF-8 with BOM' });
  });

  it('composes decomposed (NFD) UTF-8 into precomposed letters', () => {
    const { text } = decodedText(Buffer.from(ARTICLE_VI.normalize('NFD'), 'utf8'));
    expect(text).toBe(expected);
    expect(text).toContain('Việt');
  });

  it.each([
    ['UTF-16LE', 'utf16le', [0xff, 0xfe]],
    ['UTF-16BE', 'utf16be', [0xfe, 0xff]],
  ] as const)('reads %s with its byte order mark', (label, encoding, bom) => {
    const bytes = Buffer.concat([Buffer.from(bom), iconv.encode(ARTICLE_VI, encoding)]);
    expect(decodedText(bytes)).toEqual({ text: expected, encoding: label });
  });

  it.each([
    ['UTF-16LE', 'utf16le'],
    ['UTF-16BE', 'utf16be'],
  ] as const)('recognises %s without a byte order mark and says so', (label, encoding) => {
    const outcome = decodeTextBytes(iconv.encode(ARTICLE_VI, encoding));
    expect(outcome).toMatchObject({ ok: true, text: expected, encoding: label, notes: [{ kind: 'utf16_without_bom' }] });
  });

  it('reads legacy windows-1258, whose tones are combining marks, into precomposed NFC Vietnamese', () => {
    const bytes = encodeWindows1258(ARTICLE_VI);
    // The file really holds the tone as a separate byte: "ệ" is "ê" (0xEA) then a dot-below (0xF2).
    expect(bytes.includes(Buffer.from([0x56, 0x69, 0xea, 0xf2, 0x74]))).toBe(true);
    const outcome = decodeTextBytes(bytes);
    expect(outcome).toMatchObject({ ok: true, encoding: 'windows-1258', notes: [{ kind: 'legacy_encoding' }] });
    if (!outcome.ok) return;
    expect(outcome.text).toBe(expected);
    expect(outcome.text).not.toMatch(/[\u0300-\u036f]/);
  });

  it('reads TCVN3 and VISCII files as what they are', () => {
    const plain = ARTICLE_VI.replace(/[“”]/g, '"').replace(/–/g, '-');
    expect(decodedText(iconv.encode(plain, 'tcvn'))).toEqual({ text: plain, encoding: 'TCVN3' });
    expect(decodedText(iconv.encode(plain, 'viscii'))).toEqual({ text: plain, encoding: 'VISCII' });
  });

  it('prefers valid UTF-8 over an 8-bit guess even for a short text chardet might mislabel', () => {
    expect(decodedText(Buffer.from('Hà Nội', 'utf8'))).toEqual({ text: 'Hà Nội', encoding: 'UTF-8' });
  });

  it('keeps a UTF-8 file with one damaged byte as UTF-8 and reports the replacement', () => {
    const good = Buffer.from(ARTICLE_VI, 'utf8');
    const damaged = Buffer.concat([good, Buffer.from([0xe1, 0xba])]); // cut in the middle of "ạ"
    const outcome = decodeTextBytes(damaged);
    expect(outcome).toMatchObject({ ok: true, encoding: 'UTF-8', notes: [{ kind: 'invalid_bytes_replaced', count: 1 }] });
  });

  it('reads Western text in windows-1252 without pretending it is Vietnamese', () => {
    const outcome = decodeTextBytes(iconv.encode('Le café est très bon à Paris, déjà vu.', 'windows-1252'));
    expect(outcome).toMatchObject({ ok: true, text: 'Le café est très bon à Paris, déjà vu.', notes: [{ kind: 'not_vietnamese_encoding' }] });
  });

  it('calls bytes with NULs or control characters binary', () => {
    expect(decodeTextBytes(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]))).toEqual({ ok: false, reason: 'binary' });
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    expect(decodeTextBytes(random)).toEqual({ ok: false, reason: 'binary' });
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['Việt', 'người', 'nghiêng', 'khuyến', 'giữa', 'quốc', 'Đắk', 'TRƯỞNG', 'oái'])('accepts %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['Viêòt', 'trýõÒng', 'ViÖt', 'tr­ëng', 'ðaòt', 'café'])('rejects the mojibake or foreign word %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});
