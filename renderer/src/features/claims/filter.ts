import type { ClaimRow } from '../../../../shared/ipc/contract';
import type { ClaimKind, Modality, Qualifier, ReviewStatus } from '../../../../shared/schema';
import { foldForSearch } from '../../../../shared/text';

export interface ClaimFilter {
  statuses: ReviewStatus[];
  kind: ClaimKind | null;
  qualifier: Qualifier | null;
  modality: Modality | null;
  subject: string | null;
  /** Words that must all appear in the quote, subject or metric (accents optional). */
  text: string;
}

export const emptyFilter: ClaimFilter = { statuses: [], kind: null, qualifier: null, modality: null, subject: null, text: '' };

export type ClaimOrder = 'position' | 'checkworthiness' | 'findings';

export function isFilterActive(f: ClaimFilter): boolean {
  return f.statuses.length > 0 || f.kind !== null || f.qualifier !== null || f.modality !== null || f.subject !== null || f.text.trim() !== '';
}

// Folding every row on every keystroke would dominate a 100k-claim filter; rows are immutable,
// so each row's folded text is computed once.
const foldedRows = new WeakMap<ClaimRow, string>();
function haystack(row: ClaimRow): string {
  let hay = foldedRows.get(row);
  if (hay === undefined) {
    // The same text, copied through JSON.parse: V8 hands back a flat one-byte string, whereas the
    // string normalize()/replace() leave behind is slow on its first search (measured in Chromium
    // over 100,000 rows: ~130 ms for the first keystroke's scan, ~12 ms with the copy).
    hay = JSON.parse(JSON.stringify(foldForSearch(`${row.quote} ${row.subject ?? ''} ${row.metric ?? ''}`))) as string;
    foldedRows.set(row, hay);
  }
  return hay;
}

/**
 * Folds the search text of rows [from, …) until `budgetMs` has passed; returns where it stopped.
 * Run while the page is idle so the first keystroke in the filter finds every row folded.
 */
export function foldRowsAhead(rows: readonly ClaimRow[], from: number, budgetMs: number): number {
  const stop = performance.now() + budgetMs;
  let i = from;
  while (i < rows.length && performance.now() < stop) {
    for (const end = Math.min(rows.length, i + 1000); i < end; i++) haystack(rows[i] as ClaimRow);
  }
  return i;
}

// A plain loop rather than words.every(closure): this runs once per row on every keystroke, and
// the first keystroke after load runs it before the JIT has seen it.
function containsAll(hay: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (!hay.includes(words[i] as string)) return false;
  return true;
}

export function filterRows(rows: readonly ClaimRow[], f: ClaimFilter): ClaimRow[] {
  const words = foldForSearch(f.text).split(/\s+/).filter(Boolean);
  const statuses = f.statuses.length > 0 ? new Set(f.statuses) : null;
  const out: ClaimRow[] = [];
  for (const row of rows) {
    if (statuses && !statuses.has(row.status)) continue;
    if (f.kind !== null && row.kind !== f.kind) continue;
    if (f.qualifier !== null && (row.qualifier ?? 'exact') !== f.qualifier) continue;
    if (f.modality !== null && (row.modality ?? 'fact') !== f.modality) continue;
    if (f.subject !== null && row.subject !== f.subject) continue;
    if (words.length > 0 && !containsAll(haystack(row), words)) continue;
    out.push(row);
  }
  return out;
}

export function orderRows(rows: ClaimRow[], order: ClaimOrder, openFindingClaims: ReadonlySet<string>): ClaimRow[] {
  switch (order) {
    case 'position':
      return rows;
    case 'checkworthiness':
      return [...rows].sort((a, b) => b.checkworthiness - a.checkworthiness);
    case 'findings':
      return [...rows].sort((a, b) => Number(openFindingClaims.has(b.id)) - Number(openFindingClaims.has(a.id)) || b.checkworthiness - a.checkworthiness);
  }
}
