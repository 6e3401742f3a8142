// Shape and anchoring checks for the hand-annotated extraction gold (tests/fixtures/extract-gold).
// Used by tests/tools/check-gold.ts (command line) and tests/unit/extract/gold-files.test.ts.
// The gold files hold only short surfaces; the article text stays in ../shared/corpus.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const GOLD_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'extract-gold');
// dev2 … dev11: second to eleventh development sets, annotated by hand (sessions 24, 27, 28, 29, 33, 34, 38, 66 and 72) before
// any tuning against them (see the README; dev10 picked by tests/tools/pick-dev10.ts, dev11 the two corpus articles no set
// covered outside the cross-source held-out clusters). heldout2: a second held-out set (session 42,
// tests/tools/pick-heldout2.ts), measurement only.
export const SPLITS = ['tuned', 'heldout', 'heldout2', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11'] as const;
/** Development sets outside the seeded tuned/heldout split, in the order the halves alternate over (a new set goes last). */
export const DEV_SPLITS: readonly Split[] = ['dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11'];
export type Split = (typeof SPLITS)[number];
/**
 * Development sets that go wholly to half A (session 72: dev11 is annotated to be tuned on, and half B, a
 * measuring half, must keep exactly the files it had). The other sets alternate as before.
 */
export const HALF_A_ONLY: readonly Split[] = ['dev11'];

/**
 * The development files split into half A and half B: the files of DEV_SPLITS outside HALF_A_ONLY in the order
 * given, alternating by index (1st, 3rd, … to A; 2nd, 4th, … to B); the HALF_A_ONLY files are appended to A.
 */
export function devHalves<T extends { split: string }>(dev: readonly T[]): { a: T[]; b: T[] } {
  const alternating = dev.filter((g) => !(HALF_A_ONLY as readonly string[]).includes(g.split));
  return {
    a: [...alternating.filter((_, i) => i % 2 === 0), ...dev.filter((g) => (HALF_A_ONLY as readonly string[]).includes(g.split))],
    b: alternating.filter((_, i) => i % 2 === 1),
  };
}
export const KINDS = ['percent', 'count', 'money', 'ratio', 'rank', 'streak', 'measure', 'change', 'duration', 'date'] as const;
export const QUALIFIERS = ['exact', 'approx', 'more_than', 'less_than', 'at_least', 'at_most'] as const;
export const MODALITIES = ['fact', 'target', 'forecast'] as const;

export type GoldPeriod = { year: number } | { from: string | null; to: string | null };
export interface GoldClaim {
  surface: string;
  occurrence: number;
  kind: (typeof KINDS)[number];
  value: number;
  total: number | null;
  qualifier: (typeof QUALIFIERS)[number];
  unit: string | null;
  modality: (typeof MODALITIES)[number];
  subject: string | null;
  metric: string;
  period: GoldPeriod | null;
  about: string;
  years?: number[];
}
export interface GoldNonClaim {
  surface: string;
  occurrence: number;
  why: string;
}
export interface GoldFile {
  file: string;
  split: Split;
  claims: GoldClaim[];
  non_claims: GoldNonClaim[];
}
export interface LoadedGold {
  path: string;
  split: Split;
  doc: GoldFile;
}

/** ../shared/corpus next to the repository, or next to one of its ancestors (git worktrees); CROSSCHECK_CORPUS overrides. */
/**
 * The corpus files the given gold sets name (relative to ../shared/corpus): the `file` of each of their gold files, and
 * both lists of split.json. A seeded pick of a new set reads only the sets that existed when it was made.
 */
export function goldFilesOf(sets: readonly string[], goldDir = GOLD_DIR): Set<string> {
  const taken = new Set<string>();
  for (const set of sets) {
    for (const name of readdirSync(join(goldDir, set)).filter((f) => f.endsWith('.json'))) {
      taken.add((JSON.parse(readFileSync(join(goldDir, set, name), 'utf8')) as { file: string }).file);
    }
  }
  const split = JSON.parse(readFileSync(join(goldDir, 'split.json'), 'utf8')) as { heldout: string[]; tuned: string[] };
  for (const f of [...split.heldout, ...split.tuned]) taken.add(f);
  return taken;
}

/**
 * Sorted candidates for a new gold set: the corpus's .txt files (vi-news, then each cluster) that no file of `taken`
 * names, under `maxBytes`, leaving out the clusters `leftOut` names (by number, "039").
 */
export function goldCandidates(corpus: string, taken: ReadonlySet<string>, maxBytes: number, leftOut: readonly string[] = []): string[] {
  const all: string[] = readdirSync(join(corpus, 'vi-news'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `vi-news/${f}`);
  for (const d of readdirSync(join(corpus, 'clusters')).filter((f) => f.startsWith('cluster_'))) {
    if (leftOut.includes(d.slice('cluster_'.length))) continue;
    for (const f of readdirSync(join(corpus, 'clusters', d)).filter((x) => x.endsWith('.txt'))) all.push(`clusters/${d}/${f}`);
  }
  return all.filter((f) => !taken.has(f) && statSync(join(corpus, f)).size < maxBytes).sort();
}

export function findCorpus(): string | null {
  if (process.env.CROSSCHECK_CORPUS) return existsSync(process.env.CROSSCHECK_CORPUS) ? resolve(process.env.CROSSCHECK_CORPUS) : null;
  let dir = resolve(import.meta.dirname, '..', '..');
  for (;;) {
    const candidate = join(dirname(dir), 'shared', 'corpus');
    if (existsSync(join(candidate, 'README.md'))) return candidate;
    if (dirname(dir) === dir) return null;
    dir = dirname(dir);
  }
}

export function loadGold(goldDir = GOLD_DIR): LoadedGold[] {
  const out: LoadedGold[] = [];
  for (const split of SPLITS) {
    const dir = join(goldDir, split);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const path = join(dir, name);
      out.push({ path, split, doc: JSON.parse(readFileSync(path, 'utf8')) as GoldFile });
    }
  }
  return out;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function checkPeriod(p: unknown): string | null {
  if (p === null) return null;
  if (!isObj(p)) return 'period must be null or an object';
  const keys = Object.keys(p).sort().join(',');
  if (keys === 'year') return Number.isInteger(p.year) && (p.year as number) >= 1900 && (p.year as number) <= 2100 ? null : 'period.year must be a year';
  if (keys !== 'from,to') return `period keys must be {year} or {from,to}, got {${keys}}`;
  const { from, to } = p;
  if (from === null && to === null) return 'period {from,to} needs at least one end';
  for (const end of [from, to]) if (end !== null && (typeof end !== 'string' || !PARTIAL_DATE.test(end))) return `period end ${String(end)} is not YYYY, YYYY-MM or YYYY-MM-DD`;
  if (typeof from === 'string' && typeof to === 'string' && from.length === to.length && from > to) return `period from ${from} after to ${to}`;
  return null;
}

/** Shape problems of one gold document (empty when valid). */
export function shapeErrors(doc: unknown, split: Split): string[] {
  const errs: string[] = [];
  if (!isObj(doc)) return ['gold file must be a JSON object'];
  const keys = Object.keys(doc).sort().join(',');
  if (keys !== 'claims,file,non_claims,split') errs.push(`top-level keys must be file, split, claims, non_claims (got ${keys})`);
  if (!isStr(doc.file) || !/^(vi-news\/[^/]+|clusters\/cluster_\d+\/[^/]+)\.txt$/.test(doc.file)) errs.push(`file must be a corpus path like vi-news/x.txt or clusters/cluster_nnn/x.txt (got ${String(doc.file)})`);
  if (doc.split !== split) errs.push(`split field ${String(doc.split)} does not match folder ${split}`);
  // An article with no claim at all (a feature piece whose numbers are names and articles) is gold too: it
  // tests precision alone. It must then list its traps as non-claims, so an empty file is still refused.
  const hasNon = Array.isArray(doc.non_claims) && doc.non_claims.length > 0;
  if (!Array.isArray(doc.claims) || (doc.claims.length === 0 && !hasNon)) errs.push('claims must be a non-empty array (or empty with the non-claims listed)');
  if (!Array.isArray(doc.non_claims)) errs.push('non_claims must be an array');
  const seen = new Set<string>();
  const entry = (e: unknown, where: string): e is Record<string, unknown> => {
    if (!isObj(e)) {
      errs.push(`${where}: not an object`);
      return false;
    }
    if (!isStr(e.surface) || e.surface !== e.surface.normalize('NFC') || e.surface !== e.surface.trim()) errs.push(`${where}: surface must be trimmed NFC text`);
    if (!Number.isInteger(e.occurrence) || (e.occurrence as number) < 1) errs.push(`${where}: occurrence must be an integer >= 1`);
    const key = `${String(e.surface)}#${String(e.occurrence)}`;
    if (seen.has(key)) errs.push(`${where}: duplicate entry ${key}`);
    seen.add(key);
    return true;
  };
  (Array.isArray(doc.claims) ? doc.claims : []).forEach((c: unknown, i: number) => {
    const where = `claims[${i}]`;
    if (!entry(c, where)) return;
    const allowed = new Set(['surface', 'occurrence', 'kind', 'value', 'total', 'qualifier', 'unit', 'modality', 'subject', 'metric', 'period', 'about', 'years']);
    for (const k of Object.keys(c)) if (!allowed.has(k)) errs.push(`${where}: unknown field ${k}`);
    if (!(KINDS as readonly unknown[]).includes(c.kind)) errs.push(`${where}: kind ${String(c.kind)} not in ${KINDS.join('|')}`);
    if (typeof c.value !== 'number' || !Number.isFinite(c.value)) errs.push(`${where}: value must be a finite number`);
    if (c.total !== null && (typeof c.total !== 'number' || !Number.isFinite(c.total))) errs.push(`${where}: total must be null or a number`);
    if (c.kind === 'ratio' && c.total === null) errs.push(`${where}: a ratio needs a total`);
    if (c.kind === 'date' && !(Number.isInteger(c.value) && /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(String(c.value)))) errs.push(`${where}: a date value is yyyymmdd`);
    if (!(QUALIFIERS as readonly unknown[]).includes(c.qualifier)) errs.push(`${where}: qualifier ${String(c.qualifier)} not in ${QUALIFIERS.join('|')}`);
    if (!(MODALITIES as readonly unknown[]).includes(c.modality)) errs.push(`${where}: modality ${String(c.modality)} not in ${MODALITIES.join('|')}`);
    if (c.unit !== null && !isStr(c.unit)) errs.push(`${where}: unit must be null or text`);
    if (c.subject !== null && !isStr(c.subject)) errs.push(`${where}: subject must be null or text`);
    if (!isStr(c.metric)) errs.push(`${where}: metric must be text`);
    if (!isStr(c.about)) errs.push(`${where}: about must be text`);
    const pe = checkPeriod(c.period);
    if (pe) errs.push(`${where}: ${pe}`);
    if (c.years !== undefined && !(Array.isArray(c.years) && c.years.every((y) => Number.isInteger(y)))) errs.push(`${where}: years must be a list of years`);
  });
  (Array.isArray(doc.non_claims) ? doc.non_claims : []).forEach((n: unknown, i: number) => {
    const where = `non_claims[${i}]`;
    if (!entry(n, where)) return;
    if (Object.keys(n).sort().join(',') !== 'occurrence,surface,why') errs.push(`${where}: fields must be surface, occurrence, why`);
    if (!isStr(n.why)) errs.push(`${where}: why must be text`);
  });
  return errs;
}

/** Start offset of the n-th (1-based) occurrence of needle, or -1. */
export function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Problems anchoring a (shape-valid) gold document in its corpus text, given as read from disk. */
export function anchorErrors(doc: GoldFile, rawText: string): string[] {
  const errs: string[] = [];
  const text = rawText.normalize('NFC');
  const lines = text.split('\n');
  // Cluster files: line 2 is the publication time and the last non-empty line "Nguồn: …"; neither holds claims.
  const excluded: Array<[number, number]> = [];
  if (doc.file.startsWith('clusters/')) {
    const l1 = (lines[0] ?? '').length + 1;
    excluded.push([l1, l1 + (lines[1] ?? '').length]);
    const last = text.trimEnd().lastIndexOf('\n');
    if (text.slice(last + 1).startsWith('Nguồn:')) excluded.push([last + 1, text.length]);
  }
  const spans: Array<[number, number, string]> = [];
  doc.claims.forEach((c, i) => {
    const at = nthIndexOf(text, c.surface, c.occurrence);
    if (at < 0) return errs.push(`claims[${i}] "${c.surface}" occurs fewer than ${c.occurrence} times`);
    if (excluded.some(([s, e]) => at < e && at + c.surface.length > s)) errs.push(`claims[${i}] "${c.surface}" #${c.occurrence} lies in the date line or the "Nguồn:" line`);
    spans.push([at, at + c.surface.length, `claims[${i}] "${c.surface}"`]);
  });
  doc.non_claims.forEach((n, i) => {
    const at = nthIndexOf(text, n.surface, n.occurrence);
    if (at < 0) return errs.push(`non_claims[${i}] "${n.surface}" occurs fewer than ${n.occurrence} times`);
    spans.push([at, at + n.surface.length, `non_claims[${i}] "${n.surface}"`]);
  });
  // Two entries on the same characters would make the gold contradict itself.
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    const [s, , what] = spans[i]!;
    const [, pe, prev] = spans[i - 1]!;
    if (s < pe) errs.push(`${what} overlaps ${prev}`);
  }
  return errs;
}

/** Every problem of the whole gold set: shapes, splits, anchoring (when the corpus is given). */
export function checkAll(corpus: string | null, goldDir = GOLD_DIR): { files: LoadedGold[]; errors: string[] } {
  const files = loadGold(goldDir);
  const errors: string[] = [];
  const seenFiles = new Map<string, string>();
  for (const g of files) {
    const rel = g.path.slice(goldDir.length + 1);
    for (const e of shapeErrors(g.doc, g.split)) errors.push(`${rel}: ${e}`);
    if (typeof g.doc.file === 'string') {
      const other = seenFiles.get(g.doc.file);
      if (other) errors.push(`${rel}: ${g.doc.file} is already annotated in ${other}`);
      seenFiles.set(g.doc.file, rel);
    }
    if (corpus && typeof g.doc.file === 'string' && Array.isArray(g.doc.claims) && Array.isArray(g.doc.non_claims)) {
      const path = join(corpus, g.doc.file);
      if (!existsSync(path)) errors.push(`${rel}: corpus file ${g.doc.file} not found`);
      else for (const e of anchorErrors(g.doc, readFileSync(path, 'utf8'))) errors.push(`${rel}: ${e}`);
    }
  }
  return { files, errors };
}
