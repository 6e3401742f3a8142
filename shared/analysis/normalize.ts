import { releasable } from './caches';
/**
 * Text keys for deciding whether two claims speak about the same fact. Vietnamese outlets write the
 * same thing with and without diacritics, with abbreviations (CĐS, CCHC) and with near-synonyms
 * ("chỉ số thành phần" / "lĩnh vực"), so every comparison goes through these folded forms.
 */

/** Lowercase, strip diacritics and map đ → d; keeps letters, digits and separators. */
export function fold(text: string): string {
  // Text made only of characters that fold one by one to at most one ASCII character (ASCII, the
  // Latin letters with their marks, Vietnamese's included, and the combining marks): folded through a
  // table, character by character — the same result, without normalizing and three regex passes.
  const n = text.length;
  if (foldBuffer.length < n) foldBuffer = new Uint16Array(n * 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let to = code < FOLD_RANGE ? (FOLD_TABLE[code] as number) : UNSAFE;
    if (to === UNREAD) to = FOLD_TABLE[code] = foldEntry(code);
    if (to === UNSAFE) return foldSlow(text);
    if (to !== DROPPED) foldBuffer[k++] = to;
  }
  return fromCodes(foldBuffer, k);
}

/** `fold` as defined: the table above gives the same for the text it accepts. */
function foldSlow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * The table's end: Latin and the other scripts below U+2000, and the General Punctuation block
 * (U+2000–U+206F: dashes, curly quotes, an ellipsis — in nearly every article, which would otherwise
 * all fold the slow way).
 */
const FOLD_RANGE = 0x2070;
/** A mark (combining or enclosing): reordered by NFD among its neighbours, never folded alone. */
const MARK = /\p{M}/u;
/** General Punctuation: no letter (no case), no combining mark (nothing reorders around it). */
const PUNCTUATION_START = 0x2000;
const UNSAFE = -2;
const DROPPED = -1;
let foldBuffer = new Uint16Array(256);

/**
 * Per character below FOLD_RANGE: what `foldSlow` makes of it alone, when that is at most one ASCII
 * character, one character of General Punctuation's, or the character itself when it has no case and
 * is no mark (else UNSAFE). A string of such characters
 * folds character by character: its canonical decomposition is the characters' decompositions one
 * after the other (a base letter, then combining marks U+0300–U+036F, which are all removed, so their
 * reordering does not matter; a punctuation mark is a starter, which no mark reorders across), and
 * lower-casing ASCII and Latin letters reads no context (Greek's final sigma, which does, is not
 * accepted; punctuation has no case).
 */
function foldEntry(code: number): number {
  const out = foldSlow(String.fromCharCode(code));
  if (out.length === 0) return DROPPED;
  if (out.length === 1 && out.charCodeAt(0) < 0x80) return out.charCodeAt(0);
  // (U+2000 and U+2001 decompose to U+2002 and U+2003; the block's other characters stay as they are.)
  if (code >= PUNCTUATION_START && out.length === 1 && out.charCodeAt(0) >= PUNCTUATION_START && out.charCodeAt(0) < FOLD_RANGE) return out.charCodeAt(0);
  // A character that stays itself, has no case and is no mark (a no-break space, "°", "×", "½"): a
  // starter without a decomposition, which nothing reorders across and lower-casing reads as nothing.
  if (out === String.fromCharCode(code) && !MARK.test(out) && out.toUpperCase() === out) return code;
  return UNSAFE;
}
/** An entry of FOLD_TABLE not read yet. */
const UNREAD = -3;
/**
 * `foldEntry` of each character below FOLD_RANGE, read the first time `fold` meets the character (the
 * whole table, some 8,000 characters folded the slow way, took 6–12 ms at every start of a window, more
 * on a loaded machine; a text meets a few hundred of them).
 */
const FOLD_TABLE = new Int16Array(FOLD_RANGE).fill(UNREAD);

/** The first `n` UTF-16 code units of `codes` as a string (one string built, not one per piece). */
export function fromCodes(codes: Uint16Array, n: number): string {
  if (n <= 4096) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return out;
}

