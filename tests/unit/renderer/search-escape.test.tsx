// @vitest-environment happy-dom
// QA62: "/" then Esc (the search given up) left the focus on <body>: Tab started again from the top bar.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

describe('Esc in a field of the desk', () => {
  it('leaves the library search for the reader, not <body>', async () => {
    const booted = await bootDesk();
    const user = userEvent.setup();
    render(<booted.r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await user.keyboard(']');
    await screen.findByRole('heading', { level: 1, name: booted.data.bacGiang.article.title ?? '' });
    document.querySelector<HTMLElement>('#reader')?.focus();
    await user.keyboard('/');
    await waitFor(() => expect(document.activeElement?.id).toBe('library-search'));
    await user.keyboard('{Escape}');
    expect(document.activeElement?.id).toBe('reader');
  });
});
