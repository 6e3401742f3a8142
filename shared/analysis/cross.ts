import type { Claim } from '../schema';
import { memoOf } from './claimMemo';
import { classifyPair, isSum } from './classify';
import { refOf, type AnalysisContext } from './context';
import { MATCH_DAYS, readSpot, toldApartReadings, type SpotReading } from './moments';
import { alignment } from './copies';
import type { FactView } from './facts';
import { sameFigureInArticle } from './internal/repeated';
import { headlinePair } from './internal/headline';
import { repeatedPassagePair } from './internal/repeatedPassage';
import { clusterFactsStaged, sameFact } from './match';
import { choosePairs, countWork, finish } from './passages';
import { roundingTolerance } from './values';
import type { FindingDraft } from './model';

/**
 * Parts of one figure given level by level in one article ("209/209 tổ cấp xã, 1.891/1.891 tổ cấp
 * thôn") are summed into one extra fact without a level, so "hơn 2 nghìn tổ" elsewhere can be checked.
 */
export function sumsOfParts(facts: readonly FactView[]): FactView[] {
  const byBase = new Map<string, FactView[]>();
  for (const f of facts) {
    if (f.metric.levels.length !== 1 || f.family !== 'quantity') continue;
    const p = f.period ? `${f.period.start}-${f.period.end}` : '';
    const others = f.qualifiers.filter((q) => !q.startsWith('level:'));
    const key = [f.articleId, f.subject, f.modalityGroup, f.metric.tokens.join(','), f.metric.ids.join(','), f.metric.names.join('|'), others.join(','), p].join('\u0001');
    const list = byBase.get(key);
    if (list) list.push(f);
    else byBase.set(key, [f]);
  }
  const sums: FactView[] = [];
  for (const parts of byBase.values()) {
    const levels = new Set(parts.map((f) => f.metric.levels[0]));
    // Two mentions of the same level are a repetition, not parts of a whole.
    if (levels.size < 2 || levels.size !== parts.length) continue;
    // In text order (one article), not the order of the block's facts, which an edit changes: the
    // finding lists the same parts the same way whatever the claims' order.
    parts.sort(byPosition);
    const head = parts[0] as FactView;
    sums.push({
      ...head,
      claims: parts.flatMap((f) => f.claims),
      metric: { ...head.metric, levels: [], key: `${head.metric.key}\u0002sum` },
      qualifiers: head.qualifiers.filter((q) => !q.startsWith('level:')),
      value: parts.reduce((s, f) => s + f.value, 0),
      total: null,
      upper: null,
    });
    sumParts.set(sums[sums.length - 1] as FactView, parts);
  }
  return sums;
}

function byPosition(a: FactView, b: FactView): number {
  const ca = a.claims[0] as Claim;
  const cb = b.claims[0] as Claim;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return ca.start - cb.start || ca.end - cb.end;
}

/** The parts each sum of parts was made of (see `clusterKey`). */
const sumParts = new WeakMap<FactView, readonly FactView[]>();
const uids = new WeakMap<FactView, string>();
let nextUid = 0;

/**
 * A number naming one fact object (a fact view is never changed: an edited claim gets a new one), as
 * the string cluster keys are made of: written once per fact, not on every analysis.
 */
function uidOf(f: FactView): string {
  const parts = sumParts.get(f);
  if (parts) return `s${parts.map(uidOf).join('+')}`;
  // A claim's own fact (facts.ts factOf) keeps its number in the claim's memo: no WeakMap entry per fact.
  const memo = f.claims.length === 1 ? memoOf(f.claims[0] as Claim) : undefined;
  if (memo !== undefined && memo.fact === f) return (memo.factUid ??= String(nextUid++));
  let id = uids.get(f);
  if (id === undefined) uids.set(f, (id = String(nextUid++)));
  return id;
}

/**
 * The members of a cluster, in order, as a key: a cluster of the same fact objects in the same order
 * gives the same drafts (a sum of parts is named by its parts, which are made again on each pass).
 */
function clusterKey(cluster: readonly FactView[]): string {
  return cluster.map(uidOf).join(',');
}

