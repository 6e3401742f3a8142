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
    hay = foldForSearch(`${row.quote} ${row.subject ?? ''} ${row.metric ?? ''}`);
    foldedRows.set(row, hay);
  }
  return hay;
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
    if (words.length > 0) {
      const hay = haystack(row);
      if (!words.every((w) => hay.includes(w))) continue;
    }
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
