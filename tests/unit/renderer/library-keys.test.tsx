// @vitest-environment happy-dom
// "g l" reaches the library; the arrows and j / k then walk it (QA31 note h: the focus stayed on the
// first article, only Tab moved on).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

describe('walking the library with the keyboard', () => {
  it('ArrowDown / j and ArrowUp / k move the focus between articles, one Tab stop, claims untouched', async () => {
    const { r, data } = await bootDesk();
    const user = userEvent.setup();
    render(<r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    const focusedTitle = () => document.activeElement?.closest('.library-item')?.querySelector('.library-title')?.textContent;
    await user.keyboard('gl');
    await waitFor(() => expect(focusedTitle()).toBe(data.bacGiang.article.title));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(focusedTitle()).toBe(data.haGiang.article.title));
    await user.keyboard('k');
    await waitFor(() => expect(focusedTitle()).toBe(data.bacGiang.article.title));
    await user.keyboard('j');
    await waitFor(() => expect(focusedTitle()).toBe(data.haGiang.article.title));
    // Walking opened nothing and moved no claim selection.
    expect(r.useDesk.getState().current).toBeNull();
    expect(r.useDesk.getState().selectedClaimId).toBeNull();
    // One Tab stop: the article the focus is on.
    const stops = [...document.querySelectorAll<HTMLElement>('.library-item')].filter((b) => b.tabIndex === 0);
    expect(stops.map((b) => b.querySelector('.library-title')?.textContent)).toEqual([data.haGiang.article.title]);
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: data.haGiang.article.title ?? '' });
  });
});