/**
 * Abbreviations newsrooms write as one word for the same words ("DN" / "doanh nghiệp", "NSNN" / "ngân
 * sách nhà nước", "TP.HCM" / "TPHCM" / "Thành phố Hồ Chí Minh"), folded.
 */
const ABBREVIATION_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['cds', 'chuyen doi so'],
      ['cchc', 'cai cach hanh chinh'],
      ['tthc', 'thu tuc hanh chinh'],
      ['csdl', 'co so du lieu'],
      ['dvc', 'dich vu cong'],
      ['dn', 'doanh nghiep'],
      ['ubnd', 'uy ban nhan dan'],
      ['hdnd', 'hoi dong nhan dan'],
      ['cntt', 'cong nghe thong tin'],
      ['nsnn', 'ngan sach nha nuoc'],
      ['nhnn', 'ngan hang nha nuoc'],
      ['bhxh', 'bao hiem xa hoi'],
      ['bhyt', 'bao hiem y te'],
      ['kcn', 'khu cong nghiep'],
      ['xnk', 'xuat nhap khau'],
      ['bds', 'bat dong san'],
      ['ctcp', 'cong ty co phan'],
      ['tphcm', 'thanh pho ho chi minh'],
      ['hcm', 'ho chi minh'],
    ] as const
  ).map(([w, words]) => [w, words.split(' ')] as const),
);

/**
 * The words an abbreviation written as one folded word stands for (see ABBREVIATION_WORDS), for text
 * already split into words; null for any other word.
 */
export function abbreviationWords(word: string): readonly string[] | null {
  return ABBREVIATION_WORDS.get(word) ?? null;
}

/**
 * The name aligned.ts gives Ho Chi Minh City, whichever way it is written: "TP.HCM", "TP HCM", "TPHCM",
 * "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh" (see CITY_FORMS). Not "hồ chí minh": the bare name is also
 * the person, his museum, his mausoleum, the road ("Bảo tàng Hồ Chí Minh", "đường Hồ Chí Minh"), which
 * are not the city; nor anything that holds "hồ chí minh" or that a bare "hồ chí minh" holds.
 */
export const CITY_NAME = 'tp.hcm';
/** The folded words of the city's forms, none of which tells two of its figures apart. */
export const CITY_WORDS: readonly string[] = ['tp', 'hcm', 'tphcm', 'thanh', 'pho', 'ho', 'chi', 'minh'];

/**
 * The city's own forms in a text (see CITY_NAME); a bare "Hồ Chí Minh" or "HCM" is none. One regex for
 * every sentence (String.replace starts a global regex from 0 and leaves it there).
 */
export const CITY_FORMS = /(?<![\p{L}\p{N}])(?:T[Pp]\.?\s*(?:HCM|Hồ Chí Minh)|TPHCM|[Tt]hành phố Hồ Chí Minh)(?![\p{L}\p{N}])/gu;

/** The city's abbreviations in ABBREVIATION_WORDS: words of one name, never a code of common words. */
const CITY_CODES: ReadonlySet<string> = new Set(['tphcm', 'hcm']);

/**
 * A code in capitals that abbreviates common words (see ABBREVIATION_WORDS: "NSNN", "BHXH", "HĐND"),
 * folded ("hdnd"); null for any other code. aligned.ts keeps two such codes two names ("BHXH" / "BHYT"),
 * and lets the other sentence give a code by spelling it out ("NSNN" / "ngân sách nhà nước").
 */
export function commonWordsCode(code: string): string | null {
  const c = code.toLowerCase().replace(/đ/gu, 'd');
  return !CITY_CODES.has(c) && ABBREVIATION_WORDS.has(c) ? c : null;
}

/**
 * What a word in capitals names by itself, in lower case with its marks (as aligned.ts reads the names
 * of a sentence): the city for "TPHCM"; nothing for "TP" ("thành phố") or an abbreviation of common
 * words ("NSNN", "DN", "HĐND": see `commonWordsCode`); else the code itself ("VNM", "HNX", "GDP", "HCM").
 */
