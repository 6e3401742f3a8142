import type { ReviewInput } from './ipc/contract';
import type { Review } from './schema';

/**
 * The review after an editor's action. Fields the action does not mention keep their previous
 * value (a note or evidence survives a status change); what only makes sense for one status
 * (the correction, the flag reason) is cleared when the status moves away from it.
 */
export function nextReview(before: Review | null, input: ReviewInput, reviewer: string, at: string): Review {
  const status = input.status;
  const keep = <K extends keyof Review>(key: K, fallback: Review[K]): Review[K] => (before ? before[key] : fallback);
  return {
    claimId: input.claimId,
    status,
    correctedValue: status === 'corrected' ? (input.correctedValue !== undefined ? input.correctedValue : keep('correctedValue', null)) : null,
    correctedText: status === 'corrected' ? (input.correctedText !== undefined ? input.correctedText : keep('correctedText', null)) : null,
    flagReason: status === 'flagged' ? (input.flagReason !== undefined ? input.flagReason : (before?.flagReason ?? 'other')) : null,
    note: input.note !== undefined ? input.note : keep('note', null),
    evidence: input.evidence !== undefined ? input.evidence : keep('evidence', []),
    verdict: status === 'unreviewed' ? null : input.verdict !== undefined ? input.verdict : (before?.verdict ?? null),
    reviewer,
    updatedAt: at,
  };
}

/**
 * The name of a review action by what it changed, so history and undo notices say "Đặt kết luận"
 * for a verdict rather than repeating the status: a status change names the status, else the first
 * field that moved.
 */
export function reviewAction(before: Review | null, after: Review): string {
  const prev = before?.status ?? 'unreviewed';
  if (prev !== after.status) return `review.${after.status}`;
  if (before && (before.correctedValue !== after.correctedValue || before.correctedText !== after.correctedText)) return 'review.corrected';
  if (before && (before.flagReason ?? null) !== (after.flagReason ?? null)) return 'review.flagged';
  if ((before?.verdict ?? null) !== (after.verdict ?? null)) return 'review.verdict';
  if (JSON.stringify(before?.evidence ?? []) !== JSON.stringify(after.evidence)) return 'review.evidence';
  if ((before?.note ?? null) !== (after.note ?? null)) return 'review.note';
  return `review.${after.status}`;
}
