/**
 * Numbers and dates for people (UI.md): Vietnamese 1.891 / 42,13 / 8/3/2024; English 1,891 / 42.13 /
 * 8 Mar 2024. Values are stored as plain numbers; only the display changes. Dates are parsed by hand
 * so no time zone can shift the day.
 */
import type { ExportFormatName } from '../enums';
import type { ClaimKind } from '../schema';
import type { Lang } from './labels';

export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat(LOCALES.vi, { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 4 }),
};

export function formatNumber(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayParts(iso: string | null | undefined): [number, number, number] | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** 8/3/2024 in Vietnamese, 8 Mar 2024 in English; "—" when there is no date. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  const p = dayParts(iso);
  if (!p) return iso ? iso : '—';
  const [y, mo, d] = p;
  return lang === 'vi' ? `${d}/${mo}/${y}` : `${d} ${EN_MONTHS[mo - 1] ?? mo} ${y}`;
}

/** "8/3/2024 14:05" / "8 Mar 2024 14:05" in the machine's time zone (audit times are instants). */
export function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${formatDate(day, lang)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** A date claim's value is stored as yyyymmdd (yyyymm00 for a month, yyyy0000 for a year). */
export function isStoredDate(value: number): boolean {
  return Number.isInteger(value) && value >= 1000_00_00 && value <= 9999_12_31;
}

/** A claim's value as the editor reads it: dates as dates ("11/6/2021"), the rest as numbers. */
export function formatClaimValue(value: number, kind: ClaimKind, lang: Lang): string {
  if (kind === 'date' && isStoredDate(value)) {
    const y = Math.floor(value / 10000);
    const m = Math.floor(value / 100) % 100;
    const d = value % 100;
    if (m === 0) return String(y);
    if (d === 0) return lang === 'vi' ? `${m}/${y}` : `${EN_MONTHS[m - 1] ?? m} ${y}`;
    return formatDate(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, lang);
  }
  return formatNumber(value, lang);
}

/**
 * A number typed by an editor: "42,13", "1.891", "1.891,5", "42.13", "-3". Returns null for an empty
 * field and NaN for anything that is not a plain number.
 *
 * Only a single group of three digits after one separator is ambiguous, and `lang` decides it the
 * way that language writes numbers: Vietnamese (the default) reads "1.891" as 1891 and "1,891" as
 * 1.891; English reads "1,891" as 1891 and "1.891" as 1.891. Every other form means the same in both.
 */
export function parseTypedNumber(raw: string, lang: Lang = 'vi'): number | null {
  const s = raw.trim().replace(/\s/g, '');
  if (s === '') return null;
  if (lang === 'en') {
    if (/^-?\d{1,3},\d{3}$/.test(s)) return Number(s.replace(',', ''));
    if (/^-?\d{1,3}\.\d{3}$/.test(s)) return Number(s);
  }
  let normalized: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normalized = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && !/^-?\d{1,3},\d{3}$/.test(s)) normalized = s.replace(/,/g, '');
  else if (/^-?\d+(,\d+)?$/.test(s)) normalized = s.replace(',', '.');
  else if (/^-?\d+(\.\d+)?$/.test(s)) normalized = s;
  else return Number.NaN;
  return Number(normalized);
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[m - 1] ?? 0);
}

/**
 * A date typed by an editor, as a date claim stores it (yyyymmdd; yyyymm00 for a month; yyyy0000
 * for a year): "12/6/2021", "12-6-2021", "2021-06-12", "6/2021", "2021", "ngày 12 tháng 6 năm 2021".
 * Day first, as Vietnamese writes it. Null for an empty field, NaN when it is not a real date.
 */
export function parseTypedDate(raw: string): number | null {
  const s = dayWords(raw).toLowerCase().replace(/^tháng /, '');
  if (s === '') return null;
  let y: number;
  let m = 0;
  let d = 0;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{4})$/.exec(s))) [m, y] = [Number(match[1]), Number(match[2])];
  else if ((match = /^(\d{4})$/.exec(s))) y = Number(match[1]);
  else return Number.NaN;
  if (y < 1000) return Number.NaN;
  if (m !== 0 && (m < 1 || m > 12)) return Number.NaN;
  if (d !== 0 && !validDay(y, m, d)) return Number.NaN;
  return y * 10000 + m * 100 + d;
}

