// @vitest-environment happy-dom
// A shared desk: another editor changes the claim this editor has just reviewed. The status line
// says who changed it to what (QA31 note f), instead of the claim switching silently under the
// notice of this editor's own action.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

describe('another editor changes the claim just reviewed', () => {
  it('shows "Minh đã đổi «…» thành Loại bỏ." until this editor acts again; a change elsewhere says nothing', async () => {
    const { r, served, data } = await bootDesk();
    const user = userEvent.setup();
    render(<r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await user.keyboard(']');
    await screen.findByRole('heading', { level: 1, name: data.bacGiang.article.title ?? '' });
    const order = [...data.bacGiang.claims].sort((a, b) => a.start - b.start);
    const first = order[0]!;
    const notice = () => screen.getByTestId('action-notice');
    await user.keyboard('v');
    await waitFor(() => expect(notice().textContent).toContain(`Xác minh «${first.quote}»`));

    // Another claim changed by Minh: nothing to say about it here.
    const other = order[2]!;
    await served.service.reviewClaim({ claimId: other.id, status: 'flagged', flagReason: 'needs_source' });
    served.emit({ type: 'remote', change: { action: 'review.flagged', who: 'Minh', articleIds: [other.articleId], claimIds: [other.id], articlesChanged: false } });
    await waitFor(() => expect(served.statusOf(other.id)).toBe('flagged'));
    // The desk has read Minh's first change (its re-read would otherwise meet the next one).
    await waitFor(() => expect(r.useDesk.getState().rows.find((row) => row.id === other.id)?.status).toBe('flagged'));
    expect(screen.queryByTestId('remote-notice')).toBeNull();

    await served.service.reviewClaim({ claimId: first.id, status: 'rejected' });
    served.emit({ type: 'remote', change: { action: 'review.rejected', who: 'Minh', articleIds: [first.articleId], claimIds: [first.id], articlesChanged: false } });
    const said = await screen.findByTestId('remote-notice');
    expect(said.textContent).toContain(`Minh đã đổi «${first.quote}» thành Loại bỏ.`);
    expect(within(said).getByRole('button', { name: 'Đến nhận định' })).toBeTruthy();

    // This editor's next action takes the status line back.
    await user.keyboard('j');
    await user.keyboard('v');
    await waitFor(() => expect(screen.queryByTestId('remote-notice')).toBeNull());
  });

  it("never names the other editor for this editor's own action made during the re-read (review BUG 4)", async () => {
    const { r, served, data } = await bootDesk();
    const user = userEvent.setup();
    render(<r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await user.keyboard(']');
    await screen.findByRole('heading', { level: 1, name: data.bacGiang.article.title ?? '' });
    const first = [...data.bacGiang.claims].sort((a, b) => a.start - b.start)[0]!;
    await user.keyboard('v');
    await waitFor(() => expect(served.statusOf(first.id)).toBe('verified'));

    await served.service.reviewClaim({ claimId: first.id, status: 'rejected' });
    served.emit({ type: 'remote', change: { action: 'review.rejected', who: 'Minh', articleIds: [first.articleId], claimIds: [first.id], articlesChanged: true } });
    // This editor resets the claim at once, while the desk re-reads after Minh's commit.
    await user.keyboard('u');
    await waitFor(() => expect(served.statusOf(first.id)).not.toBe('verified'));
    // Let every re-read and answer settle.
    await new Promise((done) => setTimeout(done, 300));
    const said = screen.queryByTestId('remote-notice');
    expect(said?.textContent ?? '').not.toContain('thành Chưa xét');
    if (said) expect(said.textContent).toContain(`Minh đã đổi «${first.quote}» thành Loại bỏ.`);
  });
});
