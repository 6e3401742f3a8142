// @vitest-environment happy-dom
// Closing the app while actions still wait for an unreachable shared desk (main intercepts the
// window's close and pushes 'quitting'): the window says what is being sent, offers to stop waiting
// after a moment, then says what was not sent before it lets the app close. The real renderer on
// the real handlers; main's side (the desk state and the give-up answer) is stood in for.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskLive } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/result';
import { bootDesk } from './helpers/desk';

const onDesk = (pending: number): DeskLive => ({
  mode: 'desk',
  url: 'postgres://lan@db.example:5432/desk',
  state: 'reconnecting',
  editor: 'Lan (lan)',
  others: [],
  pending,
});

type Booted = Awaited<ReturnType<typeof bootDesk>>;

/** Stands in for one of main's answers (the desk's state, a give-up, a stay). */
function answer(served: Booted['served'], method: string, reply: () => Promise<unknown>): void {
  (served.api as unknown as Record<string, unknown>)[method] = reply;
}

/** The window on a shared desk with `pending` actions waiting: main answers its state as the desk host pushes it. */
async function showDesk({ r, served }: Booted, pending: number): Promise<void> {
  const live = onDesk(pending);
  answer(served, 'getDeskStatus', async () => ok({ ...live, savedUrl: null, remembered: false, canRemember: false }));
  render(<r.App />);
  served.emit({ type: 'desk', live });
  await screen.findByTestId('desk-state');
}

describe('quitting with actions waiting for the shared desk', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows them being sent, offers to stop waiting, reports what was not sent, then closes', async () => {
    const { r, served } = await bootDesk();
    const gaveUp: string[] = [];
    (served.api as unknown as Record<string, unknown>).abandonDeskActions = async () => {
      gaveUp.push('asked');
      return ok({ notSent: 2, unconfirmed: 1 });
    };
    // Main answers the desk's status as the desk host pushes it.
    let live = onDesk(3);
    (served.api as unknown as Record<string, unknown>).getDeskStatus = async () => ok({ ...live, savedUrl: null, remembered: false, canRemember: false });
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<r.App />);
    served.emit({ type: 'desk', live });
    await screen.findByTestId('desk-state');
    served.emit({ type: 'quitting' });

    const sheet = await screen.findByTestId('desk-quit');
    expect(sheet.textContent).toContain('Đang đóng ứng dụng: chờ gửi nốt các thao tác lên bàn biên tập chung.');
    expect(sheet.textContent).toContain('Đang gửi 3 thao tác lên bàn biên tập chung…');
    // Not at once: the actions get a moment to land.
    expect(within(sheet).queryByRole('button', { name: 'Thôi chờ (không gửi)' })).toBeNull();
    const stop = await within(sheet).findByRole('button', { name: 'Thôi chờ (không gửi)' }, { timeout: 8_000 });
    await user.click(stop);
    expect(gaveUp).toEqual(['asked']);
    // The desk host answered every waiting action: none pending any more.
    live = onDesk(0);
    served.emit({ type: 'desk', live });

    const report = await within(sheet).findByRole('alert');
    expect(report.textContent).toContain('2 thao tác chưa được gửi lên bàn biên tập chung và không được lưu.');
    expect(report.textContent).toContain('1 thao tác đã gửi nhưng bàn chưa xác nhận');
    // The app waits until the editor has read it.
    expect(close).not.toHaveBeenCalled();
    await user.click(within(report).getByRole('button', { name: 'Đóng ứng dụng' }));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
  });

  it('"Ở lại" or Esc keeps the app open: the sheet goes, main is told, a later close asks again', async () => {
    const booted = await bootDesk();
    const { served } = booted;
    const stayed: string[] = [];
    answer(served, 'stayOpen', async () => {
      stayed.push('stay');
      return ok(null);
    });
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await showDesk(booted, 2);

    served.emit({ type: 'quitting' });
    await screen.findByTestId('desk-quit');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('desk-quit')).toBeNull());
    expect(stayed).toEqual(['stay']);

    // Closing again: the sheet is back, and its button does the same as Esc.
    served.emit({ type: 'quitting' });
    const sheet = await screen.findByTestId('desk-quit');
    expect(sheet.textContent).toContain('Đang gửi 2 thao tác lên bàn biên tập chung…');
    await user.click(within(sheet).getByRole('button', { name: /Ở lại \(không đóng\)/ }));
    await waitFor(() => expect(screen.queryByTestId('desk-quit')).toBeNull());
    expect(stayed).toEqual(['stay', 'stay']);
    expect(close).not.toHaveBeenCalled();
  });

  it('keeps the sheet and says so when main does not hear "Ở lại" (the window would still close when the actions land)', async () => {
    const booted = await bootDesk();
    const { served } = booted;
    answer(served, 'stayOpen', async () => {
      throw new Error('no answer');
    });
    const user = userEvent.setup();
    await showDesk(booted, 1);
    served.emit({ type: 'quitting' });
    await screen.findByTestId('desk-quit');
    await user.keyboard('{Escape}');
    // The sheet stays (the quit is still under way) and the editor is told to press again.
    const sheet = screen.getByTestId('desk-quit');
    expect((await within(sheet).findByRole('alert')).textContent).toContain('Ứng dụng chưa nhận được lệnh ở lại');
  });

  it('after "Thôi chờ" there is no staying: no "Ở lại", Esc does not call it, the app closes when read', async () => {
    const booted = await bootDesk();
    const { served } = booted;
    const stayed: string[] = [];
    answer(served, 'stayOpen', async () => {
      stayed.push('stay');
      return ok(null);
    });
    answer(served, 'abandonDeskActions', async () => ok({ notSent: 1, unconfirmed: 0 }));
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await showDesk(booted, 1);
    served.emit({ type: 'quitting' });
    const sheet = await screen.findByTestId('desk-quit');
    await user.click(await within(sheet).findByRole('button', { name: 'Thôi chờ (không gửi)' }, { timeout: 8_000 }));
    served.emit({ type: 'desk', live: onDesk(0) });
    const report = await within(sheet).findByRole('alert');
    expect(within(sheet).queryByRole('button', { name: /Ở lại/ })).toBeNull();
    await user.keyboard('{Escape}');
    expect(stayed).toEqual([]);
    expect(screen.getByTestId('desk-quit')).toBeTruthy();
    await user.click(within(report).getByRole('button', { name: 'Đóng ứng dụng' }));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    // The window did not close (the unsaved-work question was answered "Ở lại"): the report stays, and
    // staying is still impossible (review 2 of s33-lead, A).
    const team = await import('../../../renderer/src/store/team');
    act(() => team.useTeam.getState().stayed());
    expect(screen.getByTestId('desk-quit').textContent).toContain('không được lưu');
    await user.keyboard('{Escape}');
    expect(stayed).toEqual([]);
    expect(screen.getByTestId('desk-quit')).toBeTruthy();
  });

  it('keys do not reach the desk behind the quit sheet ("v" verifies nothing, Ctrl+O opens nothing)', async () => {
    const booted = await bootDesk();
    const { r, served, data } = booted;
    await showDesk(booted, 1);
    await act(async () => {
      await r.useDesk.getState().openArticle(data.bacGiang.article.id, data.grdp.id);
    });
    served.emit({ type: 'quitting' });
    await screen.findByTestId('desk-quit');
    const user = userEvent.setup();
    await user.keyboard('v');
    await user.keyboard('{Control>}o{/Control}');
    expect(served.callsTo('reviewClaim')).toHaveLength(0);
    const { useTransfer } = await import('../../../renderer/src/store/transfer');
    expect(useTransfer.getState().dialog).toBe('none');
  });
});