/** "ngày 8/3/2024", "8 tháng 3 năm 2024" → "8/3/2024": the Vietnamese words around a date (parseTypedDate, parseTypedDay). */
function dayWords(raw: string): string {
  return raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^ngày /i, '')
    .replace(/ tháng /gi, '/')
    .replace(/ năm /gi, '/');
}

/**
 * A day typed in a date field, as the desk writes dates: day first in both languages ("8/3/2024",
 * "08-03-2024", "8.3.2024", "ngày 8/3/2024", "8 tháng 3 năm 2024" as the correction form reads them),
 * "8 Mar 2024" / "8 March 2024" as English shows it, or ISO "2024-03-08".
 * Returns the ISO day (yyyy-mm-dd), null for an empty field, or undefined when it is not a day
 * (typedDayProblem says why).
 */
export function parseTypedDay(raw: string): string | null | undefined {
  const s = dayWords(raw);
  if (s === '') return null;
  let y: number;
  let m: number;
  let d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(s))) {
    const name = (match[2] ?? '').toLowerCase();
    m = EN_MONTHS.findIndex((x) => name.startsWith(x.toLowerCase()) && (name.length === 3 || EN_MONTH_NAMES[EN_MONTHS.indexOf(x)] === name)) + 1;
    [d, y] = [Number(match[1]), Number(match[3])];
  } else return undefined;
  if (y < 1000 || !validDay(y, m, d)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Why a date field's text is not a day, null when it is one (or empty): the year is missing ("8/3",
 * "8 Mar") or short ("8/3/24"), the day does not exist ("31/2/2024"), or the text is not a date at all.
 */
export function typedDayProblem(raw: string): 'noYear' | 'shortYear' | 'notReal' | 'notADate' | null {
  if (parseTypedDay(raw) !== undefined) return null;
  const s = dayWords(raw);
  if (/^\d{1,2}[/.-]\d{1,2}$/.test(s) || /^\d{1,2} [A-Za-z]{3,9}\.?$/.test(s)) return 'noYear';
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{1,3}$/.test(s) || /^\d{1,2} [A-Za-z]{3,9}\.?,? \d{1,3}$/.test(s)) return 'shortYear';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(s) || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(s) || /^\d{1,2} [A-Za-z]{3,9}\.?,? \d{4}$/.test(s)) return 'notReal';
  return 'notADate';
}

const EN_MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Parses what an editor typed for a value of this kind: a date for date claims, a number otherwise (see parseTypedNumber for `lang`). */
export function parseTypedValue(raw: string, kind: ClaimKind, lang: Lang = 'vi'): number | null {
  return kind === 'date' ? parseTypedDate(raw) : parseTypedNumber(raw, lang);
}

export interface SpreadsheetNumberOptions {
  /** Write 42,13 instead of 42.13 (a spreadsheet in a Vietnamese or European locale expects it). */
  decimalComma: boolean;
}

/**
 * A number as a spreadsheet cell reads it back as a number: no thousands separators (they would
 * make it text), the decimal mark the chosen locale expects.
 */
export function formatSpreadsheetNumber(value: number, options: SpreadsheetNumberOptions): string {
  const plain = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  return options.decimalComma ? plain.replace('.', ',') : plain;
}

/** The English noun of a count: `one` for exactly 1, else `many` ("1 claim", "2 claims"). Vietnamese nouns do not change with the number. */
export function englishNoun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** What an export's count counts, per format: the desk's export summary and the CLI's line say it in the same words. */
export const exportCountUnits: Record<ExportFormatName, { vi: string; en: readonly [one: string, many: string] }> = {
  csv: { vi: 'nhận định', en: ['claim', 'claims'] },
  json: { vi: 'nhận định', en: ['claim', 'claims'] },
  jsonl: { vi: 'bài viết', en: ['article', 'articles'] },
  claimreview: { vi: 'bản ClaimReview', en: ['ClaimReview record', 'ClaimReview records'] },
  findings: { vi: 'phát hiện', en: ['finding', 'findings'] },
  'findings-html': { vi: 'phát hiện', en: ['finding', 'findings'] },
};

/** An export's count with its noun: "3 nhận định", "1 claim", "1,204 ClaimReview records". */
export function exportCount(n: number, format: ExportFormatName, lang: Lang): string {
  const unit = exportCountUnits[format];
  return `${formatNumber(n, lang)} ${lang === 'vi' ? unit.vi : englishNoun(n, ...unit.en)}`;
}

export function formatList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${last}`;
}
