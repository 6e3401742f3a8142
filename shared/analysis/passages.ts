import type { Article } from '../schema';
import { splitSentences } from '../extract/sentences';
import { qualifiersIn } from './clause';
import { sameValue, tokenizeSentence, type Figure } from './figures';
import { IntListIds } from './intern';
import type { FigureContext } from './sameEvent';
import { publishedTime } from './period';
import { releasable } from './caches';

/**
 * Passage alignment, independent of subject/metric extraction: the sentences two articles share —
 * verbatim, lightly edited or re-worded around the same figures — found with numbers masked through
 * word-bigram shingles, MinHash signatures and LSH buckets (near-linear: only sentences that land in a
 * common bucket are compared), then the figures of each aligned pair lined up by position and role
 * (a longest common subsequence of the masked tokens: '#' matched to '#' between the same words).
 */

export interface Passage {
  articleId: string;
  /** Order of the sentence in its article. */
  index: number;
  start: number;
  end: number;
  /** Folded words, '#' for numbers, signs; as interned ids (see `wordOf`). */
  tokens: Int32Array;
  figures: Figure[];
  /** Sorted distinct hashes of word bigrams (numbers masked). */
  shingles: Uint32Array;
  /** LSH band keys of the shingles' MinHash signature. */
  bands: Uint32Array;
  /** Bucket keys of the distinctive figures (see `distinctive`). */
  figureKeys: Uint32Array;
  /**
   * What the sentence's text alone decides, read when first asked for: one object for every passage
   * of one sentence text (copies, templates, a workspace read again), so it is read once for them all.
   */
  common: PassageCommon;
  /** Qualifier markers of the sentence (channel, level, outcome…), read when first asked for. */
  markers?: string[] | undefined;
  /** Scopes, names and target wording of the sentence (see aligned.ts), read when first asked for. */
  words?: { scopes: Set<string>; names: Set<string>; target: boolean; goal: boolean; ceiling: boolean } | undefined;
  /** The figures other than dates and times, by value (see aligned.ts), read when first asked for. */
  values?: Figure[] | undefined;
  /**
   * The figures with their units and surrounding words (see sameEvent.ts `figureContexts`), read when
   * first asked for: a field, not a WeakMap entry per passage (100k entries there cost GC time).
   */
  contexts?: FigureContext[] | undefined;
}

/** See `Passage.common`. */
export interface PassageCommon {
  markers?: string[];
  words?: { scopes: Set<string>; names: Set<string>; target: boolean; goal: boolean; ceiling: boolean };
  /** Time cues of the sentence (see aligned.ts). */
  cues?: Set<string>;
  /** The token positions where a figure holds a role (see `ownRoles`). */
  roles?: number[];
  /** The tokens as words (see `passageWords`): read by several rules, built once per sentence text. */
  tokenWords?: readonly string[];
  /** The distinctive figures' keys as event keys (`v:` and the key; see sameEvent.ts `eventKeys`). */
  valueKeys?: string[];
  /**
   * The figure contexts of the first passage of this sentence text read (see sameEvent.ts
   * `figureContexts`), with each context's figure as its place in that passage's figures: another
   * passage of the text copies them for its own figures. Kept as long as the sentence's shape is.
   */
  contexts?: { passage: Passage; list: FigureContext[]; figureAt: number[] };
}

export interface Counterpart {
  a: Figure;
  b: Figure;
  equal: boolean;
}

export interface AlignedPair {
  a: Passage;
  b: Passage;
  /** Jaccard similarity of the masked shingles. */
  similarity: number;
}

export interface LineUp {
  counterparts: Counterpart[];
  /**
   * Words of each sentence left out of the alignment, gap by gap, as token ranges (start, end, start,
   * end…): what one sentence says where the other says something else or nothing. See `gapWords`.
   */
  gapsA: number[];
  gapsB: number[];
  /** Some gap holds content words on both sides: a phrase replaced by another ("hồ sơ" → "thanh toán"). */
  substituted: boolean;
}

const HASHES = 16;
const ROWS = 2;
/** Buckets holding more sentences than this are boilerplate or templates: skipped to stay linear. */
const MAX_BUCKET = 40;
/** Below this similarity a pair is compared only when it shares figures too. */
export const MIN_SIMILARITY = 0.3;
/** From this similarity on, two sentences are one sentence copied (maybe with figures changed). */
export const COPY_SIMILARITY = 0.6;
const MAX_TOKENS = 160;

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

// Interned tokens: comparing small integers instead of strings keeps 100k sentences cheap. Ids depend
// on the order words were first seen in this process, so shingles hash the word itself (kept per id):
// the same articles give the same buckets, and the same findings, whatever was analysed before.
const ids = new Map<string, number>();
const words: string[] = [];
const wordHashes: number[] = [];
function idOf(token: string): number {
  let id = ids.get(token);
  if (id === undefined) {
    id = words.length;
    words.push(token);
    wordHashes.push(fnv(token));
    ids.set(token, id);
  }
  return id;
}
/** The token an id stands for. */
export const wordOf = (id: number): string => words[id] as string;

/**
 * The tokens `tokens[from, to)` stand for, in order (a plain loop: Array.from with a mapping function
 * takes the slow iterator path, and this runs for every passage read).
 */
export function tokenWords(tokens: Int32Array, from = 0, to = tokens.length): string[] {
  const out = new Array<string>(to - from);
  for (let i = from; i < to; i++) out[i - from] = words[tokens[i] as number] as string;
  return out;
}

/** All the tokens of a passage as words, built once for every passage of one sentence text (read-only). */
export function passageWords(p: Passage): readonly string[] {
  let w = p.common.tokenWords;
  if (w === undefined) p.common.tokenWords = w = tokenWords(p.tokens);
  return w;
}

const HASH = idOf('#');
const SLASH = idOf('/');
const COLON = idOf(':');
const WORDLESS = new Set(['#', '-', '/', '%', ':'].map(idOf));
const SCALE_WORDS = new Set(['nghin', 'ngan', 'trieu', 'ty', 'ti'].map(idOf));
// Words whose change is the figure's own change (its scale or qualifier), or says nothing of what is counted.
const FIGURE_WORDS = new Set(
  ['nghin', 'ngan', 'trieu', 'ty', 'ti', 'hon', 'tren', 'vuot', 'gan', 'khoang', 'xap', 'xi', 'chung', 'duoi', 'chua', 'toi', 'da', 'it', 'nhat', 'thieu', 'khong', 'qua', 'uoc', 'nhu', 'la', 'dat', 'co', 'va', 'cua', 'o', 'tai', 'voi', 'thi', 'duoc', 'se', 'dang', 'nay', 'do', 'nhung', 'cac', 'mot'].map(idOf),
);

// Scratch lists of `shapeOf` (a passage has at most MAX_TOKENS tokens): a sentence's tokens, word
// hashes, shingles, band keys and figure keys are computed here and copied once into its shape's own
// buffer (`packed`), instead of each made as an array of its own and copied again (some 50k distinct
// sentences on the 100k bench, each made five short-lived lists).
const scratchTokens = new Int32Array(MAX_TOKENS);
const scratchWords = new Uint32Array(MAX_TOKENS);
const scratchShingles = new Uint32Array(MAX_TOKENS);
const scratchBands = new Uint32Array(HASHES / ROWS);
let scratchFigureKeys = new Uint32Array(MAX_TOKENS);

/**
 * The sorted distinct hashes of the word bigrams of `tokens[0, n)` (numbers masked; '/' and ':'
 * left out) into `scratchShingles`; returns how many.
 */
function shinglesInto(tokens: Int32Array, n: number): number {
  const w = scratchWords;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as number;
    if (t !== SLASH && t !== COLON) w[m++] = wordHashes[t] as number;
  }
  const out = scratchShingles;
  let count = 0;
  for (let i = 0; i + 1 < m; i++) out[count++] = mix(Math.imul(w[i] as number, 0x9e3779b1) ^ (w[i + 1] as number), 0x5bd1e995);
  if (m === 1) out[count++] = mix(w[0] as number, 0x27d4eb2f);
  // (A plain insertion sort: at most MAX_TOKENS numbers, most sentences some twenty.)
  for (let i = 1; i < count; i++) {
    const x = out[i] as number;
    let j = i - 1;
    while (j >= 0 && (out[j] as number) > x) {
      out[j + 1] = out[j] as number;
      j--;
    }
    out[j + 1] = x;
  }
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || out[i] !== out[i - 1]) out[distinct++] = out[i] as number;
  return distinct;
}

const passageCache = new WeakMap<Article, Passage[]>();

/** Whether text[start, end) holds an ASCII digit (as /\d/ reads one), without slicing the sentence out. */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * What a sentence's text alone decides, with its figures' offsets relative to the sentence: one
 * tokenization, one set of shingles and one MinHash per distinct sentence. Wire copies, republished
 * articles and templates repeat sentences word for word, and a workspace read again from the store
 * (new article objects, same texts) finds every sentence here. Null: not a passage.
 */
type SentenceShape = Pick<Passage, 'tokens' | 'figures' | 'shingles' | 'bands' | 'figureKeys' | 'common'> & {
  /**
   * Where in its article the sentence stood when first read: `figures` are that passage's own (offsets
   * into its article), and another passage of the sentence gets them moved by its start minus this one
   * (no second list of the figures per sentence, relative to the sentence, kept for the copies).
   */
  at: number;
};
/**
 * Shapes by sentence text: `shapes` by the sentence and the one character after it (the tokenizer reads
 * one character past the sentence: a code such as "12301039.epi"), `lastShapes` by a sentence that ends
 * its text (nothing after it). The key's length gives the sentence's, so no two (sentence, next
 * character) pairs share one, and the key is the text's own slice: no key string made per passage read.
 * A key kept is a copy (see `ownCopy`), never a slice that would keep its article's text alive.
 * Module-level, emptied by `releaseAnalysisCaches` and when full.
 */
const shapes = releasable(new Map<string, SentenceShape | null>());
const lastShapes = releasable(new Map<string, SentenceShape | null>());
/** Distinct sentences kept; the cache starts over beyond this (memory stays bounded). */
const MAX_SHAPES = 250_000;

/**
 * A string with the characters of `s` that holds no reference to the string `s` was sliced from: V8 keeps
 * a long slice as a view of its parent, while slicing a concatenation flattens it into a string of its own.
 */
function ownCopy(s: string): string {
  return ` ${s}`.slice(1);
}

