import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { ImportNote } from './messages';
import { looksBinary } from './sniff';
import { measureVietnamese, plausibilityScore } from './vietnamesePlausibility';

export type DecodeOutcome =
  | { ok: true; text: string; encoding: string; notes: ImportNote[] }
  | { ok: false; reason: 'binary' | 'decode_failed' };

/** Bytes of each decoding tried when guessing an 8-bit encoding; the winner decodes the whole file. */
const SCORING_SAMPLE_BYTES = 256 * 1024;

/**
 * Single-byte encodings Vietnamese text has been saved in, most likely first (ties go to the
 * earlier one). windows-1258 stores tones as combining marks, which NFC folds into the
 * precomposed letters; TCVN3 and VISCII are the older DOS/Windows font encodings; windows-1252
 * is there so Western text that merely contains "café" is not forced into a Vietnamese table.
 */
const EIGHT_BIT_CANDIDATES = ['windows-1258', 'tcvn', 'viscii', 'windows-1252'] as const;

const DISPLAY_NAMES: Record<string, string> = { tcvn: 'TCVN3', viscii: 'VISCII' };

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(bytes: Uint8Array, endian: 'LE' | 'BE'): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), endian === 'LE' ? 'utf16le' : 'utf16be');
}

/** High bytes a UTF-16 Vietnamese or Latin text is made of: ASCII/Latin-1, Latin Extended-A
 *  (ă đ ơ ư), combining marks, Latin Extended Additional (ạ…ỹ) and punctuation (“ ” – …). */
const VIETNAMESE_UTF16_HIGH_BYTES = new Set([0x00, 0x01, 0x03, 0x1e, 0x20]);

/**
 * Recognises UTF-16 without a byte order mark by where its zero bytes fall: in Vietnamese text
 * most characters are ASCII, so every other byte is 0x00 and nearly all "high" bytes belong to
 * the few Unicode blocks Vietnamese uses.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'LE' | 'BE' | null {
  const length = Math.min(bytes.length, 64 * 1024) & ~1;
  if (length < 4) return null;
  const pairs = length / 2;
  const fitsAsHighBytes = (offset: 0 | 1): { fit: number; zeros: number; lowZeros: number } => {
    let fit = 0;
    let zeros = 0;
    let lowZeros = 0;
    for (let i = 0; i < length; i += 2) {
      const high = bytes[i + offset] ?? 0;
      const low = bytes[i + 1 - offset] ?? 0;
      if (VIETNAMESE_UTF16_HIGH_BYTES.has(high)) fit++;
      if (high === 0) zeros++;
      if (low === 0) lowZeros++;
    }
    return { fit: fit / pairs, zeros: zeros / pairs, lowZeros: lowZeros / pairs };
  };
  const le = fitsAsHighBytes(1);
  const be = fitsAsHighBytes(0);
  const plausible = (s: { fit: number; zeros: number; lowZeros: number }): boolean =>
    s.fit >= 0.9 && s.zeros >= 0.3 && s.lowZeros <= 0.05;
  if (plausible(le) && !plausible(be)) return 'LE';
  if (plausible(be) && !plausible(le)) return 'BE';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A UTF-8 file with a handful of bad bytes (cut mid-character, one pasted legacy letter) is still
 * UTF-8: reading the whole file as an 8-bit encoding would garble every other accented letter.
 */
function mostlyUtf8(bytes: Uint8Array): { text: string; replaced: number } | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let multibyte = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') replaced++;
    else if ((ch.codePointAt(0) ?? 0) > 0x7f) multibyte++;
  }
  // Misread 8-bit text yields almost no valid multi-byte characters, so one bad byte per ten good
  // ones is still far on the UTF-8 side.
  if (multibyte >= 10 && replaced <= multibyte / 10) return { text, replaced };
  return null;
}

interface Suggestion {
  encoding: string;
  confidence: number;
}

function chardetSuggestions(sample: Uint8Array): Suggestion[] {
  return chardet
    .analyse(sample)
    .slice(0, 3)
    .filter((m) => !/^UTF-(8|16|32)/i.test(m.name) && iconv.encodingExists(m.name))
    .map((m) => ({ encoding: m.name, confidence: m.confidence }));
}

/** chardet answers something for any bytes; below this it is guessing (junk scores about 10). */
const TRUSTED_CHARDET_CONFIDENCE = 50;

function displayName(encoding: string): string {
  return DISPLAY_NAMES[encoding] ?? encoding;
}

