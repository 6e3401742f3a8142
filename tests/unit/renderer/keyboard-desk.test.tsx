// @vitest-environment happy-dom
// The keyboard map driven through the real App: every key press goes to the window, as in the app.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

async function deskOnFirstArticle() {
  const booted = await bootDesk();
  const { r, data } = booted;
  const user = userEvent.setup();
  render(<r.App />);
  await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
  // "]" opens the next article in the library: from nothing open, the first one.
  await user.keyboard(']');
  await screen.findByRole('heading', { level: 1, name: data.bacGiang.article.title ?? '' });
  const quote = () => document.querySelector('#claim-detail .detail-quote')?.textContent;
  const status = () => screen.getByTestId('detail-status').textContent;
  const selected = () => booted.r.useDesk.getState().selectedClaimId;
  /** The claims of the open article as the list shows them (reading order). */
  const order = [...data.bacGiang.claims].sort((a, b) => a.start - b.start);
  return { ...booted, user, quote, status, selected, order };
}

describe('desk keyboard', () => {
  it('walks the claims with j / k and jumps to the next unreviewed with n', async () => {
    const { user, quote, selected, order, served } = await deskOnFirstArticle();
    expect(selected()).toBe(order[0]?.id);
    await user.keyboard('j');
    expect(selected()).toBe(order[1]?.id);
    expect(quote()).toBe(order[1]?.quote);
    await user.keyboard('jj');
    expect(selected()).toBe(order[3]?.id);
    expect(document.querySelector(`[data-list-claim="${order[3]?.id}"]`)?.getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('k');
    expect(selected()).toBe(order[2]?.id);
    // k at the top stays at the top.
    await user.keyboard('kkkkk');
    expect(selected()).toBe(order[0]?.id);

    // Verify the first two; n from the first skips what is reviewed.
    await user.keyboard('v');
    await waitFor(() => expect(served.statusOf(order[0]!.id)).toBe('verified'));
    await user.keyboard('jv');
    await waitFor(() => expect(served.statusOf(order[1]!.id)).toBe('verified'));
    await user.keyboard('kk');
    expect(selected()).toBe(order[0]?.id);
    await user.keyboard('n');
    expect(selected()).toBe(order[2]?.id);
  });

  it('says so in the status bar when n finds no unreviewed claim left, in the UI language', async () => {
    const { r, user, selected, served, order } = await deskOnFirstArticle();
    const notice = () => screen.getByTestId('action-notice').textContent;
    // The list filtered down to the two "42,13%" claims, both verified: nothing unreviewed is left in it.
    act(() => r.useDesk.getState().setFilter({ text: '42,13%' }));
    const shown = order.filter((c) => c.quote.startsWith('42,13%'));
    expect(shown).toHaveLength(2);
    await user.keyboard('n');
    await user.keyboard('v');
    await user.keyboard('n');
    await user.keyboard('v');
    await waitFor(() => expect(shown.map((c) => served.statusOf(c.id))).toEqual(['verified', 'verified']));
    const at = selected();
    expect(notice()).not.toContain('Không còn');
    await user.keyboard('n');
    expect(selected()).toBe(at);
    expect(notice()).toBe('Không còn nhận định chưa xét trong danh sách này.');
    await act(() => r.useDesk.getState().setLang('en'));
    expect(notice()).toBe('No unreviewed claim is left in this list.');
    // The next action replaces the line.
    await user.keyboard('x');
    await waitFor(() => expect(notice()).not.toContain('No unreviewed'));
  });

  it('reviews with v / x / u and opens the correct and flag forms with c / f', async () => {
    const { user, status, selected, served } = await deskOnFirstArticle();
    const id = selected() as string;
    await user.keyboard('v');
    expect(status()).toBe('✓ Đã xác minh');
    await waitFor(() => expect(served.statusOf(id)).toBe('verified'));
    await user.keyboard('x');
    expect(status()).toBe('✕ Loại bỏ');
    await user.keyboard('u');
    expect(status()).toBe('○ Chưa xét');
    await waitFor(() => expect(served.callsTo('reviewClaim').map((c) => c.status)).toEqual(['verified', 'rejected', 'unreviewed']));

    await user.keyboard('c');
    const correct = screen.getByRole('form', { name: 'Sửa' });
    // The form takes the keyboard: what is typed is the value, not shortcuts.
    expect(document.activeElement).toBe(within(correct).getByLabelText('Giá trị đúng'));
    await user.keyboard('41,5{Enter}');
    await waitFor(() => expect(served.statusOf(id)).toBe('corrected'));
    expect(served.ws.reviews.get(id)?.correctedValue).toBe(41.5);
    expect(screen.queryByRole('form', { name: 'Sửa' })).toBeNull();

    await user.keyboard('f');
    const flag = screen.getByRole('form', { name: 'Gắn cờ' });
    await user.keyboard('1');
    expect((within(flag).getByLabelText(/Mâu thuẫn/) as HTMLInputElement).checked).toBe(true);
    // Esc leaves the form without flagging.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Gắn cờ' })).toBeNull();
    expect(served.statusOf(id)).toBe('corrected');
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z', async () => {
    const { user, status, selected, served } = await deskOnFirstArticle();
    const id = selected() as string;
    await user.keyboard('v');
    await waitFor(() => expect(served.statusOf(id)).toBe('verified'));
    await user.keyboard('x');
    await waitFor(() => expect(served.statusOf(id)).toBe('rejected'));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(status()).toBe('✓ Đã xác minh'));
    expect(served.statusOf(id)).toBe('verified');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(status()).toBe('○ Chưa xét'));
    expect(served.statusOf(id)).toBe('unreviewed');
    expect((screen.getByRole('button', { name: /Hoàn tác/ }) as HTMLButtonElement).disabled).toBe(true);

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(status()).toBe('✓ Đã xác minh'));
    expect(served.callsTo('undo')).toHaveLength(2);
    expect(served.callsTo('redo')).toHaveLength(1);
    // The selection survives the round trip.
    expect(selected()).toBe(id);
  });

  it('drops the "n" hint once the selection, the filter or the article changes, and shows the last action again', async () => {
    const { r, user, served, order } = await deskOnFirstArticle();
    const notice = () => screen.getByTestId('action-notice').textContent ?? '';
    const hintNow = async () => {
      act(() => r.useDesk.getState().setFilter({ text: '42,13%' }));
      await user.keyboard('n');
      expect(notice()).toBe('Không còn nhận định chưa xét trong danh sách này.');
    };
    act(() => r.useDesk.getState().setFilter({ text: '42,13%' }));
    const shown = order.filter((c) => c.quote.startsWith('42,13%'));
    await user.keyboard('nvnv');
    await waitFor(() => expect(shown.map((c) => served.statusOf(c.id))).toEqual(['verified', 'verified']));
    await user.keyboard('n');
    expect(notice()).toBe('Không còn nhận định chưa xét trong danh sách này.');
    // Another claim selected: the hint goes and the last action's notice is back.
    const at = r.useDesk.getState().selectedClaimId;
    await user.keyboard(at === shown[0]?.id ? 'j' : 'k');
    expect(r.useDesk.getState().selectedClaimId).not.toBe(at);
    expect(notice()).not.toContain('Không còn');
    expect(notice()).toContain('«42,13%»');
    // Another filter.
    await user.keyboard('n');
    expect(notice()).toContain('Không còn');
    act(() => r.useDesk.getState().setFilter({ text: '' }));
    expect(notice()).not.toContain('Không còn');
    // Another article.
    await hintNow();
    await user.keyboard(']');
    await waitFor(() => expect(r.useDesk.getState().current?.article.id).not.toBe(order[0]?.articleId));
    expect(notice()).not.toContain('Không còn');
  });

  it('focuses the library search with "/" and fires no shortcut while typing in a field', async () => {
    const { user, selected, served, r } = await deskOnFirstArticle();
    const before = selected();
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: /Tìm bài viết/ }) as HTMLInputElement;
    expect(document.activeElement).toBe(search);
    expect(search.value).toBe('');

    // Every letter here is also a desk key (g, i, a, n, j, k, v, x, u, c, f).
    await user.keyboard('giang javkxucf');
    expect(search.value).toBe('giang javkxucf');
    expect(selected()).toBe(before);
    expect(r.useDesk.getState().detailMode).toBe('view');
    expect(served.callsTo('reviewClaim')).toHaveLength(0);

    await user.click(screen.getByLabelText('Ghi chú'));
    await user.keyboard('v x u n j');
    expect((screen.getByLabelText('Ghi chú') as HTMLTextAreaElement).value).toBe('v x u n j');
    expect(served.callsTo('reviewClaim')).toHaveLength(0);
    expect(selected()).toBe(before);

    // Esc leaves the field for the reader (QA62: it was <body>, out of the Tab order); then the keys work again.
    await user.keyboard('{Escape}');
    expect(document.activeElement?.id).toBe('reader');
    await user.keyboard('j');
    expect(selected()).not.toBe(before);
  });

  it('in a narrow window (1024 px) keeps the closed library drawer inert, and "g f", "g l" and "/" open it before focusing in it', async () => {
    const { r, data } = await bootDesk({ width: 1024 });
    const user = userEvent.setup();
    render(<r.App />);
    const drawer = () => screen.getByRole('navigation', { name: 'Thư viện', hidden: true });
    await waitFor(() => expect(drawer().inert).toBe(true));
    const toggle = screen.getByRole('button', { name: /☰ Thư viện/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // The findings panel lives in the drawer: g f opens it, then the focus goes to the findings.
    await user.keyboard('gf');
    expect(r.useDesk.getState().drawerOpen).toBe(true);
    expect(drawer().inert).toBe(false);
    await waitFor(() => expect(document.activeElement?.closest('#findings')).not.toBeNull());
    // Esc closes it; the focus goes back to ☰ rather than staying on an inert finding.
    await user.keyboard('{Escape}');
    expect(r.useDesk.getState().drawerOpen).toBe(false);
    expect(drawer().inert).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(toggle));
    // g l, then an article opened from the drawer: it closes and the focus is not left inside it.
    await user.keyboard('gl');
    await waitFor(() => expect(document.activeElement?.classList.contains('library-item')).toBe(true));
    await user.click(screen.getByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ }));
    await screen.findByRole('heading', { level: 1, name: data.bacGiang.article.title ?? '' });
    expect(drawer().inert).toBe(true);
    // The opened article takes the focus (its reader), not the button left behind in the drawer.
    await waitFor(() => expect(document.activeElement?.classList.contains('reader')).toBe(true));
    await user.keyboard('/');
    await waitFor(() => expect(document.activeElement?.id).toBe('library-search'));
    expect(drawer().inert).toBe(false);
  });

  it('leaves the library column alone in a wide window: no drawer, nothing inert', async () => {
    const { r } = await bootDesk();
    const user = userEvent.setup();
    render(<r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    expect(screen.getByRole('navigation', { name: 'Thư viện' }).inert).toBe(false);
    await user.keyboard('/');
    expect(document.activeElement?.id).toBe('library-search');
    expect(r.useDesk.getState().drawerOpen).toBe(false);
  });

  it('opens the shortcut sheet with "?", blocks desk keys behind it, and closes it with Esc', async () => {
    const { user, selected, served } = await deskOnFirstArticle();
    const before = selected();
    await user.keyboard('?');
    const sheet = screen.getByRole('dialog', { name: 'Phím tắt' });
    expect(within(sheet).getByText('Ctrl+Shift+Z')).toBeTruthy();
    expect(within(sheet).getByText('Nhận định chưa xét kế tiếp')).toBeTruthy();

    await user.keyboard('vjxn');
    await user.keyboard('{Control>}z{/Control}');
    expect(selected()).toBe(before);
    expect(served.callsTo('reviewClaim')).toHaveLength(0);
    expect(served.callsTo('undo')).toHaveLength(0);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Phím tắt' })).toBeNull();
    await user.keyboard('v');
    await waitFor(() => expect(served.callsTo('reviewClaim')).toHaveLength(1));
  });

  it('fires no desk shortcut while a dialog (settings) is open, even from its buttons', async () => {
    const { user, selected, served } = await deskOnFirstArticle();
    const before = selected();
    await user.keyboard('{Control>},{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Cài đặt' });
    within(dialog).getAllByRole('button')[0]?.focus();
    await user.keyboard('vxjn?');
    expect(served.callsTo('reviewClaim')).toHaveLength(0);
    expect(selected()).toBe(before);
    expect(screen.queryByRole('dialog', { name: 'Phím tắt' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Cài đặt' })).toBeNull();
  });
});
