/**
 * Small, bounded look-arounds in the text: regexes anchored at a position (sticky) or at the end
 * of a short window before it. Every helper reads at most a few dozen characters, which keeps
 * extraction linear in the text length.
 */

import { isLetterUnit } from './mentions';

const LETTER = /[\p{L}\p{M}]/u;

/**
 * The text lower-cased with every offset unchanged, so that hot regexes can run without the
 * (slow) case-insensitive flag. `toLowerCase` keeps Vietnamese lengths; for the rare characters
 * whose lower case is longer ("İ"), those characters are kept as they are.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // One unit (the common case): the memoised unit test, what LETTER.test finds on it.
  if (ch.length === 1) return isLetterUnit(ch.charCodeAt(0));
  return ch.length > 0 && LETTER.test(ch);
}

const LETTER_AT_END = /[\p{L}\p{M}]$/u;

/**
 * Whether a letter or mark ends right before `p`: what the look-behind "(?<![\p{L}\p{M}])" at `p` refuses
 * (under the "u" flag: a surrogate pair before `p` is read as one code point).
 */
export function letterBefore(text: string, p: number): boolean {
  const c = text.charCodeAt(p - 1);
  if (c >= 0xdc00 && c <= 0xdfff) return LETTER_AT_END.test(text.slice(Math.max(0, p - 2), p));
  return isLetterUnit(c);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Whether [from, to) is one or more ASCII digits and nothing else (what /^\d+$/ finds on that slice), read
 * without slicing the text or running a regex: asked for every number read.
 */
export function digitsOnly(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  if (end <= from) return false;
  for (let i = from; i < end; i++) {
    if (!isDigitCode(text.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * The `index`-th of the dot-separated digit runs of a dotted date ("16.10" → 16, 10; "1.5.2021" → 1, 5, 2021), -1
 * when it has fewer parts: what `Number(raw.split('.')[index])` gives for a raw that is digits and dots, read by a
 * loop. (Issue 11: `const [d, m, y] = raw.split('.').map(Number)` in readDigits read the mapped array by the
 * array iterator, which met arrays of two element kinds and threw readDigits' optimized code back to the
 * interpreter twice per fresh process, a recompile of a few hundred ms of CPU each.)
 */
export function dottedPart(raw: string, index: number): number {
  let part = 0;
  let value = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2e) {
      if (part === index) return value;
      part++;
      value = 0;
    } else if (part === index) value = value * 10 + (c - 0x30);
  }
  return part === index ? value : -1;
}

/** Whether `word` holds an ASCII digit (what /\d/ finds), read without a regex: asked for every word before a figure. */
export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigitCode(word.charCodeAt(i))) return true;
  return false;
}

/** Whether a UTF-16 code unit is an ASCII digit. */
export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Runs a sticky regex at `pos`; the match must end by `limit`. */
export function matchAt(re: RegExp, text: string, pos: number, limit: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  if (m === null || m.index !== pos || pos + m[0].length > limit) return null;
  return m;
}

/**
 * A necessary condition of a sticky regex at a position, tested before the regex runs (most numbers are
 * followed by none of what the regexes after a number look for, and a failing regex run still costs a
 * call): after `min` to `max` blanks (" ", tab, no-break space; or, for 'ws', any white space as "\s"),
 * taken greedily, stands a unit of `next`. Every match of `re` at a position must pass its gate — a test
 * checks it for every gate made (STICKY_GATES).
 */
export interface StickyGate {
  re: RegExp;
  blanks: 'sp' | 'ws';
  min: number;
  max: number;
  next: string;
}

export const STICKY_GATES: StickyGate[] = [];

export function stickyGate(re: RegExp, blanks: 'sp' | 'ws', min: number, max: number, next: string): StickyGate {
  const gate = { re, blanks, min, max, next };
  STICKY_GATES.push(gate);
  return gate;
}

export function gatePasses(gate: StickyGate, text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && i - pos < gate.max) {
    const c = text.charCodeAt(i);
    if (gate.blanks === 'sp' ? c !== 0x20 && c !== 0x09 && c !== 0xa0 : !isWhiteSpace(c)) break;
    i++;
  }
  return i - pos >= gate.min && i < text.length && gate.next.includes(text.charAt(i));
}

