/**
 * Planted-change benchmark on real news (../shared/corpus, never copied into the repository):
 *  (a) every corpus article beside a copy of it with two figures changed (first digit, a scale word or a
 *      qualifier) — share of changes found, false alarms per 10 pairs;
 *  (b) in each cluster, a figure that another outlet also reports changed in one article — share found;
 *  (c) the unmodified clusters — every conflict raised, listed for hand review, with the gold conflicts
 *      of tests/fixtures/cluster-gold found.
 * Tuned and held-out clusters are printed separately.
 *   npx tsx tests/bench/planted.bench.ts [--list | --list-tuned]
 * --list prints every miss and false alarm (and the held-out clusters' (c) conflicts); --list-tuned only
 * the tuned clusters' (b) misses, so that tuning never reads the held-out clusters' failures.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectFindings } from '../../shared/analysis';
import { buildDocument } from '../../shared/document';
import type { Article, Claim, Finding } from '../../shared/schema';
import { rng } from './generate';
import { CORPUS, GOLD, load, readGold, seedOf, type Doc } from './plantedDocs';

const LIST = process.argv.includes('--list');
const LIST_TUNED = process.argv.includes('--list-tuned');

type ChangeKind = 'digit' | 'scale' | 'qualifier';
interface Edit {
  start: number;
  end: number;
  replacement: string;
  kind: ChangeKind;
}

const SCALE_SWAP: Record<string, string> = { nghìn: 'triệu', ngàn: 'triệu', triệu: 'tỷ', tỷ: 'triệu', tỉ: 'triệu' };
const QUALIFIER_SWAP: Record<string, string> = { hơn: 'gần', trên: 'dưới', gần: 'hơn', khoảng: 'hơn', dưới: 'trên' };

/** The edit that changes the figure whose digits start at `at`, of the given kind, if it applies. */
function editAt(text: string, at: number, kind: ChangeKind): Edit | null {
  const digits = /^\d+(?:[.,]\d+)*/.exec(text.slice(at))?.[0];
  if (!digits) return null;
  const after = at + digits.length;
  if (kind === 'digit') {
    const d = Number(digits[0]);
    return { start: at, end: at + 1, replacement: String(d === 9 ? 1 : d + 1), kind };
  }
  if (kind === 'scale') {
    const m = /^\s+(nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{M}])/u.exec(text.slice(after));
    if (!m) return null;
    const s = after + m[0].length - (m[1] as string).length;
    return { start: s, end: s + (m[1] as string).length, replacement: SCALE_SWAP[m[1] as string] as string, kind };
  }
  const before = /(hơn|trên|gần|khoảng|dưới)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
  if (before) {
    const s = at - before[0].length;
    return { start: s, end: s + (before[1] as string).length, replacement: QUALIFIER_SWAP[before[1] as string] as string, kind };
  }
  return { start: at, end: at, replacement: 'hơn ', kind };
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

/** Where an edit lands in the edited text (edits sorted by start, none overlapping). */
function shifted(edits: Edit[]): Array<{ start: number; end: number }> {
  const sorted = [...edits].sort((x, y) => x.start - y.start);
  let delta = 0;
  return sorted.map((e) => {
    const r = { start: e.start + delta, end: e.start + delta + Math.max(1, e.replacement.length) };
    delta += e.replacement.length - (e.end - e.start);
    return r;
  });
}

function republish(article: Article, text: string, days: number): Doc {
  const doc = buildDocument(text, `${article.source}#copy`, '2026-01-01T00:00:00Z');
  const at = article.publishedAt ? new Date(Date.parse(article.publishedAt.length === 10 ? `${article.publishedAt}T00:00:00Z` : `${article.publishedAt}Z`) + days * 86_400_000).toISOString().slice(0, 16) : null;
  return { file: 'copy', article: { ...doc.article, publishedAt: at, outlet: 'copy.example' }, claims: doc.claims };
}

/** Text ranges a finding points at in one article: its spans and its claims' quotes. */
function rangesIn(f: Finding, articleId: string, claims: ReadonlyMap<string, Claim>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of f.spans ?? []) if (s.articleId === articleId) out.push(s);
  for (const id of f.claimIds) {
    const c = claims.get(id);
    if (c && c.articleId === articleId) out.push(c);
  }
  return out;
}

