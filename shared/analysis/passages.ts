import type { Article } from '../schema';
import { splitSentences } from '../extract/sentences';
import { sameValue, tokenizeSentence, type Figure } from './figures';

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
  tokens: string[];
  figures: Figure[];
  /** Sorted distinct hashes of word bigrams (numbers masked). */
  shingles: Uint32Array;
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
  counterparts: Counterpart[];
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

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

const WORDLESS = new Set(['#', '-', '/', '%', ':']);

function shinglesOf(tokens: readonly string[]): Uint32Array {
  const words = tokens.filter((t) => t !== '/' && t !== ':');
  const set = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) set.add(fnv(`${words[i]} ${words[i + 1]}`));
  if (words.length === 1) set.add(fnv(words[0] as string));
  return Uint32Array.from(set).sort();
}

const passageCache = new WeakMap<Article, Passage[]>();

/** The article's sentences with at least one figure, tokenized; cached per article object. */
export function passagesOf(article: Article): Passage[] {
  let list = passageCache.get(article);
  if (list) return list;
  list = [];
  const text = article.text;
  let index = 0;
  for (const s of splitSentences(text)) {
    index++;
    if (!/\d/.test(text.slice(s.start, s.end))) continue;
    const { tokens, figures } = tokenizeSentence(text, s.start, s.end);
    if (figures.length === 0 || tokens.length > MAX_TOKENS) continue;
    // A sentence of nothing but numbers and signs (a table row) has no wording to align on.
    if (tokens.every((t) => WORDLESS.has(t))) continue;
    list.push({ articleId: article.id, index, start: s.start, end: s.end, tokens, figures, shingles: shinglesOf(tokens) });
  }
  passageCache.set(article, list);
  return list;
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

function signature(sh: Uint32Array): number[] {
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  for (let k = 0; k < sh.length; k++) {
    const h = sh[k] as number;
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h, SEEDS[i] as number);
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** A figure worth bucketing on: not a small count, not a year, not a date or time. */
function distinctive(f: Figure): boolean {
  if (f.calendar) return false;
  if (Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100) return false;
  return !Number.isInteger(f.value) || f.value >= 20;
}

/**
 * Pairs of sentences from different articles that may be the same passage: those sharing an LSH
 * bucket of their MinHash signature, or a distinctive figure (re-worded around the same numbers).
 */
export function candidatePairs(passages: readonly Passage[]): Array<[number, number]> {
  const buckets = new Map<string, number[]>();
  const put = (key: string, i: number): void => {
    const list = buckets.get(key);
    if (!list) buckets.set(key, [i]);
    else if (list.length <= MAX_BUCKET) list.push(i);
  };
  passages.forEach((p, i) => {
    if (p.shingles.length > 0) {
      const sig = signature(p.shingles);
      for (let b = 0; b < HASHES / ROWS; b++) {
        let key = `b${b}`;
        for (let r = 0; r < ROWS; r++) key += `:${sig[b * ROWS + r]}`;
        put(key, i);
      }
    }
    for (const f of p.figures) if (distinctive(f)) put(`v${f.value}`, i);
  });
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = passages.length;
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let x = 0; x < list.length; x++) {
      const i = list[x] as number;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y] as number;
        if ((passages[i] as Passage).articleId === (passages[j] as Passage).articleId) continue;
        const key = i < j ? i * n + j : j * n + i;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(i < j ? [i, j] : [j, i]);
      }
    }
  }
  return out;
}

const SCALE_WORDS = new Set(['nghin', 'ngan', 'trieu', 'ty', 'ti']);

/** The token after a number and its scale words: its unit or sign, or null at the end or before a number. */
function unitAfter(tokens: readonly string[], i: number): string | null {
  let j = i + 1;
  while (j < tokens.length && SCALE_WORDS.has(tokens[j] as string)) j++;
  const t = tokens[j];
  return t === undefined || t === '#' || t === '-' || t === '/' || t === ':' ? null : t;
}

/** Figures of `a` with an equal-valued figure in `b`. */
function sharedFigures(a: Passage, b: Passage): number {
  let n = 0;
  for (const f of a.figures) if (!f.calendar && b.figures.some((g) => !g.calendar && sameValue(f, g))) n++;
  return n;
}