function byPublication(a: FactView, b: FactView): number {
  const da = a.publishedDay ?? Number.MAX_SAFE_INTEGER;
  const db = b.publishedDay ?? Number.MAX_SAFE_INTEGER;
  if (da !== db) return da - db;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return (a.claims[0] as Claim).start - (b.claims[0] as Claim).start;
}

function signature(f: FactView): string {
  const c = f.claims[0] as Claim;
  return [isSum(f) ? 'sum' : '', f.value, f.total, f.upper, c.qualifier, f.years?.join(',') ?? ''].join('|');
}


/**
 * When a streak grew, the later article often says when the new year's result came out ("Tháng 4/2024,
 * … công bố kết quả … năm 2023"): that month, if the later article's text gives it.
 */
export function announcementMonth(text: string, years: readonly number[]): number | undefined {
  for (const m of text.matchAll(/[Tt]háng\s+(\d{1,2})\/(\d{4})[^.\n]{0,200}?công bố[^.\n]{0,200}/gu)) {
    const sentence = m[0];
    if (!years.some((y) => sentence.includes(`năm ${y}`))) continue;
    const month = Number(m[1]);
    const year = Number(m[2]);
    if (month >= 1 && month <= 12) return year * 12 + month - 1;
  }
  return undefined;
}

function crossDraft(a: FactView, b: FactView, ctx: AnalysisContext): FindingDraft | null {
  const c = classifyPair(a, b);
  // A sum of parts only confirms: when it falls short, a part may simply be missing from the article.
  if ((isSum(a) || isSum(b)) && c.relation !== 'consistent') return null;
  const single = isSum(a) ? b : a;
  const sum = isSum(a) ? a : isSum(b) ? b : null;
  const claims = [...a.claims, ...b.claims];
  const facts =
    sum === null
      ? {
          rule: 'cross-source' as const,
          relation: c.relation,
          reason: c.reason,
          a: refOf(a.claims[0] as Claim, ctx),
          b: refOf(b.claims[0] as Claim, ctx),
          ...(c.addedYears ? { addedYears: c.addedYears } : {}),
          ...announced(a, b, c.addedYears, ctx),
        }
      : {
          rule: 'cross-source' as const,
          relation: c.relation,
          reason: c.reason,
          a: refOf(single.claims[0] as Claim, ctx),
          b: refOf(sum.claims[0] as Claim, ctx),
          parts: sum.claims.map((x) => refOf(x, ctx)),
          sum: sum.value,
        };
  return {
    type: c.relation,
    rule: 'cross-source',
    claimIds: sum === null ? [a.claims[0] as Claim, b.claims[0] as Claim].map((x) => x.id) : [single.claims[0] as Claim, ...sum.claims].map((x) => x.id),
    articleIds: [...new Set(claims.map((x) => x.articleId))],
    spans: [],
    facts,
  };
}

/**
 * An article giving three or more values of one metric is listing a series (per subject, per station,
 * per school subject), not restating one figure: its values are not compared with each other, nor with
 * another article's except figure for figure in a copy.
 */
const SERIES = 3;

/**
 * Two claims the metric match paired that their sentences still tell apart (see `toldApartSpots`).
 */
export function toldApart(ca: Claim, cb: Claim, ctx: AnalysisContext): boolean {
  return toldApartReadings(readingOf(ca, ctx), ca.unit, readingOf(cb, ctx), cb.unit);
}

/** A claim's spot as `toldApartSpots` reads it, read once per claim object (and article text). */
function readingOf(c: Claim, ctx: AnalysisContext): SpotReading {
  const text = ctx.articles.get(c.articleId)?.text ?? '';
  const memo = memoOf(c);
  if (memo.readingText === text) return memo.reading as SpotReading;
  const reading = readSpot({ text, sentenceStart: c.sentenceStart, sentenceEnd: c.sentenceEnd, start: c.start, end: c.end, unit: c.unit });
  memo.readingText = text;
  memo.reading = reading;
  return reading;
}

