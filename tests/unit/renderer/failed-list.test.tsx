// @vitest-environment happy-dom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { failedLabel } from '../../../renderer/src/features/notice/failedLabel';
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
    await user.click(within(list).getByText('Xem từng thao tác'));
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

  it('words every kind of action in both languages, and a claim the desk no longer has', () => {
    const quotes: Record<string, string> = { c1: '42,13%', c2: 'x'.repeat(60) };
    const quoteOf = (id: string) => quotes[id];
    expect(failedLabel('review:c1:status', quoteOf, 'vi')).toBe('Trạng thái của «42,13%»');
    expect(failedLabel('review:c1:note', quoteOf, 'vi')).toBe('Ghi chú, đính chính hoặc bằng chứng của «42,13%»');
    expect(failedLabel('review:c1:correctedValue,note', quoteOf, 'en')).toBe('Note, correction or evidence of «42,13%»');
    expect(failedLabel('review:c2:status', quoteOf, 'vi')).toBe(`Trạng thái của «${'x'.repeat(39)}…»`);
    expect(failedLabel('review:gone:status', quoteOf, 'vi')).toBe('Trạng thái của «một nhận định»');
    expect(failedLabel('editClaim:c1', quoteOf, 'vi')).toBe('Sửa nhận định «42,13%»');
    expect(failedLabel('addClaim:a1:10-17', quoteOf, 'vi')).toBe('Thêm nhận định mới');
    expect(failedLabel('decideFinding:f1', quoteOf, 'en')).toBe('A decision on a finding');
    expect(failedLabel('settings:language', quoteOf, 'vi')).toBe('Cài đặt (ngôn ngữ, giao diện)');
    expect(failedLabel('something:else', quoteOf, 'en')).toBe('An action');
  });
});
