// @vitest-environment happy-dom
// QA62: g h from the reader, then Esc, left the focus on <body> both ways (the reader it was on is
// replaced by the history view, and the view by a new reader): Tab started again from the top bar.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

describe('the workspace history view and the focus', () => {
  it('g h puts the focus in the history view; Esc hands it back to the reader', async () => {
    const booted = await bootDesk();
    const user = userEvent.setup();
    render(<booted.r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await user.keyboard(']');
    await screen.findByRole('heading', { level: 1, name: booted.data.bacGiang.article.title ?? '' });
    document.querySelector<HTMLElement>('#reader')?.focus();
    expect(document.activeElement?.id).toBe('reader');

    await user.keyboard('gh');
    const view = await screen.findByTestId('history-view');
    await waitFor(() => expect(view.contains(document.activeElement)).toBe(true));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('history-view')).toBeNull());
    await waitFor(() => expect(document.activeElement?.id).toBe('reader'));
  });

  it('a claim row that had the focus keeps it after the history closes', async () => {
    const booted = await bootDesk();
    const user = userEvent.setup();
    render(<booted.r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await user.keyboard(']');
    await screen.findByRole('heading', { level: 1, name: booted.data.bacGiang.article.title ?? '' });
    const row = () => document.querySelector<HTMLElement>(`.claim-item[data-list-claim="${booted.r.useDesk.getState().selectedClaimId}"]`);
    await waitFor(() => expect(row()).not.toBeNull());
    row()?.focus();
    await user.keyboard('gh');
    const view = await screen.findByTestId('history-view');
    await waitFor(() => expect(view.contains(document.activeElement)).toBe(true));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('history-view')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(row()));
  });
});
