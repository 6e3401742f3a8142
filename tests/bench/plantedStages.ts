/**
 * Where the planted bench's (b) trials stand before the same-event matching decides anything: for each
 * trial of `planted.bench.ts` (b) — one outlet's figure that another outlet also reports, its first
 * digit changed — what the figure contexts of the same-event comparison (shared/analysis/sameEvent.ts)
 * give for the changed figure and for its counterparts, and whether the trial is found:
 *   S0  the changed figure has no figure context (no unit read, a range, a score without a word of
 *       scores, a table line…): the same-event comparison never sees it; told by the figure's written
 *       shape (see `shapeOf`): the first number of "N-M" (a range "15-20%", or a score without a word of
 *       scores), its second number, one of "N/M", a number read as a year, a date or time, else other;
 *   S1  the counterpart (the other outlets' figure of the original value, as written or rounded or
 *       qualified so that it agrees) has no figure context;
 *   S2  counterparts have contexts, none in the changed figure's unit ("12 chiếc" / "12 chiến đấu cơ");
 *   S3  none of the same kind (a level beside a change, an earlier level…);
 *   S4  the changed article still gives the original value in that unit elsewhere (restated);
 *   S5  comparable: then by the telling words the changed figure and its closest counterpart share
 *       (0, 1, 2 or more: the same-event matching needs two, see `closeness`); a missed one also by where
 *       the matching of the changed article with the other outlets' that hold a counterpart stops (see
 *       `matchStage`), so that the held-out clusters' misses are counted by stage without being read one
 *       by one.
 * Each trial is also counted as flagged when a per-article rule's finding touches the changed figure (one the
 * unchanged cluster does not raise there by the same rule), as planted.bench.ts (b) counts it.
 * With --broad, the tuned clusters only, with a trial for every figure another outlet also gives (a
 * development set some ten times larger than the bench's, made from the same tuned material).
 * Tuned clusters are listed trial by trial with --list-tuned; the held-out clusters (the gold files of
 * tests/fixtures/cluster-gold/heldout) are printed as counts only, never trial by trial, so that tuning
 * reads no held-out failure.
 *   npx tsx tests/bench/plantedStages.ts [--list-tuned] [--broad]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectFindings } from '../../shared/analysis';
import { passagesOf, passageWords } from '../../shared/analysis/passages';
import { anchored, DecidedSentences, eventMatches, figureContexts, figuresAgree, type FigureContext } from '../../shared/analysis/sameEvent';
import { buildDocument } from '../../shared/document';
import type { Claim, Finding } from '../../shared/schema';
import { rng } from './generate';
import { CORPUS, GOLD, load, readGold, seedOf, type Doc } from './plantedDocs';

const LIST_TUNED = process.argv.includes('--list-tuned');
const BROAD = process.argv.includes('--broad');

interface Gold {
  cluster: string;
  relations: Array<{ relation: string; figures: Array<[string, string]>; note: string }>;
}

interface Trial {
  doc: Doc;
  /** Offset of the digit changed. */
  at: number;
  /** Files of the other outlets that give the figure (gold), or null: any other article (auto). */
  others: string[] | null;
  label: string;
}

/**
 * Every figure of the cluster that another outlet also gives (value ≥ 10, not a date): one trial for each
 * value an article gives (its first mention), so that a value repeated all through a price list does not
 * outweigh the rest.
 */
