import { GENERIC_TOKENS, namesOf, type FactView } from './facts';
import { intersects, jaccard, sameList } from './normalize';
import { overlaps, samePeriod, type Period } from './period';

/** Token overlap above which two metric wordings are taken as the same metric. */
export const METRIC_SIMILARITY = 0.6;

/** A rate per a span of time or per head, on folded units: "dong/nam", "ty/thang", "nghin/nguoi/thang". */
const RATE_UNIT = /\/\s*(?:nam|thang|quy|tuan|ngay|gio|nguoi|ho|khau)(?![\p{L}\p{M}])/u;

function unitsCompatible(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  // A rate is not the total it adds up to: "364.000 tỷ" (2011-2013) vs "120.000 tỷ đồng/năm".
  if (RATE_UNIT.test(a ?? '') !== RATE_UNIT.test(b ?? '')) return false;
  if (a === null || b === null) return true;
  // "tổ" vs "tổ công nghệ số": the extractor may keep more or less of the noun.
  return a.startsWith(b + ' ') || b.startsWith(a + ' ');
}

function yearSpan(p: Period): [number, number] {
  return [Math.floor(p.start / 12), Math.floor(p.end / 12)];
}

/**
 * Same time frame? Periods must be equal for ordinary figures (a half-year figure is not the year's),
 * overlap for streaks and running totals; a claim without a period speaks as of its publication, which
 * may report the year before.
 */
export function periodsCompatible(a: FactView, b: FactView): boolean {
  if (a.period && b.period) {
    if (a.family === 'streak' || a.period.cumulative || b.period.cumulative) return overlaps(a.period, b.period);
    return samePeriod(a.period, b.period);
  }
  if (!a.period && !b.period) return true;
  const dated = (a.period ?? b.period) as Period;
  const asOfYear = a.period ? b.publishedYear : a.publishedYear;
  if (asOfYear === null) return false;
  const [from, to] = yearSpan(dated);
  return asOfYear >= from && asOfYear <= to + 1;
}

/** Shared syllables that say something about the figure (not "tỷ lệ", not the counted noun). */
function telling(a: readonly string[], b: readonly string[], unitA: string | null, unitB: string | null, subject: readonly string[]): number {
  let n = 0;
  for (const t of a) {
    if (GENERIC_TOKENS.has(t) || t === unitA || t === unitB || subject.includes(t) || !b.includes(t)) continue;
    if ((unitA !== null && unitA.split(' ').includes(t)) || (unitB !== null && unitB.split(' ').includes(t))) continue;
    n++;
  }
  return n;
}

/** Clause wordings close enough to be one figure said twice, not two figures of one head noun. */
export function similarDetail(a: FactView, b: FactView): boolean {
  // The subject's own words ("Bắc Giang" in "tỉnh Bắc Giang đạt …") say nothing about which figure it is.
  const subject = a.subject.split(' ');
  const da = a.detail.filter((t) => !subject.includes(t));
  const db = b.detail.filter((t) => !subject.includes(t));
  return telling(da, db, a.unit, b.unit, subject) >= 2 && jaccard(da, db) >= METRIC_SIMILARITY;
}

/**
 * Ranks compare only within one ranking: the same named index or the same index words ("chỉ số chuyển
 * đổi số" is not "chỉ số CCHC", nor one of its fields), out of the same number of places.
 */
function sameRanking(a: FactView, b: FactView): boolean {
  if (a.total !== null && b.total !== null && a.total !== b.total) return false;
  const na = namesOf(a);
  const nb = namesOf(b);
  if (na.length > 0 || nb.length > 0) return intersects(na, nb);
  const ta = a.metric.tokens.filter((t) => !GENERIC_TOKENS.has(t));
  const tb = b.metric.tokens.filter((t) => !GENERIC_TOKENS.has(t));
  return ta.length > 0 && tb.length > 0 && jaccard(ta, tb) >= METRIC_SIMILARITY;
}