function shapeOf(text: string, start: number, end: number): SentenceShape | null {
  const last = end + 1 > text.length;
  const cache = last ? lastShapes : shapes;
  const key = text.slice(start, end + 1);
  let shape = cache.get(key);
  if (shape !== undefined) return shape;
  shape = null;
  const { tokens, figures } = tokenizeSentence(text, start, end);
  if (figures.length > 0 && tokens.length <= MAX_TOKENS) {
    const n = tokens.length;
    const ids = scratchTokens;
    let wordless = true;
    for (let i = 0; i < n; i++) {
      const id = idOf(tokens[i] as string);
      ids[i] = id;
      if (wordless && !WORDLESS.has(id)) wordless = false;
    }
    // A sentence of nothing but numbers and signs (a table row) has no wording to align on.
    if (!wordless) {
      const shingles = shinglesInto(ids, n);
      shape = packed(n, shingles, bandKeysInto(shingles), figureKeysInto(figures), figures);
    }
  }
  if (shapes.size + lastShapes.size >= MAX_SHAPES) {
    shapes.clear();
    lastShapes.clear();
  }
  cache.set(ownCopy(key), shape);
  return shape;
}

/**
 * A sentence's shape with its four number lists side by side in the shared slab (see `slabFor`), each a
 * view of its part: a shape is kept as long as the sentence is cached, and a typed array of its own (its
 * buffer, the buffer's memory block) cost some 160 bytes beside its numbers: four per distinct sentence
 * (some 50k on the 100k bench), all copied by the young generation's collections before they stay.
 */
function packed(tokenCount: number, shingleCount: number, bandCount: number, figureKeyCount: number, figures: Figure[]): SentenceShape {
  // (From the scratch lists; plain loops: a `set` from a subarray would make a view per list.)
  const words = tokenCount + shingleCount + bandCount + figureKeyCount;
  const buffer = slabFor(words);
  let at = slabAt;
  slabAt += words;
  const tokens = new Int32Array(buffer, 4 * at, tokenCount);
  at += tokenCount;
  for (let i = 0; i < tokenCount; i++) tokens[i] = scratchTokens[i] as number;
  const shingles = new Uint32Array(buffer, 4 * at, shingleCount);
  for (let i = 0; i < shingleCount; i++) shingles[i] = scratchShingles[i] as number;
  at += shingleCount;
  const bands = new Uint32Array(buffer, 4 * at, bandCount);
  for (let i = 0; i < bandCount; i++) bands[i] = scratchBands[i] as number;
  at += bandCount;
  const figureKeys = new Uint32Array(buffer, 4 * at, figureKeyCount);
  for (let i = 0; i < figureKeyCount; i++) figureKeys[i] = scratchFigureKeys[i] as number;
  return { tokens, figures, shingles, bands, figureKeys, common: {}, at: -1 };
}

/**
 * The buffer the shapes' number lists are cut from (`packed`): an ArrayBuffer of its own per distinct
 * sentence (some 50k on the 100k bench) was as many memory blocks allocated, registered with the
 * collector and swept. A shape's lists are views of a shared slab of SLAB_WORDS numbers (a sentence's
 * lists hold at most some 4 × MAX_TOKENS), taken in order; a slab is dropped with the last shape cut
 * from it (the shape cache empties all at once: see `shapes`).
 */
const SLAB_WORDS = 1 << 16;
let slab = new ArrayBuffer(4 * SLAB_WORDS);
/** The first free number of `slab`. */
let slabAt = 0;

/** The slab to take `words` numbers from at `slabAt` (a new one when the current one is full). */
function slabFor(words: number): ArrayBuffer {
  if (slabAt + words > SLAB_WORDS) {
    slab = new ArrayBuffer(4 * Math.max(SLAB_WORDS, words));
    slabAt = 0;
  }
  return slab;
}

/** A figure with its offsets moved by `by` (fields in tokenizeSentence's order: one object shape). */
function shifted(f: Figure, by: number): Figure {
  return {
    start: f.start + by,
    end: f.end + by,
    spanStart: f.spanStart + by,
    spanEnd: f.spanEnd + by,
    value: f.value,
    written: f.written,
    tolerance: f.tolerance,
    qualifier: f.qualifier,
    token: f.token,
    calendar: f.calendar,
    afterFrom: f.afterFrom,
    nextWritten: f.nextWritten,
    nameBefore: f.nameBefore,
    year: f.year,
    clause: f.clause,
  };
}

/** The article's sentences with at least one figure, tokenized; cached per article object. */
export function passagesOf(article: Article): Passage[] {
  let list = passageCache.get(article);
  if (list) return list;
  list = [];
  const text = article.text;
  let index = 0;
  for (const s of splitSentences(text)) {
    index++;
    if (!hasDigit(text, s.start, s.end)) continue;
    const shape = shapeOf(text, s.start, s.end);
    if (shape === null) continue;
    // The first passage of a sentence text takes the figures the tokenizer read for it (their offsets
    // are into this article); every other gets its own copies, moved to its place.
    let figures: Figure[];
    if (shape.at < 0) {
      shape.at = s.start;
      figures = shape.figures;
    } else {
      const by = s.start - shape.at;
      figures = shape.figures.map((f) => shifted(f, by));
    }
    // Shared by the passages of one sentence text: read, and extended only by common.roles (which depends on the sentence text alone). The figures are the
    // passage's own (their offsets are into its article, and rules tell figures apart by identity).
    list.push({
      articleId: article.id,
      index,
      start: s.start,
      end: s.end,
      tokens: shape.tokens,
      figures,
      shingles: shape.shingles,
      bands: shape.bands,
      figureKeys: shape.figureKeys,
      common: shape.common,
      markers: undefined,
      words: undefined,
      values: undefined,
      contexts: undefined,
    });
  }
  passageCache.set(article, list);
  return list;
}

/** Qualifier markers of a passage (see shared/analysis/clause `qualifiersIn`). */
export function markersOf(p: Passage): string[] {
  if (!p.markers) p.markers = p.common.markers ??= qualifiersIn(passageWords(p).join(' '));
  return p.markers;
}

const sig = new Uint32Array(HASHES);
/** The MinHash signature of the shingles sh[0, n). */
function signature(sh: Uint32Array, n: number): Uint32Array {
  sig.fill(0xffffffff);
  for (let k = 0; k < n; k++) {
    const h = sh[k] as number;
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h, SEEDS[i] as number);
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/**
 * The LSH band keys of the MinHash signature of the `n` shingles in `scratchShingles` into
 * `scratchBands` (none without shingles); returns how many.
 */
function bandKeysInto(n: number): number {
  if (n === 0) return 0;
  const s = signature(scratchShingles, n);
  for (let b = 0; b < HASHES / ROWS; b++) {
    let key = mix(b + 1, 0x1b873593);
    for (let r = 0; r < ROWS; r++) key = mix(key ^ (s[b * ROWS + r] as number), 0xcc9e2d51);
    scratchBands[b] = key;
  }
  return HASHES / ROWS;
}

/** A figure worth bucketing on: not a small count, not a year, not a date or time. */
function distinctive(f: Figure): boolean {
  if (f.calendar) return false;
  if (Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100) return false;
  return !Number.isInteger(f.value) || f.value >= 20;
}

/** Bucket keys of the passage's distinctive figures (one per figure, repeats kept) into `scratchFigureKeys`; returns how many. */
function figureKeysInto(figures: readonly Figure[]): number {
  if (scratchFigureKeys.length < figures.length) scratchFigureKeys = new Uint32Array(figures.length);
  let n = 0;
  for (const f of figures) if (distinctive(f)) scratchFigureKeys[n++] = fnv(String(f.value));
  return n;
}

/**
 * Jaccard similarity of two sorted sets of distinct hashes, sh[a0, a1) and sh[b0, b1) (0 when both are
 * empty).
 */
function jaccardRanges(sh: Uint32Array, a0: number, a1: number, b0: number, b1: number): number {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 && m === 0) return 0;
  let i = a0;
  let j = b0;
  let shared = 0;
  while (i < a1 && j < b1) {
    const x = sh[i] as number;
    const y = sh[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (n + m - shared);
}

/** A typed array twice as long, with the same first elements. */
function grown<T extends Int32Array | Float64Array>(a: T): T {
  const out = new (a.constructor as new (n: number) => T)(a.length * 2);
  out.set(a);
  return out;
}

/**
 * Stable sort of (key, value) entries by key (two 16-bit radix passes): equal keys keep the order the
 * entries were added in, as a bucket list would.
 */
function sortByKey(keys: Uint32Array, values: Int32Array): void {
  const n = keys.length;
  const k2 = new Uint32Array(n);
  const v2 = new Int32Array(n);
  const count = new Int32Array(65537);
  for (let shift = 0; shift <= 16; shift += 16) {
    const [sk, sv, dk, dv] = shift === 0 ? [keys, values, k2, v2] : [k2, v2, keys, values];
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const b = (((sk[i] as number) >>> shift) & 0xffff) + 1;
      count[b] = (count[b] as number) + 1;
    }
    for (let b = 0; b < 65536; b++) count[b + 1] = (count[b + 1] as number) + (count[b] as number);
    for (let i = 0; i < n; i++) {
      const b = ((sk[i] as number) >>> shift) & 0xffff;
      const at = count[b] as number;
      count[b] = at + 1;
      dk[at] = sk[i] as number;
      dv[at] = sv[i] as number;
    }
  }
}

/**
 * Buckets of passages: those sharing an LSH band of their MinHash signature, or a distinctive figure
 * (re-worded around the same numbers). Buckets holding more than MAX_BUCKET entries are boilerplate
 * or templates and left out. Members in passage order, concatenated; `starts` ends with members' length.
 */
function* bucketsOf(passages: readonly Passage[]): Generator<void, { members: Int32Array; starts: number[] }> {
  let bandCount = 0;
  let figureCount = 0;
  for (const p of passages) {
    bandCount += p.bands.length;
    figureCount += p.figureKeys.length;
  }
  // Members of both passes, at most one per entry: filled in place, no list grown entry by entry.
  const members = new Int32Array(bandCount + figureCount);
  let M = 0;
  const starts: number[] = [];
  // Buckets kept so far by a hash of their members (start and length in `members`, in pairs). Copies
  // of one sentence share all their bands and figures, so many buckets hold the very same members
  // (in passage order: the sort is stable); a bucket the same as one kept adds no candidate pair and
  // is left out, so the candidate loop goes through each such list once instead of once per band.
  const kept = new Map<number, number[]>();
  let keys = new Uint32Array(0);
  let values = new Int32Array(0);
  const keptBefore = (x: number, y: number): boolean => {
    let h = y - x;
    for (let k = x; k < y; k++) h = Math.imul(h ^ (values[k] as number), 0x01000193);
    const same = kept.get(h);
    if (same) {
      for (let c = 0; c < same.length; c += 2) {
        const at = same[c] as number;
        if (same[c + 1] !== y - x) continue;
        let k = 0;
        while (k < y - x && members[at + k] === values[x + k]) k++;
        if (k === y - x) return true;
      }
      same.push(M, y - x);
    } else kept.set(h, [M, y - x]);
    return false;
  };
  for (const figures of [false, true]) {
    const n = figures ? figureCount : bandCount;
    keys = new Uint32Array(n);
    values = new Int32Array(n);
    let at = 0;
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i] as Passage;
      const own = figures ? p.figureKeys : p.bands;
      for (let k = 0; k < own.length; k++) {
        keys[at] = own[k] as number;
        values[at++] = i;
      }
    }
    yield;
    sortByKey(keys, values);
    yield;
    for (let x = 0; x < n; ) {
      let y = x + 1;
      while (y < n && keys[y] === keys[x]) y++;
      if (y - x >= 2 && y - x <= MAX_BUCKET && !keptBefore(x, y)) {
        starts.push(M);
        for (let k = x; k < y; k++) members[M++] = values[k] as number;
      }
      x = y;
    }
  }
  starts.push(M);
  return { members: members.slice(0, M), starts };
}
/** The token after a number and its scale words: its unit or sign, or -1 at the end or before a number. */
function unitAfter(tokens: Int32Array, i: number): number {
  let j = i + 1;
  while (j < tokens.length && SCALE_WORDS.has(tokens[j] as number)) j++;
  const t = tokens[j];
  return t === undefined || WORDLESS.has(t) ? -1 : t;
}