export function codeName(code: string): string | null {
  const c = code.toLowerCase();
  const folded = c.replace(/đ/gu, 'd');
  if (folded === 'tphcm') return CITY_NAME;
  if (folded === 'tp' || commonWordsCode(code) !== null) return null;
  return c;
}

/**
 * The abbreviations of common words (folded, see `commonWordsCode`) whose words a text spells out
 * ("ngân sách nhà nước" gives "nsnn").
 */
export function spelledOutCodes(text: string): string[] {
  // The codes whose words stand one after the other among the folded text's words (runs of a-z and
  // 0-9), in SPELLED_OUT's order: " ngan sach nha nuoc " within the words one space apart, padded —
  // read in one pass over the folded text (no copy of it with its separators replaced; a whole
  // article's text is read for its names).
  const folded = fold(text);
  const n = folded.length;
  let found = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    const word = isWordCode(c);
    if (word && !inWord) {
      const starting = SPELLED_BY_FIRST[c] as number;
      if ((starting & ~found) !== 0) {
        for (let k = 0; k < SPELLED_OUT.length; k++) if ((starting & ~found & (1 << k)) !== 0 && wordsAt(folded, i, SPELLED_WORDS[k] as readonly string[])) found |= 1 << k;
      }
    }
    inWord = word;
  }
  const out: string[] = [];
  for (let k = 0; k < SPELLED_OUT.length; k++) if ((found & (1 << k)) !== 0) out.push((SPELLED_OUT[k] as readonly [string, string])[0]);
  return out;
}

/** A character of a folded word: a-z or 0-9 (anything else separates words, see `spelledOutCodes`). */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** `words` stand one after the other from the word that starts at `at` of `folded`, each whole. */
function wordsAt(folded: string, at: number, words: readonly string[]): boolean {
  let i = at;
  const n = folded.length;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      // A separator (one character or more), then the next word.
      if (i >= n || isWordCode(folded.charCodeAt(i))) return false;
      while (i < n && !isWordCode(folded.charCodeAt(i))) i++;
    }
    const w = words[k] as string;
    if (!folded.startsWith(w, i)) return false;
    i += w.length;
  }
  return i >= n || !isWordCode(folded.charCodeAt(i));
}

/** Each abbreviation of common words (not the city's) with its words as `spelledOutCodes` looks for them, padded. */
export const SPELLED_OUT: ReadonlyArray<readonly [string, string]> = [...ABBREVIATION_WORDS]
  .filter(([code]) => !CITY_CODES.has(code))
  .map(([code, words]) => [code, ` ${words.join(' ')} `] as const);
/** SPELLED_OUT's words, by the same place. */
const SPELLED_WORDS: ReadonlyArray<readonly string[]> = SPELLED_OUT.map(([, words]) => words.trim().split(' '));
/** Per character code below 128: the bits (1 << place in SPELLED_OUT) of the codes whose words start with it. */
const SPELLED_BY_FIRST: Int32Array = (() => {
  if (SPELLED_OUT.length > 31) throw new Error('spelledOutCodes keeps SPELLED_OUT as the bits of one 32-bit number');
  const table = new Int32Array(128);
  SPELLED_WORDS.forEach((words, k) => {
    const c = (words[0] as string).charCodeAt(0);
    if (!isWordCode(c) || words.some((w) => w === '' || [...w].some((x) => !isWordCode(x.charCodeAt(0))))) throw new Error(`spelledOutCodes: words of a-z and 0-9 only, not "${words.join(' ')}"`);
    table[c] = (table[c] as number) | (1 << k);
  });
  return table;
})();

// Abbreviations newsrooms use for the same words; expanded before tokenising so both spellings meet.
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  ...[...ABBREVIATION_WORDS].map(([w, words]) => [new RegExp(`\\b${w}\\b`, 'g'), words.join(' ')] as const),
  // "TP.HCM", "TP HCM": the city's words once ("tp" is "thanh pho" only before the city's name).
  [/\btp[.\s]*(?=ho chi minh\b)/g, 'thanh pho '],
  [/\bkt-xh\b/g, 'kinh te xa hoi'],
  [/\bti le\b/g, 'ty le'],
  [/\bti trong\b/g, 'ty trong'],
  [/\bngan\b/g, 'nghin'],
];