const touches = (r: { start: number; end: number }, t: { start: number; end: number }): boolean => r.start < t.end + 1 && t.start < r.end + 1;

function crossFindings(docs: Doc[]): { findings: Finding[]; internal: Finding[]; claims: Map<string, Claim> } {
  const claims = docs.flatMap((d) => d.claims);
  const all = detectFindings(
    docs.map((d) => d.article),
    claims,
  );
  const findings = all.filter((f) => (f.type === 'conflict' || f.type === 'update') && (f.articleIds?.length ?? 0) > 1);
  // The per-article rules' findings (a draw given an uneven score, a rank beyond its total…): (b) reports apart
  // how many changed figures they flag that the cross-source comparison does not.
  const internal = all.filter((f) => f.type === 'internal');
  return { findings, internal, claims: new Map(claims.map((c) => [c.id, c])) };
}

// ---- (a) each article beside a copy with two figures changed ----
function plantedCopies(docs: Doc[]): { changes: number; found: number; pairs: number; falseAlarms: number; missed: string[]; alarms: string[] } {
  const kinds: ChangeKind[] = ['digit', 'scale', 'qualifier'];
  let turn = 0;
  let changes = 0;
  let found = 0;
  let falseAlarms = 0;
  const missed: string[] = [];
  const alarms: string[] = [];
  for (const doc of docs) {
    const rand = rng(seedOf(doc.file));
    const text = doc.article.text;
    const candidates = doc.claims.filter((c) => c.value !== null && c.kind !== 'date' && /\d/.test(c.quote) && c.sentenceStart > text.indexOf('\n'));
    const edits: Edit[] = [];
    const usedSentences = new Set<number>();
    for (let tries = 0; edits.length < 2 && tries < 40 && candidates.length > 0; tries++) {
      const c = candidates[Math.floor(rand() * candidates.length)] as Claim;
      if (usedSentences.has(c.sentenceStart)) continue;
      const at = c.start + c.quote.search(/\d/);
      let edit: Edit | null = null;
      for (let k = 0; k < kinds.length && !edit; k++) edit = editAt(text, at, kinds[(turn + k) % kinds.length] as ChangeKind);
      if (!edit) continue;
      turn++;
      usedSentences.add(c.sentenceStart);
      edits.push(edit);
    }
    if (edits.length === 0) continue;
    const copy = republish(doc.article, applyEdits(text, edits), 1);
    const targets = shifted(edits);
    const { findings, claims } = crossFindings([doc, copy]);
    const hit = targets.map(() => false);
    for (const f of findings) {
      const rs = rangesIn(f, copy.article.id, claims);
      let any = false;
      targets.forEach((t, i) => {
        if (rs.some((r) => touches(r, t))) {
          hit[i] = true;
          any = true;
        }
      });
      if (!any) {
        falseAlarms++;
        alarms.push(`${doc.file}: ${f.explanation.slice(0, 220)}`);
      }
    }
    changes += targets.length;
    found += hit.filter(Boolean).length;
    [...edits].sort((x, y) => x.start - y.start).forEach((e, i) => {
      if (!hit[i]) missed.push(`${doc.file} [${e.kind}] …${text.slice(Math.max(0, e.start - 50), e.end + 30).replace(/\s+/g, ' ')}…`);
    });
  }
  return { changes, found, pairs: docs.length, falseAlarms, missed, alarms };
}

interface GoldRelation {
  relation: 'agree' | 'conflict' | 'near' | 'update' | 'internal';
  figures: Array<[string, string]>;
  note: string;
}
interface Gold {
  cluster: string;
  relations: GoldRelation[];
}

function quoteRange(doc: Doc, quote: string): { start: number; end: number } {
  const start = doc.article.text.indexOf(quote);
  if (start < 0) throw new Error(`gold quote not found in ${doc.file}: ${quote}`);
  return { start, end: start + quote.length };
}

// ---- (b) one outlet's figure, also reported by another, changed ----
/**
 * A (b) trial: `found` by a conflict or an update between articles (the figure the bench reports); `flagged` also
 * when only a per-article rule's finding touches the changed figure — one the unchanged cluster does not raise
 * there by the same rule (a first-digit change keeps every offset, so the ranges compare as they are).
 */