/** matchAt of the gate's regex, run only when the gate passes. */
export function matchGated(gate: StickyGate, text: string, pos: number, limit: number): RegExpExecArray | null {
  return pos >= 0 && gatePasses(gate, text, pos) ? matchAt(gate.re, text, pos, limit) : null;
}

/** The white space "\s" matches (as String.prototype.trim removes). */
function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The first units of `phrases`, for a gate's `next`. */
export function firstUnitsOf(phrases: Iterable<string>): string {
  return [...new Set([...phrases].map((p) => p.charAt(0)))].join('');
}

/**
 * A regex source for any of `words` as a whole word: "(?<!letter)(?:a|b c)(?!letter)" (a space inside matches
 * itself). The words go in as written, unescaped: plain words only, no ".", "(" or other pattern characters.
 */
export function anyWholeWord(words: readonly string[]): string {
  return String.raw`(?<![\p{L}\p{M}])(?:${words.join('|')})(?![\p{L}\p{M}])`;
}

/** A regex for phrases ending a window: "(?<!letter)(a|b c)\s+$", longest phrase first. */
export function phraseBeforeRegex(phrases: Iterable<string>, trailing = String.raw`[ \t\u00a0]+$`): RegExp {
  const alt = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`[ \t\u00a0]+`))
    .join('|');
  return new RegExp(String.raw`(?<![\p{L}\p{M}\d])(${alt})${trailing}`, 'iu');
}

/** A regex for phrases starting at a position: "[ \t]+(a|b c)(?!letter)", sticky. */
export function phraseAfterRegex(phrases: Iterable<string>, leading = String.raw`[ \t\u00a0]+`): RegExp {
  const alt = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`[ \t\u00a0]+`))
    .join('|');
  // Run on folded (lower-case) text: no case-insensitive flag.
  return new RegExp(String.raw`${leading}(${alt})(?![\p{L}\p{M}\d])`, 'uy');
}

export interface WindowMatch {
  /** Offset in the text where the matched phrase starts. */
  start: number;
  /** The phrase, lower-cased with single spaces. */
  phrase: string;
}

/** Matches `re` (built by phraseBeforeRegex) against the window [max(from, pos - span), pos). */
export function phraseBefore(re: RegExp, text: string, from: number, pos: number, span = 48): WindowMatch | null {
  const base = Math.max(from, pos - span);
  const m = re.exec(text.slice(base, pos));
  if (m === null) return null;
  return { start: base + m.index, phrase: normalizePhrase(m[1] ?? m[0]) };
}

export function normalizePhrase(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Whether the code point ending right before `i` (a surrogate pair only if both halves lie at or after `base`) is a letter or mark. */
function letterEndingAt(text: string, base: number, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= base) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(text.slice(i - 2, i)) ? 2 : 0;
  }
  return isLetterUnit(c) ? 1 : 0;
}

/**
 * The word ending right before `pos` (spaces skipped), lower-cased, or null at punctuation. Read
 * backwards over at most 30 characters: what /([\p{L}\p{M}]+)[ \t\u00a0]*$/u finds on that window,
 * without the regex trying every start of it.
 */
export function wordBefore(text: string, from: number, pos: number): { word: string; start: number } | null {
  const base = Math.max(from, pos - 30);
  let end = pos;
  while (end > base) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    end--;
  }
  let start = end;
  while (start > base) {
    const units = letterEndingAt(text, base, start);
    if (units === 0) break;
    start -= units;
  }
  if (start === end) return null;
  return { word: text.slice(start, end).toLowerCase(), start };
}