/** Figures of `a` with an equal-valued figure in `b`. */
function sharedFigures(a: Passage, b: Passage): number {
  let n = 0;
  // Plain loops: this runs for every candidate pair.
  const fa = a.figures;
  const fb = b.figures;
  for (let x = 0; x < fa.length; x++) {
    const f = fa[x] as Figure;
    if (f.calendar) continue;
    for (let y = 0; y < fb.length; y++) {
      const g = fb[y] as Figure;
      if (!g.calendar && sameValue(f, g)) {
        n++;
        break;
      }
    }
  }
  return n;
}

/**
 * `sharedFigures` of passages x and y from their figures' values and tolerances (see mutualPairs:
 * `values` holds value, tolerance of each figure other than dates, passage p's from `start[p]`).
 */
export function sharedValues(values: Float64Array, start: Int32Array, x: number, y: number): number {
  let n = 0;
  const yFrom = start[y] as number;
  const yTo = start[y + 1] as number;
  for (let k = start[x] as number; k < (start[x + 1] as number); k++) {
    const v = values[2 * k] as number;
    const t = values[2 * k + 1] as number;
    const slack = 1e-9 * Math.max(1, Math.abs(v));
    for (let l = yFrom; l < yTo; l++) {
      // sameValue: within the larger of the two tolerances.
      const u = values[2 * l + 1] as number;
      if (Math.abs(v - (values[2 * l] as number)) <= Math.max(t, u) + slack) {
        n++;
        break;
      }
    }
  }
  return n;
}

let dp = new Uint16Array(0);

/**
 * The figures of two aligned sentences that stand in the same place: '#' tokens matched by a longest
 * common subsequence of the masked tokens, kept only when a neighbouring word is matched with them
 * (the same role: "phút #", "# tỷ đồng").
 */
export function counterparts(a: Passage, b: Passage, memo?: MatchMemo): Counterpart[] {
  return lineUp(a, b, false, memo).counterparts;
}

let matchA = new Int32Array(0);
let matchB = new Int32Array(0);

function figureAt(figures: readonly Figure[], token: number): Figure | undefined {
  for (const f of figures) if (f.token === token) return f;
  return undefined;
}

/** Longest-common-subsequence table of two token lists into `dp` (row i, column j: of ta[i..], tb[j..]). */
function fillTable(ta: Int32Array, tb: Int32Array): void {
  const n = ta.length;
  const m = tb.length;
  const w = m + 1;
  if (dp.length < (n + 1) * w) dp = new Uint16Array((n + 1) * w * 2);
  for (let j = 0; j <= m; j++) dp[n * w + j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = i * w;
    const next = row + w;
    dp[row + m] = 0;
    const x = ta[i];
    for (let j = m - 1; j >= 0; j--) {
      if (x === tb[j]) dp[row + j] = (dp[next + j + 1] as number) + 1;
      else {
        const down = dp[next + j] as number;
        const right = dp[row + j + 1] as number;
        dp[row + j] = down >= right ? down : right;
      }
    }
  }
}

/**
 * The matched tokens of two token lists into `matchA` / `matchB` (a longest common subsequence, read
 * from the start: equal tokens are matched as met, else the longer way on); returns how many. A common
 * start is matched token by token without the table: the walk would match it so, and the table of the
 * rest is the table's own rows and columns past it.
 */
function matchTokens(ta: Int32Array, tb: Int32Array): number {
  const n = ta.length;
  const m = tb.length;
  const most = Math.min(n, m);
  if (matchA.length < most) {
    matchA = new Int32Array(most * 2);
    matchB = new Int32Array(most * 2);
  }
  let p = 0;
  while (p < most && ta[p] === tb[p]) {
    matchA[p] = p;
    matchB[p] = p;
    p++;
  }
  let count = p;
  if (p === most) return count;
  const ra = ta.subarray(p);
  const rb = tb.subarray(p);
  fillTable(ra, rb);
  const w = m - p + 1;
  for (let i = 0, j = 0; i < n - p && j < m - p; ) {
    if (ra[i] === rb[j]) {
      matchA[count] = i + p;
      matchB[count] = j + p;
      count++;
      i++;
      j++;
    } else if ((dp[(i + 1) * w + j] as number) >= (dp[i * w + j + 1] as number)) i++;
    else j++;
  }
  return count;
}

// The matches of token lists already lined up, by content (a sentence reworded the same way in many
// articles, or one template with other years, is lined up once): token lists numbered by their tokens,
// the matches kept by pair of numbers (interleaved i, j). One memo per analysis (its context owns it,
// so it is dropped with the analysis: a closed workspace keeps nothing), bounded by an estimate of the
// bytes it holds (the token-list keys and the matches): started over when full.

/** Numbers below this bound: a pair of them is one exact number (x * bound + y < 2^36). */
const MAX_SHAPE_NUMBERS = 1 << 18;
/** Estimated bytes of one remembered token list (its numbering's entries) beyond its 4 bytes per token. */
const SHAPE_OVERHEAD = 96;
/** Estimated bytes of one remembered match list (typed array, map entry) beyond its numbers. */
const MATCH_OVERHEAD = 128;

/** The bytes a match memo may hold (about; a worker's share of memory). Settable for tests. */
export const matchMemoLimits = { bytes: 24 * 1024 * 1024 };

/** The token matches one analysis has computed (see `lineUp`). */
export class MatchMemo {
  // Token lists numbered by their integers (no key string joined and hashed per list).
  private shapes = new IntListIds();
  private numberOfTokens = new WeakMap<Int32Array, number>();
  private matches = new Map<number, Int32Array>();
  /** Estimated bytes held. */
  bytes = 0;

  private shapeNumber(tokens: Int32Array): number {
    let x = this.numberOfTokens.get(tokens);
    if (x === undefined) {
      const known = this.shapes.size;
      x = this.shapes.idOf(tokens);
      if (x === known) this.bytes += 4 * tokens.length + SHAPE_OVERHEAD;
      this.numberOfTokens.set(tokens, x);
    }
    return x;
  }

  /** matchTokens, remembered by the two lists' tokens. */
  matchTokens(ta: Int32Array, tb: Int32Array): number {
    if (this.bytes >= matchMemoLimits.bytes || this.shapes.size >= MAX_SHAPE_NUMBERS - 2) {
      this.shapes = new IntListIds();
      this.numberOfTokens = new WeakMap();
      this.matches = new Map();
      this.bytes = 0;
      countWork('matchMemoResets');
    }
    const key = this.shapeNumber(ta) * MAX_SHAPE_NUMBERS + this.shapeNumber(tb);
    const kept = this.matches.get(key);
    if (kept === undefined) {
      const count = matchTokens(ta, tb);
      const made = new Int32Array(2 * count);
      for (let k = 0; k < count; k++) {
        made[2 * k] = matchA[k] as number;
        made[2 * k + 1] = matchB[k] as number;
      }
      this.matches.set(key, made);
      this.bytes += made.byteLength + MATCH_OVERHEAD;
      return count;
    }
    const count = kept.length >> 1;
    if (matchA.length < count) {
      matchA = new Int32Array(count * 2);
      matchB = new Int32Array(count * 2);
    }
    for (let k = 0; k < count; k++) {
      matchA[k] = kept[2 * k] as number;
      matchB[k] = kept[2 * k + 1] as number;
    }
    return count;
  }
}

/** The words of a passage's gaps (token ranges from `lineUp`), folded, joined by spaces, gap by gap. */
export function gapWords(p: Passage, ranges: readonly number[]): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < ranges.length; k += 2) out.push(tokenWords(p.tokens, ranges[k] as number, ranges[k + 1] as number).join(' '));
  return out;
}

/** A word, not a number or a sign (module-level: lineUp runs for every aligned pair). */
function isWord(t: number | undefined): boolean {
  return t !== undefined && !WORDLESS.has(t);
}

/** A word that says what is counted: not a sign, a scale word or a qualifier of the figure. */
function isContent(t: number): boolean {
  return !WORDLESS.has(t) && !FIGURE_WORDS.has(t);
}

/**
 * The token positions at which a figure of the passage holds a role (see `lineUp`): the counterparts of
 * the passage lined up with itself (`counterparts(p, p)`), read without lining anything up — every
 * token matches itself, so a figure holds a role when a word stands within two tokens of it. Read once
 * per sentence text (its `common`): the same in every copy of the sentence.
 */
export function ownRoles(p: Passage): number[] {
  const known = p.common.roles;
  if (known) return known;
  const t = p.tokens;
  const n = t.length;
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    if (t[k] !== HASH) continue;
    const f = figureAt(p.figures, k);
    if (!f || f.calendar) continue;
    if ((k >= 1 && isWord(t[k - 1])) || (k >= 2 && isWord(t[k - 2])) || (k + 1 < n && isWord(t[k + 1])) || (k + 2 < n && isWord(t[k + 2]))) out.push(k);
  }
  p.common.roles = out;
  return out;
}

