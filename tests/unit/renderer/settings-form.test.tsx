// @vitest-environment happy-dom
// Settings on the real handlers: a value the editor typed wrong is named by its label on screen,
// says what to type, and stands next to its field; nothing is saved meanwhile.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

describe('settings: validation', () => {
  it('says what to type in the fact-check address, next to that field, and saves nothing', async () => {
    const { r, served } = await bootDesk();
    const user = userEvent.setup();
    render(<r.App />);
    await user.click(await screen.findByRole('button', { name: 'Cài đặt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cài đặt' });
    const field = within(dialog).getByLabelText(/^Địa chỉ bài kiểm chứng/);
    await user.type(field, 'not a url');
    await user.click(within(dialog).getByRole('button', { name: /^Lưu/ }));
    const message = 'Địa chỉ bài kiểm chứng phải bắt đầu bằng https:// và chứa {claimId}, ví dụ https://baocuaban.vn/kiem-chung/{claimId} (hoặc để trống).';
    expect(within(dialog).getByTestId('settings-error-claimReviewUrlPattern').textContent).toBe(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(message);
    expect(dialog.textContent).not.toContain('claimReviewUrlPattern');
    expect(served.callsTo('updateSettings')).toEqual([]);

    // Corrected, it saves and the dialog closes.
    await user.clear(field);
    await user.type(field, 'https://baocuaban.vn/kiem-chung/{{claimId}');
    await user.click(within(dialog).getByRole('button', { name: /^Lưu/ }));
    expect(served.callsTo('updateSettings')).toHaveLength(1);
    expect(served.callsTo('updateSettings')[0]).toMatchObject({ claimReviewUrlPattern: 'https://baocuaban.vn/kiem-chung/{claimId}' });
  });
});
