import { describe, expect, it } from 'vitest';
import { confirmLeave, CrashReloads, QuitGuard, quittingAfterAnswer, type LeaveDialogOptions } from '../../../electron/leaveGuard';

describe('leaving the window with unsaved actions (Electron main, will-prevent-unload)', () => {
  it('asks in the desk language with "Ở lại" as default and Esc answer; leaves only on "Vẫn đóng"', () => {
    const asked: LeaveDialogOptions[] = [];
    expect(confirmLeave('vi', (o) => (asked.push(o), 0))).toBe(false);
    expect(confirmLeave('vi', (o) => (asked.push(o), 1))).toBe(true);
    expect(asked[0]!.buttons).toEqual(['Ở lại', 'Vẫn đóng']);
    expect(asked[0]!.message).toBe('Còn thao tác chưa lưu');
    expect(asked[0]!.defaultId).toBe(0);
    expect(asked[0]!.cancelId).toBe(0);
    const english: LeaveDialogOptions[] = [];
    confirmLeave('en', (o) => (english.push(o), 0));
    expect(english[0]!.buttons).toEqual(['Stay', 'Close anyway']);
    expect(english[0]!.detail).toMatch(/unsaved actions .* are lost/);
  });

  it('says that typed text is lost too, not only actions (a draft alone holds the window)', () => {
    const asked: LeaveDialogOptions[] = [];
    confirmLeave('vi', (o) => (asked.push(o), 0));
    confirmLeave('en', (o) => (asked.push(o), 0));
    expect(asked[0]!.detail).toContain('chữ đang gõ dở');
    expect(asked[1]!.detail).toContain('text typed in a form');
  });

  it('staying ends the quit: a later close waits for the shared desk again (review of s32-ui, note 8)', () => {
    expect(quittingAfterAnswer(false, 'go')).toBe('no');
    // After giving up, the quit stays on its way (review of s33-lead, BUG 1).
    expect(quittingAfterAnswer(false, 'gave-up')).toBe('gave-up');
    expect(quittingAfterAnswer(true, 'go')).toBe('go');
    expect(quittingAfterAnswer(false, 'no')).toBe('no');
  });
});

describe('quitting while actions wait for a shared desk (Electron main, QuitGuard)', () => {
  it('closes at once with nothing pending; otherwise holds, tells the window, and closes when the last lands', () => {
    const idle = new QuitGuard();
    expect(idle.close()).toBe('allow');
    const guard = new QuitGuard();
    expect(guard.pendingChanged(2)).toBe(false);
    expect(guard.close()).toBe('notify');
    expect(guard.close()).toBe('hold');
    expect(guard.pendingChanged(1)).toBe(false);
    expect(guard.pendingChanged(0)).toBe(true);
    expect(guard.close()).toBe('allow');
  });

  it('after giving up, the next close goes through once the editor has read what was not sent', () => {
    const guard = new QuitGuard();
    guard.pendingChanged(3);
    expect(guard.close()).toBe('notify');
    guard.called('abandonDeskActions');
    expect(guard.state).toBe('gave-up');
    expect(guard.close()).toBe('reclose');
    expect(guard.close()).toBe('allow');
  });

  it('"Ở lại" ends the quit: the window stays when the actions land, and a later close asks again', () => {
    const guard = new QuitGuard();
    guard.pendingChanged(2);
    expect(guard.close()).toBe('notify');
    guard.called('stayOpen');
    expect(guard.state).toBe('no');
    expect(guard.pendingChanged(0)).toBe(false);
    guard.pendingChanged(1);
    expect(guard.close()).toBe('notify');
    // Not after giving up: the shared desk refuses every later action then (review of s33-lead, BUG 1),
    // so the quit goes on to its end.
    guard.called('abandonDeskActions');
    guard.called('stayOpen');
    expect(guard.state).toBe('gave-up');
    guard.answered(false);
    expect(guard.state).toBe('gave-up');
    expect(guard.close()).toBe('reclose');
    guard.answered(false);
    // Other calls change nothing; "Ở lại" with no quit under way changes nothing.
    guard.called('verifyClaim');
    expect(guard.state).toBe('no');
    const fresh = new QuitGuard();
    fresh.called('stayOpen');
    expect(fresh.state).toBe('no');
  });

  it('a page loaded again while main waits ends the quit, so the next close shows the sheet on the new page (review N9 of s33)', () => {
    const guard = new QuitGuard();
    guard.pendingChanged(2);
    expect(guard.close()).toBe('notify');
    expect(guard.close()).toBe('hold');
    guard.pageLoaded();
    expect(guard.state).toBe('no');
    expect(guard.close()).toBe('notify');
    // After "Thôi chờ" the quit goes on whatever the page does; with no quit a load changes nothing.
    guard.called('abandonDeskActions');
    guard.pageLoaded();
    expect(guard.state).toBe('gave-up');
    expect(guard.close()).toBe('reclose');
    const idle = new QuitGuard();
    idle.pageLoaded();
    expect(idle.state).toBe('no');
  });

  it('a page gone for good lets the close go through; after "Thôi chờ" the quit goes on as it was', () => {
    const guard = new QuitGuard();
    guard.pendingChanged(2);
    expect(guard.close()).toBe('notify');
    guard.pageGone();
    expect(guard.close()).toBe('allow');
    const gaveUp = new QuitGuard();
    gaveUp.pendingChanged(1);
    gaveUp.close();
    gaveUp.called('abandonDeskActions');
    gaveUp.pageGone();
    expect(gaveUp.close()).toBe('reclose');
  });

  it('a crashed renderer is loaded again at most twice a minute, never for a launch or integrity failure nor while quitting (review 2 of s34-lead, C)', () => {
    const reloads = new CrashReloads();
    expect(reloads.allow('crashed', 0, false)).toBe(true);
    expect(reloads.allow('oom', 10_000, false)).toBe(true);
    expect(reloads.allow('crashed', 20_000, false)).toBe(false);
    // A minute after the first, one more is allowed.
    expect(reloads.allow('crashed', 60_001, false)).toBe(true);
    const fresh = new CrashReloads();
    expect(fresh.allow('launch-failed', 0, false)).toBe(false);
    expect(fresh.allow('integrity-failure', 0, false)).toBe(false);
    expect(fresh.allow('killed', 0, true)).toBe(false);
    expect(fresh.allow('clean-exit', 0, false)).toBe(false);
    expect(fresh.allow('killed', 0, false)).toBe(true);
  });

  it('the unsaved-work question: staying ends the quit, leaving keeps it', () => {
    const guard = new QuitGuard();
    guard.pendingChanged(1);
    guard.close();
    guard.answered(true);
    expect(guard.state).toBe('waiting');
    guard.answered(false);
    expect(guard.state).toBe('no');
  });
});
