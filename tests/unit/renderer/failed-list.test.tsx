// @vitest-environment happy-dom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { failedLabel, numberedLabels } from '../../../renderer/src/features/notice/failedLabel';
import { bootDesk, openInStore } from './helpers/desk';
import { dropNext } from './helpers/deskApi';

/**
 * The top bar's list of what failed to save (QA31 leftover: one "Thử lại" for everything, and no way
 * to give up on an action that keeps failing): each failed action named, with its own retry and "Bỏ".
 */
describe('the failed-save list in the top bar', () => {
  it('names each failed action by its claim, retries one alone, and drops another', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    const other = data.bacGiang.claims.find((c) => c.id !== data.grdp.id && c.id !== data.grdpWide.id)!;
    render(<r.App />);
    dropNext(served, 'reviewClaim');
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }));
    dropNext(served, 'reviewClaim');
    await act(() => r.useDesk.getState().review(other.id, { status: 'rejected' }));
    expect(r.useDesk.getState().failed).toHaveLength(2);

    const list = await screen.findByTestId('failed-list');
    const user = userEvent.setup();
    await user.click(list.querySelector('summary')!);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('span')?.textContent)).toEqual([
      `Trạng thái của «${data.grdp.quote}»`,
      `Trạng thái của «${other.quote.length > 40 ? `${other.quote.slice(0, 39)}…` : other.quote}»`,
    ]);

    // Retry only the first: it saves; the second stays failed and unsent.
    await user.click(within(items[0]!).getByRole('button', { name: /^Thử lại: / }));
    expect(served.statusOf(data.grdp.id)).toBe('verified');
    expect(served.statusOf(other.id)).toBe('unreviewed');
    expect(r.useDesk.getState().failed.map((f) => f.describe)).toEqual([`review:${other.id}:status`]);
    expect(screen.getByTestId('save-state').textContent).toContain('1 thao tác chưa lưu');

    // Drop the second: nothing is sent, nothing counts as unsaved, the top bar is quiet.
    const calls = served.callsTo('reviewClaim').length;
    await user.click(within(screen.getByTestId('failed-list')).getByRole('button', { name: /^Bỏ: / }));
    expect(served.callsTo('reviewClaim')).toHaveLength(calls);
    expect(served.statusOf(other.id)).toBe('unreviewed');
    const desk = r.useDesk.getState();
    expect(desk.failed).toEqual([]);
    expect(desk.saveState).toBe('idle');
    const store = await import('../../../renderer/src/store');
    expect(store.unsavedCount()).toBe(0);
    expect(screen.queryByTestId('failed-list')).toBeNull();
  });

  it('words every kind of action in both languages, two of a kind told apart, and a claim the desk no longer has', () => {
    const quotes: Record<string, string> = { c1: '42,13%', c2: 'x'.repeat(60), c3: '78%' };
    const lookup = {
      quoteOf: (id: string) => quotes[id],
      articleText: (id: string) => (id === 'a1' ? 'Tỉnh có 209/209 xã hoàn thành.' : undefined),
      articleTitle: (id: string) => (id === 'a3' ? 'Bắc Giang dẫn đầu chuyển đổi số' : undefined),
      claimsOfFinding: (id: string) => (id === 'f1' ? ['c1', 'c3'] : undefined),
    };
    expect(failedLabel('review:c1:status', lookup, 'vi')).toBe('Trạng thái của «42,13%»');
    expect(failedLabel('review:c1:', lookup, 'vi')).toBe('Trạng thái của «42,13%»');
    expect(failedLabel('review:c1:note', lookup, 'vi')).toBe('Ghi chú của «42,13%»');
    expect(failedLabel('review:c1:verdict', lookup, 'vi')).toBe('Kết luận của «42,13%»');
    expect(failedLabel('review:c1:correctedValue,note', lookup, 'en')).toBe('Right value, note of “42,13%”');
    expect(failedLabel('review:c1:flagReason,note', lookup, 'vi')).toBe('Ghi chú, lý do gắn cờ của «42,13%»');
    expect(failedLabel('review:c2:status', lookup, 'vi')).toBe(`Trạng thái của «${'x'.repeat(39)}…»`);
    expect(failedLabel('review:gone:status', lookup, 'vi')).toBe('Trạng thái của một nhận định');
    expect(failedLabel('editClaim:c1', lookup, 'vi')).toBe('Sửa nhận định «42,13%»');
    expect(failedLabel('addClaim:a1:8-15', lookup, 'vi')).toBe('Thêm nhận định «209/209»');
    expect(failedLabel('addClaim:a2:10-17', lookup, 'vi')).toBe('Thêm nhận định mới');
    // An article that is not open: named by its title when the library lists one.
    expect(failedLabel('addClaim:a3:10-17', lookup, 'vi')).toBe('Thêm nhận định vào bài «Bắc Giang dẫn đầu chuyển đổi số»');
    expect(failedLabel('addClaim:a3:10-17', lookup, 'en')).toBe('New claim in “Bắc Giang dẫn đầu chuyển đổi số”');
    // Two rows with the same words are numbered in list order; a row alone keeps its words.
    expect(numberedLabels(['Thêm nhận định mới', 'Trạng thái của «78%»', 'Thêm nhận định mới', 'Thêm nhận định mới'])).toEqual([
      'Thêm nhận định mới (1)',
      'Trạng thái của «78%»',
      'Thêm nhận định mới (2)',
      'Thêm nhận định mới (3)',
    ]);
    expect(failedLabel('decideFinding:f1', lookup, 'vi')).toBe('Quyết định về phát hiện «42,13%» / «78%»');
    expect(failedLabel('decideFinding:f9', lookup, 'en')).toBe('A decision on a finding');
    expect(failedLabel('settings:language', lookup, 'vi')).toBe('Đổi ngôn ngữ');
    expect(failedLabel('settings:theme', lookup, 'en')).toBe('Theme change');
    expect(failedLabel('settings:language,theme', lookup, 'vi')).toBe('Cài đặt (ngôn ngữ, giao diện)');
    expect(failedLabel('something:else', lookup, 'en')).toBe('An action');
  });

  it('"Bỏ" on a save whose answer was lost after it landed: the screen reads back what is stored', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    const api = served.api as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    const real = api.reviewClaim!.bind(served.api);
    let lost = 0;
    // The real call commits, then its answer is lost once.
    api.reviewClaim = async (input) => {
      const answer = await real(input);
      if (lost++ === 0) throw new TypeError('Failed to fetch');
      return answer;
    };
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }));
    expect(r.useDesk.getState().rows.find((row) => row.id === data.grdp.id)?.status).toBe('unreviewed');
    expect(served.statusOf(data.grdp.id)).toBe('verified');
    expect(r.useDesk.getState().error).toContain('Thử lại');
    act(() => r.useDesk.getState().dropFailed(`review:${data.grdp.id}:status`));
    // (The read-back is on its way: waited for, not slept on — a fixed 50 ms failed on a loaded machine.)
    await waitFor(() => {
      const desk = r.useDesk.getState();
      expect(desk.rows.find((row) => row.id === data.grdp.id)?.status).toBe('verified');
      expect(desk.reviews[data.grdp.id]?.status).toBe('verified');
      // Nothing failed is left: the banner that said to press "Thử lại" is gone too.
      expect(desk.failed).toEqual([]);
      expect(desk.error).toBeNull();
    });
  });

  it('"Bỏ" on a failed language change shows the language that is saved', async () => {
    const { served, r } = await bootDesk();
    dropNext(served, 'updateSettings');
    await act(() => r.useDesk.getState().setLang('en'));
    expect(r.useDesk.getState().lang).toBe('en');
    expect(r.useDesk.getState().failed.map((f) => f.describe)).toEqual(['settings:language']);
    act(() => r.useDesk.getState().dropFailed('settings:language'));
    await waitFor(() => {
      expect(r.useDesk.getState().lang).toBe('vi');
      expect(document.documentElement.lang).toBe('vi');
    });
  });

  it('Esc closes the open list first; a row\'s retry cannot be sent twice', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    render(<r.App />);
    dropNext(served, 'reviewClaim');
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }));
    const list = await screen.findByTestId('failed-list');
    const user = userEvent.setup();
    await user.click(list.querySelector('summary')!);
    expect((list as HTMLDetailsElement).open).toBe(true);
    // The hint is on screen, not only in a tooltip.
    expect(list.textContent).toContain('«Bỏ»: không gửi lại thao tác đó');
    await user.keyboard('{Escape}');
    expect((list as HTMLDetailsElement).open).toBe(false);
    await user.click(list.querySelector('summary')!);
    const before = served.callsTo('reviewClaim').length;
    const retry = within(list).getByRole('button', { name: /^Thử lại: / });
    await user.dblClick(retry);
    await screen.findByText('Đã lưu');
    expect(served.callsTo('reviewClaim').length - before).toBe(1);
  });

  it('"Bỏ" then a flag on the same claim: the list and the detail agree on what is stored (review 2, B)', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    dropNext(served, 'reviewClaim');
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }));
    await act(async () => {
      r.useDesk.getState().dropFailed(`review:${data.grdp.id}:status`);
      await r.useDesk.getState().review(data.grdp.id, { status: 'flagged', flagReason: 'needs_source' });
    });
    await waitFor(() => {
      const desk = r.useDesk.getState();
      expect(served.statusOf(data.grdp.id)).toBe('flagged');
      expect(desk.reviews[data.grdp.id]?.status).toBe('flagged');
      expect(desk.rows.find((row) => row.id === data.grdp.id)?.status).toBe('flagged');
    });
  });

  it('no row can be dropped while the top bar\'s "Thử lại" sends them (a failing retry would bring it back; review 2, B)', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    render(<r.App />);
    dropNext(served, 'reviewClaim');
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }));
    const list = await screen.findByTestId('failed-list');
    const user = userEvent.setup();
    await user.click(list.querySelector('summary')!);
    // The next attempt hangs until released: the retry is on its way.
    const api = served.api as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    const real = api.reviewClaim!.bind(served.api);
    let release: () => void = () => undefined;
    api.reviewClaim = (input) => new Promise((done) => (release = () => done(real(input))));
    let retrying: Promise<void> = Promise.resolve();
    act(() => {
      retrying = r.useDesk.getState().retryFailed();
    });
    await waitFor(() => expect((within(list).getByRole('button', { name: /^Bỏ: / }) as HTMLButtonElement).disabled).toBe(true));
    await act(async () => {
      release();
      await retrying;
    });
    expect(r.useDesk.getState().failed).toEqual([]);
    expect(served.statusOf(data.grdp.id)).toBe('verified');
  });

  it('a new action sent before "Bỏ" on an older failure of the same claim is listed when it fails (review 3, bug 1)', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    dropNext(served, 'reviewClaim', 2);
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }));
    await act(async () => {
      const flag = r.useDesk.getState().review(data.grdp.id, { status: 'flagged', flagReason: 'needs_source' });
      r.useDesk.getState().dropFailed(`review:${data.grdp.id}:status`);
      await flag;
    });
    expect(r.useDesk.getState().failed.map((f) => f.describe)).toEqual([`review:${data.grdp.id}:status`]);
    expect(r.useDesk.getState().saveState).toBe('failed');
  });

  it('"Bỏ" on a failed language keeps a failed theme as the editor set it (review 2, C)', async () => {
    const { served, r } = await bootDesk();
    dropNext(served, 'updateSettings', 2);
    await act(() => r.useDesk.getState().setLang('en'));
    await act(() => r.useDesk.getState().setTheme('dark'));
    expect(r.useDesk.getState().failed.map((f) => f.describe)).toEqual(['settings:language', 'settings:theme']);
    act(() => r.useDesk.getState().dropFailed('settings:language'));
    await waitFor(() => {
      expect(r.useDesk.getState().lang).toBe('vi');
      expect(r.useDesk.getState().theme).toBe('dark');
    });
  });
});
