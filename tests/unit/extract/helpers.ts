import { expect } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import type { ExtractedClaim } from '../../../shared/schema';
import { KINDS, MODALITIES, nthIndexOf, QUALIFIERS, type GoldPeriod } from '../../tools/extract-gold';
import { sameMetric, samePeriod, sameSubject } from '../../tools/gold-match';
import { normalizeText } from '../../../shared/text';

/** How a test text is read: `dated`, with the metadata read from it (its date line), as an import reads a file. */
export interface ReadAs {
  dated?: boolean;
}

/** Claims of a short Vietnamese text, as the engine sees it (NFC, Unix line ends). */
export function claimsOf(raw: string, as: ReadAs = {}): ExtractedClaim[] {
  const text = normalizeText(raw);
  return extractClaims(text, as.dated ? extractMetadata(text) : undefined);
}

/** The one claim whose quote contains `fragment`; fails loudly when there is none or several. */
export function claimAt(raw: string, fragment: string, as: ReadAs = {}): ExtractedClaim {
  const found = claimsOf(raw, as).filter((c) => c.quote.includes(fragment));
  if (found.length !== 1) {
    throw new Error(`expected one claim containing "${fragment}", got ${found.length}: ${JSON.stringify(claimsOf(raw, as).map((c) => c.quote))}`);
  }
  return found[0] as ExtractedClaim;
}

export function quotesOf(raw: string, as: ReadAs = {}): string[] {
  return claimsOf(raw, as).map((c) => c.quote);
}

/**
 * Every claim is a valid slice of `text`, in order and inside its sentence; its value is finite and its
 * check-worthiness a share.
 */
export function expectValidClaims(text: string, claims: readonly ExtractedClaim[]): void {
  let previousEnd = 0;
  for (const c of claims) {
    expect(c.quote).toBe(text.slice(c.start, c.end));
    expect(c.start).toBeLessThan(c.end);
    expect(c.start).toBeGreaterThanOrEqual(previousEnd);
    expect(c.sentenceStart).toBeLessThanOrEqual(c.start);
    expect(c.end).toBeLessThanOrEqual(c.sentenceEnd);
    expect(Number.isFinite(c.value ?? 0)).toBe(true);
    expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
    expect(c.checkworthiness).toBeLessThanOrEqual(1);
    previousEnd = c.end;
  }
}

/** The index of the claim not yet `used` that overlaps [start, end) the most (-1: none, or no span). */
export function bestOverlapping(claims: readonly { start: number; end: number }[], used: ReadonlySet<number>, start: number, end: number): number {
  let best = -1;
  let bestOverlap = 0;
  if (start < 0) return best;
  claims.forEach((c, k) => {
    if (used.has(k)) return;
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    if (overlap > bestOverlap) {
      best = k;
      bestOverlap = overlap;
    }
  });
  return best;
}

/** What a gold scorer counts over its texts (corpus gold, probe sets): claims found and the fields that agree. */
export interface GoldScore {
  texts: number;
  gold: number;
  extracted: number;
  found: number;
  kind: number;
  qualifier: number;
  value: number;
  subject: number;
  period: number;
  metric: number;
  /** Found claims whose gold writes a metric (probe sets do not). */
  metricScored: number;
  /** Found claims whose modality (fact / target / forecast) agrees with the gold's, and those whose gold writes one. */
  modality: number;
  modalityScored: number;
  missed: string[];
  spurious: string[];
  wrong: string[];
}

export function emptyGoldScore(): GoldScore {
  return { texts: 0, gold: 0, extracted: 0, found: 0, kind: 0, qualifier: 0, value: 0, subject: 0, period: 0, metric: 0, metricScored: 0, modality: 0, modalityScored: 0, missed: [], spurious: [], wrong: [] };
}

/** A gold claim as both gold sets write it (the fields a scorer compares). */
export interface ScoredGoldClaim {
  surface: string;
  occurrence: number;
  kind: string;
  qualifier: string;
  value: number;
  subject: string | null;
  period: GoldPeriod | null;
  metric?: string | null;
  about?: string | null;
  modality?: string;
}

/**
 * Scores one text: each gold claim is matched to the not yet used extracted claim overlapping it most (each
 * extracted claim matched once), then its kind, qualifier, value, subject and period are compared; what is
 * missed, not in the gold or disagrees is listed under `label`.
 */