function sameEventTrials(cluster: Doc[], gold: Gold | undefined, name: string): Array<{ found: boolean; flagged: boolean; label: string }> {
  const trials: Array<{ found: boolean; flagged: boolean; label: string }> = [];
  let base: ReturnType<typeof crossFindings> | null = null;
  const specs: Array<{ doc: Doc; at: number; label: string }> = [];
  if (gold) {
    for (const r of gold.relations) {
      if (r.relation !== 'agree') continue;
      const [file, quote] = r.figures[r.figures.length - 1] as [string, string];
      const doc = cluster.find((d) => d.file === file) as Doc;
      const range = quoteRange(doc, quote);
      // A figure in words ("Tám chiếc") has no digit to change.
      if (quote.search(/\d/) < 0) continue;
      const at = range.start + quote.search(/\d/);
      specs.push({ doc, at, label: `${name} ${file} “${quote}” (${r.note})` });
    }
  } else {
    // Without gold: one figure whose value and unit another outlet also gives, chosen by a seeded draw.
    const rand = rng(seedOf(name));
    const shared = cluster.flatMap((d) =>
      d.claims.filter((c) => c.value !== null && c.kind !== 'date' && (c.value ?? 0) >= 10 && cluster.some((o) => o !== d && o.claims.some((x) => x.value === c.value && x.unit === c.unit))).map((c) => ({ d, c })),
    );
    if (shared.length > 0) {
      const pick = shared[Math.floor(rand() * shared.length)] as { d: Doc; c: Claim };
      if (pick.c.quote.search(/\d/) >= 0) specs.push({ doc: pick.d, at: pick.c.start + pick.c.quote.search(/\d/), label: `${name} ${pick.d.file} “${pick.c.quote}” (auto)` });
    }
  }
  for (const s of specs) {
    const edit = editAt(s.doc.article.text, s.at, 'digit');
    if (!edit) continue;
    const changed = republish(s.doc.article, applyEdits(s.doc.article.text, [edit]), 0);
    changed.article = { ...changed.article, publishedAt: s.doc.article.publishedAt, outlet: s.doc.article.outlet };
    const target = shifted([edit])[0] as { start: number; end: number };
    const docs = cluster.map((d) => (d === s.doc ? changed : d));
    const { findings, internal, claims } = crossFindings(docs);
    const found = findings.some((f) => rangesIn(f, changed.article.id, claims).some((r) => touches(r, target)));
    base ??= crossFindings(cluster);
    const before = base;
    const already = (rule: string | undefined): boolean => before.internal.some((f) => f.rule === rule && rangesIn(f, s.doc.article.id, before.claims).some((r) => touches(r, target)));
    const flagged = found || internal.some((f) => rangesIn(f, changed.article.id, claims).some((r) => touches(r, target)) && !already(f.rule));
    trials.push({ found, flagged, label: s.label });
  }
  return trials;
}

// ---- (c) unmodified clusters: what is raised, and which gold conflicts ----
function rawFindings(cluster: Doc[], gold: Gold | undefined): { raised: string[]; goldConflicts: number; goldFound: number; goldMissed: string[] } {
  const { findings, claims } = crossFindings(cluster);
  const raised = findings.map((f) => `[${f.type}${f.facts && 'severity' in f.facts ? `/${String(f.facts.severity)}` : ''}] ${f.explanation.slice(0, 260)}`);
  let goldConflicts = 0;
  let goldFound = 0;
  const goldMissed: string[] = [];
  for (const r of gold?.relations ?? []) {
    if (r.relation !== 'conflict') continue;
    goldConflicts++;
    const sides = r.figures.map(([file, quote]) => {
      const doc = cluster.find((d) => d.file === file) as Doc;
      return { id: doc.article.id, range: quoteRange(doc, quote) };
    });
    const hit = findings.some((f) => sides.every((s) => rangesIn(f, s.id, claims).some((x) => touches(x, s.range))));
    if (hit) goldFound++;
    else goldMissed.push(r.note);
  }
  return { raised, goldConflicts, goldFound, goldMissed };
}