/**
 * Whether the k-th of `count` matched tokens (in `matchA` / `matchB`), a number, holds the same role on
 * both sides: a matched word close by on both sides ("phút #", "# tỷ đồng"), not another number or a
 * sign (a qualifier or a sign may sit in between: "lên hơn 5,3 % GDP"), and the same word or sign
 * after the number where both give one ("68%" and "4.252 tỷ": what is counted must agree).
 */
function holdsRole(ta: Int32Array, tb: Int32Array, k: number, count: number): boolean {
  const i = matchA[k] as number;
  const j = matchB[k] as number;
  let role = false;
  for (let d = 1; d <= 2 && !role; d++) {
    if (k - d >= 0) {
      const pi = matchA[k - d] as number;
      if (i - pi <= 3 && j - (matchB[k - d] as number) <= 3 && isWord(ta[pi])) role = true;
    }
    if (k + d < count) {
      const qi = matchA[k + d] as number;
      if (qi - i <= 3 && (matchB[k + d] as number) - j <= 3 && isWord(ta[qi])) role = true;
    }
  }
  if (!role) return false;
  const ua = unitAfter(ta, i);
  const ub = unitAfter(tb, j);
  return ua === -1 || ub === -1 || ua === ub;
}

/**
 * The token positions of two token lists where numbers stand in the same place with the same role
 * (see `holdsRole`): `lineUp`'s counterparts as read from the tokens alone, before the figures there
 * are looked at. Pairs (i, j), interleaved, in reading order.
 */
export function rolePositions(ta: Int32Array, tb: Int32Array, memo?: MatchMemo): Int32Array {
  const count = memo ? memo.matchTokens(ta, tb) : matchTokens(ta, tb);
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = matchA[k] as number;
    if (ta[i] !== HASH || !holdsRole(ta, tb, k, count)) continue;
    out.push(i, matchB[k] as number);
  }
  return Int32Array.from(out);
}

/** Counterpart figures and the unaligned words between them (see `LineUp`; without `withGaps`, the counterparts only; `memo`: the analysis's remembered matches). */
export function lineUp(a: Passage, b: Passage, withGaps = true, memo?: MatchMemo): LineUp {
  const ta = a.tokens;
  const tb = b.tokens;
  const n = ta.length;
  const m = tb.length;
  const count = memo ? memo.matchTokens(ta, tb) : matchTokens(ta, tb);
  const out: Counterpart[] = [];
  for (let k = 0; k < count; k++) {
    const i = matchA[k] as number;
    const j = matchB[k] as number;
    if (ta[i] !== HASH) continue;
    const fa = figureAt(a.figures, i);
    const fb = figureAt(b.figures, j);
    if (!fa || !fb || fa.calendar || fb.calendar) continue;
    if (!holdsRole(ta, tb, k, count)) continue;
    out.push({ a: fa, b: fb, equal: sameValue(fa, fb) && fa.qualifier === fb.qualifier });
  }
  // (Without gaps: the counterparts alone are asked for, for every aligned pair of groups.)
  if (!withGaps) return { counterparts: out, gapsA: [], gapsB: [], substituted: false };
  const gapsA: number[] = [];
  const gapsB: number[] = [];
  let substituted = false;
  for (let k = 0; k <= count; k++) {
    const pi = k === 0 ? -1 : (matchA[k - 1] as number);
    const pj = k === 0 ? -1 : (matchB[k - 1] as number);
    const ni = k === count ? n : (matchA[k] as number);
    const nj = k === count ? m : (matchB[k] as number);
    let contentA = false;
    let contentB = false;
    if (ni > pi + 1) {
      for (let x = pi + 1; x < ni && !contentA; x++) contentA = isContent(ta[x] as number);
      gapsA.push(pi + 1, ni);
    }
    if (nj > pj + 1) {
      for (let x = pj + 1; x < nj && !contentB; x++) contentB = isContent(tb[x] as number);
      gapsB.push(pj + 1, nj);
    }
    if (contentA && contentB) substituted = true;
  }
  return { counterparts: out, gapsA, gapsB, substituted };
}

/**
 * Aligned sentence pairs across articles: for each pair of articles, a sentence pair is kept when each
 * is the other's best match (so a bulletin's ten "Nhiệt độ thấp nhất …" lines pair region with region,
 * and a line one article lacks is not forced onto another region's). Ties (two sentences of one
 * template in each article) go one to one, nearest in reading order first.
 */
export function alignPassages(articles: readonly Article[]): AlignedPair[] {
  return finish(alignmentStaged(articles)).pairs;
}

/** Two lists of passages each in publication order (`rank`), merged into one in that order. */
function mergedByRank(a: ArrayLike<number>, b: ArrayLike<number>, rank: Int32Array): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if ((rank[x] as number) < (rank[y] as number)) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as number);
  while (j < b.length) out.push(b[j++] as number);
  return out;
}

/**
 * Units of work the staged analysis has done, by kind (passages keyed, pairs made into drafts, facts
 * added…): a test reads them between steps to see that no step does more than its share. Counting only.
 */
export const workDone: Record<string, number> = {};

export function countWork(kind: string, n = 1): void {
  workDone[kind] = (workDone[kind] ?? 0) + n;
}

/** Passages (or their pairs) handled between two steps of alignmentStaged's whole-workspace loops. */
const PASSAGES_PER_STEP = 2048;

/**
 * `items` sorted by `compare` as Array.prototype.sort sorts them (stably), in steps of about `perStep`
 * elements: runs of `perStep` sorted in one step each, then merged pairwise, a step every `perStep`
 * comparisons.
 */
export function* sortStaged<T>(items: readonly T[], compare: (a: T, b: T) => number, perStep: number): Generator<void, T[]> {
  // Runs of fewer than one element would never get through the items.
  if (!Number.isInteger(perStep) || perStep < 1) throw new RangeError(`sortStaged: perStep must be a whole number of at least 1, not ${perStep}`);
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += perStep) {
    runs.push(items.slice(i, i + perStep).sort(compare));
    yield;
  }
  let budget = 0;
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const a = runs[r] as T[];
      const b = runs[r + 1];
      if (!b) {
        merged.push(a);
        continue;
      }
      const out: T[] = [];
      let i = 0;
      let j = 0;
      while (i < a.length && j < b.length) {
        // On a tie the earlier run's element first: stable, as a single sort.
        out.push(compare(b[j] as T, a[i] as T) < 0 ? (b[j++] as T) : (a[i++] as T));
        if (++budget >= perStep) {
          budget = 0;
          yield;
        }
      }
      for (; i < a.length; i++) out.push(a[i] as T);
      for (; j < b.length; j++) out.push(b[j] as T);
      merged.push(out);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

