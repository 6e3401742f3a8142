// Unsaved text an editor typed in a claim's note, correction or flag form. Moving to another claim
// (click, j/k, Esc) unmounts the form; the draft stays here, per form and claim, and is shown again
// when the editor comes back. Nothing is saved on blur or on a selection change: a half-typed note is
// not a decision, and saving it would write review history (audit noise) the editor never asked for.
// A draft ends when its form is saved or cancelled with the Cancel button, or when a save of the
// claim's review (its retry included) holds what it says. Drafts live in memory only.
//
// Whether a draft still holds something not saved is derived, not remembered: each draft carries the
// comparison with the claim's saved review that its form makes, so text typed and erased, text saved
// by a retry, and text of a claim that no longer exists are not "unsaved" (review of s32-ui, 1–3).

import type { Review } from '../../../shared/schema';

export type DraftForm = 'note' | 'correct' | 'flag' | 'evidence';

/** True while the draft differs from what the form would show for this saved review. */
export type DiffersFromSaved = (review: Review | undefined) => boolean;

interface Entry {
  value: unknown;
  differs: DiffersFromSaved;
  /**
   * The saved review the draft was typed over (then the claim's later saves): what it is compared
   * with while its claim's article is not open, since the desk then holds no review of it.
   */
  base: Review | undefined;
}

const drafts = new Map<string, Entry>();

const keyOf = (form: DraftForm, claimId: string) => `${form}:${claimId}`;
const claimOf = (key: string) => key.slice(key.indexOf(':') + 1);

export function readDraft<T>(form: DraftForm, claimId: string): T | undefined {
  return drafts.get(keyOf(form, claimId))?.value as T | undefined;
}

export function writeDraft<T>(form: DraftForm, claimId: string, value: T, differs: DiffersFromSaved, base: Review | undefined): void {
  drafts.set(keyOf(form, claimId), { value, differs, base });
}

export function dropDraft(form: DraftForm, claimId: string): void {
  drafts.delete(keyOf(form, claimId));
}

export function hasDraft(form: DraftForm, claimId: string): boolean {
  return drafts.has(keyOf(form, claimId));
}

/**
 * A note typed on a finding (its "Ghi chú / Lý do bỏ qua") and not yet used by a decision: opening another finding
 * unmounts the comparison, the note stays here and comes back with the finding (QA62). Empty text is no draft.
 */
const findingNotes = new Map<string, string>();

export function findingNoteDraft(findingId: string): string | undefined {
  return findingNotes.get(findingId);
}

export function keepFindingNote(findingId: string, text: string): void {
  if (text.trim() === '') findingNotes.delete(findingId);
  else findingNotes.set(findingId, text);
}

/** A decision was saved with the note: the draft is done. */
export function dropFindingNote(findingId: string): void {
  findingNotes.delete(findingId);
}

/** Finding notes typed and not used by a decision (asked about before the window unloads). */
export function findingNoteDraftCount(): number {
  return findingNotes.size;
}

/** Every draft goes (another workspace opened: its claims and findings are not these). */
export function clearDrafts(): void {
  drafts.clear();
  findingNotes.clear();
}

/** A save of this claim's review succeeded (a retry included): drafts it now holds are done. */
export function settleDrafts(claimId: string, saved: Review): void {
  for (const [key, entry] of drafts) {
    if (claimOf(key) !== claimId) continue;
    if (entry.differs(saved)) entry.base = saved;
    else drafts.delete(key);
  }
}

/**
 * How many forms hold typed text not saved (asked about before the window unloads): drafts of claims
 * that exist, differing from the claim's saved review — the desk's (`reviewOf`) for a claim of the
 * open article, else the one the draft was typed over (the desk holds only the open article's
 * reviews: comparing with none there made a draft equal to its saved note count after another
 * article was opened, and hid a saved note erased; review 2 of s32-ui, finding 3).
 */
export function draftCount(
  exists: (claimId: string) => boolean,
  reviewOf: (claimId: string) => { known: boolean; review: Review | undefined },
): number {
  let n = 0;
  for (const [key, entry] of drafts) {
    const claimId = claimOf(key);
    if (!exists(claimId)) continue;
    const open = reviewOf(claimId);
    if (entry.differs(open.known ? open.review : entry.base)) n++;
  }
  return n;
}
