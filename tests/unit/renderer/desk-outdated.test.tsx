// @vitest-environment happy-dom
// A newer Crosscheck upgraded the shared desk while this app is on it (the desk host pushes the
// state 'outdated'): the window says so — "update Crosscheck", in Vietnamese and English — in the
// top bar and where the other editors were listed, instead of a live view that silently stopped.
// The real renderer on the real handlers; main's side (the pushed desk state) is stood in for.
import { render, screen, within } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { DeskLive } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/result';
import { bootDesk } from './helpers/desk';

const onDesk = (state: DeskLive['state']): DeskLive => ({
  mode: 'desk',
  url: 'postgres://lan@db.example:5432/desk',
  state,
  editor: 'Lan (lan)',
  others: [{ editor: 'Minh (minh)', articleId: null, articleTitle: null }],
  pending: 0,
});

describe('a shared desk upgraded by a newer Crosscheck', () => {
  it('shows "update Crosscheck" in the top bar and in place of who else is working (vi, then en)', async () => {
    const { r, served } = await bootDesk();
    let live = onDesk('online');
    (served.api as unknown as Record<string, unknown>).getDeskStatus = async () => ok({ ...live, savedUrl: null, remembered: false, canRemember: false });
    render(<r.App />);
    served.emit({ type: 'desk', live });
    const badge = await screen.findByTestId('desk-state');
    expect(badge.textContent).toContain('Trực tuyến');
    expect((await screen.findByTestId('desk-presence')).textContent).toContain('Minh (minh)');

    live = onDesk('outdated');
    served.emit({ type: 'desk', live });
    const notice = await screen.findByTestId('desk-outdated');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('Bàn biên tập chung đã được nâng cấp bởi phiên bản Crosscheck mới hơn: hãy cập nhật Crosscheck.');
    expect(notice.textContent).toContain('thao tác mới sẽ không được lưu');
    // The presence line (no longer followed) gives way to it; the badge says it in a word and an icon.
    expect(screen.queryByTestId('desk-presence')).toBeNull();
    const outdated = screen.getByTestId('desk-state');
    expect(outdated.textContent).toContain('⚠');
    expect(outdated.textContent).toContain('Cần cập nhật Crosscheck');
    expect(outdated.className).toContain('desk-outdated');

    act(() => r.useDesk.setState({ lang: 'en' }));
    expect(screen.getByTestId('desk-outdated').textContent).toContain('The shared desk was upgraded by a newer Crosscheck: update Crosscheck.');
    expect(within(screen.getByRole('banner')).getByTestId('desk-state').textContent).toContain('Update Crosscheck');
  });
});
