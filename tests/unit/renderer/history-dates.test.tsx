// @vitest-environment happy-dom
// The workspace history's day filters are typed as the desk writes dates (QA59: they were the
// browser's date pickers, which show mm/dd/yyyy on an English system, against UI.md's d/M/yyyy).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { bootDesk } from './helpers/desk';

describe('workspace history: day filters', () => {
  it('reads 8/3/2024 day first, sends the ISO day, and says under the field when a day is not real', async () => {
    const booted = await bootDesk();
    const listHistory = vi.spyOn(booted.served.api, 'listHistory');
    const user = userEvent.setup();
    render(<booted.r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await user.click(screen.getByRole('button', { name: 'Lịch sử' }));
    const view = await screen.findByTestId('history-view');
    const from = view.querySelector<HTMLInputElement>('input[name="historyFrom"]');
    const to = view.querySelector<HTMLInputElement>('input[name="historyTo"]');
    expect(from?.type).toBe('text');
    expect(to?.type).toBe('text');
    expect(from?.placeholder).toBe('ngày/tháng/năm');

    await user.type(from as HTMLInputElement, '8/3/2024');
    await waitFor(() => expect(listHistory).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2024-03-08' })));
    // Half typed, a day says nothing yet; left as "31/2/2024", it says why it filters nothing.
    await user.type(to as HTMLInputElement, '31/2');
    expect(view.querySelector('.field-error')).toBeNull();
    await user.type(to as HTMLInputElement, '/2024');
    await user.tab();
    expect((await screen.findByRole('alert')).textContent).toContain('Đến ngày: «31/2/2024» không phải một ngày có thật');
    expect(listHistory).toHaveBeenLastCalledWith(expect.not.objectContaining({ to: expect.anything() }));
  });
});
