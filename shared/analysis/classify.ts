import type { Claim } from '../schema';
import type { FactView } from './facts';
import type { CrossReason } from './model';
import { claimRange, rangesMeet, sameYears, valueRange, type ValueRange } from './values';

export interface Classification {
  relation: 'conflict' | 'update' | 'consistent';
  reason: CrossReason;
  addedYears?: number[];
}

/** Days between publications below which two reports of a figure "as of now" are the same moment. */
const SAME_MOMENT_DAYS = 30;

export function isSum(f: FactView): boolean {
  return f.claims.length > 1;
}

function first(f: FactView): Claim {
  return f.claims[0] as Claim;
}

export function factRange(f: FactView): ValueRange {
  if (isSum(f)) return { low: f.value - 0.5, high: f.value + 0.5 };
  const c = first(f);
  return claimRange(c) ?? valueRange(f.value, f.upper, c.qualifier, c.quote);
}

/** Past this share of the round figure, a finer figure is not that figure rounded (see `roundedRestated`). */
const ROUNDED_REACH = 0.01;

/** The whole part of a quote's first number as written, without thousands dots ("1.496,5 tỷ" → "1496"). */
function wholeDigits(quote: string): string | null {
  const m = /\d+(?:[.,]\d+)*/u.exec(quote);
  if (!m) return null;
  // "1.500" is fifteen hundred; "1,5" keeps its whole part; "1.25" (a decimal point) is no whole figure.
  const whole = /^\d+(?:\.\d{3})*/u.exec(m[0])?.[0] ?? m[0];
  return /\.\d{1,2}$/u.test(m[0]) ? null : whole.replace(/\./gu, '');
}

/**
 * One figure is the other rounded, its qualifier loose ("hơn 1.500 tỷ" or "1.500 tỷ" for "1.496 tỷ", "dưới
 * 3.000" for "3.012"): the round one is written to hundreds or more (two trailing zeros at least), the other,
 * exact, to four digits or more, and they lie within ROUNDED_REACH of each other. Outlets round a figure for a
 * headline and pick "hơn" or "gần" loosely; neither gives another figure. A small count stays exact ("100
 * người" / "99 người"), and so does a gap beyond a rounding ("hơn 1.500" / "1.460").
 */
function roundedRestated(a: FactView, b: FactView): boolean {
  if (isSum(a) || isSum(b)) return false;
  const round = (f: FactView): boolean => {
    const w = wholeDigits(first(f).quote);
    return w !== null && /[1-9]00+$/u.test(w) && first(f).qualifier !== 'approx';
  };
  const fine = (f: FactView): boolean => {
    const w = wholeDigits(first(f).quote);
    return w !== null && w.length >= 4 && !/00$/u.test(w) && (first(f).qualifier ?? 'exact') === 'exact';
  };
  const pair = round(a) && fine(b) ? [a, b] : round(b) && fine(a) ? [b, a] : null;
  if (!pair) return false;
  const [r, f] = pair as [FactView, FactView];
  return r.value !== 0 && Math.sign(r.value) === Math.sign(f.value) && Math.abs(r.value - f.value) <= ROUNDED_REACH * Math.abs(r.value);
}

/** Same value within what the qualifiers and rounding allow; ratios and ranks also need the same total. */
export function valuesAgree(a: FactView, b: FactView): boolean {
  if (!rangesMeet(factRange(a), factRange(b)) && !roundedRestated(a, b)) return false;
  if (a.total !== null && b.total !== null && Math.abs(a.total - b.total) > 1e-9) return false;
  if (a.family === 'streak' && a.years && b.years && !sameYears(a.years, b.years)) return false;
  return true;
}

function identical(a: FactView, b: FactView): boolean {
  const ca = first(a);
  const cb = first(b);
  return !isSum(a) && !isSum(b) && a.value === b.value && a.total === b.total && a.upper === b.upper && ca.qualifier === cb.qualifier;
}

function isSubset(small: readonly number[], big: readonly number[]): boolean {
  return small.every((y) => big.includes(y));
}

/** Strictly later publication, when both dates are known. */
function laterThan(b: FactView, a: FactView): boolean {
  return a.publishedDay !== null && b.publishedDay !== null && b.publishedDay > a.publishedDay;
}

/**
 * Conflict, update or consistent, for two facts already known to be about the same thing; `a` is the
 * earlier-published one. An update needs evidence that time explains the difference: a later article and
 * a later period (a streak grown by its next year, a running total with a later cut-off, an estimate
 * replaced by a figure, or a figure given "as of now" months later). Everything else cannot both be true.
 */
export function classifyPair(a: FactView, b: FactView): Classification {
  if (valuesAgree(a, b)) {
    if (isSum(a) || isSum(b)) return { relation: 'consistent', reason: 'sum-of-parts' };
    return { relation: 'consistent', reason: identical(a, b) ? 'same-value' : 'within-qualifiers' };
  }
  if (a.family === 'streak') {
    if (a.years && b.years) {
      const added = b.years.filter((y) => !(a.years as number[]).includes(y)).sort();
      if (isSubset(a.years, b.years) && added.length > 0 && Math.min(...added) > Math.max(...a.years) && laterThan(b, a)) {
        return { relation: 'update', reason: 'streak-extended', addedYears: added };
      }
    } else if (b.value > a.value && laterThan(b, a)) {
      return { relation: 'update', reason: 'streak-extended' };
    }
    return { relation: 'conflict', reason: 'streak-differs' };
  }
  if (laterThan(b, a)) {
    if (first(a).modality === 'forecast' && first(b).modality !== 'forecast') {
      return { relation: 'update', reason: 'estimate-revised' };
    }
    if (a.period && b.period && (a.period.cumulative || b.period.cumulative) && b.period.end > a.period.end) {
      // A running count does not shrink; a smaller later total is a conflict, not progress.
      if (a.family === 'quantity' && b.value < a.value) return { relation: 'conflict', reason: 'values-differ' };
      return { relation: 'update', reason: 'cumulative-later' };
    }
    if ((a.period === null || b.period === null) && (b.publishedDay as number) - (a.publishedDay as number) >= SAME_MOMENT_DAYS) {
      return { relation: 'update', reason: 'undated-later' };
    }
  }
  return { relation: 'conflict', reason: 'values-differ' };
}