export function scoreGoldText(score: GoldScore, label: string, text: string, claims: readonly ExtractedClaim[], gold: readonly ScoredGoldClaim[], year: number | null): void {
  score.texts++;
  score.gold += gold.length;
  score.extracted += claims.length;
  const used = new Set<number>();
  for (const g of gold) {
    const start = nthIndexOf(text, g.surface, g.occurrence);
    const best = bestOverlapping(claims, used, start, start + g.surface.length);
    const c = claims[best];
    if (best < 0 || c === undefined) {
      score.missed.push(`${label}: "${g.surface}" [${g.kind} ${g.value}]`);
      continue;
    }
    used.add(best);
    score.found++;
    const checks: [keyof GoldScore, boolean, string][] = [
      ['kind', c.kind === g.kind, `kind ${c.kind} ≠ ${g.kind}`],
      ['qualifier', c.qualifier === g.qualifier, `qualifier ${c.qualifier} ≠ ${g.qualifier}`],
      ['value', c.value !== null && Math.abs(c.value - g.value) <= 1e-6 * Math.max(1, Math.abs(g.value)), `value ${c.value} ≠ ${g.value}`],
      ['subject', sameSubject(g.subject, c.subject), `subject ${c.subject} ≠ ${g.subject}`],
      ['period', samePeriod(g.period, c.period, year), `period ${c.period} ≠ ${JSON.stringify(g.period)}`],
    ];
    if (g.modality !== undefined) {
      score.modalityScored++;
      checks.push(['modality', c.modality === g.modality, `modality ${c.modality} ≠ ${g.modality}`]);
    }
    if (g.metric !== undefined) {
      score.metricScored++;
      checks.push(['metric', sameMetric(g.metric, g.about ?? null, c.metric), `metric ${c.metric} ≠ ${g.metric}`]);
    }
    for (const [key, ok, why] of checks) {
      if (ok) (score[key] as number)++;
      else score.wrong.push(`${label}: "${g.surface}" → "${c.quote}": ${why}`);
    }
  }
  claims.forEach((c, k) => {
    if (!used.has(k)) score.spurious.push(`${label}: "${c.quote}" [${c.kind} ${c.value}]`);
  });
}

const rate = (n: number, d: number): number => (d === 0 ? 0 : n / d);

/** Recall, precision and the share of found claims whose fields agree. */
export function goldFigures(s: GoldScore): Record<string, number> {
  return {
    recall: rate(s.found, s.gold),
    precision: rate(s.found, s.extracted),
    kind: rate(s.kind, s.found),
    qualifier: rate(s.qualifier, s.found),
    value: rate(s.value, s.found),
    subject: rate(s.subject, s.found),
    period: rate(s.period, s.found),
    ...(s.metricScored > 0 ? { metric: rate(s.metric, s.metricScored) } : {}),
    ...(s.modalityScored > 0 ? { modality: rate(s.modality, s.modalityScored) } : {}),
  };
}

/**
 * A hand-annotated passage of a probe set is well formed: every claim of a known kind, qualifier and modality with a
 * finite value, and every claim and non-claim names words of its text at its occurrence, none overlapping another.
 */
export function expectAnnotatedPassage(p: {
  id: string;
  text: string;
  claims: readonly { surface: string; occurrence: number; kind: string; qualifier: string; modality: string; value: number }[];
  non_claims: readonly { surface: string; occurrence: number }[];
}): void {
  for (const c of p.claims) {
    expect(KINDS as readonly string[], `${p.id} ${c.surface}`).toContain(c.kind);
    expect(QUALIFIERS as readonly string[], `${p.id} ${c.surface}`).toContain(c.qualifier);
    expect(MODALITIES as readonly string[], `${p.id} ${c.surface}`).toContain(c.modality);
    expect(Number.isFinite(c.value), `${p.id} ${c.surface}`).toBe(true);
  }
  const spans: [number, number, string][] = [];
  for (const s of [...p.claims, ...p.non_claims]) {
    const at = nthIndexOf(p.text, s.surface, s.occurrence);
    expect(at, `${p.id} "${s.surface}" #${s.occurrence}`).toBeGreaterThanOrEqual(0);
    spans.push([at, at + s.surface.length, s.surface]);
  }
  for (let i = 0; i < spans.length; i++)
    for (let j = i + 1; j < spans.length; j++) {
      const [a, b] = [spans[i]!, spans[j]!];
      expect(Math.min(a[1], b[1]) <= Math.max(a[0], b[0]), `${p.id}: "${a[2]}" overlaps "${b[2]}"`).toBe(true);
    }
}

/** The claims of `body` under `title`, in a text dated 18/10/2013 06:49, each with its quote as the text's slice. */
export function datedClaims(body: string, title = 'Tin') {
  const text = `${title}\n18/10/2013 06:49\n\n${body}`;
  return extractClaims(text, extractMetadata(text)).map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
}

/** The first claim of `datedClaims(body, title)` whose quote is `quote` (an error naming the quotes found when none is). */
export function datedClaimOf(body: string, quote: string, title?: string) {
  const all = datedClaims(body, title);
  const c = all.find((x) => x.quote === quote);
  if (c === undefined) throw new Error(`no claim "${quote}": ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

/** The one claim of `datedClaims(body, title)` whose quote holds `fragment` (an error listing the quotes unless exactly one does). */
export function datedClaimHolding(body: string, fragment: string, title?: string) {
  const all = datedClaims(body, title);
  const found = all.filter((c) => c.quote.includes(fragment));
  if (found.length !== 1) throw new Error(`expected one claim holding "${fragment}": ${JSON.stringify(all.map((c) => c.quote))}`);
  return found[0]!;
}