/**
 * The figures of two aligned sentences that stand in the same place: '#' tokens matched by a longest
 * common subsequence of the masked tokens, kept only when a neighbouring word is matched with them
 * (the same role: "phút #", "# tỷ đồng").
 */
export function counterparts(a: Passage, b: Passage): Counterpart[] {
  const ta = a.tokens;
  const tb = b.tokens;
  const n = ta.length;
  const m = tb.length;
  const w = m + 1;
  const dp = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = ta[i] === tb[j] ? (dp[(i + 1) * w + j + 1] as number) + 1 : Math.max(dp[(i + 1) * w + j] as number, dp[i * w + j + 1] as number);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (ta[i] === tb[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((dp[(i + 1) * w + j] as number) >= (dp[i * w + j + 1] as number)) i++;
    else j++;
  }
  const figA = new Map(a.figures.map((f) => [f.token, f]));
  const figB = new Map(b.figures.map((f) => [f.token, f]));
  const isWord = (t: string | undefined): boolean => t !== undefined && !WORDLESS.has(t);
  const out: Counterpart[] = [];
  for (let k = 0; k < pairs.length; k++) {
    const [i, j] = pairs[k] as [number, number];
    if (ta[i] !== '#') continue;
    const fa = figA.get(i);
    const fb = figB.get(j);
    if (!fa || !fb || fa.calendar || fb.calendar) continue;
    // The role comes from a matched word close by on both sides ("phút #", "# tỷ đồng"), not from
    // another number or a sign; a qualifier or a sign may sit in between ("lên hơn 5,3 % GDP").
    let role = false;
    for (let d = 1; d <= 2 && !role; d++) {
      const p = pairs[k - d];
      const q = pairs[k + d];
      if (p && i - p[0] <= 3 && j - p[1] <= 3 && isWord(ta[p[0]])) role = true;
      if (q && q[0] - i <= 3 && q[1] - j <= 3 && isWord(ta[q[0]])) role = true;
    }
    if (!role) continue;
    // "68%" and "4.252 tỷ": the word or sign after the number names what is counted; it must agree.
    const ua = unitAfter(ta, i);
    const ub = unitAfter(tb, j);
    if (ua !== null && ub !== null && ua !== ub) continue;
    out.push({ a: fa, b: fb, equal: sameValue(fa, fb) && fa.qualifier === fb.qualifier });
  }
  return out;
}

/**
 * Aligned sentence pairs across articles: for each pair of articles, a sentence pair is kept when each
 * is the other's best match (so a bulletin's ten "Nhiệt độ thấp nhất …" lines pair region with region,
 * and a line one article lacks is not forced onto another region's).
 */
export function alignPassages(articles: readonly Article[]): AlignedPair[] {
  const passages: Passage[] = [];
  for (const a of articles) passages.push(...passagesOf(a));
  const scored: Array<{ i: number; j: number; score: number; similarity: number }> = [];
  for (const [i, j] of candidatePairs(passages)) {
    const a = passages[i] as Passage;
    const b = passages[j] as Passage;
    const similarity = jaccard(a.shingles, b.shingles);
    const shared = sharedFigures(a, b);
    if (similarity < MIN_SIMILARITY && !(shared >= 1 && similarity >= MIN_SIMILARITY / 2)) continue;
    const score = similarity + (0.5 * shared) / Math.max(a.figures.length, b.figures.length);
    scored.push({ i, j, score, similarity });
  }
  // Best partner of each sentence within each other article.
  const best = new Map<string, number>();
  const keyOf = (p: number, other: string): string => `${p}\u0001${other}`;
  for (const s of scored) {
    const ka = keyOf(s.i, (passages[s.j] as Passage).articleId);
    const kb = keyOf(s.j, (passages[s.i] as Passage).articleId);
    best.set(ka, Math.max(best.get(ka) ?? -1, s.score));
    best.set(kb, Math.max(best.get(kb) ?? -1, s.score));
  }
  const out: AlignedPair[] = [];
  for (const s of scored) {
    const a = passages[s.i] as Passage;
    const b = passages[s.j] as Passage;
    if (best.get(keyOf(s.i, b.articleId)) !== s.score || best.get(keyOf(s.j, a.articleId)) !== s.score) continue;
    out.push({ a, b, similarity: s.similarity, counterparts: counterparts(a, b) });
  }
  return out;
}