/** Runs a staged computation (see alignmentStaged) to its end at once. */
export function finish<T>(stages: Generator<void, T>): T {
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/**
 * The mutual-best pairs among `passages` (see alignPassages), `art` giving each passage's article by
 * number (`articleCount` numbers in all). Passages with the very same masked tokens are never paired
 * here: the caller hands over one passage per such shape (see alignmentStaged).
 */
function* mutualPairs(passages: readonly Passage[], art: readonly number[], articleCount: number): Generator<void, MutualPairs> {
  const P = passages.length;
  // The buckets each passage is in (CSR), to list each passage's candidates once.
  const { members, starts } = yield* bucketsOf(passages);
  yield;
  const B = starts.length - 1;
  const first = new Int32Array(P + 1);
  for (let k = 0; k < members.length; k++) first[(members[k] as number) + 1] = (first[(members[k] as number) + 1] as number) + 1;
  for (let i = 0; i < P; i++) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
  const bucketsOfPassage = new Int32Array(members.length);
  // Where in the bucket the passage stands: a bucket's members are in passage order, so its partners
  // with a larger number come after it (the candidate loop starts there, not at the bucket's start).
  const placeInBucket = new Int32Array(members.length);
  const fill = first.slice(0, P);
  for (let b = 0; b < B; b++) {
    for (let k = starts[b] as number; k < (starts[b + 1] as number); k++) {
      const p = members[k] as number;
      bucketsOfPassage[fill[p] as number] = b;
      placeInBucket[fill[p] as number] = k;
      fill[p] = (fill[p] as number) + 1;
    }
  }
  // Every passage's shingles in one array (passage p at shStart[p]…shStart[p + 1]): the candidate
  // loop reads them side by side instead of from 100k separate arrays.
  const shStart = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) shStart[p + 1] = (shStart[p] as number) + (passages[p] as Passage).shingles.length;
  const sh = new Uint32Array(shStart[P] as number);
  for (let p = 0; p < P; p++) sh.set((passages[p] as Passage).shingles, shStart[p] as number);
  yield;
  // Every passage's figures other than dates and times, value and tolerance side by side (passage p's
  // at valueStart[p]…valueStart[p + 1]), and how many figures each gives: the candidate loop counts
  // shared figures from these instead of reading figure objects.
  const valueStart = new Int32Array(P + 1);
  const figureCount = new Int32Array(P);
  for (let p = 0; p < P; p++) {
    const figures = (passages[p] as Passage).figures;
    figureCount[p] = figures.length;
    let n = 0;
    for (const f of figures) if (!f.calendar) n++;
    valueStart[p + 1] = (valueStart[p] as number) + n;
  }
  const values = new Float64Array(2 * (valueStart[P] as number));
  for (let p = 0; p < P; p++) {
    let at = 2 * (valueStart[p] as number);
    for (const f of (passages[p] as Passage).figures) {
      if (f.calendar) continue;
      values[at++] = f.value;
      values[at++] = f.tolerance;
    }
  }
  yield;
  // Candidate pairs (i < j, different articles, sharing a bucket), each once, scored.
  let si = new Int32Array(1024);
  let sj = new Int32Array(1024);
  let score = new Float64Array(1024);
  let sim = new Float64Array(1024);
  let S = 0;
  const mark = new Int32Array(P).fill(-1);
  for (let i = 0; i < P; i++) {
    if ((i & 255) === 255) yield;
    const a = passages[i] as Passage;
    const aFrom = shStart[i] as number;
    const aTo = shStart[i + 1] as number;
    for (let q = first[i] as number; q < (first[i + 1] as number); q++) {
      const b = bucketsOfPassage[q] as number;
      for (let k = (placeInBucket[q] as number) + 1; k < (starts[b + 1] as number); k++) {
        const j = members[k] as number;
        if (j <= i || mark[j] === i || art[j] === art[i]) continue;
        mark[j] = i;
        const similarity = jaccardRanges(sh, aFrom, aTo, shStart[j] as number, shStart[j + 1] as number);
        if (similarity < MIN_SIMILARITY / 2) continue;
        const o = passages[j] as Passage;
        // One shape in two groups (see alignmentStaged) that give two years at one place: the same
        // sentence about two years is two facts, every pair of them refused (see aligned.ts).
        if (similarity === 1 && sameTokens(a.tokens, o.tokens) && yearsClash(a, o)) continue;
        const shared = sharedValues(values, valueStart, i, j);
        if (similarity < MIN_SIMILARITY && shared === 0) continue;
        if (S === si.length) {
          si = grown(si);
          sj = grown(sj);
          score = grown(score);
          sim = grown(sim);
        }
        si[S] = i;
        sj[S] = j;
        score[S] = similarity + (0.5 * shared) / Math.max(figureCount[i] as number, figureCount[j] as number);
        sim[S] = similarity;
        S++;
      }
    }
  }
  // Half-edges by passage (CSR): each scored pair seen from both of its sentences.
  const deg = new Int32Array(P + 1);
  for (let s = 0; s < S; s++) {
    deg[(si[s] as number) + 1] = (deg[(si[s] as number) + 1] as number) + 1;
    deg[(sj[s] as number) + 1] = (deg[(sj[s] as number) + 1] as number) + 1;
  }
  for (let i = 0; i < P; i++) deg[i + 1] = (deg[i + 1] as number) + (deg[i] as number);
  yield;
  const edge = new Int32Array(2 * S);
  const at = deg.slice(0, P);
  for (let s = 0; s < S; s++) {
    const i = si[s] as number;
    const j = sj[s] as number;
    edge[at[i] as number] = s;
    at[i] = (at[i] as number) + 1;
    edge[at[j] as number] = s;
    at[j] = (at[j] as number) + 1;
  }
  // Best score of each sentence within each other article: a pair is kept when it is both sentences'
  // best. Each (sentence, other article) is named by its first half-edge, for `taken` below.
  const stamp = new Int32Array(articleCount).fill(-1);
  const bestOf = new Float64Array(articleCount);
  const groupOf = new Int32Array(articleCount);
  const sides = new Uint8Array(S);
  const groupI = new Int32Array(S);
  const groupJ = new Int32Array(S);
  for (let p = 0; p < P; p++) {
    if ((p & 4095) === 4095) yield;
    const from = deg[p] as number;
    const to = deg[p + 1] as number;
    for (let e = from; e < to; e++) {
      const s = edge[e] as number;
      const other = art[si[s] === p ? (sj[s] as number) : (si[s] as number)] as number;
      if (stamp[other] !== p) {
        stamp[other] = p;
        bestOf[other] = score[s] as number;
        groupOf[other] = e;
      } else if ((bestOf[other] as number) < (score[s] as number)) bestOf[other] = score[s] as number;
    }
    for (let e = from; e < to; e++) {
      const s = edge[e] as number;
      const mine = si[s] === p;
      const other = art[mine ? (sj[s] as number) : (si[s] as number)] as number;
      if (bestOf[other] === score[s]) sides[s] = (sides[s] as number) + 1;
      if (mine) groupI[s] = groupOf[other] as number;
      else groupJ[s] = groupOf[other] as number;
    }
  }
  yield;
  const mutual: number[] = [];
  for (let s = 0; s < S; s++) if (sides[s] === 2) mutual.push(s);
  // The distance in reading order of each mutual pair's sentences, read once (not per comparison).
  const gaps = new Int32Array(S);
  for (const s of mutual) gaps[s] = Math.abs((passages[si[s] as number] as Passage).index - (passages[sj[s] as number] as Passage).index);
  mutual.sort((x, y) => (score[y] as number) - (score[x] as number) || (gaps[x] as number) - (gaps[y] as number) || (si[x] as number) - (si[y] as number) || (sj[x] as number) - (sj[y] as number));
  yield;
  // Ties (two sentences of one template in each article) go one to one.
  const taken = new Uint8Array(2 * S);
  const from = new Int32Array(mutual.length);
  const to = new Int32Array(mutual.length);
  const similarity = new Float64Array(mutual.length);
  let n = 0;
  for (const s of mutual) {
    const gi = groupI[s] as number;
    const gj = groupJ[s] as number;
    if (taken[gi] || taken[gj]) continue;
    taken[gi] = 1;
    taken[gj] = 1;
    from[n] = si[s] as number;
    to[n] = sj[s] as number;
    similarity[n] = sim[s] as number;
    n++;
  }
  return { from: from.subarray(0, n), to: to.subarray(0, n), similarity: similarity.subarray(0, n) };
}

/**
 * The mutual-best pairs as the places in `passages` of each pair's two passages and their similarity
 * (same index): typed arrays, no object per pair (some 200k pairs of groups on the 100k bench).
 */
interface MutualPairs {
  from: Int32Array;
  to: Int32Array;
  similarity: Float64Array;
}

