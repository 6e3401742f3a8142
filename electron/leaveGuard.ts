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
  // After "Thôi chờ" the shared desk saves nothing more: the quit stays on its way (its sheet stays up).
  return leave || quitting === 'gave-up' ? quitting : 'no';
}

/** Main's quit state while actions still wait for a shared desk. */
export type QuitState = 'no' | 'waiting' | 'gave-up' | 'go';

/**
 * What main does when the window is asked to close: `allow` it; `notify` (hold it and tell the window,
 * which shows the quit sheet); `hold` (the sheet is up already); `reclose` (hold this one and close
 * again: the editor has read what was given up on).
 */
export type CloseStep = 'allow' | 'notify' | 'hold' | 'reclose';

/**
 * Closing the app while actions still wait for a shared desk: the window shows them being sent and
 * offers to give up or to stay; it closes once none is pending — unless the editor stayed (the quit
 * sheet's "Ở lại" or Esc, or "Ở lại" in the unsaved-work question), when a later close starts over.
 */
export class QuitGuard {
  state: QuitState = 'no';
  private pending = 0;

  /** The desk's count of pending actions changed: true when the window must close now (the wait is over). */
  pendingChanged(pending: number): boolean {
    this.pending = pending;
    if (this.state === 'waiting' && pending === 0) {
      this.state = 'go';
      return true;
    }
    return false;
  }

  /** The window is asked to close. */
  close(): CloseStep {
    if (this.state === 'go' || this.pending === 0) return 'allow';
    if (this.state === 'no') {
      this.state = 'waiting';
      return 'notify';
    }
    if (this.state === 'gave-up') {
      this.state = 'go';
      return 'reclose';
    }
    return 'hold';
  }

  /**
   * A call from the window: giving up moves the quit on, staying ends it — only while waiting: once the
   * editor gave up, the shared desk refuses every later action (deskHost's give-up holds for its life),
   * so the quit goes on to its end.
   */
  called(method: string): void {
    if (method === 'abandonDeskActions' && this.state === 'waiting') this.state = 'gave-up';
    else if (method === 'stayOpen' && this.state === 'waiting') this.state = 'no';
  }

  /**
   * The window's page loaded again (a reload, or the renderer restarted after a crash) while main was
   * waiting: the new page never got the quit sheet, so holding every later close would leave the
   * editor no way to close the app while the desk stays unreachable. The quit under way ends; the next
   * close asks again (and shows the sheet on the new page). After "Thôi chờ" the quit goes on.
   */
  pageLoaded(): void {
    if (this.state === 'waiting') this.state = 'no';
  }

  /**
   * The window's page is gone and will not be loaded again (it crashed once too often): no page can
   * show the sheet, so a close goes through (the will-quit bound gives up on what the desk has not saved).
   */
  pageGone(): void {
    if (this.state !== 'gave-up') this.state = 'go';
  }

  /** The unsaved-work question was answered (see confirmLeave). */
  answered(leave: boolean): void {
    this.state = quittingAfterAnswer(leave, this.state);
  }
}

/**
 * When a crashed renderer is loaded again: at most `limit` reloads in `windowMs` (a page that crashes at
 * every load is not reloaded forever), never for a launch or integrity failure (loading again cannot
 * help) nor while the app is quitting.
 */
export class CrashReloads {
  private times: number[] = [];
  constructor(
    private readonly limit = 2,
    private readonly windowMs = 60_000,
  ) {}

  allow(reason: string, now: number, quitting: boolean): boolean {
    if (quitting || reason === 'clean-exit' || reason === 'launch-failed' || reason === 'integrity-failure') return false;
    this.times = this.times.filter((t) => now - t < this.windowMs);
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }
}
