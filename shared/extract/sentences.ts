/**
 * Vietnamese-aware sentence splitting in one linear pass (Intl.Segmenter is far too slow on large
 * texts and splits after "TP.", "GS.").
 */

import { isLetterUnit } from './mentions';

export interface Span {
  start: number;
  end: number;
}

/** Lower-cased words that take an abbreviating dot ("TP.HCM", "PGS.TS", "v.v..."). */
const ABBREVIATIONS = new Set([
  'tp', 'tx', 'tt', 'q', 'p', 'h', 'x', 'gs', 'pgs', 'ts', 'ths', 'th.s', 'bs', 'ks', 'cn', 'ls', 'nxb', 'nsnd',
  'nsưt', 'nbs', 'đ/c', 'v.v', 'vv', 'tr', 'st', 'dr', 'mr', 'mrs', 'ms', 'co', 'ltd', 'inc', 'jsc', 'no', 'vs',
  'pgs.ts', 'gs.ts', 'bs.ckii', 'bs.cki', 'ckii', 'cki', 'ths.bs', 'ts.bs', 'đh', 'cđ', 'sđt', 'đt', 'tel', 'ttg',
  'btc', 'ubnd', 'hđnd', 'tw', 'ncs', 'kts', 'ths.ls', 'ts.ls', 'lg', 'ttxvn',
]);

const CLOSERS = '"”’\')]»';

/**
 * Sentence spans of `text`, trimmed of surrounding whitespace, in order. A line break always ends
 * a sentence (headlines, captions and list lines carry no final stop).
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let segStart = 0;
  // A plain loop over char codes: a regex search per stop is several times slower on dotted runs.
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 10 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const ch = text[i];
    if (ch === '\n') {
      pushTrimmed(text, segStart, i, spans);
      segStart = i + 1;
      continue;
    }
    let end = i + 1;
    if (ch === '.') {
      // A run of dots is an ellipsis ("khác...", "v.v...").
      while (text[end] === '.') end++;
      if (end === i + 1 && !dotEndsSentence(text, i)) continue;
    } else {
      while (end < text.length && (text[end] === '!' || text[end] === '?' || text[end] === '…' || text[end] === '.')) end++;
    }
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
    const gluedDotAllowed = end === i + 1 && ch === '.';
    i = end - 1;
    if (!startsNewSentence(text, end, gluedDotAllowed)) continue;
    pushTrimmed(text, segStart, end, spans);
    segStart = end;
  }
  pushTrimmed(text, segStart, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** Exactly the characters String.prototype.trim removes, so spans equal their trimmed text. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

const UPPER = /\p{Lu}/u;
/** Per UTF-16 unit: 0 not yet known, 1 not a capital, 2 a capital (as UPPER tests one unit). */
const upperUnits = new Uint8Array(65536);

/** `UPPER.test` of the single unit `c` (NaN past the text's ends: none), memoised. */
function isUpperUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (Number.isNaN(c)) return false;
  let known = upperUnits[c];
  if (known === 0) {
    known = UPPER.test(String.fromCharCode(c)) ? 2 : 1;
    upperUnits[c] = known;
  }
  return known === 2;
}
const DIGIT = /\d/;

/** A single dot at `i`: a stop, or part of a number, an abbreviation or initials? */
function dotEndsSentence(text: string, i: number): boolean {
  const prevCode = text.charCodeAt(i - 1);
  const nextCode = text.charCodeAt(i + 1);
  if (prevCode >= 48 && prevCode <= 57 && nextCode >= 48 && nextCode <= 57) return false; // "1.891", "10.6", dotted date "1.5"
  if (prevCode >= 48 && prevCode <= 57 && isEnumerationMarker(text, i)) return false; // "1. Quảng Ninh, 2. Hải Phòng"
  const word = wordBefore(text, i);
  if (word.length > 0) {
    const lower = word.toLowerCase();
    if (ABBREVIATIONS.has(lower)) return false;
    // Initials: "N.V.T." or a lone capital "Nguyễn V. An".
    if (isUpperUnit(word.charCodeAt(word.length - 1)) && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return false;
  }
  if (isLetterUnit(text.charCodeAt(i + 1))) {
    // "Postmart.vn" continues; "đồng.Theo" is a stop with the space missing.
    if (!isUpperUnit(text.charCodeAt(i + 1))) return false;
    return word.length >= 2 && /^[\p{Ll}\p{M}]+$/u.test(word.slice(-2));
  }
  return true;
}

/**
 * The dot at `i` closes a row number — "1. Quảng Ninh" at a line start, or "dẫn đầu: 1. Quảng Ninh,
 * 2. Hải Phòng" inline: one or two digits after a line start, ":", "," or ";", then a capital.
 */
export function isEnumerationMarker(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && i - s < 3 && isDigit(text.charCodeAt(s - 1))) s--;
  if (s === i || i - s > 2) return false;
  if (text[i + 1] !== ' ' || !isUpperUnit(text.charCodeAt(i + 2))) return false;
  let b = s;
  while (b > 0 && s - b < 4 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  if (b === 0) return true;
  const c = text[b - 1];
  if (c === '\n' || c === ':' || c === ',' || c === ';') return true;
  // A bullet at a line start: "- 1. Hà Nội".
  return (c === '-' || c === '•' || c === '*') && (b - 1 === 0 || text[b - 2] === '\n' || text[b - 2] === ' ');
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The dot at `i` abbreviates the word before it ("TP.HCM", "TP. Thủ Đức", "PGS.TS"): no end of a clause.
 * `lowered`: the text in lower case (same offsets). Not the first dot of an ellipsis ("v.v...").
 */
export function isAbbreviationDot(lowered: string, i: number): boolean {
  return lowered.charCodeAt(i + 1) !== 0x2e && ABBREVIATIONS.has(wordBefore(lowered, i));
}

/** Letters and inner dots just before position `i` ("PGS.TS" before the dot of "PGS.TS."). */
function wordBefore(text: string, i: number): string {
  let s = i;
  const limit = Math.max(0, i - 12);
  while (s > limit) {
    const c = text.charCodeAt(s - 1);
    if (isLetterUnit(c) || (c === 0x2e && isLetterUnit(text.charCodeAt(s - 2))) || c === 0x2f) s--;
    else break;
  }
  return text.slice(s, i);
}

/**
 * After a stop at `end`: does the following text start a new sentence? It must be followed by
 * whitespace (or, for a bare dot glued to a capital, nothing) and then something that can open a
 * sentence: a capital, a digit, a quote, a bracket or a dash.
 */
function startsNewSentence(text: string, end: number, gluedDotAllowed: boolean): boolean {
  if (end >= text.length) return true;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) j++;
  if (j >= text.length || text[j] === '\n') return true;
  if (j === end && !gluedDotAllowed) return false;
  const c = text[j] ?? '';
  if (isUpperUnit(text.charCodeAt(j)) || DIGIT.test(c)) return true;
  return '"“‘\'([«-–—•*'.includes(c);
}
