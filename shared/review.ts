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
