import type { ClaimFields, ReviewInput, ReviewOutcome } from '../../shared/ipc/contract';
import { manualClaim, withSpan } from '../../shared/document';
import { formatClaimValue } from '../../shared/i18n/format';
import { correctedValueProblem, correctionMissing, nextReview, reviewAction } from '../../shared/review';
import type { Article, Claim, Review } from '../../shared/schema';
import { verdictScaleOf } from '../../shared/settings';
import { StoreConflictError, type RecordChange } from '../store/port';
import { conflictError } from './conflicts';
import { AppError } from './errors';
import type { ServiceContext } from './context';
import { reanalysisNotice, withFindingsNotice, type Saved } from './findings';

/**
 * True when a review action would change nothing an editor decided (pressing "verify" on a claim
 * already verified, "reset" on one never reviewed): such a press is not an action to undo or audit.
 */
function sameDecision(before: Review | null, after: Review): boolean {
  const decision = (r: Review | null) =>
    JSON.stringify(
      r
        ? [r.status, r.correctedValue, r.correctedText, r.note, r.evidence, r.verdict ?? null, r.flagReason ?? null]
        : ['unreviewed', null, null, null, [], null, null],
    );
  return decision(before) === decision(after);
}

/**
 * Commits an undoable action, then re-analyses when it changed what the analysis sees. Once committed
 * the action stands: a failed re-analysis is answered as the notice to show (see findingsNotice).
 */
export async function act(ctx: ServiceContext, action: string, changes: RecordChange[]): Promise<string | undefined> {
  await ctx.commitAction(action, changes);
  return reanalysisNotice(ctx, changes);
}

/**
 * Saves a review. Once committed it stands: a re-analysis that fails after it is reported in the
 * outcome (findingsNotUpdated), not as a failure of the review (the desk would take it back).
 */
export async function reviewClaim(ctx: ServiceContext, input: ReviewInput): Promise<ReviewOutcome> {
  // One read on a shared desk (one round trip); elsewhere the claim's existence from the index (no
  // content parsed), the settings and the review side by side.
  // A corrected value is checked against the claim's kind: its claim is read alongside, only then.
  const setsValue = input.status === 'corrected' && typeof input.correctedValue === 'number';
  const [{ claimId, settings, review: before }, claim] = await Promise.all([ctx.reviewInputs(input.claimId), setsValue ? ctx.claim(input.claimId) : null]);
  if (input.seen !== undefined && (before?.updatedAt ?? null) !== input.seen) {
    // Decided from a review another editor has replaced since: show theirs, overwrite nothing.
    throw conflictError(new StoreConflictError('reviews', claimId, { by: before?.reviewer ?? null, at: before?.updatedAt ?? null, current: before }));
  }
  const review = nextReview(before, input, ctx.store.editor ?? (ctx.options.actingReviewer || settings.reviewerName), ctx.now().toISOString());
  if (correctionMissing(review)) {
    throw new AppError('invalid_input', {
      vi: 'Hãy nhập giá trị hoặc nội dung đúng khi sửa một nhận định.',
      en: 'Enter the right value or wording when correcting a claim.',
    });
  }
  if (sameDecision(before, review)) return before ?? review;
  // A corrected value must fit the claim's kind (a streak is a whole number, a rank is at most
  // its total …), whoever sends it: the desk's form, the CLI or the shared desk. Only a value the action
  // sets is checked, so a note added to an older correction is never refused for it.
  if (claim && typeof input.correctedValue === 'number' && input.correctedValue !== before?.correctedValue) {
    const problem = correctedValueProblem(claim, input.correctedValue);
    if (problem) throw new AppError('invalid_input', problem);
  }
  if (review.verdict && !verdictScaleOf(settings).some((v) => v.id === review.verdict)) {
    throw new AppError('invalid_input', {
      vi: 'Kết luận này không có trong thang kết luận của tòa soạn.',
      en: "This verdict is not on the newsroom's verdict scale.",
    });
  }
  const changes: RecordChange[] = [{ table: 'reviews', id: claimId, before, after: review }];
  await ctx.commitAction(reviewAction(before, review), changes);
  return withFindingsNotice(review, await reanalysisNotice(ctx, changes));
}

