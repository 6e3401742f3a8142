// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { bootDesk, claimByQuote, openInStore } from './helpers/desk';
import { dropNext, type DeskApi } from './helpers/deskApi';

/**
 * The review of branch s32-ui (REVIEW-ui.txt, findings 1–6, 8, 10): what the leave warning counts
 * (typed text that really is not saved, every failed action), what a retry does, and what a read
 * that gets no answer says.
 */

/** Dispatches beforeunload as a reload would; true: the page asked first. */
function leaveAsks(): boolean {
  const event = new window.Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function field<T extends HTMLElement>(selector: string): Promise<T> {
  return vi.waitFor(() => {
    const el = document.querySelector<T>(selector);
    if (!el) throw new Error(`no ${selector} yet`);
    return el;
  });
}

describe('drafts follow what the form holds (review findings 1–3)', () => {
  it('a note saved by "Thử lại" is no draft any more, and the note field follows a later undo', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    render(<r.App />);
    const user = userEvent.setup();
    const note = await field<HTMLTextAreaElement>('#claim-note');
    dropNext(served, 'reviewClaim');
    await user.type(note, 'nguồn: Cục Thống kê');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await vi.waitFor(() => expect(r.useDesk.getState().saveState).toBe('failed'));
    expect(leaveAsks()).toBe(true);
    await act(() => r.useDesk.getState().retryFailed());
    expect(r.useDesk.getState().saveState).toBe('saved');
    expect(r.useDesk.getState().reviews[data.grdp.id]?.note).toBe('nguồn: Cục Thống kê');
    expect(leaveAsks()).toBe(false);
    // The note is the saved one now: an undo of it empties the field (no stale "unsaved" text left).
    await act(() => r.useDesk.getState().undo());
    await vi.waitFor(() => expect(r.useDesk.getState().reviews[data.grdp.id]?.note ?? null).toBeNull());
    await vi.waitFor(() => expect(note.value).toBe(''));
    expect(leaveAsks()).toBe(false);
  });

  it('a correction and an evidence link saved by "Thử lại": no draft, and the link field is emptied', async () => {
    const { served, r, data } = await bootDesk();
    const team = claimByQuote(data.bacGiang, '209/209');
    await openInStore(r, data.bacGiang.article.id, team.id);
    render(<r.App />);
    const user = userEvent.setup();
    act(() => r.useDesk.getState().setDetailMode('correct'));
    const value = await field<HTMLInputElement>('input[name="correctedValue"]');
    dropNext(served, 'reviewClaim');
    await user.type(value, '208{Enter}');
    await vi.waitFor(() => expect(r.useDesk.getState().saveState).toBe('failed'));
    await act(() => r.useDesk.getState().retryFailed());
    expect(r.useDesk.getState().reviews[team.id]?.status).toBe('corrected');
    expect(leaveAsks()).toBe(false);

    const url = await field<HTMLInputElement>('input[name="evidenceUrl"]');
    dropNext(served, 'reviewClaim');
    await user.type(url, 'gso.gov.vn/bao-cao{Enter}');
    await vi.waitFor(() => expect(r.useDesk.getState().saveState).toBe('failed'));
    expect(url.value).toBe('gso.gov.vn/bao-cao');
    await act(() => r.useDesk.getState().retryFailed());
    expect(r.useDesk.getState().reviews[team.id]?.evidence).toHaveLength(1);
    await vi.waitFor(() => expect(url.value).toBe(''));
    expect(leaveAsks()).toBe(false);
  });

  it('a correction typed and erased, or a flag reason picked and left, asks nothing', async () => {
    const { r, data } = await bootDesk();
    const team = claimByQuote(data.bacGiang, '209/209');
    await openInStore(r, data.bacGiang.article.id, team.id);
    render(<r.App />);
    const user = userEvent.setup();
    act(() => r.useDesk.getState().setDetailMode('correct'));
    const value = await field<HTMLInputElement>('input[name="correctedValue"]');
    await user.type(value, '2');
    expect(leaveAsks()).toBe(true);
    await user.type(value, '{Backspace}');
    act(() => r.useDesk.getState().setDetailMode('view'));
    expect(leaveAsks()).toBe(false);

    act(() => r.useDesk.getState().setDetailMode('flag'));
    const radios = await vi.waitFor(() => {
      const all = document.querySelectorAll<HTMLInputElement>('input[name="flagReason"]');
      if (all.length < 2) throw new Error('no flag form yet');
      return all;
    });
    fireEvent.click(radios[1]!);
    act(() => r.useDesk.getState().setDetailMode('view'));
    expect(await act(() => r.useDesk.getState().review(team.id, { status: 'verified' }))).toBe(true);
    expect(leaveAsks()).toBe(false);
  });

  it('a note typed on a claim that an undo removed asks nothing', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    render(<r.App />);
    const text = data.bacGiang.article.text;
    const start = text.indexOf('Toàn tỉnh có');
    act(() => r.useDesk.getState().setSelection({ articleId: data.bacGiang.article.id, start, end: start + 'Toàn tỉnh'.length }));
    expect(await act(() => r.useDesk.getState().addClaim({ kind: 'count', metric: 'phủ sóng' }))).toBe(true);
    const added = r.useDesk.getState().selectedClaimId!;
    expect(r.useDesk.getState().current?.claims.find((c) => c.id === added)?.start).toBe(start);
    const user = userEvent.setup();
    const note = await field<HTMLTextAreaElement>('#claim-note');
    await user.type(note, 'ghi chú dở');
    expect(leaveAsks()).toBe(true);
    await act(() => r.useDesk.getState().undo());
    await vi.waitFor(() => expect(r.useDesk.getState().current?.claims.some((c) => c.id === added)).toBe(false));
    expect(leaveAsks()).toBe(false);
  });
});

