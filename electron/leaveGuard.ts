import { unsavedWord } from '../shared/i18n/unsaved';
import type { Lang } from '../shared/i18n/labels';

/** What the confirmation needs from Electron's dialog.showMessageBoxSync (index of the button chosen). */
export interface LeaveDialogOptions {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

/**
 * The renderer holds the window open (beforeunload) while an action is pending or failed to save.
 * Electron then cancels the close or reload silently unless main asks: this asks, in the desk's
 * language, with "Ở lại" as the default and the answer to Esc. True: the editor chose to leave
 * (the caller then lets the unload go on with event.preventDefault()).
 */
export function confirmLeave(lang: Lang, ask: (options: LeaveDialogOptions) => number): boolean {
  const buttons = [unsavedWord(lang, 'stay'), unsavedWord(lang, 'leave')];
  const chosen = ask({
    type: 'warning',
    title: unsavedWord(lang, 'leaveTitle'),
    message: unsavedWord(lang, 'leaveTitle'),
    detail: unsavedWord(lang, 'leaveDetail'),
    buttons,
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return chosen === 1;
}

/**
 * Main's quit state after the question: staying ends the quit under way (a shared desk's wait
 * included), so a later close waits for the desk's pending actions again instead of closing at once.
 */
export function quittingAfterAnswer<Q extends string>(leave: boolean, quitting: Q): Q | 'no' {
  return leave ? quitting : 'no';
}