// Different names for the same slot of an index or a report ("chỉ số thành phần X" = "lĩnh vực X").
const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bbo chi so\b/g, 'chi so'],
  [/\bchi so thanh phan\b/g, 'linh vuc'],
  [/\btieu chi thanh phan\b/g, 'linh vuc'],
  // "dẫn đầu cả nước" is a rank, not a national scope: fold it before scope words are read.
  [/\b(?:dan dau|dung dau|dung thu nhat|xep thu nhat|cao nhat)(?: ca nuoc| toan quoc)?\b/g, 'dan dau'],
];

/** Syllables that carry no meaning for matching a metric. */
const STOPWORDS = new Set([
  've', 'o', 'cua', 'trong', 'va', 'cac', 'nhung', 'duoc', 'dat', 'co', 'la', 'voi', 'cho', 'tai', 'tren', 'theo',
  'thi', 'da', 'dang', 'se', 'nay', 'do', 'khi', 'vao', 'ra', 'len', 'den', 'mot', 'nhu', 'hon',
  'gan', 'khoang', 'ca', 'tinh',
]);
// 'tinh' (tỉnh) is dropped because the province is the subject, not the metric; the level words that
// matter ("cấp tỉnh") are read as bigrams before dropping. 'so' stays: "kinh tế số" is not "kinh tế".

/** Administrative levels and national scope: a figure for one level is never the figure for another. */
const LEVEL_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcap tinh\b/g, 'level:tinh'],
  [/\bcap huyen\b/g, 'level:huyen'],
  [/\bcap xa\b/g, 'level:xa'],
  [/\bcap thon\b/g, 'level:thon'],
  [/\b(?:ca nuoc|toan quoc|quoc gia|trung uong)\b/g, 'scope:national'],
];

/**
 * Descriptor wordings and their keys. Not bounded by a count, unlike the memos: a key must stay the key of its
 * wording while anything holds a descriptor made with it (the facts kept in claims' memos, the per-clause and
 * per-metric caches), and those live as long as the workspace's claims. Emptied (see caches.ts) when the last
 * workspace service closes; until then it grows with the distinct metric wordings the workspace has given
 * (under 300,000 at 10,000 generated articles). Before analysis 43 it was emptied at 500,000 entries, mid-analysis
 * if need be: a wording read again then got a new key, and two claims of one metric, one read before and one after,
 * were never compared.
 */
const interned = releasable(new Map<string, string>());
let nextKey = 0;

/**
 * Short stand-in for a long descriptor string: grouping 100k claims by a few-character key instead of
 * their full wording saves most of the hashing and garbage.
 */
function internKey(full: string): string {
  let k = interned.get(full);
  if (k === undefined) {
    // Never reused after the map is emptied: a descriptor cached elsewhere may still hold an old key.
    k = (nextKey++).toString(36);
    interned.set(full, k);
  }
  return k;
}

export interface MetricDescriptor {
  /** Content syllables, folded, without stopwords, sorted and unique. */
  tokens: string[];
  /** Names in quotation marks: the strongest sign two wordings mean the same index or programme. */
  names: string[];
  /** Document identifiers and numbers ("52-NQ/TW" → "52nqtw"); different ones mean different facts. */
  ids: string[];
  /** Level and scope markers; must agree both ways. */
  levels: string[];
  /** All of the above in one string: equal keys mean equal descriptors. */
  key: string;
}

const QUOTED = /[“"«„]([^”"»“]{3,200})[”"»]/g;
const IDENTIFIER = /\d+(?:[-/.]?[A-Za-zĐđ]+)+(?:[-/][A-Za-zĐđ]+)*|\d+/g;

function cleanName(raw: string): string {
  return fold(raw).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Quoted names in a piece of text, folded. */
export function quotedNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const name = cleanName(m[1] ?? '');
    if (name.length > 0) names.push(name);
  }
  return names;
}

function uniqueSorted(items: Iterable<string>): string[] {
  return [...new Set(items)].sort();
}

