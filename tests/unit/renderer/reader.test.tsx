// @vitest-environment happy-dom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';
import { bootDesk, claimByQuote, openInStore, sample } from './helpers/desk';

const review = (claimId: string, status: 'verified' | 'flagged' | 'rejected') => ({
  claimId,
  status,
  correctedValue: null,
  correctedText: null,
  note: null,
  evidence: [],
  reviewer: 'Lan',
  updatedAt: '2024-03-08T08:00:00.000Z',
  flagReason: status === 'flagged' ? ('needs_source' as const) : null,
});

/** The highlight(s) of one claim in the reader. */
function marksOf(container: HTMLElement, claimId: string): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('mark.hl')].filter((m) => (m.dataset.claims ?? '').split(' ').includes(claimId));
}

describe('reader', () => {
  it('shows the article text unchanged with every claim highlighted in place, coloured by its status', async () => {
    const data = sample();
    const verified = claimByQuote(data.bacGiang, 'tăng 3,5%');
    const flagged = claimByQuote(data.bacGiang, '209/209');
    const { r } = await bootDesk({ reviews: [review(verified.id, 'verified'), review(flagged.id, 'flagged')] });
    await openInStore(r, data.bacGiang.article.id);
    const { container } = render(<r.Reader />);

    const text = data.bacGiang.article.text;
    // Every paragraph is rendered with its exact characters: highlighting cuts, it never rewrites.
    // The headline opening the text is shown once, as the title, not again as the first paragraph.
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(container.querySelector('.reader-head h1')?.textContent).toBe(lines[0]);
    const shown = [...container.querySelectorAll('.reader-text > p')].map((p) => p.textContent);
    expect(shown).toEqual(lines.slice(1));

    for (const claim of data.bacGiang.claims) {
      const marks = marksOf(container, claim.id);
      expect(marks.length, claim.quote).toBeGreaterThan(0);
      // The claim's pieces, in order, spell its quote at its own offset.
      expect(marks.map((m) => m.textContent).join('')).toBe(claim.quote);
      expect(Number(marks[0]?.dataset.offset)).toBe(claim.start);
    }
    const only = (quote: string) => marksOf(container, claimByQuote(data.bacGiang, quote).id)[0] as HTMLElement;
    expect(only('tăng 3,5%').className).toContain('status-verified');
    expect(only('tăng 3,5%').title).toBe('Đã xác minh');
    expect(only('209/209').className).toContain('status-flagged');
    expect(only('209/209').title).toBe('Gắn cờ');
    expect(only('khoảng 1.891').className).toContain('status-unreviewed');
    expect(screen.getByTestId('article-progress').textContent).toBe(`2/${data.bacGiang.claims.length} đã xét · ⚑ 1`);

    // A review made on the desk recolours the highlight at once.
    await act(() => r.useDesk.getState().review(claimByQuote(data.bacGiang, 'khoảng 1.891').id, { status: 'rejected' }));
    expect(only('khoảng 1.891').className).toContain('status-rejected');
    expect(only('khoảng 1.891').className).not.toContain('status-unreviewed');
  });

  it('starts the meta line at the progress when the article has no outlet, author or date (no stray " · ")', async () => {
    const bare = buildDocument('Trang không rõ nguồn\n\nToàn tỉnh có 209/209 xã đạt chuẩn.', 'trang.html', '2024-03-08T08:00:00.000Z');
    expect([bare.article.outlet, bare.article.author, bare.article.publishedAt]).toEqual([null, null, null]);
    const { r } = await bootDesk({ docs: [bare] });
    await openInStore(r, bare.article.id);
    const { container } = render(<r.Reader />);
    const meta = container.querySelector('.reader-head .meta')?.textContent ?? '';
    expect(meta).toMatch(/^0\/\d+ đã xét · /);
  });

  it('keeps overlapping claims each reachable: clicking the shared text again moves to the next one', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const user = userEvent.setup();
    const { container } = render(
      <>
        <r.Reader />
        <r.ClaimDetail />
      </>,
    );
    // "42,13%" is covered by both the extracted claim and the wider manual one.
    const shared = marksOf(container, data.grdp.id)[0] as HTMLElement;
    expect(shared.dataset.claims?.split(' ').sort()).toEqual([data.grdp.id, data.grdpWide.id].sort());
    expect(shared.className).toContain('overlap');
    const detailQuote = () => container.querySelector('.detail-quote')?.textContent;

    await user.click(shared);
    const first = r.useDesk.getState().selectedClaimId;
    await user.click(shared);
    const second = r.useDesk.getState().selectedClaimId;
    expect(new Set([first, second])).toEqual(new Set([data.grdp.id, data.grdpWide.id]));
    expect(detailQuote()).toBe(second === data.grdp.id ? data.grdp.quote : data.grdpWide.quote);
    await user.click(shared);
    expect(r.useDesk.getState().selectedClaimId).toBe(first);
    expect(shared.className).toContain('selected');

    // The part only the wide claim covers selects it directly.
    const wideOnly = marksOf(container, data.grdpWide.id).find((m) => m.dataset.claims === data.grdpWide.id) as HTMLElement;
    await user.click(wideOnly);
    expect(r.useDesk.getState().selectedClaimId).toBe(data.grdpWide.id);
    expect(detailQuote()).toBe('42,13% tổng sản phẩm (GRDP)');
  });

  it('turns a text selection into a "Thêm nhận định" bar and adds a manual claim for exactly that span', async () => {
    const { r, served, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const user = userEvent.setup();
    const { container } = render(
      <>
        <r.Reader />
        <r.ClaimDetail />
      </>,
    );
    expect(container.querySelector('.selection-bar')).toBeNull();

    // Select " tỷ đồng vốn đầu tư" from inside the highlight "hơn 500 tỷ đồng" into the plain
    // text after it, with a leading space that the desk trims.
    const text = data.bacGiang.article.text;
    const wanted = 'tỷ đồng vốn đầu tư';
    const start = text.indexOf(wanted);
    const money = marksOf(container, claimByQuote(data.bacGiang, 'hơn 500').id)[0] as HTMLElement;
    const after = money.nextElementSibling as HTMLElement;
    expect(after.tagName).toBe('SPAN');
    const range = document.createRange();
    range.setStart(money.firstChild as Text, start - 1 - Number(money.dataset.offset));
    range.setEnd(after.firstChild as Text, start + wanted.length - Number(after.dataset.offset));
    act(() => {
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });

    const bar = await screen.findByRole('status');
    expect(bar.textContent).toContain(`«${wanted}»`);
    expect(r.useDesk.getState().selection).toEqual({ articleId: data.bacGiang.article.id, start, end: start + wanted.length });

    await user.click(within(bar).getByRole('button', { name: /Thêm nhận định/ }));
    const form = await screen.findByRole('form', { name: 'Thêm nhận định' });
    expect(form.querySelector('.original strong')?.textContent).toBe(wanted);
    await user.selectOptions(within(form).getByLabelText('Kiểu số liệu'), 'money');
    await user.type(within(form).getByLabelText('Giá trị'), '500');
    await user.type(within(form).getByLabelText('Chủ thể'), 'Bắc Giang');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(served.callsTo('addClaim')).toHaveLength(1));
    expect(served.callsTo('addClaim')[0]).toMatchObject({
      articleId: data.bacGiang.article.id,
      start,
      end: start + wanted.length,
      fields: { kind: 'money', value: 500, subject: 'Bắc Giang' },
    });
    // The new claim is highlighted in place, selected, and the bar is gone.
    const added = served.ws.claims.find((c) => c.origin === 'manual' && c.start === start) as { id: string };
    await waitFor(() => expect(marksOf(container, added.id).map((m) => m.textContent).join('')).toBe(wanted));
    expect(r.useDesk.getState().selectedClaimId).toBe(added.id);
    expect(container.querySelector('.selection-bar')).toBeNull();
  });

  it('drops the pending span when the editor clicks back into the text', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const { container } = render(<r.Reader />);
    const plain = container.querySelector('.reader-text span[data-offset]') as HTMLElement;
    const node = plain.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 8);
    act(() => document.getSelection()?.addRange(range));
    await screen.findByRole('status');
    act(() => document.getSelection()?.collapse(node, 3));
    await waitFor(() => expect(container.querySelector('.selection-bar')).toBeNull());
    expect(r.useDesk.getState().selection).toBeNull();
  });
});