/**
 * Up to two words right after `pos`, separated by spaces only (no punctuation in between); the first
 * may be glued to `pos` ("312công trình"). What the sticky regex
 * /[ \t\u00a0]*([\p{L}\p{M}]+)(?:[ \t\u00a0]+([\p{L}\p{M}]+))?/uy finds at `pos` (and null when its match
 * runs past limit + 40), read by loops over the units: no regex run, no match array, for every figure.
 */
export function wordsAfter(text: string, pos: number, limit: number): { first: string; second: string | null; firstEnd: number; secondEnd: number | null } | null {
  if (pos < 0) return null;
  const firstStart = blanksEnd(text, pos);
  const firstEnd = lettersEnd(text, firstStart);
  if (firstEnd === firstStart) return null;
  const secondStart = blanksEnd(text, firstEnd);
  const secondEnd = secondStart > firstEnd ? lettersEnd(text, secondStart) : secondStart;
  const matchEnd = secondEnd > secondStart ? secondEnd : firstEnd;
  if (matchEnd > limit + 40) return null;
  const first = text.slice(firstStart, firstEnd);
  if (firstEnd > limit) return null;
  if (secondEnd === secondStart) return { first, second: null, firstEnd, secondEnd: null };
  if (secondEnd > limit) return { first, second: null, firstEnd, secondEnd: null };
  return { first, second: text.slice(secondStart, secondEnd), firstEnd, secondEnd };
}

/** The end of the run of spaces, tabs and no-break spaces at `i`. */
export function blanksEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    j++;
  }
  return j;
}

/** The end of the run of letters and marks at `i`, read by code point as [\p{L}\p{M}]+ under the "u" flag is. */
export function lettersEnd(text: string, i: number): number {
  return tokenEnd(text, i, false);
}

/**
 * The end of the run at `i` that the sticky /[\p{L}\p{M}\d\-/.]*\/uy matches there (letters and marks read by
 * code point; ASCII digits, "-", "/" and "."): a token glued to a number ("H5N1", "COVID-19", "Q.1").
 */
export function gluedTokenEnd(text: string, i: number): number {
  return tokenEnd(text, i, true);
}

function tokenEnd(text: string, i: number, joiners: boolean): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (joiners && ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2f || c === 0x2e)) {
      j++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < text.length) {
      const d = text.charCodeAt(j + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (!LETTER.test(text.slice(j, j + 2))) break;
        j += 2;
        continue;
      }
    }
    if (!isLetterUnit(c)) break;
    j++;
  }
  return j;
}

/** A letter, a combining mark or an ASCII digit: a character inside a word or a number. */
export function isWordOrDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || isWordCode(c);
}

