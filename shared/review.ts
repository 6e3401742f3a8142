import { formatNumber } from './i18n/format';
import type { ReviewInput } from './ipc/contract';
import type { Claim, Review } from './schema';

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

/** A correction without the right value or wording (neither given nor kept from before): nothing to record as corrected. */
export function correctionMissing(review: Review): boolean {
  return review.status === 'corrected' && review.correctedValue === null && !review.correctedText;
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

/**
 * What a corrected value must be for a claim of this kind; null when it fits. One sentence per UI
 * language. A date claim's value is read as a real day where it is typed (parseTypedDate in the desk's
 * form and the CLI), so it is not checked again here.
 */
export function correctedValueProblem(claim: Pick<Claim, 'kind' | 'total'>, value: number): Record<'vi' | 'en', string> | null {
  const whole = Number.isInteger(value);
  switch (claim.kind) {
    case 'streak':
      if (!whole || value < 1) return { vi: 'Độ dài chuỗi liên tiếp phải là một số nguyên dương, ví dụ 4.', en: 'The length of a streak is a whole number, for example 4.' };
      return value <= 200 ? null : { vi: 'Độ dài chuỗi liên tiếp không thể quá 200.', en: 'A streak cannot be longer than 200.' };
    case 'rank':
      if (!whole || value < 1) return { vi: 'Thứ hạng phải là một số nguyên dương, ví dụ 4.', en: 'A rank is a whole number from 1, for example 4.' };
      return claim.total !== null && value > claim.total
        ? {
            vi: `Thứ hạng không thể lớn hơn tổng số ${formatNumber(claim.total, 'vi')} được xếp hạng.`,
            en: `A rank cannot be above the ${formatNumber(claim.total, 'en')} ranked.`,
          }
        : null;
    case 'count':
      return value >= 0 ? null : { vi: 'Số lượng không thể là số âm.', en: 'A count cannot be negative.' };
    case 'ratio':
      return value >= 0 ? null : { vi: 'Tử số của tỉ lệ không thể là số âm.', en: 'The first number of a ratio cannot be negative.' };
    case 'duration':
      return value > 0 ? null : { vi: 'Khoảng thời gian phải lớn hơn 0.', en: 'A duration must be more than 0.' };
    default:
      return null;
  }
}