function broadTrialsOf(cluster: Doc[], name: string): Trial[] {
  const out: Trial[] = [];
  const seen = new Set<string>();
  for (const d of cluster) {
    for (const c of d.claims) {
      if (c.value === null || c.kind === 'date' || c.value < 10 || c.quote.search(/\d/) < 0) continue;
      if (!cluster.some((o) => o !== d && o.claims.some((x) => x.value === c.value && x.unit === c.unit))) continue;
      const key = `${d.file}@${c.value}@${c.unit}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ doc: d, at: c.start + c.quote.search(/\d/), others: null, label: `${name} ${d.file} “${c.quote}” (broad)` });
    }
  }
  return out;
}

function trialsOf(cluster: Doc[], gold: Gold | undefined, name: string): Trial[] {
  if (BROAD) return broadTrialsOf(cluster, name);
  const out: Trial[] = [];
  if (gold) {
    for (const r of gold.relations) {
      if (r.relation !== 'agree') continue;
      const [file, quote] = r.figures[r.figures.length - 1] as [string, string];
      if (quote.search(/\d/) < 0) continue;
      const doc = cluster.find((d) => d.file === file) as Doc;
      out.push({ doc, at: doc.article.text.indexOf(quote) + quote.search(/\d/), others: r.figures.slice(0, -1).map((f) => f[0]), label: `${name} ${file} “${quote}”` });
    }
    return out;
  }
  const rand = rng(seedOf(name));
  const shared = cluster.flatMap((d) =>
    d.claims.filter((c) => c.value !== null && c.kind !== 'date' && (c.value ?? 0) >= 10 && cluster.some((o) => o !== d && o.claims.some((x) => x.value === c.value && x.unit === c.unit))).map((c) => ({ d, c })),
  );
  if (shared.length > 0) {
    const pick = shared[Math.floor(rand() * shared.length)] as { d: Doc; c: Claim };
    if (pick.c.quote.search(/\d/) >= 0) out.push({ doc: pick.d, at: pick.c.start + pick.c.quote.search(/\d/), others: null, label: `${name} ${pick.d.file} “${pick.c.quote}” (auto)` });
  }
  return out;
}

function changedCopy(doc: Doc, at: number): Doc {
  const text = doc.article.text;
  const d = Number(text[at]);
  const built = buildDocument(text.slice(0, at) + String(d === 9 ? 1 : d + 1) + text.slice(at + 1), `${doc.article.source}#copy`, '2026-01-01T00:00:00Z');
  return { file: doc.file, article: { ...built.article, publishedAt: doc.article.publishedAt, outlet: doc.article.outlet }, claims: built.claims };
}

const contextAt = (doc: Doc, at: number): FigureContext | undefined => passagesOf(doc.article).flatMap(figureContexts).find((x) => x.figure.start <= at && at < x.figure.end);

function sharedWords(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  return a.filter((w) => set.has(w)).length;
}

/** A cluster's internal findings as the unchanged articles give them (a flag the change did not cause is no flag). */
const unchangedInternal = new Map<Doc[], Array<{ rule: string; ranges: Array<{ articleId: string; start: number; end: number }> }>>();

function rangesOf(f: Finding, byId: ReadonlyMap<string, Claim>): Array<{ articleId: string; start: number; end: number }> {
  return [...(f.spans ?? []), ...f.claimIds.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined)];
}

/** The stage of a trial (see the header), whether the bench's (b) finds it, and whether any finding flags it. */
function stageOf(cluster: Doc[], t: Trial): { stage: string; found: boolean; flagged: boolean } {
  const changed = changedCopy(t.doc, t.at);
  const docs = cluster.map((d) => (d === t.doc ? changed : d));
  const claims = docs.flatMap((d) => d.claims);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const all = detectFindings(
    docs.map((d) => d.article),
    claims,
  );
  const findings = all.filter((f) => (f.type === 'conflict' || f.type === 'update') && (f.articleIds?.length ?? 0) > 1);
  const touches = (r: { start: number; end: number }): boolean => r.start < t.at + 2 && t.at < r.end + 1;
  const found = findings.some((f) => [...(f.spans ?? []).filter((s) => s.articleId === changed.article.id), ...f.claimIds.map((id) => byId.get(id)).filter((c): c is Claim => c?.articleId === changed.article.id)].some(touches));
  // Flagged: found, or a per-article rule's finding touches the change where the unchanged articles raise none by that rule
  // (a first-digit change keeps every offset).
  let base = unchangedInternal.get(cluster);
  if (base === undefined) {
    const baseClaims = cluster.flatMap((d) => d.claims);
    const baseById = new Map(baseClaims.map((c) => [c.id, c]));
    base = detectFindings(cluster.map((d) => d.article), baseClaims)
      .filter((f) => f.type === 'internal')
      .map((f) => ({ rule: f.rule ?? '', ranges: rangesOf(f, baseById) }));
    unchangedInternal.set(cluster, base);
  }
  const already = (rule: string) => base.some((b) => b.rule === rule && b.ranges.some((r) => r.articleId === t.doc.article.id && touches(r)));
  const flagged =
    found ||
    all.some((f) => f.type === 'internal' && !already(f.rule ?? '') && rangesOf(f, byId).some((r) => r.articleId === changed.article.id && touches(r)));
  const original = contextAt(t.doc, t.at);
  const x = contextAt(changed, t.at);
  if (!original || !x) return { stage: `S0 changed figure has no context: ${shapeOf(changed, t.at)}`, found, flagged };
  const others = cluster.filter((d) => d !== t.doc && (t.others === null || t.others.includes(d.file)));
  const exact = (y: FigureContext): boolean => y.second === original.second && Math.abs(y.figure.value - original.figure.value) <= 1e-9 * Math.max(1, Math.abs(original.figure.value));
  // The other outlets' figures that give the original value, rounded or qualified ("gần 64.000 tỷ" for "63.630 tỷ").
  const counterparts = others.flatMap((d) => passagesOf(d.article).flatMap(figureContexts)).filter((y) => exact(y) || (y.unit === original.unit && figuresAgree(y, original)));
  if (counterparts.length === 0) return { stage: 'S1 counterpart has no context', found, flagged };
  const sameUnit = counterparts.filter((y) => y.unit === x.unit);
  if (sameUnit.length === 0) return { stage: 'S2 counterpart in another unit', found, flagged };
  const sameKind = sameUnit.filter((y) => y.sign === x.sign);
  if (sameKind.length === 0) return { stage: 'S3 counterpart of another kind', found, flagged };
  if (passagesOf(changed.article).flatMap(figureContexts).some((g) => g !== x && g.unit === x.unit && exact(g))) return { stage: 'S4 original value restated', found, flagged };
  const n = Math.max(...sameKind.map((y) => sharedWords(x.words, y.words)));
  // (The articles that hold a counterpart: another article anchored to the changed one says nothing of them.)
  const holders = others.filter((d) => passagesOf(d.article).some((p) => figureContexts(p).some((y) => sameKind.includes(y))));
  return { stage: `S5 comparable, ${n >= 2 ? '2+' : String(n)} telling words shared${found ? '' : `, ${matchStage(changed, holders, x)}`}`, found, flagged };
}

/**
 * The written shape of a number that has no figure context (see S0 in the header), at offset `at` of the
 * changed article: what keeps the same-event comparison from reading it.
 */
function shapeOf(changed: Doc, at: number): string {
  for (const p of passagesOf(changed.article)) {
    const f = p.figures.find((g) => g.start <= at && at < g.end);
    if (!f) continue;
    const tokens = passageWords(p);
    const i = f.token;
    if (f.calendar) return 'a date, a time or a numbered thing';
    if (/^\d{4}$/.test(f.written) && f.value >= 1900 && f.value <= 2100) return 'read as a year';
    if (tokens[i + 1] === '-' && tokens[i + 2] === '#') return 'first number of "N-M" (a range, or a score without a word of scores)';
    if (tokens[i - 1] === '-' && tokens[i - 2] === '#') return 'second number of "N-M"';
    if (tokens[i + 1] === '/' || tokens[i - 1] === '/') return 'a number of "N/M"';
    return 'other (no unit read, a table line…)';
  }
  return 'no figure read';
}

/**
 * Where a comparable trial that is missed stops in the same-event matching of the changed article with the
 * other outlets' that hold a counterpart (sameEvent.ts `eventMatches`, asked directly, every sentence
 * undecided): no such article anchored to it (fewer than two figures alike in the same words); anchored,
 * but the changed figure matched with nothing; matched (then the pairing of the two articles, or the
 * match's drafts, drop it).
 */
function matchStage(changed: Doc, holders: Doc[], x: FigureContext): string {
  const mine = passagesOf(changed.article);
  const partners = holders.map((d) => passagesOf(d.article));
  const matched = (minAnchors?: number): boolean =>
    partners.some((p) => [...eventMatches(mine, p, new DecidedSentences(), minAnchors), ...eventMatches(p, mine, new DecidedSentences(), minAnchors)].some((m) => m.event.a === x || m.event.b === x));
  if (!partners.some((p) => anchored(mine, p) || anchored(p, mine))) return `no anchor, ${matched(0) ? 'matched without anchors' : 'not matched without anchors either'}`;
  return matched() ? 'matched, dropped later' : 'anchored, not matched';
}

function main(): void {
  if (!CORPUS) {
    console.log('planted stages skipped: ../shared/corpus/clusters not found');
    return;
  }
  const heldGold = readGold<Gold>(join(GOLD, 'heldout'));
  const tunedGold = readGold<Gold>(GOLD);
  const clusters = readdirSync(join(CORPUS, 'clusters')).filter((d) => d.startsWith('cluster_')).sort();
  // --broad: a larger development set made from the tuned clusters only (never the held-out ones).
  for (const held of BROAD ? [false] : [false, true]) {
    const counts = new Map<string, { all: number; found: number }>();
    let trials = 0;
    let flaggedAll = 0;
    let foundAll = 0;
    const lines: string[] = [];
    for (const c of clusters.filter((x) => heldGold.has(x) === held)) {
      const dir = join(CORPUS, 'clusters', c);
      const cluster = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => load(join(dir, f), f));
      for (const t of trialsOf(cluster, held ? heldGold.get(c) : tunedGold.get(c), c)) {
        const r = stageOf(cluster, t);
        const k = counts.get(r.stage) ?? { all: 0, found: 0 };
        k.all++;
        if (r.found) k.found++;
        counts.set(r.stage, k);
        trials++;
        if (r.found) foundAll++;
        if (r.flagged) flaggedAll++;
        // Trial by trial for the tuned clusters only.
        if (!held) lines.push(`    ${r.found ? 'found' : 'MISSED'} ${r.stage}: ${t.label}${!r.found && r.flagged ? ' (flagged by a per-article rule)' : ''}`);
      }
    }
    console.log(`${held ? 'held-out' : 'tuned'} clusters: trials by stage (found / all)`);
    for (const [stage, k] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`  ${stage.padEnd(42)} ${k.found}/${k.all}`);
    console.log(`  all stages: found ${foundAll}/${trials}; flagged by any finding, the per-article rules included: ${flaggedAll}/${trials}`);
    if (LIST_TUNED && !held) for (const l of lines) console.log(l);
  }
}

main();