describe('failed actions, one each (review findings 4, 5)', () => {
  it('a failed "add claim" is retried on its own span, whatever is selected now', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const text = data.bacGiang.article.text;
    const start = text.indexOf('Toàn tỉnh có');
    const span = { articleId: data.bacGiang.article.id, start, end: start + 'Toàn tỉnh'.length };
    r.useDesk.getState().setSelection(span);
    dropNext(served, 'addClaim');
    expect(await act(() => r.useDesk.getState().addClaim({ kind: 'count', metric: 'tổ' }))).toBe(false);
    // The selection is dropped (a click in the text), or other words are selected.
    const other = text.indexOf('doanh nghiệp');
    r.useDesk.getState().setSelection({ articleId: data.bacGiang.article.id, start: other, end: other + 'doanh nghiệp'.length });
    await act(() => r.useDesk.getState().retryFailed());
    const desk = r.useDesk.getState();
    expect(desk.saveState).toBe('saved');
    expect(desk.failed).toEqual([]);
    const claims = desk.current?.claims ?? [];
    expect(claims.some((c) => c.start === span.start && c.end === span.end && c.metric === 'tổ')).toBe(true);
    expect(claims.some((c) => c.start === other)).toBe(false);
  });

  it('two failed reviews: "2 thao tác chưa lưu", and "Thử lại" saves both', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    const other = claimByQuote(data.bacGiang, '209/209');
    render(<r.App />);
    dropNext(served, 'reviewClaim', 2);
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }));
    await act(() => r.useDesk.getState().review(other.id, { status: 'rejected' }));
    const store = await import('../../../renderer/src/store');
    expect(store.unsavedCount()).toBe(2);
    expect((await screen.findByTestId('save-state')).textContent).toContain('2 thao tác chưa lưu');
    await act(() => r.useDesk.getState().retryFailed());
    const desk = r.useDesk.getState();
    expect(desk.saveState).toBe('saved');
    expect(desk.reviews[data.grdp.id]?.status).toBe('verified');
    expect(desk.reviews[other.id]?.status).toBe('rejected');
    expect(served.ws.reviews.get(data.grdp.id)?.status).toBe('verified');
    expect(store.unsavedCount()).toBe(0);
  });

  it('a note that failed stays failed when the same claim is verified meanwhile', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    dropNext(served, 'reviewClaim');
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'unreviewed', note: 'nguồn' }));
    expect(await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }))).toBe(true);
    expect(r.useDesk.getState().failed).toHaveLength(1);
    // Its retry keeps the status decided since: the note is added to the verified claim.
    await act(() => r.useDesk.getState().retryFailed());
    expect(served.ws.reviews.get(data.grdp.id)).toMatchObject({ status: 'verified', note: 'nguồn' });
  });

  it('a failed edit of one claim is not cleared by a successful edit of another; nor a failed theme by a language change', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    const other = claimByQuote(data.bacGiang, '209/209');
    dropNext(served, 'editClaim');
    expect(await act(() => r.useDesk.getState().editClaim(data.grdp.id, { fields: { metric: 'tỷ trọng kinh tế số A' } }))).toBe(false);
    expect(await act(() => r.useDesk.getState().editClaim(other.id, { fields: { metric: 'tỷ lệ B' } }))).toBe(true);
    let desk = r.useDesk.getState();
    expect(desk.saveState).toBe('failed');
    expect(desk.failed).toHaveLength(1);

    dropNext(served, 'updateSettings');
    await act(() => r.useDesk.getState().setTheme('dark'));
    await act(() => r.useDesk.getState().setLang('vi'));
    desk = r.useDesk.getState();
    expect(desk.failed).toHaveLength(2);
    await act(() => r.useDesk.getState().retryFailed());
    desk = r.useDesk.getState();
    expect(desk.failed).toEqual([]);
    expect(desk.saveState).toBe('saved');
    expect(served.ws.claims.find((c) => c.id === data.grdp.id)?.metric).toBe('tỷ trọng kinh tế số A');
    expect(desk.settings?.theme).toBe('dark');
  });
});