/**
 * A claim's own value (typed with 'Chỉnh thông tin' or when adding a claim) must fit its kind by the
 * rule a corrected value follows: a streak of 9,5 years or rank 90 of 63 is refused. Only when the
 * value, kind or total changes, so an extracted value is never refused for an unrelated edit.
 */
function checkValueFits(after: Claim, before: Claim | null): void {
  if (after.value === null) return;
  if (before && after.value === before.value && after.kind === before.kind && after.total === before.total) return;
  const problem = correctedValueProblem(after, after.value);
  if (problem) throw new AppError('invalid_input', problem);
}

function checkSpan(article: Article, start: number, end: number): void {
  if (end <= start || end > article.text.length || article.text.slice(start, end).trim() === '') {
    throw new AppError('invalid_input', {
      vi: 'Đoạn chọn không hợp lệ: hãy bôi đen phần chữ chứa số liệu trong bài.',
      en: 'Invalid selection: select the words of the figure in the article.',
    });
  }
}

/** A claim the extractor missed, added by the editor from a selection in the reader. */
export async function addClaim(ctx: ServiceContext, input: { articleId: string; start: number; end: number; fields?: ClaimFields }): Promise<Saved<Claim>> {
  const found = await ctx.store.articleWithClaims(input.articleId);
  if (!found) throw ctx.notFound('Không tìm thấy bài viết này trong không gian làm việc.', 'This article is not in the workspace.');
  checkSpan(found.article, input.start, input.end);
  const claim = manualClaim(found.article, input.start, input.end, input.fields ?? {});
  checkValueFits(claim, null);
  const sameSpan = found.claims.some((c) => c.start === claim.start && c.end === claim.end);
  if (sameSpan || (await ctx.store.claims([claim.id])).length > 0) {
    throw new AppError('invalid_input', { vi: 'Đoạn này đã là một nhận định.', en: 'This span is already a claim.' });
  }
  return withFindingsNotice(claim, await act(ctx, 'claim.add', [{ table: 'claims', id: claim.id, before: null, after: claim }]));
}

/** Moves a claim's span or corrects its structured fields; the quote always follows the span. */
export async function editClaim(ctx: ServiceContext, input: { claimId: string; start?: number; end?: number; fields?: ClaimFields }): Promise<Saved<Claim>> {
  const before = await ctx.claim(input.claimId);
  const article = await ctx.article(before.articleId);
  const start = input.start ?? before.start;
  const end = input.end ?? before.end;
  checkSpan(article, start, end);
  const after = withSpan({ ...before, ...(input.fields ?? {}) }, article.text, start, end);
  checkValueFits(after, before);
  // A new kind or total must still fit a value the claim was corrected to, by the rule reviewClaim
  // applies (shared/review.ts): a streak of 9,5 years or rank 90 of 63 is refused here too.
  if (after.kind !== before.kind || after.total !== before.total) {
    const review = await ctx.review(before.id);
    if (review?.status === 'corrected' && review.correctedValue !== null) {
      const problem = correctedValueProblem(after, review.correctedValue);
      if (problem) {
        throw new AppError('invalid_input', {
          vi: `Nhận định này đã được sửa thành ${formatClaimValue(review.correctedValue, after.kind, 'vi')}, không hợp với thông tin mới: ${problem.vi} Hãy sửa lại giá trị đúng trước.`,
          en: `This claim was corrected to ${formatClaimValue(review.correctedValue, after.kind, 'en')}, which does not fit the new facts: ${problem.en} Correct the value first.`,
        });
      }
    }
  }
  return withFindingsNotice(after, await act(ctx, 'claim.edit', [{ table: 'claims', id: before.id, before, after }]));
}
