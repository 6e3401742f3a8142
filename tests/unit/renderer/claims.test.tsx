// @vitest-environment happy-dom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';
import type { Review } from '../../../shared/schema';
import { bootDesk, claimByQuote, holdListClaims, openInStore, sample } from './helpers/desk';

/** The desk on the Bắc Giang article with the "Chưa xét" filter on: its claims in text order, and a row by claim id. */
async function unreviewedListOfBacGiang() {
  const { r, data } = await bootDesk();
  const user = userEvent.setup();
  render(<r.App />);
  await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
  await user.keyboard(']');
  await screen.findByRole('heading', { level: 1, name: data.bacGiang.article.title ?? '' });
  act(() => r.useDesk.getState().setFilter({ statuses: ['unreviewed'] }));
  const order = [...data.bacGiang.claims].sort((a, b) => a.start - b.start);
  const row = (id: string | undefined) => document.querySelector<HTMLElement>(`[data-list-claim="${id}"]`);
  return { r, user, order, row };
}

const reviewed = (claimId: string, status: Review['status']): Review => ({
  claimId,
  status,
  correctedValue: null,
  correctedText: null,
  note: null,
  evidence: [],
  reviewer: 'Lan',
  updatedAt: '2024-03-08T08:00:00.000Z',
  flagReason: status === 'flagged' ? 'typo' : null,
});

/** The quotes of the rows the list shows, top to bottom. */
function listed(): string[] {
  const list = screen.getByRole('list', { name: 'Nhận định' });
  return [...list.querySelectorAll('.claim-quote')].map((q) => q.textContent ?? '');
}
const count = () => screen.getByTestId('claim-count').textContent;