describe('a read that gets no answer (review finding 6)', () => {
  it('opening an article says it could not load, not "chưa được lưu", and "Thử lại" opens it', async () => {
    const { served, r, data } = await bootDesk();
    await r.useDesk.getState().init();
    render(<r.App />);
    await act(() => r.useDesk.getState().openArticle(data.bacGiang.article.id));
    const opened = r.useDesk.getState().current?.article.id;
    dropNext(served, 'getArticle');
    await act(() => r.useDesk.getState().openArticle(data.haGiang.article.id));
    const desk = r.useDesk.getState();
    expect(desk.current?.article.id).toBe(opened);
    expect(desk.error).toBe('Crosscheck không nhận được trả lời nên chưa tải được. Hãy thử lại.');
    expect(desk.saveState).not.toBe('failed');
    const banner = document.querySelector('.banner-error')!;
    expect(banner.textContent).not.toContain('chưa được lưu');
    const retry = [...banner.querySelectorAll('button')].find((b) => b.textContent === 'Thử lại')!;
    fireEvent.click(retry);
    await vi.waitFor(() => expect(r.useDesk.getState().current?.article.id).toBe(data.haGiang.article.id));
    expect(r.useDesk.getState().error).toBeNull();
  });

  it('an undo that gets no answer does not say "chưa được lưu" either', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }));
    dropNext(served, 'undo');
    await act(() => r.useDesk.getState().undo());
    expect(r.useDesk.getState().error).toBe('Crosscheck không nhận được trả lời cho lệnh này. Hãy thử lại.');
  });
});

