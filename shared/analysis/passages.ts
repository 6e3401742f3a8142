import type { Article } from '../schema';
import { splitSentences } from '../extract/sentences';
import { qualifiersIn } from './clause';
import { sameValue, tokenizeSentence, type Figure } from './figures';
import { jaccard } from './normalize';

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
  /** Qualifier markers of the sentence (channel, level, outcome…), read when first asked for. */
  markers?: string[];
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
   * Words of each sentence left out of the alignment, gap by gap (folded, joined by spaces): what one
   * sentence says where the other says something else or nothing.
   */
  gapsA: string[];
  gapsB: string[];
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

const HASH = idOf('#');
const SLASH = idOf('/');
const COLON = idOf(':');
const WORDLESS = new Set(['#', '-', '/', '%', ':'].map(idOf));
const SCALE_WORDS = new Set(['nghin', 'ngan', 'trieu', 'ty', 'ti'].map(idOf));
// Words whose change is the figure's own change (its scale or qualifier), or says nothing of what is counted.
const FIGURE_WORDS = new Set(
  ['nghin', 'ngan', 'trieu', 'ty', 'ti', 'hon', 'tren', 'vuot', 'gan', 'khoang', 'xap', 'xi', 'chung', 'duoi', 'chua', 'toi', 'da', 'it', 'nhat', 'thieu', 'khong', 'qua', 'uoc', 'nhu', 'la', 'dat', 'co', 'va', 'cua', 'o', 'tai', 'voi', 'thi', 'duoc', 'se', 'dang', 'nay', 'do', 'nhung', 'cac', 'mot'].map(idOf),
);

function shinglesOf(tokens: Int32Array): Uint32Array {
  const w: number[] = [];
  for (const t of tokens) if (t !== SLASH && t !== COLON) w.push(wordHashes[t] as number);
  const out: number[] = [];
  for (let i = 0; i + 1 < w.length; i++) out.push(mix(Math.imul(w[i] as number, 0x9e3779b1) ^ (w[i + 1] as number), 0x5bd1e995));
  if (w.length === 1) out.push(mix(w[0] as number, 0x27d4eb2f));
  const sorted = Uint32Array.from(out).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] as number;
  return sorted.subarray(0, n);
}

const passageCache = new WeakMap<Article, Passage[]>();
const DIGIT = /\d/;

/** The article's sentences with at least one figure, tokenized; cached per article object. */
export function passagesOf(article: Article): Passage[] {
  let list = passageCache.get(article);
  if (list) return list;
  list = [];
  const text = article.text;
  let index = 0;
  for (const s of splitSentences(text)) {
    index++;
    if (!DIGIT.test(text.slice(s.start, s.end))) continue;
    const { tokens, figures } = tokenizeSentence(text, s.start, s.end);
    if (figures.length === 0 || tokens.length > MAX_TOKENS) continue;
    const ids = Int32Array.from(tokens, idOf);
    // A sentence of nothing but numbers and signs (a table row) has no wording to align on.
    if (ids.every((t) => WORDLESS.has(t))) continue;
    list.push({ articleId: article.id, index, start: s.start, end: s.end, tokens: ids, figures, shingles: shinglesOf(ids) });
  }
  passageCache.set(article, list);
  return list;
}

/** Qualifier markers of a passage (see shared/analysis/clause `qualifiersIn`). */
export function markersOf(p: Passage): string[] {
  if (!p.markers) p.markers = qualifiersIn(Array.from(p.tokens, wordOf).join(' '));
  return p.markers;
}

