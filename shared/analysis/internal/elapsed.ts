import type { Article } from '../../schema';
import { claimCovering, refOf, spanRef, type AnalysisContext } from '../context';
import type { FindingDraft } from '../model';
import { fold } from '../normalize';
import { NUMERAL_WORD, parseSmallNumber } from '../numerals';
import { dayNumber, MAX_YEAR, MIN_YEAR } from '../period';

/**
 * "Sau 4 năm thực hiện nghị quyết" must fit the dates the article gives: from the nearest dated event
 * before it ("Ngày 11/6/2021, Tỉnh ủy ban hành Nghị quyết …") to the article's publication (or a date
 * in the same sentence). Counting calendar years inclusively (2021…2024 = 4) is a common habit, so the
 * explanation gives both the elapsed time and that count.
 */

const AFTER_YEARS = new RegExp(`\\b([Ss]au)\\s+(${NUMERAL_WORD})\\s+năm\\b(?!\\s+(?:nữa|tới|tiếp theo))`, 'gu');
const FULL_DATE = /(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/giu;
const LOOKBACK = 700;
const DAYS_PER_YEAR = 365.25;

interface Dated {
  day: number;
  quote: string;
}

function dateDay(d: number, m: number, y: number): number | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The last full date before `end` in the window, skipping dates that close a range ("… đến 1/6/2022"). */
function lastDateIn(text: string, from: number, end: number): Dated | null {
  let found: Dated | null = null;
  for (const m of text.slice(from, end).matchAll(FULL_DATE)) {
    const day = dateDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day !== null) found = { day, quote: m[0] };
  }
  if (found) return found;
  // Fall back to a bare event year ("Năm 2020, tỉnh ban hành …"), never to a plan's horizon. The word is
  // "năm" as written, not a name that folds alike ("Chiến lược Việt Nam 2015", "Quảng Nam 2015"): read
  // back in the text where folding kept every character in place (NFC text).
  const window = text.slice(from, end);
  const folded = fold(window);
  const aligned = folded.length === window.length;
  const yearMatches = [...folded.matchAll(/(?<!den |giai doan |-|–)\bnam (\d{4})\b/g)].filter(
    (m) => !aligned || window.slice(m.index, m.index + 3).toLowerCase() === 'năm',
  );
  const last = yearMatches[yearMatches.length - 1];
  if (!last) return null;
  const y = Number(last[1]);
  const day = dateDay(1, 7, y);
  return day === null ? null : { day, quote: aligned ? window.slice(last.index, last.index + last[0].length) : `năm ${y}` };
}

export function elapsedYearsDrafts(article: Article, ctx: AnalysisContext): FindingDraft[] {
  const text = article.text;
  if (!/[Ss]au\s/u.test(text)) return [];
  const published = dayNumber(article.publishedAt);
  const drafts: FindingDraft[] = [];
  for (const m of text.matchAll(AFTER_YEARS)) {
    const stated = parseSmallNumber(m[2] ?? '');
    if (stated === null || stated < 1) continue;
    const paragraphStart = Math.max(text.lastIndexOf('\n\n', m.index), m.index - LOOKBACK, 0);
    const from = lastDateIn(text, paragraphStart, m.index);
    if (!from) continue;
    const sentenceEnd = text.slice(m.index).search(/[.!?](?:\s|$)|\n/);
    const later = lastDateIn(text, m.index, sentenceEnd < 0 ? text.length : m.index + sentenceEnd);
    const to = later && later.day > from.day ? later.day : published;
    if (to === null || to <= from.day) continue;
    const elapsed = (to - from.day) / DAYS_PER_YEAR;
    if (Math.abs(stated - elapsed) < 1) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const claim = claimCovering(ctx, article.id, start, end);
    const quote = text.slice(start, end);
    const fromYear = new Date(from.day * 86_400_000).getUTCFullYear();
    const toYear = new Date(to * 86_400_000).getUTCFullYear();
    drafts.push({
      type: 'internal',
      rule: 'elapsed-years',
      claimIds: claim ? [claim.id] : [],
      articleIds: [article.id],
      spans: [{ articleId: article.id, start, end, quote }],
      facts: {
        rule: 'elapsed-years',
        claim: { ...(claim ? refOf(claim, ctx) : spanRef(article.id, quote, ctx)), quote },
        stated,
        fromQuote: from.quote,
        fromDay: from.day,
        toDay: to,
        toLabel: later && later.day > from.day ? 'stated' : 'published',
        calendarYears: toYear - fromYear + 1,
      },
    });
  }
  return drafts;
}
