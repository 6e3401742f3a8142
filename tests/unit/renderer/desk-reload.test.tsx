// @vitest-environment happy-dom
// The window reads the workspace again when the Node side moves to another one on its own (the
// app resuming the shared desk at start pushes a 'desk' event, possibly late, after the editor has
// started working). That reload keeps the editor's place: the article open, the claim selected and
// the filter typed. The real renderer on the real handlers; main's desk state is stood in for.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DeskLive } from '../../../shared/ipc/contract';
import { bootDesk } from './helpers/desk';

const onDesk: DeskLive = {
  mode: 'desk',
  url: 'postgres://lan@db.example:5432/desk',
  state: 'online',
  editor: 'Lan (lan)',
  others: [],
  pending: 0,
};

describe('a late reload of the workspace', () => {
  it('keeps the article open, the selected claim and the filter the editor typed', async () => {
    const { r, served, data } = await bootDesk();
    // (getDeskStatus answers the workspace on this computer: the window starts there.)
    // Every time the window reads the library (at start, and in a reload).
    let listed = 0;
    const listArticles = served.api.listArticles.bind(served.api);
    served.api.listArticles = async (input) => {
      listed++;
      return listArticles(input);
    };
    const user = userEvent.setup();
    render(<r.App />);
    await user.click(await screen.findByText(data.bacGiang.article.title!, { selector: '.library-item *' }));
    await waitFor(() => expect(r.useDesk.getState().current?.article.id).toBe(data.bacGiang.article.id));
    const filter = screen.getByRole('searchbox', { name: 'Lọc nhận định…' });
    await user.type(filter, '42,13');
    const row = await screen.findByText('42,13%', { selector: '.claim-list .claim-quote' });
    await user.click(row);
    await waitFor(() => expect(r.useDesk.getState().selectedClaimId).toBe(data.grdp.id));
    const readsBefore = listed;

    // Main says the window is on the desk now: the workspace is read again.
    served.emit({ type: 'desk', live: onDesk });
    await waitFor(() => expect(listed).toBeGreaterThan(readsBefore));
    await waitFor(() => expect(r.useDesk.getState().rowsLoaded).toBe(true));

    await waitFor(() => expect(r.useDesk.getState().current?.article.id).toBe(data.bacGiang.article.id));
    expect(r.useDesk.getState().selectedClaimId).toBe(data.grdp.id);
    expect((screen.getByRole('searchbox', { name: 'Lọc nhận định…' }) as HTMLInputElement).value).toBe('42,13');
    const quotes = [...document.querySelectorAll('.claim-list .claim-quote')].map((q) => q.textContent);
    expect(quotes).toContain('42,13%');
  });
});