/** Letters and combining marks, tested on char codes without a regex for the common ranges. */
export function isWordCode(c: number): boolean {
  if (c < 0x41) return false;
  if (c <= 0x5a) return true;
  if (c < 0x61) return false;
  if (c <= 0x7a) return true;
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  return LETTER.test(String.fromCharCode(c));
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

export interface WordAt {
  /** The word as written in the text it was read from (lower-case when read from folded text). */
  word: string;
  start: number;
  end: number;
}

/**
 * Up to `max` words ending right before `pos`, nearest last, separated by spaces only: a
 * punctuation mark ends the run ("gần 80%" → ["gần"], "(2020, 2021" stops at the comma).
 */
export function wordsBefore(text: string, from: number, pos: number, max: number): WordAt[] {
  const words = wordsBeforeRead(text, from, pos, max);
  return words.length > max ? words.slice(words.length - max) : words;
}

/**
 * Words (read by wordsBefore, or a metric's words) joined by single spaces ("cũng như", "đó là"): what `words.map((w) => w.word).join(' ')`
 * gives, by a loop. (Issue 11: the mapped array is empty for a number at a sentence's start and holds strings
 * elsewhere — two array shapes at one `.join`, which threw the optimized code of finishNumber, the largest function
 * of the engine, back to the interpreter and had it compiled again, a second or more of CPU each time on the bench.)
 */
export function joinedWords(words: readonly { readonly word: string }[]): string {
  let out = '';
  for (let i = 0; i < words.length; i++) out = i === 0 ? (words[i] as { word: string }).word : `${out} ${(words[i] as { word: string }).word}`;
  return out;
}

/**
 * The words wordsBefore reads, possibly more than `max` (its last `max` are wordsBefore's): the array kept
 * for the next call, not to be changed. The same few words are looked up many times per number
 * (qualifier, label, rank…): the last read is kept.
 */
function wordsBeforeRead(text: string, from: number, pos: number, max: number): WordAt[] {
  if (memo.text === text && memo.from === from && memo.pos === pos && memo.max >= max) {
    memo.text = text; // an equal text of another extraction: compared once, not at every call (see spanHas)
    return memo.words;
  }
  const words = readWordsBefore(text, from, pos, Math.max(max, 3));
  memo = { text, from, pos, max: Math.max(max, 3), words };
  return words;
}

let memo: { text: string; from: number; pos: number; max: number; words: WordAt[] } = { text: '', from: -1, pos: -1, max: 0, words: [] };

function readWordsBefore(text: string, from: number, pos: number, max: number): WordAt[] {
  // Read nearest first, then turned round: nearest last.
  const out: WordAt[] = [];
  let i = pos;
  while (out.length < max) {
    let j = i;
    while (j > from && isBlankCode(text.charCodeAt(j - 1))) j--;
    if (j === i && out.length > 0) break; // words must be separated by spaces
    let s = j;
    while (s > from && isWordCode(text.charCodeAt(s - 1))) s--;
    if (s === j) break;
    out.push({ word: text.slice(s, j), start: s, end: j });
    i = s;
  }
  return out.reverse();
}

/**
 * The longest phrase of `phrases` (lower-case, single spaces) made of the last words before
 * `pos` in the folded text, with the offset where it starts.
 */
export function phraseEndingAt(folded: string, from: number, pos: number, phrases: ReadonlySet<string>, maxWords: number): WindowMatch | null {
  // The last min(maxWords, …) words read (no copy of them): words[total - k] is the k-th word back.
  const words = wordsBeforeRead(folded, from, pos, maxWords);
  const total = words.length;
  const n = Math.min(total, maxWords);
  if (n === 0) return null;
  // Most numbers have none of the phrases before them: a phrase ends with the word right before.
  const candidates = phrasesByLastWord(phrases).get((words[total - 1] as WordAt).word);
  if (candidates === undefined) return null;
  // The phrases ending with that word, longest first: the first whose words are the last words read (compared
  // word by word, no phrase of them built).
  for (const c of candidates) {
    const k = c.words.length;
    if (k > n) continue;
    let same = true;
    for (let i = 0; i < k - 1 && same; i++) same = (words[total - k + i] as WordAt).word === c.words[i];
    if (same) return { start: (words[total - k] as WordAt).start, phrase: c.phrase };
  }
  return null;
}

interface PhraseWords {
  phrase: string;
  /** The phrase split at single spaces. */
  words: readonly string[];
}

const byLastWord = new WeakMap<ReadonlySet<string>, Map<string, PhraseWords[]>>();

/** The phrases of `phrases` by their last word (split at single spaces), each list longest first; computed once per set. */
function phrasesByLastWord(phrases: ReadonlySet<string>): Map<string, PhraseWords[]> {
  let map = byLastWord.get(phrases);
  if (map === undefined) {
    map = new Map();
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const last = words[words.length - 1] as string;
      const list = map.get(last) ?? [];
      list.push({ phrase, words });
      map.set(last, list);
    }
    for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
    byLastWord.set(phrases, map);
  }
  return map;
}
