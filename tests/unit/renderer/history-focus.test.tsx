// @vitest-environment happy-dom
// QA62: g h from the reader, then Esc, left the focus on <body> both ways (the reader it was on is
// replaced by the history view, and the view by a new reader): Tab started again from the top bar.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deskOnFirstArticle } from './helpers/desk';

describe('the workspace history view and the focus', () => {
  it('g h puts the focus in the history view; Esc hands it back to the reader', async () => {
    const { user } = await deskOnFirstArticle();
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
    const { user, row } = await deskOnFirstArticle();
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
