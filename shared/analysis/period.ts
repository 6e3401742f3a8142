import { fold } from './normalize';
import { releasable } from './caches';

/**
 * A claim's period as a closed range of months (year * 12 + month - 1), so "6 tháng đầu năm 2021",
 * "năm 2021" and "2020–2022" can be compared for overlap and order.
 */
export interface Period {
  start: number;
  end: number;
  /** "đến năm 2025", "tính đến tháng 6/2023": a figure accumulated up to `end`. */
  cumulative: boolean;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const month = (year: number, m: number): number => year * 12 + (m - 1);
const isYear = (n: number): boolean => n >= MIN_YEAR && n <= MAX_YEAR;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const periodCache = releasable(new Map<string, Period | null>());

/** Reads the period wordings the extractor writes; null when nothing datable is in it. */
export function parsePeriod(raw: string | null): Period | null {
  if (raw === null) return null;
  // Workspaces repeat a few hundred period wordings over and over: parse each once.
  const hit = periodCache.get(raw);
  if (hit !== undefined) return hit;
  if (periodCache.size > 50_000) periodCache.clear();
  const parsed = parsePeriodText(raw);
  periodCache.set(raw, parsed);
  return parsed;
}

function parsePeriodText(raw: string): Period | null {
  const text = fold(raw).replace(/\s+/g, ' ').trim();
  const cumulative = /\b(?:den|tinh den|luy ke)\b/.test(text) && !/\btu\b.*\bden\b/.test(text);

  let m = /\b(\d{1,2}) thang (?:dau )?(?:nam )?(\d{4})\b/.exec(text);
  if (m) {
    const n = Number(m[1]);
    const y = Number(m[2]);
    if (isYear(y) && n >= 1 && n <= 12) return { start: month(y, 1), end: month(y, n), cumulative };
  }
  // "từ tháng 4/2020 đến tháng 3/2021" (a fiscal year ending in March, engine 64): the months from one to the other.
  m = /\bthang (\d{1,2})\s*\/\s*(\d{4}) den thang (\d{1,2})\s*\/\s*(\d{4})\b/.exec(text);
  if (m) {
    const [m1, y1, m2, y2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (isYear(y1) && isYear(y2) && m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && month(y1, m1) <= month(y2, m2)) return { start: month(y1, m1), end: month(y2, m2), cumulative: false };
  }
  m = /\bquy (i{1,3}|iv|[1-4])\s*(?:\/|nam )\s*(\d{4})\b/.exec(text);
  if (m) {
    const q = ROMAN[m[1] ?? ''] ?? Number(m[1]);
    const y = Number(m[2]);
    if (isYear(y)) return { start: month(y, q * 3 - 2), end: month(y, q * 3), cumulative };
  }
  m = /\bthang (\d{1,2})\s*(?:\/|nam )\s*(\d{4})\b/.exec(text) ?? /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) {
    const mm = Number(m[1]);
    const y = Number(m[2]);
    if (isYear(y) && mm >= 1 && mm <= 12) return { start: month(y, mm), end: month(y, mm), cumulative };
  }
  m = /^(\d{4})-(\d{2})/.exec(text);
  if (m && /^\d{4}-\d{2}(?:-\d{2})?$/.test(text)) {
    const y = Number(m[1]);
    const mm = Number(m[2]);
    if (isYear(y) && mm >= 1 && mm <= 12) return { start: month(y, mm), end: month(y, mm), cumulative };
  }
  const years = [...text.matchAll(/\b(\d{4})\b/g)].map((x) => Number(x[1])).filter(isYear);
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return { start: month(first, 1), end: month(last, 12), cumulative };
}

/** Period covered by a list of years ("3 năm liên tiếp (2020, 2021, 2022)"). */
export function periodOfYears(years: readonly number[]): Period | null {
  const valid = years.filter(isYear);
  if (valid.length === 0) return null;
  return { start: month(Math.min(...valid), 1), end: month(Math.max(...valid), 12), cumulative: false };
}

export function overlaps(a: Period, b: Period): boolean {
  // A cumulative figure covers everything up to its end, so it meets any period that ends before.
  const aStart = a.cumulative ? -Infinity : a.start;
  const bStart = b.cumulative ? -Infinity : b.start;
  return aStart <= b.end && bStart <= a.end;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end && a.cumulative === b.cumulative;
}

/** A publication date (ISO yyyy-mm-dd…) as a day count, or null. */
/**
 * A publication time in milliseconds, read in one zone whatever the machine's: a time written without an
 * offset ("2013-10-23T00:30") as written (UTC), a date alone ("2013-10-22") as the start of its day. The
 * same workspace gives the same findings on every desk. Null when unreadable.
 */
export function publishedTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const zoned = /^\d{4}-\d{2}-\d{2}$/u.test(iso) ? `${iso}T00:00:00Z` : /(?:Z|[+-]\d{2}:?\d{2})$/iu.test(iso) ? iso : `${iso}Z`;
  const t = Date.parse(zoned);
  return Number.isNaN(t) ? null : t;
}

/** A date alone, with no hour ("2013-10-22"): the article may have come out at any hour of that day. */
export function dateOnly(iso: string | null | undefined): boolean {
  return !!iso && /^\d{4}-\d{2}-\d{2}$/u.test(iso);
}

export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

export function yearOf(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? Number(m[1]) : null;
}

export function formatPeriod(p: Period): string {
  const y1 = Math.floor(p.start / 12);
  const y2 = Math.floor(p.end / 12);
  if (p.start % 12 === 0 && p.end % 12 === 11) return y1 === y2 ? String(y1) : `${y1}–${y2}`;
  const m1 = (p.start % 12) + 1;
  const m2 = (p.end % 12) + 1;
  return p.start === p.end ? `${m1}/${y1}` : `${m1}/${y1}–${m2}/${y2}`;
}
