// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk, claimByQuote, openInStore } from './helpers/desk';

/** The detail of "42,13%", with "209/209" as the other claim the editor moves to. */
async function detail() {
  const booted = await bootDesk();
  const { r, data } = booted;
  await openInStore(r, data.bacGiang.article.id, data.grdp.id);
  render(<r.ClaimDetail />);
  const other = claimByQuote(data.bacGiang, '209/209');
  const select = (id: string) => act(() => r.useDesk.getState().selectClaim(id));
  return { ...booted, other, select, user: userEvent.setup() };
}

const field = (selector: string) => document.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;

describe('half-typed text survives a change of claim', () => {
  it('keeps an unsaved note per claim, without saving it, and shows it again on return', async () => {
    const { r, data, other, select, user, served } = await detail();
    await user.type(field('#claim-note'), 'Đã gọi Sở TT&TT');
    select(other.id);
    expect(field('#claim-note').value).toBe('');
    await act(() => r.useDesk.getState().moveSelection(-1));
    select(data.grdp.id);
    expect(field('#claim-note').value).toBe('Đã gọi Sở TT&TT');
    expect(screen.getByRole('button', { name: /Lưu ghi chú/ })).toBeTruthy();
    // Moving around wrote nothing: no history entry for a note nobody saved.
    expect(served.callsTo('reviewClaim')).toEqual([]);
    await user.type(field('#claim-note'), '{Control>}{Enter}{/Control}');
    expect(served.ws.reviews.get(data.grdp.id)?.note).toBe('Đã gọi Sở TT&TT');
    // Once saved, the draft is gone: the box shows the saved note and no save button.
    select(other.id);
    select(data.grdp.id);
    expect(field('#claim-note').value).toBe('Đã gọi Sở TT&TT');
    expect(screen.queryByRole('button', { name: /Lưu ghi chú/ })).toBeNull();
  });

  it('keeps a half-filled correction form for its claim; Cancel throws it away', async () => {
    const { r, data, other, select, user, served } = await detail();
    act(() => r.useDesk.getState().setDetailMode('correct'));
    await user.type(field('input[name="correctedValue"]'), '77,5');
    await user.type(field('textarea[name="note"]'), 'theo Cục Thống kê');
    select(other.id);
    select(data.grdp.id);
    act(() => r.useDesk.getState().setDetailMode('correct'));
    expect(field('input[name="correctedValue"]').value).toBe('77,5');
    expect(field('textarea[name="note"]').value).toBe('theo Cục Thống kê');
    expect(served.callsTo('reviewClaim')).toEqual([]);
    await user.click(screen.getByRole('button', { name: /Hủy/ }));
    act(() => r.useDesk.getState().setDetailMode('correct'));
    expect(field('input[name="correctedValue"]').value).toBe('');
  });

  it('keeps a half-filled flag form (reason and note) for its claim', async () => {
    const { r, data, other, select, user, served } = await detail();
    act(() => r.useDesk.getState().setDetailMode('flag'));
    await user.click(document.querySelector('input[value="typo"]') as HTMLInputElement);
    await user.type(field('textarea[name="note"]'), 'số 2022');
    select(other.id);
    select(data.grdp.id);
    act(() => r.useDesk.getState().setDetailMode('flag'));
    expect((document.querySelector('input[value="typo"]') as HTMLInputElement).checked).toBe(true);
    expect(field('textarea[name="note"]').value).toBe('số 2022');
    expect(served.callsTo('reviewClaim')).toEqual([]);
    await user.click(screen.getByRole('button', { name: /^Gắn cờ/ }));
    expect(served.ws.reviews.get(data.grdp.id)).toMatchObject({ status: 'flagged', flagReason: 'typo', note: 'số 2022' });
    select(other.id);
    select(data.grdp.id);
    act(() => r.useDesk.getState().setDetailMode('flag'));
    expect(field('textarea[name="note"]').value).toBe('số 2022');
  });
});

describe('a half-typed evidence link stays with its claim', () => {
  it('is not shown under the next claim, comes back on return, and is gone once added', async () => {
    const { data, other, select, user, served } = await detail();
    await user.type(field('input[name="evidenceUrl"]'), 'gso.gov.vn/nien-giam');
    await user.type(field('input[name="evidenceNote"]'), 'Niên giám');
    select(other.id);
    expect(field('input[name="evidenceUrl"]').value).toBe('');
    expect(field('input[name="evidenceNote"]').value).toBe('');
    select(data.grdp.id);
    expect(field('input[name="evidenceUrl"]').value).toBe('gso.gov.vn/nien-giam');
    expect(field('input[name="evidenceNote"]').value).toBe('Niên giám');
    expect(served.callsTo('reviewClaim')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Thêm bằng chứng' }));
    await screen.findByRole('link', { name: /gso\.gov\.vn/ });
    expect(served.ws.reviews.get(data.grdp.id)?.evidence).toEqual([{ url: 'https://gso.gov.vn/nien-giam', note: 'Niên giám' }]);
    select(other.id);
    select(data.grdp.id);
    expect(field('input[name="evidenceUrl"]').value).toBe('');
  });
});