function decodeEightBit(bytes: Uint8Array): DecodeOutcome {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sample = buffer.subarray(0, SCORING_SAMPLE_BYTES);
  const suggested = chardetSuggestions(sample);
  // chardet often calls Vietnamese ISO-8859-1 or windows-1252, so its guesses only join the race.
  const candidates = [...new Set<string>([...EIGHT_BIT_CANDIDATES, ...suggested.map((s) => s.encoding)])];
  const scored = candidates.map((encoding, order) => {
    const stats = measureVietnamese(iconv.decode(sample, encoding).normalize('NFC'));
    return { encoding, order, stats, score: plausibilityScore(stats) };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = scored[0];
  if (!best) return { ok: false, reason: 'decode_failed' };
  const vietnamese = best.stats.wellFormedWords > 0 && best.stats.wellFormedWords >= 0.6 * best.stats.accentedWords;
  if (vietnamese) {
    const text = iconv.decode(buffer, best.encoding).normalize('NFC');
    return { ok: true, text, encoding: displayName(best.encoding), notes: [{ kind: 'legacy_encoding', encoding: displayName(best.encoding) }] };
  }
  // Not Vietnamese in any table: trust chardet's first guess if it is sure, else the common Western
  // code page, and refuse when even that is full of control characters and odd symbols.
  const trusted = suggested[0] && suggested[0].confidence >= TRUSTED_CHARDET_CONFIDENCE ? suggested[0].encoding : 'windows-1252';
  const fallback = scored.find((s) => s.encoding === trusted);
  if (!fallback || fallback.stats.unlikelyChars > Math.max(2, fallback.stats.nonAsciiChars / 10)) {
    return { ok: false, reason: 'decode_failed' };
  }
  const text = iconv.decode(buffer, fallback.encoding).normalize('NFC');
  return { ok: true, text, encoding: displayName(fallback.encoding), notes: [{ kind: 'not_vietnamese_encoding', encoding: displayName(fallback.encoding) }] };
}

/**
 * Decoded UTF-16 that is not text: any NUL (as for bytes), or more than 1 in 100 characters that
 * are control characters (tab, line and page breaks, carriage return and escape aside) or lone
 * surrogates — what random bytes behind a BOM decode to.
 */
function looksBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) odd++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else odd++;
    } else if (c >= 0xdc00 && c <= 0xdfff) odd++;
  }
  return odd > text.length / 100;
}

/**
 * Turns a text file's bytes into NFC text. Order matters: a byte order mark is certain; UTF-16
 * without one must be recognised before the NUL-byte binary test; valid UTF-8 wins over any
 * statistical guess (chardet mislabels Vietnamese UTF-8 less often than it mislabels 8-bit text,
 * but validity is proof); only then are 8-bit tables scored.
 */
export function decodeTextBytes(bytes: Uint8Array): DecodeOutcome {
  // A byte order mark says how to decode, not that what follows is text: the binary test applies too.
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
    if (looksBinary(bytes.subarray(3))) return { ok: false, reason: 'binary' };
    const text = strictUtf8(bytes.subarray(3));
    if (text !== null) return { ok: true, text: text.normalize('NFC'), encoding: 'UTF-8 with BOM', notes: [] };
  }
  for (const [bom, endian] of [[[0xff, 0xfe], 'LE'], [[0xfe, 0xff], 'BE']] as const) {
    if (!hasPrefix(bytes, bom)) continue;
    const text = decodeUtf16(bytes.subarray(2), endian);
    if (looksBinaryText(text)) return { ok: false, reason: 'binary' };
    return { ok: true, text: text.normalize('NFC'), encoding: `UTF-16${endian}`, notes: [] };
  }
  if (bytes.indexOf(0) !== -1) {
    const endian = guessBomlessUtf16(bytes);
    if (endian) {
      const encoding = `UTF-16${endian}`;
      return { ok: true, text: decodeUtf16(bytes, endian).normalize('NFC'), encoding, notes: [{ kind: 'utf16_without_bom', encoding }] };
    }
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { ok: true, text: utf8.normalize('NFC'), encoding: 'UTF-8', notes: [] };
  const nearlyUtf8 = mostlyUtf8(bytes);
  if (nearlyUtf8) {
    return { ok: true, text: nearlyUtf8.text.normalize('NFC'), encoding: 'UTF-8', notes: [{ kind: 'invalid_bytes_replaced', count: nearlyUtf8.replaced }] };
  }
  return decodeEightBit(bytes);
}
