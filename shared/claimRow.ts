import type { ClaimRow } from './ipc/contract';
import type { Claim, ReviewStatus } from './schema';

/** The row of a claim with its review status (the same shape in the service and the renderer). */
export function toClaimRow(c: Claim, status: ReviewStatus): ClaimRow {
  return {
    id: c.id,
    articleId: c.articleId,
    start: c.start,
    quote: c.quote,
    kind: c.kind,
    value: c.value,
    total: c.total,
    unit: c.unit,
    qualifier: c.qualifier,
    modality: c.modality,
    subject: c.subject,
    metric: c.metric,
    status,
    checkworthiness: c.checkworthiness,
    origin: c.origin,
  };
}
