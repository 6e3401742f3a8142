// @vitest-environment happy-dom
// A correction or flag form that closes hands the focus back (QA59: after Esc, Hủy or a save the
// focus was on <body>, out of the Tab order, and the list's arrow keys no longer moved it).
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deskOnFirstArticle } from './helpers/desk';


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
