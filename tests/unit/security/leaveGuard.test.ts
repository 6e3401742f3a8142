import { describe, expect, it } from 'vitest';
import { confirmLeave, quittingAfterAnswer, type LeaveDialogOptions } from '../../../electron/leaveGuard';

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
    expect(quittingAfterAnswer(false, 'gave-up')).toBe('no');
    expect(quittingAfterAnswer(true, 'go')).toBe('go');
    expect(quittingAfterAnswer(false, 'no')).toBe('no');
  });
});
