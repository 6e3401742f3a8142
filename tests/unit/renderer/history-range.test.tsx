// @vitest-environment happy-dom
// QA62: "Từ ngày 9/3/2024, Đến ngày 8/3/2024" (the two days swapped) said "Chưa có thay đổi nào." —
// as if nothing had been done — instead of what is wrong with the filter.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

describe('workspace history: a reversed day range', () => {
  it('is said under "Đến ngày" in the UI language, not as "no changes"', async () => {
    const booted = await bootDesk();
    const user = userEvent.setup();
    render(<booted.r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await user.click(screen.getByRole('button', { name: 'Lịch sử' }));
    const view = await screen.findByTestId('history-view');
    await user.type(view.querySelector('input[name="historyFrom"]') as HTMLInputElement, '9/3/2024');
    await user.type(view.querySelector('input[name="historyTo"]') as HTMLInputElement, '8/3/2024');
    await waitFor(() => expect(view.querySelector('#historyTo-error')?.textContent).toBe('Đến ngày 8/3/2024 trước Từ ngày 9/3/2024: hãy đổi lại hai ngày.'));
    expect(view.textContent).not.toContain('Chưa có thay đổi nào.');

    booted.r.useDesk.setState({ lang: 'en' });
    await waitFor(() => expect(view.querySelector('#historyTo-error')?.textContent).toBe('To 8 Mar 2024 is before From 9 Mar 2024: swap the two days.'));
  });
});
