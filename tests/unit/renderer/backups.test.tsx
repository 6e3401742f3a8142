// @vitest-environment happy-dom
// Settings → Backups on the real handlers over the real lowdb folder store (seeded from seeds/):
// the list says when each backup was taken and what it holds; a restore asks first, keeps the
// current state as a backup, and the desk shows the restored content — on disk too.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openForWriting, openReadOnly } from '../../../electron/services/open';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { seedsDir, tempDir } from '../helpers';
import { bootDesk } from './helpers/desk';

/** A workspace on the seeds with two checkpoints behind it: claim A verified in the newest backup, B after it. */
async function workspaceWithBackups() {
  const path = join(await tempDir(), 'workspace.json');
  const first = await openForWriting(path, { seedsDir, defaultReviewer: 'Lan' });
  const [article] = await first.listArticles();
  const { claims } = await first.getArticle(article!.id);
  const [a, b] = claims;
  await first.reviewClaim({ claimId: a!.id, status: 'verified' });
  await first.close(); // checkpoint: the state before it (empty) becomes a backup
  const second = await openForWriting(path, { seedsDir, defaultReviewer: 'Lan' });
  await second.reviewClaim({ claimId: b!.id, status: 'verified' });
  await second.close(); // checkpoint: the seeds with A verified become a backup
  return { path, articleCount: (await openReadOnlyCount(path)).articles, a: a!.id, b: b!.id };
}

async function openReadOnlyCount(path: string) {
  const reader = await openReadOnly(path);
  try {
    return await reader.store.counts();
  } finally {
    await reader.close();
  }
}

describe('settings: backups', () => {
  it('lists the backups and restores one after a confirmation, keeping the current state as a backup', async () => {
    const ws = await workspaceWithBackups();
    const store = await new LowdbWorkspaceRepository(ws.path).openStore('write');
    const { r, served } = await bootDesk({ store });
    const user = userEvent.setup();
    render(<r.App />);
    await user.click(await screen.findByRole('button', { name: 'Cài đặt' }));
    const list = await screen.findByRole('list', { name: 'Bản sao lưu' });
    const rows = () => within(list).getAllByRole('listitem');
    await waitFor(() => expect(rows()).toHaveLength(2));
    // Newest first: the seeds (5 articles) with A verified, then the empty workspace before the import.
    expect(rows()[0]!.textContent).toMatch(new RegExp(`${ws.articleCount} bài viết · [\\d.]+ nhận định · [\\d.]+ thao tác · \\d+ KB`));
    expect(rows()[1]!.textContent).toContain('0 bài viết · 0 nhận định');

    // Asking first; "Hủy" changes nothing and gives the focus back.
    const restoreNewest = within(rows()[0]!).getByRole('button', { name: /^Khôi phục / });
    restoreNewest.focus();
    await user.keyboard('{Enter}');
    const confirm = await screen.findByRole('alertdialog');
    expect(confirm.textContent).toContain('Trạng thái hiện tại sẽ được lưu thành một bản sao lưu trước');
    await user.click(within(confirm).getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(restoreNewest);
    expect(served.statusOf(ws.b)).toBe('verified');

    // Restoring, by keyboard: the confirm button has the focus.
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('alertdialog');
    expect(document.activeElement).toBe(within(again).getByRole('button', { name: 'Khôi phục' }));
    await user.keyboard('{Enter}');
    await screen.findByText(/^Đã khôi phục bản sao lưu lúc .*Trạng thái trước đó được giữ thành bản sao lưu mới nhất\.$/);
    expect(served.statusOf(ws.a)).toBe('verified');
    expect(served.statusOf(ws.b)).toBe('unreviewed');
    // The state before the restore is the newest backup now; undo does not reach across a restore.
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(r.useDesk.getState().canUndo).toBe(false);

    // On disk: read back from the folder after closing.
    await served.close();
    const reader = await openReadOnly(ws.path);
    try {
      expect(reader.workspace.reviews[ws.a]?.status).toBe('verified');
      expect(reader.workspace.reviews[ws.b]).toBeUndefined();
      expect(reader.workspace.auditLog.at(-1)?.action).toBe('workspace.restore');
    } finally {
      await reader.close();
    }
  });

  it('says so when there is no backup yet (in-memory workspace), in English too', async () => {
    const { r } = await bootDesk({ settings: { language: 'en' } });
    const user = userEvent.setup();
    render(<r.App />);
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    await screen.findByRole('heading', { name: 'Backups' });
    await screen.findByText(/^No backups yet: the first one comes with the first checkpoint/);
    expect(screen.queryByRole('list', { name: 'Backups' })).toBeNull();
  });
});
