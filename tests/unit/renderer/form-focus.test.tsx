// @vitest-environment happy-dom
// A correction or flag form that closes hands the focus back (QA59: after Esc, Hủy or a save the
// focus was on <body>, out of the Tab order, and the list's arrow keys no longer moved it).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

async function deskOnFirstArticle() {
  const booted = await bootDesk();
  const user = userEvent.setup();
  render(<booted.r.App />);
  await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
  await user.keyboard(']');
  await screen.findByRole('heading', { level: 1, name: booted.data.bacGiang.article.title ?? '' });
  const row = () => document.querySelector<HTMLElement>(`.claim-item[data-list-claim="${booted.r.useDesk.getState().selectedClaimId}"]`);
  return { ...booted, user, row };
}

describe('claim forms give the focus back when they close', () => {
  it('c then Esc, and f then Hủy, from the claim row: the focus is on the row again', async () => {
    const { user, row } = await deskOnFirstArticle();
    row()?.focus();
    expect(document.activeElement).toBe(row());
    await user.keyboard('c');
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('correctedValue'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.querySelector('input[name="correctedValue"]')).toBeNull());
    expect(document.activeElement).toBe(row());

    await user.keyboard('f');
    await screen.findByRole('button', { name: /Hủy/ });
    await user.click(screen.getByRole('button', { name: /Hủy/ }));
    expect(document.activeElement).toBe(row());
  });

  it('a correction saved from the "Sửa" button (gone with the detail it was in) leaves the focus on the claim row', async () => {
    const { user, row, served, r } = await deskOnFirstArticle();
    const id = r.useDesk.getState().selectedClaimId as string;
    await user.click(screen.getByRole('button', { name: /^Sửa/ }));
    const input = await waitFor(() => {
      const el = document.querySelector<HTMLInputElement>('input[name="correctedValue"]');
      expect(el).not.toBeNull();
      return el as HTMLInputElement;
    });
    await user.type(input, '42{Enter}');
    await waitFor(() => expect(served.statusOf(id)).toBe('corrected'));
    await waitFor(() => expect(document.activeElement).toBe(row()));
  });
});
