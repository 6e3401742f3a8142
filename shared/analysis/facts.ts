import type { Article, Claim, ClaimKind } from '../schema';
import { memoOf } from './claimMemo';
import { clauseOf, emptyClause, qualifiersIn, type ClauseView } from './clause';
import { continuationOf, sentenceOf, type AnalysisContext } from './context';
import { describeMetric, fold, quotedNames, subjectKey, type MetricDescriptor } from './normalize';
import { dayNumber, parsePeriod, periodOfYears, yearOf, type Period } from './period';
import { releasable } from './caches';

/**
 * Kinds whose values can be compared with each other. A ratio "209/209 tổ" counts tổ just like
 * "hơn 2 nghìn tổ", so counts, ratios, measures and money share one family.
 */
export type KindFamily = 'quantity' | 'percent' | 'rank' | 'streak' | 'change' | 'duration' | 'date';

export function familyOf(kind: ClaimKind): KindFamily {
  switch (kind) {
    case 'count':
    case 'ratio':
    case 'measure':
    case 'money':
      return 'quantity';
    case 'percent':
      return 'percent';
    case 'rank':
      return 'rank';
    case 'streak':
      return 'streak';
    case 'change':
      return 'change';
    case 'duration':
      return 'duration';
    case 'date':
      return 'date';
  }
}

/** A claim (or a sum of claims) seen as a fact: who, what, when, as comparable keys. */
export interface FactView {
  /** Claims the fact is made of: one, or the parts of a sum. */
  claims: Claim[];
  articleId: string;
  subject: string;
  family: KindFamily;
  /** Targets are compared only with targets; facts and estimates with each other. */
  modalityGroup: 'target' | 'fact';
  metric: MetricDescriptor;
  /**
   * Quoted names from around the claim when the metric itself names none: the claim's own clause, or
   * for a streak its sentence and a following "Đồng thời" sentence (a streak covers all it lists).
   */
  contextNames: string[];
  /** Qualifier markers of the metric and the clause (channel, level, outcome…), sorted. */
  qualifiers: string[];
  /** Content syllables of the metric and the clause (the subject's included): for head-noun-only metrics. */
  detail: string[];
  /** The metric says little more than the counted noun ("hồ sơ", "tỷ lệ"): match on the clause instead. */
  vague: boolean;
  /** Stated period, or null when the claim gives none (then it is "as of publication"). */
  period: Period | null;
  publishedDay: number | null;
  publishedYear: number | null;
  value: number;
  total: number | null;
  upper: number | null;
  years: number[] | null;
  unit: string | null;
}

/**
 * What a metric as written gives, once per wording (the claims of a workspace repeat a few thousand):
 * its descriptor, its qualifier markers, and whether it is vague with each unit (see `isVague`), the
 * last two read when first asked. One entry per wording instead of one in each of three Maps (three
 * lookups per claim read). Module-level, bounded like the other caches.
 */
interface MetricReading {
  descriptor: MetricDescriptor;
  qualifiers: string[] | undefined;
  vague: Map<string | null, boolean> | undefined;
}
const metricCache = releasable(new Map<string, MetricReading>());
const unitCache = releasable(new Map<string, string>());
const subjectCache = releasable(new Map<string, string>());

// Caches are bounded so a long-lived process analysing many workspaces does not grow without end.
const CACHE_LIMIT = 200_000;
function cached<T>(cache: Map<string, T>, key: string, make: (k: string) => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    v = make(key);
    cache.set(key, v);
  }
  return v;
}

/** Years listed in parentheses right after a streak quote, for claims the extractor left without them. */
export function yearsAfter(text: string, end: number): number[] | null {
  const m = /^\s*\(([^()]{4,80})\)/.exec(text.slice(end, end + 90));
  if (!m) return null;
  const years = [...(m[1] ?? '').matchAll(/\b(\d{4,5})\b/g)].map((x) => Number(x[1]));
  return years.length > 0 ? years : null;
}

export function streakYears(claim: Claim, ctx: AnalysisContext): number[] | null {
  if (claim.years && claim.years.length > 0) return claim.years;
  const inQuote = [...claim.quote.matchAll(/\b(\d{4})\b/g)].map((x) => Number(x[1]));
  if (inQuote.length > 1) return inQuote;
  const text = ctx.articles.get(claim.articleId)?.text;
  return text ? yearsAfter(text, claim.end) : null;
}