function pairDraft(a: FactView, b: FactView, ctx: AnalysisContext, series: ReadonlySet<string> = new Set()): FindingDraft | null {
  if (!sameFact(a, b)) return null;
  if (!isSum(a) && !isSum(b) && toldApart(a.claims[0] as Claim, b.claims[0] as Claim, ctx)) return null;
  if (a.articleId === b.articleId) {
    if (series.has(a.articleId) || isSum(a) || isSum(b) || !sameFigureInArticle(a, b, ctx)) return null;
    const c = classifyPair(a, b);
    if (c.relation === 'consistent') return null;
    const ca = a.claims[0] as Claim;
    const cb = b.claims[0] as Claim;
    // One sentence given twice with the figure changed: the repeated-passage rule's finding says so.
    if (repeatedPassagePair(ca, cb, ctx)) return null;
    // A headline figure the body gives otherwise: the headline rule's finding says so.
    if (headlinePair(ca, cb, ctx)) return null;
    return {
      type: 'internal',
      rule: 'same-fact-values',
      claimIds: [ca.id, cb.id],
      articleIds: [a.articleId],
      spans: [],
      facts: { rule: 'same-fact-values', a: refOf(ca, ctx), b: refOf(cb, ctx) },
    };
  }
  const line = isSum(a) || isSum(b) ? 'independent' : alignment(a.claims[0] as Claim, b.claims[0] as Claim, ctx);
  if (line === 'other-item') return null;
  // A score or a match's minute in two reports days apart ("giành chiến thắng với tỷ số 21/19" in a
  // badminton report, "giành chiến thắng 3-1" in a football report six days later): two matches. A match is
  // reported the day it is played or the next (moments.ts MATCH_DAYS, as the same-event rule reads it).
  if (line !== 'counterparts' && line !== 'overlapping' && matchFigure(a) && matchFigure(b) && daysApart(a, b) > MATCH_DAYS) return null;
  // Articles that copy each other are one text: only what would be one figure inside one article compares.
  if (line === 'overlapping' && !sameFigureInArticle(a, b, ctx)) return null;
  if (line !== 'counterparts') {
    // A series in either article (values per station, per subject) is only compared figure for figure.
    if (series.has(a.articleId) || series.has(b.articleId)) return null;
    // Two forecasts or estimates that differ are two opinions (IMF vs a bank), not facts at odds; in a
    // copy of one sentence, though, a changed forecast is a changed figure.
    if (isForecast(a) && isForecast(b) && !sameValues(a, b)) return null;
  }
  const draft = crossDraft(a, b, ctx);
  // A forecast beside the reported figure ("thấp hơn dự báo 180.000 việc làm" / "148.000 việc làm") is an
  // expectation missed, not two reports at odds (a copy's changed forecast still compares, above). An
  // estimate of what happened ("thiệt hại ước tính 7.500 tỷ đồng") is a report of the fact: it still does.
  if (draft && draft.type === 'conflict' && line !== 'counterparts' && isForecast(a) !== isForecast(b) && (isForecast(a) ? ahead(a, ctx) : ahead(b, ctx))) return null;
  // A copy repeating itself is not an independent confirmation: stay quiet.
  if (draft && draft.type === 'consistent' && (line === 'counterparts' || line === 'overlapping')) return null;
  // An open bound and a figure far from it meet only because the bound is open ("dưới 65% GDP", the
  // public-debt ceiling, and "18,4% GDP", the tax take): no sign they are one figure, so no "Nhất quán".
  if (draft && draft.type === 'consistent' && !isSum(a) && !isSum(b) && farFromBound(a, b)) return null;
  return draft;
}

/** A score or a minute of a match ("tỷ số 2-1", "phút 43"; units folded, see facts.ts). */
function matchFigure(f: FactView): boolean {
  return f.unit === 'ty so' || f.unit === 'phut';
}

/** Days between two facts' reports; 0 when either date is not known. */
function daysApart(a: FactView, b: FactView): number {
  return a.publishedDay === null || b.publishedDay === null ? 0 : Math.abs(a.publishedDay - b.publishedDay);
}

/** Open bounds: "hơn", "trên", "dưới", "không quá", "ít nhất"… */
const OPEN_BOUNDS: ReadonlySet<Claim['qualifier']> = new Set(['more_than', 'less_than', 'at_least', 'at_most']);