function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`;
}

function main(): void {
  if (!CORPUS) {
    console.log('planted bench skipped: ../shared/corpus/clusters not found');
    return;
  }
  const heldGold = readGold<Gold>(join(GOLD, 'heldout'));
  const tunedGold = readGold<Gold>(GOLD);
  const clusters = readdirSync(join(CORPUS, 'clusters')).filter((d) => d.startsWith('cluster_')).sort();
  const byCluster = new Map<string, Doc[]>();
  for (const c of clusters) {
    const dir = join(CORPUS, 'clusters', c);
    byCluster.set(c, readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => load(join(dir, f), f)));
  }
  const news = existsSync(join(CORPUS, 'vi-news'))
    ? readdirSync(join(CORPUS, 'vi-news')).filter((f) => f.endsWith('.txt')).sort().map((f) => load(join(CORPUS as string, 'vi-news', f), f))
    : [];
  const started = performance.now();
  const groups: Array<[string, Doc[]]> = [
    ['tuned clusters', clusters.filter((c) => !heldGold.has(c)).flatMap((c) => byCluster.get(c) as Doc[])],
    ['held-out clusters', clusters.filter((c) => heldGold.has(c)).flatMap((c) => byCluster.get(c) as Doc[])],
    ['vi-news', news],
  ];
  console.log('(a) article beside a copy with two figures changed (first digit / scale word / qualifier), copy dated a day later');
  for (const [label, docs] of groups) {
    const r = plantedCopies(docs);
    console.log(`  ${label.padEnd(18)} ${r.found}/${r.changes} found (${pct(r.found, r.changes)}), ${r.falseAlarms} false alarms in ${r.pairs} pairs = ${((10 * r.falseAlarms) / Math.max(1, r.pairs)).toFixed(2)} per 10 pairs`);
    const listed = LIST || (LIST_TUNED && label !== 'held-out clusters');
    if (listed) for (const m of r.missed) console.log(`    missed: ${m}`);
    if (listed) for (const m of r.alarms) console.log(`    alarm:  ${m}`);
  }
  console.log('(b) one outlet’s figure that another outlet also reports, changed (first digit)');
  for (const held of [false, true]) {
    const trials = clusters.filter((c) => heldGold.has(c) === held).flatMap((c) => sameEventTrials(byCluster.get(c) as Doc[], held ? heldGold.get(c) : tunedGold.get(c), c));
    const found = trials.filter((t) => t.found).length;
    const flagged = trials.filter((t) => t.flagged).length;
    console.log(`  ${(held ? 'held-out clusters' : 'tuned clusters').padEnd(18)} ${found}/${trials.length} found (${pct(found, trials.length)}); flagged by any finding, the per-article rules included: ${flagged}/${trials.length} (${pct(flagged, trials.length)})`);
    if (LIST || (LIST_TUNED && !held)) for (const t of trials.filter((x) => !x.found)) console.log(`    missed: ${t.label}${t.flagged ? ' (flagged by a per-article rule)' : ''}`);
  }
  console.log('(c) unmodified clusters: conflicts and updates raised (for hand review), gold conflicts found');
  for (const held of [false, true]) {
    let raised = 0;
    let goldConflicts = 0;
    let goldFound = 0;
    const lines: string[] = [];
    for (const c of clusters.filter((x) => heldGold.has(x) === held)) {
      const r = rawFindings(byCluster.get(c) as Doc[], held ? heldGold.get(c) : tunedGold.get(c));
      raised += r.raised.length;
      goldConflicts += r.goldConflicts;
      goldFound += r.goldFound;
      for (const x of r.raised) lines.push(`    ${c} ${x}`);
      for (const x of r.goldMissed) lines.push(`    ${c} gold conflict not raised: ${x}`);
    }
    console.log(`  ${(held ? 'held-out clusters' : 'tuned clusters').padEnd(18)} ${raised} raised; gold conflicts found ${goldFound}/${goldConflicts}`);
    // The held-out clusters' conflicts are listed with --list only: tuning reads the totals there.
    if (!held || LIST) for (const l of lines) console.log(l);
  }
  console.log(`(${Math.round(performance.now() - started)} ms)`);
}

main();
