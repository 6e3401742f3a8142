/**
 * The dateline a news story opens with, before its first dash: "Hà Nội, ngày 12/6/2023 –",
 * "(TTXVN) –", "Hà Nội (TTXVN) - ", "TP.HCM, 12/6/2023 —". Read from pasted text, where the page's
 * own metadata lines (by-line, date line) are missing and the dateline is all there is.
 */
import { findDateInLine, toIsoDate } from './dates';

export interface Dateline {
  /** ISO date (yyyy-mm-dd) when the dateline gives a full date. */
  publishedAt: string | null;
  /** The agency or outlet in brackets: "TTXVN", "VOV". */
  outlet: string | null;
}

/** A dateline prefix: at most ~80 characters, ending in a dash, with a date or a bracketed outlet. */
const PREFIX = /^([^\n–—-]{2,80}?)\s+[–—-]\s+\S/u;
const OUTLET = /\(([\p{Lu}][\p{L}\p{M}.&\d ]{1,24})\)/u;

/** The dateline of the first lines of `text`, or null when none of them opens with one. */
export function readDateline(text: string): Dateline | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 4);
  for (const line of lines) {
    const m = PREFIX.exec(line);
    const head = m?.[1];
    if (!head) continue;
    const outlet = OUTLET.exec(head)?.[1]?.trim() ?? null;
    const found = findDateInLine(head);
    // A full date only: "12/6" alone says nothing of the year.
    const publishedAt = found && found.date.year > 0 && found.date.day > 0 ? toIsoDate({ year: found.date.year, month: found.date.month, day: found.date.day }) : null;
    // Words before the dash that are neither a date nor an outlet make it a sentence, not a dateline.
    const rest = head.replace(OUTLET, '').replace(/ngày/iu, '');
    const withoutDate = found ? rest.replace(/\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?/u, '') : rest;
    if (withoutDate.split(/[\s,]+/u).filter((w) => w !== '').length > 4) continue;
    if (publishedAt || outlet) return { publishedAt, outlet };
  }
  return null;
}