/** Past this share of the larger value, a figure is not the bound's own figure restated ("hơn 752.000" / "752.300" is). */
const BOUND_REACH = 0.25;

/** One fact is an open bound and the other's value lies more than BOUND_REACH away from it. */
export function farFromBound(a: FactView, b: FactView): boolean {
  const qa = (a.claims[0] as Claim).qualifier;
  const qb = (b.claims[0] as Claim).qualifier;
  if (!OPEN_BOUNDS.has(qa) && !OPEN_BOUNDS.has(qb)) return false;
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
  const gap = Math.abs(a.value - b.value);
  // Small figures: within the bound's rounding plus twice the figure's is near ("dưới 1%" / "0,7%");
  // "dưới 1 tỷ" / "100 triệu" is not (the bound's whole value is its rounding).
  const ta = roundingTolerance((a.claims[0] as Claim).quote);
  const tb = roundingTolerance((b.claims[0] as Claim).quote);
  // Two bounds: the finer rounding of the two ("hơn 1 tỷ" / "hơn 100 triệu" are far apart).
  const rounding = OPEN_BOUNDS.has(qa) && OPEN_BOUNDS.has(qb) ? Math.min(ta, tb) * 2 : OPEN_BOUNDS.has(qa) ? ta + 2 * tb : tb + 2 * ta;
  return scale > 0 && gap / scale > BOUND_REACH && gap > rounding;
}

/**
 * The cross-source draft of two facts compared on their own (earlier report first), whatever the value
 * classes of their fact: a pair the editor decided stays raised while the pair itself still stands, even
 * when the classes compared (see choosePairs) moved to other reports (see FindingsAnalysis).
 */
export function factPairDraft(a: FactView, b: FactView, ctx: AnalysisContext): FindingDraft | null {
  const [early, late] = byPublication(a, b) <= 0 ? [a, b] : [b, a];
  return pairDraft(early, late, ctx);
}

function isForecast(f: FactView): boolean {
  return f.claims.every((c) => c.modality === 'forecast');
}

/** Forecast cues of a claim's sentence; "ước" words are estimates of a fact, the others look ahead. */
const FORECAST_CUES = /(?<![\p{L}\p{M}])(dự kiến|dự báo|dự đoán|kỳ vọng|sẽ|triển vọng|có thể|có khả năng|tiên liệu|nhận định|ước tính|ước đạt|ước khoảng|ước)(?![\p{L}\p{M}])/giu;

/**
 * The forecast looks ahead: the last forecast cue of each claim's sentence, up to the claim's end (the
 * quote may hold it: "ước tính 7.500 tỷ đồng"), is not an estimate of what happened ("ước tính", "ước").
 */
function ahead(f: FactView, ctx: AnalysisContext): boolean {
  return f.claims.every((c) => {
    const text = ctx.articles.get(c.articleId)?.text;
    if (text === undefined) return true;
    let last: string | null = null;
    for (const m of text.slice(c.sentenceStart, c.end).matchAll(FORECAST_CUES)) last = (m[1] as string).toLowerCase();
    return last === null || !last.startsWith('ước');
  });
}

function sameValues(a: FactView, b: FactView): boolean {
  return classifyPair(a, b).relation === 'consistent';
}

function announced(a: FactView, b: FactView, added: number[] | undefined, ctx: AnalysisContext): { announcedMonth?: number } {
  const text = ctx.articles.get(b.articleId)?.text;
  if (!added || added.length === 0 || !text) return {};
  const month = announcementMonth(text, added);
  // Only worth saying when it falls between the two publications: that is what makes it an update.
  const aMonth = a.publishedDay === null ? null : monthOfDay(a.publishedDay);
  if (month === undefined || (aMonth !== null && month < aMonth)) return {};
  return { announcedMonth: month };
}

