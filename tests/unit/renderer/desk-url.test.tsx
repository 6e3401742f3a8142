// @vitest-environment happy-dom
// Settings → "Bàn biên tập chung": an address that is not a PostgreSQL one keeps "Kết nối" greyed
// out and says why, next to the button (QA31 note e).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/result';
import { bootDesk } from './helpers/desk';

describe('shared desk address', () => {
  it('says why "Kết nối" is disabled for "not a url" and for "mysql://a@b/c"; a postgres:// address enables it', async () => {
    const { r, served } = await bootDesk();
    (served.api as unknown as Record<string, unknown>).getDeskStatus = async () =>
      ok({ mode: 'local', url: null, state: null, editor: null, others: [], pending: 0, savedUrl: null, remembered: false, canRemember: false });
    const user = userEvent.setup();
    render(<r.App />);
    await user.click(await screen.findByRole('button', { name: 'Cài đặt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cài đặt' });
    const field = within(dialog).getByLabelText('Địa chỉ cơ sở dữ liệu (URL)');
    const button = within(dialog).getByRole('button', { name: 'Kết nối' }) as HTMLButtonElement;
    expect(within(dialog).queryByTestId('desk-url-problem')).toBeNull();

    await user.type(field, 'not a url');
    expect(button.disabled).toBe(true);
    expect(within(dialog).getByTestId('desk-url-problem').textContent).toBe(
      'Chưa kết nối được: đây chưa phải địa chỉ bàn biên tập chung. Địa chỉ có dạng postgres://tên@máy-chủ:5432/crosscheck.',
    );
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Chưa kết nối được');

    await user.clear(field);
    await user.type(field, 'mysql://a@b/c');
    expect(within(dialog).getByTestId('desk-url-problem').textContent).toBe(
      'Chưa kết nối được: bàn biên tập chung chạy trên PostgreSQL, địa chỉ phải bắt đầu bằng postgres:// (không phải mysql://).',
    );

    await user.clear(field);
    await user.type(field, 'postgres://lan@db.example:5432/desk');
    expect(within(dialog).queryByTestId('desk-url-problem')).toBeNull();
    expect(button.disabled).toBe(false);
  });
});