describe('claims list', () => {
  it('says the "Mọi bài" list is still loading, with how many rows arrived of how many, until every row has', async () => {
    // One article with more claims than a background page of rows (1,000).
    const text = `Bản tin dài\n\n${Array.from({ length: 560 }, (_, i) => `Xã số ${i + 1} có ${100 + i} hộ dân và ${2000 + 3 * i} người.`).join(' ')}`;
    const big = buildDocument(text, 'dai.txt', '2024-03-08T08:00:00.000Z');
    expect(big.claims.length).toBeGreaterThan(1000);
    const { served, r } = await bootDesk({ docs: [big] });
    // The second page of rows is held until the test lets it through.
    const { release } = holdListClaims(served, (input) => (input.offset ?? 0) > 0);
    await act(() => r.useDesk.getState().init());
    act(() => r.useDesk.getState().setScope('all'));
    render(<r.ClaimsPane />);
    const total = big.claims.length.toLocaleString('de-DE');
    await waitFor(() => expect(screen.getByTestId('rows-loading').textContent).toBe(`đang tải… 1.000/${total}`));
    release();
    await waitFor(() => expect(screen.queryByTestId('rows-loading')).toBeNull());
    expect(count()).toBe(`${big.claims.length.toLocaleString("vi-VN")} nhận định`);
  });

  it('says "loading… n/N" in English', async () => {
    const { served, r } = await bootDesk({ settings: { language: 'en' } });
    const { release } = holdListClaims(served);
    await act(() => r.useDesk.getState().init());
    act(() => r.useDesk.getState().setScope('all'));
    render(<r.ClaimsPane />);
    expect((await screen.findByTestId('rows-loading')).textContent).toBe('loading…');
    release();
    await waitFor(() => expect(screen.queryByTestId('rows-loading')).toBeNull());
  });

  it('lists the open article’s claims in reading order, each with its status icon', async () => {
    const data = sample();
    const { r } = await bootDesk({ reviews: [reviewed(claimByQuote(data.bacGiang, 'tăng 3,5%').id, 'verified')] });
    await openInStore(r, data.bacGiang.article.id);
    render(<r.ClaimsPane />);
    const quotes = [...data.bacGiang.claims].sort((a, b) => a.start - b.start).map((c) => c.quote);
    expect(listed()).toEqual(quotes);
    expect(count()).toBe(`${quotes.length.toLocaleString("vi-VN")} nhận định`);
    const row = screen.getByText('tăng 3,5%').closest('button') as HTMLElement;
    expect(within(row).getByLabelText('Đã xác minh').textContent).toBe('✓');
    expect(row.className).toContain('status-verified');
  });

  it('is one Tab stop (roving tabindex): arrow keys, Home and End move the selection and the focus follows', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const user = userEvent.setup();
    render(<r.ClaimsPane />);
    const order = [...data.bacGiang.claims].sort((a, b) => a.start - b.start);
    const items = () => [...document.querySelectorAll<HTMLElement>('.claim-item')];
    const stops = () => items().filter((b) => b.tabIndex === 0);
    expect(items().length).toBeGreaterThan(3);
    expect(stops()).toHaveLength(1);
    const first = stops()[0]!;
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(r.useDesk.getState().selectedClaimId).toBe(order[1]?.id);
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.listClaim).toBe(order[1]?.id));
    expect(stops().map((b) => b.dataset.listClaim)).toEqual([order[1]?.id]);
    await user.keyboard('{End}');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.listClaim).toBe(order.at(-1)?.id));
    await user.keyboard('{Home}{ArrowUp}');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.listClaim).toBe(order[0]?.id));
    // Tab leaves the list instead of walking through every claim.
    await user.tab();
    expect((document.activeElement as HTMLElement).closest('.claim-list')).toBeNull();
  });

  it('moves the focus and the selection to the next row when the focused row leaves a filtered list (v under "Chưa xét"), and j keeps it with the selection', async () => {
    const { r, user, order, row } = await unreviewedListOfBacGiang();
    const focusedId = () => (document.activeElement as HTMLElement).dataset.listClaim;
    act(() => r.useDesk.getState().selectRow(r.selectVisible(r.useDesk.getState())[0]!));
    row(order[0]?.id)!.focus();
    await user.keyboard('v');
    await waitFor(() => expect(row(order[0]?.id)).toBeNull());
    expect(r.useDesk.getState().reviews[order[0]!.id]?.status).toBe('verified');
    expect(r.useDesk.getState().selectedClaimId).toBe(order[1]?.id);
    await waitFor(() => expect(focusedId()).toBe(order[1]?.id));
    await user.keyboard('j');
    expect(r.useDesk.getState().selectedClaimId).toBe(order[2]?.id);
    await waitFor(() => expect(focusedId()).toBe(order[2]?.id));
    // The last row leaving gives the focus to the one above it.
    await user.keyboard('{End}');
    const last = r.selectVisible(r.useDesk.getState()).at(-1)!;
    await waitFor(() => expect(focusedId()).toBe(last.id));
    const aboveLast = r.selectVisible(r.useDesk.getState()).at(-2)!;
    await user.keyboard('v');
    await waitFor(() => expect(row(last.id)).toBeNull());
    await waitFor(() => expect(focusedId()).toBe(aboveLast.id));
    expect(r.useDesk.getState().selectedClaimId).toBe(aboveLast.id);
  });

  it('a row another editor\'s review removes from the filtered list does not move this editor\'s selection', async () => {
    const { r, order, row } = await unreviewedListOfBacGiang();
    act(() => r.useDesk.getState().selectRow(r.selectVisible(r.useDesk.getState())[0]!));
    row(order[0]?.id)!.focus();
    // As a shared desk's refresh brings it: the row's status changes, not by this editor.
    act(() => r.useDesk.setState((s) => ({ rows: s.rows.map((x) => (x.id === order[0]?.id ? { ...x, status: 'verified' as const } : x)) })));
    await waitFor(() => expect(row(order[0]?.id)).toBeNull());
    expect(r.useDesk.getState().selectedClaimId).toBe(order[0]?.id);
  });

  it('"Bộ lọc khác" folds and unfolds the less used filters (a narrow window hides them) and counts the ones set', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const user = userEvent.setup();
    render(<r.ClaimsPane />);
    const more = screen.getByRole('button', { name: /^Bộ lọc khác/ });
    const filters = document.getElementById('claim-filters')!;
    expect(more.getAttribute('aria-controls')).toBe('claim-filter-grid');
    expect([more.getAttribute('aria-expanded'), filters.classList.contains('more-open')]).toEqual(['false', false]);
    await user.click(more);
    expect([more.getAttribute('aria-expanded'), filters.classList.contains('more-open')]).toEqual(['true', true]);
    act(() => r.useDesk.getState().setFilter({ kind: 'percent' }));
    expect(more.textContent).toBe('Bộ lọc khác (1) ▴');
    await user.click(more);
    expect(filters.classList.contains('more-open')).toBe(false);
  });

  it('narrows the list with status chips, widens it with a second chip and clears with "Bỏ lọc"', async () => {
    const data = sample();
    const { r } = await bootDesk({
      reviews: [reviewed(claimByQuote(data.bacGiang, 'tăng 3,5%').id, 'verified'), reviewed(claimByQuote(data.bacGiang, '209/209').id, 'flagged')],
    });
    await openInStore(r, data.bacGiang.article.id);
    const user = userEvent.setup();
    render(<r.ClaimsPane />);
    const all = listed();

    const verifiedChip = screen.getByRole('button', { name: '✓ Đã xác minh' });
    await user.click(verifiedChip);
    expect(verifiedChip.getAttribute('aria-pressed')).toBe('true');
    expect(listed()).toEqual(['tăng 3,5%']);
    expect(count()).toBe('1 nhận định');

    await user.click(screen.getByRole('button', { name: '⚑ Gắn cờ' }));
    expect(listed()).toEqual(['tăng 3,5%', '209/209 tổ']);

    await user.click(screen.getByRole('button', { name: '✕ Loại bỏ' }));
    await user.click(verifiedChip);
    await user.click(screen.getByRole('button', { name: '⚑ Gắn cờ' }));
    expect(listed()).toEqual([]);
    expect(screen.getByText('Không có nhận định nào khớp bộ lọc.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    expect(listed()).toEqual(all);
    expect(screen.queryByRole('button', { name: 'Bỏ lọc' })).toBeNull();
  });

  it('filters every article by kind, qualifier, modality, subject and accent-free text under "Mọi bài"', async () => {
    const { r, served, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const user = userEvent.setup();
    render(<r.ClaimsPane />);
    await user.click(screen.getByRole('button', { name: 'Mọi bài' }));
    const everything = served.ws.claims;
    expect(listed()).toHaveLength(everything.length);
    const quotes = (pred: (c: (typeof everything)[number]) => boolean) =>
      everything.filter(pred).map((c) => c.quote).sort();

    await user.selectOptions(screen.getByLabelText('Kiểu số liệu'), 'percent');
    const percents = quotes((c) => c.kind === 'percent');
    expect(percents.length).toBeGreaterThan(2);
    expect(percents.length).toBeLessThan(everything.length);
    expect(listed().sort()).toEqual(percents);

    await user.selectOptions(screen.getByLabelText('Chủ thể'), 'Hà Giang');
    expect(listed().sort()).toEqual(quotes((c) => c.kind === 'percent' && c.subject === 'Hà Giang'));
    expect(listed().sort()).toEqual(['85%', '98%']);

    await user.selectOptions(screen.getByLabelText('Kiểu số liệu'), '');
    await user.selectOptions(screen.getByLabelText('Chủ thể'), '');
    await user.selectOptions(screen.getByLabelText('Loại nhận định'), 'target');
    expect(listed().sort()).toEqual(quotes((c) => c.modality === 'target'));
    expect(listed().length).toBeGreaterThan(0);

    await user.selectOptions(screen.getByLabelText('Loại nhận định'), '');
    await user.selectOptions(screen.getByLabelText('Mức độ'), 'more_than');
    expect(listed()).toEqual(['hơn 500 tỷ đồng']);

    await user.selectOptions(screen.getByLabelText('Mức độ'), '');
    // "thon ban" finds the claim whose metric is "thôn bản": tone marks are optional.
    await user.type(screen.getByLabelText('Lọc nhận định…'), 'thon ban');
    expect(listed()).toEqual(['98%']);
    await user.clear(screen.getByLabelText('Lọc nhận định…'));
    // …and typed with them (and capitals) it finds the same claim.
    await user.type(screen.getByLabelText('Lọc nhận định…'), 'Thôn Bản');
    expect(listed()).toEqual(['98%']);
    await user.clear(screen.getByLabelText('Lọc nhận định…'));
    expect(listed()).toHaveLength(everything.length);

    // Back to this article: only its claims again.
    await user.click(screen.getByRole('button', { name: 'Bài này' }));
    expect(listed()).toHaveLength(data.bacGiang.claims.length);
  });

  it('selects a claim from its row, and opens the other article when the row belongs to it', async () => {
    const { r, served, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const user = userEvent.setup();
    render(
      <>
        <r.Reader />
        <r.ClaimsPane />
      </>,
    );
    const opened = () => served.callsTo('getArticle').length;
    const before = opened();

    const row = (quote: string) => screen.getByText(quote, { selector: '.claim-quote' }).closest('button') as HTMLElement;
    await user.click(row('209/209 tổ'));
    const ratio = claimByQuote(data.bacGiang, '209/209');
    expect(r.useDesk.getState().selectedClaimId).toBe(ratio.id);
    expect(row('209/209 tổ').getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector(`mark.selected[data-claims~="${ratio.id}"]`)).not.toBeNull();
    expect(opened()).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Mọi bài' }));
    await user.click(row('85%'));
    const target = claimByQuote(data.haGiang, '85%');
    await waitFor(() => expect(r.useDesk.getState().current?.article.id).toBe(data.haGiang.article.id));
    expect(served.callsTo('getArticle').at(-1)).toEqual({ articleId: data.haGiang.article.id });
    expect(r.useDesk.getState().selectedClaimId).toBe(target.id);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hà Giang đẩy mạnh chuyển đổi số');
    expect(document.querySelector(`mark.selected[data-claims~="${target.id}"]`)?.textContent).toBe('85%');
  });

  it('renders only a window of rows for a long list, and scrolls the selection into it', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    // 2,000 rows: the virtualized list must not put them all in the DOM.
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...r.useDesk.getState().rows[0]!, id: `c_many_${i}`, start: i, quote: `${i} tổ` }));
    r.useDesk.setState({ rows: many, scope: 'all' });
    render(<r.ClaimsPane />);
    const shown = listed().length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(60);
    expect(count()).toBe('2.000 nhận định');
    expect(listed()).not.toContain('1500 tổ');

    // j/k and clicks in the reader select claims far down the list: the list follows.
    act(() => r.useDesk.setState({ selectedClaimId: 'c_many_1500' }));
    await waitFor(() => expect(listed()).toContain('1500 tổ'));
    expect(listed().length).toBeLessThan(60);
  });
});
