import type { ClaimRow } from '../../../shared/ipc/contract';
import { filterRows, orderRows, type ClaimFilter, type ClaimOrder } from '../features/claims/filter';

interface VisibleInputs {
  rows: ClaimRow[];
  scope: 'article' | 'all';
  currentArticleId: string | null;
  filter: ClaimFilter;
  order: ClaimOrder;
  openFindingClaims: Set<string>;
}

let last: { inputs: VisibleInputs; result: ClaimRow[] } | null = null;

/**
 * The claims list as the editor sees it: scope, filters and order applied. Memoized on its inputs
 * so the list, the keyboard and the counters share one computation per change.
 */
export function visibleRows(inputs: VisibleInputs): ClaimRow[] {
  if (
    last &&
    last.inputs.rows === inputs.rows &&
    last.inputs.scope === inputs.scope &&
    last.inputs.currentArticleId === inputs.currentArticleId &&
    last.inputs.filter === inputs.filter &&
    last.inputs.order === inputs.order &&
    last.inputs.openFindingClaims === inputs.openFindingClaims
  ) {
    return last.result;
  }
  const base =
    inputs.scope === 'all'
      ? inputs.rows
      : inputs.rows.filter((r) => r.articleId === inputs.currentArticleId).sort((a, b) => a.start - b.start);
  const result = orderRows(filterRows(base, inputs.filter), inputs.order, inputs.openFindingClaims);
  last = { inputs, result };
  return result;
}
