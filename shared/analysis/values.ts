import type { Claim, Qualifier } from '../schema';

/**
 * What a claim's number allows, as an interval. "hơn 2 nghìn" allows anything above 2000; "42,13%"
 * allows what rounds to 42,13. Two claims agree when their intervals meet.
 */
export interface ValueRange {
  low: number;
  high: number;
}

const SCALE: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** The scale word a quote writes its number with ("25.000 tỷ đồng": tỷ, 1e9), or null ("120 ca", "500.000 đồng"). */
export function scaleOf(quote: string): { word: string; factor: number } | null {
  const m = /\d\s*(nghìn|ngàn|triệu|tỷ|tỉ)/iu.exec(quote.normalize('NFC'));
  const word = m?.[1];
  return word === undefined ? null : { word, factor: SCALE[word.toLowerCase()] ?? 1 };
}

/** Half of the last unit the quote was written to: "42,13" → 0.005, "2 nghìn" → 500, "1.891" → 0.5. */
export function roundingTolerance(quote: string): number {
  // Quotes are NFC (the article text is), so the scale words can be matched as written.
  const first = /(\d+(?:[.,]\d+)*)\s*(nghìn|ngàn|triệu|tỷ|tỉ)?/iu.exec(quote.normalize('NFC'));
  if (!first) return 0.5;
  const digits = first[1] ?? '';
  const scale = SCALE[(first[2] ?? '').toLowerCase()] ?? 1;
  let decimals = 0;
  const comma = digits.lastIndexOf(',');
  if (comma >= 0) decimals = digits.length - comma - 1;
  else if (/\.\d{1,2}$/.test(digits) || /^\d+\.\d{4,}$/.test(digits)) decimals = digits.length - digits.lastIndexOf('.') - 1;
  return (scale * 10 ** -decimals) / 2;
}

export function valueRange(value: number, upper: number | null, qualifier: Qualifier | null, quote: string): ValueRange {
  const tol = roundingTolerance(quote);
  const high = upper ?? value;
  switch (qualifier ?? 'exact') {
    case 'exact':
      return { low: value - tol, high: high + tol };
    case 'approx': {
      // "gần 80%", "khoảng 16 nghìn": newsroom approximations stay within about a tenth.
      const slack = Math.max(Math.abs(value) * 0.1, tol);
      return { low: value - slack, high: high + slack };
    }
    case 'more_than':
      return { low: value, high: Infinity };
    case 'at_least':
      return { low: value - tol, high: Infinity };
    case 'less_than':
      return { low: -Infinity, high: high };
    case 'at_most':
      return { low: -Infinity, high: high + tol };
  }
}

export function claimRange(claim: Pick<Claim, 'value' | 'upper' | 'qualifier' | 'quote'>): ValueRange | null {
  if (claim.value === null) return null;
  return valueRange(claim.value, claim.upper, claim.qualifier, claim.quote);
}

/** A range end's size, 0 for an open end (see `rangesMeet`). */
function finite(x: number): number {
  return Number.isFinite(x) ? Math.abs(x) : 0;
}

export function rangesMeet(a: ValueRange, b: ValueRange): boolean {
  // The tiny epsilon absorbs binary floating error in values like 42.13.
  // Only finite ends count: an open bound's -Infinity ("dưới 65%") would make it Infinity, and every
  // value would meet "dưới 65%" (70% included).
  const eps = 1e-9 * Math.max(1, finite(a.low), finite(b.low), finite(a.high), finite(b.high));
  return a.low <= b.high + eps && b.low <= a.high + eps;
}

/** Strict "more than": "hơn 2 nghìn" excludes exactly 2000, so the sum must be above it. */
export function satisfies(range: ValueRange, qualifier: Qualifier | null, value: number, target: number): boolean {
  if (qualifier === 'more_than') return target > value;
  if (qualifier === 'less_than') return target < value;
  return target >= range.low && target <= range.high;
}

export function sameYears(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === null || b === null) return true;
  return a.length === b.length && [...a].sort().every((y, i) => y === [...b].sort()[i]);
}