/** Two token lists with the same tokens. */
export function sameTokens(a: Int32Array, b: Int32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A figure read as a year (as aligned.ts reads one). */
function isYearFigure(f: Figure): boolean {
  return !f.calendar && f.qualifier === 'exact' && f.year;
}

/** Two passages of the same tokens that give two different years at one place. */
function yearsClash(a: Passage, b: Passage): boolean {
  for (const f of a.figures) {
    if (!isYearFigure(f)) continue;
    const g = figureAt(b.figures, f.token);
    if (g && isYearFigure(g) && g.value !== f.value) return true;
  }
  return false;
}

/** A typed array twice as long, its first elements kept and the new ones `fill`. */
function grownFilled(a: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  if (fill !== 0) out.fill(fill, a.length);
  return out;
}

/**
 * Each article's rank among the articles' ids in string order (articles of one id share a rank): the
 * orders of the alignment compare these numbers as they would compare the ids. In steps (a sort).
 */
export function* rankById(articles: readonly Article[]): Generator<void, Int32Array> {
  const byId = yield* sortStaged(
    Array.from({ length: articles.length }, (_, k) => k),
    (x, y) => {
      const a = (articles[x] as Article).id;
      const b = (articles[y] as Article).id;
      return a < b ? -1 : a > b ? 1 : 0;
    },
    PASSAGES_PER_STEP,
  );
  const rank = new Int32Array(articles.length);
  let r = 0;
  for (let k = 0; k < byId.length; k++) {
    if (k > 0 && (articles[byId[k] as number] as Article).id !== (articles[byId[k - 1] as number] as Article).id) r++;
    rank[byId[k] as number] = r;
  }
  return rank;
}

/** A publication time to order articles by (undated articles last). */
function publicationTime(article: Article): number {
  return publishedTime(article.publishedAt) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Passages of one sentence (a group, or two aligned groups pooled) above which they are compared as a
 * STAR: their classes are the figures they give at every position together, and each passage that
 * differs from the references — the earliest passage's figures and the figures most passages give
 * (ties to the earlier; on a template whose figures are redrawn by every report, the earliest) — is
 * compared with them only, once for all its figures (at most two findings per report and differing
 * figure; a later report moving most figures is one "template update" finding, see `pairDrafts`). The
 * cross-source rule does not compare what the star left out (see `Alignment.stars`). Not, as below this size, position by position against the earliest,
 * the most-reported and the previous value: a pair chosen for one position raises a finding at every
 * position where its figures differ, so a boilerplate sentence repeated by a thousand reports with
 * redrawn figures gave up to ten findings per report at one figure of the sentence (2,615 at one place
 * for 1,000 generated articles), where an editor needs one per report: "this passage gives these
 * values in these articles". Up to this many (the coverage of one event by a few outlets: two to
 * five in the corpus) every value class still meets those three, position by position.
 */
export const STAR_PASSAGES = 8;

/** Of a value class, the members tried in turn as its representative for one passage (see `choosePairs`). */
const REPRESENTATIVE_TRIES = 8;

/**
 * The pairs compared among passages that stand for one figure (one position of one sentence, in its
 * copies and close re-wordings), in linear number: the passages split into VALUE CLASSES (one value and
 * qualifier at that position), in order of their earliest passage (`members` come in publication
 * order). Each class is compared with the class of the earliest passage, the most-reported class
 * (ties to the earlier) and the class right before it in that order — every passage of the class, each
 * against the class's representative (its earliest passage `tryPair` accepts: another article, …).
 * So a copy carrying a changed figure always meets the original's figure and the majority's, wherever
 * it stands; what is left out is a comparison of two minority values that are neither neighbours nor
 * the earliest or the majority. At most 3 pairs per passage.
 */
export function choosePairs(
  members: ArrayLike<number>,
  valueAt: (p: number) => string | number | null,
  tryPair: (x: number, y: number) => boolean,
  /** Called with the class's earliest member when `tryPair` accepted none of its first members. */
  otherwise?: (x: number, y: number) => void,
  /**
   * 'star': each class meets the two reference classes only (the earliest passage's and the
   * most-reported, ties to the earlier: often one and the same), not the previous one (see
   * STAR_PASSAGES).
   */
  shape: 'classes' | 'star' = 'classes',
): void {
  // Two members (a sentence and its one copy, the commonest case): compared when their values differ.
  if (members.length === 2) {
    const x = members[1] as number;
    const y = members[0] as number;
    const vy = valueAt(y);
    if (vy === null) return;
    const vx = valueAt(x);
    if (vx === null || vx === vy) return;
    if (!tryPair(x, y) && otherwise) otherwise(x, y);
    return;
  }
  const classes: number[][] = [];
  // Values to classes: a list read in turn for a few members, a map beyond.
  const byValue = members.length > SMALL_MEMBERS ? new Map<string | number, number>() : null;
  const values: Array<string | number> = [];
  for (let m = 0; m < members.length; m++) {
    const p = members[m] as number;
    const v = valueAt(p);
    if (v === null) continue;
    const c = byValue ? byValue.get(v) : indexOrUndefined(values, v);
    if (c === undefined) {
      if (byValue) byValue.set(v, classes.length);
      else values.push(v);
      classes.push([p]);
    } else (classes[c] as number[]).push(p);
  }
  if (classes.length < 2) return;
  let majority = 0;
  for (let c = 1; c < classes.length; c++) if ((classes[c] as number[]).length > (classes[majority] as number[]).length) majority = c;
  const roles = shape === 'star' ? 2 : 3;
  for (let c = 0; c < classes.length; c++) {
    // The partner classes in turn: the earliest's, the majority's, the one before (each once, not itself).
    for (const x of classes[c] as number[]) {
      for (let t = 0; t < roles; t++) {
        const d = t === 0 ? 0 : t === 1 ? majority : c - 1;
        if (d < 0 || d === c || (t >= 1 && d === 0) || (t === 2 && d === majority)) continue;
        const other = classes[d] as number[];
        let k = 0;
        while (k < other.length && k < REPRESENTATIVE_TRIES && !tryPair(x, other[k] as number)) k++;
        if (otherwise && (k === other.length || k === REPRESENTATIVE_TRIES)) otherwise(x, other[0] as number);
      }
    }
  }
}

/**
 * Passage positions of aligned groups compared per step (see alignmentStaged; settable for tests: the
 * alignment is the same whatever the step).
 */
export const alignmentSteps = { betweenWork: 256 };

/** Members up to which choosePairs finds a value's class by reading the values in turn. */
const SMALL_MEMBERS = 8;

function indexOrUndefined(list: ReadonlyArray<string | number>, v: string | number): number | undefined {
  for (let i = 0; i < list.length; i++) if (list[i] === v) return i;
  return undefined;
}

/** Members up to which alignmentStaged reads where a group stands off its members (larger: a map by article). */
const SMALL_GROUP = 4;

/** Edges of a group up to which `alignedGroups` sorts them by insertion (longer lists: by a sort). */
const INSERTION_EDGES = 16;

/**
 * Each group's aligned groups as one list per group in typed arrays (CSR: group g's are `edgeTo` /
 * `edgeSimilarity` from `edgeStart[g]` to `edgeStart[g + 1]`), best first: higher similarity, then the
 * earlier group. `groupsA[k]` and `groupsB[k]` are the two groups of `pairs[k]`.
 */
export function alignedGroups(
  groupCount: number,
  groupsA: ArrayLike<number>,
  groupsB: ArrayLike<number>,
  similarities: ArrayLike<number>,
): { edgeStart: Int32Array; edgeTo: Int32Array; edgeSimilarity: Float64Array } {
  const pairCount = similarities.length;
  const edgeStart = new Int32Array(groupCount + 1);
  for (let k = 0; k < pairCount; k++) {
    const ga = groupsA[k] as number;
    const gb = groupsB[k] as number;
    edgeStart[ga + 1] = (edgeStart[ga + 1] as number) + 1;
    edgeStart[gb + 1] = (edgeStart[gb + 1] as number) + 1;
  }
  for (let g = 0; g < groupCount; g++) edgeStart[g + 1] = (edgeStart[g + 1] as number) + (edgeStart[g] as number);
  const edgeTo = new Int32Array(2 * pairCount);
  const edgeSimilarity = new Float64Array(2 * pairCount);
  const fill = edgeStart.slice(0, groupCount);
  for (let k = 0; k < pairCount; k++) {
    const ga = groupsA[k] as number;
    const gb = groupsB[k] as number;
    const similarity = similarities[k] as number;
    let at = fill[ga] as number;
    edgeTo[at] = gb;
    edgeSimilarity[at] = similarity;
    fill[ga] = at + 1;
    at = fill[gb] as number;
    edgeTo[at] = ga;
    edgeSimilarity[at] = similarity;
    fill[gb] = at + 1;
  }
  const before = (s: number, h: number, t: number, u: number): boolean => s > t || (s === t && h < u);
  for (let g = 0; g < groupCount; g++) {
    const from = edgeStart[g] as number;
    const to = edgeStart[g + 1] as number;
    if (to - from <= INSERTION_EDGES) {
      for (let e = from + 1; e < to; e++) {
        const h = edgeTo[e] as number;
        const s = edgeSimilarity[e] as number;
        let x = e - 1;
        while (x >= from && before(s, h, edgeSimilarity[x] as number, edgeTo[x] as number)) {
          edgeTo[x + 1] = edgeTo[x] as number;
          edgeSimilarity[x + 1] = edgeSimilarity[x] as number;
          x--;
        }
        edgeTo[x + 1] = h;
        edgeSimilarity[x + 1] = s;
      }
    } else {
      const list = Array.from({ length: to - from }, (_, k) => ({ g: edgeTo[from + k] as number, similarity: edgeSimilarity[from + k] as number }));
      list.sort((x, y) => y.similarity - x.similarity || x.g - y.g);
      list.forEach((e, k) => {
        edgeTo[from + k] = e.g;
        edgeSimilarity[from + k] = e.similarity;
      });
    }
  }
  return { edgeStart, edgeTo, edgeSimilarity };
}

/** A passage pair the alignment puts together, found again for two given articles (see `Alignment.between`). */
export interface SharedPassage {
  a: Passage;
  b: Passage;
  similarity: number;
}

export interface Alignment {
  /** The aligned pairs to compare figure by figure (see alignmentStaged). */
  pairs: AlignedPair[];
  /**
   * The passages two articles share (by id: `a`'s first in each pair): every sentence of one shape in
   * both, and the sentences of two shapes aligned with each other with at least `minSimilarity` — all
   * of them, whether or not their pair is among `pairs` (copies with the same figures, or pairs the bound
   * left out). Read for one pair of articles at a time: never listed for every pair of articles.
   * With `enough`, the list ends as soon as it holds `enough.count` passages that pass `enough.test`
   * (a question of whether two articles share that many, asked for every pair of a busy week).
   */
  between(a: string, b: string, minSimilarity: number, enough?: { test: (p: SharedPassage) => boolean; count: number }): SharedPassage[];
  /**
   * The figures compared as a star (see STAR_PASSAGES), by article: each figure's span and the stars
   * and positions it stands at (`star:position`). Two claims at one position of one star were compared
   * by the star (or left out by it on purpose): no other rule compares them again.
   */
  stars: StarPlaces;
}

/** Figures of star-compared passages by article id (see `Alignment.stars`). */
export type StarPlaces = Map<string, Array<{ start: number; end: number; keys: string[] }>>;

/** Whether two claims' figures stand at one position of one star (see `Alignment.stars`). */
export function sameStarPlace(stars: StarPlaces, a: { articleId: string; start: number; end: number }, b: { articleId: string; start: number; end: number }): boolean {
  const keysOf = (c: { articleId: string; start: number; end: number }): string[] => {
    const out: string[] = [];
    for (const e of stars.get(c.articleId) ?? []) if (c.start <= e.start && c.end >= e.end) out.push(...e.keys);
    return out;
  };
  const ka = keysOf(a);
  if (ka.length === 0) return false;
  const kb = keysOf(b);
  return kb.some((k) => ka.includes(k));
}

/**
 * Aligned passages in linear number, however many articles repeat one sentence.
 *
 * Passages with the very same masked tokens (and the same years; and the k-th such passage of its
 * article with the k-th of another) form a GROUP: a sentence copied, maybe with figures changed. Their figures line up position by position without any alignment work;
 * per position the passages are compared by value class (see `choosePairs`), not pair by pair.
 * Between groups of different shapes (a sentence lightly edited, re-worded, a scale word or qualifier
 * changed), the bucket search and the mutual-best rule (see alignPassages) run on one passage per group
 * (its earliest), a group of several passages standing as an article of its own; the figures of two
 * groups so aligned are lined up once (`lineUp` of their two representatives) and the passages of both
 * are compared by value class over both groups, position by position. A passage of one group is paired
 * with a passage of another only when, in that passage's article, no passage of its own group or of a
 * group aligned better stands (so a line that two articles both carry pairs with itself, not with
 * another region's line of a bulletin). `memo`: the analysis's remembered token matches (none: each
 * pair of token lists is matched afresh, the same result).
 */
export function* alignmentStaged(articles: readonly Article[], memo?: MatchMemo): Generator<void, Alignment> {
  const passages: Passage[] = [];
  const art: number[] = [];
  const articleIndex = new Map<string, number>();
  // Each article's passages, by their places in `passages` (in reading order).
  const passagesIn: number[][] = [];
  for (const [k, a] of articles.entries()) {
    articleIndex.set(a.id, k);
    const own: number[] = [];
    for (const p of passagesOf(a)) {
      own.push(passages.length);
      passages.push(p);
      art.push(k);
    }
    passagesIn.push(own);
    yield;
  }
  const P = passages.length;
  const A = articles.length;
  const times = articles.map(publicationTime);
  // Articles ranked by id (equal ids one rank): the orders below compare numbers, not id strings.
  const idRank = yield* rankById(articles);
  // Publication order: time, then article id, then reading order (whatever order articles came in).
  // Articles in that order, each one's passages in reading order: the order of the passages sorted
  // one by one, without sorting them. (Two articles of one id and one time interleave their passages
  // by place: then the passages are sorted one by one, as before.)
  const articleOrder = yield* sortStaged(
    Array.from({ length: A }, (_, k) => k),
    (x, y) => (times[x] as number) - (times[y] as number) || (idRank[x] as number) - (idRank[y] as number),
    PASSAGES_PER_STEP,
  );
  let contiguous = true;
  for (let k = 1; k < A && contiguous; k++) {
    const x = articleOrder[k - 1] as number;
    const y = articleOrder[k] as number;
    if (times[x] === times[y] && idRank[x] === idRank[y]) contiguous = false;
  }
  const order = contiguous
    ? articleOrder.flatMap((k) => passagesIn[k] as number[])
    : yield* sortStaged(Array.from({ length: P }, (_, i) => i), (x, y) => {
        const ax = art[x] as number;
        const ay = art[y] as number;
        return (times[ax] as number) - (times[ay] as number) || (idRank[ax] as number) - (idRank[ay] as number) || (passages[x] as Passage).index - (passages[y] as Passage).index;
      }, PASSAGES_PER_STEP);
  yield;
  // Groups, in order of their earliest passage; members in publication order. A passage's shape is its
  // masked tokens and its years, numbered by content (`IntListIds`: copies of one sentence, one number).
  // (Numbered here, in the order of their first members; their members are listed after, all in one
  // array: no list per group, 100k small lists kept with the alignment.)
  const groupOf = new Int32Array(P);
  let G = 0;
  const shapes = new IntListIds();
  const years: number[] = [];
  // An article that gives one shape several times (a market report's lines, a bulletin's) pairs its
  // k-th with the other article's k-th (in reading order), as the mutual-best rule does: the k-th is
  // part of the group's key. Counted per shape for the article under way (its passages come together
  // in `order`), or by (shape, article) when articles interleave.
  let lastArticle = new Int32Array(1024).fill(-1);
  let seenCount = new Int32Array(1024);
  let firstGroup = new Int32Array(1024).fill(-1);
  const seenIn = contiguous ? null : new Map<number, number>();
  const laterGroups = new Map<number, number[]>();
  for (const [n, i] of order.entries()) {
    countWork('passages');
    if (n % (PASSAGES_PER_STEP / 2) === PASSAGES_PER_STEP / 2 - 1) yield;
    const p = passages[i] as Passage;
    let y = 0;
    for (const f of p.figures) if (isYearFigure(f)) years[y++] = f.value;
    const shape = shapes.idOf(p.tokens, 0, p.tokens.length, years, y);
    if (shape >= firstGroup.length) {
      lastArticle = grownFilled(lastArticle, -1);
      seenCount = grownFilled(seenCount, 0);
      firstGroup = grownFilled(firstGroup, -1);
    }
    const a = art[i] as number;
    let k: number;
    if (seenIn) {
      const at = shape * A + a;
      k = seenIn.get(at) ?? 0;
      seenIn.set(at, k + 1);
    } else if (lastArticle[shape] === a) {
      k = seenCount[shape] as number;
      seenCount[shape] = k + 1;
    } else {
      lastArticle[shape] = a;
      seenCount[shape] = 1;
      k = 0;
    }
    let g: number;
    if (k === 0) {
      g = firstGroup[shape] as number;
      if (g < 0) {
        firstGroup[shape] = g = G++;
      }
    } else {
      let later = laterGroups.get(shape);
      if (!later) laterGroups.set(shape, (later = []));
      // (The k-th of a shape in an article came after its (k-1)-th: no hole in `later`.)
      let known = later[k - 1];
      if (known === undefined) {
        later[k - 1] = known = G++;
      }
      g = known;
    }
    groupOf[i] = g;
  }
  // Group g's members are groupMembers[groupStart[g], groupStart[g + 1]), in publication order.
  const groupStart = new Int32Array(G + 1);
  for (let i = 0; i < P; i++) groupStart[(groupOf[i] as number) + 1] = (groupStart[(groupOf[i] as number) + 1] as number) + 1;
  for (let g = 0; g < G; g++) groupStart[g + 1] = (groupStart[g + 1] as number) + (groupStart[g] as number);
  const groupMembers = new Int32Array(P);
  const fillAt = groupStart.slice(0, G);
  for (const i of order) {
    const g = groupOf[i] as number;
    groupMembers[fillAt[g] as number] = i;
    fillAt[g] = (fillAt[g] as number) + 1;
  }
  const sizeOf = (g: number): number => (groupStart[g + 1] as number) - (groupStart[g] as number);
  const membersOf = (g: number): Int32Array => groupMembers.subarray(groupStart[g] as number, groupStart[g + 1] as number);
  yield;
  // Where each larger group stands: its passages by article (a map per group, keyed by article). A small
  // group (most hold a passage or two) is read off its members instead: no map entry and list for each
  // of 100k passages. (Not one map keyed by group × articles + article: past 2^30 — 150k groups of 10,000
  // articles — such keys are no small integers, and every question of `Alignment.between` boxed one.)
  const where: Array<Map<number, number[]> | undefined> = new Array<Map<number, number[]> | undefined>(G).fill(undefined);
  for (let g = 0; g < G; g++) {
    if (sizeOf(g) <= SMALL_GROUP) continue;
    const byArticle = new Map<number, number[]>();
    for (let at = groupStart[g] as number; at < (groupStart[g + 1] as number); at++) {
      const i = groupMembers[at] as number;
      const k = art[i] as number;
      const list = byArticle.get(k);
      if (list) list.push(i);
      else byArticle.set(k, [i]);
    }
    where[g] = byArticle;
  }
  yield;
  /** Group g's passages in article a, in publication order (the group's own order). */
  const inArticle = (g: number, a: number): number[] => {
    if (sizeOf(g) > SMALL_GROUP) return (where[g] as Map<number, number[]>).get(a) ?? [];
    const out: number[] = [];
    for (let k = groupStart[g] as number; k < (groupStart[g + 1] as number); k++) if (art[groupMembers[k] as number] === a) out.push(groupMembers[k] as number);
    return out;
  };
  // Whether group g has a passage in article a (asked for every aligned group, on every pair tried).
  const hasIn = (g: number, a: number): boolean => {
    if (sizeOf(g) <= SMALL_GROUP) {
      for (let k = groupStart[g] as number; k < (groupStart[g + 1] as number); k++) if (art[groupMembers[k] as number] === a) return true;
      return false;
    }
    return (where[g] as Map<number, number[]>).has(a);
  };
  // The alignment between groups: one passage per group, a group of several standing as its own article.
  const reps = Array.from({ length: G }, (_, g) => groupMembers[groupStart[g] as number] as number);
  const repPassages = reps.map((i) => passages[i] as Passage);
  const repArt = reps.map((i, g) => (sizeOf(g) === 1 ? (art[i] as number) : A + g));
  // (The representatives stand in group order: a representative's place is its group.)
  const { from: groupsA, to: groupsB, similarity: betweenSimilarity } = yield* mutualPairs(repPassages, repArt, A + G);
  // Each group's aligned groups, best first (similarity, then earlier group): group g's are
  // edgeTo / edgeSimilarity[edgeStart[g], edgeStart[g + 1]) (see `alignedGroups`).
  const { edgeStart, edgeTo, edgeSimilarity } = alignedGroups(G, groupsA, groupsB, betweenSimilarity);
  /**
   * The group a passage of group g (in article `from`) pairs with in article a: its own when there, else
   * its best aligned group there that `from` does not give, else its best aligned group there. A group
   * that both articles give stands beside itself (its sentence in `a` is the counterpart of its own
   * sentence in `from`, not of g's): sentences pair one to one. So an article that gives a sentence
   * twice (its body repeated) and a copy with one repeat edited: the edited sentence pairs with the
   * repeat that the copy's unedited sentence does not already stand beside (the k-th keys above).
   */
  const bestIn = (g: number, a: number, from: number): number => {
    if (hasIn(g, a)) return g;
    let found = -1;
    for (let e = edgeStart[g] as number; e < (edgeStart[g + 1] as number); e++) {
      const h = edgeTo[e] as number;
      if (!hasIn(h, a)) continue;
      if (!hasIn(h, from) && (found < 0 || (edgeSimilarity[e] as number) >= COPY_SIMILARITY)) return h;
      if (found < 0) found = h;
    }
    return found;
  };
  const similarityOf = (g: number, h: number): number => {
    if (g === h) return (passages[reps[g] as number] as Passage).shingles.length > 0 ? 1 : 0;
    for (let e = edgeStart[g] as number; e < (edgeStart[g + 1] as number); e++) if (edgeTo[e] === h) return edgeSimilarity[e] as number;
    return 0;
  };
  yield;
  // The pairs compared: within each group, and between aligned groups, by value class.
  const chosen = new Set<number>();
  const out: AlignedPair[] = [];
  // The places in `passages` of each pair's two passages (same index as `out`).
  const outA: number[] = [];
  const outB: number[] = [];
  const tryPair = (x: number, y: number): boolean => {
    if (x === y || art[x] === art[y]) return false;
    const gx = groupOf[x] as number;
    const gy = groupOf[y] as number;
    if (gx !== gy && (bestIn(gx, art[y] as number, art[x] as number) !== gy || bestIn(gy, art[x] as number, art[y] as number) !== gx)) return false;
    const similarity = similarityOf(gx, gy);
    const i = x < y ? x : y;
    const j = x < y ? y : x;
    const key = i * P + j;
    if (chosen.has(key)) return true;
    const a = passages[i] as Passage;
    const b = passages[j] as Passage;
    if (similarity < MIN_SIMILARITY && sharedFigures(a, b) === 0) return false;
    chosen.add(key);
    out.push({ a, b, similarity });
    outA.push(i);
    outB.push(j);
    return true;
  };
  // A figure's value class (value and qualifier) as a number, each class numbered when first met: the
  // classes compare as numbers, without a string per member and position. Dropped with this alignment,
  // one entry per distinct value and qualifier.
  // Every passage's figures numbered once, side by side (passage i's from figureStart[i]): the token
  // each stands at and its class (-1: a date or time), so that the value classes read below, some
  // millions of times on the 100k bench, compare integers instead of reading figure objects and maps.
  const classes = new Map<string, Map<number, number>>();
  let classCount = 0;
  const figureStart = new Int32Array(P + 1);
  for (let i = 0; i < P; i++) figureStart[i + 1] = (figureStart[i] as number) + (passages[i] as Passage).figures.length;
  const figureToken = new Int32Array(figureStart[P] as number);
  const figureClass = new Int32Array(figureStart[P] as number);
  // And each figure's year (see `isYearFigure`; NaN when it is none), for the pairs of groups below.
  const figureYear = new Float64Array(figureStart[P] as number);
  for (let i = 0, k = 0; i < P; i++) {
    if (i % PASSAGES_PER_STEP === PASSAGES_PER_STEP - 1) yield;
    for (const f of (passages[i] as Passage).figures) {
      figureToken[k] = f.token;
      figureYear[k] = isYearFigure(f) ? f.value : NaN;
      let c = -1;
      if (!f.calendar) {
        let byValue = classes.get(f.qualifier);
        if (!byValue) classes.set(f.qualifier, (byValue = new Map()));
        const known = byValue.get(f.value);
        if (known === undefined) byValue.set(f.value, (c = classCount++));
        else c = known;
      }
      figureClass[k++] = c;
    }
  }
  yield;
  /** The place (in the lists above) of passage i's figure at token t (its first figure there, as `figureAt` finds it), or -1. */
  const figureIndex = (i: number, t: number): number => {
    for (let k = figureStart[i] as number; k < (figureStart[i + 1] as number); k++) if (figureToken[k] === t) return k;
    return -1;
  };
  /** The value class of passage i's figure at token t (its first figure there, as `figureAt` finds it), or null. */
  const valueOf = (i: number, t: number): number | null => {
    for (let k = figureStart[i] as number; k < (figureStart[i + 1] as number); k++) {
      if (figureToken[k] !== t) continue;
      const c = figureClass[k] as number;
      return c < 0 ? null : c;
    }
    return null;
  };
  const stars: StarPlaces = new Map();
  // The figures of a star's members, position by position (`tokensOf` gives a member's role tokens).
  const markStar = (star: string, members: ArrayLike<number>, tokensOf: (i: number) => readonly number[]): void => {
    for (let m = 0; m < members.length; m++) {
      const i = members[m] as number;
      const p = passages[i] as Passage;
      tokensOf(i).forEach((t, k) => {
        const f = figureAt(p.figures, t);
        if (f === undefined) return;
        let list = stars.get(p.articleId);
        if (!list) stars.set(p.articleId, (list = []));
        const at = list.find((e) => e.start === f.start && e.end === f.end);
        if (at) at.keys.push(`${star}:${k}`);
        else list.push({ start: f.start, end: f.end, keys: [`${star}:${k}`] });
      });
    }
  };
  // A passage's values at every role position together (a star's classes, see STAR_PASSAGES).
  const valuesAt = (i: number, tokens: readonly number[]): string | null => {
    const values = tokens.map((t) => valueOf(i, t));
    return values.every((v) => v === null) ? null : values.join(';');
  };
  // A step when the groups compared since the last one hold PASSAGES_PER_STEP / 4 members (a group of
  // thousands of copies of one line, by itself).
  let work = 0;
  // Pairs within the group under way only (one function for every group, reading `current`).
  let current = -1;
  const within = (x: number, y: number): boolean => groupOf[y] === current && tryPair(x, y);
  for (let g = 0; g < G; g++) {
    if (sizeOf(g) < 2) continue;
    const members = membersOf(g);
    if (work >= PASSAGES_PER_STEP / 4) {
      work = 0;
      yield;
    }
    current = g;
    work += members.length;
    countWork('groupMembers', members.length);
    const rep = passages[members[0] as number] as Passage;
    // The positions a figure of the shape holds a role at (see lineUp): the same in every copy.
    const roles = ownRoles(rep);
    if (members.length > STAR_PASSAGES) {
      choosePairs(members, (i) => valuesAt(i, roles), within, undefined, 'star');
      markStar(`g${g}`, members, () => roles);
    } else {
      for (const t of roles) choosePairs(members, (i) => valueOf(i, t), within);
    }
  }
  const rank = new Int32Array(P);
  order.forEach((i, r) => (rank[i] = r));
  // The representatives' token lists by number (copies of one sentence and its years, and the same
  // sentence about other years, one number), and the positions of two lists' counterparts by the pair
  // of their numbers: dropped with this alignment, at most one entry per pair of aligned groups.
  const tokenIds = new IntListIds();
  const repTokens = new Int32Array(G);
  for (let g = 0; g < G; g++) {
    const t = (repPassages[g] as Passage).tokens;
    repTokens[g] = tokenIds.idOf(t, 0, t.length);
  }
  const positionsOf = new Map<number, Int32Array>();
  // A step when the pairs of groups compared since the last one hold alignmentSteps.betweenWork passage
  // positions (a step per pair was 192k steps on the 100k bench, each through every generator above).
  let since = 0;
  // Pairs across two aligned groups only: those within one group are chosen above.
  const across = (x: number, y: number): boolean => groupOf[x] !== groupOf[y] && tryPair(x, y);
  for (let k = 0; k < groupsA.length; k++) {
    const ga = groupsA[k] as number;
    const gb = groupsB[k] as number;
    // The two groups' representatives, as the bucket search paired them.
    const repA = repPassages[ga] as Passage;
    const repB = repPassages[gb] as Passage;
    // The two groups' figures lined up (`counterparts` of their representatives), from the positions
    // of their token lists, lined up once per pair of token lists (thousands of groups share a few).
    const shapePair = (repTokens[ga] as number) * tokenIds.size + (repTokens[gb] as number);
    let positions = positionsOf.get(shapePair);
    if (positions === undefined) positionsOf.set(shapePair, (positions = rolePositions(repA.tokens, repB.tokens, memo)));
    // (Read from the figure lists above, not the figure objects: some 200k pairs of groups on the 100k
    // bench, most of them refused by the years. A date or time, class -1, lines up with nothing.)
    const ia = reps[ga] as number;
    const ib = reps[gb] as number;
    let years = false;
    let lined = 0;
    for (let x = 0; x < positions.length; x += 2) {
      const ka = figureIndex(ia, positions[x] as number);
      const kb = figureIndex(ib, positions[x + 1] as number);
      if (ka < 0 || kb < 0 || (figureClass[ka] as number) < 0 || (figureClass[kb] as number) < 0) continue;
      // Two years at one place: every pair of the two groups is two facts (the years are the group's own).
      const ya = figureYear[ka] as number;
      const yb = figureYear[kb] as number;
      if (!Number.isNaN(ya) && !Number.isNaN(yb) && ya !== yb) {
        years = true;
        break;
      }
      lined++;
    }
    // (Most pairs of groups on the 100k bench are the same sentence about two years: their members are
    // read only past that test, no view of them made for each.)
    if (years) continue;
    // The positions lined up: each figure's token is its position.
    const lineA: number[] = [];
    const lineB: number[] = [];
    for (let x = 0; lined > 0 && x < positions.length; x += 2) {
      const ka = figureIndex(ia, positions[x] as number);
      const kb = figureIndex(ib, positions[x + 1] as number);
      if (ka < 0 || kb < 0 || (figureClass[ka] as number) < 0 || (figureClass[kb] as number) < 0) continue;
      lineA.push(positions[x] as number);
      lineB.push(positions[x + 1] as number);
    }
    const pooled = mergedByRank(membersOf(ga), membersOf(gb), rank);
    if (pooled.length > STAR_PASSAGES) {
      const ta = lineA;
      const tb = lineB;
      choosePairs(pooled, (i) => valuesAt(i, groupOf[i] === ga ? ta : tb), across, undefined, 'star');
      markStar(`p${ga}.${gb}`, pooled, (i) => (groupOf[i] === ga ? ta : tb));
      yield;
      continue;
    }
    for (let c = 0; c < lineA.length; c++) {
      const ta = lineA[c] as number;
      const tb = lineB[c] as number;
      choosePairs(pooled, (i) => valueOf(i, groupOf[i] === ga ? ta : tb), across);
    }
    since += pooled.length * Math.max(1, lineA.length);
    if (since >= alignmentSteps.betweenWork) {
      since = 0;
      yield;
    }
  }
  yield;
  // In a fixed order: by the first passage's article and place, then the second's (articles by their
  // ids' rank: the order of the ids, compared as numbers).
  const O = out.length;
  const rankA = new Int32Array(O);
  const placeA = new Int32Array(O);
  const rankB = new Int32Array(O);
  const placeB = new Int32Array(O);
  for (let n = 0; n < O; n++) {
    if (n % PASSAGES_PER_STEP === PASSAGES_PER_STEP - 1) yield;
    const pair = out[n] as AlignedPair;
    let ra = idRank[art[outA[n] as number] as number] as number;
    let xa = pair.a.index;
    let rb = idRank[art[outB[n] as number] as number] as number;
    let xb = pair.b.index;
    if (rb < ra || (rb === ra && xb < xa)) {
      const t = pair.a;
      pair.a = pair.b;
      pair.b = t;
      [ra, rb, xa, xb] = [rb, ra, xb, xa];
    }
    rankA[n] = ra;
    placeA[n] = xa;
    rankB[n] = rb;
    placeB[n] = xb;
  }
  yield;
  // (In steps: tens of thousands of pairs.)
  const sortedPlaces = yield* sortStaged(
    Array.from({ length: O }, (_, n) => n),
    (x, y) =>
      (rankA[x] as number) - (rankA[y] as number) ||
      (placeA[x] as number) - (placeA[y] as number) ||
      (rankB[x] as number) - (rankB[y] as number) ||
      (placeB[x] as number) - (placeB[y] as number),
    PASSAGES_PER_STEP,
  );
  const sorted = sortedPlaces.map((n) => out[n] as AlignedPair);
  // The passages two articles share are asked for thousands of pairs of articles: the groups of each
  // article are marked once per question (`inA`, `inB` hold its number), and bestIn reads the marks.
  const inA = new Int32Array(G).fill(-1);
  const inB = new Int32Array(G).fill(-1);
  let asked = 0;
  /**
   * bestIn (above) of group g for the article marked in `to`, g's own article marked in `from` — or, when
   * it is an aligned group whose similarity with g is below `least` (at most COPY_SIMILARITY), -1 or that
   * same group: edges come best first, so the scan stops at the first one below `least`. A group found
   * below `least` is never kept (see `shared`), and below COPY_SIMILARITY no later edge is taken over
   * one found before; so the groups kept, and whether two groups pick each other, are the same.
   */
  const bestMarked = (g: number, to: Int32Array, from: Int32Array, least: number): number => {
    if (to[g] === asked) return g;
    let found = -1;
    for (let e = edgeStart[g] as number; e < (edgeStart[g + 1] as number); e++) {
      if ((edgeSimilarity[e] as number) < least) break;
      const h = edgeTo[e] as number;
      if (to[h] !== asked) continue;
      if (from[h] !== asked && (found < 0 || (edgeSimilarity[e] as number) >= COPY_SIMILARITY)) return h;
      if (found < 0) found = h;
    }
    return found;
  };
  const shared = (a: string, b: string, minSimilarity: number, enough?: { test: (p: SharedPassage) => boolean; count: number }): SharedPassage[] => {
    const ka = articleIndex.get(a);
    const kb = articleIndex.get(b);
    const list: SharedPassage[] = [];
    if (ka === undefined || kb === undefined || ka === kb) return list;
    asked++;
    let found = enough?.count ?? 0;
    const own = passagesIn[ka] as number[];
    const other = passagesIn[kb] as number[];
    for (const i of own) inA[groupOf[i] as number] = asked;
    for (const j of other) inB[groupOf[j] as number] = asked;
    // (Aligned groups less similar than asked are never kept: not scanned for, see `bestMarked`.)
    const least = minSimilarity <= COPY_SIMILARITY ? minSimilarity : -Infinity;
    for (const i of own) {
      const g = groupOf[i] as number;
      const h = bestMarked(g, inB, inA, least);
      if (h < 0 || bestMarked(h, inA, inB, least) !== g) continue;
      const similarity = similarityOf(g, h);
      if (similarity < minSimilarity) continue;
      for (const j of inArticle(h, kb)) {
        const p = { a: passages[i] as Passage, b: passages[j] as Passage, similarity };
        list.push(p);
        if (enough !== undefined && enough.test(p) && --found === 0) return list;
      }
    }
    return list;
  };
  return { pairs: sorted, between: shared, stars };
}
