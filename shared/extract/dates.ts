/** Calendar dates as Vietnamese pages write them, for publication dates and dated-event claims. */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/**
 * Months named by their word: "Thứ Tư, 8 Tháng Năm, 2024", "tháng Tám" ("Tháng Giêng"/"Tháng Chạp" are
 * lunar-style names; callers that read only calendar months restrict the words they accept).
 */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  giêng: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
  chạp: 12,
};

export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}

let lastDay = { of: '', before: '' };

/** The ISO day before an ISO day ("2024-03-01" → "2024-02-29"); the last answer is kept (asked per figure of one text). */
export function dayBefore(iso: string): string {
  if (lastDay.of !== iso) {
    const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
    lastDay = { of: iso, before: new Date(Date.UTC(y, mo - 1, d - 1)).toISOString().slice(0, 10) };
  }
  return lastDay.before;
}

export function toIsoDate(d: CalendarDate): string {
  const date = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  return d.hour === undefined ? date : `${date}T${pad(d.hour)}:${pad(d.minute ?? 0)}`;
}

/** The numeric value stored for a date claim: yyyymmdd, sortable and readable. */
export function toDateNumber(d: CalendarDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function twoDigitYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

const TIME = String.raw`(\d{1,2})\s*[:hg]\s*(\d{2})`;
const NUMERIC_DATE = String.raw`(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2}(?!\d))`;
const WORD_DATE = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2}|giêng|chạp|mười một|mười hai|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)\s*(?:,\s*|\s+năm\s+|\s+)(\d{4})`;

const DATE_PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray) => CalendarDate | null }[] = [
  {
    // "08/03/2024 - 07:05", "11/06/2021 10:20", "08-03-2024"
    re: new RegExp(`${NUMERIC_DATE}(?:\\s*(?:[-–|,]|lúc)?\\s*${TIME}(?!\\d))?`, 'iu'),
    read: (m) => dateFrom(Number(m[4]), Number(m[3]), Number(m[1]), m[5], m[6]),
  },
  {
    // "07:05 08/03/2024", "10:20 | 11/06/2021"
    re: new RegExp(`${TIME}\\s*(?:[-–|,]|ngày)?\\s*${NUMERIC_DATE}`, 'iu'),
    read: (m) => dateFrom(Number(m[6]), Number(m[5]), Number(m[3]), m[1], m[2]),
  },
  {
    // "ngày 11 tháng 6 năm 2021", "8 Tháng Năm, 2024"
    re: new RegExp(`${WORD_DATE}(?:\\s*(?:[-–|,]|lúc)?\\s*${TIME}(?!\\d))?`, 'iu'),
    read: (m) => {
      const monthRaw = (m[2] ?? '').toLowerCase();
      const month = /^\d+$/.test(monthRaw) ? Number(monthRaw) : MONTH_WORDS[monthRaw];
      return month === undefined ? null : dateFrom(Number(m[3]), month, Number(m[1]), m[4], m[5]);
    },
  },
];

function dateFrom(year: number, month: number, day: number, hour?: string, minute?: string): CalendarDate | null {
  const y = twoDigitYear(year);
  if (!isValidDate(y, month, day)) return null;
  const date: CalendarDate = { year: y, month, day };
  if (hour !== undefined && minute !== undefined) {
    const h = Number(hour);
    const min = Number(minute);
    if (h <= 23 && min <= 59) {
      date.hour = h;
      date.minute = min;
    }
  }
  return date;
}

/** The first date (with its time when given) written anywhere in `line`. */
export function findDateInLine(line: string): { date: CalendarDate; index: number } | null {
  let best: { date: CalendarDate; index: number } | null = null;
  for (const { re, read } of DATE_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const date = read(m);
    if (!date) continue;
    if (best === null || m.index < best.index || (m.index === best.index && date.hour !== undefined)) {
      best = { date, index: m.index };
    }
  }
  return best;
}
