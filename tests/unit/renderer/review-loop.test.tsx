// @vitest-environment happy-dom
// The review loop through the real App: notices after actions and undo, verdict keys, Ctrl+Enter in
// forms, focus in the flag form, auto-advance, and the detail pane starting at the top.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

async function desk(options: Parameters<typeof bootDesk>[0] = {}) {
  const booted = await bootDesk(options);
  const user = userEvent.setup();
  render(<booted.r.App />);
  await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
  await user.keyboard(']');
  await screen.findByRole('heading', { level: 1, name: booted.data.bacGiang.article.title ?? '' });
  const order = [...booted.data.bacGiang.claims].sort((a, b) => a.start - b.start);
  const selected = () => booted.r.useDesk.getState().selectedClaimId;
  return { ...booted, user, order, selected, notice: () => screen.getByTestId('action-notice') };
}

describe('review loop', () => {
  it('says in a live region what an action and its undo did, with the quote, and jumps back to the claim', async () => {
    const { user, order, selected, served, notice } = await desk();
    const first = order[0]!;
    expect(notice().getAttribute('role')).toBe('status');
    await user.keyboard('v');
    await waitFor(() => expect(notice().textContent).toContain(`Xác minh «${first.quote}»`));
    await user.keyboard('jjj');
    expect(selected()).toBe(order[3]?.id);
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(notice().textContent).toContain(`Đã hoàn tác: Xác minh «${first.quote}»`));
    expect(served.statusOf(first.id)).toBe('unreviewed');
    await user.click(within(notice()).getByRole('button', { name: 'Đến nhận định' }));
    await waitFor(() => expect(selected()).toBe(first.id));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(notice().textContent).toContain(`Đã làm lại: Xác minh «${first.quote}»`));
  });

  it('an undo pressed while the last action is still being saved undoes that action, not the one before', async () => {
    const { r, order, served } = await desk();
    const id = order[0]!.id;
    const state = () => r.useDesk.getState();
    await state().review(id, { status: 'verified' });
    // "f", Enter, Ctrl+Z in a row: the flag is on screen at once, its save still on its way.
    const flagging = state().review(id, { status: 'flagged', flagReason: 'needs_source' });
    await state().undo();
    expect(await flagging).toBe(true);
    expect(served.statusOf(id)).toBe('verified');
    expect(state().reviews[id]?.status).toBe('verified');
  });

  it('sets the verdict with d then a number, and names it in the notice', async () => {
    const { user, order, served, notice } = await desk();
    await user.keyboard('d2');
    await waitFor(() => expect(served.ws.reviews.get(order[0]!.id)).toMatchObject({ status: 'verified', verdict: 'mostly_true' }));
    await waitFor(() => expect(notice().textContent).toContain('Xác minh'));
    await user.keyboard('d4');
    await waitFor(() => expect(served.ws.reviews.get(order[0]!.id)?.verdict).toBe('false'));
    await waitFor(() => expect(notice().textContent).toContain('Đặt kết luận'));
    // A lone d followed by something else does nothing.
    await user.keyboard('dz');
    expect(served.callsTo('reviewClaim')).toHaveLength(2);
  });

  it('saves a correction with Ctrl+Enter from its note, and moves the flag form focus with the number keys', async () => {
    const { user, order, served } = await desk();
    const id = order[0]!.id;
    await user.keyboard('c');
    const form = screen.getByRole('form', { name: 'Sửa' });
    await user.keyboard('41,5');
    await user.click(within(form).getByLabelText('Ghi chú'));
    await user.keyboard('Theo Cục Thống kê{Control>}{Enter}{/Control}');
    await waitFor(() => expect(served.ws.reviews.get(id)).toMatchObject({ status: 'corrected', correctedValue: 41.5, note: 'Theo Cục Thống kê' }));

    await user.keyboard('f');
    const flag = screen.getByRole('form', { name: 'Gắn cờ' });
    await user.keyboard('2');
    const second = within(flag).getByLabelText(/Không có căn cứ/) as HTMLInputElement;
    expect(second.checked).toBe(true);
    expect(document.activeElement).toBe(second);
    await user.keyboard('4');
    expect(document.activeElement).toBe(within(flag).getByLabelText(/Lỗi đánh máy/));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(served.ws.reviews.get(id)).toMatchObject({ status: 'flagged', flagReason: 'typo' }));
  });

  it('stays on the claim after v while auto-advance is off (the default)', async () => {
    const off = await desk();
    await off.user.keyboard('v');
    expect(off.selected()).toBe(off.order[0]?.id);
  });

  it('moves on after v / x when the setting is on', async () => {
    const on = await desk({ settings: { autoAdvance: true } });
    await on.user.keyboard('v');
    await waitFor(() => expect(on.selected()).toBe(on.order[1]?.id));
    await on.user.keyboard('x');
    await waitFor(() => expect(on.selected()).toBe(on.order[2]?.id));
    expect(on.served.statusOf(on.order[0]!.id)).toBe('verified');
    expect(on.served.statusOf(on.order[1]!.id)).toBe('rejected');
  });

  it('starts the detail of the next claim at its top', async () => {
    const { user } = await desk();
    const detail = document.querySelector('#claim-detail') as HTMLElement;
    detail.scrollTop = 300;
    expect(detail.scrollTop).toBe(300);
    await user.keyboard('j');
    await waitFor(() => expect((document.querySelector('#claim-detail') as HTMLElement).scrollTop).toBe(0));
  });
});
