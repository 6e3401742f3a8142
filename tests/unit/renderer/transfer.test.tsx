// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bootDesk, holdListClaims, openInStore } from './helpers/desk';

async function transferModules() {
  const booted = await bootDesk();
  await openInStore(booted.r, booted.data.bacGiang.article.id);
  const [ui, store] = await Promise.all([import('../../../renderer/src/features/transfer/Transfer'), import('../../../renderer/src/store/transfer')]);
  return { ...booted, ui, useTransfer: store.useTransfer, user: userEvent.setup() };
}

describe('paste dialog', () => {
  it('reads outlet and date from the dateline, takes the headline as the title, and sends all three', async () => {
    const { ui, served, user } = await transferModules();
    render(<ui.PasteDialog />);
    const dialog = screen.getByRole('dialog');
    const text = 'Hà Giang tăng tốc chuyển đổi số\nHà Nội, ngày 12/6/2023 (TTXVN) – Tỷ lệ hồ sơ trực tuyến đạt 85%.';
    await user.click(within(dialog).getByLabelText('Nội dung bài viết'));
    await user.paste(text);
    expect((within(dialog).getByLabelText('Tiêu đề') as HTMLInputElement).value).toBe('Hà Giang tăng tốc chuyển đổi số');
    expect((within(dialog).getByLabelText('Cơ quan báo chí') as HTMLInputElement).value).toBe('TTXVN');
    // Day first, as the desk writes dates (QA59: the browser's picker showed "06/12/2023" on an English system).
    expect((within(dialog).getByLabelText('Ngày đăng') as HTMLInputElement).value).toBe('12/6/2023');
    expect((within(dialog).getByLabelText('Ngày đăng') as HTMLInputElement).type).toBe('text');
    await user.click(within(dialog).getByRole('button', { name: /^Nhập bài/ }));
    expect(served.callsTo('importText')).toEqual([{ title: 'Hà Giang tăng tốc chuyển đổi số', text, outlet: 'TTXVN', publishedAt: '2023-06-12' }]);
  });

  it('reads a publication day typed day first, and refuses one that does not exist, sending nothing (QA59)', async () => {
    const { ui, served, user } = await transferModules();
    render(<ui.PasteDialog />);
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Tiêu đề'), 'Tin ngắn');
    await user.click(within(dialog).getByLabelText('Nội dung bài viết'));
    await user.paste('Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 85%.');
    const day = within(dialog).getByLabelText('Ngày đăng') as HTMLInputElement;
    await user.type(day, '31/2/2023');
    await user.click(within(dialog).getByRole('button', { name: /^Nhập bài/ }));
    expect(within(dialog).getByRole('alert').textContent).toContain('Ngày đăng: «31/2/2023» không phải một ngày có thật');
    expect(served.callsTo('importText')).toEqual([]);
    await user.clear(day);
    await user.type(day, '8/3/2024');
    await user.click(within(dialog).getByRole('button', { name: /^Nhập bài/ }));
    expect(served.callsTo('importText')).toEqual([expect.objectContaining({ title: 'Tin ngắn', publishedAt: '2024-03-08' })]);
  });

  it('refuses a text over the file limit in UTF-8 bytes, as a file is refused, and sends nothing (review BUG 3)', async () => {
    const { ui, served, user } = await transferModules();
    render(<ui.PasteDialog />);
    const dialog = screen.getByRole('dialog');
    // 1,8 million characters, 5,1 MB of UTF-8: under the old 5 million character check, over the file limit.
    const text = 'ấ'.repeat(1_800_000);
    await user.type(within(dialog).getByLabelText('Tiêu đề'), 'Bài dài');
    fireEvent.change(within(dialog).getByLabelText('Nội dung bài viết'), { target: { value: text } });
    await user.click(within(dialog).getByRole('button', { name: /^Nhập bài/ }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Bài dán quá dài (5,1 MB, giới hạn 5,0 MB văn bản cho một bài): hãy tách thành nhiều bài rồi nhập lại.');
    expect(within(dialog).queryByTestId('paste-long')).toBeNull();
    expect(served.callsTo('importText')).toEqual([]);
  });

  it('keeps what the editor typed over what the dateline says', async () => {
    const { ui, served, user } = await transferModules();
    render(<ui.PasteDialog />);
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Tiêu đề'), 'Tin của tôi');
    await user.type(within(dialog).getByLabelText('Cơ quan báo chí'), 'Báo Hà Giang');
    await user.click(within(dialog).getByLabelText('Nội dung bài viết'));
    await user.paste('(TTXVN) – Năm 2023, Hà Giang có 1.200 trạm phát sóng.');
    expect((within(dialog).getByLabelText('Cơ quan báo chí') as HTMLInputElement).value).toBe('Báo Hà Giang');
    expect((within(dialog).getByLabelText('Tiêu đề') as HTMLInputElement).value).toBe('Tin của tôi');
    await user.click(within(dialog).getByRole('button', { name: /^Nhập bài/ }));
    expect(served.callsTo('importText')[0]).toMatchObject({ title: 'Tin của tôi', outlet: 'Báo Hà Giang' });
    expect(served.callsTo('importText')[0]).not.toHaveProperty('publishedAt');
  });
});

describe('importing files', () => {
  it('opens the first imported article, as a paste does', async () => {
    // From the empty reader ("Chọn một bài viết…"), as after a start.
    const { r, served } = await bootDesk();
    await act(() => r.useDesk.getState().init());
    await waitFor(() => expect(r.useDesk.getState().rowsLoaded).toBe(true));
    const { useTransfer } = await import('../../../renderer/src/store/transfer');
    expect(r.useDesk.getState().current).toBeNull();
    // The rows are read again after the import; hold that read until the new article is open.
    const { release } = holdListClaims(served);
    const text = 'Doanh thu du lịch quý I\n\nHà Nội, ngày 12/4/2024 – Doanh thu du lịch quý I của Hà Nội đạt 30.500 tỷ đồng, tăng 12% so với cùng kỳ.';
    await act(() => useTransfer.getState().importDropped([new File([text], 'du-lich.txt', { type: 'text/plain' })]));
    const imported = useTransfer.getState().report?.imported[0];
    expect(imported).toBeDefined();
    expect(r.useDesk.getState().current?.article.id).toBe(imported?.articleId);
    expect(r.useDesk.getState().current?.article.title).toBe('Doanh thu du lịch quý I');
    // Its claims are in the list once every row has been read again (they were lost when the
    // article opened while the rows were being re-read).
    release();
    await waitFor(() => expect(r.useDesk.getState().rowsProgress).toBeNull());
    const claims = r.useDesk.getState().current?.claims.map((c) => c.id) ?? [];
    expect(claims.length).toBeGreaterThan(0);
    expect(r.selectVisible(r.useDesk.getState()).map((row) => row.id)).toEqual(claims);
  });
});

describe('summaries say what happened', () => {
  it('the import summary lists each imported title with its claim count, duplicates and refused files with their reason', async () => {
    const { ui, useTransfer } = await transferModules();
    act(() =>
      useTransfer.setState({
        report: {
          imported: [
            { articleId: 'a1', source: '/tmp/bai/bac-giang.txt', title: 'Kinh tế số Bắc Giang tăng tốc', claimCount: 12, format: 'txt', encoding: 'UTF-8', notes: [] },
            { articleId: 'a2', source: '/tmp/bai/ha-giang.txt', title: 'Hà Giang đẩy mạnh chuyển đổi số', claimCount: 1, format: 'txt', encoding: 'windows-1258', notes: [] },
          ],
          duplicates: [{ source: '/tmp/bai/ban-sao.md', articleId: 'a1' }],
          refused: [
            { source: '/tmp/bai/anh.jpg', code: 'unsupported', reason: 'Không đọc được tệp ảnh.' },
            { source: '/tmp/bai/hong.docx', code: 'unreadable', reason: 'Không mở được “hong.docx”: tệp bị hỏng.' },
          ],
          cancelled: false,
          merged: null,
        },
      }),
    );
    render(<ui.ImportSummary />);
    const items = [...screen.getByTestId('import-list').querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      '✓ Kinh tế số Bắc Giang tăng tốc — 12 nhận định',
      '✓ Hà Giang đẩy mạnh chuyển đổi số — 1 nhận định · mã hóa windows-1258',
      '= ban-sao.md: đã có trong không gian làm việc, bỏ qua',
      '✕ anh.jpg: Không đọc được tệp ảnh.',
      // A reason that names its file already is not prefixed with the name again.
      '✕ Không mở được “hong.docx”: tệp bị hỏng.',
    ]);
  });

  it('a long import (63 files) shows its summary line and folds the list behind "Danh sách 63 tệp" (QA31 note l)', async () => {
    const { ui, useTransfer } = await transferModules();
    const imported = Array.from({ length: 63 }, (_, i) => ({
      articleId: `a${i}`,
      source: `/tmp/bai/bai-${i}.txt`,
      title: `Bài ${i}`,
      claimCount: 1200,
      format: 'txt' as const,
      encoding: 'UTF-8',
      notes: [],
    }));
    act(() => useTransfer.setState({ report: { imported, duplicates: [], refused: [], cancelled: false, merged: null } }));
    render(<ui.ImportSummary />);
    const summary = screen.getByTestId('import-summary');
    expect(summary.textContent).toContain('Kết quả nhập bài: 63 đã nhập · 0 trùng, bỏ qua · 0 bị từ chối');
    const details = screen.getByTestId('import-details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Danh sách 63 tệp');
    expect(screen.getByTestId('import-list').querySelectorAll('li')).toHaveLength(63);
    expect(screen.getByTestId('import-list').querySelector('li')?.textContent).toBe('✓ Bài 0 — 1.200 nhận định');
  });

  it("a merged export says how many of a colleague's finding decisions could not be applied, and nothing when all were", async () => {
    const { ui, useTransfer } = await transferModules();
    const merged = { source: '/tmp/xuat/cua-lan.json', articles: 0, claims: 2, reviews: 3, findings: 1, auditEvents: 0, conflicts: 1 };
    act(() => useTransfer.setState({ report: { imported: [], duplicates: [], refused: [], cancelled: false, merged: { ...merged, decisionsNotCarried: 2 } } }));
    const { unmount } = render(<ui.ImportSummary />);
    expect(screen.getByTestId('decisions-not-carried').textContent).toBe(
      '2 quyết định về phát hiện không áp dụng được (văn bản bài viết hoặc nhận định ở đây khác): các phát hiện đó trở lại trạng thái Mở',
    );
    expect(screen.getByTestId('decisions-not-carried').parentElement?.textContent).toContain('Đã gộp tệp xuất cua-lan.json: 3 kết quả xét · 1 xung đột cần chọn');
    unmount();
    act(() => useTransfer.setState({ report: { imported: [], duplicates: [], refused: [], cancelled: false, merged } }));
    render(<ui.ImportSummary />);
    expect(screen.queryByTestId('decisions-not-carried')).toBeNull();
    expect(screen.queryByTestId('findings-filled')).toBeNull();
  });

  it("a merged export says how many findings nobody here had decided took a colleague's decision", async () => {
    const { ui, useTransfer } = await transferModules();
    const merged = { source: '/tmp/xuat/cua-lan.json', articles: 0, claims: 0, reviews: 0, findings: 2, auditEvents: 0, conflicts: 0, findingsFilled: 2 };
    act(() => useTransfer.setState({ report: { imported: [], duplicates: [], refused: [], cancelled: false, merged } }));
    render(<ui.ImportSummary />);
    expect(screen.getByTestId('findings-filled').textContent).toBe('2 phát hiện chưa ai xét ở đây nhận quyết định trong tệp');
  });

  it("the conflicts dialog shows the claim's words, and says when the claim is kept apart (its words gone from the text)", async () => {
    const { ui, useTransfer } = await transferModules();
    const side = (note: string) => ({ status: 'flagged', note });
    act(() =>
      useTransfer.setState({
        conflicts: [
          { key: 'review:c_a', kind: 'review', fields: ['note'], current: side('hỏi lại'), incoming: side('sai số liệu'), quote: 'ĐẠT 5,05%', apart: true },
          { key: 'review:c_b', kind: 'review', fields: ['note'], current: side('một'), incoming: side('hai'), quote: '42,13%' },
        ],
      }),
    );
    render(<ui.ConflictsDialog />);
    const [apart, live] = screen.getAllByTestId('conflict');
    expect(within(apart!).getByTestId('conflict-quote').textContent).toBe('ĐẠT 5,05%');
    expect(apart!.textContent).toContain('nhận định không còn trong văn bản, được giữ riêng');
    expect(within(live!).getByTestId('conflict-quote').textContent).toBe('42,13%');
    expect(live!.textContent).not.toContain('được giữ riêng');
  });

  it('an import a failed save stopped partway says where it stopped, why, and which files did not come in', async () => {
    const { ui, useTransfer } = await transferModules();
    act(() =>
      useTransfer.setState({
        report: {
          imported: [{ articleId: 'a1', source: '/tmp/bai/bac-giang.txt', title: 'Kinh tế số Bắc Giang tăng tốc', claimCount: 12, format: 'txt', encoding: 'UTF-8', notes: [] }],
          duplicates: [],
          refused: [],
          cancelled: false,
          merged: null,
          interrupted: { source: '/tmp/bai/ha-giang.txt', reason: 'Chưa lưu được thay đổi vào đĩa.', notImported: ['/tmp/bai/ha-giang.txt', '/tmp/bai/lao-cai.txt'] },
        },
      }),
    );
    render(<ui.ImportSummary />);
    expect(screen.getByTestId('import-interrupted').textContent).toBe(
      'Dừng nhập ở ha-giang.txt: Chưa lưu được thay đổi vào đĩa. (2 tệp chưa được nhập: ha-giang.txt, lao-cai.txt)',
    );
    // What came in before it is still listed as imported.
    expect([...screen.getByTestId('import-list').querySelectorAll('li')].map((li) => li.textContent)).toEqual(['✓ Kinh tế số Bắc Giang tăng tốc — 12 nhận định']);
  });

  it('the export summary names what its number counts and gives the size in KB', async () => {
    const { ui, useTransfer, r } = await transferModules();
    act(() => useTransfer.setState({ exportSummary: { path: '/tmp/xuat/nhan-dinh.csv', count: 7, bytes: 3686, problems: [], format: 'csv' } }));
    const { unmount } = render(<ui.ExportDialog />);
    expect(screen.getByTestId('export-summary').textContent).toBe('Đã ghi 7 nhận định → /tmp/xuat/nhan-dinh.csv (3,6 KB)');
    unmount();
    act(() => {
      r.useDesk.setState({ lang: 'en' });
      useTransfer.setState({ exportSummary: { path: '/tmp/x/findings.csv', count: 3, bytes: 512, problems: [], format: 'findings' } });
    });
    render(<ui.ExportDialog />);
    expect(screen.getByTestId('export-summary').textContent).toBe('Wrote 3 findings → /tmp/x/findings.csv (512 B)');
  });

  it('an export that matches nothing is refused inside the dialog, in Vietnamese, and no save dialog is asked for', async () => {
    const { ui, served, user } = await transferModules();
    render(<ui.ExportDialog />);
    const dialog = screen.getByRole('dialog');
    for (const box of within(dialog).getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) await user.click(box);
    await user.click(within(dialog).getByRole('button', { name: /^Xuất/ }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Chọn ít nhất một trạng thái để xuất. Chưa ghi tệp nào.');
    expect(within(dialog).queryByTestId('export-summary')).toBeNull();
    expect(served.callsTo('exportData')).toEqual([{ format: 'csv', scope: { statuses: [] } }]);
  });

  it('export dates are typed as the app language writes them (8/3/2024, 8 Mar 2024), refused with a clear sentence when not a real day, and sent as ISO days', async () => {
    const { ui, served, user, r } = await transferModules();
    render(<ui.ExportDialog />);
    const dialog = screen.getByRole('dialog');
    const from = within(dialog).getByLabelText('Từ ngày') as HTMLInputElement;
    const to = within(dialog).getByLabelText('Đến ngày') as HTMLInputElement;
    // A text field with the desk's format as its hint, not the browser's mm/dd/yyyy picker.
    expect(from.type).toBe('text');
    expect(from.placeholder).toBe('ngày/tháng/năm');
    await user.type(from, '31/2/2024');
    await user.type(to, '08/03/2024');
    await user.click(within(dialog).getByRole('button', { name: /^Xuất/ }));
    expect(served.callsTo('exportData')).toHaveLength(0);
    expect(within(dialog).getByRole('alert').textContent).toBe('Từ ngày: «31/2/2024» không phải một ngày có thật; hãy nhập ngày/tháng/năm, ví dụ 8/3/2024.');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(from);
    // Left, a valid day is written back the desk's way; in English it reads 8 Mar 2024.
    expect(to.value).toBe('8/3/2024');
    await act(() => r.useDesk.getState().setLang('en'));
    expect(to.value).toBe('8 Mar 2024');
    expect(within(dialog).getByRole('alert').textContent).toBe('From: "31/2/2024" is not a real date; type day/month/year, for example 8/3/2024 or 8 Mar 2024.');
    await user.clear(from);
    await user.type(from, '1 Feb 2024');
    await user.click(within(dialog).getByRole('button', { name: /^Export/ }));
    expect(served.callsTo('exportData')).toEqual([{ format: 'csv', scope: { statuses: ['verified', 'corrected'], from: '2024-02-01', to: '2024-03-08' } }]);
  });

  it('export dates with a short or missing year say so (not "not a real day"), and "ngày 8/3/2024" is read as the correction form reads it', async () => {
    const { ui, served, user, r } = await transferModules();
    render(<ui.ExportDialog />);
    const dialog = screen.getByRole('dialog');
    const from = within(dialog).getByLabelText('Từ ngày') as HTMLInputElement;
    const to = within(dialog).getByLabelText('Đến ngày') as HTMLInputElement;
    await user.type(from, '8/3/24');
    await user.click(within(dialog).getByRole('button', { name: /^Xuất/ }));
    expect(served.callsTo('exportData')).toHaveLength(0);
    expect(within(dialog).getByRole('alert').textContent).toBe('Từ ngày: «8/3/24» cần năm đủ bốn chữ số; hãy nhập ngày/tháng/năm, ví dụ 8/3/2024.');
    await act(() => r.useDesk.getState().setLang('en'));
    expect(within(dialog).getByRole('alert').textContent).toBe('From: "8/3/24" needs the year in four digits; type day/month/year, for example 8/3/2024 or 8 Mar 2024.');
    await act(() => r.useDesk.getState().setLang('vi'));
    await user.clear(from);
    await user.type(from, '8/3');
    await user.click(within(dialog).getByRole('button', { name: /^Xuất/ }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Từ ngày: «8/3» thiếu năm; hãy nhập ngày/tháng/năm, ví dụ 8/3/2024.');
    await user.clear(from);
    await user.type(from, 'ngày 8/3/2024');
    await user.type(to, '9 tháng 3 năm 2024');
    await user.click(within(dialog).getByRole('button', { name: /^Xuất/ }));
    expect(served.callsTo('exportData')).toEqual([{ format: 'csv', scope: { statuses: ['verified', 'corrected'], from: '2024-03-08', to: '2024-03-09' } }]);
  });

  it('ClaimReview problems are Vietnamese sentences that name the claim by its quote and the setting by its label, never an id', async () => {
    const { ui, useTransfer } = await transferModules();
    const problems = [
      { claimId: 'c_1261ab5d241a1a1246cd3452562c', quote: '78%', missing: ['reviewRating (no verdict chosen)', 'author.name (newsroom name in settings)', 'url (fact-check address pattern in settings)'], invalid: [] },
      { claimId: 'c_99', quote: '42,13%', missing: ['author.name (newsroom name in settings)', 'url (fact-check address pattern in settings)'], invalid: [] },
    ];
    act(() => useTransfer.setState({ exportSummary: { path: null, count: 0, bytes: 0, problems, format: 'claimreview' } }));
    render(<ui.ExportDialog />);
    const lines = [...screen.getByTestId('export-problems').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual(['Hãy điền Tên tòa soạn và Địa chỉ bài kiểm chứng trong Cài đặt.', '«78%»: chưa có kết luận; hãy chọn Kết luận khi duyệt.']);
    expect(screen.getByTestId('export-summary').textContent).not.toMatch(/c_1261|c_99|reviewRating|author|url \(/);
  });
});