describe('quitting a shared desk, then staying (review note 8)', () => {
  it('"Ở lại" after the leave warning takes the quit sheet away', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    const team = await import('../../../renderer/src/store/team');
    render(<r.App />);
    dropNext(served, 'reviewClaim');
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }));
    act(() => team.useTeam.setState({ leaving: 'quit' }));
    expect(screen.getByTestId('desk-quit')).toBeTruthy();
    expect(leaveAsks()).toBe(true);
    // The page is still here after the question: the editor stayed.
    await vi.waitFor(() => expect(team.useTeam.getState().leaving).toBeNull());
    expect(screen.queryByTestId('desk-quit')).toBeNull();
  });
});

/** Makes the next call of `method` reach the service and then lose its answer (a dropped reply). */
function landThenDrop(served: DeskApi, method: string): void {
  const api = served.api as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  const real = api[method]!.bind(served.api);
  let dropped = false;
  api[method] = async (input) => {
    const answer = await real(input);
    if (dropped) return answer;
    dropped = true;
    throw new TypeError('Failed to fetch');
  };
}

describe('review 2 of s32-ui (REVIEW2-ui.txt, findings 1–3)', () => {
  it('a retry refused because the first attempt landed leaves the list: the refusal is shown, nothing asks', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    render(<r.App />);
    const text = data.bacGiang.article.text;
    const start = text.indexOf('Toàn tỉnh có');
    r.useDesk.getState().setSelection({ articleId: data.bacGiang.article.id, start, end: start + 'Toàn tỉnh'.length });
    landThenDrop(served, 'addClaim');
    expect(await act(() => r.useDesk.getState().addClaim({ kind: 'count', metric: 'phủ sóng' }))).toBe(false);
    expect(r.useDesk.getState().saveState).toBe('failed');
    expect(leaveAsks()).toBe(true);
    await act(() => r.useDesk.getState().retryFailed());
    const desk = r.useDesk.getState();
    expect(desk.error).toBe('Đoạn này đã là một nhận định.');
    expect(desk.failed).toEqual([]);
    expect(desk.saveState).not.toBe('failed');
    expect(leaveAsks()).toBe(false);
  });

  it('a retry refused because its claim is gone (an undo removed it) leaves the list', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const text = data.bacGiang.article.text;
    const start = text.indexOf('Toàn tỉnh có');
    r.useDesk.getState().setSelection({ articleId: data.bacGiang.article.id, start, end: start + 'Toàn tỉnh'.length });
    expect(await act(() => r.useDesk.getState().addClaim({ kind: 'count', metric: 'phủ sóng' }))).toBe(true);
    const added = r.useDesk.getState().selectedClaimId!;
    dropNext(served, 'reviewClaim');
    render(<r.App />);
    expect(await act(() => r.useDesk.getState().review(added, { status: 'verified' }))).toBe(false);
    await act(() => r.useDesk.getState().undo());
    await vi.waitFor(() => expect(served.ws.claims.some((c) => c.id === added)).toBe(false));
    await act(() => r.useDesk.getState().retryFailed());
    const desk = r.useDesk.getState();
    expect(desk.error).toContain(added);
    expect(desk.failed).toEqual([]);
    expect(desk.saveState).not.toBe('failed');
    expect(leaveAsks()).toBe(false);
  });

  it('a failed rejection is not hidden by a note saved on the claim afterwards (review 3 of s32-ui)', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    dropNext(served, 'reviewClaim');
    expect(await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'rejected' }))).toBe(false);
    // The note form saves with the status the claim shows (the rejection was rolled back).
    const shown = r.useDesk.getState().reviews[data.grdp.id]?.status ?? 'unreviewed';
    expect(await act(() => r.useDesk.getState().review(data.grdp.id, { status: shown, note: 'xem lại' }))).toBe(true);
    expect(r.useDesk.getState().failed).toHaveLength(1);
    expect(r.useDesk.getState().saveState).toBe('failed');
    await act(() => r.useDesk.getState().retryFailed());
    expect(served.ws.reviews.get(data.grdp.id)?.status).toBe('rejected');
    expect(r.useDesk.getState().failed).toEqual([]);
  });

  it('a later review saved on the claim supersedes a failed flag, correction or rejection', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    dropNext(served, 'reviewClaim');
    expect(await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'flagged', flagReason: 'contradiction', note: null }))).toBe(false);
    expect(await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }))).toBe(true);
    expect(r.useDesk.getState().failed).toEqual([]);
    expect(r.useDesk.getState().saveState).toBe('saved');
    await act(() => r.useDesk.getState().retryFailed());
    expect(served.ws.reviews.get(data.grdp.id)?.status).toBe('verified');

    const team = claimByQuote(data.bacGiang, '209/209');
    dropNext(served, 'reviewClaim');
    expect(await act(() => r.useDesk.getState().review(team.id, { status: 'rejected' }))).toBe(false);
    expect(await act(() => r.useDesk.getState().review(team.id, { status: 'corrected', correctedValue: 208 }))).toBe(true);
    expect(r.useDesk.getState().failed).toEqual([]);
    await act(() => r.useDesk.getState().retryFailed());
    expect(served.ws.reviews.get(team.id)?.status).toBe('corrected');
  });

  it('opening another article neither invents a draft nor hides a saved note erased', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    render(<r.App />);
    expect(await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'unreviewed', note: 'ghi chú có sẵn' }))).toBe(true);
    // A flag reason picked over the saved note, left with Esc: nothing typed.
    act(() => r.useDesk.getState().setDetailMode('flag'));
    const radios = await vi.waitFor(() => {
      const all = document.querySelectorAll<HTMLInputElement>('input[name="flagReason"]');
      if (all.length < 2) throw new Error('no flag form yet');
      return all;
    });
    fireEvent.click(radios[1]!);
    act(() => r.useDesk.getState().setDetailMode('view'));
    expect(leaveAsks()).toBe(false);
    // Every claim's row is read (the claim exists in the workspace wherever the editor is).
    await vi.waitFor(() => expect(r.useDesk.getState().rowsLoaded).toBe(true));
    expect(r.useDesk.getState().rows.some((row) => row.id === data.grdp.id)).toBe(true);
    await openInStore(r, data.haGiang.article.id);
    expect(leaveAsks()).toBe(false);

    // The saved note erased (to delete it) is typed text not saved, in either article.
    await openInStore(r, data.bacGiang.article.id, data.grdp.id);
    const note = await field<HTMLTextAreaElement>('#claim-note');
    await vi.waitFor(() => expect(note.value).toBe('ghi chú có sẵn'));
    const user = userEvent.setup();
    await user.clear(note);
    expect(leaveAsks()).toBe(true);
    await openInStore(r, data.haGiang.article.id);
    expect(leaveAsks()).toBe(true);
  });
});

describe('writes outside saving() that get no answer (review 2 of s32-ui, note 4)', () => {
  it('an import and a re-extraction say not saved, not "could not load"', async () => {
    const { served, r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const { useTransfer } = await import('../../../renderer/src/store/transfer');
    dropNext(served, 'importText');
    expect(await act(() => useTransfer.getState().importText('Tin của tôi', 'Năm 2023 có 12 doanh nghiệp.'))).toBe(false);
    // The answer may have been lost after the import landed: not said to be unsaved (session 32's note).
    expect(r.useDesk.getState().error).toBe('Crosscheck không nhận được trả lời cho thao tác này nên không biết nó đã được lưu hay chưa. Hãy thử lại: bài đã nhập rồi sẽ được báo là trùng.');
    act(() => r.useDesk.getState().dismissError());
    dropNext(served, 'reextract');
    await act(() => useTransfer.getState().reextract());
    expect(r.useDesk.getState().error).toMatch(/đã được lưu hay chưa/);
    expect(r.useDesk.getState().error).not.toMatch(/chưa tải được/);
  });
});