function monthOfDay(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** First member from another article than `f`'s, preferring the earliest. */
function otherArticle(members: readonly FactView[], f: FactView): FactView | null {
  return members.find((m) => m.articleId !== f.articleId) ?? null;
}

/** Articles giving SERIES or more of a cluster's values. */
function seriesArticles(classes: ReadonlyMap<string, FactView[]>): Set<string> {
  const series = new Set<string>();
  if (classes.size < SERIES) return series;
  const valuesByArticle = new Map<string, Set<string>>();
  for (const [key, members] of classes) {
    for (const m of members) {
      // A sum of parts is not a value the article gives.
      if (isSum(m)) continue;
      let set = valuesByArticle.get(m.articleId);
      if (!set) valuesByArticle.set(m.articleId, (set = new Set()));
      set.add(key);
    }
  }
  for (const [id, values] of valuesByArticle) if (values.size >= SERIES) series.add(id);
  return series;
}

/**
 * The drafts of one cluster of facts about the same thing, in steps: the pairs to compare are chosen
 * first, then compared a few per step (a fact restated by hundreds of reports is compared in
 * hundreds of pairs). The drafts come in the order the pairs were chosen.
 */
/** Facts of a cluster beyond which choosing its pairs is split into steps (phase by phase). */
const BIG_CLUSTER = 256;

function* clusterDraftsStaged(cluster: FactView[], ctx: AnalysisContext, tally: { sinceStep: number }): Generator<void, FindingDraft[]> {
  if (cluster.length < 2) return [];
  cluster.sort(byPublication);
  // Each fact's value class (see `signature`), written once per fact.
  const signatures = cluster.map(signature);
  const classes = new Map<string, FactView[]>();
  for (let i = 0; i < cluster.length; i++) {
    const f = cluster[i] as FactView;
    const key = signatures[i] as string;
    const list = classes.get(key);
    if (list) list.push(f);
    else classes.set(key, [f]);
  }
  if (cluster.length > BIG_CLUSTER) yield;
  const list = [...classes.values()];
  const series = seriesArticles(classes);
  const pairs: Array<[FactView, FactView]> = [];
  for (const members of list) {
    const head = members[0] as FactView;
    const other = isSum(head) ? null : otherArticle(members, head);
    if (other && !isSum(other)) pairs.push([head, other]);
  }
  // Value classes compared as aligned passages are (see choosePairs): each class with the earliest
  // report's class, the most-reported class and the class before it, every member of the class against
  // the other class's earliest member from another article (its earliest member when none is) — not
  // every pair of values, so a fact restated by thousands of reports gives findings in proportion to
  // them, and a dissenting report always meets the first report's value and the majority's.
  // The articles giving each value: an article that gives the other report's value too ("7/8 giải" and
  // "8/9 giải" in one report, "8 trong 9 giải" in the other) does not disagree with that report,
  // whichever of its two figures the comparison picks (the two values within it are the internal rule's).
  const givenBy = new Map<string, Set<string>>();
  signatures.forEach((k, i) => {
    let set = givenBy.get(k);
    if (!set) givenBy.set(k, (set = new Set()));
    set.add((cluster[i] as FactView).articleId);
  });
  if (cluster.length > BIG_CLUSTER) yield;
  // Pairs already listed, by number (x × size + y, x < y).
  const compared = new Set<number>();
  const size = cluster.length;
  const compare = (x: number, y: number): void => {
    const a = cluster[x] as FactView;
    const b = cluster[y] as FactView;
    if (a.articleId !== b.articleId && (givenBy.get(signatures[y] as string)?.has(a.articleId) || givenBy.get(signatures[x] as string)?.has(b.articleId))) return;
    // Two values within an article listing a series are never compared (see pairDraft): not listed, so
    // one article restating a template with thousands of values is not thousands squared pairs.
    if (a.articleId === b.articleId && series.has(a.articleId)) return;
    const key = x < y ? x * size + y : y * size + x;
    if (compared.has(key)) return;
    compared.add(key);
    pairs.push(byPublication(a, b) <= 0 ? [a, b] : [b, a]);
  };
  choosePairs(
    cluster.map((_, i) => i),
    (i) => signatures[i] as string,
    (x, y) => {
      if ((cluster[x] as FactView).articleId === (cluster[y] as FactView).articleId) return false;
      compare(x, y);
      return true;
    },
    (x, y) => compare(x, y),
  );
  if (cluster.length > BIG_CLUSTER) yield;
  // Two values one article gives (and no other article): compared within the article (the internal
  // rule `same-fact-values`), with every class whose earliest report that article holds — as every
  // pair of classes was before the bound, whatever their order.
  const classOf = new Map<string, number[]>();
  signatures.forEach((k, i) => {
    const list = classOf.get(k);
    if (list) list.push(i);
    else classOf.set(k, [i]);
  });
  const heads = new Map<string, number[]>();
  for (const members of classOf.values()) {
    const id = (cluster[members[0] as number] as FactView).articleId;
    const list = heads.get(id);
    if (list) list.push(members[0] as number);
    else heads.set(id, [members[0] as number]);
  }
  for (const members of classOf.values()) {
    const head = members[0] as number;
    const id = (cluster[head] as FactView).articleId;
    // (An article listing a series compares none of its values with each other: see `compare`.)
    if (series.has(id) || members.some((i) => (cluster[i] as FactView).articleId !== id)) continue;
    for (const other of heads.get(id) ?? []) if (other < head) compare(other, head);
  }
  if (cluster.length > BIG_CLUSTER) yield;
  const drafts: FindingDraft[] = [];
  for (const [i, [a, b]] of pairs.entries()) {
    countWork('factPairs');
    tally.sinceStep++;
    const d = pairDraft(a, b, ctx, series);
    if (d) drafts.push(d);
    if ((i & 7) === 7) {
      tally.sinceStep = 0;
      yield;
    }
  }
  return drafts;
}

export function crossSourceDrafts(facts: readonly FactView[], ctx: AnalysisContext): FindingDraft[] {
  return crossSourceClusters(facts, ctx).flatMap((c) => c.drafts);
}

/** The drafts of one cluster of facts about the same thing, with the cluster's key (see `clusterKey`). */
export interface ClusterDrafts {
  key: string;
  drafts: FindingDraft[];
}

/**
 * crossSourceDrafts cluster by cluster, in the same order. `reuse` gives the drafts of clusters already
 * examined, by key: a cluster whose members are the same fact objects in the same order gives the same
 * drafts (they read the facts, and the article texts, which do not change) — unless `fresh` says one of
 * its facts must be read again (an article whose claims' sentences changed, see copies.ts).
 */
export function crossSourceClusters(
  facts: readonly FactView[],
  ctx: AnalysisContext,
  reuse?: ReadonlyMap<string, FindingDraft[]>,
  fresh?: (f: FactView) => boolean,
): ClusterDrafts[] {
  return finish(crossSourceClustersStaged(facts, ctx, reuse, fresh));
}

/** crossSourceClusters in slices (a step every few clusters examined): the same result. */
export function* crossSourceClustersStaged(
  facts: readonly FactView[],
  ctx: AnalysisContext,
  reuse?: ReadonlyMap<string, FindingDraft[]>,
  fresh?: (f: FactView) => boolean,
): Generator<void, ClusterDrafts[]> {
  const all = [...facts, ...sumsOfParts(facts)];
  yield;
  const out: ClusterDrafts[] = [];
  // A step every few clusters examined, or every few hundred facts of clusters kept as they were (an
  // edit re-clusters its whole block and keeps most clusters).
  let work = 0;
  // Pairs of facts compared since the last step (clusterDraftsStaged steps every 8 of its own).
  const tally = { sinceStep: 0 };
  for (const c of yield* clusterFactsStaged(all)) {
    const key = clusterKey(c);
    const kept = reuse?.get(key);
    if (kept !== undefined && !(fresh && c.some(fresh))) {
      out.push({ key, drafts: kept });
      work += c.length;
    } else {
      out.push({ key, drafts: yield* clusterDraftsStaged(c, ctx, tally) });
      // A pair compared weighs as much as 64 facts kept: at most some 8 pairs of small clusters a step.
      work += 32 + c.length + 64 * tally.sinceStep;
      tally.sinceStep = 0;
    }
    if (work >= 512) {
      work = 0;
      yield;
    }
  }
  return out;
}
