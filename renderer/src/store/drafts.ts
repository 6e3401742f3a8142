// Unsaved text an editor typed in a claim's note, correction or flag form. Moving to another claim
// (click, j/k, Esc) unmounts the form; the draft stays here, per form and claim, and is shown again
// when the editor comes back. Nothing is saved on blur or on a selection change: a half-typed note is
// not a decision, and saving it would write review history (audit noise) the editor never asked for.
// A draft ends when its form is saved or cancelled with the Cancel button. Drafts live in memory only.

export type DraftForm = 'note' | 'correct' | 'flag' | 'evidence';

const drafts = new Map<string, unknown>();

const keyOf = (form: DraftForm, claimId: string) => `${form}:${claimId}`;

export function readDraft<T>(form: DraftForm, claimId: string): T | undefined {
  return drafts.get(keyOf(form, claimId)) as T | undefined;
}

export function writeDraft<T>(form: DraftForm, claimId: string, value: T): void {
  drafts.set(keyOf(form, claimId), value);
}

export function dropDraft(form: DraftForm, claimId: string): void {
  drafts.delete(keyOf(form, claimId));
}

export function hasDraft(form: DraftForm, claimId: string): boolean {
  return drafts.has(keyOf(form, claimId));
}

/** How many forms hold typed text not saved (asked about before the window unloads). */
export function draftCount(): number {
  return drafts.size;
}