const sig = new Uint32Array(HASHES);
function signature(sh: Uint32Array): Uint32Array {
  sig.fill(0xffffffff);
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
  // Keys are hashes (bands and figure values in separate halves of the key space): a collision only
  // adds a candidate, which the similarity check then drops.
  const buckets = new Map<number, number[]>();
  const put = (key: number, i: number): void => {
    const list = buckets.get(key);
    if (!list) buckets.set(key, [i]);
    else if (list.length <= MAX_BUCKET) list.push(i);
  };
  passages.forEach((p, i) => {
    if (p.shingles.length > 0) {
      const s = signature(p.shingles);
      for (let b = 0; b < HASHES / ROWS; b++) {
        let key = mix(b + 1, 0x1b873593);
        for (let r = 0; r < ROWS; r++) key = mix(key ^ (s[b * ROWS + r] as number), 0xcc9e2d51);
        put(key * 2, i);
      }
    }
    for (const f of p.figures) if (distinctive(f)) put(fnv(String(f.value)) * 2 + 1, i);
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
  for (const f of a.figures) if (!f.calendar && b.figures.some((g) => !g.calendar && sameValue(f, g))) n++;
  return n;
}

let dp = new Uint16Array(0);

/**
 * The figures of two aligned sentences that stand in the same place: '#' tokens matched by a longest
 * common subsequence of the masked tokens, kept only when a neighbouring word is matched with them
 * (the same role: "phút #", "# tỷ đồng").
 */
export function counterparts(a: Passage, b: Passage): Counterpart[] {
  return lineUp(a, b).counterparts;
}

let matchA = new Int32Array(0);
let matchB = new Int32Array(0);

function figureAt(figures: readonly Figure[], token: number): Figure | undefined {
  for (const f of figures) if (f.token === token) return f;
  return undefined;
}

/** Counterpart figures and the unaligned words between them (see `LineUp`). */
export function lineUp(a: Passage, b: Passage): LineUp {
  const ta = a.tokens;
  const tb = b.tokens;
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
  const most = Math.min(n, m);
  if (matchA.length < most) {
    matchA = new Int32Array(most * 2);
    matchB = new Int32Array(most * 2);
  }
  let count = 0;
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (ta[i] === tb[j]) {
      matchA[count] = i;
      matchB[count] = j;
      count++;
      i++;
      j++;
    } else if ((dp[(i + 1) * w + j] as number) >= (dp[i * w + j + 1] as number)) i++;
    else j++;
  }
  const isWord = (t: number | undefined): boolean => t !== undefined && !WORDLESS.has(t);
  const out: Counterpart[] = [];
  for (let k = 0; k < count; k++) {
    const i = matchA[k] as number;
    const j = matchB[k] as number;
    if (ta[i] !== HASH) continue;
    const fa = figureAt(a.figures, i);
    const fb = figureAt(b.figures, j);
    if (!fa || !fb || fa.calendar || fb.calendar) continue;
    // The role comes from a matched word close by on both sides ("phút #", "# tỷ đồng"), not from
    // another number or a sign; a qualifier or a sign may sit in between ("lên hơn 5,3 % GDP").
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
    if (!role) continue;
    // "68%" and "4.252 tỷ": the word or sign after the number names what is counted; it must agree.
    const ua = unitAfter(ta, i);
    const ub = unitAfter(tb, j);
    if (ua !== -1 && ub !== -1 && ua !== ub) continue;
    out.push({ a: fa, b: fb, equal: sameValue(fa, fb) && fa.qualifier === fb.qualifier });
  }
  const gapsA: string[] = [];
  const gapsB: string[] = [];
  let substituted = false;
  const content = (t: number): boolean => !WORDLESS.has(t) && !FIGURE_WORDS.has(t);
  for (let k = 0; k <= count; k++) {
    const pi = k === 0 ? -1 : (matchA[k - 1] as number);
    const pj = k === 0 ? -1 : (matchB[k - 1] as number);
    const ni = k === count ? n : (matchA[k] as number);
    const nj = k === count ? m : (matchB[k] as number);
    let contentA = false;
    let contentB = false;
    if (ni > pi + 1) {
      const ga = ta.subarray(pi + 1, ni);
      contentA = ga.some(content);
      gapsA.push(Array.from(ga, wordOf).join(' '));
    }
    if (nj > pj + 1) {
      const gb = tb.subarray(pj + 1, nj);
      contentB = gb.some(content);
      gapsB.push(Array.from(gb, wordOf).join(' '));
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
  const passages: Passage[] = [];
  const articleOf: number[] = [];
  articles.forEach((a, k) => {
    for (const p of passagesOf(a)) {
      passages.push(p);
      articleOf.push(k);
    }
  });
  const A = articles.length;
  const scored: Array<{ i: number; j: number; score: number; similarity: number }> = [];
  for (const [i, j] of candidatePairs(passages)) {
    const a = passages[i] as Passage;
    const b = passages[j] as Passage;
    const similarity = jaccard(a.shingles, b.shingles, 0);
    if (similarity < MIN_SIMILARITY / 2) continue;
    const shared = sharedFigures(a, b);
    if (similarity < MIN_SIMILARITY && shared === 0) continue;
    const score = similarity + (0.5 * shared) / Math.max(a.figures.length, b.figures.length);
    scored.push({ i, j, score, similarity });
  }
  // Best score of each sentence within each other article (keys: sentence × article).
  const best = new Map<number, number>();
  for (const s of scored) {
    const ka = s.i * A + (articleOf[s.j] as number);
    const kb = s.j * A + (articleOf[s.i] as number);
    if ((best.get(ka) ?? -1) < s.score) best.set(ka, s.score);
    if ((best.get(kb) ?? -1) < s.score) best.set(kb, s.score);
  }
  const mutual = scored.filter(
    (s) => best.get(s.i * A + (articleOf[s.j] as number)) === s.score && best.get(s.j * A + (articleOf[s.i] as number)) === s.score,
  );
  const gap = (s: { i: number; j: number }): number => Math.abs((passages[s.i] as Passage).index - (passages[s.j] as Passage).index);
  mutual.sort((x, y) => y.score - x.score || gap(x) - gap(y) || x.i - y.i || x.j - y.j);
  const taken = new Set<number>();
  const out: AlignedPair[] = [];
  for (const s of mutual) {
    const ka = s.i * A + (articleOf[s.j] as number);
    const kb = s.j * A + (articleOf[s.i] as number);
    if (taken.has(ka) || taken.has(kb)) continue;
    taken.add(ka);
    taken.add(kb);
    out.push({ a: passages[s.i] as Passage, b: passages[s.j] as Passage, similarity: s.similarity });
  }
  return out;
}
