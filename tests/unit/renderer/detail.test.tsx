// @vitest-environment happy-dom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StoreWriteError } from '../../../electron/store/port';
import { failNextCommits } from './helpers/deskApi';
import { bootDesk, openInStore } from './helpers/desk';

/** The desk on "Kinh tế số Bắc Giang tăng tốc" with "42,13%" selected and its detail shown. */
async function detailOfGrdp() {
  const booted = await bootDesk();
  const { r, data } = booted;
  await openInStore(r, data.bacGiang.article.id, data.grdp.id);
  const user = userEvent.setup();
  render(<r.ClaimDetail />);
  const status = () => screen.getByTestId('detail-status').textContent;
  const button = (name: RegExp) => screen.getByRole('button', { name });
  return { ...booted, user, status, button, id: data.grdp.id };
}

describe('claim detail', () => {
  it('shows the quote, its sentence and the structured fact', async () => {
    const { data } = await detailOfGrdp();
    expect(screen.getByTestId('detail-status').textContent).toBe('○ Chưa xét');
    expect(document.querySelector('.detail-quote')?.textContent).toBe('42,13%');
    const sentence = document.querySelector('.detail-sentence') as HTMLElement;
    expect(sentence.textContent).toBe(data.bacGiang.article.text.slice(data.grdp.sentenceStart, data.grdp.sentenceEnd));
    expect(within(sentence).getByText('42,13%').tagName).toBe('STRONG');
    const facts = document.querySelector('dl.facts') as HTMLElement;
    const fact = (label: string) => within(facts).getByText(label).nextElementSibling?.textContent;
    expect(fact('Giá trị')).toBe('42,13');
    expect(fact('Chủ thể')).toBe('Bắc Giang');
    expect(fact('Kiểu số liệu')).toBe('tỷ lệ %');
    expect(fact('Loại nhận định')).toBe('sự kiện');
  });

  it('verifies, rejects and resets, each saved and shown with icon and word', async () => {
    const { served, status, button, user, id } = await detailOfGrdp();
    await user.click(button(/^Xác minh/));
    expect(status()).toBe('✓ Đã xác minh');
    await waitFor(() => expect(served.statusOf(id)).toBe('verified'));
    expect(served.callsTo('reviewClaim').at(-1)).toMatchObject({ claimId: id, status: 'verified' });
    // The reviewer appears once the claim is reviewed.
    await waitFor(() => expect(screen.getByText('Người duyệt').nextElementSibling?.textContent).toBe('Biên tập viên'));

    await user.click(button(/^Loại bỏ/));
    expect(status()).toBe('✕ Loại bỏ');
    await waitFor(() => expect(served.statusOf(id)).toBe('rejected'));

    await user.click(button(/^Đặt lại/));
    expect(status()).toBe('○ Chưa xét');
    await waitFor(() => expect(served.statusOf(id)).toBe('unreviewed'));
    expect(served.callsTo('reviewClaim').map((c) => c.status)).toEqual(['verified', 'rejected', 'unreviewed']);
  });

  it('corrects a claim and keeps the original beside the correction', async () => {
    const { served, status, button, user, id } = await detailOfGrdp();
    await user.click(button(/^Sửa c/));
    const form = screen.getByRole('form', { name: 'Sửa' });
    expect(within(form).getByText('42,13%').closest('.original')?.textContent).toBe('Bản gốc: 42,13% (42,13)');

    // Nothing entered: the form says what is missing and saves nothing.
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(within(form).getByRole('alert').textContent).toBe('Hãy nhập giá trị hoặc nội dung đúng.');
    await user.type(within(form).getByLabelText('Giá trị đúng'), 'bốn mươi');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(within(form).getByRole('alert').textContent).toContain('Giá trị phải là một số');
    expect(served.callsTo('reviewClaim')).toHaveLength(0);

    await user.clear(within(form).getByLabelText('Giá trị đúng'));
    await user.type(within(form).getByLabelText('Giá trị đúng'), '41,5');
    await user.type(within(form).getByLabelText('Nội dung đúng'), '41,5% GRDP');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    expect(served.callsTo('reviewClaim')).toMatchObject([{ claimId: id, status: 'corrected', correctedValue: 41.5, correctedText: '41,5% GRDP', note: null }]);
    expect(status()).toBe('✎ Đã sửa');
    const correction = await screen.findByTestId('correction');
    // The original stays, struck through, beside the correction.
    expect(within(correction).getByText('42,13%').tagName).toBe('S');
    expect(correction.textContent).toContain('Bản gốc: 42,13% (42,13)');
    expect(correction.textContent).toContain('Bản sửa: 41,5% GRDP · 41,5');
    expect(document.querySelector('.detail-quote')?.textContent).toBe('42,13%');
    expect(served.ws.claims.find((c) => c.id === id)?.value).toBe(42.13);
  });

  it('refuses a corrected value that does not fit the claim kind (9,5 years for a streak), in the UI language', async () => {
    const booted = await bootDesk();
    const { r, data, served } = booted;
    const streak = data.bacGiang.claims.find((c) => c.kind === 'streak');
    if (!streak) throw new Error('streak claim missing');
    await openInStore(r, data.bacGiang.article.id, streak.id);
    const user = userEvent.setup();
    render(<r.ClaimDetail />);
    await user.click(screen.getByRole('button', { name: /^Sửa c/ }));
    const form = screen.getByRole('form', { name: 'Sửa' });
    await user.type(within(form).getByLabelText('Giá trị đúng'), '9,5');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(within(form).getByRole('alert').textContent).toBe('Độ dài chuỗi liên tiếp phải là một số nguyên dương, ví dụ 4.');
    expect(served.callsTo('reviewClaim')).toHaveLength(0);
    await act(() => r.useDesk.getState().setLang('en'));
    await user.click(within(screen.getByRole('form', { name: 'Correct' })).getByRole('button', { name: 'Save' }));
    expect(within(screen.getByRole('form', { name: 'Correct' })).getByRole('alert').textContent).toBe('The length of a streak is a whole number, for example 4.');
    await user.clear(screen.getByLabelText('Right value'));
    await user.type(screen.getByLabelText('Right value'), '4');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(served.callsTo('reviewClaim')).toMatchObject([{ claimId: streak.id, status: 'corrected', correctedValue: 4 }]);
  });

  it('re-saves an older correction with only a new note, as the service does, without checking the value it keeps', async () => {
    const streak0 = (await import('./helpers/desk')).sample().bacGiang.claims.find((c) => c.kind === 'streak');
    if (!streak0) throw new Error('streak claim missing');
    // A correction saved before the per-kind check existed: 9,5 years.
    const older = { claimId: streak0.id, status: 'corrected' as const, correctedValue: 9.5, correctedText: null, note: null, evidence: [], verdict: null, flagReason: null, reviewer: 'Thu', updatedAt: '2026-11-30T10:00:00.000Z' };
    const { r, data, served } = await bootDesk({ reviews: [older] });
    await openInStore(r, data.bacGiang.article.id, streak0.id);
    const user = userEvent.setup();
    render(<r.ClaimDetail />);
    await user.click(screen.getByRole('button', { name: /^Sửa c/ }));
    const form = screen.getByRole('form', { name: 'Sửa' });
    expect((within(form).getByLabelText('Giá trị đúng') as HTMLInputElement).value).toBe('9,5');
    await user.type(within(form).getByLabelText('Ghi chú'), 'Sở xác nhận');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(served.callsTo('reviewClaim')).toMatchObject([{ claimId: streak0.id, status: 'corrected', correctedValue: 9.5, note: 'Sở xác nhận' }]);
    await waitFor(() => expect(r.useDesk.getState().reviews[streak0.id]?.note).toBe('Sở xác nhận'));
  });

  it('cancels a correction with no save', async () => {
    const { served, button, user } = await detailOfGrdp();
    await user.click(button(/^Sửa c/));
    await user.click(screen.getByRole('button', { name: /^Hủy/ }));
    expect(screen.queryByRole('form', { name: 'Sửa' })).toBeNull();
    expect(screen.getByTestId('detail-status').textContent).toBe('○ Chưa xét');
    expect(served.callsTo('reviewClaim')).toHaveLength(0);
  });

  it('flags with a reason picked by click or by its number key, with a note', async () => {
    const { served, status, button, user, id } = await detailOfGrdp();
    await user.click(button(/^Gắn cờ/));
    const form = screen.getByRole('form', { name: 'Gắn cờ' });
    expect((within(form).getByLabelText(/Cần nguồn/) as HTMLInputElement).checked).toBe(true);
    await user.click(within(form).getByLabelText(/Không có căn cứ/));
    expect((within(form).getByLabelText(/Không có căn cứ/) as HTMLInputElement).checked).toBe(true);
    // 4 picks the fourth reason (typo) without leaving the keyboard.
    within(form).getByLabelText(/Không có căn cứ/).focus();
    await user.keyboard('4');
    expect((within(form).getByLabelText(/Lỗi đánh máy/) as HTMLInputElement).checked).toBe(true);
    await user.type(within(form).getByLabelText('Ghi chú'), 'Báo gốc ghi 42,31%');
    await user.click(within(form).getByRole('button', { name: 'Gắn cờ' }));

    expect(served.callsTo('reviewClaim')).toMatchObject([{ claimId: id, status: 'flagged', flagReason: 'typo', note: 'Báo gốc ghi 42,31%' }]);
    expect(status()).toBe('⚑ Gắn cờ · Lỗi đánh máy');
    await waitFor(() => expect(served.ws.reviews.get(id)?.flagReason).toBe('typo'));
    expect((screen.getByLabelText('Ghi chú') as HTMLTextAreaElement).value).toBe('Báo gốc ghi 42,31%');
  });

  it('sets a verdict only once the claim is reviewed, from the Vietnamese scale', async () => {
    const { served, button, user, id } = await detailOfGrdp();
    const verdict = () => screen.getByRole('combobox', { name: /Kết luận/ }) as HTMLSelectElement;
    expect(verdict().disabled).toBe(true);
    expect([...verdict().options].map((o) => o.textContent)).toEqual([
      '— chưa kết luận —',
      'Đúng (d 1)',
      'Gần đúng (d 2)',
      'Chưa chính xác (d 3)',
      'Sai (d 4)',
      'Không thể kiểm chứng (d 5)',
    ]);
    await user.click(button(/^Xác minh/));
    await waitFor(() => expect(verdict().disabled).toBe(false));
    await user.selectOptions(verdict(), 'mostly_true');
    expect(served.callsTo('reviewClaim').at(-1)).toMatchObject({ claimId: id, status: 'verified', verdict: 'mostly_true' });
    await waitFor(() => expect(served.ws.reviews.get(id)?.verdict).toBe('mostly_true'));
    expect(verdict().value).toBe('mostly_true');
    // Resetting the claim clears its verdict.
    await user.click(button(/^Đặt lại/));
    await waitFor(() => expect(verdict().disabled).toBe(true));
    expect(verdict().value).toBe('');
  });

  it('saves a note with the button or Ctrl+Enter, keeping the status', async () => {
    const { served, button, user, id } = await detailOfGrdp();
    await user.click(button(/^Xác minh/));
    await waitFor(() => expect(served.statusOf(id)).toBe('verified'));
    const note = screen.getByLabelText('Ghi chú');
    expect(screen.queryByRole('button', { name: /Lưu ghi chú/ })).toBeNull();
    await user.type(note, 'Số liệu khớp Niên giám Thống kê 2023');
    await user.click(button(/Lưu ghi chú/));
    expect(served.callsTo('reviewClaim').at(-1)).toMatchObject({ claimId: id, status: 'verified', note: 'Số liệu khớp Niên giám Thống kê 2023' });
    await waitFor(() => expect(screen.queryByRole('button', { name: /Lưu ghi chú/ })).toBeNull());
    expect(served.ws.reviews.get(id)?.note).toBe('Số liệu khớp Niên giám Thống kê 2023');

    await user.type(note, ' (trang 12)');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(served.ws.reviews.get(id)?.note).toBe('Số liệu khớp Niên giám Thống kê 2023 (trang 12)'));
    expect(served.statusOf(id)).toBe('verified');
  });

  it('adds evidence only with a web link, completing one typed without https://, and removes it', async () => {
    const { served, user, id } = await detailOfGrdp();
    const form = screen.getByRole('form', { name: 'Thêm bằng chứng' });
    const url = within(form).getByLabelText('Đường dẫn');
    await user.type(url, 'javascript:alert(1)');
    await user.click(within(form).getByRole('button', { name: 'Thêm bằng chứng' }));
    expect(screen.getByRole('alert').textContent).toBe('Đường dẫn không hợp lệ: hãy dán địa chỉ trang, ví dụ gso.gov.vn/bao-cao.');
    await user.clear(url);
    await user.type(url, 'niên giám');
    await user.click(within(form).getByRole('button', { name: 'Thêm bằng chứng' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    await user.clear(url);
    await user.type(url, 'ftp://gso.gov.vn/niengiam.pdf');
    await user.click(within(form).getByRole('button', { name: 'Thêm bằng chứng' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    // A space in the host name is said as such (QA31 note c); spaces in the path are encoded (shared/webLink).
    await user.clear(url);
    await user.type(url, 'https://sở tttt.bacgiang.gov.vn/bao-cao');
    await user.click(within(form).getByRole('button', { name: 'Thêm bằng chứng' }));
    expect(screen.getByRole('alert').textContent).toBe('Tên miền của đường dẫn có khoảng trắng: hãy bỏ khoảng trắng trước dấu “/” đầu tiên, ví dụ gso.gov.vn/bao-cao.');
    expect(served.callsTo('reviewClaim')).toHaveLength(0);

    await user.clear(url);
    await user.type(url, '  www.gso.gov.vn/nien-giam-2023  ');
    await user.type(within(form).getByLabelText('Mô tả'), 'Niên giám Thống kê 2023');
    await user.click(within(form).getByRole('button', { name: 'Thêm bằng chứng' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(served.callsTo('reviewClaim').at(-1)).toMatchObject({
      claimId: id,
      status: 'unreviewed',
      evidence: [{ url: 'https://www.gso.gov.vn/nien-giam-2023', note: 'Niên giám Thống kê 2023' }],
    });
    const link = await screen.findByRole('link', { name: 'www.gso.gov.vn · Niên giám Thống kê 2023' });
    expect(link.getAttribute('href')).toBe('https://www.gso.gov.vn/nien-giam-2023');
    expect((url as HTMLInputElement).value).toBe('');

    // Opening it goes through the main process (the system browser), not the desk's window.
    await user.click(link);
    expect(served.callsTo('openExternal')).toEqual([{ url: 'https://www.gso.gov.vn/nien-giam-2023' }]);

    await user.click(screen.getByRole('button', { name: 'Xóa bằng chứng www.gso.gov.vn' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'www.gso.gov.vn · Niên giám Thống kê 2023' })).toBeNull());
    expect(served.ws.reviews.get(id)?.evidence).toEqual([]);
  });

  it('shows the host a link really goes to, not only its note', async () => {
    const { user } = await detailOfGrdp();
    const form = screen.getByRole('form', { name: 'Thêm bằng chứng' });
    await user.type(within(form).getByLabelText('Đường dẫn'), 'https://vnexpress.net@evil.example/thoi-su/bai-goc.html');
    await user.type(within(form).getByLabelText('Mô tả'), 'Bài gốc trên VnExpress');
    await user.click(within(form).getByRole('button', { name: 'Thêm bằng chứng' }));
    const link = await screen.findByRole('link', { name: 'evil.example · Bài gốc trên VnExpress' });
    expect(link.getAttribute('title')).toBe('https://vnexpress.net@evil.example/thoi-su/bai-goc.html');
  });

  it('shows the claim’s history, newest first, in words: the action, who, and what changed before → after', async () => {
    const { served, button, user, id } = await detailOfGrdp();
    await user.click(button(/^Xác minh/));
    await waitFor(() => expect(served.statusOf(id)).toBe('verified'));
    await user.click(button(/^Loại bỏ/));
    await waitFor(() => expect(served.statusOf(id)).toBe('rejected'));

    await user.click(screen.getByText('Lịch sử'));
    const history = document.querySelector('details.history') as HTMLElement;
    const entries = () => [...history.querySelectorAll('.history-list > li')].map((li) => li.textContent ?? '');
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(entries()[0]).toContain('Loại bỏ');
    expect(entries()[0]).toContain('Biên tập viên');
    expect(entries()[0]).toContain('Trạng thái: Đã xác minh → Loại bỏ');
    expect(entries()[1]).toContain('Trạng thái: Chưa xét → Đã xác minh');

    // An open history follows new actions.
    await user.click(button(/^Đặt lại/));
    await waitFor(() => expect(entries()).toHaveLength(3));
    expect(entries()[0]).toContain('Đặt lại');
    expect(entries()[0]).toContain('Loại bỏ → Chưa xét');
    expect(history.textContent).not.toMatch(/c_[0-9a-f]{6}|review\./);
  });

  it('rolls the status back and says so when a save fails', async () => {
    const { served, store, r, status, button, user, id } = await detailOfGrdp();
    // The disk is full: the store's next commit fails (ENOSPC); the service and handlers are the real ones.
    failNextCommits(store);
    await user.click(button(/^Xác minh/));
    await waitFor(() => expect(r.useDesk.getState().saveState).toBe('failed'));
    expect(status()).toBe('○ Chưa xét');
    expect(served.statusOf(id)).toBe('unreviewed');
    expect(r.useDesk.getState().error).toBe('Chưa lưu được thay đổi vào đĩa. Hãy kiểm tra dung lượng ổ đĩa và thử lại.');
    await act(() => r.useDesk.getState().retryFailed());
    expect(status()).toBe('✓ Đã xác minh');
    expect(served.statusOf(id)).toBe('verified');
  });

  it('keeps a saved correction whose re-analysis failed, and says apart that the findings are behind', async () => {
    const { served, store, r, status, id } = await detailOfGrdp();
    // The findings' write after the correction fails (a full disk); the correction itself is written.
    const commit = store.commit.bind(store);
    let failed = 0;
    store.commit = (request, ...rest) => {
      if (request.action !== 'analysis.run' || failed > 0) return commit(request, ...rest);
      failed++;
      return Promise.reject(new StoreWriteError('The change could not be written to disk', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })));
    };
    expect(await act(() => r.useDesk.getState().review(id, { status: 'corrected', correctedValue: 41.5 }))).toBe(true);
    expect(failed).toBe(1);
    expect(served.statusOf(id)).toBe('corrected');
    expect(status()).toMatch(/Đã sửa/);
    expect(r.useDesk.getState().reviews[id]).toMatchObject({ status: 'corrected', correctedValue: 41.5 });
    expect(r.useDesk.getState().reviews[id]).not.toHaveProperty('findingsNotUpdated');
    expect(r.useDesk.getState().saveState).toBe('saved');
    expect(r.useDesk.getState().error).toMatch(/^Thay đổi đã được lưu, nhưng chưa cập nhật được các phát hiện/);
  });
});
