// @vitest-environment happy-dom
// After an article is opened from the library, the keyboard works on that article: Enter opens the
// selected claim's detail, it does not re-open the article through the library button.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

describe('opening an article from the library', () => {
  it('moves focus to the reader, so Enter opens the claim detail and j moves on', async () => {
    const { r, data, served } = await bootDesk();
    const user = userEvent.setup();
    render(<r.App />);
    await user.click(await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ }));
    await screen.findByRole('heading', { level: 1, name: data.bacGiang.article.title ?? '' });
    await waitFor(() => expect(document.activeElement?.id).toBe('reader'));
    const opened = served.callsTo('getArticle').length;
    await user.keyboard('{Enter}');
    expect(document.activeElement?.id).toBe('claim-detail');
    // Enter did not open the article again.
    expect(served.callsTo('getArticle').length).toBe(opened);
    const first = r.useDesk.getState().selectedClaimId;
    await user.keyboard('j');
    expect(r.useDesk.getState().selectedClaimId).not.toBe(first);
  });

  it('moves focus in the same commit that shows the article: a j pressed at once walks the claims, not the library', async () => {
    const { r, data } = await bootDesk();
    const user = userEvent.setup();
    render(<r.App />);
    const item = await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    // Where the focus is at the first moment the article's title is on screen (a mutation observer
    // runs before any later task, such as a key press or an animation frame).
    const title = data.bacGiang.article.title ?? '';
    let focusWhenShown: string | undefined;
    const seen = new MutationObserver(() => {
      if (focusWhenShown !== undefined) return;
      if ([...document.querySelectorAll('#reader h1')].some((h) => h.textContent === title)) focusWhenShown = document.activeElement?.id || document.activeElement?.className;
    });
    seen.observe(document.body, { childList: true, subtree: true, characterData: true });
    await user.click(item);
    await screen.findByRole('heading', { level: 1, name: title });
    seen.disconnect();
    expect(focusWhenShown).toBe('reader');
    const first = r.useDesk.getState().selectedClaimId;
    await user.keyboard('j');
    expect(r.useDesk.getState().selectedClaimId).not.toBe(first);
    expect(r.useDesk.getState().current?.article.id).toBe(data.bacGiang.article.id);
  });

  it('two clicks on one article while its first open is on its way: the reader still gets the focus', async () => {
    const { r, served, data } = await bootDesk();
    const user = userEvent.setup();
    // The first open's answer comes once the second open has asked, and before the second's answer
    // (the first open then loses: only the latest open is shown).
    const getArticle = served.api.getArticle.bind(served.api);
    let calls = 0;
    let releaseFirst = () => {};
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    served.api.getArticle = async (input) => {
      const n = ++calls;
      if (n === 1) await firstHeld;
      const answer = await getArticle(input);
      if (n === 2) {
        releaseFirst();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return answer;
    };
    render(<r.App />);
    const item = await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await user.click(item);
    await user.click(item);
    await screen.findByRole('heading', { level: 1, name: data.bacGiang.article.title ?? '' });
    expect(calls).toBe(2);
    // Both answers in: the focus is on the reader, not left on the library button.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement?.id).toBe('reader');
  });
});
