// @vitest-environment happy-dom
// Adding a claim by hand from a selection (QA31 note a): whole words, one paragraph, overlaps said at
// once with a way to open the claim, and the form filled from what the extraction reads there.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { crossesParagraph, snapToWords } from '../../../renderer/src/features/reader/selection';
import { loadExtraction } from '../../../renderer/src/features/claims/extraction';
import { bootDesk, openInStore } from './helpers/desk';

/** The extraction engine loaded (a chunk of its own, see extraction.ts) and the form's prefill after it applied. */
async function prefillSettled(): Promise<void> {
  await act(async () => {
    await loadExtraction();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('a selection for a new claim', () => {
  const text = 'Ngày 11/6/2021, Ban Chấp hành chiếm 42,13% GRDP.\nĐồng thời 1.891 doanh nghiệp';
  const snapped = (from: string, to?: string) => {
    const start = text.indexOf(from);
    const end = to ? text.indexOf(to) + to.length : start + from.length;
    const s = snapToWords(text, { start, end });
    return text.slice(s.start, s.end);
  };

  it('snaps to whole words and numbers', () => {
    expect(snapped('ày 11/6/20')).toBe('Ngày 11/6/2021');
    expect(snapped('2,1')).toBe('42,13%');
    expect(snapped('hấp h')).toBe('Chấp hành');
    expect(snapped('891 doanh')).toBe('1.891 doanh');
    // Already whole: unchanged, punctuation after a word is not pulled in.
    expect(snapped('GRDP')).toBe('GRDP');
    expect(snapped('Ban')).toBe('Ban');
  });

  it('knows a span that runs into the next paragraph', () => {
    const at = text.indexOf('GRDP');
    expect(crossesParagraph(text, { start: at, end: text.indexOf('Đồng') + 4 })).toBe(true);
    expect(crossesParagraph(text, { start: at, end: at + 4 })).toBe(false);
  });
});

async function addFormOn(from: string, to?: string) {
  const booted = await bootDesk();
  const { r, data } = booted;
  await openInStore(r, data.bacGiang.article.id);
  const t = data.bacGiang.article.text;
  const start = t.indexOf(from);
  const end = to ? t.indexOf(to, start) + to.length : start + from.length;
  act(() => {
    r.useDesk.getState().setSelection({ articleId: data.bacGiang.article.id, start, end });
    r.useDesk.getState().setDetailMode('add');
  });
  render(<r.ClaimDetail />);
  const form = screen.getByRole('form', { name: 'Thêm nhận định' });
  const field = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!.value;
  return { ...booted, form, field, user: userEvent.setup() };
}

describe('the add form', () => {
  it('"42,13%": filled as tỷ lệ %, 42,13; says at once it is already a claim and opens it', async () => {
    const { form, field, r, data, user, served } = await addFormOn('42,13%');
    // (The engine comes as a chunk of its own: the form fills once it is there.)
    await waitFor(() => expect(field('kind')).toBe('percent'));
    expect(field('value')).toBe('42,13');
    expect(field('unit')).toBe('%');
    const overlap = within(form).getByTestId('selection-overlap');
    expect(overlap.textContent).toContain('«42,13%» đã là một nhận định.');
    await user.click(within(overlap).getByRole('button', { name: 'Mở nhận định «42,13%»' }));
    expect(r.useDesk.getState().selectedClaimId).toBe(data.grdp.id);
    expect(r.useDesk.getState().detailMode).toBe('view');
    expect(served.callsTo('addClaim')).toHaveLength(0);
  });

  it('refuses, in the form, a selection running into the next paragraph; nothing is sent', async () => {
    const { form, user, served } = await addFormOn('vốn đầu tư', 'Trong 3');
    expect(within(form).getByTestId('selection-crossing').textContent).toBe('Đoạn chọn vượt sang đoạn văn khác: hãy chọn phần chữ trong một đoạn.');
    await user.click(within(form).getByRole('button', { name: /Lưu/ }));
    expect(served.callsTo('addClaim')).toHaveLength(0);
  }, 20_000);

  it('words with no figure leave the form as it was; a field the editor set is not overwritten', async () => {
    const { field, r, data, user, form } = await addFormOn('Toàn tỉnh có');
    await prefillSettled();
    expect(field('kind')).toBe('count');
    expect(field('value')).toBe('');
    await user.type(form.querySelector<HTMLInputElement>('[name="subject"]')!, 'Bắc Giang');
    const t = data.bacGiang.article.text;
    const start = t.indexOf('1.891');
    act(() => r.useDesk.getState().setSelection({ articleId: data.bacGiang.article.id, start, end: start + 5 }));
    await prefillSettled();
    expect(field('value')).toBe('');
    expect(field('subject')).toBe('Bắc Giang');
  });
});