const QUOTE_MARKS = /[“"«„]/;

function sentenceNames(claim: Claim, ctx: AnalysisContext): string[] {
  const sentence = sentenceOf(claim, ctx);
  const own = QUOTE_MARKS.test(sentence) ? quotedNames(sentence) : [];
  const next = continuationOf(claim, ctx);
  const more = next && QUOTE_MARKS.test(next) ? quotedNames(next) : [];
  if (own.length + more.length === 0) return [];
  return [...new Set([...own, ...more])].sort();
}

const articleDates = new WeakMap<Article, { day: number | null; year: number | null }>();
function dates(article: Article): { day: number | null; year: number | null } {
  let d = articleDates.get(article);
  if (!d) {
    d = { day: dayNumber(article.publishedAt), year: yearOf(article.publishedAt) };
    articleDates.set(article, d);
  }
  return d;
}

/** Syllables that name no particular figure: a metric made only of these and its unit is vague. */
export const GENERIC_TOKENS: ReadonlySet<string> = new Set(['ty', 'le', 'so', 'luong', 'tong', 'chi', 'muc', 'con', 'lai', 'gia', 'tri', 'nam']);


function isVague(metric: MetricDescriptor, unit: string | null): boolean {
  if (metric.names.length > 0) return false;
  const unitTokens = unit === null ? [] : unit.split(/[^a-z]+/);
  return metric.tokens.every((t) => GENERIC_TOKENS.has(t) || unitTokens.includes(t));
}

/** Qualifiers and detail words of one metric in one clause, shared by every claim that has both. */
interface Derived {
  qualifiers: string[];
  detail: string[];
}
const derivedCache = new WeakMap<ClauseView, Map<string, Derived>>();

function derive(clause: ClauseView, metric: MetricDescriptor, metricQualifiers: readonly string[]): Derived {
  let byMetric = derivedCache.get(clause);
  if (!byMetric) derivedCache.set(clause, (byMetric = new Map()));
  let d = byMetric.get(metric.key);
  if (!d) {
    d = {
      qualifiers: [...new Set([...metricQualifiers, ...clause.qualifiers])].sort(),
      detail: [...new Set([...metric.tokens, ...clause.tokens])].sort(),
    };
    byMetric.set(metric.key, d);
  }
  return d;
}

// A fact reads its claim and its claim's article only (both treated as immutable: an edit replaces
// the object), so it is read once per claim object and article object.
// (In the claim's memo: see claimMemo.ts.)

/** The claim as a fact, or null when it lacks a value, subject or metric to compare on. */
export function factOf(claim: Claim, ctx: AnalysisContext): FactView | null {
  const article = ctx.articles.get(claim.articleId);
  const memo = memoOf(claim);
  if (memo.fact !== undefined && memo.factArticle === article) return memo.fact;
  const fact = readFact(claim, ctx);
  memo.factArticle = article;
  memo.fact = fact;
  memo.factUid = undefined;
  return fact;
}

const metricQualifiersOf = (metric: string): string[] => qualifiersIn(fold(metric));
const readMetric = (metric: string): MetricReading => ({ descriptor: describeMetric(metric), qualifiers: undefined, vague: undefined });
const unitKey = (unit: string): string => fold(unit).trim();

function readFact(claim: Claim, ctx: AnalysisContext): FactView | null {
  if (claim.value === null || claim.subject === null || claim.metric === null) return null;
  const subject = cached(subjectCache, claim.subject, subjectKey);
  if (subject.length === 0) return null;
  const reading = cached(metricCache, claim.metric, readMetric);
  const metric = reading.descriptor;
  if (metric.tokens.length === 0 && metric.names.length === 0) return null;
  const article = ctx.articles.get(claim.articleId);
  const family = familyOf(claim.kind);
  const years = family === 'streak' ? streakYears(claim, ctx) : claim.years;
  let period = parsePeriod(claim.period) ?? (years ? periodOfYears(years) : null);
  const modalityGroup = claim.modality === 'target' ? 'target' : 'fact';
  // A target "đến năm 2030" is a deadline, not a running total: targets for 2025 and 2030 differ.
  if (period && modalityGroup === 'target') period = { ...period, cumulative: false };
  const text = article?.text;
  const clause: ClauseView = text ? clauseOf(claim, text) : emptyClause();
  const contextNames = metric.names.length > 0 ? [] : family === 'streak' ? sentenceNames(claim, ctx) : clause.names;
  const metricQualifiers = (reading.qualifiers ??= metricQualifiersOf(claim.metric));
  const unit = claim.unit === null ? null : cached(unitCache, claim.unit, unitKey);
  const derived = derive(clause, metric, metricQualifiers);
  const vagueByUnit = (reading.vague ??= new Map());
  let vague = vagueByUnit.get(unit);
  if (vague === undefined) vagueByUnit.set(unit, (vague = isVague(metric, unit)));
  return {
    claims: [claim],
    articleId: claim.articleId,
    subject,
    family,
    modalityGroup,
    metric,
    contextNames,
    qualifiers: derived.qualifiers,
    detail: derived.detail,
    vague,
    period,
    publishedDay: article ? dates(article).day : null,
    publishedYear: article ? dates(article).year : null,
    value: claim.value,
    total: claim.total,
    upper: claim.upper,
    years,
    unit,
  };
}

/** The sentence with spacing evened out, to tell an independent report from a verbatim copy. */
export function sentenceKey(claim: Claim, ctx: AnalysisContext): string {
  return sentenceOf(claim, ctx).replace(/\s+/g, ' ').trim();
}

export function namesOf(f: FactView): string[] {
  return f.metric.names.length > 0 ? f.metric.names : f.contextNames;
}
