// @vitest-environment happy-dom
// QA62: "/" then Esc (the search given up) left the focus on <body>: Tab started again from the top bar.
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deskOnFirstArticle } from './helpers/desk';

describe('Esc in a field of the desk', () => {
  it('leaves the library search for the reader, not <body>', async () => {
    const { user } = await deskOnFirstArticle();
    document.querySelector<HTMLElement>('#reader')?.focus();
    await user.keyboard('/');
    await waitFor(() => expect(document.activeElement?.id).toBe('library-search'));
    await user.keyboard('{Escape}');
    expect(document.activeElement?.id).toBe('reader');
  });
});
