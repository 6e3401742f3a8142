// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../../shared/extract';
import { bootDesk, sample } from './helpers/desk';
import { holdCommits, memoryStoreOf } from './helpers/deskApi';

// A workspace from an older engine opens at once; the desk shows the re-extraction's progress (no
// cancel: it writes once, at its end) while the library is usable, then says what the new engine did.
describe('the re-extraction of a workspace from an older engine', () => {
  it('shows in the top bar while it runs, with the library usable, then as the "newer engine" banner', async () => {
    const { bacGiang, haGiang } = sample();
    const store = memoryStoreOf([bacGiang, haGiang], { extractorVersion: EXTRACTOR_VERSION - 1 });
    // Its one commit waits until the test lets it go: the job is seen running.
    const release = holdCommits(store, 'workspace.reextract');
    const { r, served } = await bootDesk({ store, upgradeInBackground: true });
    const { JobProgress, ReextractSummary } = await import('../../../renderer/src/features/transfer/Transfer');
    render(
      <>
        <JobProgress />
        <ReextractSummary />
      </>,
    );
    await r.useDesk.getState().init();
    expect(served.service.upgradeJob).not.toBeNull();
    expect(r.useDesk.getState().upgrading).toBe(served.service.upgradeJob);
    const progress = await screen.findByTestId('job-progress');
    expect(progress.textContent).toContain('Đang trích xuất lại bằng bộ máy mới');
    expect(progress.querySelector('button')).toBeNull();
    // The library is there meanwhile, and an article opens.
    expect(r.useDesk.getState().articles.length).toBe(2);
    await r.useDesk.getState().openArticle(r.useDesk.getState().articles[0]?.id as string);
    expect(r.useDesk.getState().current).not.toBeNull();
    release();
    const banner = await screen.findByTestId('reextract-summary');
    expect(banner.textContent).toContain('Bộ máy trích xuất mới đã chạy lại trên không gian làm việc này.');
    await waitFor(() => expect(screen.queryByTestId('job-progress')).toBeNull());
    expect(r.useDesk.getState().upgrading).toBeNull();
    expect((await store.meta()).extractorVersion).toBe(EXTRACTOR_VERSION);
  });
});