/** Whether two facts are about the same thing: subject, metric, time frame. Values are not looked at. */
export function sameFact(a: FactView, b: FactView): boolean {
  if (a.subject !== b.subject || a.family !== b.family || a.modalityGroup !== b.modalityGroup) return false;
  if (!sameList(a.metric.levels, b.metric.levels)) return false;
  // Online vs in person, one level vs another, all files vs the successful ones: different figures.
  if (!sameList(a.qualifiers, b.qualifiers)) return false;
  // "52-NQ/TW" (the Politburo's) and "52-NQ/TU" (a province's) are different documents.
  if (a.metric.ids.length > 0 && b.metric.ids.length > 0 && !sameList(a.metric.ids, b.metric.ids)) return false;
  if (!unitsCompatible(a.unit, b.unit)) return false;
  if (a.family === 'rank') return sameRanking(a, b) && periodsCompatible(a, b);
  // Two different named indices ("lĩnh vực “A”" vs "lĩnh vực “B”") share their other words.
  if (a.metric.names.length > 0 && b.metric.names.length > 0 && !intersects(a.metric.names, b.metric.names)) return false;
  const named = intersects(namesOf(a), namesOf(b));
  // A metric that is little more than its head noun ("hồ sơ", "tỷ lệ") says too little: the clause decides.
  const worded =
    a.vague || b.vague
      ? similarDetail(a, b)
      : a.metric.tokens.length > 0 && jaccard(a.metric.tokens, b.metric.tokens) >= METRIC_SIMILARITY;
  if (!named && !worded) return false;
  return periodsCompatible(a, b);
}

export function blockKey(f: FactView): string {
  return `${f.subject}\u0001${f.family}\u0001${f.modalityGroup}`;
}

function exactKey(f: FactView): string {
  const p = f.period ? `${f.period.start}-${f.period.end}-${f.period.cumulative ? 1 : 0}` : '';
  return `${blockKey(f)}\u0002${f.metric.key}\u0002${f.contextNames.join('|')}\u0002${f.qualifiers.join(',')}\u0002${p}\u0002${f.unit ?? ''}`;
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Postings longer than this are words shared by too many wordings to tell anything (prefix filtering
 * puts rare words first, so this only trips on degenerate input); skipping them keeps the cost linear.
 */
const MAX_POSTING = 256;

/**
 * Groups facts about the same thing without comparing all pairs: facts with identical keys collapse into
 * one group, then groups are compared only when they share a quoted name or one of their rarest metric
 * words inside the same subject/kind block (prefix filtering: any two token sets with Jaccard ≥ t share
 * a word among the first |s| − ⌈t·|s|⌉ + 1 rarest of each).
 */
export function clusterFacts(facts: readonly FactView[]): FactView[][] {
  const stages = clusterFactsStaged(facts);
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/** clusterFacts in slices (a step every few hundred facts keyed or pairs compared): the same result. */
export function* clusterFactsStaged(facts: readonly FactView[]): Generator<void, FactView[][]> {
  const groups = new Map<string, FactView[]>();
  for (const [n, f] of facts.entries()) {
    const key = exactKey(f);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
    if ((n & 511) === 511) yield;
  }
  const reps = [...groups.values()];
  const frequency = new Map<string, number>();
  for (const g of reps) {
    for (const t of (g[0] as FactView).metric.tokens) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  }
  const postings = new Map<string, number[]>();
  const post = (key: string, i: number): void => {
    const list = postings.get(key);
    if (list) list.push(i);
    else postings.set(key, [i]);
  };
  for (const [i, g] of reps.entries()) {
    const f = g[0] as FactView;
    const block = blockKey(f);
    for (const name of namesOf(f)) post(`${block}\u0001n\u0001${name}`, i);
    const tokens = [...f.metric.tokens].sort((x, y) => (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0) || (x < y ? -1 : 1));
    const prefix = tokens.length - Math.ceil(METRIC_SIMILARITY * tokens.length) + 1;
    for (const t of tokens.slice(0, prefix)) post(`${block}\u0001t\u0001${t}`, i);
    if ((i & 255) === 255) yield;
  }
  const uf = new UnionFind(reps.length);
  let compared = 0;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++) {
      const i = list[x] as number;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y] as number;
        if (uf.find(i) === uf.find(j)) continue;
        if (sameFact((reps[i] as FactView[])[0] as FactView, (reps[j] as FactView[])[0] as FactView)) uf.union(i, j);
      }
      // A long posting list is most of a block's pairs: steps within it too.
      compared += list.length - x - 1;
      if (compared >= 512) {
        compared = 0;
        yield;
      }
    }
  }
  const clusters = new Map<number, FactView[]>();
  reps.forEach((g, i) => {
    const root = uf.find(i);
    const c = clusters.get(root);
    if (c) c.push(...g);
    else clusters.set(root, [...g]);
  });
  return [...clusters.values()];
}
