// @vitest-environment happy-dom
// Closing the import summary (or the re-extraction summary) hands the keyboard to the library, not to
// the body, where Tab starts again from the top of the page and j / k do nothing useful.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

describe('a summary banner closed', () => {
  it('"Đóng" on the import summary gives the focus to the library row Tab reaches; a summary in English counts "1 claim"', async () => {
    const { r } = await bootDesk();
    const { useTransfer } = await import('../../../renderer/src/store/transfer');
    const user = userEvent.setup();
    render(<r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    const one = { articleId: 'a1', source: '/tmp/bai/mot.txt', title: 'Một nhận định', claimCount: 1, format: 'txt' as const, encoding: 'UTF-8', notes: [] };
    act(() => useTransfer.setState({ report: { imported: [one], duplicates: [], refused: [], cancelled: false, merged: null } }));
    const summary = await screen.findByTestId('import-summary');
    expect(within(summary).getByTestId('import-list').textContent).toContain('Một nhận định — 1 nhận định');
    await user.click(within(summary).getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByTestId('import-summary')).toBeNull();
    const active = document.activeElement as HTMLElement;
    expect(active.classList.contains('library-item'), active.outerHTML.slice(0, 120)).toBe(true);
    expect(active.getAttribute('tabindex')).toBe('0');

    act(() => r.useDesk.setState({ lang: 'en' }));
    act(() => useTransfer.setState({ report: { imported: [one, { ...one, articleId: 'a2', source: '/tmp/bai/hai.txt', claimCount: 2 }], duplicates: [], refused: [], cancelled: false, merged: null } }));
    const english = await screen.findByTestId('import-summary');
    const rows = [...within(english).getByTestId('import-list').querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual(['✓ Một nhận định — 1 claim', '✓ Một nhận định — 2 claims']);
    expect(english.textContent).toContain('Import summary: 2 imported · 0 duplicates skipped · 0 refused');
  });
});