/**
 * Content syllables of any piece of text (a clause around a number), folded, abbreviations expanded,
 * without stopwords or digits: the words two mentions of one figure would share.
 */
export function contentTokens(text: string): string[] {
  let folded = fold(text);
  for (const [pattern, replacement] of ABBREVIATIONS) folded = folded.replace(pattern, replacement);
  for (const [pattern, replacement] of SYNONYMS) folded = folded.replace(pattern, replacement);
  return uniqueSorted(folded.split(/[^a-z]+/).filter((t) => t.length > 0 && !STOPWORDS.has(t)));
}

export function describeMetric(metric: string): MetricDescriptor {
  const names = quotedNames(metric);
  const withoutNames = metric.replace(QUOTED, ' ');
  const ids: string[] = [];
  for (const m of withoutNames.matchAll(IDENTIFIER)) ids.push(fold(m[0]).replace(/[^a-z0-9]/g, ''));
  let folded = fold(withoutNames);
  for (const [pattern, replacement] of ABBREVIATIONS) folded = folded.replace(pattern, replacement);
  for (const [pattern, replacement] of SYNONYMS) folded = folded.replace(pattern, replacement);
  const levels: string[] = [];
  for (const [pattern, marker] of LEVEL_PATTERNS) {
    if (pattern.test(folded)) levels.push(marker);
    pattern.lastIndex = 0;
    folded = folded.replace(pattern, ' ');
  }
  const tokens = folded
    .replace(IDENTIFIER, ' ')
    .split(/[^a-z]+/)
    .filter((t) => t.length > 0 && !STOPWORDS.has(t));
  const d = { tokens: uniqueSorted(tokens), names: uniqueSorted(names), ids: uniqueSorted(ids), levels: uniqueSorted(levels) };
  return { ...d, key: internKey([d.tokens.join(','), d.names.join('|'), d.ids.join(','), d.levels.join(',')].join('\u0002')) };
}

// Words in front of a place name that do not change which place it is.
const SUBJECT_PREFIX = /^(?:tinh|dia ban tinh|toan tinh)\s+/;
// Cities directly under the central government: "TP. Hà Nội" and "Hà Nội" are the same subject; for
// other places "thành phố Thái Bình" (the city) is not "tỉnh Thái Bình" (the province).
const MUNICIPALITIES = new Set(['ha noi', 'ho chi minh', 'hcm', 'hai phong', 'da nang', 'can tho', 'hue']);

/** Key of a subject: "tỉnh Bắc Giang", "Bắc Giang", "BẮC GIANG" all give "bac giang". */
export function subjectKey(subject: string): string {
  let key = fold(subject).replace(/[^a-z0-9]+/g, ' ').trim();
  key = key.replace(SUBJECT_PREFIX, '');
  key = key.replace(/^(?:thanh pho|tp)\s+/, 'tp ');
  if (key.startsWith('tp ') && MUNICIPALITIES.has(key.slice(3))) key = key.slice(3);
  if (key === 'tp hcm' || key === 'hcm') key = 'ho chi minh';
  return key;
}

/**
 * Jaccard similarity of two sorted lists of unique tokens (words, or interned shingle hashes).
 * Two empty lists are `whenBothEmpty` alike: the same (1) for metric words, nothing to compare (0)
 * for passages.
 */
export function jaccard<T extends string | number>(a: ArrayLike<T>, b: ArrayLike<T>, whenBothEmpty = 1): number {
  if (a.length === 0 && b.length === 0) return whenBothEmpty;
  const shared = sharedSorted(a, b);
  return shared / (a.length + b.length - shared);
}

/** How many items two sorted lists of unique items have in common. */
export function sharedSorted<T extends string | number>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

const foldCache = releasable(new Map<string, string>());

/** `fold` of one word, remembered (words recur across every sentence an analysis reads). */
export function foldWord(w: string): string {
  let f = foldCache.get(w);
  if (f === undefined) {
    if (foldCache.size > 100_000) foldCache.clear();
    f = fold(w);
    foldCache.set(w, f);
  }
  return f;
}
